"""Run every detector rule of a pack over a prepared text: rule id -> spans found."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text import Text
from .builtin import BUILTINS
from .lexicon import Hit

_PLACEHOLDER = re.compile(r"\{(org|[a-z_]+)\}")


@dataclass(slots=True)
class Finding:
    rule: object               # rulepack.Rule
    spans: list                # [(start, end)] in Python string offsets

    @property
    def first_text_span(self):
        return self.spans[0]


class Detector:
    """Compiled detection for one pack; regular expressions are compiled once per organisation."""

    def __init__(self, pack):
        self.pack = pack
        self._regex: dict[tuple[str, str], re.Pattern] = {}

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

    def hits_by_lexicon(self, text: Text, org: str) -> dict[str, list[Hit]]:
        grouped: dict[str, list[Hit]] = defaultdict(list)
        for hit in self.pack.matcher.find(text):
            name, _, owner = hit.lexicon.partition("@")
            if owner and owner != org:
                continue
            grouped[name].append(hit)
        return grouped

    def find(self, text: Text, org: str, only: set | None = None) -> dict[str, Finding]:
        lex = self.hits_by_lexicon(text, org)
        found: dict[str, Finding] = {}
        for rule in self.pack.rules:
            if only is not None and rule.id not in only:
                continue
            spans = self._spans(rule, text, org, lex)
            if spans:
                found[rule.id] = Finding(rule, spans)
        return found

    # ------------------------------------------------------------------------
    def _spans(self, rule, text: Text, org: str, lex: dict) -> list[tuple[int, int]]:
        if any(lex.get(name) for name in rule.unless_anywhere):
            return []
        if rule.requires_anywhere and not any(lex.get(name) for name in rule.requires_anywhere):
            return []
        if rule.match:
            candidates = self._cooccur(rule, text, lex)
        elif rule.regex:
            candidates = []
            for m in self.regex_for(rule, org).finditer(text.raw):
                span = m.span("hit") if "hit" in m.re.groupindex and m.group("hit") else m.span()
                candidates.append([span])
        else:
            candidates = [[span] for span in BUILTINS[rule.detector](text, rule.options)]
        if rule.min_distinct > 1 and len({text.raw[g[0][0]:g[0][1]].lower() for g in candidates}) < rule.min_distinct:
            return []
        kept = []
        for group in candidates:
            sentence = self._sentence_of(text, group[0][0])
            if rule.unless and self._in_sentence(text, lex, rule.unless, sentence):
                continue
            if rule.requires and not self._in_sentence(text, lex, rule.requires, sentence):
                continue
            kept.extend(s for s in group if s not in kept)
        return sorted(kept)

    @staticmethod
    def _sentence_of(text: Text, offset: int) -> int:
        for tok in text.tokens:
            if tok.end > offset:
                return text.sentence[tok.index]
        return text.sentence[-1] if text.sentence else 0

    @staticmethod
    def _in_sentence(text: Text, lex: dict, names: list[str], sentence: int) -> bool:
        return any(text.sentence[h.first] == sentence for name in names for h in lex.get(name, ()))

    @staticmethod
    def _cooccur(rule, text: Text, lex: dict) -> list[list[tuple[int, int]]]:
        """Every hit of the first lexicon that has a hit of each of the others close enough."""
        lists = [lex.get(name, ()) for name in rule.match]
        if not all(lists):
            return []
        groups = []
        for anchor in lists[0]:
            group = [(anchor.start, anchor.end)]
            for others in lists[1:]:
                partner = next((h for h in others if h is not anchor and _close(rule, text, anchor, h)), None)
                if partner is None:
                    break
                group.append((partner.start, partner.end))
            else:
                groups.append(group)
        return groups


def _close(rule, text: Text, a: Hit, b: Hit) -> bool:
    if rule.ordered and b.first < a.last:
        return False
    if a.first < b.last and b.first < a.last:     # overlapping hits are the same words
        return False
    if rule.within == "text":
        return True
    if rule.within == "sentence":
        return text.sentence[a.first] == text.sentence[b.first]
    gap = b.first - a.last if b.first >= a.last else a.first - b.last
    return gap <= rule.within
