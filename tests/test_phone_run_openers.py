"""The disguised and spoken phone-number runs (detectors/personal.py) open with a lookahead for the characters a
run can start with (sixteenth round, for speed): they must find exactly what the expressions without it find."""
from __future__ import annotations

import random
import re

import pytest

from thinktwice.detectors import personal

_PLAIN_SPOKEN = re.compile(r"\b" + personal._SPOKEN_UNIT + r"(?:[\s,-]+" + personal._SPOKEN_UNIT + r"){6,}\b",
                           re.IGNORECASE)
_PLAIN_DISGUISED = re.compile(personal._DISGUISED_RUN.pattern.replace("(?=[+0oO])", "", 1))
_PIECES = ["oh", "o", "O", "zero", "ZERO", "nought", "nil", "one", "two", "three", "four", "five", "six", "seven",
           "eight", "nine", "double", "triple", "hundred", "thousand", " ", "-", ",", "7", "07", "12345", "123456",
           "٣", "ſix", "ſeven", "x", "a", "\n", "+", "00", "0", ".", "/", "|", "l", "I", "_", "·", "@", "Seven", "NINE"]


def test_the_openers_are_there():
    assert personal._DISGUISED_RUN.pattern != _PLAIN_DISGUISED.pattern
    assert personal._SPOKEN_RUN.pattern != _PLAIN_SPOKEN.pattern


@pytest.mark.parametrize("text", [
    "call oh seven seven double oh nine double oh three one nine", "07719|257020 or 07700/900/462",
    "+44 7911 123 456", "ZERO SEVEN nine one one, one two three four five six", "٣ one two three four five six",
    "o7911l23456", "ſeven ſix oh one two three four five", "nothing to see here",
])
def test_runs_found_with_the_openers_are_those_found_without(text):
    assert [m.span() for m in personal._SPOKEN_RUN.finditer(text)] == [m.span() for m in _PLAIN_SPOKEN.finditer(text)]
    assert [m.span() for m in personal._DISGUISED_RUN.finditer(text)] == \
        [m.span() for m in _PLAIN_DISGUISED.finditer(text)]


def test_runs_with_and_without_the_openers_on_many_made_up_texts():
    rng = random.Random(16)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", "-", " ", ","]) for _ in range(rng.randint(3, 20)))
        for opened, plain in ((personal._SPOKEN_RUN, _PLAIN_SPOKEN), (personal._DISGUISED_RUN, _PLAIN_DISGUISED)):
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in opened.finditer(text)] == spans, text
            found += len(spans)
    assert found > 500
