// Issue 14 (hardening), the page side: what a page can no longer do to or through ThinkTwice's
// content scripts. Each test reproduces one break the red team found, in a page running all the
// content scripts against a fake worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pageWithExtension, makeVisible, userTypes, userClicks, settingsReply, WARNING_ANSWER, sleep } from "./support/page.mjs";

const ORG = { id: "lancaster-su", name: "Lancaster University Students' Union", comms_contact: { email: "comms@example.ac.uk" } };
const OFFENSIVE = "That lecturer is a total c*nt";

const FORUM = `
<article id="post"><p>${OFFENSIVE}</p><button type="button" aria-label="Like" id="like">Like</button></article>
<form id="form"><textarea id="reply" aria-label="Write a comment">Prefilled by the page: Vote Labour</textarea><button type="submit" id="send">Send</button></form>
<textarea id="h1" style="display:none" aria-label="Write a comment"></textarea>
<textarea id="h2" hidden aria-label="Write a comment"></textarea>
<textarea id="h3" style="position:absolute;left:-9999px" aria-label="Write a comment"></textarea>`;

// The page's own handlers: what it would post or like.
const PAGE_SCRIPT = `
  window.activity = [];
  document.getElementById("form").addEventListener("submit", (e) => { e.preventDefault(); activity.push({ kind: "post", text: document.getElementById("reply").value }); });
  document.getElementById("like").addEventListener("click", () => activity.push({ kind: "like" }));
`;

// A worker that answers checks with `answer(text)` (or a failure reply), after `delay` ms.
function workerWith({ answer = (text) => ({ ok: true, answer: WARNING_ANSWER(text) }), delay = 0, counter } = {}) {
  return async (m) => {
    if (m.type === "contentSettings") return settingsReply();
    if (m.type === "org") return { ok: true, org: ORG };
    if (m.type === "decision") return { ok: true };
    if (m.type === "check") {
      if (counter) counter.active += 1;
      if (counter) counter.peak = Math.max(counter.peak, counter.active);
      await sleep(delay);
      if (counter) counter.active -= 1;
      return answer(m.request.text);
    }
    return { ok: false, refused: true };
  };
}

async function forum(options) {
  const page = pageWithExtension(FORUM, { worker: workerWith(options) });
  page.run(PAGE_SCRIPT);
  await sleep(20); // settings and org arrive
  return page;
}

const activity = (page) => JSON.parse(JSON.stringify(page.win.activity)); // out of the page's realm
const layer = (page) => page.TT.ui.layer(page.doc); // the extension's own reference (its isolated world)
const dialog = (page) => layer(page).querySelector(".tt-dialog");

test("a field's initial value and a page filling hidden textareas by script cause no check", async () => {
  const page = await forum();
  // The red team's page: three hidden 5,000-character textareas filled by script, and input
  // events fired at them and at the visible (prefilled) field, every 50 ms for over a second.
  page.run(`
    let n = 0;
    const fill = () => {
      for (const id of ["h1", "h2", "h3", "reply"]) {
        const t = document.getElementById(id);
        t.value = "Vote Labour ".repeat(420).slice(0, 5000 - n) + n;
        t.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        t.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
        t.dispatchEvent(new Event("paste", { bubbles: true }));
      }
      n += 1;
    };
    window.filler = setInterval(fill, 50);
  `);
  makeVisible(page.doc.getElementById("reply"));
  await sleep(1300);
  page.run("clearInterval(window.filler)");
  await sleep(400);
  assert.equal(page.checks().length, 0);
  page.close();
});

test("the user's own typing in a visible field is checked, once per pause", async () => {
  const page = await forum();
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  userTypes(page, field, "You are a total c");
  await sleep(100);
  userTypes(page, field, OFFENSIVE);
  await sleep(450);
  assert.deepEqual(page.checks().map((m) => m.request.text), [OFFENSIVE]);
  page.close();
});

test("the user typing into a field that is not visible causes no check", async () => {
  const page = await forum();
  for (const id of ["h1", "h2"]) userTypes(page, page.doc.getElementById(id), OFFENSIVE);
  await sleep(450);
  assert.equal(page.checks().length, 0);
  page.close();
});

