// LinkedIn: Quill editors (.ql-editor) in the share box and comment boxes.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

const MESSAGES = '.msg-form__contenteditable[contenteditable="true"]';

export default {
  id: "linkedin",
  label: SITE_LABELS.linkedin,
  hosts: ["linkedin.com"],
  composeFields: '.share-creation-state .ql-editor[contenteditable="true"], [data-test-ql-editor-contenteditable="true"], .ql-editor[contenteditable="true"][aria-label*="Text editor for creating content"]',
  commentFields: '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
  messageFields: MESSAGES,
  profileFields: 'textarea[id*="headline"], textarea[id*="summary"], input[id*="headline"]',
  submit: 'button.share-actions__primary-action, button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr, button.msg-form__send-button',
  post: 'div.feed-shared-update-v2, div[data-urn^="urn:li:activity:"]',
  postText: '.update-components-text, .feed-shared-inline-show-more-text .break-words',
  menuOpeners: "button.social-reshare-button",
  endorse: [
    { action: "like", selector: 'button[aria-label^="React Like"], button.react-button__trigger[aria-pressed="false"]' },
    { action: "repost", selector: '.social-reshare-button__sharing-as-is-dropdown-item, [role="menuitem"][aria-label^="Repost"]:not([aria-label*="thoughts"])' },
    { action: "quote", selector: '.social-reshare-button__share-with-thoughts-dropdown-item, [role="menuitem"][aria-label*="with your thoughts"]' },
  ],
  // Messaging sends on Enter (LinkedIn's default, "Press Enter to Send"); comments take a new line.
  enterSubmits: kit.sendsOnEnter(MESSAGES),
  handle() {
    return null;
  },
};
