// Bluesky: a TipTap/ProseMirror composer and data-testid'd action buttons.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

export default {
  id: "bluesky",
  label: SITE_LABELS.bluesky,
  hosts: ["bsky.app"],
  composeFields: '.ProseMirror[contenteditable="true"], [data-testid="composer"] [contenteditable="true"]',
  profileFields: 'textarea[data-testid="editProfileDescriptionInput"]',
  submit: '[data-testid="composerPublishBtn"], [data-testid="editProfileSaveBtn"]',
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  postText: '[data-testid="postText"]',
  menuOpeners: '[data-testid="repostBtn"]',
  endorse: [
    { action: "like", selector: '[data-testid="likeBtn"][aria-label^="Like"]' },
    { action: "repost", selector: '[data-testid="repostDropdownRepostBtn"]' },
    { action: "quote", selector: '[data-testid="repostDropdownQuoteBtn"]' },
  ],
  replyTarget(field) {
    const dialog = field.closest('[role="dialog"], [aria-modal="true"]');
    return dialog ? dialog.querySelector('[data-testid="composerReplyTo"]') : null;
  },
  readPost(post) {
    const text = post.querySelector(this.postText) || post.querySelector('[data-testid="composerReplyTo"] [dir="auto"]');
    return text ? text.textContent : post.textContent || "";
  },
  enterSubmits: kit.sendsOnEnter(null), // Enter is a new line here, unless a field says it sends
  // Pictures: the composer dialog's "Add media" button opens its file input; previews are the
  // composer's gallery.
  pictures: {
    composer: '[data-testid="composePostView"], [role="dialog"]:has(.ProseMirror)',
    attach: '[data-testid="openMediaBtn"], [data-testid="openGalleryBtn"], [aria-label="Add media to post"]',
    previews: '[data-testid="composePostView"] img[src^="blob:"], [data-testid="composePostView"] img[src^="data:"]',
    profilePhoto: '[data-testid="changeAvatarBtn"], [data-testid="changeBannerBtn"]',
  },
  handle(doc) {
    const el = doc.querySelector('[data-testid="profileCardHandle"], a[aria-label="Profile"][href^="/profile/"]');
    if (!el) return null;
    const href = el.getAttribute("href");
    return href ? `@${href.split("/").pop()}` : kit.handleFromText(el.textContent);
  },
};
