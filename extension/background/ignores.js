// "Don't warn me about this again": the rules a user chose not to be warned about, kept in their
// own settings (storage.local, settings.ignoredRules), and the rules their organisation locks
// through browser policy (storage.managed, lockedRules; "*" locks every rule), which are always
// checked. The worker takes ignored rules out of every answer before a content script sees it.

export const RULE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const MAX_RULES = 500;

// A list of rule ids as stored or pushed by policy, or undefined when it is not a list.
export function cleanRules(list) {
  if (!Array.isArray(list)) return undefined;
  return [...new Set(list.filter((r) => typeof r === "string" && (r === "*" || RULE_ID.test(r))))].slice(0, MAX_RULES);
}

export function isLocked(settings, rule) {
  const locked = settings.lockedRules || [];
  return locked.includes("*") || locked.includes(rule);
}

// The answer as a content script gets it: without the warnings the user ignores (unless locked),
// locked warnings marked so the card offers no "don't warn me"; the verdict follows what is left.
export function withoutIgnored(answer, settings) {
  if (!answer || !Array.isArray(answer.warnings)) return answer;
  const ignored = new Set(settings.ignoredRules || []);
  const warnings = [];
  for (const w of answer.warnings) {
    const locked = isLocked(settings, w.rule);
    if (ignored.has(w.rule) && !locked) continue;
    warnings.push(locked ? { ...w, locked: true } : w);
  }
  if (warnings.length === answer.warnings.length && !warnings.some((w) => w.locked)) return answer;
  return { ...answer, warnings, verdict: warnings.length ? warnings[0].severity : "ok" };
}

// -> {ok, ignoredRules} with the rule added, or {ok: false, locked} when it may not be ignored.
export function ignoring(settings, rule, lockedKeys = []) {
  if (typeof rule !== "string" || !RULE_ID.test(rule)) return { ok: false, error: "not a rule id" };
  if (isLocked(settings, rule) || lockedKeys.includes("ignoredRules")) {
    return { ok: false, locked: true, error: "your organisation asks ThinkTwice always to check this" };
  }
  return { ok: true, ignoredRules: [...new Set([...(settings.ignoredRules || []), rule])] };
}
