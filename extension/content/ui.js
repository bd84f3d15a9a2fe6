// ThinkTwice's own layer: one host element with a closed shadow root, holding the warning card,
// the confirmation dialogs, the offline badge and the overlays. The page sees only the empty
// host element: its shadowRoot is null, events from inside reach the page retargeted to the
// host, and every control acts only on trusted (user) events, so a page can neither read the
// card (organisation, clause, flagged words) nor press "Post anyway" or "Like anyway".
// The only reference to the root is kept here, in the content script's isolated world.
import * as card from "./card.js";
import { pictureNoteList, pictureThumb } from "./thumbs.js";
import { clauseLabel } from "./warnings.js";
import { severityStyle } from "../common/colours.js";
import { SEVERITIES, severityLabel } from "../common/vocabulary.js";

// Colours are variables so that the card, the dialogs and the pill follow the user's light or
// dark preference (prefers-color-scheme reaches into the closed shadow root); the severities'
// come from common/colours.js.
const STYLE = `
  :host { all: initial; }
  .tt-layer {
    --tt-bg: #fff; --tt-fg: #111827; --tt-muted: #4b5563; --tt-line: #d1d5db; --tt-soft: #f3f4f6;
    --tt-btn: #f9fafb; --tt-btn-line: #6b7280; --tt-primary: #1d4ed8; --tt-on-primary: #fff; --tt-focus: #2563eb;
    --tt-pill: #374151; --tt-on-pill: #f9fafb;
    position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;
    font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--tt-fg); color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    .tt-layer {
      --tt-bg: #1f2937; --tt-fg: #f9fafb; --tt-muted: #d1d5db; --tt-line: #4b5563; --tt-soft: #111827;
      --tt-btn: #374151; --tt-btn-line: #9ca3af; --tt-primary: #93c5fd; --tt-on-primary: #111827; --tt-focus: #93c5fd;
      --tt-pill: #e5e7eb; --tt-on-pill: #111827;
      color-scheme: dark;
    }
  }
  ${severityStyle(".tt-layer")}
  .tt-mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; background: transparent; margin: 0; }
  .tt-mirror-inner { color: transparent; }
  .tt-mark { color: transparent; border-radius: 2px; padding: var(--tt-pad, 0px) 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${SEVERITIES.map((sev) => `  .tt-mark.tt-${sev}, .tt-boxmark.tt-${sev} { background: var(--tt-mark-${sev}); border-bottom: 2px ${sev === "info" ? "dotted" : "solid"} var(--tt-underline-${sev}); }`).join("\n")}
  .tt-boxmark { position: fixed; pointer-events: none; }
  .tt-card { position: fixed; width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 420px); overflow: auto; background: var(--tt-bg); color: var(--tt-fg); border: 1px solid var(--tt-line); border-left: 6px solid var(--tt-warning); border-radius: 10px; box-shadow: 0 10px 25px rgba(0,0,0,.18); padding: 10px 12px 0; box-sizing: border-box; }
  .tt-card[data-severity="caution"] { border-left-color: var(--tt-caution); }
  .tt-card[data-severity="info"] { border-left-color: var(--tt-info); }
  .tt-card[data-severity="ok"] { border-left-color: var(--tt-line); }
  .tt-card header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
  .tt-card h2 { font-size: 14px; margin: 0; flex: 1; }
  .tt-card ul { list-style: none; margin: 0; padding: 0; }
  li.tt-warning { padding: 8px 6px; margin: 0 -6px; border-top: 1px solid var(--tt-line); border-radius: 6px; }
  li.tt-warning:first-child { border-top-color: transparent; }
  .tt-card .tt-warning.tt-current { background: var(--tt-soft); box-shadow: inset 3px 0 0 var(--tt-focus); }
  .tt-card li.tt-warning.tt-current:only-child { background: transparent; box-shadow: none; }
  li.tt-warning:focus-visible { outline: 3px solid var(--tt-focus); outline-offset: -3px; }
  .tt-message { margin: 4px 0; font-weight: 600; }
  .tt-words { margin: 0 0 4px; font-size: 13px; }
  .tt-words q { font-style: italic; }
  .tt-clause { margin: 0 0 4px; font-size: 12px; color: var(--tt-muted); }
  .tt-advice { margin: 0 0 6px; }
  .tt-badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 999px; background: var(--tt-badge-warning); color: var(--tt-on-badge-warning); }
  [data-severity="caution"] > .tt-badge, .tt-badge[data-severity="caution"] { background: var(--tt-badge-caution); color: var(--tt-on-badge-caution); }
  [data-severity="info"] > .tt-badge, .tt-badge[data-severity="info"] { background: var(--tt-badge-info); color: var(--tt-on-badge-info); }
  .tt-row { display: flex; flex-wrap: wrap; gap: 6px; }
  button, a.tt-button { font: inherit; font-size: 13px; border-radius: 6px; border: 1px solid var(--tt-btn-line); background: var(--tt-btn); color: var(--tt-fg); padding: 4px 10px; cursor: pointer; text-decoration: none; display: inline-block; }
  button:focus-visible, a.tt-button:focus-visible, .tt-card:focus-visible { outline: 3px solid var(--tt-focus); outline-offset: 2px; }
  .tt-close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
  .tt-count { font-size: 12px; color: var(--tt-muted); }
  .tt-note { font-size: 12px; color: var(--tt-muted); margin: 4px 0 0; }
  .tt-card footer { position: sticky; bottom: 0; background: var(--tt-bg); border-top: 1px solid var(--tt-line); margin: 6px -12px 0; padding: 8px 12px 10px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
  .tt-more { margin-right: auto; font-weight: 600; }
  .tt-more[hidden] { display: none; }
  .tt-hint { flex-basis: 100%; font-size: 12px; color: var(--tt-muted); margin: 0; }
  .tt-backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(17, 24, 39, .45); display: flex; align-items: center; justify-content: center; }
  .tt-dialog { width: min(460px, calc(100vw - 24px)); background: var(--tt-bg); color: var(--tt-fg); border-radius: 12px; padding: 16px 18px; box-shadow: 0 20px 40px rgba(0,0,0,.3); box-sizing: border-box; }
  .tt-dialog ul { list-style: none; margin: 0; padding: 0; }
  .tt-dialog li.tt-warning { margin: 0; padding: 8px 0; }
  .tt-dialog h2 { font-size: 17px; margin: 0 0 8px; }
  .tt-dialog .tt-quote { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--tt-line); color: var(--tt-fg); white-space: pre-wrap; max-height: 6em; overflow: auto; }
  .tt-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 12px; }
  button.tt-primary, a.tt-button.tt-primary { background: var(--tt-primary); border-color: var(--tt-primary); color: var(--tt-on-primary); }
  .tt-status { position: fixed; right: 12px; bottom: 12px; }
  .tt-offline { background: var(--tt-pill); color: var(--tt-on-pill); border: 0; border-radius: 999px; padding: 4px 10px; font-size: 12px; opacity: .9; }
  .tt-thumb { position: relative; display: inline-block; margin: 2px 0 6px; line-height: 0; }
  .tt-thumb img { display: block; max-width: 120px; max-height: 96px; border-radius: 4px; border: 1px solid var(--tt-line); }
  .tt-box { position: absolute; box-sizing: border-box; border: 2px solid var(--tt-warning); border-radius: 2px; }
  .tt-box[data-severity="caution"] { border-color: var(--tt-caution); }
  .tt-box[data-severity="info"] { border-color: var(--tt-info); }
  .tt-pictures-note { margin: 0 0 6px; }
  .tt-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const layers = new WeakMap(); // document -> {host, shadow, layer, live}

function ensure(doc) {
  let l = layers.get(doc);
  if (l && l.host.isConnected) return l;
  const host = doc.createElement("thinktwice-ui");
  host.setAttribute("data-thinktwice", "");
  const shadow = host.attachShadow({ mode: "closed" });
  const style = doc.createElement("style");
  style.textContent = STYLE;
  const layer = doc.createElement("div");
  layer.className = "tt-layer";
  const live = doc.createElement("div");
  live.className = "tt-live";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  layer.appendChild(live);
  shadow.append(style, layer);
  (doc.body || doc.documentElement).appendChild(host);
  l = { host, shadow, layer, live };
  layers.set(doc, l);
  return l;
}

function layer(doc) {
  return ensure(doc).layer;
}

function announce(doc, message) {
  const { live } = ensure(doc);
  // Changing the text is what a live region announces; clear first so a repeat is read again.
  live.textContent = "";
  setTimeout(() => {
    live.textContent = message;
  }, 30);
}

// A handler that runs only for the user's own clicks and key presses. A synthetic event is
// also kept from doing what the element would do by default (following a link).
function trusted(handler) {
  return (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    handler(event);
  };
}

function el(doc, tag, props, children) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children || []) if (c) e.appendChild(c);
  return e;
}

// Exactly the words a warning found, as they stand in the text: its spans in order, joined by
// what lies between them when that is a space or two, else by an ellipsis.
function foundWords(w) {
  if (!(w.spans || []).length && typeof w.found === "string") return w.found; // a picture's: what was found in it
  const spans = (w.spans || []).filter((s) => typeof s.text === "string" && s.text).sort((a, b) => a.start - b.start);
  let out = "";
  for (let i = 0; i < spans.length; i++) {
    if (i) out += spans[i].start - spans[i - 1].end <= 0 ? "" : spans[i].start - spans[i - 1].end <= 2 ? " " : " … ";
    out += spans[i].text;
  }
  return out;
}

// One warning: its severity, message, clause and advice; extras (buttons) go at its end.
function warningItem(doc, w, orgName, extras) {
  return el(doc, "li", { class: "tt-warning", "data-rule": w.rule, "data-severity": w.severity }, [
    el(doc, "span", { class: "tt-badge", "data-severity": w.severity, text: severityLabel(w.severity) }),
    el(doc, "p", { class: "tt-message", text: w.message || "" }),
    w.clause ? el(doc, "p", { class: "tt-clause", text: clauseLabel(w.clause, orgName) }) : null,
    w.advice ? el(doc, "p", { class: "tt-advice", text: w.advice }) : null,
    ...(extras || []),
  ]);
}

// The card lives in card.js; these names stay here for the callers that know the layer only.
const showCard = (...args) => card.show(...args);
const hideCard = (doc) => card.hide(doc);
const focusCard = (doc) => card.focus(doc);

// A modal question; resolves with the chosen button's value. Escape picks cancelValue, and so
// does the page removing ThinkTwice's layer while the question is open.
function ask(doc, { title, intro, quote, warnings, orgName, buttons, cancelValue, kind, pictures, notes }) {
  const { layer: root, host } = ensure(doc);
  const previous = doc.activeElement;
  return new Promise((resolve) => {
    let done = false;
    const titleId = `tt-title-${Math.random().toString(36).slice(2)}`;
    const descId = `${titleId}-desc`;
    const dialog = el(doc, "div", { class: `tt-dialog tt-${kind}`, role: "alertdialog", "aria-modal": "true", "aria-labelledby": titleId, "aria-describedby": descId });
    const backdrop = el(doc, "div", { class: "tt-backdrop" }, [dialog]);
    const watch = setInterval(() => {
      if (!host.isConnected) finish(cancelValue);
    }, 500);
    function finish(value) {
      if (done) return;
      done = true;
      clearInterval(watch);
      backdrop.remove();
      if (previous && previous.focus) previous.focus();
      resolve(value);
    }
    const actionEls = buttons.map((b) =>
      b.href
        ? el(doc, "a", { class: `tt-button ${b.primary ? "tt-primary" : ""}`, href: b.href, "data-choice": b.value, text: b.label, onclick: trusted(() => finish(b.value)) })
        : el(doc, "button", { type: "button", class: b.primary ? "tt-primary" : "", "data-choice": b.value, text: b.label, onclick: trusted(() => finish(b.value)) }),
    );
    const parts = [
      el(doc, "h2", { id: titleId, text: title }),
      el(doc, "p", { id: descId, text: intro }),
      quote ? el(doc, "div", { class: "tt-quote", text: quote }) : null,
      pictureNoteList(doc, notes),
      el(doc, "ul", {}, warnings.map((w) => warningItem(doc, w, orgName, [pictureThumb(doc, w, pictures)]))),
      el(doc, "div", { class: "tt-actions" }, actionEls),
    ];
    dialog.append(...parts.filter(Boolean));
    dialog.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (!e.isTrusted) return;
      if (e.key === "Escape") {
        e.preventDefault();
        finish(cancelValue);
      } else if (e.key === "Tab") {
        // Keep focus inside the dialog.
        const i = actionEls.indexOf(dialog.getRootNode().activeElement);
        const next = (i + (e.shiftKey ? -1 : 1) + actionEls.length) % actionEls.length;
        e.preventDefault();
        actionEls[next].focus();
      }
    });
    root.appendChild(backdrop);
    const initial = actionEls[buttons.findIndex((b) => b.value === cancelValue)] || actionEls[0];
    initial.focus();
  });
}

// The pill sits in a status region (announced when its text changes); the button hides it.
function showOffline(doc, text, onDismiss) {
  const { layer: root } = ensure(doc);
  const existing = root.querySelector(".tt-offline");
  if (existing) {
    existing.textContent = text;
    return;
  }
  const region = el(doc, "div", { class: "tt-status", role: "status" });
  const pill = el(doc, "button", {
    class: "tt-offline",
    type: "button",
    title: "ThinkTwice cannot reach its checker on this computer. Once `thinktwice setup` has been run, ThinkTwice starts it by itself (the toolbar button says more). Nothing is blocked; click to hide.",
    text,
    onclick: trusted(() => {
      region.remove();
      if (onDismiss) onDismiss();
    }),
  });
  region.appendChild(pill);
  root.appendChild(region);
}

function hideOffline(doc) {
  const l = layers.get(doc);
  const region = l && l.layer.querySelector(".tt-status");
  if (region) region.remove();
}

export { layer, announce, el, trusted, warningItem, foundWords, showCard, hideCard, focusCard, ask, showOffline, hideOffline };
