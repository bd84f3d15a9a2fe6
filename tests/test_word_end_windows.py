"""A needed string the pattern takes only where it ends a word (a \\b or a space after it: WORD_END, compile.py
`_needed`) opens a window only where it ends one, and no window ends inside a word (sixteenth round, for speed):
the same findings as the whole text's search."""
from __future__ import annotations

import re

import pytest

from thinktwice.budget import WORD_END, WORD_START, Deadline, TimedPattern
from thinktwice.pack.compile import _needs_and_reach, needed_strings


def _timed(pattern: str) -> TimedPattern:
    return TimedPattern(pattern, re.IGNORECASE, "test.rule", analyse=_needs_and_reach)


def test_strings_before_a_boundary_or_a_space_are_marked_as_ending_a_word():
    assert needed_strings(r"\b(?-i:Road|Rd|St)\b") == {WORD_START + s + WORD_END for s in ("Road", "Rd", "St")}
    assert needed_strings(r"\bvote\s+labour\b") == {WORD_START + "labour" + WORD_END}
    assert needed_strings(r"\b(?:room|flat)\s{1,3}\d") == {WORD_START + "room" + WORD_END, WORD_START + "flat" + WORD_END}
    assert needed_strings(r"St(?:reet)?\b") == {"St"}                # 'Street' goes on past 'St'
    assert needed_strings(r"(?:ab)+\b") == {"ab"}                     # a repeat: what follows may be itself
    assert needed_strings(r"foo(?=\b)") == {"foo"}                    # a lookaround first: not read through


FILLER = "Stop first, then start the stew. Costs rose. " * 120
STREET = r"(?<!\w)\d{1,4}\s{1,3}[A-Z][a-z]{1,20}\s{1,3}(?-i:Road|St)\b"


def test_a_string_inside_words_opens_no_window():
    timed = _timed(STREET)
    text = FILLER + " 12 Dale St. " + FILLER
    windows = timed.windows(text)
    assert windows and len(windows) == 1 and windows[0][1] - windows[0][0] < 200


@pytest.mark.parametrize("text", [
    FILLER + " 12 Dale St. " + FILLER,
    FILLER + " 12 Dale St",                                           # at the very end
    (FILLER[:300] + " 12 Dale Stop 14 Moor Road and St") * 10,       # a window ending where 'St' opens 'Stop'
    ("ab abc " * 400),
])
def test_word_end_windows_find_what_the_whole_text_search_finds(text):
    for pattern in (STREET, r"\b(?P<hit>ab)\b", r"\bab\s+abc\b"):
        timed = _timed(pattern)
        whole = [m.span() for m in timed.compiled.finditer(text)]
        assert [m.span() for m in timed.under(Deadline(None)).finditer(text)] == whole, pattern


def test_no_window_ends_inside_a_word():
    timed = _timed(r"\b(?P<hit>ab)\b")
    text = ("ab " + "lorem ipsum " * 20 + "abcdefghij ") * 30
    windows = timed.windows(text)
    assert windows and len(windows) == 30
    for start, end in windows:
        assert end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())


def test_many_pack_patterns_need_strings_that_end_a_word(engine):
    """Their windows are tried on every pattern of the pack in test_mid_length_windows."""
    compiled = engine.pack.compiled
    ending = [rule_id for rule_id, timed in compiled.patterns.items() if timed.needs and any(n[2] for n in timed.needs)]
    assert len(ending) > 50
