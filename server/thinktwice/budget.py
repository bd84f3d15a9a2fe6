"""A time budget per check, so that no pattern in a rule pack can hang the service.

Rule patterns run under the `regex` module, whose matching takes a timeout (the standard `re` cannot
be interrupted), with whatever is left of the check's budget; and the budget is checked before each
rule. A check that runs out raises `CheckTimeout` naming the rule, never the text.
"""
from __future__ import annotations

import gc
import re
import time
from functools import lru_cache

import ahocorasick
import regex

DEFAULT_BUDGET_MS = 1000
# characters: below this a pattern searches the whole text. Measured text by text (in-process, min of 3): windows
# cost 600-character posts 1.02x, break even at 1,000 and save 0.95x of a 2,000-character check
WINDOWING_FROM = 1000
_SCANNED_FROM = 8             # needed strings: from this many, one scan of the text looks for all of them
WORD_START = "\b"   # marks a needed string the pattern only matches where it starts a word
WORD_END = "\a"     # ... and one it only matches where it ends a word (both: pack/compile.py `_needed`)
_WORD_CHARACTER = regex.compile(r"\w", regex.V0)
_WORD_RUN = regex.compile(r"\w*", regex.V0)


class CheckTimeout(Exception):
    def __init__(self, rule_id: str, budget_ms: float):
        super().__init__(f"the check ran out of its {budget_ms:g} ms time budget in rule {rule_id!r}; "
                         "the rule pack may have a slow pattern")
        self.rule_id = rule_id


class _Collections:
    """How long the cyclic garbage collector has run in this process. A full collection walks every
    object alive (a pack is ~250,000 of them; a process holding several packs, as the tests do, walks
    them all) and stalls whatever check is running: the process's housekeeping, not the text's cost,
    so a deadline does not count it."""

    seconds = 0.0
    _started = 0.0

    @classmethod
    def observe(cls, phase: str, _info: dict) -> None:
        if phase == "start":
            cls._started = time.perf_counter()
        else:
            cls.seconds += time.perf_counter() - cls._started


gc.callbacks.append(_Collections.observe)


def collected_seconds() -> float:
    """How long the garbage collector has run in this process so far (what a Deadline leaves out)."""
    return _Collections.seconds


class Deadline:
    """When the check in hand must stop; `Deadline(None)` never does. Time the garbage collector takes
    meanwhile is added to the budget."""

    def __init__(self, budget_ms: float | None):
        self.budget_ms = budget_ms
        self.ends = time.perf_counter() + budget_ms / 1000 if budget_ms else None
        self._collected_before = _Collections.seconds

    def remaining(self) -> float | None:
        if self.ends is None:
            return None
        return self.ends + (_Collections.seconds - self._collected_before) - time.perf_counter()

    def check(self, rule_id: str) -> None:
        if self.ends is not None and self.remaining() < 0:
            raise CheckTimeout(rule_id, self.budget_ms)

    def exclude(self, seconds: float) -> None:
        """Not count `seconds` spent on the pack's own work rather than the text's (compiling a pattern)."""
        if self.ends is not None:
            self.ends += seconds


# The characters besides ASCII letters that a case-insensitive pattern (`regex` or `re`) matches to an
# ASCII letter: the dotted and dotless i, the long s, the Kelvin sign.
_ASCII_LOOKALIKES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """The text in lower case, with the ASCII lookalikes as the letters they match: an ASCII string a
    case-insensitive pattern finds in `text` is in it (the rules of a check ask about the same text)."""
    if not text.isascii():
        for odd, letter in _ASCII_LOOKALIKES:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


# a run of white space as any pattern's `\s` reads it, in `regex` or in `re` (str.isspace also takes \x1c-\x1f)
_WHITE_RUN = regex.compile(r"[\s\x1c-\x1f]+", regex.V0)


@lru_cache(maxsize=8)
def longest_white_run(text: str) -> int:
    """The most characters of white space in a row in the text: no more can an unbounded '\\s+' of a pattern
    take there, which gives such a pattern a reach in that text (pack/compile.py `_span`)."""
    return max(map(len, _WHITE_RUN.findall(text)), default=0)


