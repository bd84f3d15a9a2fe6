"""The compile step's speed gates for rule patterns: the strings every match needs and how far one
match can look (its reach), and the windows a long text is searched in. Each must change no finding."""
from __future__ import annotations

import re

import pytest

from thinktwice.budget import Deadline, TimedPattern
from thinktwice.pack.compile import needed_strings, pattern_reach


@pytest.mark.parametrize("pattern, reach", [
    (r"vote", 4),
    (r"\bvote\s{1,3}labour\b", 4 + 3 + 6),
    (r"(?<=dear )[a-z]{1,20}", 5 + 20),
    (r"(?:a|bcd){2}", 6),
    (r"(?=x{0,9}y)z", 10 + 1),
])
def test_reach_counts_every_character_a_match_can_look_at(pattern, reach):
    assert pattern_reach(pattern) == reach


@pytest.mark.parametrize("pattern", [r"vote\s+labour", r"a.*b", r"(a)\1", r"x{2,}"])
def test_an_unbounded_pattern_has_no_reach(pattern):
    assert pattern_reach(pattern) is None


def _timed(pattern: str) -> TimedPattern:
    return TimedPattern(pattern, re.IGNORECASE, "test.rule", needs=needed_strings(pattern),
                        reach=pattern_reach(pattern))


FILLER = "the quick brown fox jumps over the lazy dog. " * 200


def test_a_long_text_is_searched_only_around_the_needed_strings():
    timed = _timed(r"(?<!\w)[A-Z][a-z]{1,20}\s{1,3}is\s{1,3}in\s{1,3}hospital\b")
    text = FILLER + "Maya is in hospital. " + FILLER
    windows = timed.windows(text)
    assert windows and len(windows) == 1
    start, end = windows[0]
    assert end - start < 200 and start <= text.index("Maya") and end >= text.index("hospital") + 8


@pytest.mark.parametrize("text", [
    FILLER + "Maya is in hospital. " + FILLER,
    "Maya is in hospital. " + FILLER,                # at the very start (a lookbehind at 0)
    FILLER + "Maya is in hospital",                   # at the very end
    FILLER + "xMaya is in hospital " + FILLER,        # the lookbehind sees the character before
    ("Sam is in hospital " + FILLER[:300]) * 12,      # many, some windows merged
    FILLER + "MAYA IS IN HOSPITAL" + FILLER,          # case-insensitive
])
def test_windows_find_exactly_what_the_whole_text_search_finds(text):
    timed = _timed(r"(?<!\w)[A-Z][a-z]{1,20}\s{1,3}is\s{1,3}in\s{1,3}hospital\b")
    whole = [m.span() for m in timed.compiled.finditer(text)]
    windowed = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert windowed == whole


def test_short_texts_common_needs_and_changed_lengths_search_the_whole_text():
    timed = _timed(r"\bthe\s{1,3}[a-z]{1,10}")
    assert timed.windows("short text with the word") is None          # short
    assert timed.windows(FILLER) is None                              # 'the' everywhere
    dotted = _timed(r"hospital\s{1,3}visit")
    assert dotted.windows("\u0130" * 3000 + " hospital visit") is not None   # İ folds to one letter
    assert _timed(r"a.*b").windows(FILLER) is None                    # no reach


def test_a_string_needed_at_a_word_start_is_not_looked_for_inside_words():
    """'rm' after \\b (or after a space) is searched around 'rm 12', not around every 'form' and 'term'."""
    timed = _timed(r"\b(?:rm|flat)\s{0,3}\d{1,3}\b")
    text = "fill in the form before the end of term. " * 100 + "she is in rm 12 tonight. " + \
        "fill in the form before the end of term. " * 100
    windows = timed.windows(text)
    assert windows and len(windows) == 1
    start, end = windows[0]
    assert start <= text.index("rm 12") < text.index("rm 12") + 5 <= end


def test_a_word_start_string_glued_to_a_word_is_still_found_when_the_pattern_allows_it():
    """Without \\b before it, 'rm' inside 'form' may be a match: it stays a place to search."""
    timed = _timed(r"(?:rm|flat)\d{1,3}")
    text = "nothing here. " * 300 + "form12" + " nothing here." * 300
    windows = timed.windows(text)
    assert windows and windows[0][0] <= text.index("form12") + 2 <= windows[0][1]
    assert [m.group() for m in timed.compiled.finditer(text)] == ["rm12"]


def _analysed(pattern: str) -> TimedPattern:
    from thinktwice.pack.compile import _needs_and_reach
    return TimedPattern(pattern, re.IGNORECASE, "test.rule", analyse=_needs_and_reach)


