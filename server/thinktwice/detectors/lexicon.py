"""One multi-pattern matcher for every lexicon of a pack: the second inner loop where speed work belongs.

Terms are kept in a trie of words, so a check costs one dictionary look-up per token whatever the
size of the lexicons (650 MPs or 65,000 make no difference). A term may hold an organisation slot —
`{org}`, `{org_brand}` or `{org_partner}` — which matches the names of the organisation being
checked for; so one pack can serve any number of organisations without a copy of each such term
per organisation ("I work for {org}" is one term, not one per union and name).

A term may also hold a *choice* — `{lexicon}`, another lexicon of the pack, standing as a word of its
own after the term's first word — which matches any of that lexicon's terms. Its terms are kept once,
in a small trie of their own that every term naming the lexicon shares, and walked at match time:
"we're {disp_poor} at {self_task}" is one term, not 37 × 14 (compile.py says which placeholders are
choices and which are still written out).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

from ..text import MASK_CHARS, Text, hashtag_words, split_hashtag, word_forms

# Tokens that may sit inside a multi-word term without breaking it ("Students' Union", "Lib-Dems").
JOINERS = frozenset({"'", "’", "-", "–", "&"})
# Quotation marks, passed over like joiners between a term's words and among its filler words: a name in
# quotes is still the name ("set up a 'Lancaster SU Official Events' page", 'the “official” page').
QUOTE_MARKS = frozenset({"'", "’", "‘", '"', "“", "”", "«", "»", "`"})
_PASSED_OVER = JOINERS | QUOTE_MARKS
ORG_SLOTS = ("org", "org_brand", "org_partner", "org_venue")
SLOT_WORDS = frozenset("{%s}" % s for s in ORG_SLOTS)
# A hashtag is looked into only this far: real ones are short, and a page can send any length.
MAX_HASHTAG_CHARS = 280


@dataclass(slots=True, eq=False)
class Term:
    lexicon: str              # the lexicon's name
    text: str                 # as written in the rule file (placeholders written out, or choices: compile.py)
    words: tuple[str, ...]    # normalised words (stems when `stem`); "{org}" etc. for organisation slots,
                              # "{lexicon}" for choices
    case: str = "any"         # any | title | exact
    stem: bool = False
    obfuscated: bool = False
    hashtag: bool = False
    affixes: frozenset = frozenset()
    not_followed_by: frozenset = frozenset()
    not_preceded_by: frozenset = frozenset()
    written: tuple[str, ...] = ()   # the literal words as written, for case rules
    gaps: int = 0             # words that may stand between the term's words ("a [complete] joke")
    in_compounds: bool = False  # also found inside hashtags and glued words split into words ("#FuckTrump")
    unless_anywhere: frozenset = frozenset()   # not when one of these lexicons is found anywhere in the text
    plain: bool = True        # no case or neighbour condition: every match counts

    def __post_init__(self):
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


# A check can make thousands of hits: made in C rather than through the named tuple's Python __new__.
_hit = partial(tuple.__new__, Hit)


def term_words(phrase: str, with_stems: bool = True, choices: frozenset = frozenset()) -> list[tuple[str, str]]:
    """A phrase's words as written and as matched (normal form, or stem), split as they would be
    written in a post: 'Students’ Union' -> ('Students', 'students'), ('Union', 'union').
    Organisation slots stay as they are: '{org} staff' -> ('{org}', '{org}'), ('staff', 'staff'); so do
    the choices that `choice_places` finds among `choices` (names of lexicons)."""
    if "{" not in phrase:
        return [pair for chunk in phrase.split() for pair in _part_words(chunk, with_stems)]
    words: list[tuple[str, str]] = []
    kept = choice_places(phrase, choices) if choices else ()
    for n, chunk in enumerate(phrase.split()):
        if n in kept:
            words.append((chunk, chunk))
            continue
        for part in _SLOT_SPLIT.split(chunk):
            if part in SLOT_WORDS:
                words.append((part, part))
            elif part and not (words and words[-1][0] in SLOT_WORDS and _POSSESSIVE.fullmatch(part)):
                # "{org}'s": a name's possessive is matched as the name ("the union's" reads as "the union")
                words += _part_words(part, with_stems)
    return words


def forget_phrase_words() -> None:
    """Drop the memo of the words of a pack's phrases: it is needed only while a pack compiles."""
    _part_words.cache_clear()


@lru_cache(maxsize=16384)
def _part_words(part: str, with_stems: bool) -> tuple[tuple[str, str], ...]:
    """A pack's phrases share most of their words ("{org} {org_role}", every union's "SU"): each is
    tokenised once while a pack compiles. Most parts are one plain word, which the tokeniser would read
    as exactly that word: its forms are had without building a Text."""
    if part.isalpha() and part.isascii():
        norm, stemmed = word_forms(part.lower(), with_stems)
        return ((part, stemmed if with_stems else norm),)
    text = Text(part, with_stems)
    return tuple((w, st if with_stems else norm) for kind, w, norm, st in zip(text.kinds, text.words, text.norms,
                                                                               text.stems)
                 if not (kind == "other" and w in JOINERS))


def choice_places(phrase: str, choices) -> frozenset:
    """Which of a phrase's words (split at spaces) are choices: a `{lexicon}` of `choices` standing
    alone, after the first word — a term's first word is what the matcher indexes, so it is written out."""
    if "{" not in phrase:
        return frozenset()
    return frozenset(n for n, chunk in enumerate(phrase.split()) if n and chunk[:1] == "{" and chunk[-1:] == "}"
                     and chunk[1:-1] in choices)


_SLOT_SPLIT = re.compile("(" + "|".join(re.escape(w) for w in sorted(SLOT_WORDS)) + ")")
_POSSESSIVE = re.compile("['’]s")


