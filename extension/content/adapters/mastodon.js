// Mastodon: any instance, recognised by its app root; the composer is a textarea.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

export default {
  id: "mastodon",
  label: SITE_LABELS.mastodon,
  hosts: ["mastodon.social", "mastodon.online", "mstdn.social", "mastodon.ac.uk"],
  detect(doc) {
    return !!doc.querySelector("#mastodon, body.app-body");
  },
  composeFields: ".compose-form textarea, textarea.autosuggest-textarea__textarea",
  profileFields: 'textarea#account_note, textarea[name="account[note]"]',
  submit: '.compose-form button[type="submit"], .compose-form__publish button',
  post: "article .status, div.status",
  postText: ".status__content__text, .status__content",
  endorse: [
    { action: "like", selector: 'button.star-icon:not(.active), button[aria-label="Favorite"], button[aria-label="Favourite"]' },
    { action: "repost", selector: 'button[aria-label="Boost"], button.status__action-bar__button.reblog-icon:not(.active)' },
  ],
  replyTarget(field) {
    const form = field.closest(".compose-form");
    return form ? form.querySelector(".reply-indicator") : null;
  },
  readPost(post) {
    const text = post.querySelector(".status__content__text, .reply-indicator__content, .status__content");
    return text ? text.textContent : post.textContent || "";
  },
  enterSubmits: kit.sendsOnEnter(null), // Enter is a new line here, unless a field says it sends
  // Pictures: the compose form's upload button and its file input (a form: the generic finder's).
  pictures: {
    composer: ".compose-form",
    inputs: '.compose-form input[type="file"]',
    attach: ".compose-form__upload-button-icon, .compose-form__upload-button button",
    profilePhoto: 'input[type="file"]#account_avatar, input[type="file"]#account_header, input[type="file"][name="account[avatar]"], input[type="file"][name="account[header]"]',
  },
  handle(doc) {
    const el = doc.querySelector(".navigation-bar__profile-account, .compose-form__autosuggest-wrapper [data-handle]");
    return el ? kit.handleFromText(el.textContent) : null;
  },
};
