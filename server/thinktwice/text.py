"""Step 2 of a check: the text prepared once for every detector — social-media tokens, their normal
forms and stems, sentences, and the stretches around long numbers.

The tokeniser is one of the two inner loops where speed work belongs (docs/architecture.md): tokens
are kept as columns (`kinds[i]`, `words[i]`, `starts[i]`, `norms[i]`, ...) rather than one object each,
because a check reads a few columns of every token.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import compress, repeat
from operator import add
from typing import NamedTuple

import Stemmer

# Snowball's English stemmer (Porter2), compiled from the Snowball project's own source (PyStemmer).
_STEMMER = Stemmer.Stemmer("english")

# Western emoticons (":-)", ";P", "</3"): the pattern of NLTK's casual tokenizer (nltk.tokenize.casual,
# Apache License 2.0), kept here so that a constant does not cost importing NLTK (0.16 s and 31 MB).
EMOTICONS = r"""
    (?:
      [<>]?
      [:;=8]                     # eyes
      [\-o\*\']?                 # optional nose
      [\)\]\(\[dDpP/\:\}\{@\|\\] # mouth
      |
      [\)\]\(\[dDpP/\:\}\{@\|\\] # mouth
      [\-o\*\']?                 # optional nose
      [:;=8]                     # eyes
      [<>]?
      |
      </?3                       # heart
    )"""

# Obfuscation: digits and symbols people substitute for letters ("r3tard", "sh1t", "@ss").
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                      "@": "a", "$": "s", "!": "i", "|": "i", "€": "e"})
MASK_CHARS = "*#%_.-"

# Token kinds, tried in order. Words may carry masking characters inside ("f*ck", "c**t", "sh!t").
# A handle keeps the dots, underscores and digits of Instagram and TikTok names (@lusu.freshers.2026):
# one token, and no full stop inside it ends a sentence; a dot with no word character after it does.
_TOKEN_RE = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"]+|\b[a-z0-9-]+\.(?:com|co\.uk|org|org\.uk|ac\.uk|net|io|ly|uk|gl|me|co)/[^\s<>"]*)
    |(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<handle>@\w{1,30}(?:\.\w{1,30}){0,5})
    |(?P<hashtag>[#＃]\w+)
    |(?P<number>\d[\d,.:/]*\d|\d)
    |(?P<word>(?:[^\W\d_]|[0-9$])(?:[\w'’*@$!]*[\w*$])?)
    |(?P<emoticon>""" + EMOTICONS + r""")
    |(?P<other>[^\s\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Chunks of symbols that are each a token of their own ("other"): no word character, nothing an
# emoticon opens with, no "$" (which opens a word) — what _TOKEN_RE would read one character at a time.
_LONE_SYMBOLS = re.compile(r"[^\s\w$<>:;=)\](\[/}{@|\\]+")
_REPEATS = re.compile(r"(.)\1\1")
# Runs that could be a phone, ID, account or card number: 6+ characters of digits and separators.
_NUMBERISH = re.compile(r"\d[\d \-/.()]{4,}\d")
_NUMBER_JOINERS = frozenset("-/.()")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = frozenset(".!?…")
# Punctuation that may follow a plain word without sending its chunk through the full expression.
_TRAILING = ',.!?;:)"'
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_LONGEST_REMEMBERED_WORD = 40     # longer "words" are rare and would only crowd out the common ones


# Words whose full stop marks an abbreviation, not the end of a sentence ("student no. 123", "D.O.B.",
# "tel. 01524", "J. Smith"): a closed class, with any single letter.
_ABBREVIATIONS = frozenset({"no", "nos", "tel", "ref", "approx", "vs", "etc", "eg", "ie", "dr", "mr", "mrs", "ms",
                            "prof", "st", "dob", "fig", "ext", "est", "dept", "univ", "cllr", "rd", "ave", "mob"})


def _fancy_letters() -> dict[int, str]:
    """Letters and digits written in "fancy" Unicode fonts or as emoji, each to the plain one it stands
    for: mathematical alphanumerics (𝐟𝐮𝐜𝐤, 𝓯𝓾𝓬𝓴), circled, squared and fullwidth letters (ⓕⓤⓒⓚ, 🅵🆄🅲🅺, ｆｕｃｋ),
    small capitals (ꜰᴜᴄᴋ). One character to one character, so every offset into the text stays the
    same, and spans are still reported in the text as written."""
    table = {}
    ranges = [(0x1D400, 0x1D7FF), (0x2100, 0x214F), (0x24B6, 0x24E9), (0xFF10, 0xFF5A), (0x1F130, 0x1F149)]
    for first, last in ranges:
        for cp in range(first, last + 1):
            plain = unicodedata.normalize("NFKC", chr(cp))
            if len(plain) == 1 and plain.isascii() and plain.isalnum():
                table[cp] = plain
    for first in (0x1F150, 0x1F170):              # negative circled and squared capitals: no decomposition
        for i in range(26):
            table[first + i] = chr(ord("A") + i)
    table.update((ord(c), p) for c, p in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz"))
    return table


_FANCY = _fancy_letters()


def _char_class(codepoints, gap: int = 1) -> str:
    """'[a-cx]' for {a, b, c, x}: runs as ranges, which `re` tests far faster than single characters;
    with `gap`, runs less than that apart are joined (a looser class, with fewer ranges to test)."""
    runs: list[list[int]] = []
    for cp in sorted(codepoints):
        if runs and cp - runs[-1][1] <= gap:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "[%s]" % "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


_FANCY_RE = re.compile(_char_class(_FANCY) + "+")
_MAYBE_FANCY = re.compile(_char_class(_FANCY, gap=64))     # a few ranges: the quick test of every text


def unfancy(raw: str) -> str:
    """The text with fancy-font letters written plainly, character for character (see _fancy_letters).
    Looked for first, in C: str.translate would cost 0.7 µs a character on every text with an emoji."""
    if raw.isascii() or _MAYBE_FANCY.search(raw) is None or _FANCY_RE.search(raw) is None:
        return raw
    return _FANCY_RE.sub(lambda m: m.group().translate(_FANCY), raw)


def _abbreviation(lower: str) -> bool:
    return len(lower) == 1 or lower in _ABBREVIATIONS


def stem(word: str) -> str:
    """The word's Snowball stem, read as NLTK's English stemmer reads it: in lower case, a word of two
    letters as it is, every apostrophe as "'", a leading one dropped."""
    word = word.lower()
    if len(word) <= 2:
        return word
    if not word.isascii():
        word = word.replace("\u2019", "'").replace("\u2018", "'").replace("\u201b", "'")
    return _STEMMER.stemWord(word[1:] if word.startswith("'") else word)


def deobfuscate(word: str) -> str:
    """'R3t4rd' -> 'retard', 'fuuuuck' -> 'fuck' (a letter typed 3+ times counts once)."""
    return re.sub(r"(.)\1{2,}", r"\1", word.lower().translate(LEET))


def hashtag_words(body: str) -> list[str]:
    """A hashtag's words as written, split at capitals, digits and underscores: 'FuckTheTories' ->
    ['Fuck', 'The', 'Tories'], 'GE2024' -> ['GE', '2024'], 'votelabour' -> ['votelabour']."""
    return [p for chunk in body.split("_") for p in _CAMEL_RE.findall(chunk)]


def split_hashtag(body: str) -> list[str]:
    """'VoteLabour' -> ['vote', 'labour'], 'GE2024' -> ['ge', '2024'], 'votelabour' -> ['votelabour']."""
    return [p.lower() for p in hashtag_words(body)] or [body.lower()]


def word_forms(lower: str, with_stem: bool = True) -> tuple[str, str]:
    """A lower-cased word's normal form (possessive dropped, disguises undone) and its stem."""
    if len(lower) > _LONGEST_REMEMBERED_WORD:
        return _word_forms(lower, with_stem)
    return _remembered_word_forms(lower, with_stem)


# Contractions written without their apostrophe ("im the social sec", "dont"), read as written with it.
# Only those that are not also ordinary words: "its", "were", "well", "ill", "hell", "lets", "wed" stay.
_UNAPOSTROPHISED = {w.replace("'", ""): w for w in (
    "i'm", "i've", "i'd", "you're", "you've", "you'll", "we're", "we've", "they're", "they've", "they'll",
    "he's", "she's", "that's", "what's", "who's", "there's", "don't", "doesn't", "didn't", "isn't", "aren't",
    "wasn't", "weren't", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
    "mustn't", "ain't", "shouldn't've", "should've", "would've", "could've", "y'all")}


# A name with 'll or 'd is the name ("the SU'll be bankrupt"); a pronoun's ("I'll", "they'd") stays as it is.
_NAME_CLITIC = re.compile(r"(?!(?:i|you|we|they|he|she|it|that|this|there|who|what|where|how)')[a-z]+'(?:ll|d)")


def _word_forms(lower: str, with_stem: bool) -> tuple[str, str]:
    lower = _UNAPOSTROPHISED.get(lower, lower)
    if "'" in lower and _NAME_CLITIC.fullmatch(lower):
        lower = lower[:lower.rindex("'")]
    norm = lower[:-2] if lower.endswith("'s") else lower
    if not norm.replace("'", "").isalpha() or _REPEATS.search(norm):
        norm = deobfuscate(norm)
    return norm, (stem(norm) if with_stem and norm.isalpha() else norm)


# Stemming is most of the tokeniser's cost and the same words come back in text after text.
_remembered_word_forms = lru_cache(maxsize=32768)(_word_forms)


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


def _all_caps(raw: str) -> bool:
    """Shouting: at least 8 capitals, and over 80% of the cased letters."""
    # Counting ASCII letters in the bytes is quick, and settles most texts: there are no more capitals
    # than the ASCII ones and every other character, and no fewer small letters than the ASCII ones.
    data = raw.encode("utf-8", "surrogatepass")
    others = len(raw) - len(data.translate(None, _NON_ASCII_BYTES))
    most_upper = len(data) - len(data.translate(None, _ASCII_UPPER)) + others
    if most_upper < 8 or most_upper <= 4 * (len(data) - len(data.translate(None, _ASCII_LOWER))):
        return False
    upper = sum(map(str.isupper, raw))
    if upper < 8:
        return False
    lower = sum(map(str.islower, raw))
    return upper / (upper + lower) > 0.8


_ASCII_UPPER, _ASCII_LOWER, _NON_ASCII_BYTES = bytes(range(65, 91)), bytes(range(97, 123)), bytes(range(128, 256))


class Text:
    """A text prepared once for all detectors."""

    __slots__ = ("raw", "kinds", "words", "starts", "ends", "lowers", "norms", "stems", "specials",
                 "_closes_sentence", "_line_starts", "_numbers", "_sentence_starts", "_all_caps", "_windows",
                 "_with_stems", "memo")

    def __init__(self, raw: str, with_stems: bool = True):
        """`with_stems=False`: each stem is the normal form (for lexicon words that are not stemmed).
        `raw` is the text as detectors read it: NFC, with fancy-font letters plain; its offsets are those
        of `normalise(raw)`, the text as written, which answers quote."""
        self.raw = unfancy(self.normalise(raw))
        self._with_stems = with_stems
        self.kinds: list[str] = []
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.lowers: list[str] = []
        self.norms: list[str] = []
        self.stems: list[str] = []
        self.specials: list[int] = []       # hashtags and disguised words ("sh*t"), which the matcher looks at apart
        self._closes_sentence: list[bool] = []
        self._line_starts: list[int] = []   # tokens that begin a line
        self._numbers: list[list[int]] = []  # stretches of consecutive chunks that could hold a long number
        self._sentence_starts = self._all_caps = self._windows = None
        self.memo: dict = {}     # what a detector worked out about this text, for others in the same check
        self._tokenise()

    @staticmethod
    def normalise(raw: str) -> str:
        """The text as detectors see it, and as spans index it: Unicode NFC."""
        return raw if raw.isascii() else unicodedata.normalize("NFC", raw)

    # -- the tokeniser ---------------------------------------------------------------------------
    def _tokenise(self) -> None:
        """Split at white space into chunks, and each chunk into tokens: plain words (perhaps with
        trailing punctuation) directly, anything else through the full expression. The loop finds each
        token's kind, text and start; the other columns are then made a column at a time."""
        raw = self.raw
        kinds, words, starts = self.kinds, self.words, self.starts
        expression: list[int] = []          # the tokens read by the full expression
        read: dict[str, tuple] = {}         # what each different chunk holds (texts repeat themselves)
        pos, after_number = 0, False
        multiline = "\n" in raw
        for chunk in raw.split():
            start = raw.find(chunk, pos)
            if multiline and kinds and "\n" in raw[pos:start]:
                self._line_starts.append(len(kinds))
            pos = start + len(chunk)
            core = chunk.rstrip(_TRAILING) if chunk[-1] in _TRAILING else chunk
            if core.isalpha() and core.isascii():
                kinds.append("word")
                words.append(core)
                starts.append(start)
                if core is not chunk:
                    for i in range(len(core), len(chunk)):
                        kinds.append("other")
                        words.append(chunk[i])
                        starts.append(start + i)
                after_number = False
                continue
            tokens = read.get(chunk)
            if tokens is None:
                tokens = read[chunk] = _read_chunk(chunk)
            chunk_kinds, chunk_words, offsets, numeric = tokens
            first = len(kinds)
            kinds += chunk_kinds
            words += chunk_words
            starts += map(start.__add__, offsets)
            expression += range(first, len(kinds))
            if numeric:
                if after_number:
                    self._numbers[-1][1] = pos
                else:
                    self._numbers.append([start, pos])
            after_number = numeric
        while self._line_starts and self._line_starts[-1] >= len(kinds):   # a last line of "_" alone
            self._line_starts.pop()
        self._columns(expression)

    def _columns(self, expression: list[int]) -> None:
        """Ends, lower-case, normal forms and stems, hashtags and disguised words, sentence ends."""
        kinds, words = self.kinds, self.words
        self.ends = list(map(add, self.starts, map(len, words)))
        lowers = list(map(str.lower, words))
        if "’" in self.raw:                 # only a token of the full expression can hold one
            lowers = [w.replace("’", "'") for w in lowers]
        self.lowers = lowers
        norms, stems = self.norms, self.stems = lowers[:], lowers[:]
        word_at = list(compress(range(len(kinds)), map("word".__eq__, kinds)))
        for i, (norm, stemmed) in zip(word_at, map(word_forms, map(lowers.__getitem__, word_at),
                                                   repeat(self._with_stems))):
            norms[i] = norm
            stems[i] = stemmed
        self.specials = [i for i in expression
                         if kinds[i] == "hashtag" or kinds[i] == "word" and not words[i].isalpha()]
        closes = self._closes_sentence = [False] * len(kinds)
        for i in compress(range(len(kinds)), map(_SENTENCE_END.__contains__, words)):
            closes[i] = kinds[i] == "other" and not (
                words[i] == "." and i > 0 and kinds[i - 1] == "word" and _abbreviation(lowers[i - 1]))

    # -- questions detectors ask -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.kinds)

    def sentence_of(self, i: int) -> int:
        """The sentence number of token i: sentences end at . ! ? … and at line breaks."""
        if self._sentence_starts is None:
            ends = [j + 1 for j in compress(range(len(self._closes_sentence) - 1), self._closes_sentence)]
            self._sentence_starts = sorted({*ends, *self._line_starts})
        return bisect_right(self._sentence_starts, i)

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """Each sentence's tokens as (first, last + 1), in order: the sentences sentence_of numbers, without
        the empty ones."""
        if not len(self):
            return []
        self.sentence_of(0)
        ranges, first = [], 0
        for start in [*(b for b in self._sentence_starts if 0 < b < len(self)), len(self)]:
            if start > first:
                ranges.append((first, start))
                first = start
        return ranges

    @property
    def sentence(self) -> list[int]:
        """The sentence number of each token."""
        return [self.sentence_of(i) for i in range(len(self))]

    @property
    def has_digits(self) -> bool:
        found = self.memo.get("has_digits")
        if found is None:
            found = self.memo["has_digits"] = _DIGIT.search(self.raw) is not None
        return found

    @property
    def all_caps(self) -> bool:
        if self._all_caps is None:
            self._all_caps = _all_caps(self.raw)
        return self._all_caps

    def token(self, i: int) -> Token:
        return Token(i, self.kinds[i], self.words[i], self.starts[i], self.ends[i], self.lowers[i], self.norms[i],
                     self.stems[i], i == 0 or self.sentence_of(i) != self.sentence_of(i - 1))

    @property
    def tokens(self) -> list[Token]:
        return [self.token(i) for i in range(len(self))]

    def token_at(self, offset: int) -> int:
        """Index of the token containing or following a character offset."""
        return min(max(bisect_right(self.starts, offset) - 1, 0), len(self.kinds) - 1)

    def digit_windows(self, before: int = 80, after: int = 40, min_run: int = 6) -> list[tuple[int, int]]:
        """Stretches of text around long numbers: patterns that need one (phone numbers, IDs, card
        numbers) look only there, so a long text with few numbers costs little."""
        if self._windows is None:
            runs = []
            for start, end in self._numbers:
                if end - start >= 6:
                    runs += [(m.start() - 1 if m.start() and self.raw[m.start() - 1] == "+" else m.start(), m.end())
                             for m in _NUMBERISH.finditer(self.raw, start, end)]
            self._windows = {"runs": runs}
        windows = self._windows.get((before, after, min_run))
        if windows is None:
            merged: list[list[int]] = []
            for s, e in self._windows["runs"]:
                if e - s < min_run:
                    continue
                start, end = max(s - before, 0), min(e + after, len(self.raw))
                if merged and start <= merged[-1][1]:
                    merged[-1][1] = end
                else:
                    merged.append([start, end])
            windows = self._windows[(before, after, min_run)] = [(s, e) for s, e in merged]
        return windows

    def spans_near_digits(self, pattern, before: int = 80, after: int = 40, min_run: int = 6) -> list[tuple[int, int]]:
        """(start, end) of each match of `pattern` in the windows around numbers."""
        return [(hs, he) for _, _, hs, he in self.finditer_near_digits(pattern, before, after, min_run, whole=True)]

    def finditer_near_digits(self, pattern, before: int = 80, after: int = 40, min_run: int = 6, whole: bool = False):
        """(start, end, hit_start, hit_end) of each match of `pattern` in the windows around numbers;
        the hit is the group named 'hit' when it took part (unless `whole`), else the whole match."""
        for ws, we in self.digit_windows(before, after, min_run):
            for m in pattern.finditer(self.raw[ws:we]):
                hs, he = m.span() if whole else hit_span(m)
                yield m.start() + ws, m.end() + ws, hs + ws, he + ws


def _read_chunk(chunk: str) -> tuple[list, list, list, bool]:
    """A chunk's tokens through the full expression, as (kinds, texts, offsets in the chunk), and
    whether the chunk could be part of a long number."""
    if _LONE_SYMBOLS.fullmatch(chunk):
        kinds, words, offsets = ["other"] * len(chunk), list(chunk), range(len(chunk))
    else:
        kinds, words, offsets = [], [], []
        for m in _TOKEN_RE.finditer(chunk):
            kinds.append(m.lastgroup)
            words.append(m.group())
            offsets.append(m.start())
    return kinds, words, offsets, any(map(str.isdecimal, chunk)) or _NUMBER_JOINERS.issuperset(chunk)


def hit_span(m) -> tuple[int, int]:
    """A pattern's match marks the group named 'hit' when that took part, else the whole match."""
    return m.span("hit") if "hit" in m.re.groupindex and m.group("hit") else m.span()
