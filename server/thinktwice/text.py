"""Per-text work done once per check: social-media tokens, normalised forms and UTF-16 offsets.

Every detector reads the same `Text`, so tokenising, lower-casing, stemming and
offset mapping happen once however many rules run.
"""
from __future__ import annotations

import re
import unicodedata
from sys import intern
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress
from operator import add
from typing import NamedTuple

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize.casual import EMOTICONS

_STEMMER = SnowballStemmer("english")

# Obfuscation: digits and symbols people substitute for letters ("r3tard", "sh1t", "@ss").
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                      "@": "a", "$": "s", "!": "i", "|": "i", "€": "e"})
MASK_CHARS = "*#%_.-"

# Token kinds, tried in order. Words may carry masking characters inside ("f*ck", "c**t", "sh!t").
_TOKEN_RE = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"]+|\b[a-z0-9-]+\.(?:com|co\.uk|org|org\.uk|ac\.uk|net|io|ly|uk|gl|me|co)/[^\s<>"]*)
    |(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<handle>@\w{1,30})
    |(?P<hashtag>[#＃]\w+)
    |(?P<number>\d[\d,.:/]*\d|\d)
    |(?P<word>(?:[^\W\d_]|[0-9$])(?:[\w'’*@$!]*[\w*$])?)
    |(?P<emoticon>""" + EMOTICONS + r""")
    |(?P<other>[^\s\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)

_REPEATS = re.compile(r"(.)\1\1")
# Runs that could be a phone, ID, account or card number: 6+ characters of digits and separators
# (a leading "+" is added after: an optional first character would slow the scan down threefold).
_NUMBERISH = re.compile(r"\d[\d \-/.()]{4,}\d")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")
_ASCII_UPPER, _ASCII_LOWER = bytes(range(65, 91)), bytes(range(97, 123))
# Punctuation that may follow a plain word without sending its chunk down the slow path.
_TRAILING = ',.!?;:)"'
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stem(word)


@lru_cache(maxsize=65536)
def deobfuscate(word: str) -> str:
    """'R3t4rd' -> 'retard', 'fuuuuck' -> 'fuck' (a letter typed 3+ times counts once)."""
    w = word.lower().translate(LEET)
    return re.sub(r"(.)\1{2,}", r"\1", w)


def split_hashtag(body: str) -> list[str]:
    """'VoteLabour' -> ['vote', 'labour'], 'GE2024' -> ['ge', '2024'], 'votelabour' -> ['votelabour']."""
    parts = []
    for chunk in body.split("_"):
        parts.extend(p.lower() for p in _CAMEL_RE.findall(chunk))
    return parts or [body.lower()]


@lru_cache(maxsize=65536)
def word_forms(lower: str, with_stem: bool = True) -> tuple[str, str]:
    """A lower-cased word's normal form (possessive dropped, disguises undone) and its stem."""
    norm = lower[:-2] if lower.endswith("'s") else lower
    if not norm.replace("'", "").isalpha() or _REPEATS.search(norm):
        norm = deobfuscate(norm)
    return norm, (stem(norm) if with_stem and norm.isalpha() else norm)


class Token(NamedTuple):
    """One token, as read from a Text's columns (`Text.token(i)`)."""
    index: int
    kind: str        # word | number | hashtag | handle | url | email | emoticon | other
    text: str        # as written
    start: int       # Python str offsets
    end: int
    lower: str
    norm: str        # lower-case, apostrophes unified, leet/repeat-normalised for words
    stem: str
    sentence_start: bool

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


def _span(match: re.Match) -> tuple[int, int]:
    return match.span()


def _all_caps(raw: str) -> bool:
    """Shouting: at least 8 capitals, and over 80% of the cased letters."""
    if raw.isascii():       # bytes.translate is several times faster than str.translate
        data = raw.encode()
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
        if upper < 8:
            return False
        lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    else:
        upper = len(raw) - len(raw.translate(_DROP_UPPER))
        lower = len(raw) - len(raw.translate(_DROP_LOWER))
    return upper >= 8 and upper / (upper + lower) > 0.8


_CHUNKS: dict[str, tuple[tuple, bool, bool, tuple | None]] = {}
_CHUNKS_MAX = 65536
_NUMBER_JOINERS = frozenset("-/.()")


def _remember_chunk(chunk: str) -> tuple[tuple, bool, bool, tuple | None]:
    """A chunk's tokens as (kind, text, offset in the chunk, lower, norm, stem, ends a sentence),
    whether any of them is a hashtag or disguised word, whether the chunk could be part of a long
    number (it has a digit, or is only "-", "/", "(" and the like), and its one token when it is a
    single token from its first character (most chunks). Plain words, perhaps with trailing
    punctuation, take a fast path; the rest go through the full expression."""
    rows = []
    core = chunk.rstrip(_TRAILING) if chunk[-1] in _TRAILING else chunk
    if core.isalpha() and core.isascii():
        lower = core.lower()
        rows.append(("word", core, 0, lower, *word_forms(lower), False))
        rows += [("other", ch, i, ch, ch, ch, ch in ".!?…") for i, ch in enumerate(chunk[len(core):], len(core))]
        special = False
    elif chunk[0] == "#" and chunk.isascii() and chunk[1:].replace("_", "a").isalnum():   # #ToriesOut, #GE2024
        lower = chunk.lower()
        rows.append(("hashtag", chunk, 0, lower, lower, lower, False))
        special = True
    else:
        for m in _TOKEN_RE.finditer(chunk):
            kind, text = m.lastgroup, m.group()
            lower = text.lower().replace("’", "'")
            norm, st = word_forms(lower) if kind == "word" else (lower, lower)
            rows.append((kind, text, m.start(), lower, norm, st, kind == "other" and text in ".!?…"))
        special = True
    # One shared object per distinct string: a check then touches fewer objects, and the matcher's
    # interned keys compare by identity.
    rows = [(kind, *map(intern, (text,)), offset, *map(intern, (lower, norm, st)), ends)
            for kind, text, offset, lower, norm, st, ends in rows]
    if len(_CHUNKS) >= _CHUNKS_MAX:
        _CHUNKS.clear()
    numeric = special and (any(map(str.isdecimal, chunk)) or _NUMBER_JOINERS.issuperset(chunk))
    only = rows[0] if len(rows) == 1 and rows[0][2] == 0 else None    # one token, starting the chunk
    entry = _CHUNKS[chunk] = (tuple(rows), special, numeric, only)
    return entry


class Text:
    """A text prepared once for all detectors.

    Tokens are kept as columns (`kinds[i]`, `words[i]`, `starts[i]`, `norms[i]`...), not as one object
    each: a check reads a few columns of every token, and building objects would cost more than the matching.
    """

    __slots__ = ("raw", "kinds", "words", "starts", "lowers", "norms", "stems", "specials", "_ends_sentence",
                 "_line_starts", "_numbers", "_sentence_starts", "_ends", "_all_caps", "_utf16", "_digit_windows")

    def __init__(self, raw: str):
        raw = unicodedata.normalize("NFC", raw) if not raw.isascii() else raw
        self.raw = raw
        rows, self.starts, self._line_starts, self.specials, self._numbers = self.tokenise(raw)
        if rows:
            self.kinds, self.words, _, self.lowers, self.norms, self.stems, self._ends_sentence = zip(*rows)
        else:
            self.kinds = self.words = self.lowers = self.norms = self.stems = self._ends_sentence = ()
        # Worked out when first asked for: many checks never need them.
        self._sentence_starts = self._ends = self._all_caps = self._utf16 = self._digit_windows = None

    @property
    def sentence(self) -> list[int]:
        """The sentence number of each token (see `sentence_of`)."""
        return [self.sentence_of(i) for i in range(len(self))]

    def sentence_of(self, i: int) -> int:
        """The sentence number of token i: sentences end at . ! ? … and at line breaks. The tokens
        that open a sentence are found once; then each question is a binary search."""
        if self._sentence_starts is None:
            ends = [j + 1 for j in compress(range(len(self._ends_sentence) - 1), self._ends_sentence)]
            self._sentence_starts = sorted({*ends, *self._line_starts}) if self._line_starts else ends
        return bisect_right(self._sentence_starts, i)

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._ends = list(map(add, self.starts, map(len, self.words)))
        return self._ends

    @property
    def all_caps(self) -> bool:
        if self._all_caps is None:
            self._all_caps = _all_caps(self.raw)
        return self._all_caps

    def __len__(self) -> int:
        return len(self.kinds)

    def token(self, i: int) -> Token:
        return Token(i, self.kinds[i], self.words[i], self.starts[i], self.ends[i], self.lowers[i], self.norms[i],
                     self.stems[i], i == 0 or self.sentence_of(i) != self.sentence_of(i - 1))

    @property
    def tokens(self) -> list[Token]:
        return [self.token(i) for i in range(len(self))]

    def digit_windows(self, before: int = 80, after: int = 40, min_run: int = 6) -> list[tuple[int, int]]:
        """Stretches of text around long numbers: patterns that need one (phone numbers, IDs, card
        numbers) look only there, so a long text with few numbers costs little."""
        if self._digit_windows is None:
            raw, runs = self.raw, []
            for start, end in self._numbers:        # only where the tokeniser saw digits, and room for a run
                if end - start >= 6:
                    runs += [(s - 1 if s and raw[s - 1] == "+" else s, e)
                             for s, e in map(_span, _NUMBERISH.finditer(raw, start, end))]
            self._digit_windows = {"runs": runs}
        if not self._digit_windows["runs"]:
            return []
        windows = self._digit_windows.get((before, after, min_run))
        if windows is None:
            merged: list[list[int]] = []
            for s, e in self._digit_windows["runs"]:
                if e - s < min_run:
                    continue
                start, end = max(s - before, 0), min(e + after, len(self.raw))
                if merged and start <= merged[-1][1]:
                    merged[-1][1] = end
                else:
                    merged.append([start, end])
            windows = self._digit_windows[(before, after, min_run)] = [(s, e) for s, e in merged]
        return windows

    def spans_near_digits(self, pattern, before: int = 80, after: int = 40, min_run: int = 6) -> list[tuple[int, int]]:
        """(start, end) of each match of `pattern` in the windows around numbers."""
        raw, spans = self.raw, []
        for ws, we in self.digit_windows(before, after, min_run):
            spans += [(m.start() + ws, m.end() + ws) for m in pattern.finditer(raw[ws:we])]
        return spans

    def finditer_near_digits(self, pattern, before: int = 80, after: int = 40, min_run: int = 6):
        """(start, end, hit_start, hit_end) of each match of `pattern` in the windows around numbers;
        the hit is the group named 'hit' when it took part, else the whole match."""
        for ws, we in self.digit_windows(before, after, min_run):
            for m in pattern.finditer(self.raw[ws:we]):
                hs, he = m.span("hit") if "hit" in m.re.groupindex and m.group("hit") else m.span()
                yield m.start() + ws, m.end() + ws, hs + ws, he + ws

    @staticmethod
    def tokenise(raw: str) -> tuple[list[tuple], list[int], list[int], list[int], list[list[int]]]:
        """Token rows (kind, text, offset in its chunk, lower, norm, stem, ends a sentence), each
        token's start, the tokens that begin a line, the indices of the hashtags and disguised
        words ("sh*t"), which the matcher looks at separately, and the stretches of text that could
        hold a long number.

        A text is split at spaces into chunks; each chunk's tokens are worked out once and
        remembered, since the same words and words-with-a-comma come back in text after text."""
        rows: list[tuple] = []
        starts: list[int] = []
        line_starts: list[int] = []
        specials: list[int] = []
        numbers: list[list[int]] = []       # stretches of consecutive chunks that could hold a long number
        after_number = False
        pos = 0
        find = raw.find
        multiline = "\n" in raw
        for chunk in raw.split():
            start = find(chunk, pos)
            if multiline and rows and "\n" in raw[pos:start]:
                line_starts.append(len(rows))
            pos = start + len(chunk)
            chunk_rows, special, numeric, only = _CHUNKS.get(chunk) or _remember_chunk(chunk)
            if special:
                specials += [len(rows) + i for i, (kind, text, *_) in enumerate(chunk_rows)
                             if kind == "hashtag" or kind == "word" and not text.isalpha()]
                if numeric:
                    if after_number:
                        numbers[-1][1] = pos
                    else:
                        numbers.append([start, pos])
            after_number = numeric
            if only is not None:
                rows.append(only)
                starts.append(start)
            else:                                           # "___Tories": the word starts after the "_"
                rows += chunk_rows
                starts += [start + row[2] for row in chunk_rows]
        while line_starts and line_starts[-1] >= len(rows):     # a last line of "_" alone holds no token
            line_starts.pop()
        return rows, starts, line_starts, specials, numbers

    def token_at(self, offset: int) -> int:
        """Index of the token containing or following a character offset."""
        return min(max(bisect_right(self.starts, offset) - 1, 0), len(self.kinds) - 1)

    # -- offsets -------------------------------------------------------------
    def utf16(self, index: int) -> int:
        """Python str index -> UTF-16 code unit index (JavaScript's)."""
        if self._utf16 is None:
            if self.raw.isascii() or len(self.raw.encode("utf-16-le")) == 2 * len(self.raw):
                self._utf16 = False
            else:
                self._utf16 = [0, *accumulate(2 if ord(c) >= 0x10000 else 1 for c in self.raw)]
        return self._utf16[index] if self._utf16 else index

    def span(self, start: int, end: int) -> dict:
        return {"start": self.utf16(start), "end": self.utf16(end), "text": self.raw[start:end]}

    def utf16_pairs(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) pairs in UTF-16 code units: the same list when the text has nothing outside the BMP."""
        if self._utf16 is None:
            self.utf16(0)
        if not self._utf16:
            return pairs
        return [(self._utf16[s], self._utf16[e]) for s, e in pairs]

    def spans(self, pairs) -> list[dict]:
        """`span` for many (start, end) pairs."""
        raw = self.raw
        if self._utf16 is None:
            self.utf16(0)
        if not self._utf16:      # no characters outside the BMP: offsets are the same
            return [{"start": s, "end": e, "text": raw[s:e]} for s, e in pairs]
        return [self.span(s, e) for s, e in pairs]
