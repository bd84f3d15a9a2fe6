// The options page, in three steps: 1) the checker on this computer is found (running, being
// started, or not set up: then the one command to run), 2) ThinkTwice is paired with it (by itself
// through the native helper, or by hand with a pasted token), 3) organisation, role and official
// accounts. The page never sees a saved token: the worker only says whether one is set.
import { ask, MSG } from "../common/messages.js";
import { ROLE_LABELS, SITE_LABELS } from "../common/vocabulary.js";
import { pausedText, offSiteItems, pauseFor } from "../common/pause.js";

const $ = (id) => document.getElementById(id);
let state = null; // {settings, locked, sites, roles}
let checker = null; // the worker's last status answer

function option(value, label, selected) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  return o;
}

// One row of a site + text table: official accounts (handle) or other addresses (host).
function siteRow(siteId, value, locked, { placeholder, label }) {
  const tr = document.createElement("tr");
  const site = document.createElement("select");
  site.setAttribute("aria-label", "Site");
  for (const id of state.sites.filter((s) => s !== "generic")) site.append(option(id, SITE_LABELS[id] || id, id === siteId));
  const handle = document.createElement("input");
  handle.type = "text";
  handle.value = value || "";
  handle.placeholder = placeholder;
  handle.setAttribute("aria-label", label);
  const remove = document.createElement("button");
  remove.type = "button";
  remove.textContent = "Remove";
  remove.addEventListener("click", () => tr.remove());
  for (const el of [site, handle, remove]) el.disabled = locked;
  for (const el of [site, handle, remove]) {
    const td = document.createElement("td");
    td.append(el);
    tr.append(td);
  }
  return tr;
}

const accountRow = (site, handle, locked) => siteRow(site, handle, locked, { placeholder: "@handle", label: "Handle" });
const hostRow = (site, host, locked) => siteRow(site, host, locked, { placeholder: "social.example.ac.uk", label: "Address" });

function rows(tableId) {
  return Array.from($(tableId).querySelectorAll("tbody tr"))
    .map((tr) => ({ site: tr.querySelector("select").value, value: tr.querySelector("input").value.trim() }))
    .filter((r) => r.value);
}

// The organisations come from the checker, so the list fills once it is paired (and again after
// every Save or new pairing, without reloading the page).
async function fillOrgs(selected) {
  const select = $("org");
  const hint = $("org-hint");
  const keep = [option("", "Choose your organisation…", !selected)];
  const ready = checker && checker.connected && !checker.unpaired;
  const reply = ready ? await ask(MSG.ORGS) : { ok: false };
  if (!reply.ok) {
    if (selected) keep.push(option(selected, selected, true));
    select.replaceChildren(...keep);
    hint.hidden = false;
    hint.textContent = checker && checker.connected
      ? "The list of organisations appears once ThinkTwice is paired with the checker (step 2)."
      : "The list of organisations appears once the checker is running (step 1).";
    return;
  }
  select.replaceChildren(...keep, ...reply.orgs.map((org) => option(org.id, org.name || org.id, org.id === selected)));
  hint.hidden = true;
}

function show(el, text, level) {
  el.textContent = text;
  el.className = level || "";
}

const SOURCE = {
  automatic: "Paired automatically: nothing to type.",
  manual: "Paired with a token pasted by hand.",
  organisation: "Paired by your organisation's settings.",
};

