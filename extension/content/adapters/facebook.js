// Facebook: Lexical editors (role=textbox) and role=button divs named by aria-label.
import { SITE_LABELS } from "../../common/vocabulary.js";

export default {
  id: "facebook",
  label: SITE_LABELS.facebook,
  hosts: ["facebook.com", "fb.com"],
  composeFields: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  commentFields: 'div[role="textbox"][contenteditable="true"][aria-label^="Write a comment"], div[role="textbox"][contenteditable="true"][aria-label^="Write a public comment"], div[role="textbox"][contenteditable="true"][aria-label^="Reply to"]',
  profileFields: 'textarea[aria-label="Enter bio"], textarea[placeholder^="Describe who you are"]',
  submit: 'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Save"], div[role="button"][aria-label="Share now"]',
  post: 'div[role="article"], div[aria-posinset]',
  postText: 'div[data-ad-rendering-role="story_message"], div[data-ad-preview="message"], div[data-ad-comet-preview="message"]',
  menuOpeners: 'div[role="button"][aria-label^="Send this to friends"]',
  endorse: [
    { action: "like", selector: 'div[role="button"][aria-label="Like"]' },
    { action: "share", selector: 'div[role="button"][aria-label^="Share now"], div[role="menuitem"][aria-label^="Share now"]' },
  ],
  // Facebook sends a comment when Enter is pressed without Shift.
  enterSubmits(field) {
    return field.matches(this.commentFields);
  },
  handle() {
    return null;
  },
};
