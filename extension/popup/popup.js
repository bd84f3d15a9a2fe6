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
  if (status.connected && !status.unpaired) {
    s.textContent = "Connected";
    s.className = "ok";
    const installed = status.rules && status.rules.installed;
    if (installed) {
      const created = installed.created ? `, ${String(installed.created).slice(0, 10)}` : "";
      $("rules").textContent = `Rules ${installed.version}${created}`;
    } else if (status.health) {
      $("rules").textContent = `Rules ${status.health.rules_version || "unknown"}`;
    }
  } else {
    s.textContent = status.unpaired ? "Not paired: add the pairing token in Options" : "Checker offline: posts are not being checked";
    s.className = "bad";
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
