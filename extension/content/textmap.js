// Maps between the plain text sent to the service and the DOM text nodes of a
// contenteditable editor, so that UTF-16 spans in an answer become DOM Ranges.
// Block elements and <br> become "\n" in the text, like the text a user sees.

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION",
  "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN",
  "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

// Returns {text, segments}: each segment says where one text node's data sits in text.
// Each block is a line; an empty block (a lone <br>) is an empty line.
function buildTextMap(root) {
  const segments = [];
  let text = "";
  let lineStarted = false;
  let endsWithClosedLine = false;

  function closeLine() {
    if (!lineStarted) return;
    text += "\n";
    lineStarted = false;
    endsWithClosedLine = true;
  }

  function visit(node) {
    if (node.nodeType === 3) {
      const data = node.data;
      if (data.length === 0) return;
      segments.push({ node, start: text.length, end: text.length + data.length });
      text += data;
      lineStarted = true;
      endsWithClosedLine = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (node !== root && node.getAttribute("contenteditable") === "false") return;
    if (tag === "BR") {
      if (isOnlyChildOfBlock(node)) {
        lineStarted = true; // the placeholder that keeps an empty line open
      } else {
        text += "\n";
        lineStarted = false;
        endsWithClosedLine = false;
      }
      return;
    }
    const block = BLOCK.has(tag) && node !== root;
    if (block) closeLine();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) closeLine();
  }

  visit(root);
  if (endsWithClosedLine) text = text.slice(0, -1);
  return { text, segments };
}

function isOnlyChildOfBlock(br) {
  const parent = br.parentNode;
  if (!parent || parent.nodeType !== 1) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n !== br && !(n.nodeType === 3 && n.data === "")) return false;
  }
  return true;
}

// Finds the DOM position of a text offset. At a boundary between two nodes the
// start of a span belongs to the later node and the end to the earlier one.
function locate(segments, offset, isEnd) {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (offset < seg.start) return { node: seg.node, offset: 0 };
    if (isEnd ? offset <= seg.end : offset < seg.end) {
      return { node: seg.node, offset: offset - seg.start };
    }
  }
  const last = segments[segments.length - 1];
  return last ? { node: last.node, offset: last.end - last.start } : null;
}

// A span of the checked text -> {start:{node,offset}, end:{node,offset}}, or null
// when the span does not fit the text (the editor changed since the check).
function spanToPositions(map, span) {
  if (!(span.start >= 0 && span.end > span.start && span.end <= map.text.length)) return null;
  if (span.text !== undefined && map.text.slice(span.start, span.end) !== span.text) return null;
  const start = locate(map.segments, span.start, false);
  const end = locate(map.segments, span.end, true);
  if (!start || !end) return null;
  return { start, end };
}

function spanToRange(map, span, doc) {
  const pos = spanToPositions(map, span);
  if (!pos) return null;
  const range = doc.createRange();
  range.setStart(pos.start.node, pos.start.offset);
  range.setEnd(pos.end.node, pos.end.offset);
  return range;
}

// The text offset of a DOM position (a selection's focus) inside the mapped root, or -1.
function offsetOf(map, node, offset) {
  for (const seg of map.segments) {
    if (seg.node === node) return seg.start + Math.min(offset, seg.end - seg.start);
  }
  if (!node || node.nodeType !== 1) return -1;
  // An element position: the first text node at or after it.
  const child = node.childNodes[offset] || null;
  for (const seg of map.segments) {
    if (child && (seg.node === child || child.contains(seg.node))) return seg.start;
  }
  return -1;
}

// One edit between two texts: oldText[start, oldEnd) became newText[start, newEnd).
// Where the edit is ambiguous ("Vote" -> "VVote": typed before or after the first "V"?)
// the caret after the edit (an offset in newText, or -1) decides: typing ends at the caret,
// and a deletion leaves the caret where the deleted text was.
function diffEdit(oldText, newText, caret) {
  if (oldText === newText) return null;
  const delta = newText.length - oldText.length;
  if (Number.isInteger(caret) && caret >= 0 && caret <= newText.length) {
    const start = delta >= 0 ? caret - delta : caret;
    if (start >= 0 && oldText.slice(0, start) === newText.slice(0, start)) {
      const oldEnd = delta >= 0 ? start : start - delta;
      const newEnd = delta >= 0 ? caret : start;
      if (oldText.slice(oldEnd) === newText.slice(newEnd)) return { start, oldEnd, newEnd };
    }
  }
  let start = 0;
  const short = Math.min(oldText.length, newText.length);
  while (start < short && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < short - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

// A span of the old text in the new one: moved when the edit is wholly before it (text typed
// right at its start goes before it, right at its end after it, so it never grows), kept when
// wholly after it, null when the edit touches its words.
function mapSpan(span, edit) {
  if (!edit) return span;
  const inserting = edit.oldEnd === edit.start;
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd && (span.start > edit.start || inserting)) {
    const shift = edit.newEnd - edit.oldEnd;
    return { ...span, start: span.start + shift, end: span.end + shift };
  }
  return null;
}

export { buildTextMap, locate, spanToPositions, spanToRange, offsetOf, diffEdit, mapSpan };
