import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContentScripts, domFrom } from "./support/load.mjs";

const TT = await loadContentScripts();
const { buildTextMap, spanToPositions, spanToRange, locate, diffEdit, mapSpan, offsetOf } = TT.textmap;

function editor(html) {
  const dom = domFrom(`<div id="e" contenteditable="true">${html}</div>`);
  return { doc: dom.window.document, root: dom.window.document.getElementById("e") };
}

test("Draft.js blocks become lines and spans map back to the right text node", () => {
  const { doc, root } = editor(
    '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Vote </span></span><span><span data-text="true">Labour</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">on 4 July</span></span></div></div></div>',
  );
  const map = buildTextMap(root);
  assert.equal(map.text, "Vote Labour\non 4 July");
  const range = spanToRange(map, { start: 5, end: 11, text: "Labour" }, doc);
  assert.equal(range.toString(), "Labour");
  assert.equal(range.startContainer.data, "Labour");
  assert.equal(range.startOffset, 0);
});

test("a span crossing inline formatting covers both nodes", () => {
  const { doc, root } = editor("<p>Vote La<strong>bour</strong> now</p>");
  const map = buildTextMap(root);
  assert.equal(map.text, "Vote Labour now");
  const range = spanToRange(map, { start: 5, end: 11, text: "Labour" }, doc);
  assert.equal(range.toString(), "Labour");
  assert.equal(range.startContainer.data, "Vote La");
  assert.equal(range.endContainer.data, "bour");
});

test("empty Lexical and ProseMirror paragraphs count as one line each", () => {
  const { root } = editor('<p dir="ltr"><span data-lexical-text="true">first</span></p><p><br></p><p class="is-empty"><br class="ProseMirror-trailingBreak"></p><p>last</p>');
  assert.equal(buildTextMap(root).text, "first\n\n\nlast");
});

test("a <br> inside a line is a line break", () => {
  const { root } = editor("<div>one<br>two</div>");
  assert.equal(buildTextMap(root).text, "one\ntwo");
});

test("offsets count UTF-16 code units, as the service's spans do", () => {
  const { doc, root } = editor("<p>🗳️ Vote <span>Labour</span> 🌹</p>");
  const map = buildTextMap(root);
  const start = map.text.indexOf("Labour");
  assert.equal(start, "🗳️ Vote ".length);
  assert.equal(spanToRange(map, { start, end: start + 6, text: "Labour" }, doc).toString(), "Labour");
});

test("non-editable islands (mentions chips, widgets) are left out", () => {
  const { root } = editor('<p>hi <span contenteditable="false">[widget]</span>there</p>');
  assert.equal(buildTextMap(root).text, "hi there");
});

test("a span that no longer fits the text is refused, not misplaced", () => {
  const { root } = editor("<p>Vote Green</p>");
  const map = buildTextMap(root);
  assert.equal(spanToPositions(map, { start: 5, end: 11, text: "Labour" }), null);
  assert.equal(spanToPositions(map, { start: 5, end: 50 }), null);
  assert.equal(spanToPositions(map, { start: 3, end: 3 }), null);
});

test("at a node boundary a start goes to the later node and an end to the earlier", () => {
  const a = { data: "ab" };
  const b = { data: "cd" };
  const segments = [
    { node: a, start: 0, end: 2 },
    { node: b, start: 2, end: 4 },
  ];
  assert.deepEqual(locate(segments, 2, false), { node: b, offset: 0 });
  assert.deepEqual(locate(segments, 2, true), { node: a, offset: 2 });
});

// Highlights follow every edit at once (issue 16): spans are mapped through the change.
const follow = (oldText, newText, caret, span) => mapSpan(span, diffEdit(oldText, newText, caret));
const VOTE = { start: 0, end: 11, text: "Vote Labour" };

test("typing right before a flagged phrase moves it and never grows it", () => {
  assert.deepEqual(follow("Vote Labour", "hVote Labour", 1, VOTE), { start: 1, end: 12, text: "Vote Labour" });
  assert.deepEqual(follow("hVote Labour", "heVote Labour", 2, { start: 1, end: 12, text: "Vote Labour" }), { start: 2, end: 13, text: "Vote Labour" });
});

test("the caret decides an ambiguous edit: a 'V' typed before 'Vote' moves the span", () => {
  // Without the caret the common prefix would put the new V inside the span.
  assert.deepEqual(follow("Vote Labour", "VVote Labour", 1, VOTE), { start: 1, end: 12, text: "Vote Labour" });
  assert.equal(follow("Vote Labour", "VVote Labour", 2, VOTE), null, "typed inside the words: hidden");
});

test("typing right after a flagged phrase leaves it as it is", () => {
  assert.deepEqual(follow("Vote Labour", "Vote Labour!", 12, VOTE), VOTE);
  assert.deepEqual(follow("Vote Labour", "Vote Labours", 12, VOTE), VOTE);
});

test("deleting before a span moves it back; deleting into it hides it", () => {
  const span = { start: 4, end: 15, text: "Vote Labour" };
  assert.deepEqual(follow("hey Vote Labour", "he Vote Labour", 2, span), { start: 3, end: 14, text: "Vote Labour" });
  assert.deepEqual(follow("hey Vote Labour", "Vote Labour", 0, span), VOTE);
  assert.equal(follow("hey Vote Labour", "hey ote Labour", 4, span), null);
});

test("an edit far after a span, or a paste replacing other words, keeps or moves it", () => {
  const span = { start: 6, end: 10, text: "c*nt" };
  assert.deepEqual(follow("a big c*nt here", "a big c*nt there", 11, span), span);
  assert.deepEqual(follow("a big c*nt", "a very big c*nt", 6, span), { start: 11, end: 15, text: "c*nt" });
  assert.deepEqual(follow("xx c*nt", "yyyy c*nt", -1, { start: 3, end: 7 }), { start: 5, end: 9 });
});

test("the caret's offset in a contenteditable is found through the text map", () => {
  const { root } = editor("<p>hey</p><p>Vote <b>Labour</b></p>");
  const map = buildTextMap(root);
  const labour = root.querySelector("b").firstChild;
  assert.equal(offsetOf(map, labour, 2), "hey\nVote La".length);
  assert.equal(offsetOf(map, root.querySelectorAll("p")[1], 1), "hey\nVote ".length);
});
