"""A class of a few characters ('[0-9]') is a needed string of one of them (pack/compile.py `_class_strings`): a
pattern needing nothing else, like a number plate's, passes over a text without a digit and searches a long one
only around its digits. It must change no finding."""
from __future__ import annotations

import re

import pytest

from thinktwice.budget import Deadline, TimedPattern
from thinktwice.pack.compile import _needs_and_reach, needed_strings

DIGITS = frozenset("0123456789")


@pytest.mark.parametrize("pattern, needs", [
    (r"[a-z]{2}[0-9]{2}\s[a-z]{3}", DIGITS),
    (r"(?<![\w/])(?=[A-Z]{2}[0-9]{2})[a-z]{1,2}[0-9]{1,3}", DIGITS),
    (r"x[,:;]y", frozenset({"x"})),                     # a literal as rare is kept: one string, not three
    (r"[,:;]", frozenset(",:;")),
    (r"reg [0-9]", frozenset({"reg "})),
])
def test_a_class_of_a_few_characters_is_needed(pattern, needs):
    assert needed_strings(pattern) == needs


@pytest.mark.parametrize("pattern", [r"[^0-9]", r"\d", r"[a-z]", r"[0-9a-f]", r"[0-9]?x?"])
def test_a_negated_wide_or_optional_class_is_not(pattern):
    assert needed_strings(pattern) is None


def test_a_plate_is_found_in_the_windows_of_a_long_texts_digits(engine):
    timed = engine.pack.compiled.patterns["personal-data.vehicle-registration"]
    timed.prepare()
    assert {n for n, _, _ in timed.needs} == set(DIGITS)
    filler = "parked outside the library again and blocking the bike racks, someone should say. " * 30
    text = filler[:1_000] + " the silver Corsa, reg MA67 KTF, is his. " + filler[:600] + " see you at 7 "
    windows = timed.windows(text)
    assert windows and sum(end - start for start, end in windows) < len(text) // 4
    found = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert found == [m.span() for m in timed.compiled.finditer(text)] and len(found) == 1
    assert not timed.may_match(filler) and not list(timed.under(Deadline(None)).finditer(filler))


def test_a_text_without_the_characters_is_passed_over():
    timed = TimedPattern(r"(?P<hit>[a-z]{1,2}[0-9]{1,3}\s?[a-z]{3})", re.IGNORECASE, "t", analyse=_needs_and_reach)
    assert not timed.may_match("no numbers here at all") and timed.may_match("plate ab12 cde")
