"""A long text that holds a pattern's needed strings only where the pattern cannot take them ('St' inside 'Stop'
for '\\bSt\\b') has no window, and nothing is searched (seventeenth round); until then the empty list of windows
read as 'search the whole text'."""
from __future__ import annotations

import re

from thinktwice.budget import Deadline, TimedPattern, _Bounded
from thinktwice.pack.compile import _needs_and_reach, alternatives

FILLER = "Stop first, still worst, the streets were busy and we stayed out late. " * 30     # ~2,100 characters


def _timed(pattern: str) -> TimedPattern:
    ways = alternatives(pattern)
    parts = tuple((f"t|{n}", TimedPattern(way, re.IGNORECASE, "t", analyse=_needs_and_reach))
                  for n, way in enumerate(ways)) if ways else None
    return TimedPattern(pattern, re.IGNORECASE, "t", analyse=_needs_and_reach, parts=parts)


def _searched(monkeypatch) -> list:
    windows: list = []
    search = _Bounded._search

    def recording(self, timed, text, spans):
        windows.append(list(spans))
        return search(self, timed, text, spans)
    monkeypatch.setattr(_Bounded, "_search", recording)
    return windows


def test_needed_strings_only_inside_words_leave_no_window_and_nothing_is_searched(monkeypatch):
    timed = _timed(r"\d{1,3}\s(?:[A-Z][a-z]{1,20}\s){1,2}(?-i:Road|St)\b")
    assert timed.windows(FILLER) == []
    searched = _searched(monkeypatch)
    assert list(timed.under(Deadline(None)).finditer(FILLER)) == []
    assert searched == [[]]
    assert list(timed.compiled.finditer(FILLER)) == []


def test_a_needed_string_that_ends_a_word_still_opens_its_window(monkeypatch):
    text = FILLER + "She lives at 12 Mill St now. " + FILLER
    timed = _timed(r"\d{1,3}\s(?:[A-Z][a-z]{1,20}\s){1,2}(?-i:Road|St)\b")
    windows = timed.windows(text)
    assert windows and sum(e - s for s, e in windows) < len(text) // 2
    found = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert found == [m.span() for m in timed.compiled.finditer(text)] and len(found) == 1


def test_an_alternative_with_no_window_is_left_out_of_the_search_apart(monkeypatch):
    timed = _timed(r"\b(?:(?-i:St) Mary's|mill road)\b")
    assert timed.parts is None or len(timed.parts) == 2
    text = FILLER + " down mill road today " + FILLER
    found = [m.span() for m in timed.under(Deadline(None)).finditer(text)]
    assert found == [m.span() for m in timed.compiled.finditer(text)] and len(found) == 1
    assert list(timed.under(Deadline(None)).finditer(FILLER)) == []


def test_a_long_text_holding_needed_strings_only_inside_words_is_passed_over_by_the_scan():
    from thinktwice.pack.compile import NeedsScan

    # no reach (an unbounded run of letters): searched whole, so only the scan's word check passes it over
    timed = _timed(r"\d{1,3}\s(?:[A-Z][a-z]+\s){1,2}(?-i:Road|Street)\b")
    scan = NeedsScan({"t": timed}, {"t": 0})
    assert timed.reach is None and scan.marked["t"] == timed.needs
    assert scan.of(FILLER).may_match("t", timed) is False            # 'street' only inside 'streets'
    assert scan.of(FILLER + " at 4 Mill Street. " + FILLER).may_match("t", timed) is True
    assert scan.of("Stop first, the streets were busy").may_match("t", timed) is True    # short: not read as words
    assert scan.of(FILLER).may_run([0]) == [0]          # the choosing still visits it: it is told no there


def test_every_pattern_of_the_pack_finds_in_long_posts_what_the_whole_search_finds(engine):
    from thinktwice.budget import Deadline as Budget

    compiled = engine.pack.compiled
    engine.detector.warm_up()
    scan = compiled.needs_scan()
    examples = [t for r in engine.pack.rules for t in (*r.should_warn, *r.should_not_warn)]
    posts = [" ".join(examples[n:n + 30]) for n in range(0, len(examples), 30)][:60] + [FILLER + " " + FILLER]
    for raw in posts:
        needs = scan.of(raw)
        for rule_id, timed in compiled.patterns.items():
            whole = [m.span() for m in timed.compiled.finditer(raw)]
            if needs.may_match(rule_id, timed):
                found = [m.span() for m in timed.under(Budget(None), may_match=True, fold=needs.folded,
                                                       places=needs.places(rule_id), needs=needs).finditer(raw)]
            else:
                found = []
            assert found == whole, (rule_id, raw[:80])