test("a page refilling the field once the user has stopped typing causes no further check", async () => {
  const page = await forum();
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  userTypes(page, field, OFFENSIVE);
  await sleep(1100); // checked, and the user's keystroke is over a second old
  assert.equal(page.checks().length, 1);
  page.run(`window.refills = setInterval(() => { const t = document.getElementById("reply"); t.value = "refill " + Math.random(); t.dispatchEvent(new Event("input", { bubbles: true })); }, 100);`);
  await sleep(900);
  page.run("clearInterval(window.refills)");
  await sleep(400);
  assert.equal(page.checks().length, 1);
  page.close();
});

test("no more than one check in flight per field, whatever the typing speed", async () => {
  const counter = { active: 0, peak: 0 };
  const page = await forum({ delay: 700, counter });
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  for (let i = 1; i <= 5; i++) {
    userTypes(page, field, `${OFFENSIVE} ${"!".repeat(i)}`);
    await sleep(350);
  }
  await sleep(1600);
  assert.equal(counter.peak, 1);
  const texts = page.checks().map((m) => m.request.text);
  assert.ok(texts.length < 5, `newer text replaced text waiting: ${texts.join(" | ")}`);
  assert.equal(texts.at(-1), `${OFFENSIVE} !!!!!`, "the newest text is checked last");
  page.close();
});

test("the card lives in a closed shadow root: the page cannot read the organisation, clause or words", async () => {
  const page = await forum();
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  userTypes(page, field, OFFENSIVE);
  await sleep(450);
  const card = layer(page).querySelector(".tt-card");
  assert.ok(card, "the extension drew its card");
  assert.ok(card.textContent.includes("6.4"));
  // What the page can see.
  const seen = page.run(`(() => { const host = document.querySelector("thinktwice-ui"); return { shadowRoot: host.shadowRoot, html: document.documentElement.outerHTML, text: host.textContent }; })()`);
  assert.equal(seen.shadowRoot, null);
  for (const secret of [ORG.name, "6.4", "Abuse", "Uses a slur"]) assert.equal(seen.html.includes(secret), false, secret);
  assert.equal(seen.text, "");
  page.close();
});