// Steps 1 and 2 from the worker's status (see background/status.js).
function renderChecker(s) {
  checker = s;
  const summary = s.summary || { stage: "offline", level: "bad", text: "Checker offline", hint: s.error || "" };
  show($("summary"), summary.text, summary.level);
  const native = s.native || {};
  const running = s.connected;
  if (running) {
    const version = s.health && s.health.version ? ` (version ${s.health.version})` : "";
    show($("checker-status"), `Checker running at ${s.serviceUrl}${version}.`, "ok");
  } else {
    show($("checker-status"), summary.text, summary.level);
  }
  const dataDir = native.hello && native.hello.dataDir ? ` Its data is in ${native.hello.dataDir}.` : "";
  $("checker-hint").textContent = running ? (native.host === "found" ? `Found through ThinkTwice's helper, which starts it when needed.${dataDir}` : "") : summary.hint;
  const paired = running && !s.unpaired;
  $("setup-help").hidden = !(native.host === "missing" && !paired);
  $("checker-hint").hidden = !$("setup-help").hidden; // the help says it at more length
  $("step-checker").classList.toggle("done", running);

  if (paired) show($("pairing-status"), SOURCE[s.pairingSource] || "Paired.", "ok");
  else if (running) show($("pairing-status"), summary.hint ? `Not paired yet. ${summary.hint}` : "Not paired yet.", "warn");
  else show($("pairing-status"), "Not paired yet: the checker is not running.", "");
  $("step-pairing").classList.toggle("done", paired);
  // Pairing by hand is the fallback: open it when ThinkTwice cannot pair by itself.
  if (!paired && native.host === "missing") $("manual").open = true;
  if (s.pairingSource === "manual") $("manual").open = true;
}

async function lookForChecker() {
  show($("summary"), "Looking for the checker…", "");
  show($("checker-status"), "Looking for the checker (starting it if needed)…", "");
  $("retry").disabled = true;
  try {
    renderChecker(await ask(MSG.CONNECT));
  } finally {
    $("retry").disabled = false;
  }
  await fillOrgs(state.settings.org);
}

function render() {
  const { settings, locked } = state;
  $("policy-note").hidden = locked.length === 0;
  for (const el of document.querySelectorAll("[data-lock]")) el.hidden = !locked.includes(el.dataset.lock);
  $("serviceUrl").value = settings.serviceUrl;
  // The worker never sends the saved token back; it only says whether there is one.
  $("token").value = "";
  $("token").placeholder = settings.tokenSet ? "A token is saved (hidden)" : "";
  $("token-saved").hidden = !settings.tokenSet || locked.includes("token");
  $("forget-token").checked = false;
  const org = $("org");
  if (settings.org && ![...org.options].some((o) => o.value === settings.org)) org.append(option(settings.org, settings.org, true));
  org.value = settings.org;
  $("step-you").classList.toggle("done", Boolean(settings.org));
  const role = $("role");
  role.replaceChildren(...state.roles.map((r) => option(r, ROLE_LABELS[r] || r, r === settings.role)));
  const tbody = $("accounts").querySelector("tbody");
  tbody.replaceChildren(...settings.officialAccounts.map((a) => accountRow(a.site, a.handle, locked.includes("officialAccounts"))));
  $("hosts").querySelector("tbody").replaceChildren(...settings.siteHosts.map((h) => hostRow(h.site, h.host, locked.includes("siteHosts"))));
  const sites = $("sites");
  sites.querySelectorAll("label").forEach((l) => l.remove());
  for (const id of state.sites) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = `site-${id}`;
    box.dataset.site = id;
    box.checked = settings.sites[id] !== false;
    box.disabled = locked.includes("sites");
    label.append(box, SITE_LABELS[id] || id);
    sites.append(label);
  }
  for (const key of ["serviceUrl", "token", "org", "role"]) $(key).disabled = locked.includes(key);
  $("add-account").disabled = locked.includes("officialAccounts");
  $("add-host").disabled = locked.includes("siteHosts");
}

function collect() {
  const accounts = rows("accounts").map((r) => ({ site: r.site, handle: r.value }));
  const siteHosts = rows("hosts").map((r) => ({ site: r.site, host: r.value }));
  const sites = {};
  for (const box of document.querySelectorAll("[data-site]")) sites[box.dataset.site] = box.checked;
  return {
    serviceUrl: $("serviceUrl").value.trim(),
    token: $("token").value.trim(),
    org: $("org").value,
    role: $("role").value,
    officialAccounts: accounts,
    siteHosts,
    sites,
  };
}