# What follows a node that no longer term goes on from (most nodes: a pack's trie has ~36,000 such):
# one read-only, empty mapping rather than an empty dict each.
_NO_WORDS = MappingProxyType({})


class _Node:
    """A trie node: the terms that end at this word, the words that may follow, which organisation
    slots may follow, and which choices (with the trie of each: `Matcher.choice_trie`)."""

    __slots__ = ("terms", "next", "slots", "gaps", "choices", "closes", "chosen")

    def __init__(self):
        self.terms: tuple[Term, ...] = ()
        self.next: dict[str, _Node] = _NO_WORDS     # its own dict once a word follows
        self.slots: tuple[str, ...] = ()
        self.gaps = 0                   # the most filler words any term going on from here allows
        self.choices: tuple = ()        # ("{lexicon}", its choice trie's root): next[word] goes on after one
        # in a choice trie, where one of the lexicon's terms ends: the filler words that term allows of its
        # own (None where none ends), credited to the term going on from the choice
        self.closes: int | None = None
        # `chosen`, the choices indexed by the first words of their terms (Matcher._chosen), is set when
        # first walked: most nodes have no choices, and a pack makes ~100,000 nodes


class _NameNode:
    """A node of the organisation-names trie: for each organisation whose name ends here, the slots
    that name fills (a union's own name fills {org} and {org_brand}; its university's, {org_brand}...)."""

    __slots__ = ("owners", "next")

    def __init__(self):
        self.owners: dict[str, frozenset] = {}
        self.next: dict[str, _NameNode] = _NO_WORDS     # its own dict once a word follows


def _forget_chosen(node: _Node) -> None:
    """A node's choices changed: its index (Matcher._chosen) is made again when next walked."""
    try:
        del node.chosen
    except AttributeError:
        pass


def _walk_joiners(kinds, words, j: int, count: int) -> int:
    while j < count and kinds[j] == "other" and words[j] in _PASSED_OVER:
        j += 1
    return j


