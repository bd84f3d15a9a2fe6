// The comms team's page. Everything comes from the service's own API with the pairing token;
// texts are only ever put into the page as text nodes, never as HTML.
// The token lives in this variable only: never in the address (and so the browser's history), nor in
// storage. The user pastes it, or types the one-time code `thinktwice admin` prints, which
// POST /admin/session trades for it once.
"use strict";

let token = null;
const ONE_TIME_CODE = /^[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}$/;
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v; else if (k === "dataset") Object.assign(node.dataset, v); else node[k] = v;
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(method, path, body) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const err = new Error((data.error && data.error.message) || `HTTP ${response.status}`);
    err.status = response.status;
    throw err;
  }
  return data;
}

async function pair(event) {
  event.preventDefault();
  const value = $("pairing").value.trim();
  $("pairing").value = "";
  if (ONE_TIME_CODE.test(value)) {
    try {
      token = (await api("POST", "/admin/session", { code: value })).token;
    } catch (err) {
      showError(`The code was not accepted: ${err.message}`);
      return;
    }
  } else {
    token = value;
  }
  start();
}

function showError(message) {
  $("error").hidden = !message;
  $("error").textContent = message || "";
}

function fill(select, values, labels = {}) {
  select.replaceChildren(...values.map((v) => el("option", { value: v }, labels[v] || v)));
}

// -- checking a post -------------------------------------------------------------------------------
function highlight(text, warnings) {
  // Spans are UTF-16 offsets, as JavaScript strings count, so slice() gives exactly the warned words.
  const marks = [];
  for (const w of warnings) for (const s of w.spans) marks.push({ start: s.start, end: s.end, severity: w.severity, rule: w.rule });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;                                 // nested or overlapping: the outer one is shown
    out.push(document.createTextNode(text.slice(at, m.start)));
    out.push(el("mark", { class: m.severity, title: m.rule, dataset: { rule: m.rule } }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(document.createTextNode(text.slice(at)));
  $("highlighted").replaceChildren(...out);
  $("highlighted").hidden = false;
}

async function checkPost(event) {
  event.preventDefault();
  const text = $("text").value;
  const request = { text, action: $("action").value,
    context: { org: $("org").value, role: $("role").value, account: $("account").value } };
  try {
    const answer = await api("POST", "/v1/check", request);
    showError("");
    $("verdict").textContent = answer.warnings.length
      ? `Verdict: ${answer.verdict} (${answer.warnings.length} warning${answer.warnings.length > 1 ? "s" : ""}, rules ${answer.rules_version})`
      : `Verdict: ok, nothing to warn about (rules ${answer.rules_version})`;
    $("verdict").dataset.verdict = answer.verdict;
    highlight(text, answer.warnings);
    $("warnings").replaceChildren(...answer.warnings.map((w) => el("li", { dataset: { rule: w.rule } },
      el("span", { class: `sev ${w.severity}` }, w.severity), " ", el("strong", {}, w.message), el("br"),
      el("span", { class: "clause" }, `${w.clause.policy} ${w.clause.ref}: ${w.clause.title}`), el("br"),
      el("span", { class: "advice" }, `\u2192 ${w.advice}`),
      el("br"), el("span", { class: "muted" }, `${w.rule}: ${w.spans.map((s) => `\u201c${s.text}\u201d`).join(", ")}`))));
  } catch (err) {
    showError(`The check failed: ${err.message}`);
  }
}

// -- the installed pack ----------------------------------------------------------------------------
function describeOutcome(u) {
  if (!u) return "";
  const parts = [u.status.replaceAll("_", " ")];
  if (u.code) parts.push(`(${u.code})`);
  if (u.reason) parts.push(`\u2014 ${u.reason}`);
  if (u.checked_at) parts.push(`[${u.checked_at}]`);
  return parts.join(" ");
}

function showPack(rules) {
  const p = rules.installed;
  const signer = p.signer ? `${p.signer.name || "unnamed key"} (${p.signer.key_id})` : "none (the pack that came with ThinkTwice)";
  $("pack-line").textContent = `Rules ${p.version}, ${p.source || "bundled"}`;
  const facts = [["Version", p.version], ["Name", p.name], ["Source", p.source || "bundled"], ["Signed by", signer],
    ["Created", p.created], ["Installed", p.installed_at || "with the software"],
    ["Facts as of", Object.entries(p.as_of || {}).map(([k, v]) => `${k} ${v}`).join(", ")],
    ["Review by", Object.entries(p.review_by || {}).map(([k, v]) => `${k} ${v}`).join(", ")],
    ["Previous pack", rules.previous ? rules.previous.version : "none kept"],
    ["Update feed", (rules.updates && rules.updates.url) || "not configured"]];
  for (const e of rules.elections || []) facts.push(["Election", `${e.name}: ${e.start} to ${e.end}${e.open ? " (open now)" : ""}`]);
  $("pack-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", { dataset: { fact: k } }, v || "\u2014")]));
  const last = rules.last_update;
  $("last-update").replaceChildren(el("span", { class: `status-${last.status}` }, describeOutcome(last)));
  $("history").tBodies[0].replaceChildren(...(rules.history || []).map((h) => el("tr", { class: `status-${h.status}` },
    el("td", {}, h.checked_at + (h.times > 1 ? ` (\u00d7${h.times}, last ${h.last_seen})` : "")),
    el("td", {}, h.status.replaceAll("_", " ") + (h.code ? ` (${h.code})` : "")),
    el("td", {}, h.offered || "\u2014"), el("td", {}, h.reason || ""))));
}

