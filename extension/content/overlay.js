// Overlays drawn in ThinkTwice's own layer over a field: a mirror of a textarea
// or input that marks the flagged spans in place, and, where the Highlight API
// is missing, boxes under the flagged ranges of a contenteditable.
import * as ui from "./ui.js";
import { SEVERITIES, SEVERITY_RANK } from "../common/vocabulary.js";

const COPIED = [
  "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderTopStyle",
  "borderRightStyle", "borderBottomStyle", "borderLeftStyle", "fontFamily", "fontSize", "fontWeight",
  "fontStyle", "fontVariant", "fontStretch", "letterSpacing", "wordSpacing", "lineHeight",
  "textTransform", "textIndent", "textAlign", "direction", "tabSize", "overflowWrap", "wordBreak",
];

const mirrors = new Map(); // field -> {box, inner, listeners}

function mirrorFor(field) {
  let m = mirrors.get(field);
  if (m) return m;
  const layer = ui.layer(field.ownerDocument);
  const box = field.ownerDocument.createElement("div");
  box.className = "tt-mirror";
  box.setAttribute("aria-hidden", "true");
  const inner = field.ownerDocument.createElement("div");
  inner.className = "tt-mirror-inner";
  box.appendChild(inner);
  layer.appendChild(box);
  const sync = () => place(field, m);
  const win = field.ownerDocument.defaultView;
  field.addEventListener("scroll", sync, { passive: true });
  win.addEventListener("scroll", sync, { passive: true, capture: true });
  win.addEventListener("resize", sync, { passive: true });
  const resize = typeof ResizeObserver === "function" ? new ResizeObserver(sync) : null;
  if (resize) resize.observe(field);
  m = {
    box,
    inner,
    stop() {
      field.removeEventListener("scroll", sync);
      win.removeEventListener("scroll", sync, { capture: true });
      win.removeEventListener("resize", sync);
      if (resize) resize.disconnect();
      box.remove();
    },
  };
  mirrors.set(field, m);
  return m;
}

function place(field, m) {
  if (!m || !field.isConnected) return;
  const rect = field.getBoundingClientRect();
  const cs = field.ownerDocument.defaultView.getComputedStyle(field);
  const s = m.box.style;
  for (const prop of COPIED) s[prop] = cs[prop];
  s.left = `${rect.left}px`;
  s.top = `${rect.top}px`;
  s.width = `${rect.width}px`;
  s.height = `${rect.height}px`;
  s.boxSizing = "border-box";
  s.borderColor = "transparent";
  s.whiteSpace = field.tagName === "INPUT" ? "pre" : "pre-wrap";
  s.display = rect.width && rect.height ? "block" : "none";
  m.inner.style.transform = `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`;
}

// Splits text into runs, each flagged with the highest severity covering it and the keys of
// the warnings whose spans cover it (the most severe first). spans: [{start, end, severity, key}].
function runs(text, spans) {
  const order = SEVERITY_RANK;
  const level = new Array(text.length).fill(0);
  const keys = new Array(text.length).fill("");
  const sorted = [...spans].sort((a, b) => (order[b.severity] || 2) - (order[a.severity] || 2));
  for (const sp of sorted) {
    for (let i = Math.max(0, sp.start); i < Math.min(text.length, sp.end); i++) {
      level[i] = Math.max(level[i], order[sp.severity] || 2);
      if (sp.key && !keys[i].split("\n").includes(sp.key)) keys[i] = keys[i] ? `${keys[i]}\n${sp.key}` : sp.key;
    }
  }
  const names = ["", ...SEVERITIES]; // by rank
  const out = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && level[j] === level[i] && keys[j] === keys[i]) j++;
    out.push({ text: text.slice(i, j), severity: names[level[i]] || null, keys: keys[i] ? keys[i].split("\n") : [] });
    i = j;
  }
  return out;
}

function drawMirror(field, text, spans) {
  if (!spans.length) {
    remove(field);
    return;
  }
  const m = mirrorFor(field);
  const doc = field.ownerDocument;
  m.inner.replaceChildren();
  m.marks = [];
  for (const run of runs(text, spans)) {
    if (!run.severity) {
      m.inner.appendChild(doc.createTextNode(run.text));
    } else {
      const mark = doc.createElement("mark");
      mark.className = `tt-mark tt-${run.severity}`;
      mark.textContent = run.text;
      m.inner.appendChild(mark);
      m.marks.push({ mark, keys: run.keys });
    }
  }
  // A trailing newline needs a character after it to take up a line, as in the textarea.
  m.inner.appendChild(doc.createTextNode("\u200b"));
  place(field, m);
  fitMarksToLines(field, m);
}

// An inline mark's background covers only the font's height; padding above and below (which
// does not move the text) stretches it to the line box, so a mark fills its line as the text does.
function fitMarksToLines(field, m) {
  const first = m.marks[0];
  if (!first) return;
  m.inner.style.removeProperty("--tt-pad");
  const line = parseFloat(field.ownerDocument.defaultView.getComputedStyle(field).lineHeight);
  const rect = first.mark.getClientRects()[0];
  if (!rect || !Number.isFinite(line)) return;
  m.inner.style.setProperty("--tt-pad", `${Math.max(0, (line - rect.height) / 2)}px`);
}

// The keys of the warnings marked under the point (client coordinates), or null.
function keysAt(field, x, y) {
  const m = mirrors.get(field);
  if (!m || !m.marks) return null;
  for (const { mark, keys } of m.marks) {
    for (const r of mark.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return keys;
    }
  }
  return null;
}

// Where the caret of a textarea or input is drawn: measured in a throwaway copy of the field.
function caretRect(field) {
  const doc = field.ownerDocument;
  const m = { box: doc.createElement("div"), inner: doc.createElement("div") };
  m.box.className = "tt-mirror";
  m.box.appendChild(m.inner);
  ui.layer(doc).appendChild(m.box);
  try {
    place(field, m);
    const at = field.selectionEnd ?? (field.value || "").length;
    m.inner.textContent = (field.value || "").slice(0, at);
    const marker = doc.createElement("span");
    marker.textContent = "\u200b";
    m.inner.appendChild(marker);
    const r = marker.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    return { left: box.left, right: box.right, top: Math.max(box.top, r.top), bottom: Math.min(box.bottom, r.bottom) };
  } finally {
    m.box.remove();
  }
}

function drawRangeMarks(field, rangesBySev) {
  const m = mirrorFor(field);
  const doc = field.ownerDocument;
  m.inner.replaceChildren();
  m.box.style.cssText = "position:fixed;left:0;top:0;width:0;height:0;overflow:visible;";
  for (const [sev, ranges] of Object.entries(rangesBySev)) {
    for (const range of ranges) {
      for (const r of range.getClientRects()) {
        const mark = doc.createElement("div");
        mark.className = `tt-boxmark tt-${sev}`;
        mark.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`;
        m.inner.appendChild(mark);
      }
    }
  }
}

function remove(field) {
  const m = mirrors.get(field);
  if (m) {
    m.stop();
    mirrors.delete(field);
  }
}

function marksFor(field) {
  const m = mirrors.get(field);
  return m ? Array.from(m.inner.querySelectorAll("mark")).map((x) => x.textContent) : [];
}

export { drawMirror, drawRangeMarks, remove, runs, marksFor, keysAt, caretRect };
