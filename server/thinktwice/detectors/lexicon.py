"""One multi-pattern matcher for every lexicon in every pack.

Terms are indexed by their first word, so a check costs one dictionary look-up per
token whatever the size of the lexicons (650 MPs or 65,000 make no difference).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from itertools import count as count_from
from operator import attrgetter
from sys import intern
from typing import NamedTuple

from ..text import MASK_CHARS, Text, split_hashtag, word_forms

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
    name: str = ""            # the lexicon's name without "@org" ...
    owner: str = ""           # ... and the organisation it belongs to, if any
    plain: bool = True        # no case or neighbour condition: every match counts

    def __post_init__(self):
        self.name, _, self.owner = self.lexicon.partition("@")
        self.plain = self.case == "any" and not self.not_followed_by and not self.not_preceded_by

    @property
    def compact(self) -> str:
        return "".join(self.written).lower().replace("'", "").replace("’", "")


class Hit(NamedTuple):
    lexicon: str
    term: Term
    first: int     # token indices, inclusive/exclusive
    last: int
    start: int     # character offsets in the raw text
    end: int


# Hit(...) runs a generated Python __new__; a check makes dozens of hits, so they are made in C instead.
_hit = partial(tuple.__new__, Hit)


def term_words(phrase: str, with_stems: bool = True) -> list[tuple[str, str]]:
    """A phrase's words as written and as matched (normal form, or stem), split as they would be
    written in a post: 'Students’ Union' -> ('Students', 'students'), ('Union', 'union')."""
    # A post is tokenised chunk by chunk (text.py), so a phrase is too; the chunks of a pack's
    # phrases come back thousands of times ("{org} {org_role}" expands to every name and role).
    words: list[tuple[str, str]] = []
    for chunk in phrase.split():
        words += _chunk_words(chunk, with_stems)
    return words


@lru_cache(maxsize=65536)
def _chunk_words(chunk: str, with_stems: bool) -> tuple[tuple[str, str], ...]:
    if chunk.isalpha() and chunk.isascii():         # most are plain words: skip the full tokeniser
        return ((chunk, word_forms(chunk.lower(), with_stems)[1 if with_stems else 0]),)
    rows = Text.tokenise(chunk)[0]
    return tuple((text, st if with_stems else norm) for kind, text, _, _, norm, st, _ in rows
                 if not (kind == "other" and text in _JOINERS))


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
    _hashtags: dict = field(default_factory=dict, repr=False)   # hashtag as written -> the terms it holds
    _affixes_by_first: dict = field(default_factory=dict, repr=False)   # hashtag affixes by first letter ...
    _affixes_by_last: dict = field(default_factory=dict, repr=False)    # ... and by last letter
    _numeric_terms: bool = field(default=False, repr=False)             # a hashtag term without letters
    size: int = 0

    def add(self, term: Term) -> None:
        # A trie by words: however many terms share an opening ("as your ...", "course rep at ..."),
        # a text that does not continue it costs one look-up.
        level = self.by_stem if term.stem else self.by_norm
        for word in map(intern, term.words):      # texts' words are interned too: keys compare by identity
            node = level.get(word)
            if node is None:
                node = level[word] = _Node()
            level = node.next
        node.terms.append(term)
        self.size += 1
        if term.hashtag:
            self.by_compact.setdefault(term.compact, []).append(term)
            self._numeric_terms |= not any(c.isalpha() for c in term.compact)
            for affix in term.affixes:
                self._affixes_by_first.setdefault(affix[0], set()).add(affix)
                self._affixes_by_last.setdefault(affix[-1], set()).add(affix)
            self._hashtags.clear()
        if term.obfuscated and len(term.words) == 1:
            self.masked.append(term)

    def __len__(self) -> int:
        return self.size

    # -- matching ---------------------------------------------------------------
    def find(self, text: Text) -> list[Hit]:
        """Every term in the text. Only the tokens that open a term are walked, found with one
        look-up per token by C-level iterators; the walk is written out here rather than in helper
        methods because a check makes few calls but each one costs (see docs/performance.md)."""
        hits: list[Hit] = []
        for i in text.specials:
            if text.kinds[i] == "hashtag":
                self._hashtag(text, i, hits)
        count, kinds, words, starts = len(text), text.kinds, text.words, text.starts
        for root, column in ((self.by_norm, text.norms), (self.by_stem, text.stems)):
            if not root:
                continue
            for i in list(compress(count_from(), map(root.__contains__, column))):
                node = root[column[i]]
                if not node.terms:
                    # Only the opening of longer terms ("on the ...", "is a ..."), as most function
                    # words are: most such tokens are ruled out by the next one alone.
                    if i + 1 >= count or column[i + 1] not in node.next and kinds[i + 1] != "other":
                        continue
                j, matched = i, None        # `matched`: the path's tokens, once it has two
                while True:
                    for term in node.terms:
                        if term.plain or self._acceptable(text, term, matched or [i]):
                            hits.append(_hit((term.lexicon, term, i, j + 1, starts[i], starts[j] + len(words[j]))))
                    if not node.next:
                        break
                    j += 1
                    while j < count and kinds[j] == "other" and words[j] in _JOINERS:
                        j += 1
                    if j >= count:
                        break
                    node = node.next.get(column[j])
                    if node is None:
                        break
                    if matched is None:
                        matched = [i]
                    matched.append(j)
        if self.masked:
            for i in text.specials:
                if text.kinds[i] == "word" and _MASKED.search(text.words[i]):
                    self._masked(text, i, hits)
        # In token order; at one token, hashtag terms, then words, then stems, then disguised words.
        hits.sort(key=_FIRST)
        return hits

    def _acceptable(self, text: Text, term: Term, matched: list[int]) -> bool:
        """A term whose words all matched, but with a case or neighbour condition: does it hold?"""
        if not self._case_ok(text, term, matched):
            return False
        first, last = matched[0], matched[-1]
        if term.not_followed_by and last + 1 < len(text):
            if text.norms[last + 1] in term.not_followed_by or text.stems[last + 1] in term.not_followed_by:
                return False
        return not (term.not_preceded_by and first > 0 and text.norms[first - 1] in term.not_preceded_by)

    @staticmethod
    def _case_ok(text: Text, term: Term, matched: list[int]) -> bool:
        """Written as the term requires ("Labour", not "labour"), or the whole text is in capitals."""
        if term.case == "any":
            return True
        words, exact = text.words, term.case == "exact"
        for i, w in zip(matched, term.written):
            t = words[i]
            if exact:
                if not (t == w or len(t) > 1 and t.isupper() and t == w.upper()):
                    return text.all_caps
            elif not (t[:1].isupper() or not t[:1].isalpha() or not w[:1].isupper()):
                return text.all_caps
        return True

    def _masked(self, text: Text, i: int, hits: list) -> None:
        lower = text.lowers[i]
        shape = _mask_shape(lower)
        for term in self.masked:
            if len(term.words[0]) == len(lower) and shape.match(term.words[0]):
                hits.append(_hit((term.lexicon, term, i, i + 1, text.starts[i], text.starts[i] + len(text.words[i]))))

    def _hashtag(self, text: Text, i: int, hits: list) -> None:
        terms = self._hashtags.get(text.words[i])
        if terms is None:
            if len(self._hashtags) >= 16384:
                self._hashtags.clear()
            terms = self._hashtags[text.words[i]] = self._hashtag_terms(text.words[i])
        if terms:
            start = text.starts[i]
            end = start + len(text.words[i])
            hits += [_hit((term.lexicon, term, i, i + 1, start, end)) for term in terms]

    def _hashtag_terms(self, hashtag: str) -> tuple[Term, ...]:
        """#VoteLabour, #ToriesOut, #labourdoorstep: a term, optionally with an affix word either side
        (worked out once per hashtag: the same ones come back in post after post)."""
        body = hashtag[1:].lower().replace("’", "'").replace("_", "")
        if not body or not self.by_compact or body.isdigit() and not self._numeric_terms:
            return ()
        segments = split_hashtag(hashtag[1:])
        if len(segments) > 1:       # #VoteLabour: a term and its affixes are whole segments
            cuts, pos = [0], 0
            for seg in segments:
                pos += len(seg)
                cuts.append(pos)
            splits = [(a, b) for a in cuts for b in cuts if a < b]
        else:                       # #votelabour: the term is what is left once a known affix is taken off
            pres = [0] + [len(x) for x in self._affixes_by_first.get(body[0], ()) if body.startswith(x)]
            posts = [len(body)] + [len(body) - len(x) for x in self._affixes_by_last.get(body[-1], ())
                                   if body.endswith(x)]
            splits = sorted({(a, b) for a in pres for b in posts if a < b})
        found: dict[str, Term] = {}
        for a, b in splits:
            for term in self.by_compact.get(body[a:b], ()):
                if term.lexicon in found:
                    continue
                pre, post = body[:a], body[b:]
                if (not pre or pre in term.affixes) and (not post or post in term.affixes):
                    found[term.lexicon] = term
        return tuple(found.values())


_FIRST = attrgetter("first")
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
    words = term_words(phrase, with_stems=options["stem"])
    if not words:
        raise ValueError(f"lexicon {lexicon!r}: term {phrase!r} has no words")
    written, matched = zip(*words)
    return Term(lexicon=lexicon, text=phrase, words=matched, written=written, **options)


def _given(raw: dict) -> set:
    renamed = {"hashtag_affixes": "affixes"}
    return {renamed.get(k, k) for k in raw}