@dataclass
class Matcher:
    by_norm: dict = field(default_factory=dict)       # word trie over normal forms: first word -> _Node
    by_stem: dict = field(default_factory=dict)       # word trie over stems, for lexicons with stem = true
    names: dict = field(default_factory=dict)         # organisation names trie: first word -> _NameNode
    by_compact: dict = field(default_factory=dict)    # hashtag body -> terms
    masked: list = field(default_factory=list)        # single-word terms that may be written "f*ck" ...
    masked_by_length: dict = field(default_factory=dict)    # ... as (spelled, term) by their length
    masked_by_letter: dict = field(default_factory=dict)    # ... and by (length, position, letter) of each letter
    longest_masked: int = 0
    # the words of every term of an obfuscated lexicon, so a masked word inside a longer term is read
    # ("what the f**k", "piece of sh*t"): (spelled, spelled) by length, and by (length, position, letter)
    mask_words_by_length: dict = field(default_factory=dict)
    mask_words_by_letter: dict = field(default_factory=dict)
    longest_mask_word: int = 0
    conditional: list = field(default_factory=list)   # terms that lexicons found anywhere in the text rule out
    _ruling_out: dict = field(default_factory=dict, repr=False)   # ... by each such lexicon: the terms it rules out
    root_slots: tuple = ()                            # slots that open a term ("{org} condemns")
    compound_ends: set = field(default_factory=set)   # one-word terms that may stand inside a glued word
    _compound_terms: re.Pattern | None = field(default=None, repr=False)   # any of them, to search for
    affixes: frozenset = frozenset()                  # every hashtag affix, to find where a term may start
    affix_lengths: tuple = ()
    numeric_terms: bool = False                       # a hashtag term without letters
    size: int = 0
    choice_terms: dict = field(default_factory=dict)  # "{lexicon}" -> its (term, own gaps), for choices (add_choices)
    choice_tries: dict = field(default_factory=dict)  # ("{lexicon}", stem) -> root _Node of their trie
    _choice_own: dict = field(default_factory=dict, repr=False)   # "{lexicon}" -> _most_own
    _choice_index: dict = field(default_factory=dict, repr=False)  # the nodes' shared choice indexes (_chosen)
    _slot_sets: dict = field(default_factory=dict, repr=False)    # the sets of slots names fill, each kept once
    _choosing: list = field(default_factory=list, repr=False)     # the nodes given choices, for index_choices

    # -- building (the compile step) -------------------------------------------------------------
    def add_choices(self, lexicon: str, phrases) -> None:
        """The terms a choice `{lexicon}` stands for (as written; a term naming it makes their trie): each a
        phrase, or (phrase, the filler words it allows of its own: its `gaps`, kept wherever it is named)."""
        self.choice_terms["{%s}" % lexicon] = tuple((p, 0) if isinstance(p, str) else tuple(p) for p in phrases)

    def add(self, term: Term) -> None:
        root = self.by_stem if term.stem else self.by_norm
        level, node = root, None
        # a term holds a choice only where its text names one ("{lexicon}")
        reach = self.reach(term) if self.choice_terms and "{" in term.text else term.gaps
        for word in term.words:
            if node is not None and reach > node.gaps:
                node.gaps = reach
            if word in self.choice_terms and word not in SLOT_WORDS:
                if node is None:
                    raise ValueError(f"lexicon {term.lexicon!r}: term {term.text!r} opens with a choice")
                trie = self.choice_trie(word, term.stem, reach)
                if (word, trie) not in node.choices:
                    if not node.choices:
                        self._choosing.append(node)
                    node.choices += ((word, trie),)
                    _forget_chosen(node)
            elif word in SLOT_WORDS:
                slot = word[1:-1]
                if node is None:                    # a term that opens with a slot
                    if slot not in self.root_slots:
                        self.root_slots += (slot,)
                elif slot not in node.slots:
                    node.slots += (slot,)
            child = level.get(word)
            if child is None:
                if level is _NO_WORDS:
                    level = node.next = {}
                child = level[word] = _Node()
            node, level = child, child.next
        node.terms += (term,)
        self.size += 1
        if term.unless_anywhere:
            self.conditional.append(term)
            for name in term.unless_anywhere:
                self._ruling_out.setdefault(name, set()).add(term)
        if term.hashtag:
            self.add_hashtag(term.compact, term)
        if term.obfuscated and len(term.words) == 1:
            self.masked.append(term)
            # a disguise hides the word as written ("n*nce"), which a stemmed term no longer spells ("nonc")
            spelled = _spelled(term)
            self.masked_by_length.setdefault(len(spelled), []).append((spelled, term))
            for position, letter in enumerate(spelled):
                self.masked_by_letter.setdefault((len(spelled), position, letter), []).append((spelled, term))
            self.longest_masked = max(self.longest_masked, len(spelled))
        if term.obfuscated and len(term.words) > 1:
            for word in {w.lower() for w in term.written if w.isalpha() and len(w) > 1}:
                if (word, word) not in self.mask_words_by_length.get(len(word), ()):
                    self.mask_words_by_length.setdefault(len(word), []).append((word, word))
                    for position, letter in enumerate(word):
                        self.mask_words_by_letter.setdefault((len(word), position, letter), []).append((word, word))
                    self.longest_mask_word = max(self.longest_mask_word, len(word))
        if term.in_compounds and len(term.words) == 1 and term.words[0].isalpha():
            self.compound_ends.add(term.words[0])
            self._compound_terms = None

    def add_hashtag(self, compact: str, term: Term) -> None:
        """A hashtag ('#VoteLabour' as 'votelabour', with the term's affixes either side) found as `term`."""
        terms = self.by_compact.setdefault(compact, [])
        if term not in terms:
            terms.append(term)
        self.numeric_terms |= not any(c.isalpha() for c in compact)
        if not term.affixes <= self.affixes:
            self.affixes |= term.affixes
            self.affix_lengths = tuple(sorted({len(a) for a in self.affixes}))

    def choice_trie(self, word: str, stem: bool, gaps: int) -> _Node:
        """The trie of the terms `word` ("{lexicon}") stands for, by normal form or stem: made once,
        shared by every term naming it. Each of its nodes allows as many filler words as the most any
        such term may skip in all (`gaps`: `reach`); where one of its terms ends, the filler it allows of
        its own is credited to the term going on (a term's own limit is applied when it is found)."""
        root = self.choice_tries.get((word, stem))
        if root is None:
            root = self.choice_tries[word, stem] = _Node()
            nested = frozenset(w[1:-1] for w in self.choice_terms)
            for phrase, own in self.choice_terms[word]:
                node = root
                for matched in (m for _, m in term_words(phrase, with_stems=stem, choices=nested)):
                    if matched in SLOT_WORDS:
                        if matched[1:-1] not in node.slots:
                            node.slots += (matched[1:-1],)
                    elif matched in self.choice_terms and node is not root:
                        # a choice inside a choice's term ("{epithet_adjective} {epithet_noun}"): its own trie
                        inner = self.choice_trie(matched, stem, gaps)
                        if (matched, inner) not in node.choices:
                            if not node.choices:
                                self._choosing.append(node)
                            node.choices += ((matched, inner),)
                            _forget_chosen(node)
                    child = node.next.get(matched)
                    if child is None:
                        if node.next is _NO_WORDS:
                            node.next = {}
                        child = node.next[matched] = _Node()
                    node = child
                if node is not root:
                    node.closes = own if node.closes is None else max(node.closes, own)
        if gaps > root.gaps:
            stack = [root]
            while stack:
                node = stack.pop()
                node.gaps = max(node.gaps, gaps)
                stack += node.next.values()
                stack += (trie for _, trie in node.choices)
        return root

    def reach(self, term: Term) -> int:
        """The most filler words a term may skip in all: its own gaps, and the most each choice it holds
        allows of its own (credited back where the choice's term ends, so a term's own limit holds)."""
        return term.gaps + sum(self._most_own(w) for w in term.words if w in self.choice_terms and w not in SLOT_WORDS)

    def _most_own(self, word: str) -> int:
        """The most filler words a term of choice `word` allows of its own, with the choices it holds."""
        found = self._choice_own.get(word)
        if found is None:
            nested = frozenset(w[1:-1] for w in self.choice_terms)
            found = self._choice_own[word] = max(
                (own + sum(self._most_own(m) for _, m in term_words(phrase, with_stems=False, choices=nested)[1:]
                           if m in self.choice_terms)
                 for phrase, own in self.choice_terms[word]), default=0)
        return found

    def add_name(self, org: str, name: str, slots: frozenset) -> None:
        """One of an organisation's names, and the slots it fills."""
        level, node = self.names, None
        for _, norm in term_words(name, with_stems=False):
            child = level.get(norm)
            if child is None:
                if level is _NO_WORDS:
                    level = node.next = {}
                child = level[norm] = _NameNode()
            node, level = child, child.next
        # the slots a name fills are one of a few sets, shared (a pack of 600 profiles has ~30,000 owners)
        shared = self._slot_sets
        if node is not None:
            filled = node.owners.get(org, frozenset()) | slots
            node.owners[org] = shared.setdefault(filled, filled)
        for handle in handles_of(name):     # "@LancasterSU", "#LancsSU" name Lancaster SU
            node = self.names.setdefault(handle, _NameNode())
            filled = node.owners.get(org, frozenset()) | slots
            node.owners[org] = shared.setdefault(filled, filled)

    def index_choices(self) -> None:
        """Every node's choices indexed (`_chosen`) once the terms are in: made in the first check that walked each
        node, the indexes (some 40,000 tuples) cost those checks and stayed out of the pack's frozen objects, so
        every full collection walked them (a 20,000-character check in its own process: its collections ~2.5x
        4ec02e1's)."""
        for node in self._choosing:
            self._chosen(node)

    def __len__(self) -> int:
        return self.size

    # -- matching --------------------------------------------------------------------------------
    def find(self, text: Text, org: str | None = None, deadline=None) -> list[Hit]:
        """Every term in the text, for organisation `org` (its names fill the slots). In token order;
        at one token, hashtag terms, then words, then stems, then disguised words. `deadline`
        (budget.Deadline) is consulted every so many tokens."""
        hits: list[Hit] = []
        for i in text.specials:
            if text.kinds[i] == "hashtag":
                self._hashtag(text, i, hits)
                if self.compound_ends and self._holds_compound_term(text.lowers[i]):
                    self._compound(text, i, _hashtag_words(text.words[i]), hits)
        names = self._names_at(text, org) if org and self.names else {}
        self._find_in(text, names, text.norms, text.stems, hits, deadline)
        if self.masked:
            unmasked: dict = {}
            for i in text.specials:
                if text.kinds[i] == "word" and _MASKED.search(text.words[i]):
                    self._masked(text, i, hits, unmasked)
        if self.mask_words_by_length and text.specials:
            self._masked_in_phrases(text, names, hits, deadline)
        if self.compound_ends:
            for i in compress(range(len(text)), map("word".__eq__, text.kinds)):
                if len(text.norms[i]) >= _SHORTEST_COMPOUND and self._may_be_glued(text.norms[i]):
                    self._compound(text, i, glued_words(text.norms[i]), hits)
        if self.conditional:
            ruling_out = self._ruling_out
            ruled_out = set().union(*(ruling_out[name] for name in set(map(_LEXICON, hits)) if name in ruling_out))
            if ruled_out:
                hits = [hit for hit in hits if hit.term not in ruled_out]
        hits.sort(key=_FIRST_TOKEN)
        return hits

    def _find_in(self, text: Text, names: dict, norms, stems, hits: list, deadline=None,
                 last_start: int | None = None) -> None:
        """The word and stem tries walked over a text's columns of normal forms and stems (its own, or
        with masked words read as words: _masked_in_phrases), from every token or, with `last_start`,
        from those up to it."""
        count, words = len(text), text.words
        starts, ends = text.starts, text.ends
        for root, column in ((self.by_norm, norms), (self.by_stem, stems)):
            if not root:
                continue
            root_slots = self.root_slots if root is self.by_norm and names else ()
            # only the tokens that open a term (or a name, for terms that open with one) are looked at
            opening = compress(range(count), map(root.__contains__, column))
            if root_slots:
                opening = sorted({*opening, *names})
            if last_start is not None:
                opening = [i for i in opening if i <= last_start]
            next_check = 0
            for i in opening:
                if deadline is not None and i >= next_check:
                    deadline.check("lexicons")
                    next_check = i - i % _TOKENS_BETWEEN_CHECKS + _TOKENS_BETWEEN_CHECKS
                node = root.get(column[i])
                if node is not None:
                    # the terms of one word, found here; _onward only where a longer one may go on
                    for term in node.terms:
                        if term.plain or self._acceptable(text, term, [i], i, i):
                            hits.append(_hit((term.lexicon, term, i, i + 1, starts[i], ends[i])))
                    if node.next and (node.slots or node.gaps or node.choices or i + 1 < count and (
                            column[i + 1] in node.next or words[i + 1] in _PASSED_OVER)):
                        self._onward(text, column, names, i, i, node, [i], hits, 0, None)
                if root_slots and i in names:
                    self._follow_slots(text, column, names, i, i, root_slots, root, [], hits)

    def _masked_in_phrases(self, text: Text, names: dict, hits: list, deadline=None) -> None:
        """Terms of more than one word with a masked word inside ("what the f**k", "piece of sh*t",
        "go f*ck yourself"): the tries walked again with each masked word read as the words of
        obfuscated terms it may hide (at most _MOST_MASK_READINGS readings, one per walk). Only hits
        of obfuscated lexicons that take in a masked word are new; the term's own neighbour and case
        conditions hold as for any hit."""
        readings: dict[int, list[str]] = {}
        for i in text.specials:
            if text.kinds[i] == "word" and _MASKED.search(text.words[i]):
                words = self._mask_readings(text.lowers[i])
                if words:
                    readings[i] = words
        if not readings:
            return
        known = {(hit.term, hit.first, hit.last) for hit in hits}
        for reading in range(min(max(map(len, readings.values())), _MOST_MASK_READINGS)):
            norms, stems = list(text.norms), list(text.stems)
            for i, words in readings.items():
                norms[i], stems[i] = word_forms(words[min(reading, len(words) - 1)])
            found: list[Hit] = []
            # a walk goes forward only: one starting after the last masked word cannot take one in
            self._find_in(text, names, norms, stems, found, deadline, last_start=max(readings))
            for hit in found:
                key = (hit.term, hit.first, hit.last)
                if hit.term.obfuscated and hit.last - hit.first > 1 and key not in known and \
                        any(hit.first <= i < hit.last for i in readings):
                    known.add(key)
                    hits.append(hit)

    def _mask_readings(self, lower: str) -> list[str]:
        """The words of obfuscated terms a masked word may be, with an ending ("f*cking" -> "fucking"),
        commonest first. Every reading is kept, not only the commonest as for a word standing alone: the
        rest of the term decides ("sh*t" is "shut" in "sh*t up", "shit" in "piece of sh*t")."""
        found = _fits(lower, self.mask_words_by_length, self.mask_words_by_letter, self.longest_mask_word)
        cost = english_words()._wordcost
        return sorted(set(found.values()), key=lambda word: (cost.get(word, float("inf")), word))

    def _walk(self, text: Text, column, names: dict, i: int, j: int, node: _Node, literal: list[int],
              hits: list, skipped: int = 0, after: tuple | None = None) -> None:
        """The term paths from `node`, whose last word is token j; `literal` holds the tokens that
        matched written words (for case and neighbour rules), `skipped` the filler words passed over.
        In a choice trie, `after` is (the node the term goes on from once the choice is made, the
        `after` to go on with there)."""
        for term in node.terms:
            if skipped <= term.gaps and (term.plain or self._acceptable(text, term, literal, i, j)):
                hits.append(_hit((term.lexicon, term, i, j + 1, text.starts[i], text.ends[j])))
        if node.closes is not None:
            self._walk(text, column, names, i, j, after[0], literal, hits, skipped - node.closes, after[1])
        if node.next:
            self._onward(text, column, names, i, j, node, literal, hits, skipped, after)

    def _onward(self, text: Text, column, names: dict, i: int, j: int, node: _Node, literal: list[int],
                hits: list, skipped: int, after: tuple | None) -> None:
        """The longer terms going on from `node` (which has words that may follow), past joiners, filler
        words the terms allow, organisation names and choices."""
        following = node.next
        kinds, words = text.kinds, text.words
        count = len(kinds)
        k = _walk_joiners(kinds, words, j + 1, count)
        for extra in range(node.gaps - skipped + 1):
            if k >= count:
                return
            child = following.get(column[k])
            if child is not None:
                self._walk(text, column, names, i, k, child, literal + [k], hits, skipped + extra, after)
            if node.slots and k in names:
                self._follow_slots(text, column, names, i, k, node.slots, following, literal, hits, after)
            if node.choices:
                try:
                    chosen = node.chosen
                except AttributeError:
                    chosen = self._chosen(node)
                if chosen[1] and k in names:        # a choice's term may open with a name: each walked in turn
                    for word, trie in node.choices:
                        self._choose(text, column, names, i, k, trie, (following[word], after), literal, hits,
                                     skipped + extra)
                else:                               # one look-up for every choice whose terms open with the word
                    for child, word in chosen[0].get(column[k], ()):
                        self._walk(text, column, names, i, k, child, literal + [k], hits, skipped + extra,
                                   (following[word], after))
            if kinds[k] != "word" and not _filler(kinds[k], words[k]):
                return
            k = _walk_joiners(kinds, words, k + 1, count)

    def _chosen(self, node: _Node) -> tuple:
        """A node's choices as one index: each first word of a choice's terms -> (the choice trie's node for
        it, the choice), in the order of `node.choices`, so a token is looked up once rather than once per
        choice ("the" has eleven); and whether any choice's terms open with an organisation's name. Nodes
        with the same choices share one index."""
        chosen = self._choice_index.get(node.choices)
        if chosen is None:
            index: dict = {}
            for word, trie in node.choices:
                for first, child in trie.next.items():
                    index[first] = index.get(first, ()) + ((child, word),)
            chosen = self._choice_index[node.choices] = (index, any(trie.slots for _, trie in node.choices))
        node.chosen = chosen
        return chosen

    def _follow_slots(self, text: Text, column, names: dict, i: int, k: int, slots: tuple, children: dict,
                      literal: list[int], hits: list, after: tuple | None = None) -> None:
        """Continue past each of the organisation's names that starts at token k and fills a slot."""
        for last, filled in names[k]:
            for slot in slots:
                if slot in filled:
                    self._walk(text, column, names, i, last, children["{%s}" % slot], literal, hits, 0, after)

    def _choose(self, text: Text, column, names: dict, i: int, k: int, trie: _Node, after: tuple,
                literal: list[int], hits: list, skipped: int) -> None:
        """A choice whose first word would be token k: walk its trie, going on after each term of it found."""
        child = trie.next.get(column[k])
        if child is not None:
            self._walk(text, column, names, i, k, child, literal + [k], hits, skipped, after)
        if trie.slots and k in names:
            self._follow_slots(text, column, names, i, k, trie.slots, trie.next, literal, hits, after)

    def _may_be_glued(self, norm: str) -> bool:
        """A word that holds a one-word term of a lexicon found in compounds ("theasshole"), and is no
        English word itself ("history" holds "tory", and stays whole)."""
        if self._compound_terms is None:
            self._holds_compound_term("")
        return _may_be_glued(self._compound_terms, norm)

    def _holds_compound_term(self, lower: str) -> bool:
        if self._compound_terms is None:
            self._compound_terms = re.compile("|".join(map(re.escape, sorted(self.compound_ends, key=len,
                                                                               reverse=True))))
        return self._compound_terms.search(lower) is not None

    def _compound(self, text: Text, i: int, parts: list[str], hits: list) -> None:
        """Terms among the words of a hashtag ("#fuck" too) or of a glued word, for the lexicons that
        look there; a hit covers the whole token."""
        if not parts or len(parts) < 2 and text.kinds[i] != "hashtag":
            return
        inner = Text(" ".join(parts))
        found: list[Hit] = []
        for root, column in ((self.by_norm, inner.norms), (self.by_stem, inner.stems)):
            for j in range(len(inner)):
                node = root.get(column[j])
                if node is not None:
                    self._walk(inner, column, {}, j, j, node, [j], found)
        seen = set()
        for hit in found:
            term = hit.term
            if term.in_compounds and term.lexicon not in seen:
                seen.add(term.lexicon)
                hits.append(_hit((term.lexicon, term, i, i + 1, text.starts[i], text.ends[i])))

    def _names_at(self, text: Text, org: str) -> dict[int, list[tuple[int, frozenset]]]:
        """Token index -> (the name's last token, the slots it fills), for `org`'s names in the text."""
        found: dict[int, list] = {}
        count, norms = len(text), text.norms
        one_token: list[tuple[int, str]] = []       # (token, the name it may be) for names in one token
        # an account named after the organisation's handle with a part of its own (@lusu.welfare.help,
        # @lancastersu_sport) names the organisation too
        for i in compress(range(count), map("handle".__eq__, text.kinds)):
            head = _HANDLE_HEAD.match(norms[i])
            if head and head.end() < len(norms[i]):
                one_token.append((i, head.group()))
        # ... and so does such a handle written without its '@' ('called it chesterstudentsunion_official')
        one_token += [(i, _hashtag_handle("@" + text.lowers[i])) for i in text.specials
                      if "_" in text.lowers[i] and text.kinds[i] == "word"]
        # a hashtag of its handle names it as the handle does (#LUSU, #LancsSU, #lusu2026, #LancasterSU_sport)
        one_token += [(i, _hashtag_handle(norms[i])) for i in compress(range(count), map("hashtag".__eq__, text.kinds))]
        for i, name in one_token:
            node = self.names.get(name)
            filled = node.owners.get(org) if node is not None else None
            if filled:
                found[i] = [(i, filled)]
        for i in compress(range(count), map(self.names.__contains__, norms)):
            node = self.names[norms[i]]
            j = i
            if i and norms[i] in _GENERIC_NAME_WORDS and _other_place(text, i - 1, self.names, org):
                continue                    # 'Manchester SU', 'Leeds Student Union': another place's union
            while node is not None:
                filled = node.owners.get(org)
                if filled:
                    found.setdefault(i, []).append((j, filled))
                if not node.next:
                    break
                j = _walk_joiners(text.kinds, text.words, j + 1, count)
                if j >= count:
                    break
                node = node.next.get(norms[j])
        return found

    def _acceptable(self, text: Text, term: Term, literal: list[int], first: int, last: int) -> bool:
        """A term whose words all matched, but with a case or neighbour condition: does it hold?"""
        if not self._case_ok(text, term, literal):
            return False
        if term.not_followed_by and last + 1 < len(text):
            if text.norms[last + 1] in term.not_followed_by or text.stems[last + 1] in term.not_followed_by:
                return False
        return not (term.not_preceded_by and first > 0 and text.norms[first - 1] in term.not_preceded_by)

    @staticmethod
    def _case_ok(text: Text, term: Term, literal: list[int]) -> bool:
        """Written as the term requires ("Labour", not "labour"), or the whole text is in capitals."""
        if term.case == "any":
            return True
        words, exact = text.words, term.case == "exact"
        for i, w in zip(literal, term.written):
            t = words[i]
            if exact:
                if not (t == w or len(t) > 1 and t.isupper() and t == w.upper()):
                    return text.all_caps
            elif not (t[:1].isupper() or not t[:1].isalpha() or not w[:1].isupper()):
                return text.all_caps
        return True

    def _masked(self, text: Text, i: int, hits: list, seen: dict) -> None:
        """'f*ck', 'c**t', and with an ending: 'f*cking', 'sh*tty'. `seen`: the terms each masked word
        already turned out to be, in this text."""
        lower = text.lowers[i]
        terms = seen.get(lower)
        if terms is None:
            terms = seen[lower] = self._unmask(lower)
        # a masked word keeps its term's neighbour conditions ("the f**k" is the exclamation, as "the fuck" is)
        hits += [_hit((term.lexicon, term, i, i + 1, text.starts[i], text.ends[i])) for term in terms
                 if term.plain or self._acceptable(text, term, [i], i, i)]

    def _unmask(self, lower: str) -> list[Term]:
        found = _fits(lower, self.masked_by_length, self.masked_by_letter, self.longest_masked)
        return _likeliest(found) if _shows_more_than_a_letter(lower) else list(found)

    def _hashtag(self, text: Text, i: int, hits: list) -> None:
        terms = self.hashtag_terms(text.words[i])
        hits += [_hit((term.lexicon, term, i, i + 1, text.starts[i], text.ends[i])) for term in terms]

    def hashtag_terms(self, hashtag: str) -> tuple[Term, ...]:
        """#VoteLabour, #ToriesOut, #labourdoorstep: a term, optionally with an affix word either side.

        Linear in the hashtag's length: only the places where an affix ends (or the start) can open
        a term, and only where one starts (or the end) can close it."""
        body = hashtag[1:MAX_HASHTAG_CHARS].lower().replace("’", "'").replace("_", "")
        if not body or not self.by_compact or body.isdigit() and not self.numeric_terms:
            return ()
        segments = split_hashtag(hashtag[1:MAX_HASHTAG_CHARS])
        if len(segments) > 1:       # #VoteLabour: a term and its affixes are whole segments
            cuts, pos = {0}, 0
            for seg in segments:
                pos += len(seg)
                cuts.add(pos)
        else:                       # #votelabour: the term is what is left once a known affix is taken off
            cuts = None
        n = len(body)
        opens = [0] + [k for k in self.affix_lengths if k < n and body[:k] in self.affixes
                       and (cuts is None or k in cuts)]
        closes = [n] + [n - k for k in self.affix_lengths if k < n and body[n - k:] in self.affixes
                        and (cuts is None or n - k in cuts)]
        found: dict[str, Term] = {}
        for a in opens:
            for b in closes:
                if a >= b:
                    continue
                for term in self.by_compact.get(body[a:b], ()):
                    pre, post = body[:a], body[b:]
                    if term.lexicon not in found and (not pre or pre in term.affixes) and \
                            (not post or post in term.affixes):
                        found[term.lexicon] = term
        return tuple(found.values())


