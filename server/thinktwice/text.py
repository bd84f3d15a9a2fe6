"""Per-text work done once per check: social-media tokens, normalised forms and UTF-16 offsets.

Every detector reads the same `Text`, so tokenising, lower-casing, stemming and
offset mapping happen once however many rules run.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache

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
# Runs that could be a phone, ID, account or card number: 6+ characters of digits and separators.
_NUMBERISH = re.compile(r"\+?\d[\d \-/.()]{4,}\d")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")
# Space-separated chunks: a plain word with trailing punctuation, or anything else.
_CHUNK_RE = re.compile(r"(?P<space>\s*)(?:(?P<word>[A-Za-z]+(?:['’][A-Za-z]+)?)(?P<punct>[,.!?;:)\"]*)(?=\s|\Z)"
                       r"|(?P<other>\S+))")
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


@dataclass(slots=True)
class Token:
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


class Text:
    """A text prepared once for all detectors."""

    __slots__ = ("raw", "tokens", "sentence", "starts", "_utf16", "all_caps", "_digit_windows")

    def __init__(self, raw: str):
        raw = unicodedata.normalize("NFC", raw) if not raw.isascii() else raw
        self.raw = raw
        self.tokens = self.tokenise(raw)
        self.starts = [t.start for t in self.tokens]
        self.sentence = list(accumulate(t.sentence_start for t in self.tokens))
        if self.sentence and self.sentence[0] == 1:
            self.sentence = [n - 1 for n in self.sentence]
        upper = len(raw) - len(raw.translate(_DROP_UPPER))
        lower = len(raw) - len(raw.translate(_DROP_LOWER))
        self.all_caps = upper >= 8 and upper / (upper + lower) > 0.8
        self._utf16 = None
        self._digit_windows = None

    def digit_windows(self, before: int = 80, after: int = 40, min_run: int = 6) -> list[tuple[int, int]]:
        """Stretches of text around long numbers: patterns that need one (phone numbers, IDs, card
        numbers) look only there, so a long text with few numbers costs little."""
        if self._digit_windows is None:
            self._digit_windows = {"runs": [m.span() for m in _NUMBERISH.finditer(self.raw)]}
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

    def finditer_near_digits(self, pattern, before: int = 80, after: int = 40, min_run: int = 6):
        """(start, end, hit_start, hit_end) of each match of `pattern` in the windows around numbers;
        the hit is the group named 'hit' when it took part, else the whole match."""
        for ws, we in self.digit_windows(before, after, min_run):
            for m in pattern.finditer(self.raw[ws:we]):
                hs, he = m.span("hit") if "hit" in m.re.groupindex and m.group("hit") else m.span()
                yield m.start() + ws, m.end() + ws, hs + ws, he + ws

    @staticmethod
    def tokenise(raw: str) -> list[Token]:
        """Social-media tokens with their offsets. Plain words (most of any text) take a fast path;
        any other chunk between spaces goes through the full expression (URLs, emails, handles...)."""
        tokens: list[Token] = []
        boundary = True          # the next token starts a sentence
        add = tokens.append
        pos = 0
        # findall hands back every chunk in one call; the chunks are contiguous, so offsets are running sums.
        for space, word, punct, other in _CHUNK_RE.findall(raw):
            if space:
                if "\n" in space:
                    boundary = True
                pos += len(space)
            if word:
                end = pos + len(word)
                lower = word.lower()
                if "’" in lower:
                    lower = lower.replace("’", "'")
                norm, st = word_forms(lower)
                add(Token(len(tokens), "word", word, pos, end, lower, norm, st, boundary))
                boundary = False
                pos = end
                for ch in punct:
                    add(Token(len(tokens), "other", ch, pos, pos + 1, ch, ch, ch, boundary))
                    boundary = ch in ".!?…"
                    pos += 1
                continue
            offset = pos
            pos += len(other)
            for m in _TOKEN_RE.finditer(other):
                kind, text = m.lastgroup, m.group()
                lower = text.lower().replace("’", "'")
                norm, st = word_forms(lower) if kind == "word" else (lower, lower)
                add(Token(len(tokens), kind, text, offset + m.start(), offset + m.end(), lower, norm, st, boundary))
                boundary = kind == "other" and text in ".!?…"
        return tokens

    def token_at(self, offset: int) -> int:
        """Index of the token containing or following a character offset."""
        return min(max(bisect_right(self.starts, offset) - 1, 0), len(self.tokens) - 1)

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
