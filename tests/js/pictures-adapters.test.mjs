// Where each site's composer takes pictures (its adapter's `pictures`), against snippets shaped like
// that site's composer: the compose area found from the text field holds the site's file input and
// its previews; the site's previews are read and its avatars are not; the site's profile-photo upload
// is told from the composer's input; and where an adapter names nothing (or its selectors find
// nothing) the generic finder still finds the file input and the blob: preview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { EXTENSION, domFrom } from "./support/load.mjs";

const adapters = await import(pathToFileURL(join(EXTENSION, "content", "adapters", "index.js")).href);
const attachments = await import(pathToFileURL(join(EXTENSION, "content", "attachments.js")).href);
const pictures = await import(pathToFileURL(join(EXTENSION, "content", "pictures.js")).href);

const BLOB = "blob:https://site.example/3f1c";
const deep = (n, inner) => "<div>".repeat(n) + inner + "</div>".repeat(n);

// Each snippet marks: #field (the text field), #input (the composer's picture input), #preview (the
// site's preview of an attached picture), #avatar (an avatar shown in the composer, never read),
// #profile (the site's profile-photo upload).
const SITES = [
  {
    adapter: "x",
    host: "x.com",
    // X: the Draft.js editor is far below the toolbar's hidden media input.
    html: `<main><div class="compose">
      <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="">
      <div class="column">
        ${deep(8, `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div id="field" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div></div>`)}
        <div data-testid="attachments"><div><div><img id="preview" src="${BLOB}" alt="Image"></div></div></div>
        <div data-testid="toolBar"><div><nav><div role="button" aria-label="Add photos or video" id="attach"></div>
          <input id="input" data-testid="fileInput" type="file" multiple accept="image/jpeg,image/png,image/webp,image/gif,video/mp4"></nav></div>
          <button data-testid="tweetButtonInline">Post</button></div>
      </div></div></main>
      <div role="dialog" aria-labelledby="modal-header"><h2 id="modal-header">Edit profile</h2>
        <div><div role="button" aria-label="Add banner photo"></div><input type="file" data-testid="fileInput" accept="image/jpeg,image/png"></div>
        <div><div role="button" aria-label="Add avatar photo"></div><input id="profile" type="file" data-testid="fileInput" accept="image/jpeg,image/png"></div>
        <textarea name="description" aria-label="Bio"></textarea></div>`,
    genericMisses: true,
  },
  {
    adapter: "facebook",
    host: "www.facebook.com",
    html: `<div role="dialog" aria-label="Create post"><form method="POST">
        ${deep(4, `<div id="field" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind, Sam?"></div>`)}
        ${deep(5, `<img id="preview" src="${BLOB}" alt="">`)}
        <div><div role="button" aria-label="Photo/video" id="attach"></div></div>
        <input id="input" type="file" accept="image/*,image/heif,image/heic,video/*" multiple style="display:none">
        <div role="button" aria-label="Post">Post</div></form>
        <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="Sam"></div>
      <div role="dialog" aria-label="Update profile picture"><div role="button">Upload photo</div><input id="profile" type="file" accept="image/*"></div>`,
  },
  {
    adapter: "instagram",
    host: "www.instagram.com",
    html: `<div role="dialog" aria-label="Create new post"><div><h1>Create new post</h1>
        ${deep(3, `<img id="preview" src="${BLOB}" alt="">`)}
        <form enctype="multipart/form-data" method="POST" role="presentation"><input id="input" type="file" accept="image/avif,image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime" multiple></form>
        ${deep(6, `<div id="field" aria-label="Write a caption..." contenteditable="true" role="textbox"></div>`)}
        <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="lancastersu's profile picture"></div></div>
      <main><form enctype="multipart/form-data" method="POST" role="presentation"><input id="profile" type="file" accept="image/jpeg,image/png"></form>
        <button title="Change profile photo">Change photo</button></main>`,
  },
  {
    adapter: "linkedin",
    host: "www.linkedin.com",
    html: `<div class="artdeco-modal share-box"><div class="share-creation-state">
        ${deep(4, `<div class="ql-editor" id="field" contenteditable="true" aria-label="Text editor for creating content" data-test-ql-editor-contenteditable="true"></div>`)}
        <div class="share-creation-state__preview"><img id="preview" src="${BLOB}" alt=""></div>
        <button aria-label="Add media" id="attach"></button>
        <input id="input" class="media-editor-file-selector__file-input" type="file" accept="image/*" multiple>
        <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="Sam"></div></div>
      <div class="pv-top-card"><input id="profile" type="file" name="profile-photo" accept="image/*"></div>`,
  },
  {
    adapter: "threads",
    host: "www.threads.net",
    html: `<div role="dialog"><div><h1>New thread</h1>
        ${deep(5, `<div id="field" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Empty text field. Type to compose a new thread."></div>`)}
        ${deep(3, `<img id="preview" src="${BLOB}" alt="">`)}
        <div role="button" id="attach"><svg aria-label="Attach media"></svg></div>
        <input id="input" type="file" accept="image/avif,image/jpeg,image/png,video/mp4" multiple>
        <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="profile picture"></div></div>`,
  },
  {
    adapter: "reddit",
    host: "www.reddit.com",
    html: `<shreddit-composer name="comment"><div>
        ${deep(3, `<div id="field" contenteditable="true" role="textbox"></div>`)}
        <img id="preview" src="${BLOB}" alt="">
        <button aria-label="Add image" id="attach"></button><input id="input" type="file" accept="image/png,image/jpeg,image/gif"></div></shreddit-composer>
      <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="">
      <div data-testid="avatar-upload"><input id="profile" type="file" accept="image/*"></div>`,
  },
  {
    adapter: "tiktok",
    host: "www.tiktok.com",
    html: `<div data-e2e="upload-page"><input id="input" type="file" accept="video/*,image/jpeg,image/png">
        ${deep(4, `<div data-e2e="caption-editor"><div class="public-DraftEditor-content" id="field" contenteditable="true"></div></div>`)}
        ${deep(2, `<img id="preview" src="${BLOB}" alt="">`)}</div>
      <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="">
      <div data-e2e="edit-profile-popup"><div data-e2e="edit-profile-avatar"></div><input id="profile" type="file" accept=".jpg,.jpeg,.png"></div>`,
  },
  {
    adapter: "mastodon",
    host: "mastodon.social",
    html: `<form class="compose-form"><div class="autosuggest-textarea"><textarea id="field" class="autosuggest-textarea__textarea" aria-label="What's on your mind?"></textarea></div>
        <div class="compose-form__uploads"><img id="preview" src="${BLOB}" alt=""></div>
        <div class="compose-form__buttons"><div class="compose-form__upload-button"><button class="icon-button compose-form__upload-button-icon" id="attach" title="Add images, a video or an audio file"></button></div><input id="input" type="file" accept="image/*,video/*" multiple style="display:none"></div>
        <div class="compose-form__publish"><button type="submit">Post</button></div></form>
      <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="">
      <form action="/settings/profile"><input id="profile" type="file" name="account[avatar]"></form>`,
  },
  {
    adapter: "bluesky",
    host: "bsky.app",
    html: `<div role="dialog"><div data-testid="composePostView">
        ${deep(4, `<div class="ProseMirror" id="field" contenteditable="true"></div>`)}
        ${deep(2, `<img id="preview" src="${BLOB}" alt="">`)}
        <button data-testid="openMediaBtn" id="attach"></button><input id="input" type="file" accept="image/*" multiple></div>
        <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt=""></div>
      <div><button data-testid="changeAvatarBtn"></button><input id="profile" type="file" accept="image/png,image/jpeg"></div>`,
  },
  {
    adapter: "youtube",
    host: "www.youtube.com",
    html: `<ytd-backstage-post-dialog-renderer><div>
        ${deep(3, `<div id="field" contenteditable="true" aria-label="Share a sneak peek"></div>`)}
        ${deep(2, `<img id="preview" src="${BLOB}" alt="">`)}
        <button id="image-button" aria-label="Add image"></button><input id="input" type="file" accept="image/*"></div></ytd-backstage-post-dialog-renderer>
      <img id="avatar" src="https://cdn.site.example/avatar_normal.jpg" alt="">`,
  },
];

function load(site) {
  const dom = domFrom(site.html, `https://${site.host}/`);
  const doc = dom.window.document;
  const adapter = adapters.adapterFor(site.host, doc);
  const $ = (id) => doc.getElementById(id);
  return { doc, adapter, $, generic: adapters.all().find((a) => a.id === "generic") };
}

test("every site adapter says where its composer takes pictures", () => {
  for (const adapter of adapters.all()) {
    if (adapter.id === "generic") continue;
    assert.ok(adapter.pictures, `${adapter.id} has no picture parts`);
    const parts = attachments.pictureParts(adapter);
    assert.ok(parts.composer || parts.inputs, `${adapter.id} names neither its compose area nor its inputs`);
  }
});

for (const site of SITES) {
  test(`${site.adapter}: the composer found from the text field holds the site's picture input and preview`, () => {
    const { adapter, $ } = load(site);
    assert.equal(adapter.id, site.adapter);
    const composer = attachments.composerOf($("field"), adapter);
    assert.ok(composer.contains($("input")), `${site.adapter}: the composer misses its file input`);
    assert.ok(composer.contains($("preview")), `${site.adapter}: the composer misses its preview`);
    assert.deepEqual(attachments.pictureInputs(composer, adapter), [$("input")]);
    if ($("profile")) assert.equal(composer.contains($("profile")), false, `${site.adapter}: the profile upload is in the composer`);
  });

  test(`${site.adapter}: the site's preview of an attached picture is read, its avatars are not`, () => {
    const { adapter, $ } = load(site);
    const composer = attachments.composerOf($("field"), adapter);
    const found = pictures.previewImages(composer, adapter);
    assert.deepEqual(found, [$("preview")]);
  });

  test(`${site.adapter}: the site's profile-photo upload is told from the composer's picture input`, () => {
    const { adapter, $ } = load(site);
    assert.equal(attachments.isSitesProfilePhoto($("input"), adapter), false, "the composer's input taken for a profile photo");
    if ($("profile")) {
      assert.equal(attachments.isSitesProfilePhoto($("profile"), adapter), true, "the profile-photo upload not recognised");
      assert.equal(attachments.isProfilePhotoInput($("profile"), adapter), true);
    }
  });

  test(`${site.adapter}: the attach button is one the adapter names`, { skip: !load(site).$("attach") }, () => {
    const { adapter, $ } = load(site);
    const parts = attachments.pictureParts(adapter);
    if (!parts.attach) return; // this site's input opens from its own label
    assert.ok($("attach").matches(parts.attach) || $("attach").querySelector(parts.attach) || adapters.findOnPath([$("attach")], parts.attach), `${site.adapter}: attach button not named`);
  });
}

test("x: without the adapter's parts the generic finder stops six levels up, short of X's toolbar", () => {
  const site = SITES.find((s) => s.adapter === "x");
  const { $, generic } = load(site);
  const composer = attachments.composerOf($("field"), generic);
  assert.equal(composer.contains($("input")), false);
});

test("generic finder: a form's file input and blob: preview, and not an icon from another address", () => {
  const html = `<form id="composer"><textarea id="field" aria-label="Write a post"></textarea>
    <div><img id="preview" src="${BLOB}"><img id="icon" src="https://cdn.example/icon.png"></div>
    <label>Add a picture <input type="file" id="input" accept="image/*"></label></form>
    <form id="profile-form"><label for="avatar">Profile photo</label><input type="file" id="avatar" name="avatar"></form>`;
  const dom = domFrom(html, "https://forum.example.org/");
  const doc = dom.window.document;
  const generic = adapters.adapterFor("forum.example.org", doc);
  assert.equal(generic.id, "generic");
  const composer = attachments.composerOf(doc.getElementById("field"), generic);
  assert.equal(composer.id, "composer");
  assert.deepEqual(attachments.pictureInputs(composer, generic), [doc.getElementById("input")]);
  assert.deepEqual(pictures.previewImages(composer, generic), [doc.getElementById("preview")]);
  assert.equal(attachments.isProfilePhotoInput(doc.getElementById("avatar"), generic), true);
  assert.equal(attachments.isSitesProfilePhoto(doc.getElementById("avatar"), generic), false);
});

test("an adapter's preview selector that finds nothing falls back to the composer's blob: images", () => {
  const html = `<div id="composer"><div id="field" contenteditable="true" aria-label="Post text" data-testid="tweetTextarea_0"></div>
    <div class="media"><img id="preview" src="${BLOB}"></div><input type="file" data-testid="fileInput"></div>`;
  const dom = domFrom(html, "https://x.com/home");
  const doc = dom.window.document;
  const x = adapters.adapterFor("x.com", doc);
  const composer = attachments.composerOf(doc.getElementById("field"), x);
  assert.equal(composer.id, "composer");
  assert.deepEqual(pictures.previewImages(composer, x), [doc.getElementById("preview")]);
});
