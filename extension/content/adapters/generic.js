// Any other site: plain forms, textareas and contenteditables, and the most
// common accessible names for endorsement buttons. Forms are guarded through
// their submit event, so no Post button selector is needed here.
import * as kit from "./kit.js";

export default {
  id: "generic",
  label: "Other sites", // how the card and the comms email name the site (the options list it as SITE_LABELS.generic)
  hosts: [],
  post: 'article, [role="article"]',
  endorse: [
    { action: "like", selector: 'button[aria-label="Like"], [role="button"][aria-label="Like"], button[data-action="like"]' },
    { action: "share", selector: 'button[aria-label="Share"], [role="button"][aria-label="Share"], button[data-action="share"]' },
    { action: "repost", selector: 'button[aria-label="Repost"], [role="button"][aria-label="Repost"], button[data-action="repost"]' },
    { action: "quote", selector: 'button[aria-label="Quote"], [role="button"][aria-label="Quote"], button[data-action="quote"]' },
  ],
  // Only a field that says it sends on Enter (enterkeyhint="send"); elsewhere Enter is a new line.
  enterSubmits: kit.sendsOnEnter(null),
  handle() {
    return null;
  },
};
