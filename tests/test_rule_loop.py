"""The rule loop's speed arrangements (detectors/detector.py, pack/compile.py): which rules a text visits,
and a long text folded once for every pattern's windows. Each must change nothing a check finds."""
from __future__ import annotations

from thinktwice.budget import folded
from thinktwice.detectors.detector import Detector, LexiconHits, _anywhere_ok
from thinktwice.text import Text


def _plainly(selection, present: dict, only=None) -> list:
    """The rules that can fire, by the definition: a lexicon rule when every lexicon it matches found
    something, any rule when its requires_anywhere lexicons found something and its unless_anywhere did not."""
    rules = [(i, r) for i, r in selection.always] + [e for v in selection.by_lexicon.values() for e in v] + \
        [e for v in selection.required_by.values() for e in v]
    chosen = {i: r for i, r in rules if all(m in present for m in r.match) and _anywhere_ok(r, present)}
    return [chosen[i] for i in sorted(chosen) if only is None or chosen[i].id in only]


def test_the_rules_a_text_visits_are_those_the_definition_gives(engine):
    compiled = engine.pack.compiled
    texts = [text for rule in engine.pack.rules for text in rule.should_warn[:2] + rule.should_not_warn[:1]]
    visited, passed = 0, 0
    for org in engine.pack.profiles:
        selection = compiled.plan(org).selection
        for text in texts[::3]:
            present = LexiconHits(compiled.matcher.find(Text(text), org)).by_name
            for sel in (selection, compiled.every_rule):
                got = Detector._candidates(sel, present, None)
                assert got == _plainly(sel, present), (org, text)
                only = frozenset(r.id for r in got[::2])
                assert Detector._candidates(sel, present, only) == _plainly(sel, present, only)
                visited += len(got)
                passed += len(sel.always) + sum(map(len, sel.by_lexicon.values())) - len(got)
    assert visited and passed        # both ways: rules visited, and rules passed over


def test_a_rule_whose_other_lexicon_is_missing_or_ruled_out_is_not_visited(engine):
    compiled = engine.pack.compiled
    selection = compiled.plan("lancaster-su").selection
    pairs = [r for v in selection.by_lexicon_rest.values() for _, r, rest, _ in v if rest]
    assert pairs
    rule = pairs[0]
    only_first = {rule.match[0]: [object()]}
    assert rule not in Detector._candidates(selection, only_first, None)
    every = {name: [object()] for name in rule.match}
    if not rule.requires_anywhere:
        assert rule in Detector._candidates(selection, every, None)
    gated = [r for _, r in selection.always_gated]
    if gated:
        ruled_out = {name: [object()] for name in gated[0].unless_anywhere}
        assert gated[0] not in Detector._candidates(selection, ruled_out, None)


def test_windows_from_a_text_folded_once_are_the_windows_of_the_text(engine):
    compiled = engine.pack.compiled
    long = ("Ring Sam on 07911 123456 after the SU meeting, İstanbul trip ＶＯＴＥ. " * 60 +
            "Happy birthday Jo, 21 today! " * 40)
    fold = folded(long)
    found = 0
    for timed in compiled.patterns.values():
        timed.prepare()
        assert timed.windows(long, fold) == timed.windows(long)
        found += timed.windows(long) is not None
    assert found


def test_one_scan_folds_the_text_once_for_every_pattern(engine):
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    needs = compiled.needs_scan().of("The SU is a JOKE İ")
    assert needs.folded == folded("The SU is a JOKE İ") and needs.folded is needs.folded


def test_windows_from_the_places_one_scan_read_are_the_windows_of_the_text(engine):
    # a long text's windows from where the scan found each needed string, not from looking for each in turn
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    scan = compiled.needs_scan()
    texts = [("Ring Sam on 07911 123456 after the SU meeting, İstanbul trip ＶＯＴＥ. " * 60 +
              "Happy birthday Jo, 21 today! The SU is a joke, honestly useless. " * 40),
             "the quick brown fox. " * 150, "Sam is in hospital again, poor Sam. " * 80]
    windowed = 0
    for text in texts:
        needs = scan.of(text)
        for rule_id, timed in compiled.patterns.items():
            if not needs.may_match(rule_id, timed):
                continue
            places = needs.places(rule_id)
            assert (places is None) == (rule_id not in scan.wants)
            assert timed.windows(text, needs.folded, places) == timed.windows(text), rule_id
            windowed += timed.windows(text) is not None and places is not None
    assert windowed
    assert scan.of("a short text, the SU").places(next(iter(scan.wants))) is None


def _prepared(engine):
    """The compiled pack with every pattern prepared, its needs scan, the rules and every rule's index."""
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    return compiled, compiled.needs_scan(), engine.pack.rules, list(range(len(engine.pack.rules)))


def test_the_pattern_rules_a_text_rules_out_are_those_whose_own_check_says_no(engine):
    # compile.TextNeeds.may_run: the pattern rules the one needs scan (or a pattern's own few strings) rules
    # out are left out of the rule loop; each must be exactly one whose own may_match is false, and a rule
    # whose may_match is true (or that is no pattern) must never be left out
    compiled, scan, rules, every = _prepared(engine)
    texts = ["The SU is a JOKE", "Email me at jo@example.com or ring 07911 123456", "", "🙄🙄", "@LUSU İ",
             "Happy birthday Sam! 21 today, born 3 March 2005", "Proud to volunteer with the SU. Vote Labour!",
             "Ring Sam on 07911 123456 after the SU meeting. " * 60,
             *[text for rule in rules for text in rule.should_warn[:2] + rule.should_not_warn[:2]]]
    left_out = {"scanned": 0, "own": 0}
    selection = compiled.plan("lancaster-su").selection
    for text in texts:
        needs = scan.of(text)
        kept = set(needs.may_run(every))
        for i, rule in enumerate(rules):
            timed = compiled.patterns.get(rule.id)
            if i not in kept:
                assert timed is not None and not timed.may_match(text), (rule.id, text)
                left_out["scanned" if rule.id in scan.wants else "own"] += 1
            elif timed is not None and (rule.id in scan.wants or (timed.prepare()[5] and len(timed.prepare()[5]) < 8)):
                assert timed.may_match(text), (rule.id, text)
        present = LexiconHits(compiled.matcher.find(Text(text), "lancaster-su")).by_name
        plain = Detector._candidates(selection, present, None)
        assert Detector._candidates(selection, present, None, None, needs) == \
            [r for r in plain if rules.index(r) in kept]
    assert left_out["scanned"] > 1000 and left_out["own"] > 100


def test_rules_left_out_of_the_loop_find_nothing_when_run(engine):
    # what the loop leaves out, its pattern searched over the whole text anyway, finds nothing
    compiled, scan, rules, every = _prepared(engine)
    searched = 0
    for text in [t for rule in rules if rule.regex for t in rule.should_warn[:1] + rule.should_not_warn[:1]]:
        kept = set(scan.of(text).may_run(every))
        for i in set(every) - kept:
            assert not compiled.patterns[rules[i].id].compiled.search(text), (rules[i].id, text)
            searched += 1
    assert searched > 1000
