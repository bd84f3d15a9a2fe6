// Draws highlights without touching the editor's DOM: the CSS Custom Highlight
// API for contenteditable editors, and a mirror overlay for textarea/input.
//
// The highlights follow every edit at once, before the next answer: each field's flagged spans
// are kept as offsets into the text they were drawn on, and on every change of the field (its
// input event, or a mutation of a rich editor) the one edit between the old and the new text is
// found (the caret settles an ambiguous one), the spans are moved through it, and those whose
// words the edit touched are hidden. Text typed right at a span's start or end never joins it.
import { drawMirror, drawRangeMarks, keysAt, remove } from "./overlay.js";
import { buildTextMap, diffEdit, mapSpan, offsetOf, spanToRange } from "./textmap.js";
import { warningKey } from "./warnings.js";
import { highlightStyle } from "../common/colours.js";
import { SEVERITIES } from "../common/vocabulary.js";

const NAME = (sev) => `thinktwice-${sev}`;
const HIGHLIGHT_CSS = highlightStyle();

const bySeverity = () => Object.fromEntries(SEVERITIES.map((sev) => [sev, []]));

const supported = () => typeof globalThis.Highlight === "function" && globalThis.CSS && CSS.highlights;

// field -> {rich, text, spans: [{start, end, text, severity, key}], ranges: [{range, severity, key}], stop()}
const drawn = new Map();
const styledRoots = new WeakSet();

function rebuildRegistry() {
  if (!supported()) return;
  for (const sev of SEVERITIES) {
    const ranges = [];
    for (const [field, state] of drawn) {
      if (!field.isConnected || !state.rich) continue;
      for (const r of state.ranges) if (r.severity === sev) ranges.push(r.range);
    }
    if (ranges.length) CSS.highlights.set(NAME(sev), new Highlight(...ranges));
    else CSS.highlights.delete(NAME(sev));
  }
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

function severityOf(w) {
  return SEVERITIES.includes(w.severity) ? w.severity : "caution";
}

// Every span of every warning, with its warning's severity and key.
function flatSpans(warnings) {
  const out = [];
  for (const w of warnings) {
    const key = warningKey(w);
    for (const s of w.spans || []) out.push({ start: s.start, end: s.end, text: s.text, severity: severityOf(w), key });
  }
  return out;
}

function groupSpans(warnings) {
  const bySev = bySeverity();
  for (const s of flatSpans(warnings)) bySev[s.severity].push(s);
  return bySev;
}

function draw(field, state, textMap) {
  if (!state.rich) {
    drawMirror(field, state.text, state.spans);
    return;
  }
  const doc = field.ownerDocument;
  state.ranges = [];
  for (const s of state.spans) {
    const range = spanToRange(textMap, s, doc);
    if (range) state.ranges.push({ range, severity: s.severity, key: s.key });
  }
  styleShadowRoot(field);
  rebuildRegistry();
  if (!supported()) {
    const bySev = bySeverity();
    for (const r of state.ranges) bySev[r.severity].push(r.range);
    drawRangeMarks(field, bySev);
  }
}

function caretIn(field, textMap) {
  const root = field.getRootNode();
  const sel = (root.getSelection ? root.getSelection() : null) || field.ownerDocument.getSelection();
  if (!sel || !sel.focusNode || !field.contains(sel.focusNode)) return -1;
  return offsetOf(textMap, sel.focusNode, sel.focusOffset);
}

// The field changed: move its spans through the edit and redraw, before anything else paints.
function follow(field) {
  const state = drawn.get(field);
  if (!state || !field.isConnected) return;
  const textMap = state.rich ? buildTextMap(field) : null;
  const text = state.rich ? textMap.text : field.value || "";
  if (text === state.text) {
    if (state.rich) draw(field, state, textMap); // the editor re-rendered the same text
    return;
  }
  const caret = state.rich ? caretIn(field, textMap) : field.selectionEnd;
  const edit = diffEdit(state.text, text, caret);
  state.spans = state.spans
    .map((s) => mapSpan(s, edit))
    .filter((s) => s && (s.text === undefined || text.slice(s.start, s.end) === s.text));
  state.text = text;
  draw(field, state, textMap);
}

function watch(field, state) {
  const onEdit = () => follow(field);
  if (state.rich) {
    const observer = new MutationObserver(onEdit);
    observer.observe(field, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }
  field.addEventListener("input", onEdit);
  return () => field.removeEventListener("input", onEdit);
}

function show(field, rich, text, warnings, textMap) {
  if (!warnings.some((w) => w.spans && w.spans.length)) {
    clear(field); // nothing to draw, nothing to follow
    return;
  }
  let state = drawn.get(field);
  if (!state) {
    state = { rich, text, spans: [], ranges: [], stop: null };
    drawn.set(field, state);
    state.stop = watch(field, state);
  }
  state.text = text;
  state.spans = flatSpans(warnings).filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length && (s.text === undefined || text.slice(s.start, s.end) === s.text));
  draw(field, state, textMap);
}

function highlightRich(field, textMap, warnings) {
  show(field, true, textMap.text, warnings, textMap);
}

function highlightPlain(field, text, warnings) {
  show(field, false, text, warnings, null);
}

function clear(field) {
  const state = drawn.get(field);
  if (state) {
    state.stop();
    drawn.delete(field);
    if (state.rich) rebuildRegistry();
  }
  remove(field);
}

function rangesFor(field) {
  const state = drawn.get(field);
  if (!state || !state.rich) return null;
  const bySev = bySeverity();
  for (const r of state.ranges) bySev[r.severity].push(r.range);
  return bySev;
}

// The keys of the warnings highlighted under a point (client coordinates), or null.
function keysAtPoint(field, x, y) {
  const state = drawn.get(field);
  if (!state) return null;
  if (!state.rich) return keysAt(field, x, y);
  const keys = [];
  for (const { range, key } of state.ranges) {
    for (const r of range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom && !keys.includes(key)) keys.push(key);
    }
  }
  return keys.length ? keys : null;
}

// The keys of the warnings whose highlights hold a text offset (the caret), or null.
function keysAtOffset(field, offset) {
  const state = drawn.get(field);
  if (!state || offset < 0) return null;
  const keys = [...new Set(state.spans.filter((s) => offset >= s.start && offset <= s.end).map((s) => s.key))];
  return keys.length ? keys : null;
}

// The caret's offset in a field's current text, or -1.
function caretOffset(field) {
  const state = drawn.get(field);
  if (!state) return -1;
  if (!state.rich) return field.selectionStart === field.selectionEnd ? field.selectionEnd : -1;
  return caretIn(field, buildTextMap(field));
}

// The spans currently drawn for a field, as offsets into its current text.
function spansFor(field) {
  const state = drawn.get(field);
  return state ? state.spans.map((s) => ({ ...s })) : [];
}

export { highlightRich, highlightPlain, clear, rangesFor, spansFor, keysAtPoint, keysAtOffset, caretOffset, follow, HIGHLIGHT_CSS, groupSpans };
