"""One multi-pattern matcher for every lexicon in every pack.

Terms are indexed by their first word, so a check costs one dictionary look-up per
token whatever the size of the lexicons (650 MPs or 65,000 make no difference).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..text import MASK_CHARS, Text, Token, split_hashtag, word_forms

# Tokens that may sit inside a multi-word term without breaking it ("Students' Union", "Lib-Dems").
_JOINERS = {"'", "’", "-", "–", "&"}


@dataclass(slots=True, eq=False)
class Term:
    lexicon: str              # lexicon name; org-specific terms are "name@org"
    text: str                 # as written in the rule file
    words: tuple[str, ...]    # normalised words (stems when `stem`)
    case: str = "any"         # any | title | exact
    stem: bool = False
    obfuscated: bool = False
    hashtag: bool = False
    affixes: frozenset = frozenset()
    not_followed_by: frozenset = frozenset()
    not_preceded_by: frozenset = frozenset()
    written: tuple[str, ...] = ()   # words as written, for case == "exact"

    @property
    def compact(self) -> str:
        return "".join(self.written).lower().replace("'", "").replace("’", "")


@dataclass(slots=True)
class Hit:
    lexicon: str
    term: Term
    first: int     # token indices, inclusive/exclusive
    last: int
    start: int     # character offsets in the raw text
    end: int


_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?(?: [A-Za-z]+(?:['’][A-Za-z]+)?)*\Z")


def term_tokens(phrase: str, with_stems: bool = True) -> list[Token]:
    """Split a phrase as it would be written in a post: 'Students\u2019 Union' -> Students, Union."""
    if _PLAIN_PHRASE.match(phrase):
        # Most terms are plain words (names, phrases): skip the full social-text tokeniser.
        tokens, pos = [], 0
        for word in phrase.split(" "):
            lower = word.lower().replace("’", "'")
            norm, st = word_forms(lower, with_stems)
            tokens.append(Token(len(tokens), "word", word, pos, pos + len(word), lower, norm, st, False))
            pos += len(word) + 1
        return tokens
    return [t for t in Text.tokenise(phrase) if not (t.kind == "other" and t.text in _JOINERS)]


@dataclass
class Matcher:
    by_norm: dict = field(default_factory=dict)
    by_stem: dict = field(default_factory=dict)
    by_compact: dict = field(default_factory=dict)    # hashtag body -> terms
    masked: list = field(default_factory=list)        # single-word terms that may be written "f*ck"
    affix_sets: set = field(default_factory=set)

    def add(self, term: Term) -> None:
        # Multi-word terms are keyed by their first two words, so common openers ("as your ...",
        # "the SU ...") cost one look-up rather than a scan of every term that starts with them.
        index = self.by_stem if term.stem else self.by_norm
        key = term.words[0] if len(term.words) == 1 else (term.words[0], term.words[1])
        index.setdefault(key, []).append(term)
        if term.hashtag:
            self.by_compact.setdefault(term.compact, []).append(term)
            if term.affixes:
                self.affix_sets.add(term.affixes)
        if term.obfuscated and len(term.words) == 1:
            self.masked.append(term)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_norm.values()) + sum(len(v) for v in self.by_stem.values())

    # -- matching ---------------------------------------------------------------
    def find(self, text: Text) -> list[Hit]:
        hits: list[Hit] = []
        tokens = text.tokens
        by_norm, by_stem = self.by_norm, self.by_stem
        for i, tok in enumerate(tokens):
            if tok.kind == "hashtag":
                self._hashtag(text, tok, hits)
            nxt = _next_word(tokens, i)
            for key_index, first, second in ((by_norm, tok.norm, nxt.norm if nxt else None),
                                             (by_stem, tok.stem, nxt.stem if nxt else None)):
                for term in key_index.get(first, ()):
                    self._extend(text, tok, term, hits, stemmed=term.stem)
                if second is not None:
                    for term in key_index.get((first, second), ()):
                        self._extend(text, tok, term, hits, stemmed=term.stem)
            if self.masked and tok.kind == "word" and not tok.text.isalpha() and _MASKED.search(tok.text):
                self._masked(tok, hits)
        return hits

    def _extend(self, text: Text, tok: Token, term: Term, hits: list, stemmed: bool) -> None:
        tokens = text.tokens
        matched = [tok]
        i = tok.index + 1
        for word in term.words[1:]:
            while i < len(tokens) and tokens[i].kind == "other" and tokens[i].text in _JOINERS:
                i += 1
            if i >= len(tokens):
                return
            t = tokens[i]
            if (t.stem if stemmed else t.norm) != word:
                return
            matched.append(t)
            i += 1
        if not self._case_ok(text, term, matched):
            return
        last = matched[-1]
        if term.not_followed_by and last.index + 1 < len(tokens):
            nxt = tokens[last.index + 1]
            if nxt.norm in term.not_followed_by or nxt.stem in term.not_followed_by:
                return
        if term.not_preceded_by and tok.index > 0:
            prev = tokens[tok.index - 1]
            if prev.norm in term.not_preceded_by:
                return
        hits.append(Hit(term.lexicon, term, tok.index, last.index + 1, tok.start, last.end))

    @staticmethod
    def _case_ok(text: Text, term: Term, matched: list[Token]) -> bool:
        if term.case == "any" or text.all_caps:
            return True
        if term.case == "exact":
            return all(t.text == w or t.is_upper and t.text == w.upper()
                       for t, w in zip(matched, term.written))
        return all(t.text[:1].isupper() or not t.text[:1].isalpha() or not w[:1].isupper()
                   for t, w in zip(matched, term.written))

    def _masked(self, tok: Token, hits: list) -> None:
        shape = _mask_shape(tok.lower)
        for term in self.masked:
            if len(term.words[0]) == len(tok.lower) and shape.match(term.words[0]):
                hits.append(Hit(term.lexicon, term, tok.index, tok.index + 1, tok.start, tok.end))

    def _hashtag(self, text: Text, tok: Token, hits: list) -> None:
        """#VoteLabour, #ToriesOut, #labourdoorstep: a term, optionally with an affix word either side."""
        body = tok.lower[1:].replace("_", "")
        if not body or not self.by_compact:
            return
        segments = split_hashtag(tok.text[1:])
        if len(segments) > 1:
            cuts, pos = [0], 0
            for seg in segments:
                pos += len(seg)
                cuts.append(pos)
        else:
            cuts = range(len(body) + 1)
        found = set()
        for i in cuts:
            pre = body[:i]
            for j in cuts:
                if j <= i:
                    continue
                for term in self.by_compact.get(body[i:j], ()):
                    post = body[j:]
                    if term.lexicon in found:
                        continue
                    if (not pre or pre in term.affixes) and (not post or post in term.affixes):
                        found.add(term.lexicon)
                        hits.append(Hit(term.lexicon, term, tok.index, tok.index + 1, tok.start, tok.end))


