// Reddit: shreddit web components; comment and post bodies are Lexical editors.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

export default {
  id: "reddit",
  label: SITE_LABELS.reddit,
  hosts: ["reddit.com"],
  composeFields: 'shreddit-composer div[contenteditable="true"][role="textbox"], textarea[name="title"], textarea[name="text"]',
  commentFields: 'comment-composer-host div[contenteditable="true"][role="textbox"], shreddit-composer[name="comment"] div[contenteditable="true"]',
  profileFields: 'textarea[name="publicDescription"], textarea#profile--description',
  submit: 'button[slot="submit-button"], button[type="submit"][form^="comment-composer"], button[data-testid="comment-submission-form-submit"], #submit-post-button',
  post: "shreddit-post, shreddit-comment",
  commentTarget(field) {
    return field.closest("shreddit-comment") || field.ownerDocument.querySelector("shreddit-post");
  },
  readPost(post) {
    const title = post.getAttribute("post-title") || "";
    const body = post.querySelector('[slot="text-body"], [slot="comment"], [id$="-post-rtjson-content"]');
    return [title, body ? body.textContent : ""].filter(Boolean).join("\n");
  },
  endorse: [
    { action: "like", selector: 'button[upvote]:not([aria-pressed="true"]), button[aria-label="Upvote"][aria-pressed="false"]' },
    { action: "share", selector: '[role="menuitem"][aria-label^="Crosspost"], a[slot="crosspost-button"]' },
  ],
  enterSubmits: kit.sendsOnEnter(null), // Enter is a new line here, unless a field says it sends
  // Pictures: shreddit's composers take images through their own file inputs (Images & Video tab,
  // a comment's image button); previews are the composer's blob: images.
  pictures: {
    composer: "shreddit-composer, shreddit-post-composer, r-post-composer-form, comment-composer-host",
    inputs: 'input[type="file"][accept*="image"]',
    attach: 'button[aria-label="Add image"], button[aria-label="Upload image"], button[aria-label="Insert image"]',
    profilePhoto: 'input[type="file"][name="avatar"], input[type="file"][name="banner"], [data-testid="avatar-upload"] input[type="file"]',
  },
  handle() {
    return null;
  },
};
