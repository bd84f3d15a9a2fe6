"""Negative evaluation: the words that make a sentence's judgement negative, read by VADER.

VADER (`vaderSentiment`, a rule-based valence lexicon made for social-media text) scores every word of
a sentence and adjusts each for what stands around it: negation ("not bad"), "but" (what follows it
counts more), intensifiers ("so", "absolutely"), capitals and emoji. A sentence whose overall score is
below the rule's `threshold` is a negative evaluation, and its words that carry the negative weight are
the spans. A rule decides what the evaluation must be about (`requires`: the organisation in the same
sentence) and what makes it no judgement (`unless`: an apology, a complaint being handled).

Options (all optional):
- `threshold`: the compound score (-1 to 1) a sentence must be below (default -0.3);
- `negative`: words of contempt VADER's American lexicon scores too mildly or not at all ("shambolic",
  "rubbish", "clueless"), each scored at least as negative as `negative_valence` (default -2.0), with
  its plural;
- `neutral`: words that count neither way: praise slang VADER reads as negative ("sick night",
  "wicked") and laughter, which mocks in a complaint ("£3.50 for a meal deal lmao");
- `events`: negative words that name what happens or what a post is about rather than judge it
  ("cuts", "deficit", "cancelled", "resign", "stress"), each with its inflections ("panic": "panics",
  "panicked", "panicking"): they weigh in the sentence's score, but a sentence is an evaluation only if
  some other word makes it negative, and only those words are found ("Leaked: the SU is planning
  redundancies" is news, not a judgement; "the board is panicking" tells how it feels);
- `positive`: words of praise VADER lacks ("genius", "stellar", "legend"), scored as positive as
  `negative_valence` is negative, so that irony can turn them;
- `irony_markers`: emoji and phrases that turn the praise of their sentence (or of the sentence just
  before, for a closing "🙃" or "yeah right.") into blame ("genius leadership strikes again 🙃").
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

from ..text import Text

Span = tuple[int, int]
_PUNCTUATION = string.punctuation


@lru_cache(maxsize=1)
def _vader():
    # imported when a rule first needs it: the lexicon (7,500 words and 3,500 emoji) ships in the wheel
    from vaderSentiment import vaderSentiment
    return vaderSentiment


@lru_cache(maxsize=8)
def _analyzer(negative: tuple[str, ...], valence: float, neutral: tuple[str, ...], positive: tuple[str, ...] = ()):
    """One analyser per set of lexicon changes (a pack has one or two), sharing nothing mutable. VADER
    looks words up as written, so each plural of a scored word is scored as the word ('cowards'), for words
    of three letters or more that make no other word with an 's' ('ha' would make 'has' laughter)."""
    vader = _vader()
    analyzer = vader.SentimentIntensityAnalyzer()
    lexicon = analyzer.lexicon
    for word, score in list(lexicon.items()):
        if word.isalpha() and not word.endswith("s") and len(word) > 2 and word + "s" not in _OTHER_WORDS:
            lexicon.setdefault(word + "s", score)
    for word in negative:
        for form in (word, word + "s"):
            lexicon[form] = min(lexicon.get(form, 0), valence)
    for word in positive:
        for form in (word, word + "s"):
            lexicon[form] = max(lexicon.get(form, 0), -valence)
    analyzer.emojis = dict(analyzer.emojis)
    for word in neutral:
        if word in analyzer.emojis:         # an emoji that praises or laughs ('🔥', '💀'): not read at all
            del analyzer.emojis[word]
        else:
            lexicon[word] = 0.0
    return analyzer


def _cues(analyzer, events: frozenset) -> tuple[frozenset, frozenset]:
    """What a sentence must hold for a word of it to be found: a negative word that is no event, or a
    negation or 'least' (which turn praise); and the emoji whose description holds such a word."""
    negative = frozenset(w for w, v in analyzer.lexicon.items() if v < 0 and w not in events)
    emoji = frozenset(e for e, d in analyzer.emojis.items() if any(w in negative for w in d.split()))
    return negative | frozenset(_vader().NEGATE) | {"least"}, emoji


def _may_be_found(cues: tuple[frozenset, frozenset], sentence: str) -> bool:
    """False when no word of the sentence could be found: most sentences, skipped unscored."""
    words, emoji = cues
    for chunk in sentence.lower().split():
        if chunk in words or chunk.strip(_PUNCTUATION) in words or "n't" in chunk:
            return True
        if "-" in chunk and chunk.strip(_PUNCTUATION).split("-", 1)[0] in words:
            return True
    return not sentence.isascii() and any(ch in emoji for ch in sentence)


def _inflected(words) -> set[str]:
    """Each word with the forms a verb or noun takes ('panic': 'panics', 'panicked', 'panicking'; 'worry':
    'worries', 'worried', 'worrying'; 'stop': 'stopped'), all of them named by it. Not the doer ('-er':
    'attacker' is a person judged)."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        if not word.isalpha() or len(word) < 3:
            continue
        stem = word[:-1] if word.endswith("e") else word
        forms.update((word + "s", word + "es", stem + "ed", stem + "ing"))
        if word.endswith("c"):
            forms.update((word + "ked", word + "king"))
        elif word.endswith("y") and word[-2] not in _VOWELS:
            forms.update((word[:-1] + "ies", word[:-1] + "ied"))
        elif word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            forms.update((word + word[-1] + "ed", word + word[-1] + "ing"))
    return forms


