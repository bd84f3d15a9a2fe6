import { ask, SITE_LABELS } from "../common/messages.js";

const $ = (id) => document.getElementById(id);

function when(time) {
  return new Date(time).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

const CHOICES = { post: "you went ahead", edit: "you edited", comms: "you asked the comms team", cancel: "you cancelled" };

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

async function init() {
  const [status, settings, history] = await Promise.all([ask("status"), ask("settings"), ask("history")]);
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
  if (settings.ok) {
    const { org, role } = settings.settings;
    $("who").textContent = org ? `${org} · ${role}` : "Choose your organisation in Options.";
  }
  const list = history.ok ? history.history : [];
  $("history").replaceChildren(...list.map(entryItem));
  $("empty").hidden = list.length > 0;
}

init();
