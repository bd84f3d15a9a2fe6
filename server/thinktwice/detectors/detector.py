"""Step 3 of a check: run an organisation's rules over a prepared text — what was found, and where.

A finding says nothing about whether it matters; that is the policy's business (judge.py).
Spans here are Python string offsets; the answer converts them for JavaScript.
"""
from __future__ import annotations

import gc
import threading
import time
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..budget import Deadline
from ..text import Text, hit_span
from .builtin import BUILTINS, FOLLOWERS
from .lexicon import Hit


@dataclass(frozen=True, slots=True)
class Finding:
    rule: object               # pack.Rule
    spans: tuple               # ((start, end), ...) in Python string offsets, sorted


@dataclass(frozen=True, slots=True)
class Detection:
    findings: dict             # rule id -> Finding, in pack order
    hits: "LexiconHits"        # every lexicon's hits (the judge reads the role lexicon's in elections)


class Checks:
    """The checks running on a detector, so that its warm-up loads libraries and compiles patterns only
    between them. Both hold the interpreter in stretches of up to ~20 ms, so a check running beside the
    warm-up thread took about twice as long, and on a busy machine a check made in the first second after
    a start or a rule update ran out of its time budget."""

    def __init__(self):
        self._running = 0
        self._changed = threading.Condition()

    def __enter__(self):
        with self._changed:
            self._running += 1

    def __exit__(self, *exc) -> None:
        with self._changed:
            self._running -= 1
            if not self._running:
                self._changed.notify_all()

    def wait_until_none(self, timeout: float) -> bool:
        """True once no check is running; False if one still is after `timeout` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._running, timeout)


class Detector:
    def __init__(self, compiled):
        self.compiled = compiled          # pack.compile.Compiled
        self.checks = Checks()

    def warm_up(self) -> None:
        """Load the libraries this pack's rules may need and compile its patterns, which would otherwise
        happen inside the first check that needs them and count against its time budget.
        `warm_up_in_background` does this at an engine's start."""
        self.load_libraries()
        for pattern in self.compiled.patterns.values():
            pattern.prepare()

    def load_libraries(self) -> None:
        """English word frequencies (for terms inside glued words), libphonenumber and VADER's lexicon, when
        rules need them."""
        from .lexicon import english_words
        from .personal import _phonenumbers
        from .sentiment import prepare

        if self.compiled.matcher.compound_ends:
            english_words()
        if any(r.detector in _PHONE_DETECTORS for r in self.compiled.rules.values()):
            _phonenumbers()
        for rule in self.compiled.rules.values():
            if rule.detector == "negative-evaluation":
                prepare(rule.options)

    def find(self, text: Text, org: str, deadline: Deadline, only: frozenset | None = None,
             replied: "LexiconHits | None" = None) -> Detection:
        """Every rule of `org`'s plan that fires on `text`; with `only`, those of these rules that do,
        whether `org`'s profile maps them or not. `replied`: the hits of the post `text` answers, for
        the rules that may take what they require from it (`replied_to_requires_anywhere`)."""
        with self.checks:
            return self._find(text, org, deadline, only, replied)

    def _find(self, text: Text, org: str, deadline: Deadline, only: frozenset | None,
              replied: "LexiconHits | None") -> Detection:
        started = time.perf_counter()
        selection = self.compiled.plan(org).selection if only is None else self.compiled.every_rule
        deadline.exclude(time.perf_counter() - started)  # an organisation's plan is made on its first check: the pack's cost
        lex = LexiconHits(self.compiled.matcher.find(text, org, deadline))
        found: dict = {}
        answering = self._answering(selection, lex.by_name, replied.by_name) if replied else {}
        scan = self.compiled.needs_scan()
        needs = scan.of(text.raw) if scan is not None else None     # one scan of the text for every pattern
        for rule in self._candidates(selection, lex.by_name, only, answering, needs):
            if replied and any(n in replied.by_name for n in rule.replied_to_unless_anywhere):
                continue                # a reply to a post about someone else: 'they' may be them
            deadline.check(rule.id)
            spans = self.rule_spans(rule, text, lex, deadline, answering=rule.id in answering, needs=needs)
            if spans:
                found[rule.id] = Finding(rule, tuple(spans))
        return Detection(found, lex)

    @staticmethod
    def _answering(selection, present: dict, replied: dict) -> dict:
        """The rules ((pack index, Rule) by id) that run on a reply because of the post it answers: the post
        holds one of their `replied_to_requires_anywhere` (and, as `find` checks for every rule, none of
        their `replied_to_unless_anywhere`), the reply names none of their `requires_anywhere` ('it's a sticky dump' answering 'is the
        Sugarhouse worth going to?'), and the reply itself meets their other conditions."""
        rules: dict = {}
        for name in replied:
            for i, r in selection.replied_by.get(name, ()):
                if r.id in rules or any(n in present for n in r.requires_anywhere):
                    continue
                if any(n in present for n in r.unless_anywhere) or not all(m in present for m in r.match):
                    continue
                rules[r.id] = (i, r)
        return rules

    @staticmethod
    def _candidates(selection, present: dict, only: frozenset | None, answering: dict | None = None,
                    needs=None) -> list:
        """The rules that can fire, in pack order: a lexicon rule only when every lexicon it matches
        found something; any rule only when its `requires_anywhere` lexicons found something and its
        `unless_anywhere` ones did not; pattern and code rules otherwise gate themselves. Only the
        rules indexed under the lexicons found are looked at (compile.Selection); and those that
        answer the post replied to (`_answering`). `needs` (compile.TextNeeds): the pattern rules whose
        needed strings the text lacks are left out (TextNeeds.may_run), as they would find nothing."""
        chosen = dict(selection.always_open)
        found = present.keys()          # asked of small sets: `found.isdisjoint(s)` runs over s, in C
        for i, r, needs_one, needs_none in selection.always_gated_sets:
            if (needs_one is None or not found.isdisjoint(needs_one)) and found.isdisjoint(needs_none):
                chosen[i] = r
        by_lexicon, required_by = selection.by_lexicon_sets, selection.required_by_sets
        for name in selection.lexicons.intersection(present):     # the order is the pack's, below
            for i, r, rest, needs_one, needs_none in by_lexicon.get(name, ()):
                # its first lexicon is `name`; every other one it matches found, and its anywhere conditions
                if i not in chosen and found >= rest and (needs_one is None or not found.isdisjoint(needs_one)) \
                        and (needs_none is None or found.isdisjoint(needs_none)):
                    chosen[i] = r
            for i, r, needs_none in required_by.get(name, ()):   # it requires `name` anywhere
                if i not in chosen and (needs_none is None or found.isdisjoint(needs_none)):
                    chosen[i] = r
        if answering:
            chosen.update(answering.values())
        order = sorted(chosen) if needs is None else needs.may_run(sorted(chosen))
        if only is None:
            return [chosen[i] for i in order]
        return [chosen[i] for i in order if chosen[i].id in only]

    def rule_spans(self, rule, text: Text, lex: "LexiconHits", deadline: Deadline,
                   answering: bool = False, needs=None) -> list[tuple[int, int]]:
        """Where one rule fires on `text`, given the text's lexicon hits (`Detection.hits`): its spans,
        sorted, or [] when it does not fire. `find` runs it for each candidate rule; pictures.py runs it
        for a signal rule with some `requires` lifted, so every other condition of the rule still holds.
        `answering`: the rule runs because of the post `text` replies to, so a finding's sentence must
        hold one of `replied_to_requires` (words pointing back at it) instead of `requires`. `needs`: the
        text's compile.TextNeeds, which tells a pattern whether the text holds a string it needs."""
        requires = rule.replied_to_requires if answering else rule.requires
        if requires and not any(name in lex.by_name for name in requires):
            return []                       # no sentence can hold what a finding's sentence must
        prechecked = False                  # candidates read only from sentences already checked
        if rule.match:
            if len(rule.match) == 1 and not (rule.unless or requires or rule.min_distinct > 1):
                return sorted({(hit.start, hit.end) for hit in lex.get(rule.match[0])})
            candidates = _cooccur(rule, text, lex, deadline)
        elif rule.regex:
            timed = self.compiled.patterns[rule.id]
            if needs is not None:           # every pattern compiled: one scan of the text answers for all
                if not needs.may_match(rule.id, timed):
                    return []
                # near digits it searches stretches of the text, each checked for what it needs
                pattern = timed.under(deadline, may_match=True, fold=needs.folded, places=needs.places(rule.id),
                                      needs=needs) if not rule.near_digits else timed.under(deadline)
            elif timed._ready is not None and not timed.may_match(text.raw):
                return []                   # none of the strings it needs: not run (compiled ones only)
            else:
                pattern = timed.under(deadline)
            if rule.near_digits:
                candidates = [[(hs, he)] for _, _, hs, he in text.finditer_near_digits(pattern)]
            else:
                candidates = [[hit_span(m)] for m in pattern.finditer(text.raw)]
        elif rule.detector in _BY_SENTENCE and requires and rule.min_distinct <= 1:
            # a finding must be in a sentence holding what the rule requires (and none of its `unless`):
            # the detector reads only those sentences
            sentences = frozenset(text.sentence_of(hit.first) for name in requires for hit in lex.get(name))
            blocked = {text.sentence_of(hit.first) for name in rule.unless for hit in lex.get(name)}
            sentences -= blocked
            if sentences and rule.detector in FOLLOWERS and rule.options.get("verdict_follows"):
                # a verdict with no subject of its own just after ('Saw the new budget. Embarrassing.')
                sentences |= FOLLOWERS[rule.detector](text, rule.options, sentences) - blocked
            candidates = [[span] for span in BUILTINS[rule.detector](text, rule.options, sentences)] if sentences else []
            prechecked = True
        else:
            candidates = [[span] for span in BUILTINS[rule.detector](text, rule.options)]
        if not candidates:
            return []
        if rule.min_distinct > 1 and len({text.raw[g[0][0]:g[0][1]].lower() for g in candidates}) < rule.min_distinct:
            return []
        kept: set = set()
        for n, group in enumerate(candidates):
            if not n % 256:
                deadline.check(rule.id)
            if (rule.unless or requires) and not prechecked:
                sentence = text.sentence_of(text.token_at(group[0][0])) if len(text) else 0
                if rule.unless and lex.in_sentence(text, rule.unless, sentence):
                    continue
                if requires and not lex.in_sentence(text, requires, sentence):
                    continue
            kept.update(group)
        return sorted(kept)


