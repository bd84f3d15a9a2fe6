// Draws highlights without touching the editor's DOM: the CSS Custom Highlight
// API for contenteditable editors, and a mirror overlay for textarea/input.
(function (TT) {
  "use strict";

  const SEVERITIES = ["info", "caution", "warning"];
  const NAME = (sev) => `thinktwice-${sev}`;
  const HIGHLIGHT_CSS = `
    ::highlight(thinktwice-warning) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy rgb(185, 28, 28); text-decoration-skip-ink: none; }
    ::highlight(thinktwice-caution) { background-color: rgba(234, 179, 8, 0.28); text-decoration: underline wavy rgb(161, 98, 7); text-decoration-skip-ink: none; }
    ::highlight(thinktwice-info) { text-decoration: underline dotted rgb(37, 99, 235); }
  `;

  const supported = () => typeof globalThis.Highlight === "function" && globalThis.CSS && CSS.highlights;

  // field -> {sev: Range[]}; all fields' ranges make up the three named highlights.
  const rangesByField = new Map();
  const styledRoots = new WeakSet();

  function rebuildRegistry() {
    if (!supported()) return;
    for (const sev of SEVERITIES) {
      const ranges = [];
      for (const [field, bySev] of rangesByField) {
        if (!field.isConnected) continue;
        ranges.push(...(bySev[sev] || []));
      }
      if (ranges.length) CSS.highlights.set(NAME(sev), new Highlight(...ranges));
      else CSS.highlights.delete(NAME(sev));
    }
    for (const field of rangesByField.keys()) if (!field.isConnected) rangesByField.delete(field);
  }

  // ::highlight() rules from the content-script stylesheet do not reach into shadow trees.
  function styleShadowRoot(field) {
    const root = field.getRootNode();
    if (!root || root === field.ownerDocument || styledRoots.has(root) || !root.adoptedStyleSheets) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styledRoots.add(root);
  }

  function groupSpans(warnings) {
    const bySev = { info: [], caution: [], warning: [] };
    for (const w of warnings) {
      const sev = SEVERITIES.includes(w.severity) ? w.severity : "caution";
      for (const span of w.spans || []) bySev[sev].push(span);
    }
    return bySev;
  }

  function highlightRich(field, textMap, warnings) {
    const doc = field.ownerDocument;
    const grouped = groupSpans(warnings);
    const bySev = {};
    for (const sev of SEVERITIES) {
      bySev[sev] = grouped[sev].map((s) => TT.textmap.spanToRange(textMap, s, doc)).filter(Boolean);
    }
    rangesByField.set(field, bySev);
    styleShadowRoot(field);
    rebuildRegistry();
    if (!supported()) TT.overlay.drawRangeMarks(field, bySev);
  }

  function highlightPlain(field, text, warnings) {
    TT.overlay.drawMirror(field, text, groupSpans(warnings));
  }

  function clear(field) {
    if (rangesByField.delete(field)) rebuildRegistry();
    TT.overlay.remove(field);
  }

  function rangesFor(field) {
    return rangesByField.get(field) || null;
  }

  TT.highlighter = { highlightRich, highlightPlain, clear, rangesFor, HIGHLIGHT_CSS, groupSpans };
})((globalThis.ThinkTwice ??= {}));
