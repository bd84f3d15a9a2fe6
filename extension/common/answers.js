// One answer from several parts' warnings (the text's and the pictures'), used by the worker when it
// merges a check's pictures and by the content script when the text's answer and the pictures' arrive
// apart: most severe first, in the order given at the same severity; a like's or share's endorsement
// warning once, for the whole post.
import { rank } from "./vocabulary.js";

// warnings: in the order they should keep at a severity -> {verdict, warnings, rules_version}.
export function orderedAnswer(warnings, rulesVersion) {
  const endorsed = new Set();
  const kept = warnings.filter((w) => {
    if (w.category !== "endorsement") return true;
    if (endorsed.has(w.rule)) return false;
    endorsed.add(w.rule);
    return true;
  });
  const ordered = kept.map((w, i) => [w, i]).sort((a, b) => rank(b[0].severity) - rank(a[0].severity) || a[1] - b[1]).map(([w]) => w);
  let verdict = "ok";
  for (const w of ordered) if (rank(w.severity) > rank(verdict)) verdict = w.severity;
  return { verdict, warnings: ordered, rules_version: rulesVersion || null };
}
