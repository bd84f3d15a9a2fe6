import { ask, SITE_LABELS } from "../common/messages.js";

const $ = (id) => document.getElementById(id);
let state = null; // {settings, locked, sites, roles}

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

async function fillOrgs(selected) {
  const select = $("org");
  const reply = await ask("orgs");
  if (!reply.ok) {
    if (selected) select.append(option(selected, selected, true));
    $("connection").textContent = "Cannot list organisations: the checker is offline.";
    $("connection").className = "bad";
    return;
  }
  for (const org of reply.orgs) select.append(option(org.id, org.name || org.id, org.id === selected));
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
  const role = $("role");
  role.replaceChildren(...state.roles.map((r) => option(r, r, r === settings.role)));
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

async function testConnection() {
  const out = $("connection");
  out.textContent = "Checking…";
  out.className = "";
  const s = await ask("status");
  if (s.connected) {
    const rules = s.rules && s.rules.installed ? `, rules ${s.rules.installed.version}` : "";
    out.textContent = s.unpaired
      ? `Connected to ${s.serviceUrl}, but it needs the pairing token.`
      : `Connected to ${s.serviceUrl}${rules}.`;
    out.className = s.unpaired ? "bad" : "ok";
  } else {
    out.textContent = s.unpaired ? "The checker refused the pairing token." : `Offline: nothing answers at ${s.serviceUrl}.`;
    out.className = "bad";
  }
}

async function init() {
  const reply = await ask("settings");
  if (!reply.ok) {
    $("saved").textContent = `Could not load settings: ${reply.error}`;
    return;
  }
  state = reply;
  render();
  await fillOrgs(state.settings.org);
  $("add-account").addEventListener("click", () => {
    $("accounts").querySelector("tbody").append(accountRow("x", "", false));
  });
  $("add-host").addEventListener("click", () => {
    $("hosts").querySelector("tbody").append(hostRow("mastodon", "", false));
  });
  $("test").addEventListener("click", testConnection);
  $("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await ask("saveSettings", { changes: collect(), forgetToken: $("forget-token").checked });
    if (saved.ok) {
      state = { ...state, settings: saved.settings, locked: saved.locked };
      render();
      $("saved").textContent = "Saved.";
      testConnection();
    } else {
      $("saved").textContent = `Not saved: ${saved.error}`;
    }
  });
}

init();
