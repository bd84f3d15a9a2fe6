"""An unbounded run of white space in a pattern ('\\s+', '\\s*', ' +') takes no more than the text's longest run
of white space, so such a pattern has a reach in each text (pack/compile.py `_span`, budget.longest_white_run)
and a long text is searched in its windows: it must change no finding, however long the runs."""
from __future__ import annotations

import random
import re

import pytest

from thinktwice.budget import Deadline, TimedPattern, longest_white_run
from thinktwice.pack.compile import _needs_and_reach, _parsed, _span, pattern_reach


@pytest.mark.parametrize("pattern, span", [
    (r"vote\s+labour", (10, 1)),
    (r"vote\s*labour", (10, 1)),
    (r"vote +labour", (10, 1)),
    (r"vote[ \t]+labour", (10, 1)),
    (r"(?:\s+x){2}", (2, 2)),
    (r"(?:a\s+b|c\s+d\s+e)", (3, 2)),           # the widest of the ways, part by part
    (r"(?<=dear\s)\s*[a-z]{1,20}", (25, 1)),
    (r"vote\s{1,3}labour", (13, 0)),
])
def test_a_run_of_white_space_counts_as_the_texts_longest(pattern, span):
    assert _span(_parsed(pattern)) == span


@pytest.mark.parametrize("pattern", [r"vote\S+labour", r"a.*b", r"a[\s,]+b", r"(?:a\s)+b", r"(a)\1"])
def test_any_other_unbounded_repeat_has_no_reach(pattern):
    assert _span(_parsed(pattern)) is None


def test_pattern_reach_still_counts_only_characters():
    assert pattern_reach(r"vote\s+labour") is None and pattern_reach(r"vote\s{1,3}labour") == 13


def test_the_longest_run_is_read_as_either_regex_engine_reads_white_space():
    assert longest_white_run("a b") == 1
    assert longest_white_run("a  \t\n b c") == 5
    assert longest_white_run("a\x1c\x1d\x1e\x1fb") == 4         # str.isspace, so `re`'s \s
    assert longest_white_run("a\u2003\u00a0b") == 2
    assert longest_white_run("abc") == 0


def _timed(pattern: str) -> TimedPattern:
    return TimedPattern(pattern, re.IGNORECASE, "test.rule", analyse=_needs_and_reach)


FILLER = "the quick brown fox jumps over the lazy dog. " * 60


@pytest.mark.parametrize("gap", [" ", "\n\n", " " * 300, "\t \n" * 200])
def test_a_match_across_a_long_run_is_found_in_the_windows(gap):
    timed = _timed(r"\bvote\s+labour\b")
    text = FILLER[:1_200] + f" vote{gap}labour " + FILLER
    windows = timed.windows(text)
    assert windows is not None or len(gap) > 100                 # too wide a run: the whole text
    found = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert found == [m.span() for m in timed.compiled.finditer(text)] and len(found) == 1


def test_every_spanned_pattern_finds_in_windows_what_it_finds_whole_with_runs_widened(engine):
    """Rule examples joined into 1,200-1,990- and 8,000-character posts, some of their spaces widened into runs of
    white space of up to 40: each pattern of the pack with a run of white space in its reach finds, through the
    needs scan and its windows, exactly what the whole text's search finds."""
    compiled = engine.pack.compiled
    spanned = {}
    for rule_id, timed in compiled.patterns.items():
        timed.prepare()
        if any(t.reach and t.reach[1] for t in [timed, *(p for _, p in timed.parts or ())]):
            spanned[rule_id] = timed
    assert len(spanned) >= 8
    scan = compiled.needs_scan()
    rng = random.Random(16)
    examples = [t for rule in engine.pack.rules if rule.id in spanned for t in rule.should_warn + rule.should_not_warn]
    others = [t for rule in engine.pack.rules for t in rule.should_warn]
    windowed = matched = 0
    for longest in (1_990, 8_000):
        rng.shuffle(examples)
        for start in range(0, len(examples), 12):
            parts = examples[start:start + 12] + rng.sample(others, 12)
            rng.shuffle(parts)
            post = " ".join(parts)
            post = re.sub(" ", lambda m: rng.choice([" "] * 8 + ["  ", "\n\n", " " * rng.randint(3, 40), "\t\n "]), post)
            text = (post + " " + " ".join(rng.sample(others, 60)))[:longest]
            needs = scan.of(text)
            for rule_id, timed in spanned.items():
                whole = [m.span() for m in timed.compiled.finditer(text)]
                if not needs.may_match(rule_id, timed):
                    assert not whole, rule_id
                    continue
                windowed += any(t.windows(text, needs.folded, needs.places(key)) is not None
                                for key, t in [(rule_id, timed), *(timed.parts or ())])
                bounded = timed.under(Deadline(None), may_match=True, fold=needs.folded,
                                      places=needs.places(rule_id), needs=needs)
                assert [m.span() for m in bounded.finditer(text)] == whole, (rule_id, text)
                matched += bool(whole)
    assert windowed > 20 and matched > 10