class TimedPattern:
    """A rule's pattern, compiled by `regex` and searched with the time left in a check. `needs`:
    strings one of which any match holds (pack/compile.py), so that a text holding none of them is
    passed over without running the pattern; and with `reach` (the most characters one match can look
    at), a long text is searched only around where those strings are.

    Compiling ~40 patterns with `regex` takes half a second, so a pack's patterns are compiled when
    first needed (`prepare`): by the engine's warm-up thread soon after start, or by the first check
    that needs one, whichever comes first. `analyse` (pattern -> (needs, reach)), when given, is run
    then too: it reads the pattern with `re`'s parser, which costs as much again."""

    __slots__ = ("source", "flags", "rule_id", "_needs", "_reach", "_analyse", "_ready", "parts")

    def __init__(self, pattern: str, flags: int, rule_id: str, needs: frozenset | None = None,
                 reach: int | None = None, analyse=None, parts: tuple | None = None):
        """`analyse`: pattern -> (needs, reach, (how far a match looks before, after a needed string)).
        `parts`: ((key, TimedPattern), ...), the alternatives the pattern is one of, in order (compile.alternatives),
        each searched apart (`_Bounded.finditer`); the key names a part in compile.NeedsScan."""
        self.source, self.flags, self.rule_id = pattern, flags, rule_id
        self._needs, self._reach, self._analyse = needs, reach, analyse
        self._ready: tuple | None = None       # (compiled, timed, needs, reach) once prepared
        self.parts = parts

    def prepare(self) -> tuple:
        """(the compiled pattern, whether `regex` runs it, needs, reach, how far a match looks before and
        after a needed string, the needed strings alone), made once. Two threads may both make it; either's result is the same, and
        the assignment is atomic."""
        ready = self._ready
        if ready is None:
            needs, reach, around, opening = self._analyse(self.source) if self._analyse is not None else \
                (self._needs, self._reach, None, "")
            # the reach as (characters, runs of white space), each run at most the text's longest (`windows`)
            reach = (reach, 0) if isinstance(reach, int) else reach
            # a lookahead for the characters a match can start with, when known: the same matches, found
            # without trying the pattern at every other position
            source = f"{opening}(?:{self.source})" if opening else self.source
            try:
                compiled, timed = regex.compile(source, self.flags | regex.V0), True
            except regex.error:         # a construct only `re` takes: budget checked before it, not during
                compiled, timed = re.compile(source, self.flags), False
            # (string, whether it counts only where it starts a word), shortest first
            needs = tuple(sorted({(n.removeprefix(WORD_START).removesuffix(WORD_END).lower(), n.startswith(WORD_START),
                                   n.endswith(WORD_END)) for n in needs}, key=lambda need: len(need[0]))) \
                if needs and all(map(str.isascii, needs)) else None
            strings = tuple(dict.fromkeys(n for n, _, _ in needs)) if needs else None
            if self.parts is not None:
                # apart, an alternative with no needed string is searched in every text: two or more of them
                # cost more than the whole, which tries them together (the price offers: ~2x on tweets)
                if sum(part.prepare()[5] is None for _, part in self.parts) > 1:
                    self.parts = None
            around = None if reach is None else around or (reach, reach)
            ready = self._ready = (compiled, timed, needs, reach, around, strings,
                                   _scanner(strings) if strings and len(strings) >= _SCANNED_FROM else None)
        return ready

    @property
    def compiled(self):
        return self.prepare()[0]

    @property
    def timed(self) -> bool:
        return self.prepare()[1]

    @property
    def needs(self) -> tuple | None:
        return self.prepare()[2]

    @property
    def reach(self) -> tuple[int, int] | None:
        """(characters, runs of white space): a match looks at no more than characters + runs x the text's
        longest run of white space."""
        return self.prepare()[3]

    def may_match(self, text: str) -> bool:
        """False when the text holds none of the strings the pattern needs, in any case."""
        ready = self.prepare()
        strings = ready[5]
        if strings is None:
            return True
        fold = folded(text)
        if ready[6] is not None:    # many strings: one pass over the text, stopping at the first found
            return next(ready[6].iter(fold), None) is not None
        for needed in strings:      # a plain loop: any() over a generator cost a tenth of a check
            if needed in fold:
                return True
        return False

    def windows(self, text: str, fold: str | None = None, places: dict | None = None) -> list[tuple[int, int]] | None:
        """The stretches of a long text a match can lie in, with what it looks at: `reach` either side of
        each needed string, merged. None when the whole text is to be searched: a short text, no
        needed strings or reach known, or needed strings so common that windows would cover much of it;
        [] when the text holds needed strings only where the pattern cannot take them (inside a word).
        A stretch is searched with pos/endpos, so lookbehinds see what precedes it, and scanning from
        its start finds what scanning from the text's start would (no match begins before it). `fold`:
        `folded(text)`, when the caller has it; `places`: where each needed string starts in it, when the
        caller has read them all (compile.TextNeeds.places), instead of looking for each in turn."""
        if self.needs is None or self.reach is None or len(text) < WINDOWING_FROM:
            return None
        fold = folded(text) if fold is None else fold
        if len(fold) != len(text):                   # a lower case that changed lengths: no offsets
            return None
        reach, (before, after) = self._ready[3], self._ready[4]
        if reach[1] or before[1] or after[1]:
            run = longest_white_run(text)
            reach, before, after = reach[0] + reach[1] * run, before[0] + before[1] * run, after[0] + after[1] * run
        else:
            reach, before, after = reach[0], before[0], after[0]
        # never wider than the reach either side
        before, after, spans, limit = min(before, reach) + 1, min(after, reach) + 1, [], len(text) // 2
        for needed, starts_word, ends_word in self.needs:
            for at in (places.get(needed, ()) if places is not None else _starts(fold, needed)):
                if not (starts_word and at and _WORD_CHARACTER.match(text, at - 1)) and \
                        not (ends_word and _WORD_CHARACTER.match(text, at + len(needed))):
                    spans.append((max(0, at - before), min(len(text), at + len(needed) + after)))
                if len(spans) * (before + after) > limit * 4:      # far too many to be worth it
                    return None
        spans.sort()
        merged = _merged(spans)
        if any(ends_word for _, _, ends_word in self.needs):
            # a string skipped for not ending a word ('st' of 'stop') would end one where a window cut the word
            # after it (\b at the window's end), and a match could take it there: no window ends inside a word
            merged = _merged([(start, _WORD_RUN.match(text, end).end() if end < len(text) and
                               _WORD_CHARACTER.match(text, end - 1) else end) for start, end in merged])
        if sum(end - start for start, end in merged) > limit:
            return None
        return [(start, end) for start, end in merged]

    @property
    def pattern(self) -> str:
        return self.source

    def under(self, deadline: Deadline, may_match: bool = False, fold: str | None = None,
              places: dict | None = None, needs=None) -> "_Bounded":
        """`may_match`: the caller knows `may_match` is true of the text it will search, `fold` is that
        text folded and `places` where its needed strings are (compile.TextNeeds; see `windows`); `needs`,
        that compile.TextNeeds itself, which answers for the parts too."""
        return _Bounded(self, deadline, may_match, fold, places, needs)