def _fits(lower: str, by_length: dict, by_letter: dict, longest: int) -> dict:
    """What a masked word may hide, from an index of (spelled word, what it stands for) by length and by
    (length, position, letter): what it stands for -> the word the mask reads as with it."""
    if len(lower) > longest + max(map(len, _ENDINGS)):
        return {}
    # the words to try: those spelled with the word's first letter that is not a mask character, there
    shown = next((p for p, c in enumerate(lower) if c not in MASK_CHARS), len(lower))
    found: dict = {}
    for ending in _ENDINGS:
        if found and ending:
            break               # a word the mask hides whole beats one read with an ending ('f***': not 'fags')
        length = len(lower) - len(ending)
        if ending and not _MASKED.search(lower[:length]):
            continue            # the disguise must be in the word itself, not only in its ending ("hoe***")
        candidates = (by_letter.get((length, shown, lower[shown]), ()) if shown < length
                      else by_length.get(length, ()))
        for spelled, meant in candidates:
            word = spelled + ending
            if meant not in found and _masks(lower, word):
                found[meant] = word
    return found


def _shows_more_than_a_letter(lower: str) -> bool:
    return len(lower) - len(_MASKED.findall(lower)) > 1


def _likeliest(found: dict[Term, str]) -> list[Term]:
    """A mask that shows more than its first letter is written for the reader to guess, so it reads as the
    commonest English word that fits: 'p***y' is 'pussy', not 'pikey'. Every term spelled that word is
    kept (one word may be in several lexicons); when no word that fits is known, every term is. (A first
    letter alone, 's***', is no guess worth making: every reading is kept.)"""
    words = set(found.values())
    if len(words) < 2:
        return list(found)
    cost = english_words()._wordcost
    known = [w for w in words if w in cost]
    if not known:
        return list(found)
    best = min(known, key=cost.__getitem__)
    return [term for term, word in found.items() if word == best]


