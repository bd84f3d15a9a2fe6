// The severities' colours, light and dark, defined once. Every stylesheet that shows a severity is
// made from them: the card's and dialogs' custom properties (content/ui.js), the highlights in
// the page's editors (::highlight rules: content/highlighter.js for shadow roots, and
// dist/highlight.css, written by the build for the manifest), and the extension pages'
// custom properties (dist/severity.css, also written by the build).
import { SEVERITIES } from "./vocabulary.js";

// accent: the card's edge and the pages' text; badge/onBadge: the label's background and text;
// mark/underline: a highlight's fill and line (solid for warning and caution, dotted for info).
export const SEVERITY_COLOURS = Object.freeze({
  light: {
    warning: { accent: "#b91c1c", badge: "#fee2e2", onBadge: "#7f1d1d", mark: "rgba(220, 38, 38, 0.22)", underline: "rgb(185, 28, 28)" },
    caution: { accent: "#a16207", badge: "#fef3c7", onBadge: "#713f12", mark: "rgba(234, 179, 8, 0.28)", underline: "rgb(161, 98, 7)" },
    info: { accent: "#2563eb", badge: "#dbeafe", onBadge: "#1e3a8a", mark: "transparent", underline: "rgb(37, 99, 235)" },
  },
  dark: {
    warning: { accent: "#f87171", badge: "#7f1d1d", onBadge: "#fee2e2", mark: "rgba(248, 113, 113, 0.3)", underline: "rgb(252, 165, 165)" },
    caution: { accent: "#facc15", badge: "#713f12", onBadge: "#fef3c7", mark: "rgba(250, 204, 21, 0.28)", underline: "rgb(253, 224, 71)" },
    info: { accent: "#60a5fa", badge: "#1e3a8a", onBadge: "#dbeafe", mark: "transparent", underline: "rgb(147, 197, 253)" },
  },
});

const dotted = (severity) => severity === "info";

// "--tt-warning: #b91c1c; --tt-badge-warning: …" for one scheme: the custom properties the card,
// the dialogs, the textarea overlays and the pages use.
export function severityProperties(scheme) {
  return SEVERITIES.map((sev) => {
    const c = SEVERITY_COLOURS[scheme][sev];
    return `--tt-${sev}: ${c.accent}; --tt-badge-${sev}: ${c.badge}; --tt-on-badge-${sev}: ${c.onBadge}; --tt-mark-${sev}: ${c.mark}; --tt-underline-${sev}: ${c.underline};`;
  }).join(" ");
}

// The custom properties on selector, light and under prefers-color-scheme: dark.
export function severityStyle(selector) {
  return `${selector} { ${severityProperties("light")} }\n@media (prefers-color-scheme: dark) { ${selector} { ${severityProperties("dark")} } }\n`;
}

// ::highlight() rules for the page's editors. Custom properties do not reach highlight
// pseudo-elements dependably, so these carry the colours themselves.
export function highlightStyle() {
  const rules = (scheme) =>
    SEVERITIES.map((sev) => {
      const c = SEVERITY_COLOURS[scheme][sev];
      const line = dotted(sev) ? "dotted" : "wavy";
      return `::highlight(thinktwice-${sev}) { background-color: ${c.mark}; text-decoration: underline ${line} ${c.underline}; text-decoration-skip-ink: none; }`;
    }).join("\n");
  return `${rules("light")}\n@media (prefers-color-scheme: dark) {\n${rules("dark")}\n}\n`;
}
