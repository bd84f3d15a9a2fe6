// Facebook: Lexical editors (role=textbox) and role=button divs named by aria-label.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

const COMMENTS = 'div[role="textbox"][contenteditable="true"][aria-label^="Write a comment"], div[role="textbox"][contenteditable="true"][aria-label^="Write a public comment"], div[role="textbox"][contenteditable="true"][aria-label^="Reply to"]';
// Messenger, on facebook.com's chat windows and on messenger.com.
const MESSAGES = 'div[role="textbox"][contenteditable="true"][aria-label^="Message"]';

export default {
  id: "facebook",
  label: SITE_LABELS.facebook,
  hosts: ["facebook.com", "fb.com", "messenger.com"],
  composeFields: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  commentFields: COMMENTS,
  messageFields: MESSAGES,
  profileFields: 'textarea[aria-label="Enter bio"], textarea[placeholder^="Describe who you are"]',
  submit: 'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Save"], div[role="button"][aria-label="Share now"]',
  post: 'div[role="article"], div[aria-posinset]',
  postText: 'div[data-ad-rendering-role="story_message"], div[data-ad-preview="message"], div[data-ad-comet-preview="message"]',
  menuOpeners: 'div[role="button"][aria-label^="Send this to friends"]',
  endorse: [
    { action: "like", selector: 'div[role="button"][aria-label="Like"]' },
    { action: "share", selector: 'div[role="button"][aria-label^="Share now"], div[role="menuitem"][aria-label^="Share now"]' },
  ],
  // Facebook sends a comment or a message when Enter is pressed without Shift.
  enterSubmits: kit.sendsOnEnter(`${COMMENTS}, ${MESSAGES}`),
  // Pictures: the Create post dialog is a form holding its Lexical editor and the "Photo/video" file input;
  // the profile and cover photos are uploaded from their own dialogs.
  pictures: {
    composer: 'form[method="POST"]:has([data-lexical-editor="true"]), div[role="dialog"]:has([data-lexical-editor="true"])',
    inputs: 'input[type="file"][accept*="image"]',
    attach: 'div[role="button"][aria-label="Photo/video"], div[role="button"][aria-label^="Attach a photo"]',
    profilePhoto: 'div[role="dialog"][aria-label="Update profile picture"], div[role="dialog"][aria-label="Update cover photo"], div[role="dialog"][aria-label="Choose profile picture"]',
  },
  handle() {
    return null;
  },
};
