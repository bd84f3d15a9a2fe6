import { ask, MSG } from "../common/messages.js";
import { ROLE_LABELS, SITE_LABELS } from "../common/vocabulary.js";
import { pausedText, offSiteItems, pauseFor } from "../common/pause.js";

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let tabId = null; // the tab the popup was opened over

function when(time) {
  return new Date(time).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

const CHOICES = { post: "you went ahead", edit: "you edited", comms: "you asked the comms team", cancel: "you cancelled", ignore: "you chose not to be warned again" };

function entryItem(entry) {
  const li = document.createElement("li");
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = `${when(entry.time)} · ${SITE_LABELS[entry.site] || entry.site} · ${entry.action}`;
  li.append(meta);
  if (entry.kind === "decision") {
    const p = document.createElement("div");
    p.textContent = `${CHOICES[entry.choice] || entry.choice} (${entry.rules.join(", ")})`;
    li.append(p);
    return li;
  }
  // Rule ids, severities and clause numbers only: the history never keeps the flagged words.
  for (const w of entry.warnings) {
    const p = document.createElement("div");
    const sev = document.createElement("span");
    sev.className = `sev ${w.severity}`;
    sev.textContent = w.severity;
    const ref = w.clause ? ` (clause ${w.clause})` : "";
    p.append(sev, ` ${w.rule}${ref}`);
    li.append(p);
  }
  return li;
}

// "Lancaster University Students' Union · Elected officer": names from the checker's list of
// organisations and the extension's role names; the ids only while the checker cannot be asked.
async function showWho(settings) {
  const { org, role } = settings;
  if (!org) {
    $("who").textContent = "Choose your organisation in Options.";
    return;
  }
  const reply = await ask(MSG.ORG);
  const name = reply.ok && reply.org ? reply.org.name : org;
  $("who").textContent = `${name} · ${ROLE_LABELS[role] || role}`;
}

// The pause switches: paused everywhere (until when, and Resume), the active tab's site, and every
// site switched off, each with a way back.
function showPause(state) {
  if (!state.ok) {
    $("pause-state").textContent = `Could not read the pause: ${state.error}`;
    return;
  }
  const paused = pausedText(state.pausedUntil);
  const siteOff = state.site && state.offSites.includes(state.site);
  $("pause-state").textContent = paused || (siteOff ? `Off on ${state.site}: nothing there is checked.` : "Checking what you post on every site.");
  $("pause-state").className = paused || siteOff ? "warn" : "";
  $("resume-row").hidden = !paused;
  $("pause-row").hidden = Boolean(paused);
  const pauseLocked = state.locked.includes("pausedUntil");
  for (const id of ["resume", "pause-hour", "pause-tomorrow"]) $(id).disabled = pauseLocked;
  $("site-row").hidden = !state.site;
  $("site-name").textContent = state.site || "";
  $("site-off").checked = Boolean(siteOff);
  $("site-off").disabled = state.locked.includes("offSites");
  $("off-title").hidden = state.offSites.length === 0;
  $("off-sites").replaceChildren(...offSiteItems(state, showPause, tabId));
}

async function activeTab() {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab && Number.isInteger(tab.id) ? tab.id : null;
  } catch {
    return null;
  }
}

async function init() {
  tabId = await activeTab();
  // The switches first: the checker's status can take seconds when it has to be started.
  const settings = ask(MSG.SETTINGS).then((reply) => reply.ok && showWho(reply.settings));
  const pause = ask(MSG.PAUSE_STATE, { tabId }).then(showPause);
  const history = ask(MSG.HISTORY).then((reply) => {
    const list = reply.ok ? reply.history : [];
    $("history").replaceChildren(...list.map(entryItem));
    $("empty").hidden = list.length > 0;
  });
  const status = await ask(MSG.STATUS);
  const s = $("status");
  // One line from the worker (background/status.js): "Checker running · paired · rules …", "not paired
  // yet", "Starting the checker…", "Checker not found on this computer"; and what to do about it.
  const summary = status.summary || { level: "bad", text: "Checker offline: posts are not being checked", hint: status.error || "" };
  s.textContent = summary.text;
  s.className = summary.level;
  $("hint").textContent = summary.level === "ok" ? "" : summary.hint;
  const installed = status.rules && status.rules.installed;
  if (installed && installed.created) {
    $("rules").textContent = `Rules ${installed.version}, ${String(installed.created).slice(0, 10)}`;
  }
  await Promise.all([settings, pause, history]);
}

$("pause-hour").addEventListener("click", async () => showPause(await pauseFor("hour", tabId)));
$("pause-tomorrow").addEventListener("click", async () => showPause(await pauseFor("tomorrow", tabId)));
$("resume").addEventListener("click", async () => showPause(await pauseFor(null, tabId)));
$("site-off").addEventListener("change", async (event) => {
  const site = $("site-name").textContent;
  showPause(await ask(MSG.SWITCH_SITE, { site, off: event.target.checked, tabId }));
});

init();