// Tests what is in the form now (the address and the token just pasted), not the saved settings.
async function testConnection() {
  const out = $("connection");
  show(out, "Checking…", "");
  const s = await ask(MSG.TEST_CONNECTION, { serviceUrl: $("serviceUrl").value.trim(), token: $("token").value.trim() });
  if (!s.ok) return show(out, `Could not test: ${s.error}`, "bad");
  if (s.connected && !s.unpaired) {
    const rules = s.rules && s.rules.installed ? `, rules ${s.rules.installed.version}` : "";
    show(out, s.testedTyped ? `This token works with the checker at ${s.serviceUrl}${rules}. Press Save to keep it.` : `Connected to ${s.serviceUrl}${rules}.`, "ok");
  } else if (s.connected) {
    show(out, s.testedTyped ? "The checker is running but refused this token: copy it again from thinktwice token." : "The checker is running but needs the pairing token.", "warn");
  } else {
    show(out, `Nothing answers at ${s.serviceUrl}.`, "bad");
  }
}

// The pause and the sites switched off from the popup, each with a way back.
function renderPause(p) {
  if (!p.ok) return;
  const paused = pausedText(p.pausedUntil);
  show($("pause-state"), paused || (p.offSites.length ? "Checking what you post, except on the sites below." : "Checking what you post on every site."), paused ? "warn" : "");
  $("resume-row").hidden = !paused;
  $("resume").disabled = p.locked.includes("pausedUntil");
  $("off-sites").replaceChildren(...offSiteItems(p, renderPause));
  $("no-off-sites").hidden = p.offSites.length > 0;
}

// The rules the user chose not to be warned about, each with "Warn me again"; a rule the organisation
// always checks is said to be, and one the organisation's own list holds cannot be undone here.
function ignoredItem(r) {
  const li = document.createElement("li");
  li.dataset.rule = r.rule;
  const what = document.createElement("span");
  const name = document.createElement("strong");
  name.textContent = r.name;
  what.append(name);
  const about = [r.category, r.message].filter(Boolean).join(" · ");
  if (about) what.append(` ${about}`);
  li.append(what, " ");
  if (r.locked) {
    const note = document.createElement("span");
    note.className = "locked";
    note.textContent = "Always checked by your organisation";
    li.append(note);
  } else if (r.setByOrganisation) {
    const note = document.createElement("span");
    note.className = "locked";
    note.textContent = "Set by your organisation";
    li.append(note);
  } else {
    const again = document.createElement("button");
    again.type = "button";
    again.textContent = "Warn me again";
    again.setAttribute("aria-label", `Warn me again about ${r.name}`);
    again.addEventListener("click", async () => {
      again.disabled = true;
      const reply = await ask(MSG.WARN_AGAIN, { rule: r.rule });
      if (reply.ok) renderIgnored(reply);
      else again.disabled = false;
    });
    li.append(again);
  }
  return li;
}

function renderIgnored(reply) {
  if (!reply.ok) return;
  $("ignored-rules").replaceChildren(...reply.rules.map(ignoredItem));
  $("no-ignored").hidden = reply.rules.length > 0;
}

async function init() {
  ask(MSG.PAUSE_STATE).then(renderPause);
  ask(MSG.IGNORED_RULES).then(renderIgnored);
  $("resume").addEventListener("click", async () => renderPause(await pauseFor(null)));
  const reply = await ask(MSG.SETTINGS);
  if (!reply.ok) {
    $("saved").textContent = `Could not load settings: ${reply.error}`;
    return;
  }
  state = reply;
  render();
  $("retry").addEventListener("click", lookForChecker);
  $("add-account").addEventListener("click", () => {
    $("accounts").querySelector("tbody").append(accountRow("x", "", false));
  });
  $("add-host").addEventListener("click", () => {
    $("hosts").querySelector("tbody").append(hostRow("mastodon", "", false));
  });
  $("test").addEventListener("click", testConnection);
  $("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await ask(MSG.SAVE_SETTINGS, { changes: collect(), forgetToken: $("forget-token").checked });
    if (saved.ok) {
      state = { ...state, settings: saved.settings, locked: saved.locked };
      render();
      $("saved").textContent = "Saved.";
      renderChecker(await ask(MSG.STATUS));
      await fillOrgs(state.settings.org);
    } else {
      $("saved").textContent = `Not saved: ${saved.error}`;
    }
  });
  await lookForChecker();
}

init();
