// YouTube: comment boxes (#contenteditable-root) and community posts.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

export default {
  id: "youtube",
  label: SITE_LABELS.youtube,
  hosts: ["youtube.com"],
  composeFields: "ytd-backstage-post-dialog-renderer #contenteditable-root, #contenteditable-root[contenteditable]",
  commentFields: "ytd-commentbox #contenteditable-root",
  profileFields: 'textarea[aria-label="Description"], #description-container textarea',
  submit: "ytd-commentbox #submit-button button, ytd-commentbox #submit-button, ytd-backstage-post-dialog-renderer #submit-button button",
  post: "ytd-comment-view-model, ytd-comment-renderer, ytd-backstage-post-renderer, ytd-watch-metadata",
  postText: "#content-text, yt-formatted-string#content-text, h1.ytd-watch-metadata",
  endorse: [
    { action: "like", selector: 'like-button-view-model button[aria-pressed="false"], #like-button button[aria-pressed="false"]' },
    { action: "share", selector: 'yt-button-view-model button[aria-label="Share"]' },
  ],
  commentTarget(field) {
    return field.closest("ytd-comment-view-model, ytd-comment-renderer, ytd-backstage-post-renderer") || field.ownerDocument.querySelector("ytd-watch-metadata");
  },
  enterSubmits: kit.sendsOnEnter(null), // Enter is a new line here, unless a field says it sends
  // Pictures: a community post's image button and its file input in the backstage post dialog.
  pictures: {
    composer: "ytd-backstage-post-dialog-renderer",
    inputs: 'ytd-backstage-post-dialog-renderer input[type="file"]',
    attach: 'ytd-backstage-post-dialog-renderer #image-button, ytd-backstage-post-dialog-renderer [aria-label="Add image"]',
  },
  handle(doc) {
    const el = doc.querySelector("#channel-handle, yt-formatted-string#channel-handle");
    return el ? kit.handleFromText(el.textContent) : null;
  },
};
