// The popup's "last warnings": a short list kept in session storage, never on disk.
// Only rule ids, severities and messages are kept, never the text of a post.

export const HISTORY_LIMIT = 10;

export function entryFrom(event, now = Date.now()) {
  if (event.kind === "check") {
    return {
      kind: "check",
      time: now,
      site: event.site || "",
      action: event.action,
      verdict: event.answer.verdict,
      warnings: (event.answer.warnings || []).map((w) => ({ rule: w.rule, severity: w.severity, message: w.message, clause: w.clause || null })),
    };
  }
  return { kind: "decision", time: now, site: event.site || "", action: event.action, choice: event.choice, rules: event.rules || [] };
}

// Typing produces one answer per pause; a repeat of the newest entry's rules replaces it.
export function addEntry(history, entry, limit = HISTORY_LIMIT) {
  const list = Array.isArray(history) ? history.slice() : [];
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
