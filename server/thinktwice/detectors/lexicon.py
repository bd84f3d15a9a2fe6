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


class _Node:
    """A trie node: the terms that end at this word, and the words that may follow it."""

    __slots__ = ("terms", "next")

    def __init__(self):
        self.terms: list[Term] = []
        self.next: dict[str, _Node] = {}


@dataclass
class Matcher:
    by_norm: dict = field(default_factory=dict)       # word trie over normal forms: first word -> _Node
    by_stem: dict = field(default_factory=dict)       # word trie over stems, for lexicons with stem = true
    by_compact: dict = field(default_factory=dict)    # hashtag body -> terms
    masked: list = field(default_factory=list)        # single-word terms that may be written "f*ck"
    size: int = 0

    def add(self, term: Term) -> None:
        # A trie by words: however many terms share an opening ("as your ...", "course rep at ..."),
        # a text that does not continue it costs one look-up.
        level = self.by_stem if term.stem else self.by_norm
        for word in term.words:
            node = level.get(word)
            if node is None:
                node = level[word] = _Node()
            level = node.next
        node.terms.append(term)
        self.size += 1
        if term.hashtag:
            self.by_compact.setdefault(term.compact, []).append(term)
        if term.obfuscated and len(term.words) == 1:
            self.masked.append(term)

    def __len__(self) -> int:
        return self.size

    # -- matching ---------------------------------------------------------------
    def find(self, text: Text) -> list[Hit]:
        hits: list[Hit] = []
        tokens = text.tokens
        count = len(tokens)
        roots = ((self.by_norm, False), (self.by_stem, True))
        for i, tok in enumerate(tokens):
            kind = tok.kind
            if kind == "hashtag":
                self._hashtag(text, tok, hits)
            elif kind == "other" and tok.text in _JOINERS:
                continue
            for root, stemmed in roots:
                node = root.get(tok.stem if stemmed else tok.norm)
                if node is None:
                    continue
                matched = [tok]
                j = i
                while True:
                    for term in node.terms:
                        self._accept(text, term, matched, hits)
                    if not node.next:
                        break
                    j += 1
                    while j < count and tokens[j].kind == "other" and tokens[j].text in _JOINERS:
                        j += 1
                    if j >= count:
                        break
                    following = tokens[j]
                    node = node.next.get(following.stem if stemmed else following.norm)
                    if node is None:
                        break
                    matched.append(following)
            if self.masked and kind == "word" and not tok.text.isalpha() and _MASKED.search(tok.text):
                self._masked(tok, hits)
        return hits

    def _accept(self, text: Text, term: Term, matched: list[Token], hits: list) -> None:
        """A term whose words all matched: keep it if its case and neighbours allow."""
        if not self._case_ok(text, term, matched):
            return
        tokens = text.tokens
        first, last = matched[0], matched[-1]
        if term.not_followed_by and last.index + 1 < len(tokens):
            nxt = tokens[last.index + 1]
            if nxt.norm in term.not_followed_by or nxt.stem in term.not_followed_by:
                return
        if term.not_preceded_by and first.index > 0:
            if tokens[first.index - 1].norm in term.not_preceded_by:
                return
        hits.append(Hit(term.lexicon, term, first.index, last.index + 1, first.start, last.end))

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
