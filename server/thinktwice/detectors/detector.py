"""Run every detector rule of a pack over a prepared text: rule id -> spans found."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from time import perf_counter

from ..text import Text
from .builtin import BUILTINS
from .lexicon import Hit

_PLACEHOLDER = re.compile(r"\{(org|[a-z_]+)\}")


@dataclass(slots=True)
class Finding:
    rule: object               # pack.Rule
    spans: list                # [(start, end)] in Python string offsets

class Detector:
    """Compiled detection for one pack; regular expressions are compiled once per organisation."""

    def __init__(self, pack):
        self.pack = pack
        self._regex: dict[tuple[str, str], re.Pattern] = {}
        self._plans: dict = {}          # `only` set -> which rules run always, and which per lexicon
        self._chosen: dict = {}         # (`only`, lexicons found) -> the rules to run

    def regex_for(self, rule, org: str) -> re.Pattern:
        key = (rule.id, org)
        pattern = self._regex.get(key)
        if pattern is None:
            def fill(m):
                name = m.group(1)
                profile = self.pack.profiles[org]
                if name == "org":
                    values = profile.names
                elif name == "org_brand":
                    values = profile.names + profile.brands
                elif name == "org_partner":
                    values = profile.brands or profile.names
                else:
                    values = [t if isinstance(t, str) else t["term"] for t in self.pack.lexicons[name]["terms"]]
                return "(?:" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")"
            pattern = re.compile(_PLACEHOLDER.sub(fill, rule.regex), re.IGNORECASE)
            self._regex[key] = pattern
        return pattern

    def hits_by_lexicon(self, text: Text, org: str) -> "LexiconHits":
        return LexiconHits(self.pack.matcher.find(text), org)

    def find(self, text: Text, org: str, only=None, ends: float | None = None) -> dict[str, Finding]:
        """Rule id -> finding for every rule (or those in `only`) that fires on `text` for `org`.

        `ends`: a time.perf_counter() reading; a rule due to start after it raises TimeoutError(rule id)."""
        if only is not None and not isinstance(only, frozenset):
            only = frozenset(only)
        lex = self.hits_by_lexicon(text, org)
        found: dict[str, Finding] = {}
        for rule in self._candidates(lex.by_name, only):
            if ends is not None and perf_counter() > ends:
                raise TimeoutError(rule.id)
            spans = self._spans(rule, text, org, lex)
            if spans:
                found[rule.id] = Finding(rule, spans)
        return found

    def _candidates(self, present: dict, only: frozenset | None) -> list:
        """The rules that can fire, in pack order: a lexicon rule only when every lexicon it matches
        found something; any rule only when its `requires_anywhere` lexicons found something and its
        `unless_anywhere` ones did not; pattern and built-in rules otherwise gate themselves."""
        key = (only, frozenset(present))
        chosen = self._chosen.get(key)
        if chosen is not None:
            return chosen
        plan = self._plans.get(only)
        if plan is None:
            rules = [(i, r) for i, r in enumerate(self.pack.rules) if only is None or r.id in only]
            by_lexicon: dict[str, list] = defaultdict(list)
            for i, r in rules:
                if r.match:
                    by_lexicon[r.match[0]].append((i, r))
            plan = self._plans[only] = ([(i, r) for i, r in rules if not r.match], dict(by_lexicon))
        always, by_lexicon = plan
        chosen = [(i, r) for i, r in always if _anywhere_ok(r, present)]
        for name in present:
            for i, r in by_lexicon.get(name, ()):
                if all(m in present for m in r.match) and _anywhere_ok(r, present):
                    chosen.append((i, r))
        chosen.sort(key=_first)
        if len(self._chosen) >= 4096:       # which lexicons a text holds repeats a lot; bound it all the same
            self._chosen.clear()
        chosen = self._chosen[key] = [r for _, r in chosen]
        return chosen

    # ------------------------------------------------------------------------
    def _spans(self, rule, text: Text, org: str, lex: dict) -> list[tuple[int, int]]:
        if rule.match:
            if len(rule.match) == 1 and not (rule.unless or rule.requires or rule.min_distinct > 1):
                return sorted({(hit.start, hit.end) for hit in lex.get(rule.match[0])})    # its hits, as they are
            candidates = self._cooccur(rule, text, lex)
        elif rule.regex and rule.near_digits:
            candidates = [[(hs, he)] for _, _, hs, he in text.finditer_near_digits(self.regex_for(rule, org))]
        elif rule.regex:
            candidates = []
            for m in self.regex_for(rule, org).finditer(text.raw):
                span = m.span("hit") if "hit" in m.re.groupindex and m.group("hit") else m.span()
                candidates.append([span])
        else:
            candidates = [[span] for span in BUILTINS[rule.detector](text, rule.options)]
        if not candidates:
            return []
        if rule.min_distinct > 1 and len({text.raw[g[0][0]:g[0][1]].lower() for g in candidates}) < rule.min_distinct:
            return []
        kept: set = set()
        for group in candidates:
            if rule.unless or rule.requires:
                sentence = self._sentence_of(text, group[0][0])
                if rule.unless and self._in_sentence(text, lex, rule.unless, sentence):
                    continue
                if rule.requires and not self._in_sentence(text, lex, rule.requires, sentence):
                    continue
            kept.update(group)
        return sorted(kept)

    @staticmethod
    def _sentence_of(text: Text, offset: int) -> int:
        return text.sentence_of(text.token_at(offset)) if text.kinds else 0

    @staticmethod
    def _in_sentence(text: Text, lex: "LexiconHits", names: list[str], sentence: int) -> bool:
        of = text.sentence_of
        for name in names:
            for hit in lex.by_name.get(name, ()):
                if of(hit.first) == sentence:
                    return True
        return False

    @staticmethod
    def _cooccur(rule, text: Text, lex: "LexiconHits") -> list[list[tuple[int, int]]]:
        """Every hit of the first lexicon that has a hit of each of the others close enough."""
        groups = []
        for anchor in lex.get(rule.match[0]):      # _candidates made sure every lexicon found something
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
    """One text's lexicon hits for one organisation, indexed by lexicon (and by position when asked)."""

    MAX_TERM_WORDS = 12

    def __init__(self, hits: list[Hit], org: str):
        self.by_name: dict[str, list[Hit]] = {}
        for hit in hits:
            term = hit.term
            if term.owner and term.owner != org:
                continue
            found = self.by_name.get(term.name)
            if found is None:
                self.by_name[term.name] = [hit]
            else:
                found.append(hit)
        self._firsts: dict[str, list[int]] = {}

    def get(self, name: str) -> list[Hit]:
        return self.by_name.get(name, [])

    def near(self, name: str, anchor: Hit, within, text: Text) -> list[Hit]:
        """The hits of `name` that could be within reach of `anchor` (the caller checks exactly)."""
        hits = self.by_name.get(name, [])
        if within == "text" or len(hits) < 8:
            return hits
        if within == "sentence":
            sentence = text.sentence_of(anchor.first)
            return [h for h in hits if text.sentence_of(h.first) == sentence]
        firsts = self._firsts.get(name)
        if firsts is None:
            hits.sort(key=lambda h: h.first)
            firsts = self._firsts[name] = [h.first for h in hits]
        lo = bisect_left(firsts, anchor.first - within - self.MAX_TERM_WORDS)
        hi = bisect_right(firsts, anchor.last + within)
        return hits[lo:hi]


def _anywhere_ok(rule, present: dict) -> bool:
    if rule.requires_anywhere and not any(name in present for name in rule.requires_anywhere):
        return False
    return not (rule.unless_anywhere and any(name in present for name in rule.unless_anywhere))


def _first(pair: tuple) -> int:
    return pair[0]


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