async function checkForUpdate() {
  $("update-result").textContent = "Checking\u2026";
  try {
    const answer = await api("POST", "/v1/rules/update");
    showPack(answer);
    $("update-result").textContent = describeOutcome(answer.last_update);
  } catch (err) {
    $("update-result").textContent = err.message;
  }
}

// -- browsing ----------------------------------------------------------------------------------------
let clauseData = null;

function examplesList(rule) {
  return el("ul", { class: "examples" },
    ...rule.should_warn.map((t) => el("li", { class: "warn" }, t)),
    ...rule.should_not_warn.map((t) => el("li", { class: "quiet" }, t)));
}

function showClauses() {
  const org = clauseData.orgs.find((o) => o.id === $("browse-org").value) || clauseData.orgs[0];
  $("clauses").replaceChildren(...org.clauses.map((c) => el("details", { dataset: { clause: c.ref } },
    el("summary", {}, el("strong", {}, c.ref), ` ${c.title} `, el("span", { class: "muted" }, `${c.rules.length} rule${c.rules.length === 1 ? "" : "s"}`)),
    el("p", {}, c.summary),
    ...c.rules.map((r) => el("div", { class: "rule", dataset: { rule: r.id } },
      el("p", {}, el("code", {}, r.id), ` ${r.message} `, el("span", { class: "muted" }, r.source)), examplesList(r))))));
}

async function start() {
  if (!token) {
    $("pair").hidden = false;
    return;
  }
  try {
    const [orgs, rules, clauses] = await Promise.all([api("GET", "/v1/orgs"), api("GET", "/v1/rules"), api("GET", "/admin/clauses")]);
    clauseData = clauses;
    const names = Object.fromEntries(orgs.orgs.map((o) => [o.id, o.short_name]));
    fill($("org"), orgs.orgs.map((o) => o.id), names);
    fill($("browse-org"), orgs.orgs.map((o) => o.id), names);
    fill($("role"), rules.vocabulary.roles);
    fill($("account"), rules.vocabulary.accounts);
    fill($("action"), rules.vocabulary.actions);
    $("role").value = "volunteer";
    showPack(rules);
    showClauses();
    $("pair").hidden = true;
    $("main").hidden = false;
    showError("");
  } catch (err) {
    if (err.status === 401) {
      token = null;
      $("pair").hidden = false;
    }
    showError(`Cannot reach the service: ${err.message}`);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  // An address from an older `thinktwice admin` carried the token after #: it is not used, and is removed.
  if (location.hash) history.replaceState(null, "", location.pathname);
  $("check-form").addEventListener("submit", checkPost);
  $("update-button").addEventListener("click", checkForUpdate);
  $("browse-org").addEventListener("change", showClauses);
  $("pair-form").addEventListener("submit", pair);
  start();
});
