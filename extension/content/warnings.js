// Pure helpers over the service's answer: severities, dismissals, wording.
import { ENDORSEMENTS, SEVERITY_RANK, rank } from "../common/vocabulary.js";

// A warning is identified within one post by its rule and the text it flags,
// so dismissing "Labour" does not dismiss a later "Tories" from the same rule.
function warningKey(warning) {
  const spans = (warning.spans || []).map((s) => s.text ?? `${s.start}-${s.end}`).join("|");
  // A picture's concern: which picture, and what was found in it.
  const picture = Number.isInteger(warning.image) ? `@picture${warning.image}:${warning.found ?? ""}` : "";
  return `${warning.rule}::${spans}${picture}`;
}

function activeWarnings(answer, dismissed) {
  if (!answer || !Array.isArray(answer.warnings)) return [];
  return answer.warnings
    .filter((w) => !(dismissed && dismissed.has(warningKey(w))))
    .sort((a, b) => rank(b.severity) - rank(a.severity));
}

// Post/Like needs a confirmation only for an unresolved caution or warning.
function needsConfirmation(answer, dismissed) {
  return activeWarnings(answer, dismissed).some((w) => rank(w.severity) >= SEVERITY_RANK.caution);
}

function highestSeverity(warnings) {
  let best = "ok";
  for (const w of warnings) if (rank(w.severity) > rank(best)) best = w.severity;
  return best;
}

function clauseLabel(clause, orgName) {
  if (!clause) return "";
  const who = orgName || clause.policy || "";
  const ref = clause.ref ? ` ${clause.ref}` : "";
  const title = clause.title ? ` — ${clause.title}` : "";
  return `${who} policy${ref}${title}`.trim();
}

function endorsementWords(action) {
  return ENDORSEMENTS[action] ?? { verb: action, anyway: "Go ahead" };
}

function summary(warnings) {
  const n = warnings.length;
  if (n === 0) return "ThinkTwice: no policy concerns.";
  const sev = highestSeverity(warnings);
  return `ThinkTwice: ${n} ${n === 1 ? "concern" : "concerns"} (highest: ${sev}) with this post.`;
}

function mailtoComms(contact, draft, warnings, site) {
  const email = contact && contact.email ? contact.email : "";
  const lines = [
    contact && contact.name ? `Hello ${contact.name},` : "Hello,",
    "",
    `I'd like a second opinion before posting this${site ? ` on ${site}` : ""}:`,
    "",
    draft,
    "",
    "ThinkTwice flagged:",
    ...warnings.map((w) => `- ${w.message}${w.clause && w.clause.ref ? ` (clause ${w.clause.ref})` : ""}`),
    "",
    "Thank you.",
  ];
  const subject = "Can I post this? (checked by ThinkTwice)";
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join("\n"))}`;
}

export { rank, warningKey, activeWarnings, needsConfirmation, highestSeverity, clauseLabel, endorsementWords, summary, mailtoComms };