def test_a_window_reaches_before_and_after_a_needed_string_only_as_far_as_a_match_can():
    # the needed word ends the pattern: a match looks far before it, and only past its end after it
    timed = _analysed(r"\b[A-Z][a-z]{1,20}\s{1,3}(?:is|was)\s{1,3}in\s{1,3}hospital\b")
    text = FILLER + "Maya was in hospital. " + FILLER
    (start, end), = timed.windows(text)
    at = text.index("hospital")
    assert start <= text.index("Maya") and end >= at + len("hospital")
    assert at - start > 25 and end - (at + len("hospital")) < 25      # wide before, narrow after


@pytest.mark.parametrize("pattern", [
    r"\b[A-Z][a-z]{1,20}\s{1,3}(?:is|was)\s{1,3}in\s{1,3}hospital\b",
    r"(?=[a-z ]{0,60}tonight)\b[A-Z][a-z]{1,20}\s{1,3}(?:is|was)\s{1,3}in\s{1,3}hospital\b",   # a lookahead before
    r"(?<=dear )[a-z]{1,20}\s{1,3}hospital",
    r"hospital\s{1,3}(?:visit|stay)\s{1,3}for\s{1,3}[A-Z][a-z]{1,20}",
])
@pytest.mark.parametrize("text", [
    FILLER + "Maya was in hospital tonight. " + FILLER,
    "dear maya hospital stay for Sam " + FILLER + "Dear sam  hospital visit for Jo",
    ("Sam is in hospital tonight " + FILLER[:300]) * 12,
])
def test_windows_before_and_after_find_exactly_what_the_whole_text_search_finds(pattern, text):
    timed = _analysed(pattern)
    whole = [m.span() for m in timed.compiled.finditer(text)]
    assert [m.span() for m in timed.under(Deadline(None)).finditer(text)] == whole


_MANY_WORDS = ["useless", "joke", "shambles", "disgrace", "clowns", "embarrassing", "pathetic", "farce",
               "amateur", "hopeless", "incompetent", "waste"]


def test_a_pattern_needing_many_strings_is_gated_by_one_scan_that_finds_what_looking_for_each_finds():
    timed = _timed(r"\b(?:" + "|".join(_MANY_WORDS) + r")\b(?=.{0,40}\b(?:su|union)\b)")
    strings = timed.prepare()[5]
    assert len(strings) >= 8 and timed.prepare()[6] is not None          # the scanner, not the loop
    texts = ["The SU is a JOKE", "lusu are hopeless", "what a shambles", "nothing to see here", "",
             "wastewater plant", "the su is great", "Amateur hour at the SU 🙄", "İncompetent union"]
    for text in texts:
        folded = text.replace("\u0130", "i").lower()     # as a case-insensitive pattern reads it
        assert timed.may_match(text) == any(s in folded for s in strings), text


def test_a_pattern_needing_few_strings_keeps_looking_for_each():
    timed = _timed(r"\bvote\s(?:labour|tory)\b")
    assert timed.prepare()[6] is None
    assert timed.may_match("VOTE Labour") and not timed.may_match("Bake sale on Friday")


def test_one_scan_of_a_text_tells_every_pattern_what_its_own_check_would(engine):
    # compile.NeedsScan: every pattern's needed strings in one automaton, the text scanned once; each pattern
    # must get exactly the answer of its own may_match, both ways
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    scan = compiled.needs_scan()
    assert scan is not None and len(scan.wants) > 40
    texts = ["The SU is a JOKE", "Email me at jo@example.com or ring 07911 123456", "", "🙄🙄",
             "Happy birthday Sam! 21 today, born 3 March 2005", "İncompetent union, lol",
             "Proud to volunteer with the SU. Vote Labour on Thursday!", "ＶＯＴＥ labour", "sort code 12-34-56",
             *[text for rule in engine.pack.rules for text in rule.should_warn[:2] + rule.should_not_warn[:2]]]
    said = {True: 0, False: 0}
    for text in texts:
        needs = scan.of(text)
        for rule_id, timed in compiled.patterns.items():
            expected = timed.may_match(text)
            assert needs.may_match(rule_id, timed) == expected, (rule_id, text)
            said[expected] += rule_id in scan.wants
    assert said[True] > 100 and said[False] > 100


def test_a_pattern_needing_a_one_character_string_keeps_its_own_check(engine):
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    scan = compiled.needs_scan()
    for rule_id, timed in compiled.patterns.items():
        strings = timed.prepare()[5]
        assert (rule_id in scan.wants) == bool(strings and min(map(len, strings)) >= 2), rule_id


def test_no_scan_until_every_pattern_is_compiled():
    # until then the checks ask each compiled pattern itself (the warm-up thread compiles them after start)
    from thinktwice.engine import default_rules_dir
    from thinktwice.pack import load_pack

    compiled = load_pack(default_rules_dir()).compiled
    patterns = list(compiled.patterns.values())
    assert patterns and all(p._ready is None for p in patterns)
    for timed in patterns[:-1]:
        timed.prepare()
    assert compiled.needs_scan() is None
    patterns[-1].prepare()
    assert compiled.needs_scan() is not None
