"""A pattern that is one alternation, its alternatives searched apart (pack/compile.py `alternatives`,
budget.py `_Bounded._apart`): it must find exactly what the whole pattern finds, match for match."""
from __future__ import annotations

import re

import pytest

from thinktwice.budget import Deadline, TimedPattern
from thinktwice.pack.compile import _needs_and_reach, alternatives
from thinktwice.text import hit_span


def _timed(pattern: str) -> TimedPattern:
    ways = alternatives(pattern)
    parts = tuple((f"t|{n}", TimedPattern(way, re.IGNORECASE, "t", analyse=_needs_and_reach))
                  for n, way in enumerate(ways)) if ways else None
    return TimedPattern(pattern, re.IGNORECASE, "t", analyse=_needs_and_reach, parts=parts)


def test_the_shapes_split_and_those_that_are_not():
    assert alternatives("cat|dog") == ["cat", "dog"]
    assert alternatives(r"(?<!@)\b(?P<hit>cat|dog)\b") == [r"(?<!@)\b(?P<hit>cat)\b", r"(?<!@)\b(?P<hit>dog)\b"]
    assert alternatives(r"\b(?P<hit>(?:cat|dog))(?!\w)") == [r"\b(?P<hit>(?:cat))(?!\w)", r"\b(?P<hit>(?:dog))(?!\w)"]
    assert alternatives(r"(?=[cd])(?:cat|d[|]og)") == ["(?=[cd])(?:cat)", "(?=[cd])(?:d[|]og)"]
    for whole in (r"big (?:cat|dog)", r"(?:cat|dog)s", r"(?:cat|dog)+", r"(cat|dog) \1", r"(?i)cat|dog",
                  r"(?:cat|dog) (?:one|two)", "cat", r"\(cat|dog\)x"):
        assert alternatives(whole) is None or whole == r"\(cat|dog\)x", whole
    assert alternatives(r"\(cat|dog\)x") == [r"\(cat", r"dog\)x"]      # escaped brackets are characters


@pytest.mark.parametrize("pattern, text", [
    ("foo bar|bar baz", "foo bar baz bar baz"),                   # the second's first match overlaps the first's
    (r"\b(?P<hit>ab|abc)\b", "abc ab abc"),                       # the first alternative wins where both start
    (r"(?P<hit>abc|ab)", "xabcab abab"),
    (r"(?<![\w@])(?P<hit>@\w+ is|\w+ is @\w+)", "@jo is here and sam is @jo, @kim is out"),
])
def test_alternatives_apart_find_what_the_whole_finds(pattern, text):
    timed = _timed(pattern)
    assert timed.parts is not None
    whole = re.compile(pattern, re.IGNORECASE)
    for long in (text, (text + " filler words here. ") * 120):      # short, and long enough for windows
        apart = list(timed.under(Deadline(None)).finditer(long))
        assert [m.span() for m in apart] == [m.span() for m in whole.finditer(long)]
        assert [hit_span(m) for m in apart] == [hit_span(m) for m in whole.finditer(long)]


def test_an_empty_match_leaves_the_search_to_the_whole_pattern():
    timed = _timed(r"(?P<hit>x*|y)")
    assert [m.span() for m in timed.under(Deadline(None)).finditer("axyx")] == \
        [m.span() for m in re.finditer(r"(?P<hit>x*|y)", "axyx")]


def test_every_split_pattern_of_the_pack_finds_what_it_finds_whole(engine):
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    scan = compiled.needs_scan()
    split = {rule_id: timed for rule_id, timed in compiled.patterns.items() if timed.parts}
    assert len(split) >= 10
    examples = [t for rule in engine.pack.rules for t in rule.should_warn + rule.should_not_warn]
    texts = examples + [" ".join(examples[i:i + 60]) for i in range(0, len(examples), 60)]
    matched = 0
    for text in texts:
        needs = scan.of(text)
        for rule_id, timed in split.items():
            whole = list(timed.compiled.finditer(text))
            if not needs.may_match(rule_id, timed):
                assert not whole
                continue
            for bounded in (timed.under(Deadline(None), may_match=True, fold=needs.folded,
                                        places=needs.places(rule_id), needs=needs), timed.under(Deadline(1000))):
                apart = list(bounded.finditer(text))
                assert [hit_span(m) for m in apart] == [hit_span(m) for m in whole], (rule_id, text)
                assert [m.span() for m in apart] == [m.span() for m in whole], (rule_id, text)
            matched += bool(whole)
    assert matched > 100


def test_alternatives_that_need_no_string_stay_together(engine):
    # two or more alternatives with no needed string would each search every text: kept whole
    timed = _timed(r"(?P<hit>\d+\s+\d+|cheap \d+)")
    timed.prepare()
    assert timed.parts is not None
    timed = _timed(r"(?P<hit>\d+\s+\d+|[£$]\d+)")
    timed.prepare()
    assert timed.parts is None
