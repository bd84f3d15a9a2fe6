// A plain Enter in a field that sends on Enter, pressed before ThinkTwice has its settings (the
// first moments of a page): held until they arrive, then asked about once like any other send;
// "Post anyway" replays it so the page's own handler runs exactly once. Shift+Enter and a field
// where Enter is a new line are never held. The content script (the real bundle) in jsdom on an
// Instagram address, against a fake worker whose settings arrive when the test says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithExtension, makeVisible, userClicks, settingsReply, WARNING_ANSWER, sleep } from "./support/page.mjs";

const TEXT = "That lecturer is a total c*nt";
const PAGE = `
<article><h1>lancastersu Freshers' fair</h1>
  <textarea id="comment" aria-label="Add a comment…"></textarea>
  <textarea id="caption" aria-label="Write a caption..."></textarea>
</article>`;
// Instagram's own handler: Enter without Shift sends the comment.
const PAGE_SCRIPT = `
  window.sent = [];
  for (const id of ["comment", "caption"]) {
    document.getElementById(id).addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); sent.push({ id, text: e.target.value }); }
    });
  }
`;

function slowStart() {
  let release;
  const settingsArrive = new Promise((r) => (release = r));
  const worker = async (m) => {
    if (m.type === "contentSettings") {
      await settingsArrive;
      return settingsReply();
    }
    if (m.type === "org") return { ok: true, org: null };
    if (m.type === "decision") return { ok: true };
    if (m.type === "check") return { ok: true, answer: WARNING_ANSWER(m.request.text) };
    return { ok: false, refused: true };
  };
  return { worker, release };
}

function pressEnter(page, field, init = {}) {
  field.focus();
  const event = new page.win.KeyboardEvent("keydown", { key: "Enter", code: "Enter", keyCode: 13, bubbles: true, composed: true, cancelable: true, ...init });
  page.trusted(field, event);
  return event;
}

const sent = (page) => JSON.parse(JSON.stringify(page.win.sent));
const dialog = (page) => page.TT.ui.layer(page.doc).querySelector(".tt-dialog");

test("Enter in an Instagram comment before the settings arrive is held, asked about once, and sent once on Post anyway", async (t) => {
  const { worker, release } = slowStart();
  const page = pageWithExtension(PAGE, { url: "https://www.instagram.com/p/abc/", worker });
  t.after(async () => {
    release();
    await sleep(50);
    page.close();
  });
  page.run(PAGE_SCRIPT);
  const comment = page.doc.getElementById("comment");
  makeVisible(comment);
  comment.value = TEXT; // typed before ThinkTwice started
  const enter = pressEnter(page, comment);
  assert.equal(enter.defaultPrevented, true, "held");
  assert.deepEqual(sent(page), [], "the page's handler has not run");

  release();
  for (let i = 0; i < 100 && !dialog(page); i++) await sleep(10);
  assert.ok(dialog(page), "asked once the settings arrived");
  assert.equal(page.checks().at(-1).request.action, "comment");
  assert.deepEqual(sent(page), []);
  userClicks(page, dialog(page).querySelector('[data-choice="post"]'));
  await sleep(50);
  assert.deepEqual(sent(page), [{ id: "comment", text: TEXT }], "sent exactly once");
});

test("before the settings arrive, Shift+Enter and Enter in a field where Enter is a new line are not held", async () => {
  const { worker, release } = slowStart();
  const page = pageWithExtension(PAGE, { url: "https://www.instagram.com/p/abc/", worker });
  page.run(PAGE_SCRIPT);
  const comment = page.doc.getElementById("comment");
  const caption = page.doc.getElementById("caption");
  for (const f of [comment, caption]) {
    makeVisible(f);
    f.value = TEXT;
  }
  assert.equal(pressEnter(page, comment, { shiftKey: true }).defaultPrevented, false, "Shift+Enter is a new line");
  assert.equal(pressEnter(page, caption).defaultPrevented, true, "the page's own handler took it (not ThinkTwice)");
  assert.deepEqual(sent(page), [{ id: "caption", text: TEXT }], "a field that does not send on Enter for the adapter is left to the page");
  release();
  await sleep(50); // the settings arrive before the page goes
  page.close();
});