def _merged(spans) -> list[list[int]]:
    """Sorted spans, those that overlap or touch merged."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _starts(text: str, string: str) -> list[int]:
    """Where `string` starts in `text`, every place, overlapping ones too."""
    starts, at = [], text.find(string)
    while at >= 0:
        starts.append(at)
        at = text.find(string, at + 1)
    return starts


def _scanner(strings: tuple[str, ...]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the strings: one pass over a text finds any of them. A verdict rule
    needs any of 150-250 words; looking for each in turn was a tenth of a check naming the organisation."""
    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


class _Bounded:
    """A TimedPattern for one check: `finditer` gets the time left of that check's budget."""

    __slots__ = ("timed", "deadline", "known", "fold", "places", "needs")

    def __init__(self, timed: TimedPattern, deadline: Deadline, known: bool = False, fold: str | None = None,
                 places: dict | None = None, needs=None):
        self.timed, self.deadline, self.known, self.fold, self.places = timed, deadline, known, fold, places
        self.needs = needs

    def finditer(self, text: str):
        timed, deadline = self.timed, self.deadline
        deadline.check(timed.rule_id)
        if timed._ready is None:                    # compiled by this check: the pack's cost, not the text's
            started = time.perf_counter()
            timed.prepare()
            deadline.exclude(time.perf_counter() - started)
        if not self.known and not timed.may_match(text):
            return iter(())
        if timed.parts is not None:
            found = self._apart(text)
            if found is not None:
                return iter(found)
        windows = timed.windows(text, self.fold, self.places)
        if windows is None:
            windows = [(0, len(text))]
        # no window: the text holds its needed strings only where the pattern cannot take them ('st' inside 'stop'
        # for '\\bSt\\b'), so nothing can match (the whole text was searched, for nothing)
        return iter(self._search(timed, text, windows))

    def _search(self, timed: TimedPattern, text: str, windows) -> list:
        deadline, found = self.deadline, []
        for start, end in windows:
            remaining = deadline.remaining()
            if remaining is None or not timed.timed:
                found += timed.compiled.finditer(text, start, end)
                continue
            try:
                found += timed.compiled.finditer(text, start, end, timeout=max(remaining, 0.001))
            except TimeoutError:
                raise CheckTimeout(timed.rule_id, deadline.budget_ms) from None
        return found

    def _first(self, part: TimedPattern, text: str, windows, pos: int):
        """The leftmost match of `part` starting at `pos` or after, within its windows; None if there is none."""
        deadline = self.deadline
        for start, end in windows:
            if end <= pos:
                continue
            remaining = deadline.remaining()
            if remaining is None or not part.timed:
                m = part.compiled.search(text, max(start, pos), end)
            else:
                try:
                    m = part.compiled.search(text, max(start, pos), end, timeout=max(remaining, 0.001))
                except TimeoutError:
                    raise CheckTimeout(part.rule_id, deadline.budget_ms) from None
            if m is not None:
                return m
        return None

    def _apart(self, text: str) -> list | None:
        """The matches of a pattern that is one alternation (TimedPattern.parts), its alternatives searched
        apart and merged as `finditer` of the whole would have found them: from where the last match ended,
        the leftmost match of any alternative, the first alternative's where two start at the same place.
        The regex engine tries every alternative at every position of the whole; apart, each is gated by the
        strings it needs itself and looked for as fast as its own first characters allow. None where a match
        is empty (the whole pattern is searched instead: an empty match's next search is finditer's own)."""
        needs, fold, live = self.needs, self.fold, []
        for key, part in self.timed.parts:
            if needs is not None:
                if not needs.may_match(key, part):
                    continue
                windows = part.windows(text, fold, needs.places(key))
            else:
                if not part.may_match(text):
                    continue
                windows = part.windows(text, fold)
            if windows is None:
                windows = [(0, len(text))]
            elif not windows:
                continue            # its needed strings only where it cannot take them: it matches nothing
            live.append((part, windows))
        if not live:
            return []
        if len(live) == 1:
            found = self._search(live[0][0], text, live[0][1])
            return None if any(m.start() == m.end() for m in found) else found
        next_of = [self._first(part, text, windows, 0) for part, windows in live]
        found = []
        while True:
            best = None
            for k, m in enumerate(next_of):
                if m is not None and (best is None or m.start() < next_of[best].start()):
                    best = k
            if best is None:
                return found
            m = next_of[best]
            if m.end() == m.start():
                return None
            found.append(m)
            pos = m.end()
            for k, other in enumerate(next_of):
                if other is not None and other.start() < pos:
                    next_of[k] = self._first(live[k][0], text, live[k][1], pos)
