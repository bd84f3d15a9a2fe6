// Which fields send on a plain Enter, per site adapter: comment boxes and direct messages where the
// site sends on Enter, never a composer where Enter is a new line; any field with
// enterkeyhint="send" on every site. Direct-message fields are checked as action "message".
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContentScripts, domFrom } from "./support/load.mjs";

const kit = (await loadContentScripts()).adapters;
const byId = Object.fromEntries(kit.all().map((a) => [a.id, a]));

// site -> [markup of one field, sends on Enter, action]
const FIELDS = {
  facebook: [
    ['<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"></div>', true, "comment"],
    ['<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"></div>', true, "message"],
    ['<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"></div>', false, "post"],
  ],
  instagram: [
    ['<textarea aria-label="Add a comment…"></textarea>', true, "comment"],
    ['<div role="textbox" contenteditable="true" aria-label="Add a comment…"></div>', true, "comment"],
    ['<div role="textbox" contenteditable="true" aria-label="Message"></div>', true, "message"],
    ['<div contenteditable="true" aria-label="Write a caption..."></div>', false, "post"],
  ],
  threads: [
    ['<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"></div>', true, "message"],
    ['<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Empty text field. Type to compose a new post."></div>', false, "post"],
  ],
  x: [
    ['<div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"></div>', true, "message"],
    ['<textarea data-testid="dm-composer-textarea"></textarea>', true, "message"],
    ['<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>', false, "post"],
  ],
  linkedin: [
    ['<div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"></div>', true, "message"],
    ['<div class="comments-comment-box"><div class="ql-editor" contenteditable="true"></div></div>', false, "comment"],
  ],
  mastodon: [['<form class="compose-form"><textarea></textarea></form>', false, "post"]],
  generic: [
    ['<textarea aria-label="Write a message" enterkeyhint="send"></textarea>', true, "post"],
    ['<textarea aria-label="Write a reply"></textarea>', false, "post"],
  ],
};

for (const [site, fields] of Object.entries(FIELDS)) {
  test(`${site}: the fields that send on Enter, and what each is checked as`, () => {
    const adapter = byId[site];
    for (const [markup, sends, action] of fields) {
      const doc = domFrom(`<!doctype html><body>${markup}</body>`, "https://example.org/").window.document;
      const field = kit.editableRoot(doc.querySelector("textarea, [contenteditable]"));
      assert.ok(kit.isCheckable(adapter, field), `${markup} is checked`);
      assert.equal(Boolean(adapter.enterSubmits(field)), sends, `${markup}: sends on Enter`);
      assert.equal(kit.actionFor(adapter, field).action, action, `${markup}: action`);
    }
  });
}

test("every adapter says which fields send on Enter", () => {
  for (const adapter of kit.all()) assert.equal(typeof adapter.enterSubmits, "function", adapter.id);
});
