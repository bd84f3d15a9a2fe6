// TikTok: Draft.js comment box and data-e2e'd buttons.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

const COMMENTS = '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="comment-text"] [contenteditable="true"]';

export default {
  id: "tiktok",
  label: SITE_LABELS.tiktok,
  hosts: ["tiktok.com"],
  composeFields: '[data-e2e="caption-editor"] [contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]',
  commentFields: COMMENTS,
  enterSubmits: kit.sendsOnEnter(COMMENTS), // Enter posts a comment
  profileFields: 'textarea[data-e2e="edit-profile-bio-input"], textarea[placeholder="Bio"]',
  submit: '[data-e2e="comment-post"], [data-e2e="post_video_button"], [data-e2e="edit-profile-save"]',
  post: '[data-e2e="browse-video"], [data-e2e="recommend-list-item-container"], article',
  postText: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]',
  endorse: [
    { action: "like", selector: 'button:has([data-e2e="like-icon"]), [data-e2e="like-icon"], [data-e2e="browse-like-icon"]' },
    { action: "share", selector: '[data-e2e="share-repost"], [data-e2e="share-icon"]' },
  ],
  // Pictures: the upload page's file input (photo posts too) and Edit profile's photo upload.
  pictures: {
    composer: '[data-e2e="upload-page"]',
    inputs: 'input[type="file"][accept*="image"], input[type="file"][accept*="video"]',
    profilePhoto: '[data-e2e="edit-profile-avatar"], [data-e2e="edit-profile-avatar-edit-icon"], [data-e2e="edit-profile-popup"] input[type="file"]',
  },
  handle() {
    return null;
  },
};