def _spelled(term: Term) -> str:
    """A one-word term as written, in lower case."""
    return term.written[0].lower() if term.written else term.words[0]


def _filler(kind: str, word: str) -> bool:
    """What may stand inside a phrase that allows gaps: words and emoji ("OFFICIAL ✅ page"), never
    punctuation, which could end the sentence."""
    return kind == "word" or kind in ("other", "emoticon") and not unicodedata.category(word[0]).startswith("P")


_FIRST_TOKEN = itemgetter(2)        # Hit.first, read in C
_LEXICON = itemgetter(0)            # Hit.lexicon


_SHORTEST_COMPOUND = 6
_TOKENS_BETWEEN_CHECKS = 1024
_MOST_MASK_READINGS = 6           # walks of a text with its masked words read another way ("s***": shit, scum...)
_ENDINGS = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ty")


def _hashtag_words(hashtag: str) -> list[str]:
    """'#FuckTheTories' -> ['Fuck', 'The', 'Tories'] (as written); '#fucktrump' -> ['fuck', 'trump']."""
    body = hashtag[1:MAX_HASHTAG_CHARS]
    parts = hashtag_words(body)
    if len(parts) == 1 and parts[0].isalpha() and len(parts[0]) >= _SHORTEST_COMPOUND \
            and not is_english_word(parts[0].lower()):
        return glued_words(parts[0].lower())
    return parts


