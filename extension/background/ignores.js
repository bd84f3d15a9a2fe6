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

// -> {ok, ignoredRules} without the rule ("Warn me again" in the options page), or {ok: false, locked}
// when the organisation has set the list itself.
export function unignoring(settings, rule, lockedKeys = []) {
  if (typeof rule !== "string" || !RULE_ID.test(rule)) return { ok: false, error: "not a rule id" };
  if (lockedKeys.includes("ignoredRules")) return { ok: false, locked: true, error: "your organisation sets this list" };
  return { ok: true, ignoredRules: (settings.ignoredRules || []).filter((r) => r !== rule) };
}

// "political.party-endorsement" -> "Political: party endorsement", for a rule the pack no longer has.
export function ruleName(rule) {
  const [group, ...rest] = rule.split(".");
  const words = (s) => s.replace(/[-_:]+/g, " ").trim();
  const head = words(group);
  const tail = words(rest.join(" "));
  const name = tail ? `${head}: ${tail}` : head;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// A pack message names the words found as "({match})"; listed apart from any post, it says none.
function withoutMatch(message) {
  return message.replace(/\s*\(\{match\}\)/g, "").replace(/\{match\}/g, "…");
}

// The rules the user ignores as the options page lists them: each with a readable name, the pack's
// message and category when the checker's rule list (GET /v1/rules) is at hand, and whether it can
// be undone there (not when the organisation sets the list) or is checked anyway (locked).
export function ignoredList(settings, packRules = [], lockedKeys = []) {
  const known = new Map((packRules || []).filter((r) => r && typeof r.id === "string").map((r) => [r.id, r]));
  const listLocked = lockedKeys.includes("ignoredRules");
  return (settings.ignoredRules || []).map((rule) => {
    const r = known.get(rule);
    return {
      rule,
      name: ruleName(rule),
      message: r && typeof r.message === "string" ? withoutMatch(r.message) : null,
      category: r && typeof r.category === "string" ? r.category : null,
      locked: isLocked(settings, rule),
      setByOrganisation: listLocked,
    };
  });
}
