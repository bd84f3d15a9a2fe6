// The popup's "last warnings": a short list kept in session storage, never on disk (and, like
// all session storage, out of content scripts' reach). Only the time, site, action, rule ids,
// severities and clause numbers are kept: never the text of a post and never a warning's
// message, which can quote the flagged words (a phone number, an email address).

import { SEVERITIES, SEVERITY_RANK } from "../common/vocabulary.js";

export const HISTORY_LIMIT = 10;

const VERDICTS = new Set(Object.keys(SEVERITY_RANK));
const RULE = /^[A-Za-z0-9_.:-]{1,100}$/;

const str = (v, max = 40) => (typeof v === "string" ? v.slice(0, max) : "");
const rule = (v) => (typeof v === "string" && RULE.test(v) ? v : null);

function warningEntry(w) {
  const ref = w && w.clause && (typeof w.clause === "object" ? w.clause.ref : w.clause);
  return {
    rule: rule(w && w.rule) || "unknown",
    severity: SEVERITIES.includes(w && w.severity) ? w.severity : "info",
    clause: typeof ref === "string" || typeof ref === "number" ? String(ref).slice(0, 20) : null,
  };
}

// Keeps only the fields above, whatever the entry came from (also entries an older version stored).
export function sanitise(entry) {
  if (!entry || typeof entry !== "object") return null;
  const base = { time: Number.isFinite(entry.time) ? entry.time : 0, site: str(entry.site), action: str(entry.action) };
  if (entry.kind === "check") {
    return {
      kind: "check",
      ...base,
      verdict: VERDICTS.has(entry.verdict) ? entry.verdict : "ok",
      warnings: (Array.isArray(entry.warnings) ? entry.warnings : []).slice(0, 32).map(warningEntry),
    };
  }
  if (entry.kind === "decision") {
    return { kind: "decision", ...base, choice: str(entry.choice), rules: (Array.isArray(entry.rules) ? entry.rules : []).map(rule).filter(Boolean).slice(0, 32) };
  }
  return null;
}

export function entryFrom(event, now = Date.now()) {
  if (event.kind === "check") {
    return sanitise({ kind: "check", time: now, site: event.site, action: event.action, verdict: event.answer.verdict, warnings: event.answer.warnings || [] });
  }
  return sanitise({ kind: "decision", time: now, site: event.site, action: event.action, choice: event.choice, rules: event.rules || [] });
}

// Typing produces one answer per pause; a repeat of the newest entry's rules replaces it.
export function addEntry(history, entry, limit = HISTORY_LIMIT) {
  const list = (Array.isArray(history) ? history : []).map(sanitise).filter(Boolean);
  const head = list[0];
  const sameAsHead =
    head && entry.kind === "check" && head.kind === "check" && head.site === entry.site && head.action === entry.action &&
    JSON.stringify(head.warnings.map((w) => w.rule)) === JSON.stringify(entry.warnings.map((w) => w.rule));
  if (sameAsHead) list[0] = entry;
  else list.unshift(entry);
  return list.slice(0, limit);
}

let queue = Promise.resolve();

// Writes one after another, so two quick answers cannot overwrite each other's entry.
export function pushHistory(storageArea, event) {
  queue = queue
    .then(async () => {
      const { history } = await storageArea.get("history");
      await storageArea.set({ history: addEntry(history, entryFrom(event)) });
    })
    .catch(() => {});
  return queue;
}

export async function readHistory(storageArea) {
  const { history } = await storageArea.get("history");
  return (Array.isArray(history) ? history : []).map(sanitise).filter(Boolean);
}