@lru_cache(maxsize=16384)
def _may_be_glued(compound_terms: re.Pattern, norm: str) -> bool:
    """Matcher._may_be_glued, remembered: long words come back in text after text."""
    return norm.isalpha() and compound_terms.search(norm) is not None and not is_english_word(norm)


def glued_words(word: str) -> list[str]:
    """The most likely split of words written together, by English word frequencies (wordninja):
    'theasshole' -> ['the', 'asshole'], while 'scunthorpe' and 'assassin' stay whole, being words."""
    return english_words().split(word) if len(word) <= MAX_HASHTAG_CHARS else [word]


def is_english_word(lower: str) -> bool:
    return lower in english_words()._wordcost     # wordninja's word -> cost table: its vocabulary


@lru_cache(maxsize=1)
def english_words():
    """wordninja's language model, whose 125,000 English words (by frequency; 18 MB, 0.2 s) load in
    the background when an engine starts (Detector.warm_up), or when a text first needs them."""
    import wordninja

    return wordninja.DEFAULT_LANGUAGE_MODEL


_HANDLE_HEAD = re.compile(r"@[^._]+(?=[._])")


# The words a union's or university's name shares with every other one ('SU', 'Student Union'): after
# another place's name they are that place's.
_GENERIC_NAME_WORDS = frozenset({"su", "students'", "students", "student", "union", "uni", "university", "guild"})
# Capitalised words that open a sentence or stand before the organisation's bare name without naming a place.
_NOT_PLACES = frozenset({"our", "the", "my", "your", "this", "that", "their", "his", "her", "a", "an", "every", "whole",
                         "new", "old", "dear", "hey", "hi", "thanks", "thank", "love", "go", "join", "at", "in", "from",
                         "to", "for", "with", "by", "of", "on", "and", "but", "so", "why", "how", "what", "when", "where",
                         "who", "is", "was", "wow", "omg", "great", "proud", "shoutout", "shout", "ask", "contact",
                         "email", "visit", "follow", "both", "each", "any", "no", "not", "yes", "today", "tonight",
                         "official", "local", "big", "huge", "massive", "well", "congrats", "congratulations", "free"})


