import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContentScripts } from "./support/load.mjs";

const TT = await loadContentScripts();
const W = TT.warnings;

const political = {
  rule: "political.party",
  category: "political",
  severity: "warning",
  message: "Party-political content on an official account.",
  advice: "Remove the party reference.",
  clause: { policy: "lancaster-su", ref: "6.7", title: "Political activity" },
  spans: [{ start: 5, end: 11, text: "Labour" }],
};
const note = { rule: "tone.caps", category: "tone", severity: "info", message: "Lots of capitals.", spans: [] };
const answer = { verdict: "warning", warnings: [note, political] };

test("active warnings come highest severity first and leave out dismissed ones", () => {
  assert.deepEqual(W.activeWarnings(answer, new Set()).map((w) => w.rule), ["political.party", "tone.caps"]);
  const dismissed = new Set([W.warningKey(political)]);
  assert.deepEqual(W.activeWarnings(answer, dismissed).map((w) => w.rule), ["tone.caps"]);
});

test("only an unresolved caution or warning asks for confirmation", () => {
  assert.equal(W.needsConfirmation(answer, new Set()), true);
  assert.equal(W.needsConfirmation(answer, new Set([W.warningKey(political)])), false);
  assert.equal(W.needsConfirmation({ verdict: "info", warnings: [note] }, null), false);
  assert.equal(W.needsConfirmation({ verdict: "ok", warnings: [] }, null), false);
  assert.equal(W.needsConfirmation(null, null), false);
});

test("dismissing one flagged word does not dismiss the same rule on another word", () => {
  const other = { ...political, spans: [{ start: 20, end: 26, text: "Tories" }] };
  assert.notEqual(W.warningKey(political), W.warningKey(other));
});

test("the clause label names the organisation, reference and title", () => {
  assert.equal(W.clauseLabel(political.clause, "Lancaster University Students' Union"), "Lancaster University Students' Union policy 6.7 — Political activity");
  assert.equal(W.clauseLabel(political.clause), "lancaster-su policy 6.7 — Political activity");
});

test("the comms email is addressed to the organisation's contact and carries the draft", () => {
  const url = W.mailtoComms({ name: "Comms Team", email: "comms@lancastersu.example" }, "Vote Labour & win", [political], "X (Twitter)");
  assert.ok(url.startsWith("mailto:comms@lancastersu.example?subject="));
  const body = decodeURIComponent(url.split("&body=")[1]);
  assert.ok(body.includes("Hello Comms Team,"));
  assert.ok(body.includes("Vote Labour & win"));
  assert.ok(body.includes("(clause 6.7)"));
  assert.ok(body.includes("on X (Twitter)"));
});

test("endorsement wording follows the action", () => {
  assert.equal(W.endorsementWords("repost").anyway, "Repost anyway");
  assert.equal(W.endorsementWords("like").verb, "like");
});

test("the mirror overlay splits text into runs marked with the highest severity and the warnings under them", () => {
  const runs = TT.overlay.runs("Vote Labour now", [
    { start: 0, end: 11, severity: "info", key: "a" },
    { start: 5, end: 11, severity: "warning", key: "b" },
  ]);
  assert.deepEqual(runs, [
    { text: "Vote ", severity: "info", keys: ["a"] },
    { text: "Labour", severity: "warning", keys: ["b", "a"] },
    { text: " now", severity: null, keys: [] },
  ]);
});
