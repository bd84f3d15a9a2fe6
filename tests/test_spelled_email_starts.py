"""A spelled email address ('jo [at] gmail [dot] com') is looked for only where one can start
(personal._spelled_email_matches, sixteenth round): it must find exactly what the whole search finds."""
from __future__ import annotations

import random

import pytest

from thinktwice.detectors import personal


def _email_like(rng: random.Random) -> str:
    locals_ = ["jo", "jo.smith", "a_b", "x1", "é.k", "K9", "me", "_x", "x_", "a+b", "a-b-", ".a", "ſam"]
    ats = [" at ", "@", " @ ", "@ ", " @", "[at]", " [ at ] ", "(at)", " (@) ", "{at}", " AT ", " At ", "<at>",
           "\u00a0at\u00a0", " at\n", "  at  ", " (  at)", "( at )", "at", " aT "]
    names = ["gmail", "hotmail", "lancaster", "x", "a-b", "uni"]
    dots = [".", " dot ", "[dot]", " (.) ", "(dot)", " . ", "dot"]
    tlds = ["com", "co", "uk", "ac", "org", "net", "xyz", "comm", "com@", "io"]
    noise = ["", " ", "x", ".", "@", "(", "[", "the ", "cat ", "that ", "\n", "-", "+", "_"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        parts += [rng.choice(noise), rng.choice(locals_), rng.choice(ats), rng.choice(names)]
        for _ in range(rng.randint(0, 2)):
            parts += [rng.choice(dots), rng.choice(names + tlds)]
        parts += [rng.choice(dots), rng.choice(tlds), rng.choice(noise)]
    if rng.random() < 0.5:
        parts = [p for p in parts if rng.random() < 0.85]
    return "".join(parts)


@pytest.mark.parametrize("text", [
    "email jo.smith at gmail dot com or sam [at] hotmail [dot] co [dot] uk",
    "x@y.com, then @ me at lancaster.ac.uk", "cat at that dot com", "(jo (at) uni.com)", "a at b at c.com",
    "jo.smith@gmail.com", "sam . k @ outlook.com", "nobody here at all", "",
])
def test_spelled_addresses_are_found_from_their_starts_as_the_whole_search_finds_them(text):
    whole = [(m.span(), m.groupdict()) for m in personal._SPELLED_EMAIL.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in personal._spelled_email_matches(text)] == whole


def test_spelled_addresses_from_their_starts_on_many_made_up_texts():
    rng = random.Random(16)
    matched = 0
    for _ in range(20_000):
        text = _email_like(rng)
        whole = [(m.span(), m.groupdict()) for m in personal._SPELLED_EMAIL.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in personal._spelled_email_matches(text)] == whole, text
        matched += len(whole)
    assert matched > 5_000
