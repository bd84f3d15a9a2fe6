// The pause and "off on this site" switches as the popup and the options page show them, from the
// worker's pauseState answer (background/pause.js): what is paused, until when, and a way back.
import { ask, MSG } from "./messages.js";

function clock(time) {
  return new Date(time).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

// "Paused everywhere until 15:40" / "... until tomorrow, 00:00"; null when not paused.
export function pausedText(until, now = Date.now()) {
  if (!until || until <= now) return null;
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  return `Paused everywhere until ${sameDay ? "" : "tomorrow, "}${clock(until)}: nothing is checked or highlighted.`;
}

// The sites switched off, each with a button that turns it back on. onChange(state) after a change.
export function offSiteItems(state, onChange, tabId) {
  return state.offSites.map((site) => {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = site;
    const on = document.createElement("button");
    on.type = "button";
    on.textContent = "Turn back on";
    on.setAttribute("aria-label", `Turn ThinkTwice back on for ${site}`);
    on.disabled = state.locked.includes("offSites");
    on.addEventListener("click", async () => onChange(await ask(MSG.SWITCH_SITE, { site, off: false, tabId })));
    li.append(name, " ", on);
    return li;
  });
}

export function pauseFor(length, tabId) {
  return ask(MSG.PAUSE, { length, tabId });
}