def _other_place(text: Text, i: int, names: dict, org: str) -> bool:
    """Is token i a capitalised name of somewhere else ('Manchester' in 'Manchester SU', and for Lancaster
    SU 'Chester' in 'Chester SU'), not the start of one of `org`'s own names, nor a word that opens a
    sentence ('Our SU', 'Great SU night')?"""
    word = text.words[i]
    if not (text.kinds[i] == "word" and len(word) > 2 and word[0].isupper() and word[1:].islower()
            and text.norms[i] not in _NOT_PLACES):
        return False
    node = names.get(text.norms[i])
    following = node.next.get(text.norms[i + 1]) if node is not None else None
    return following is None or not (org in following.owners
                                     or any(org in after.owners for after in following.next.values()))


def _hashtag_handle(norm: str) -> str:
    """The handle key a hashtag would be: '#lusu2026' -> '@lusu', '#lancastersu_sport' -> '@lancastersu'."""
    return "@" + re.split(r"[._]", norm[1:], maxsplit=1)[0].rstrip("0123456789")


def handles_of(name: str) -> list[str]:
    """The handles a name would have: its own (handle_of), and with its first word shortened the way UK
    county names are ('Lancaster SU' -> '@lancssu', 'Leicester SU' -> '@leicssu'): Lanc-s, Leic-s."""
    handle = handle_of(name)
    if not handle:
        return []
    words = name.split()
    first = re.sub(r"[^a-z]", "", words[0].lower())
    rest = re.sub(r"[^a-z0-9]", "", "".join(words[1:]).lower())
    if len(words) < 2 or len(first) < 7 or not rest:
        return [handle]
    return [handle] + ["@" + first[:n] + "s" + rest for n in (3, 4)]


