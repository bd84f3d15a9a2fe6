// "Don't warn me about this again" (issue 16): ignored rules leave answers, locked ones never do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { backgroundModule } from "./support/load.mjs";

const { withoutIgnored, ignoring, cleanRules } = await backgroundModule("ignores.js");
const { merge } = await backgroundModule("settings.js");

const ANSWER = {
  verdict: "warning",
  warnings: [
    { rule: "political.party-endorsement", severity: "warning", message: "Backs a party (Vote Labour).", spans: [] },
    { rule: "offensive.obscenity", severity: "caution", message: "Contains an obscenity (c*nt).", spans: [] },
  ],
  rules_version: "x",
};

test("an ignored rule leaves the answer and the verdict follows what is left", () => {
  const { settings } = merge({ ignoredRules: ["political.party-endorsement"] }, {});
  const shown = withoutIgnored(ANSWER, settings);
  assert.deepEqual(shown.warnings.map((w) => w.rule), ["offensive.obscenity"]);
  assert.equal(shown.verdict, "caution");
  assert.equal(ANSWER.warnings.length, 2, "the cached answer is not changed");
  assert.equal(withoutIgnored(ANSWER, merge({}, {}).settings), ANSWER, "nothing ignored: the same answer");
});

test("a rule the organisation locks is never ignored, and is marked so the card does not offer it", () => {
  const { settings, locked } = merge({ ignoredRules: ["political.party-endorsement"] }, { lockedRules: ["political.party-endorsement"] });
  const shown = withoutIgnored(ANSWER, settings);
  assert.deepEqual(shown.warnings.map((w) => [w.rule, Boolean(w.locked)]), [["political.party-endorsement", true], ["offensive.obscenity", false]]);
  assert.equal(ignoring(settings, "political.party-endorsement", locked).locked, true);
  assert.deepEqual(ignoring(settings, "offensive.obscenity", locked), { ok: true, ignoredRules: ["political.party-endorsement", "offensive.obscenity"] });
  const all = merge({}, { lockedRules: ["*"] });
  assert.equal(ignoring(all.settings, "offensive.obscenity", all.locked).locked, true);
  const pushed = merge({}, { ignoredRules: [] });
  assert.equal(ignoring(pushed.settings, "offensive.obscenity", pushed.locked).locked, true, "a list set by policy cannot change");
});

test("only rule ids are kept: no text can be stored as an ignored rule", () => {
  assert.deepEqual(cleanRules(["offensive.obscenity", "Call 07700 900123", 7, "offensive.obscenity"]), ["offensive.obscenity"]);
  assert.equal(ignoring(merge({}, {}).settings, "my phone 07700").ok, false);
  assert.deepEqual(merge({ ignoredRules: "offensive.obscenity" }, {}).settings.ignoredRules, []);
});

test("'Warn me again' takes one rule off the list, unless the organisation sets the list", async () => {
  const { unignoring, ruleName } = await backgroundModule("ignores.js");
  const mine = merge({ ignoredRules: ["offensive.obscenity", "political.party-endorsement"] }, {});
  assert.deepEqual(unignoring(mine.settings, "offensive.obscenity", mine.locked), { ok: true, ignoredRules: ["political.party-endorsement"] });
  assert.equal(unignoring(mine.settings, "not a rule").ok, false);
  const pushed = merge({}, { ignoredRules: ["offensive.obscenity"] });
  assert.equal(unignoring(pushed.settings, "offensive.obscenity", pushed.locked).locked, true);
  assert.equal(ruleName("personal-data.phone"), "Personal data: phone");
  assert.equal(ruleName("conduct.insult-person"), "Conduct: insult person");
});