test("a scripted click on 'Like anyway' does nothing and records nothing; the user's click likes once", async () => {
  const page = await forum();
  const like = page.doc.getElementById("like");
  userClicks(page, like);
  await sleep(30);
  assert.ok(dialog(page), "the user's Like asks first");
  assert.deepEqual(activity(page), []);
  const go = dialog(page).querySelector('[data-choice="go"]');
  assert.equal(go.textContent, "Like anyway");
  // A page that somehow held the button: click(), a synthetic event, a keyboard Enter.
  go.click();
  go.dispatchEvent(new page.win.MouseEvent("click", { bubbles: true, composed: true }));
  dialog(page).dispatchEvent(new page.win.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  await sleep(30);
  assert.ok(dialog(page), "the dialog is still open");
  assert.deepEqual(activity(page), []);
  assert.equal(page.messages.filter((m) => m.type === "decision").length, 0, "nothing recorded");
  userClicks(page, go);
  await sleep(30);
  assert.equal(dialog(page), null);
  assert.deepEqual(activity(page), [{ kind: "like" }]);
  const decisions = page.messages.filter((m) => m.type === "decision");
  assert.deepEqual(decisions.map((d) => [d.action, d.choice]), [["like", "post"]]);
  page.close();
});

test("a page clicking its own Like by script gets no check, no dialog and no record", async () => {
  const page = await forum();
  page.run(`document.getElementById("like").click(); document.getElementById("like").dispatchEvent(new MouseEvent("click", { bubbles: true }));`);
  await sleep(50);
  assert.equal(page.checks().length, 0);
  assert.equal(dialog(page), null);
  assert.equal(page.messages.filter((m) => m.type === "decision").length, 0);
  page.close();
});

test("a form sent by page script with no user action is not checked", async () => {
  const page = await forum();
  makeVisible(page.doc.getElementById("reply"));
  page.run(`document.getElementById("form").requestSubmit();`);
  await sleep(50);
  assert.equal(page.checks().length, 0);
  assert.equal(activity(page).length, 1);
  page.close();
});

for (const [name, reply, reason] of [
  ["offline", { ok: false, offline: true, error: "checker unreachable" }, "the checker is offline"],
  ["unpaired", { ok: false, offline: true, unpaired: true, error: "401" }, "ThinkTwice is not paired with the checker"],
  ["not answering", { ok: false, offline: true, timeout: true, error: "stalled" }, "the checker did not answer in time"],
  ["failing", { ok: false, offline: false, error: "HTTP 500" }, "the check failed"],
]) {
  test(`${name} at Post time: a 'Not checked' dialog, and 'Post anyway' sends exactly once`, async () => {
    const page = await forum({ answer: () => reply });
    const field = page.doc.getElementById("reply");
    makeVisible(field);
    userTypes(page, field, OFFENSIVE);
    await sleep(450); // the check while typing failed
    if (reply.offline) assert.ok(layer(page).querySelector(".tt-offline"), "the unobtrusive pill while typing");
    assert.equal(dialog(page), null, "no dialog while typing");
    userClicks(page, page.doc.getElementById("send"));
    await sleep(30);
    assert.ok(dialog(page), "Post asks instead of passing silently");
    assert.equal(dialog(page).querySelector("h2").textContent, `Not checked: ${reason} — post anyway?`);
    assert.deepEqual([...dialog(page).querySelectorAll("[data-choice]")].map((b) => b.textContent), ["Post anyway", "Edit"]);
    assert.deepEqual(activity(page), []);
    assert.equal(page.checks().length, 2, "Post asked the checker once more");
    dialog(page).querySelector('[data-choice="post"]').click(); // scripted: ignored
    await sleep(20);
    assert.deepEqual(activity(page), []);
    userClicks(page, dialog(page).querySelector('[data-choice="post"]'));
    await sleep(50);
    assert.deepEqual(activity(page), [{ kind: "post", text: OFFENSIVE }]);
    page.close();
  });
}

test("offline at Post time: 'Edit' sends nothing and goes back to the post", async () => {
  const page = await forum({ answer: () => ({ ok: false, offline: true, error: "down" }) });
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  userTypes(page, field, OFFENSIVE);
  userClicks(page, page.doc.getElementById("send"));
  await sleep(30);
  userClicks(page, dialog(page).querySelector('[data-choice="edit"]'));
  await sleep(30);
  assert.deepEqual(activity(page), []);
  assert.equal(page.doc.activeElement, field);
  page.close();
});

test("offline at Like time: 'Not checked — like anyway?', and going ahead likes once", async () => {
  const page = await forum({ answer: () => ({ ok: false, offline: true, error: "down" }) });
  userClicks(page, page.doc.getElementById("like"));
  await sleep(30);
  assert.equal(dialog(page).querySelector("h2").textContent, "Not checked: the checker is offline — like anyway?");
  assert.ok(dialog(page).textContent.includes(OFFENSIVE), "shows what is being liked");
  userClicks(page, page.doc.getElementById("like")); // a second press while asking is swallowed
  userClicks(page, dialog(page).querySelector('[data-choice="go"]'));
  await sleep(30);
  assert.deepEqual(activity(page), [{ kind: "like" }]);
  assert.equal(page.checks().length, 1);
  page.close();
});

test("a Post with text the page put in a visible field is checked when the user sends it", async () => {
  const page = await forum({ answer: () => ({ ok: true, answer: { verdict: "ok", rules_version: "1", warnings: [] } }) });
  makeVisible(page.doc.getElementById("reply"));
  userClicks(page, page.doc.getElementById("send"));
  await sleep(50);
  assert.deepEqual(page.checks().map((m) => m.request.text), ["Prefilled by the page: Vote Labour"]);
  assert.equal(activity(page).length, 1);
  page.close();
});

test("the content script asks the worker only for checks, its own settings, the organisation and decisions", async () => {
  const page = await forum();
  const field = page.doc.getElementById("reply");
  makeVisible(field);
  userTypes(page, field, OFFENSIVE);
  await sleep(450);
  userClicks(page, page.doc.getElementById("send"));
  await sleep(30);
  userClicks(page, dialog(page).querySelector('[data-choice="post"]'));
  await sleep(30);
  assert.deepEqual([...new Set(page.messages.map((m) => m.type))].sort(), ["check", "contentSettings", "decision", "org"]);
  page.close();
});
