// Threads: Lexical editors; buttons are role=button wrappers named by their SVG's aria-label.
import * as kit from "./kit.js";
import { SITE_LABELS } from "../../common/vocabulary.js";

const MESSAGES = 'div[role="textbox"][contenteditable="true"][aria-label^="Message"]';
const named = (label) => `div[role="button"]:has(svg[aria-label="${label}"])`;
export default {
  id: "threads",
  label: SITE_LABELS.threads,
  hosts: ["threads.net", "threads.com"],
  composeFields: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  messageFields: MESSAGES,
  profileFields: 'textarea[aria-label="Bio"], input[aria-label="Bio"]',
  isSubmit: kit.buttonNamed(["Post", "Reply"]),
  post: 'div[data-pressable-container="true"]',
  postText: 'div[dir="auto"] > span',
  menuOpeners: named("Repost"),
  endorse: [
    { action: "like", selector: named("Like") },
    { action: "repost", selector: '[role="menu"] [role="button"]:has(svg[aria-label="Repost"]), [role="menu"] [role="menuitem"]:has(svg[aria-label="Repost"])' },
    { action: "quote", selector: '[role="menu"] [role="button"]:has(svg[aria-label="Quote"]), [role="menu"] [role="menuitem"]:has(svg[aria-label="Quote"])' },
    { action: "share", selector: named("Share") },
  ],
  // Direct messages send on Enter; the composer and replies take Enter as a new line.
  enterSubmits: kit.sendsOnEnter(MESSAGES),
  // Pictures: the New thread dialog's "Attach media" opens its file input; previews are blob: images in it.
  pictures: {
    composer: 'div[role="dialog"]:has([data-lexical-editor="true"])',
    inputs: 'input[type="file"][accept*="image"]',
    attach: 'div[role="button"]:has(svg[aria-label="Attach media"]), div[role="button"][aria-label="Attach media"]',
  },
  handle() {
    return null;
  },
};