def handle_of(name: str) -> str | None:
    """The @handle a name would have: 'Lancaster SU' -> '@lancastersu', 'LUSU' -> '@lusu'; None for
    generic names ('the union', 'SU') that no account is named after."""
    compact = re.sub(r"[^a-z0-9]", "", name.lower())
    if name.lower().startswith("the ") or len(compact) < 4:
        return None
    return "@" + compact


_MASKED = re.compile("[" + re.escape(MASK_CHARS) + "]")


def _masks(disguised: str, word: str) -> bool:
    """'f*ck' masks 'fuck': the same length, and the same letter wherever it shows one."""
    return len(disguised) == len(word) and all(c == w or c in MASK_CHARS for c, w in zip(disguised, word))


def lexicon_options(options: dict) -> dict:
    """A lexicon's options in the form terms use, computed once per lexicon rather than once per term."""
    lower_set = lambda key: frozenset(w.lower() for w in options.get(key, ()))  # noqa: E731
    return {"case": options.get("case", "any"), "stem": bool(options.get("stem", False)),
            "obfuscated": bool(options.get("obfuscated", False)), "hashtag": bool(options.get("hashtag", False)),
            "affixes": lower_set("hashtag_affixes"), "not_followed_by": lower_set("not_followed_by"),
            "not_preceded_by": lower_set("not_preceded_by"), "gaps": int(options.get("gaps", 0)),
            "unless_anywhere": frozenset(options.get("unless_anywhere", ())),
            "in_compounds": bool(options.get("in_compounds", False))}


def term_options(entry, options: dict) -> tuple[str, dict]:
    """A term's phrase and options: `options` (from `lexicon_options`), overridden by a table's own."""
    if not isinstance(entry, dict):
        return entry, options
    raw = {k: v for k, v in entry.items() if k != "term"}
    renamed = {"hashtag_affixes": "affixes"}
    given = {renamed.get(k, k) for k in raw}
    return entry["term"], {**options, **{k: v for k, v in lexicon_options(raw).items() if k in given}}


def hashtag_compact(phrase: str, stem: bool = False) -> str:
    """A phrase without placeholders as a hashtag writes it (Term.compact): its written words run together,
    in lower case, without apostrophes."""
    return "".join(w for w, _ in term_words(phrase, with_stems=stem)).lower().replace("'", "").replace("’", "")


def takes_choices(options: dict) -> bool:
    """Whether a term with these options may hold choices: not one matched as a whole hashtag (its
    written words, compacted) nor by case (its written words, one by one)."""
    return not options["hashtag"] and options["case"] == "any"


def build_term(lexicon: str, entry, options: dict, choices: frozenset = frozenset()) -> Term:
    """A term from a rule file: a plain string, or a table with per-term options.

    `options` comes from `lexicon_options`; a table's own options override them. `choices`: the
    lexicons a `{lexicon}` of the term may stand for as a choice (compile.py)."""
    phrase, options = term_options(entry, options)
    braces = "{" in phrase              # most terms hold no slot and no choice
    words = term_words(phrase, with_stems=options["stem"],
                       choices=choices if braces and choices and takes_choices(options) else frozenset())
    if not words:
        raise ValueError(f"lexicon {lexicon!r}: term {phrase!r} has no words")
    written, matched = zip(*words)
    if braces:
        if (options["stem"] or options["hashtag"] or options["case"] != "any") and \
                any(w in SLOT_WORDS for w in written):
            raise ValueError(f"lexicon {lexicon!r}: term {phrase!r} names an organisation, which a lexicon with "
                             "stem, hashtag or case options cannot")
        written = tuple([w for w in written if w not in SLOT_WORDS and not (w[:1] == "{" and w[1:-1] in choices)])
    if written == matched:
        written = matched           # most terms are written as matched: one tuple, not two
    return Term(lexicon=lexicon, text=phrase, words=matched, written=written, **options)