def warm_up_in_background(detector: Detector) -> None:
    """Detector.warm_up in a thread that does not keep the detector's pack alive while it compiles the
    patterns (a rule update that replaces the pack frees the old one at once), and that loads the libraries
    and compiles each pattern only while no check is running on the detector (`Checks`)."""
    def run(ref: weakref.ref) -> None:
        detector = ref()
        if detector is None:
            return
        patterns, checks = list(detector.compiled.patterns.values()), detector.checks
        del detector

        def between_checks() -> bool:
            """Waits until no check is running; False once the detector is replaced (its checks then
            prepare what they need themselves)."""
            while not checks.wait_until_none(timeout=0.5):
                if ref() is None:
                    return False
            return True

        if not between_checks() or (detector := ref()) is None:
            return
        detector.load_libraries()
        del detector
        for pattern in patterns:
            if not between_checks():
                return
            pattern.prepare()
        if gc.get_freeze_count() and between_checks():
            # The service froze its start-up (cli serve); the libraries loaded and the patterns compiled
            # here live as long as it does, and unfrozen every full collection in a check walks them.
            gc.freeze()

    threading.Thread(target=run, args=(weakref.ref(detector),), name="thinktwice-warm-up", daemon=True).start()


def _cooccur(rule, text: Text, lex: "LexiconHits", deadline: Deadline) -> list[list[tuple[int, int]]]:
    """Every hit of the first lexicon that has a hit of each of the others close enough."""
    groups = []
    for n, anchor in enumerate(lex.get(rule.match[0])):
        if not n % 256:
            deadline.check(rule.id)
        group = [(anchor.start, anchor.end)]
        for name in rule.match[1:]:
            for partner in lex.near(name, anchor, rule.within, text):
                if partner is not anchor and _close(rule, text, anchor, partner):
                    group.append((partner.start, partner.end))
                    break
            else:
                break
        else:
            groups.append(group)
    return groups


