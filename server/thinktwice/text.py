"""Per-text work done once per check: social-media tokens, normalised forms and UTF-16 offsets.

Every detector reads the same `Text`, so tokenising, lower-casing, stemming and
offset mapping happen once however many rules run.
"""
from __future__ import annotations

import re
import unicodedata
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
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


class Text:
    """A text prepared once for all detectors."""

    __slots__ = ("raw", "lower", "tokens", "sentence", "_utf16", "all_caps")

    def __init__(self, raw: str):
        raw = unicodedata.normalize("NFC", raw) if not raw.isascii() else raw
        self.raw = raw
        self.lower = raw.lower()
        self.tokens = self.tokenise(raw)
        self.sentence = []      # sentence number of each token
        n = -1
        for tok in self.tokens:
            n += tok.sentence_start
            self.sentence.append(max(n, 0))
        letters = [c for c in raw if c.isalpha()]
        self.all_caps = len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8
        self._utf16 = None

    @staticmethod
    def tokenise(raw: str) -> list[Token]:
        tokens: list[Token] = []
        boundary = True          # the next token starts a sentence
        last_end = 0
        for m in _TOKEN_RE.finditer(raw):
            kind, text = m.lastgroup, m.group()
            if "\n" in raw[last_end:m.start()]:
                boundary = True
            lower = text.lower().replace("’", "'")
            if kind == "word":
                norm, st = word_forms(lower)
            else:
                norm = st = lower
            tokens.append(Token(len(tokens), kind, text, m.start(), m.end(), lower, norm, st, boundary))
            boundary = kind == "other" and text in ".!?…"
            last_end = m.end()
        return tokens

    # -- offsets -------------------------------------------------------------
    def utf16(self, index: int) -> int:
        """Python str index -> UTF-16 code unit index (JavaScript's)."""
        if self._utf16 is None:
            if all(ord(c) < 0x10000 for c in self.raw):
                self._utf16 = False
            else:
                table, acc = [], 0
                for c in self.raw:
                    table.append(acc)
                    acc += 2 if ord(c) >= 0x10000 else 1
                table.append(acc)
                self._utf16 = table
        return self._utf16[index] if self._utf16 else index

    def span(self, start: int, end: int) -> dict:
        return {"start": self.utf16(start), "end": self.utf16(end), "text": self.raw[start:end]}
