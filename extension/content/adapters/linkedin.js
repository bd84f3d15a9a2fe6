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
  // Pictures: "Add media" opens the media editor, whose input is #media-editor-file-selector__file-input
  // (often in a modal apart from the share box); comments take one with "Add a photo".
  pictures: {
    composer: ".share-box, .share-creation-state, .comments-comment-box, .msg-form",
    inputs: '#media-editor-file-selector__file-input, input.media-editor-file-selector__file-input, .comments-comment-box input[type="file"], .msg-form input[type="file"]',
    attach: 'button[aria-label="Add media"], button[aria-label^="Add a photo"], button.share-promoted-detour-button, .image-detour-btn',
    previews: '.share-creation-state__preview img, .share-images img, .comments-comment-box__detour-container img, .msg-form__attachment img',
    profilePhoto: 'input[type="file"][id*="profile-photo"], input[type="file"][name*="profile-photo"], .profile-photo-edit__file-upload-input',
  },
  handle() {
    return null;
  },
};
