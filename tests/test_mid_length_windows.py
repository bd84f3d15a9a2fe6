"""A post from 1,000 characters (budget.WINDOWING_FROM) is searched only in the windows of each pattern's needed
strings, as longer posts were (sixteenth round): it must change no finding."""
from __future__ import annotations

import random

import pytest

from thinktwice.budget import WINDOWING_FROM, Deadline


def test_a_post_between_one_and_two_thousand_characters_is_searched_in_windows(engine):
    compiled = engine.pack.compiled
    timed = compiled.patterns["personal-data.named-health"]
    timed.prepare()
    filler = "We had a lovely time at the match on Saturday and the coffee after was great. " * 20
    text = (filler[:700] + " she was sectioned last week, Maya is in hospital " + filler)[:1_900]
    assert WINDOWING_FROM <= len(text) < 2_000
    windows = timed.windows(text)
    assert windows and sum(end - start for start, end in windows) < len(text) // 2
    found = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert found == [m.span() for m in timed.compiled.finditer(text)] and found


def _posts(examples: list[str], shortest: int, longest: int) -> list[str]:
    texts, post = [], ""
    for example in examples:
        post = f"{post} {example}" if post else example
        if len(post) >= shortest:
            texts.append(post[:longest])
            post = ""
    return texts


@pytest.mark.parametrize("shortest, longest", [(1_200, 1_990), (8_000, 8_000)])
def test_every_pattern_finds_in_windows_what_it_finds_whole(engine, shortest, longest):
    """Rule examples joined into posts of 1,200-1,990 characters (windowed since this round) and of 8,000: each
    pattern of the pack, through the needs scan and its windows (with strings that must start or end a word),
    finds exactly what the whole text's search finds."""
    compiled = engine.pack.compiled
    for timed in compiled.patterns.values():
        timed.prepare()
    scan = compiled.needs_scan()
    examples = [t for rule in engine.pack.rules for t in rule.should_warn + rule.should_not_warn]
    random.Random(16).shuffle(examples)
    texts = _posts(examples, shortest, longest)
    assert len(texts) > 10
    windowed = matched = 0
    for text in texts:
        needs = scan.of(text)
        for rule_id, timed in compiled.patterns.items():
            if compiled.rules[rule_id].near_digits:
                continue
            whole = [m.span() for m in timed.compiled.finditer(text)]
            if not needs.may_match(rule_id, timed):
                assert not whole, rule_id
                continue
            windowed += timed.windows(text, needs.folded, needs.places(rule_id)) is not None
            bounded = timed.under(Deadline(None), may_match=True, fold=needs.folded, places=needs.places(rule_id),
                                  needs=needs)
            assert [m.span() for m in bounded.finditer(text)] == whole, (rule_id, text)
            matched += bool(whole)
    assert windowed > 10 * len(texts) and matched > 20
