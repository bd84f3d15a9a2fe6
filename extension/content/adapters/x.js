// X (Twitter): Draft.js compose boxes named by data-testid.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

// Direct messages: Draft.js in the older chat, a textarea in XChat.
const MESSAGES = '[data-testid="dmComposerTextInput"][contenteditable="true"], [data-testid="dmComposerTextInput"] [contenteditable="true"], textarea[data-testid="dm-composer-textarea"]';

export default {
  id: "x",
  label: SITE_LABELS.x,
  hosts: ["x.com", "twitter.com"],
  composeFields: '[data-testid^="tweetTextarea_"][contenteditable], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
  messageFields: MESSAGES,
  profileFields: 'textarea[name="description"], input[name="location"]',
  submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  post: 'article[data-testid="tweet"]',
  postText: '[data-testid="tweetText"]',
  menuOpeners: '[data-testid="retweet"]',
  endorse: [
    { action: "like", selector: '[data-testid="like"]' },
    { action: "repost", selector: '[data-testid="retweetConfirm"]' },
    { action: "quote", selector: '[role="menuitem"][href$="/compose/post"], [data-testid="quoteTweet"], [data-testid="quote"]' },
  ],
  // A reply box sits in a dialog or conversation that also shows the post being answered.
  replyTarget(field) {
    const scope = field.closest('[role="dialog"], [data-testid="inline_reply_offscreen"], [aria-label^="Timeline: Conversation"]');
    if (!scope) return null;
    const posts = scope.querySelectorAll(this.post);
    return posts.length ? posts[posts.length - 1] : null;
  },
  // Enter sends a direct message; a post or reply goes with Ctrl/Cmd+Enter (guarded everywhere).
  enterSubmits: kit.sendsOnEnter(MESSAGES),
  // Pictures: the composer's hidden media input and its "Add photos or video" button sit in the toolbar,
  // many levels above the Draft.js editor; the attached pictures show in [data-testid="attachments"];
  // Edit profile's avatar and banner inputs sit beside their "Add avatar/banner photo" buttons.
  pictures: {
    inputs: 'input[data-testid="fileInput"]',
    attach: '[aria-label="Add photos or video"]',
    previews: '[data-testid="attachments"] img',
    profilePhoto: '[aria-label="Add avatar photo"], [aria-label="Add banner photo"]',
    reach: 16,
  },
  handle(doc) {
    const el = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
    return el ? kit.handleFromText(el.textContent) : null;
  },
};
