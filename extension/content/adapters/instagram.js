// Instagram: comment textareas; Like/Share are role=button wrappers around named SVGs.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

const COMMENTS = 'textarea[aria-label^="Add a comment"], div[role="textbox"][contenteditable="true"][aria-label^="Add a comment"]';
const MESSAGES = 'div[role="textbox"][contenteditable="true"][aria-label^="Message"], textarea[placeholder^="Message"]';
const named = (label) => `div[role="button"]:has(> svg[aria-label="${label}"]), div[role="button"]:has(> div > svg[aria-label="${label}"]), button:has(svg[aria-label="${label}"])`;
export default {
  id: "instagram",
  label: SITE_LABELS.instagram,
  hosts: ["instagram.com"],
  composeFields: 'div[aria-label="Write a caption..."][contenteditable="true"]',
  commentFields: COMMENTS,
  messageFields: MESSAGES,
  profileFields: 'textarea#pepBio, textarea[name="biography"]',
  isSubmit: kit.buttonNamed(["Post", "Share"]),
  post: "article",
  postText: "h1, ._a9zs",
  endorse: [
    { action: "like", selector: named("Like") },
    { action: "share", selector: named("Share Post") },
  ],
  // Enter without Shift sends a comment (textarea or Lexical box) and a direct message.
  enterSubmits: kit.sendsOnEnter(`${COMMENTS}, ${MESSAGES}`),
  // Pictures: the Create new post dialog takes the files (a multipart form's input) two steps before its
  // caption box exists; "Change profile photo" has its own form on the Edit profile page.
  pictures: {
    composer: 'div[role="dialog"]:has(form[enctype="multipart/form-data"])',
    inputs: 'form[enctype="multipart/form-data"] input[type="file"]',
    previews: 'div[role="dialog"] img[src^="blob:"]',
    profilePhoto: 'form[enctype="multipart/form-data"] input[type="file"][accept="image/jpeg,image/png"], [title="Change profile photo"], button[title="Add a profile photo"]',
  },
  handle() {
    return null;
  },
};
