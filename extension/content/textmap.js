// Maps between the plain text sent to the service and the DOM text nodes of a
// contenteditable editor, so that UTF-16 spans in an answer become DOM Ranges.
// Block elements and <br> become "\n" in the text, like the text a user sees.
(function (TT) {
  "use strict";

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

  TT.textmap = { buildTextMap, locate, spanToPositions, spanToRange };
})((globalThis.ThinkTwice ??= {}));