_MASKED = re.compile("[" + re.escape(MASK_CHARS) + "]")


@lru_cache(maxsize=4096)
def _mask_shape(word: str) -> re.Pattern:
    return re.compile("".join("." if c in MASK_CHARS else re.escape(c) for c in word) + r"\Z")


def _next_word(tokens: list[Token], i: int) -> Token | None:
    """The next token after i, stepping over joiners, as multi-word terms are matched."""
    i += 1
    while i < len(tokens) and tokens[i].kind == "other" and tokens[i].text in _JOINERS:
        i += 1
    return tokens[i] if i < len(tokens) else None


def lexicon_options(options: dict) -> dict:
    """A lexicon's options in the form terms use, computed once per lexicon rather than once per term."""
    lower_set = lambda key: frozenset(w.lower() for w in options.get(key, ()))  # noqa: E731
    return {"case": options.get("case", "any"), "stem": bool(options.get("stem", False)),
            "obfuscated": bool(options.get("obfuscated", False)), "hashtag": bool(options.get("hashtag", False)),
            "affixes": lower_set("hashtag_affixes"), "not_followed_by": lower_set("not_followed_by"),
            "not_preceded_by": lower_set("not_preceded_by")}


def build_term(lexicon: str, entry, options: dict) -> Term:
    """A term from a rule file: a plain string, or a table with per-term options.

    `options` comes from `lexicon_options`; a table's own options override them."""
    if isinstance(entry, dict):
        phrase = entry["term"]
        raw = {k: v for k, v in entry.items() if k != "term"}
        options = {**options, **{k: v for k, v in lexicon_options(raw).items() if k in _given(raw)}}
    else:
        phrase = entry
    tokens = term_tokens(phrase, with_stems=options["stem"])
    if not tokens:
        raise ValueError(f"lexicon {lexicon!r}: term {phrase!r} has no words")
    words = tuple(t.stem if options["stem"] else t.norm for t in tokens)
    return Term(lexicon=lexicon, text=phrase, words=words, written=tuple(t.text for t in tokens), **options)


def _given(raw: dict) -> set:
    renamed = {"hashtag_affixes": "affixes"}
    return {renamed.get(k, k) for k in raw}