def _lowered(words) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words or ()}))


@lru_cache(maxsize=8)
def _irony_pattern(markers: tuple[str, ...]) -> re.Pattern | None:
    if not markers:
        return None
    parts = [(r"(?<!\w)" + re.escape(m) + r"(?!\w)") if m[:1].isalnum() else re.escape(m) for m in markers]
    # opened by a lookahead for the characters a marker starts with, so the search passes over every other
    # position at once instead of trying each marker there (a third of the time on a tweet; finds the same)
    opening = "(?=[" + "".join(re.escape(c) for c in sorted({m[0] for m in markers})) + "])"
    return re.compile(opening + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _without_emoji(raw: str, emojis: dict) -> tuple[str, list[int]]:
    """The sentence with each emoji written as VADER's description of it, as VADER does, and the offset
    in `raw` of every character of the result (a description points at its emoji)."""
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for i, ch in enumerate(raw):
        description = emojis.get(ch)
        if description:
            if not prev_space:
                out.append(" ")
                where.append(i)
            out.append(description)
            where.extend([i] * len(description))
            prev_space = False
        else:
            out.append(ch)
            where.append(i)
            prev_space = ch == " "
    return "".join(out), where


def _word_valences(analyzer, sentence: str) -> tuple[list[float], list[Span], str, list[str]]:
    """Each word's valence in context (VADER's own steps), its span in `sentence`, the text scored and
    its words."""
    vader = _vader()
    text, where = _without_emoji(sentence, analyzer.emojis)
    sentitext = vader.SentiText(text)
    words = sentitext.words_and_emoticons
    spans: list[Span] = []
    cursor, chunks = 0, text.split()        # VADER's words are these chunks, each stripped of punctuation
    for chunk, word in zip(chunks, words):
        at = text.find(chunk, cursor)
        cursor = at + len(chunk)
        start = at + chunk.find(word)
        spans.append((where[start], where[start + len(word) - 1] + 1))
    sentiments: list[float] = []
    for i, item in enumerate(words):
        lowered = item.lower()
        if lowered in vader.BOOSTER_DICT or (lowered == "kind" and i < len(words) - 1
                                             and words[i + 1].lower() == "of"):
            sentiments.append(0)
            continue
        sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    sentiments = _answer_cut(analyzer, chunks, words, spans, sentence, sentiments)
    sentiments = analyzer._but_check(words, _hyphenated(analyzer, words, sentiments))
    sentiments = _unnamed(words, _negation_idioms(analyzer, words, _dead_as_very(analyzer, words,
                                                                          _let_alone(words, _pronouns(words, sentiments)))))
    return _quoted_names(chunks, words, sentiments), spans, text, words


def _answer_cut(analyzer, chunks: list[str], words: list[str], spans: list[Span], sentence: str,
                sentiments: list[float]) -> list[float]:
    """A negation that stands as an answer ends at the break after it: 'absolutely not 😂 overpriced', 'nah,
    useless', 'not really - rubbish' judge the thing as much as 'overpriced' alone (VADER turns a word up to
    three words after a negation, across a comma, a dash or an emoji). And an opening 'No' or 'Nope' set off by
    a break answers a question ('No — the University doesn't endorse any party'): no verdict of its own."""
    def broken(k: int) -> bool:       # the break is at the end of chunk k, or chunk k is an emoji or a dash
        raw = sentence[spans[k][0]:spans[k][1]]
        return chunks[k][-1:] in _BREAKS or not any(ch.isalnum() for ch in raw)
    lowered = [w.lower() for w in words]
    for i, v in enumerate(sentiments):
        if i == 0 and lowered[0] in _ANSWERS and len(words) > 1 and v < 0 and (broken(0) or broken(1)):
            sentiments[0] = 0.0
            continue
        base = analyzer.lexicon.get(lowered[i], 0)
        if not v or not base or (v > 0) == (base > 0):
            continue                    # not turned by a negation
        j = next((j for j in range(i - 1, max(i - 4, -1), -1) if _vader().negated([lowered[j]]) or lowered[j] == "no"), None)
        if j is not None and any(broken(k) for k in range(j, i)):
            sentiments[i] = v / _vader().N_SCALAR
    return sentiments


def _pronouns(words: list[str], sentiments: list[float]) -> list[float]:
    """'No one' and 'no-one' are a pronoun, not a judgement: VADER scores the 'no' of them as negative
    ('No one would notice if you came in late' reads as blame). A 'no' of its own ('no way') still counts."""
    for i, word in enumerate(words):
        lowered = word.lower()
        if (lowered == "no" and i + 1 < len(words) and words[i + 1].lower() == "one") or lowered == "no-one":
            sentiments[i] = 0.0
    return sentiments


def _dead_as_very(analyzer, words: list[str], sentiments: list[float]) -> list[float]:
    """'dead' before a word of praise means 'very' in British speech ('dead funny', 'dead good', 'dead
    nice'): no judgement of its own. Before anything else it keeps its weight ('the bar was dead')."""
    for i, word in enumerate(words[:-1]):
        if word.lower() == "dead" and analyzer.lexicon.get(words[i + 1].lower(), 0) > 0:
            sentiments[i] = 0.0
    return sentiments


def _let_alone(words: list[str], sentiments: list[float]) -> list[float]:
    """'let alone' means 'still less': the 'alone' of the idiom is no loneliness ('can't wait to see you all,
    let alone the freshers'); the sentence's judgement, if any, is in its other words."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() == "alone" and words[i - 1].lower() == "let":
            sentiments[i] = 0.0
    return sentiments


def _unnamed(words: list[str], sentiments: list[float]) -> list[float]:
    """A word inside a capitalised name judges nothing: a band, film or night ('Rage Against the Machine
    tribute night', 'a Death Cab for Cutie singalong', 'screening Evil Dead'). A name is a run of
    Title-case words, joined by at most one small word ('the', 'for'), holding three of them at the start
    of a sentence or two elsewhere. A sentence written mostly in Title Case ('Worst SU Bar In The North')
    shouts rather than names, and keeps every word."""
    titled = [_titled(w) for w in words]
    lettered = sum(w.isalpha() for w in words)
    if not lettered or sum(titled) * 5 > lettered * 3:
        return sentiments
    i = 0
    while i < len(words):
        if not titled[i]:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(words):
            if titled[j]:
                run.append(j)
                j += 1
            elif j + 1 < len(words) and words[j] in _NAME_JOINERS and titled[j + 1]:
                j += 1
            else:
                break
        if len(run) >= (3 if i == 0 else 2):
            for k in range(i, run[-1] + 1):
                sentiments[k] = 0.0
        i = j
    return sentiments


def _quoted_names(chunks: list[str], words: list[str], sentiments: list[float]) -> list[float]:
    """A name in quotation marks judges nothing, one word or several: a theme, a song, a film or a night
    ("Fancy dress theme is 'Killers'", 'karaoke classics: "Toxic" and "Bad Romance"', "screening 'Parasite'").
    A name is a quotation of Title-case words (joined by small words, as for a name without them) inside a
    sentence that says more; a quotation of ordinary words ("the 'support' we got") is not one."""
    i = 0
    while i < len(chunks):
        if chunks[i][:1] not in _QUOTES:
            i += 1
            continue
        for j in range(i, min(i + _QUOTED_NAME_WORDS, len(chunks))):
            closing = chunks[j].rstrip(_CLOSING)
            if closing[-1:] in _QUOTES and (j > i or len(closing) > 2):
                break
        else:
            i += 1
            continue
        inner = words[i:j + 1]
        named = (len(inner) < len(words) and _titled(inner[0]) and _titled(inner[-1])
                 and all(_titled(w) or w in _NAME_JOINERS for w in inner))
        if named:
            sentiments[i:j + 1] = [0.0] * len(inner)
        i = j + 1
    return sentiments


def _titled(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _hyphenated(analyzer, words: list[str], sentiments: list[float]) -> list[float]:
    """A compound VADER does not know, opened by a negative word ('worst-run', 'badly-organised',
    'shit-show'), is as negative as that word; one that only ends in one ('self-harm', 'anti-racism'),
    or one the rule made neutral ('drop-in'), is not judged by it."""
    for i, word in enumerate(words):
        if sentiments[i] == 0 and "-" in word and word.lower() not in analyzer.lexicon:   # not one made neutral
            first = word.split("-", 1)[0].lower()
            if first not in _PREFIXES and analyzer.lexicon.get(first, 0) < 0:
                sentiments[i] = analyzer.lexicon[first]
    return sentiments


def _negation_idioms(analyzer, words: list[str], sentiments: list[float]) -> list[float]:
    """'nothing but help', 'none but the best': a negation followed by 'but' means 'only', so the praise
    after it keeps its sign (VADER turns it, as for 'nothing helps'). And 'couldn't give a damn': the
    negation belongs to the idiom of not caring, whatever word ends it ('toss', 'monkey's'): it is contempt,
    and what it is about ('... about anyone's safety') is what is not cared for, no praise."""
    lowered = [w.lower() for w in words]
    cared_for = False
    for i, v in enumerate(sentiments):
        if cared_for and v > 0:
            sentiments[i] = 0.0
            continue
        if i >= 3 and lowered[i - 1] == "a" and lowered[i - 2] in _GIVE \
                and any(_vader().negated([w]) for w in lowered[max(i - 5, 0):i - 2]):
            sentiments[i] = min(-abs(v), _CONTEMPT)
            cared_for = True
            continue
        if v >= 0 or analyzer.lexicon.get(lowered[i], 0) <= 0:
            continue
        j = _negation_before(lowered, i)
        if j is not None and j + 1 < i and lowered[j + 1] == "but":
            sentiments[i] = -v
    return sentiments


def _negation_before(lowered: list[str], i: int) -> int | None:
    """The nearest negation up to three words before word i (as VADER looks for one), or None."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if _vader().negated([lowered[j]]):
            return j
    return None


def _sentences(text: Text) -> list[Span]:
    """Character ranges of the text's sentences (as Text splits them)."""
    return [(text.starts[first], text.ends[end - 1]) for first, end in text.sentence_ranges()]


# A word of two letters is an interjection or a short form ('ha', 'no', 'nh'), and its '+s' another word
# ('has', 'nos', 'NHS'); these longer ones also make other words with an 's' ('goods', 'odds', 'fines').
# Listed, not derived: whether a '+s' form has a sense of its own ('goods' are wares, 'odds' a chance) is a
# matter of meaning that nothing the checker ships can tell: the Snowball stemmer reads 'goods' as 'good',
# wordninja's frequency ranks put 'goods' below 'good' as they put any plural below its singular, and
# NLTK's WordNet data is not installed. test_sentiment checks that each entry still guards a word VADER scores.
_OTHER_WORDS = frozenset({"goods", "odds", "fines", "kinds", "hands", "sures", "pays", "fits", "drops", "gods"})
_VOWELS = "aeiou"
_PREFIXES = frozenset({"anti", "non", "counter"})   # 'anti-racism' is against a harm, not a judgement
_QUOTES = "'\"‘’“”"
_CLOSING = ".,;:!?)…"     # what may follow a closing quotation mark
_QUOTED_NAME_WORDS = 6    # the longest name read as one in quotation marks
_NAME_JOINERS = frozenset({"the", "of", "for", "at", "and", "a", "in", "on", "to", "&"})
_GIVE = frozenset({"give", "gives", "giving", "gave", "given"})
_BREAKS = ",.;:!?…—–-"      # what ends an answer's negation ('absolutely not, overpriced')
_ANSWERS = frozenset({"no", "nope", "nah"})
_CONTEMPT = -2.0    # a word of the idiom of not caring, as negative as the rule's own contempt words by default

_PREPARED: dict[int, tuple] = {}


def prepare(options: dict) -> tuple:
    """The analyser and settings a rule's options make, worked out once per options table (a rule's
    options are one table for the life of its pack, kept alive here with what was made of it)."""
    made = _PREPARED.get(id(options))
    if made is None or made[0] is not options:
        analyzer = _analyzer(_lowered(options.get("negative")), float(options.get("negative_valence", -2.0)),
                             _lowered(options.get("neutral")), _lowered(options.get("positive")))
        events = frozenset(_inflected(_lowered(options.get("events"))))
        made = _PREPARED[id(options)] = (options, analyzer, events, _cues(analyzer, events),
                                         _irony_pattern(_lowered(options.get("irony_markers"))),
                                         float(options.get("threshold", -0.3)))
    return made[1:]


def negative_evaluation(text: Text, options: dict, sentences: frozenset | None = None) -> list[Span]:
    """The negative words of every sentence whose VADER compound score is below the threshold; with
    `sentences` (numbers as Text.sentence_of gives them), of those sentences only: the others are not
    scored (a rule's gate: its findings must be in a sentence that holds what it `requires`)."""
    if not len(text):
        return []
    analyzer, events, cues, irony, threshold = prepare(options)
    ironies = [m.start() for m in irony.finditer(text.raw)] if irony else []
    if not ironies and not _may_be_found(cues, text.raw):
        return []                           # most texts: no word of the whole text could be found
    ranges = _sentences(text)
    firsts = [first for first, _ in text.sentence_ranges()] if sentences is not None else ()
    marked = [any(s <= at < e for at in ironies) for s, e in ranges]
    found: list[Span] = []
    for n, (start, end) in enumerate(ranges):
        if sentences is not None and text.sentence_of(firsts[n]) not in sentences:
            continue
        ironic = marked[n] or (n + 1 < len(ranges) and marked[n + 1])
        if not ironic and not _may_be_found(cues, text.raw[start:end]):
            continue
        sentiments, spans, scored, words = _word_valences(analyzer, text.raw[start:end])
        if ironic:
            sentiments = [-s if s > 0 else s for s in sentiments]
        if analyzer.score_valence(sentiments, scored)["compound"] >= threshold:
            continue
        for i, v in enumerate(sentiments):
            if v < 0 and words[i].lower() not in events:
                found.append((start + spans[_negator(analyzer, words, i)][0], start + spans[i][1]))
    return found


def _negator(analyzer, words: list[str], i: int) -> int:
    """Where the negative words at i begin: a praise word turned by a negation ('couldn't care', 'not
    good enough') begins at the negation, up to three words before it."""
    if analyzer.lexicon.get(words[i].lower(), 0) <= 0:
        return i
    j = _negation_before([w.lower() for w in words], i)
    return i if j is None else j


# -- A verdict carried into the next sentence ('Saw the new SU budget. Embarrassing.') --------------------------

# Words that may open a verdict before the word that judges ('Absolute shambles.', 'Such a joke.').
_LEAD_INS = frozenset({"absolute", "absolutely", "total", "totally", "utter", "utterly", "complete", "completely",
                       "proper", "pure", "such", "what", "so", "just", "genuinely", "honestly", "frankly", "actually",
                       "bloody", "fucking", "a", "an", "very", "really", "truly", "beyond", "quite", "pretty", "and",
                       "oh", "tbh", "ngl", "lol", "lmao", "again", "still", "another", "typical", "classic"})
# Words that point back at what the sentence before named ('It's a joke.', 'Whoever signed it off should be
# embarrassed.'); 'they' is a subject the rule's own requirements already take.
_POINTERS = frozenset({"it", "it's", "its", "itll", "it'll", "this", "that", "that's", "thats", "whoever", "which",
                       "everyone", "nobody", "no-one"})
# How the writer feels, not what they judge ('Gutted.', 'Knackered now.'), and a concession that closes
# praise ('Awful weather though.').
_FEELINGS = frozenset({"gutted", "devastated", "heartbroken", "sad", "sorry", "tired", "exhausted", "knackered",
                       "shattered", "upset", "nervous", "scared", "anxious", "worried", "ill", "sick", "poorly",
                       "hungover", "rip", "unlucky", "unfortunately", "sadly"})
_CONCESSIONS = frozenset({"though", "tho", "however"})
_FOLLOWER_WORDS = 12        # a verdict carried on is short: a fragment or a pointed sentence
_PRAISE = 0.3               # a sentence before this positive is praise; what follows judges something else


def following_verdicts(text: Text, options: dict, sentences: frozenset) -> frozenset:
    """The sentences, just after one of `sentences`, that carry on its judgement without a subject of their
    own: a short sentence opening (after lead-ins such as 'absolute', 'such a') with a word of blame ('Saw
    the new budget. Embarrassing.', 'Shambles from start to finish.') or with a word pointing back ('It's a
    joke.', 'Whoever built it should be embarrassed.'). Not after praise ('Loved the quiz. Awful weather
    though.'), nor a feeling ('Gutted.'), a concession or a question ('Useless at quizzes? Come anyway')."""
    analyzer, events, _cues_, _irony, _threshold = prepare(options)
    ranges = text.sentence_ranges()
    numbers = [text.sentence_of(first) for first, _ in ranges]
    chars = _sentences(text)
    found = set()
    for n in range(len(ranges) - 1):
        if numbers[n] not in sentences or numbers[n + 1] in sentences:
            continue
        follower = text.raw[chars[n + 1][0]:chars[n + 1][1]]
        words = [w for w in (w.strip(_PUNCTUATION + "‘’“”") for w in follower.lower().split()) if w]
        if not words or len(words) > _FOLLOWER_WORDS or _CONCESSIONS & set(words) or "?" in follower:
            continue                        # a question asks ('Useless at quizzes? Come anyway')
        i = 0
        while i < len(words) - 1 and words[i] in _LEAD_INS:
            i += 1
        opener = words[i].replace("’", "'")
        blames = analyzer.lexicon.get(opener, 0) < 0 and opener not in events and opener not in _FEELINGS
        if not (blames or words[0].replace("’", "'") in _POINTERS):
            continue
        sentiments, _spans, scored, _words = _word_valences(analyzer, text.raw[chars[n][0]:chars[n][1]])
        if analyzer.score_valence(sentiments, scored)["compound"] >= _PRAISE:
            continue                        # read as the rule reads it: 'free', 'welcome week' are no praise
        found.add(numbers[n + 1])
    return frozenset(found)