class LexiconHits:
    """One text's lexicon hits, by lexicon (and by position when asked)."""

    MAX_TERM_WORDS = 12

    def __init__(self, hits: list[Hit]):
        self.by_name: dict[str, list[Hit]] = {}
        for hit in hits:
            self.by_name.setdefault(hit.lexicon, []).append(hit)

    def get(self, name: str) -> list[Hit]:
        return self.by_name.get(name, [])

    def in_sentence(self, text: Text, names: list[str], sentence: int) -> bool:
        return any(text.sentence_of(hit.first) == sentence for name in names for hit in self.by_name.get(name, ()))

    def near(self, name: str, anchor: Hit, within, text: Text) -> list[Hit]:
        """The hits of `name` that could be within reach of `anchor` (the caller checks exactly)."""
        hits = self.by_name.get(name, [])
        if within == "text" or len(hits) < 8:
            return hits
        if within == "sentence":
            sentence = text.sentence_of(anchor.first)
            return [h for h in hits if text.sentence_of(h.first) == sentence]
        firsts = [h.first for h in hits]        # hits come in token order
        lo = bisect_left(firsts, anchor.first - within - self.MAX_TERM_WORDS)
        hi = bisect_right(firsts, anchor.last + within)
        return hits[lo:hi]


_PHONE_DETECTORS = frozenset({"uk-phone", "uk-phone-named"})
# Built-in detectors that find within one sentence at a time, and can be given the sentences to read.
_BY_SENTENCE = frozenset({"negative-evaluation"})


def _anywhere_ok(rule, present: dict) -> bool:
    if rule.requires_anywhere and not any(name in present for name in rule.requires_anywhere):
        return False
    return not (rule.unless_anywhere and any(name in present for name in rule.unless_anywhere))


def _close(rule, text: Text, a: Hit, b: Hit) -> bool:
    if rule.ordered and b.first < a.last:
        return False
    if a.first < b.last and b.first < a.last:     # overlapping hits are the same words
        return False
    if rule.within == "text":
        return True
    if rule.within == "sentence":
        return text.sentence_of(a.first) == text.sentence_of(b.first)
    gap = b.first - a.last if b.first >= a.last else a.first - b.last
    return gap <= rule.within
