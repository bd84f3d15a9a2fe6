"""Built-in detectors for personal data, through maintained libraries where one exists.

- phone numbers: `phonenumbers` (Google's libphonenumber), every format it reads as a UK number;
- card numbers and IBANs: `python-stdnum` (Luhn, ISO 13616 check digits), cards also by their issuer's
  prefix and length;
- people's email addresses told from role mailboxes by the shape of the part before the "@";
- dates (for dates of birth), UK postcodes with a street before them (for home addresses), and sort
  code + account number pairs (for bank details): shapes, checked as real dates and postcodes.

Each detector says where something is, never whether it matters: the rule around it (its `requires`
and `unless` lexicons) and the organisation's policy decide that. A number inside a URL, an email
address, a hashtag or a handle is never anything here.
"""
from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..text import Text

Span = tuple[int, int]


# -- shared ---------------------------------------------------------------------------------------

def _link_spans(text: Text) -> list[Span]:
    """URLs, email addresses, hashtags and @handles: numbers inside them are part of a name or an address
    ('https://x.com/lusu/status/1790…', 'Order #07221459969'), never a phone, card or date. Several
    detectors ask: found once per check (kept in the text's memo)."""
    found = text.memo.get("link_spans")
    if found is None:
        found = text.memo["link_spans"] = tuple((s, e) for kind, s, e in zip(text.kinds, text.starts, text.ends)
                                                if kind in ("url", "email", "hashtag", "handle"))
    return found


def _inside_links(span: Span, links: list[Span]) -> bool:
    s, e = span
    return any(a < e and s < b for a, b in links)


def _words_before(text: Text, start: int, n: int) -> list[str]:
    """The lower-case words (not numbers or punctuation) among the n tokens before `start`, nearest first,
    stopping at a sentence's end."""
    if not len(text):
        return []
    i = text.token_at(start)
    if text.starts[i] >= start:
        i -= 1
    out = []
    while i >= 0 and len(out) < n:
        if text.kinds[i] == "other" and text.words[i] in ".!?\n":
            break
        if text.kinds[i] in ("word", "hashtag"):
            out.append(text.lowers[i].lstrip("#"))
        i -= 1
    return out


# -- phone numbers --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _phonenumbers():
    import phonenumbers                      # imported when a text first holds a long number
    return phonenumbers


def _phone_kind(pn, number) -> str | None:
    """'mobile', 'landline' or None (freephone, 03, premium rate, pagers: organisations' numbers).
    A number of the right length whose range libphonenumber does not list as allocated (Ofcom's drama
    ranges such as 07700 900xxx, ranges allocated after this version of its data) counts by its shape."""
    national = str(number.national_number)
    if number.country_code != 44:
        return None
    kind = pn.number_type(number)
    types = pn.PhoneNumberType
    if kind == types.MOBILE:
        return "mobile"
    if kind in (types.FIXED_LINE, types.FIXED_LINE_OR_MOBILE):
        return "landline"
    if kind != types.UNKNOWN or not pn.is_possible_number(number) or len(national) != 10:
        return None
    if national[0] == "7" and national[1] not in "06":       # 070 personal numbering, 076 pagers
        return "mobile"
    if national[0] in "12":
        return "landline"
    return None


# -- disguised numbers ----------------------------------------------------------------------------
# People write numbers so scrapers miss them: letters for digits ("o7700.900.462", "07700 9OO 462"),
# odd separators ("07719|257020", "07700/900/462"), or the digits said aloud ("oh-seven-seven-double-oh,
# nine double-oh, three-one-nine"). These are read back to digits and checked as a phone number like any
# other; a stretch counts only when it reads as a whole UK number (11 digits from a 0), so a date, a score
# or a year beside a word never does.
_LOOKALIKE_DIGITS = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1"})
# Both runs open with a lookahead for the characters one can start with ('+', '0', 'o'; a digit or the first letter of
# a spoken digit, 'double' or 'triple'), so the search passes over every other place at once instead of trying the
# whole expression there: the same matches, in ~45% of the time on a 2,000-character post (~0.14 ms).
_DISGUISED_RUN = re.compile(
    r"(?=[+0oO])(?<![\w@/.])(?:\+|00)?[0oO](?:[\s./_|·*~,-]{0,3}[\doOlI]){9,13}(?![\w@])")
_ANY_DIGIT = re.compile(r"\d")
_SPOKEN_DIGITS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
                  "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPOKEN = r"(?:oh|o|zero|nought|nil|one|two|three|four|five|six|seven|eight|nine)"
# a digit said as a group: "nine hundred" is 900, "four thousand" 4000 (people read numbers in chunks)
_SPOKEN_UNIT = (r"(?:(?:(?:double|triple)[\s-]+)?" + _SPOKEN + r"(?:[\s-]+(?:hundred|thousand))?"
                r"|\d{1,5})")             # and digits among the words ('07 seven nine double one …')
_SPOKEN_RUN = re.compile(r"\b(?=[\ddtoznefs])" + _SPOKEN_UNIT + r"(?:[\s,-]+" + _SPOKEN_UNIT + r"){6,}\b", re.IGNORECASE)
_SPOKEN_ZEROS = {"hundred": "00", "thousand": "000"}


def _spoken_digits(run: str) -> str:
    out, times = [], 1
    for word in re.findall(r"[a-z]+|\d+", run.lower()):
        if word.isdigit():
            out.append(word)
            times = 1
            continue
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
            continue
        if word in _SPOKEN_ZEROS:
            out.append(_SPOKEN_ZEROS[word])
            continue
        out.append(_SPOKEN_DIGITS[word] * times)
        times = 1
    return "".join(out)


def _disguised_candidates(raw: str):
    """(start, end, digits) of each stretch that may be a disguised number."""
    for m in _DISGUISED_RUN.finditer(raw) if len(_ANY_DIGIT.findall(raw)) >= 6 else ():   # one needs 6 digits
        chunk = m.group()
        if sum(c.isdigit() for c in chunk) < 6 or not any(c in "oOlI|/_·*~" or c == "." and ".." in chunk
                                                          for c in chunk) and chunk.count(",") == 0:
            continue                          # a plain number: libphonenumber has read it already
        end = m.end()
        while end > m.start() and not raw[end - 1].isalnum():
            end -= 1
        yield m.start(), end, re.sub(r"\D", "", raw[m.start():end].translate(_LOOKALIKE_DIGITS))
    if any(w in raw.lower() for w in ("oh", "zero", "seven", "nought")):
        for m in _SPOKEN_RUN.finditer(raw):
            yield m.start(), m.end(), _spoken_digits(m.group())


def _disguised_numbers(text: Text, found: list) -> list[tuple[int, int, str]]:
    links = _link_spans(text)
    out = []
    for start, end, digits in _disguised_candidates(text.raw):
        if digits.startswith("0044"):
            digits = "0" + digits[4:]
        elif digits.startswith("44"):
            digits = "0" + digits[2:]
        if len(digits) != 11 or not digits.startswith("0") or _inside_links((start, end), links) \
                or any(a < end and start < b for a, b, _ in found):
            continue
        pn = _phonenumbers()
        try:
            number = pn.parse(digits, "GB")
        except pn.NumberParseException:
            continue
        kind = _phone_kind(pn, number)
        if kind:
            out.append((start, end, kind))
    return out


def phone_numbers(text: Text) -> list[tuple[int, int, str]]:
    """(start, end, 'mobile' | 'landline') of every UK phone number libphonenumber reads in the text's
    stretches around long numbers, in any format it parses (+44, 0044, (0), spaces, dashes, dots,
    brackets); none inside a URL, an email address, a hashtag or a handle. Several rules ask for the
    same text's numbers: they are read once per check (kept in the text's memo)."""
    found = text.memo.get("phone_numbers")
    if found is None:
        windows = text.digit_windows(24, 24, 9)
        found = _phone_numbers(text, windows) if windows else []
        found = text.memo["phone_numbers"] = sorted(found + _disguised_numbers(text, found))
    return found


# libphonenumber takes about a millisecond a number: a text with more candidates than this (a pasted
# table of numbers) is warned on its first ones, rather than held up past the check's time budget.
MAX_PHONE_CANDIDATES = 100


def _phone_numbers(text: Text, windows) -> list[tuple[int, int, str]]:
    pn = _phonenumbers()
    links = _link_spans(text)
    found = []
    candidates = ((ws + m.start, ws + m.end, m) for ws, we in windows
                  for m in pn.PhoneNumberMatcher(text.raw[ws:we], "GB", leniency=pn.Leniency.POSSIBLE))
    for tried, (start, end, m) in enumerate(candidates):
        if tried >= MAX_PHONE_CANDIDATES:
            break
        span = (start, end)
        if not m.raw_string.startswith(("0", "+", "(0", "(+")):
            continue                          # a UK number is written with its 0 or its country code
        kind = _phone_kind(pn, m.number)
        if kind and not _inside_links(span, links) and not (found and found[-1][1] > span[0]):
            found.append((*span, kind))
    return found


_CALL_VERBS = frozenset({"ring", "call", "phone", "text", "tel", "reach", "contact", "message", "whatsapp", "dial",
                         "bell", "try", "ringing", "calling", "phoning", "texting", "contacting"})
_BETWEEN_NAME_AND_NUMBER = frozenset({"on", "at", "directly", "direct", "by", "via", "tel", "number", "mobile", "phone"})
# Words after a call verb that are nobody's name: pronouns, determiners, services, times.
_NOT_NAMES = frozenset({
    "us", "me", "him", "her", "them", "you", "the", "our", "your", "my", "his", "their", "a", "an", "this", "that",
    "reception", "security", "office", "porters", "lodge", "helpline", "hotline", "switchboard", "nightline",
    "police", "ambulance", "nhs", "union", "su", "services", "service", "team", "desk", "centre", "center", "line",
    "now", "today", "tonight", "tomorrow", "anytime", "ahead", "back", "in", "for", "free", "local", "again",
    "first", "asap", "please", "pls", "and", "or"})


def _after_call_to_someone(text: Text, start: int) -> bool:
    """'ring Tom on 01524 …', 'call Louise Smith directly on …': a call verb, then a name (one or two
    words that are not pronouns, determiners or services: not 'call us', 'ring the office',
    'call reception'), then the number."""
    words = _words_before(text, start, 6)
    while words and words[0] in _BETWEEN_NAME_AND_NUMBER:
        words.pop(0)
    for n in (1, 2):
        if len(words) > n and words[n] in _CALL_VERBS \
                and not any(w in _NOT_NAMES or w in _CALL_VERBS for w in words[:n]):
            return True
    return False


def uk_phone(text: Text, options: dict) -> list[Span]:
    """UK phone numbers of the `kinds` asked for (mobile, landline; both by default)."""
    kinds = options.get("kinds", ["mobile", "landline"])
    return [(s, e) for s, e, kind in phone_numbers(text) if kind in kinds]


def uk_phone_named(text: Text, options: dict) -> list[Span]:
    """UK phone numbers that a call verb and a person's name lead to ('ring Maya on 01524 850112')."""
    return [(s, e) for s, e, _ in phone_numbers(text) if _after_call_to_someone(text, s)]


# -- email addresses ------------------------------------------------------------------------------

_LOCAL_PIECES = re.compile(r"[a-z]+|\d+")


def _segments(word: str, vocabulary: frozenset, longest: int) -> bool:
    """Whether `word` is made entirely of vocabulary words ('ugadmissions' = 'ug' + 'admissions',
    'filmsoc' = 'film' + 'soc'). Two-letter words (ug, vp, it, su) only open a word: inside one they
    would make names of anything ('unai' is not 'un' + 'ai')."""
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            piece = word[start:end]
            if ok[start] and piece in vocabulary and (len(piece) > 2 or start == 0):
                ok[end] = True
                break
    return ok[-1]


@lru_cache(maxsize=16)
def _role_vocabulary(entries: tuple) -> tuple[frozenset, tuple, tuple, int]:
    """The words, group prefixes ('lusu*') and group suffixes ('*soc') of a role_mailboxes list."""
    entries = [e.lower() for e in entries]
    words = frozenset(e for e in entries if "*" not in e)
    prefixes = tuple(e[:-1] for e in entries if e.endswith("*") and len(e) > 3)
    suffixes = tuple(e[1:] for e in entries if e.startswith("*") and len(e) > 3)
    return words, prefixes, suffixes, max(map(len, words), default=1)


def is_role_mailbox(local: str, role_mailboxes=(), acronyms: frozenset = frozenset()) -> bool:
    """A mailbox for a function or a group rather than a person, told by the words of its local part.
    It is a role mailbox when every word is made of `role_mailboxes` words (functions, departments,
    activities: 'ugadmissions' = 'ug' + 'admissions', 'vp.welfare', 'hockey2025'), or when a word
    carries a group's prefix or suffix from the list ('lusu*', '*soc': 'archerysoc', 'lusuorigami').
    `acronyms` are more such words: the initials of a service the text names ('sbs' beside 'Student
    Based Services', `service_acronyms`).
    A person's address has a word that is none of these (jane.smith, smithj, jsmith123, paigewh99),
    and a lone initial (j.smith, priya.k.sharma) always means a person."""
    vocabulary, prefixes, suffixes, longest = _role_vocabulary(tuple(role_mailboxes))
    words = [w for w in _LOCAL_PIECES.findall(local.lower().split("+", 1)[0]) if not w.isdigit()]
    if not words or any(len(w) == 1 for w in words):
        return False
    if any(_has_affix(w, prefixes, suffixes) for w in words):
        return True
    if acronyms:
        vocabulary = vocabulary | acronyms
    return all(w in acronyms or _segments(w, vocabulary, longest) for w in words)


# Little words a service's initials skip ('Careers and Employability Service' is CES).
_ACRONYM_SKIPS = frozenset({"and", "of", "for", "the", "&", "in", "to", "at", "on"})


def service_acronyms(text: Text, role_mailboxes=()) -> frozenset:
    """The initials of every run of two to six words in the text of which at least one is a role mailbox
    word ('Student Based Services' -> 'sbs', 'MSc Data Science' -> 'ds' and 'mds'): an organisation's
    mailbox is often its unit's initials ('sbs@', 'ds-admissions@'), named in the same post. A person's
    name gives its initials too ('John Smith' -> 'js') but holds no role word, so it gives nothing here.
    A post's initials may keep its little words too, as university titles do: 'Director of Teaching' is
    'dt' and 'dot' ('history-dot@'), 'Head of Department' 'hd' and 'hod'."""
    vocabulary = _role_vocabulary(tuple(role_mailboxes))[0]
    words = [(w, w in vocabulary, w in _ACRONYM_SKIPS) for w, kind in zip(text.lowers, text.kinds)
             if kind == "word" and w.isalpha()]
    out = set()
    for i in range(len(words)):
        if words[i][2]:
            continue
        initials, every, role, n = "", "", False, 0
        for w, is_role, skip in words[i:i + 9]:
            every += w[0]
            if not skip:
                initials += w[0]
                role = role or is_role
                n += 1
            if n > 6:
                break
            if len(initials) >= 2 and role and not skip:
                out.update((initials, every))
    return frozenset(out)


def _has_affix(word: str, prefixes: tuple, suffixes: tuple) -> bool:
    """A group's prefix or suffix, alone ('lsf.society') or on a longer word leaving at least three
    letters ('filmsoc', 'lusuchess')."""
    return any(word == p or word.startswith(p) and len(word) >= len(p) + 3 for p in prefixes) \
        or any(word == x or word.endswith(x) and len(word) >= len(x) + 3 for x in suffixes)


# Addresses written to dodge scrapers: "dan.whittaker94 [at] hotmail [dot] co [dot] uk", "jo (at) gmail.com",
# "name at gmail dot com", "sam.k @ outlook.com". A bracketed "at", an "@" with spaces round it or "AT" in
# capitals is an address whatever the domain; a plain "at" only when the dots are spelled too, the domain is a
# mail provider's or the local part looks like a handle (a dot, an underscore, a digit), and the local part is
# no pronoun or place ("meet us at uni dot com", "lol at sam.com" never are).
_AT = (r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+(?-i:AT)\s+|\s+@\s*|\s*@\s+|\s+(?P<plain>at)\s+)")
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\.)"
_TLDS = r"(?:com|net|org|uk|edu|io|me|info|ie|eu|biz|co|ac)"
# What ends every address _SPELLED_EMAIL finds (a dot, written or spelled, then a top-level domain): a
# text without it is not searched with the whole expression.
_TOP_LEVEL_AFTER_DOT = re.compile(r"(?:\.|dot\s+|[\])}>]\s*)" + _TLDS + r"(?![\w@])", re.IGNORECASE)
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.@+-])(?P<local>[a-z0-9](?:[\w.+-]*[a-z0-9])?)" + _AT
    + r"(?P<domain>[a-z0-9-]+(?:" + _DOT + r"[a-z0-9-]+)*" + _DOT + _TLDS + r")(?![\w@])", re.IGNORECASE)
_MAIL_PROVIDERS = frozenset({"gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "icloud", "me", "aol",
                             "btinternet", "sky", "protonmail", "proton", "gmx", "mail", "msn", "virginmedia",
                             "talktalk", "ymail", "lancaster", "leicester", "chester", "student"})
_NOT_LOCAL = frozenset({"us", "me", "him", "her", "them", "you", "we", "it", "home", "uni", "work", "them", "look",
                        "here", "there", "now", "info", "stuff", "one", "all", "this", "that", "back", "out"})


# Every _SPELLED_EMAIL match holds its "@" or its "at" (after white space or a bracket), with only white space and
# perhaps one opening bracket between it and the local part; the local part is a whole run of [\w.+-].
_AT_MARK = re.compile(r"@|(?<=[\s\[({<])at", re.IGNORECASE)
_SPACE_RUN = re.compile(r"\s*")
_LOCAL_RUN = re.compile(r"[\w.+-]*")


def _spelled_email_matches(raw: str) -> list:
    r"""What `_SPELLED_EMAIL.finditer(raw)` finds, the whole expression tried only where a match can start: at the
    run of [\w.+-] that ends right before each "@" or "at" (past white space, and past one opening bracket and
    white space). Searched from every character, it cost a 2,000-character post ~0.3 ms; these starts are read
    backwards (in the reversed text), and tried in order from where the last match ended, as finditer would."""
    starts, n, backwards = set(), len(raw), None
    for mark in _AT_MARK.finditer(raw):
        if backwards is None:
            backwards = raw[::-1]           # backwards[n - i] is raw[i - 1]
        end = n - _SPACE_RUN.match(backwards, n - mark.start()).end()
        ends = (end, n - _SPACE_RUN.match(backwards, n - end + 1).end()) if end and raw[end - 1] in "[({<" else (end,)
        for end in ends:
            start = n - _LOCAL_RUN.match(backwards, n - end).end()
            if start < end:
                starts.add(start)
    found, last = [], 0
    for start in sorted(starts):
        if start >= last:
            m = _SPELLED_EMAIL.match(raw, start)
            if m is not None:
                found.append(m)
                last = m.end()
    return found


def spelled_emails(text: Text) -> list[tuple[int, int, str]]:
    """(start, end, local part) of email addresses with the @ (and perhaps the dots) spelled out."""
    low = text.raw.lower()
    if "@" not in low and " at " not in low and "(at)" not in low and "[at]" not in low and "{at}" not in low:
        return []
    if _TOP_LEVEL_AFTER_DOT.search(text.raw) is None:     # every such address ends in a dot and a domain
        return []
    out = []
    for m in _spelled_email_matches(text.raw):
        local, domain = m.group("local"), m.group("domain").lower()
        if "@" not in m.group() and "at" not in m.group().lower()[len(local):len(local) + 6]:
            continue
        if local.lower() in _NOT_LOCAL:
            continue
        if m.group("plain") is not None:
            first = re.split(r"[\s.\[({<]", domain, 1)[0]
            spelled = re.search(r"\bdot\b", domain) is not None
            if not (spelled or first in _MAIL_PROVIDERS or re.search(r"[._\d]", local)):
                continue
        out.append((m.start(), m.end(), local))
    return out


# An address ends in a top-level domain of letters: 'Alice@97.3' is a radio station's name, not an address.
_TOP_LEVEL = re.compile(r"\.[a-z]{2,24}$")


# A work address given as a contact point is no one's private data: the writer's own ('office hours Tues 2-4, or
# email me at j.harrison@lancaster.ac.uk') and a staff post-holder's, named by the post ('press enquiries go to
# our Chief Executive - m.ashraf@lancaster.ac.uk'). A work address is a university's (.ac.uk, not a student
# subdomain), a students' union's ('lancastersu.co.uk', 'leicesterunion.com') or a public body's; a private
# address (gmail, hotmail) stays a person's whoever gives it, and so does anyone's address named without the
# writer's own contact frame or a staff post right before it ('her email's k.walsh3@lancaster.ac.uk').
_WORK_DOMAIN = re.compile(r"(?:\.ac\.uk|\.gov\.uk|\.nhs\.uk|(?:^|\.)nhs\.net|"
                          r"(?:^|\.)[a-z]*(?:su|union)\.(?:co\.uk|org\.uk|org|com|ac\.uk))$")
_STUDENT_DOMAIN = re.compile(r"(?:^|\.)(?:student|students|stu|live|alumni)\.")
_SPELLED_DOTS = re.compile(r"\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*", re.IGNORECASE)
# the writer's own contact frame, right before the address ('email me at', 'drop me a line on', 'my work email:')
_OWN_FRAME = re.compile(
    r"(?:\b(?:e-?mail|contact|reach|message|write\s{1,2}to|find|drop|ping)\s{1,2}me\b"
    r"(?:\s{1,2}(?:a\s{1,2}line|an?\s{1,2}(?:e-?mail|message|note)))?"
    r"|\bmy\s{1,2}(?:(?:work|uni|university|staff|office)\s{1,2})?e-?mail(?:\s{1,2}address)?(?:'s|\s{1,2}is)?)"
    r"[\s:,\-\u2013\u2014]{0,4}(?:(?:at|on|via|to)\s{1,2})?$", re.IGNORECASE)
# a staff post, with the organisation's or a reader's possessive, then perhaps the holder's name, right before the
# address ('our Chief Executive - ', 'your module convenor, Dr Lee, at', 'the Director of Teaching at')
_STAFF_POST = (r"(?:chief\s{1,2}executive|ceo|chief\s{1,2}operating\s{1,2}officer|(?:deputy\s{1,2}|associate\s{1,2})?"
               r"(?:director|head|dean)(?:\s{1,2}of(?:\s{1,2}[A-Za-z&]+){1,3})?|(?:pro-?\s?)?vice[-\s]chancellor|registrar|"
               r"(?:press|media|communications|comms|data\s{1,2}protection|safeguarding|compliance)\s{1,2}(?:officer|manager|lead)|"
               r"(?:general|operations|office|bar|venue|events?|marketing|communications|facilities|finance|centre|advice)"
               r"\s{1,2}manager|(?:module|course|programme|program)\s{1,2}(?:convenor|convener|leader|lead|director|"
               r"coordinator|administrator)|(?:personal|academic)\s{1,2}tutor|lecturer|professor|senior\s{1,2}tutor)")
_POST_FRAME = re.compile(
    r"\b(?:our|the|your|my|its|their)\s{1,2}(?:[A-Z][\w-]*\s{1,2}){0,2}" + _STAFF_POST
    + r"(?:[\s,]{1,3}(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s{1,2})?[A-Z][\w'-]*(?:\s{1,2}[A-Z][\w'-]*){0,2})?"
    r"[\s:,()\-\u2013\u2014]{0,5}(?:(?:is\s{1,2})?(?:at|on|via)\s{1,2}|is\s{1,2})?$", re.IGNORECASE)


def _work_contact(text: Text, start: int, end: int, local: str, before: int) -> bool:
    """Whether the address at start-end is a work address given as the writer's own or a staff post's
    contact (see _WORK_DOMAIN). `before`: where the stretch read for the frame may begin (the previous
    address's end)."""
    address = text.raw[start:end].lower()
    at = address.find("@")
    rest = address[at + 1:] if at >= 0 else re.sub(r"^\s*[\[({<]?\s*at\s*[\])}>]?\s*", "", address[len(local):])
    domain = _SPELLED_DOTS.sub(".", rest.strip()).strip(".")
    if not _WORK_DOMAIN.search(domain) or _STUDENT_DOMAIN.search(domain):
        return False
    lead = text.raw[max(before, start - 80):start]
    lead = re.split(r"(?<!Dr)(?<!Prof)(?<!Mr)(?<!Ms)(?<!Mrs)[.!?]\s|\n", lead)[-1]   # the address's own sentence
    return _OWN_FRAME.search(lead) is not None or _POST_FRAME.search(lead) is not None


def personal_email(text: Text, options: dict) -> list[Span]:
    """Email addresses of people; role mailboxes (info@, enquiries@, filmsoc@, ugadmissions@) are public
    by design. Option `role_mailboxes`: function, department, activity and society words, and group
    affixes written 'lusu*' (a prefix) or '*soc' (a suffix). Addresses with the "@" or the dots spelled
    out to dodge scrapers count the same (`spelled_emails`). A work address given as the writer's own or a
    staff post's contact is none (`_work_contact`)."""
    roles = tuple(options.get("role_mailboxes", ()))
    candidates = [(text.starts[i], text.ends[i], text.lowers[i].split("@", 1)[0])
                  for i, kind in enumerate(text.kinds) if kind == "email" and _TOP_LEVEL.search(text.lowers[i])]
    links = [(s, e) for s, e in _link_spans(text)]
    candidates += [(s, e, local) for s, e, local in spelled_emails(text) if not _inside_links((s, e), links)]
    people = [(s, e, local) for s, e, local in candidates if not is_role_mailbox(local, roles)]
    if people:
        acronyms = service_acronyms(text, roles)
        people = [(s, e, local) for s, e, local in people if not is_role_mailbox(local, roles, acronyms)]
    if people:
        ends = sorted(e for _, e, _ in candidates)
        people = [(s, e, local) for s, e, local in people
                  if not _work_contact(text, s, e, local, max((x for x in ends if x <= s), default=0))]
    return sorted((s, e) for s, e, _ in people)


# -- cards, IBANs, bank details -------------------------------------------------------------------

_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])")
# Issuer prefixes and the lengths they issue (ISO/IEC 7812): Visa, Mastercard, Amex, Maestro,
# Discover, Diners Club, JCB, UnionPay.
_ISSUERS = (
    (re.compile(r"4"), (13, 16, 19)),
    (re.compile(r"5[1-5]|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)"), (16,)),
    (re.compile(r"3[47]"), (15,)),
    (re.compile(r"50|5[6-9]|6"), (16, 17, 18, 19)),          # Maestro: 12-15 digits are not issued in the UK
    (re.compile(r"3(?:0[0-5]|[689])"), tuple(range(14, 20))),
    (re.compile(r"35(?:2[89]|[3-8]\d)"), tuple(range(16, 20))),
)


def is_card_number(digits: str) -> bool:
    from stdnum import luhn
    return (len(set(digits)) > 2 and any(p.match(digits) and len(digits) in lengths for p, lengths in _ISSUERS)
            and luhn.is_valid(digits))


_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}")


def ibans(text: Text) -> list[Span]:
    """IBANs of any country, spaced in fours or not, in any case, that pass ISO 13616's check digits."""
    if not text.has_digits:
        return []
    from stdnum import iban
    links = _link_spans(text)
    spans = []
    for m in _IBAN.finditer(text.raw):
        s, e = m.span()
        while e - s >= 15:                    # the pattern runs on into following words: shorten to a valid one
            candidate = text.raw[s:e]
            if not candidate.endswith(" ") and iban.is_valid(candidate.upper()):
                if not _inside_links((s, e), links):
                    spans.append((s, e))
                break
            e -= 1
    return spans


def payment_card(text: Text, options: dict) -> list[Span]:
    """Card numbers (an issuer's prefix and length, and the Luhn check digit) and IBANs."""
    links = _link_spans(text)
    spans = [(s, e) for s, e in text.spans_near_digits(_CARD, 12, 4, min_run=12)
             if is_card_number(re.sub(r"\D", "", text.raw[s:e])) and not _inside_links((s, e), links)]
    return spans + ibans(text)


_SORT_CODE = re.compile(r"(?<![\d-])\d\d([- ]?)\d\d\1\d\d(?![\d-])")
_ACCOUNT = re.compile(r"(?<![\d-])\d{8}(?![\d-])")
_BETWEEN_PAIR = re.compile(r"[^\d.!?\n]{0,30}")


def bank_details(text: Text, options: dict) -> list[Span]:
    """A sort code and an 8-digit account number side by side, either way round ('20-45-77 12345678',
    'acc 12345678, sort code 204577'): both spans."""
    windows = text.digit_windows(40, 40, 6)
    if not windows:
        return []
    links = _link_spans(text)
    spans: set = set()
    for ws, we in windows:
        chunk = text.raw[ws:we]
        accounts = [m.span() for m in _ACCOUNT.finditer(chunk)]
        starts = [a for a, _ in accounts]
        for cs, ce in (m.span() for m in _SORT_CODE.finditer(chunk)):
            near = accounts[bisect_left(starts, cs - 40):bisect_right(starts, ce + 30)]   # within 30 characters
            for as_, ae in near:
                gap = chunk[ce:as_] if ce <= as_ else chunk[ae:cs] if ae <= cs else None
                if gap is not None and _BETWEEN_PAIR.fullmatch(gap):
                    for span in ((ws + cs, ws + ce), (ws + as_, ws + ae)):
                        if not _inside_links(span, links):
                            spans.add(span)
    return sorted(spans)


# -- dates ----------------------------------------------------------------------------------------

_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|'?\d\d)"
# Each opens with a lookahead for the characters a match can start with (a digit, 'the', a month's initial):
# the same matches, but the other positions of a long text are passed over at once.
_DATE = re.compile(
    r"(?=[\dtjfmasond])(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.-])(?P<m1>\d{1,2})(?P=sep)(?P<y1>(?:19|20)\d\d|\d\d)"           # 14/03/2004, 14.03.04
    r"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[-/.])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})"             # 2004-03-14
    r"|(?:the\s+)?(?P<d3>\d{1,2})" + _ORD + r"(?:\s+of)?[\s-]+" + _MONTH.replace("mon>", "mon3>")
    + r"(?:,?[\s-]+" + _YEAR.replace("year>", "y3>") + r")?"                                   # 14th March 2004
    r"|" + _MONTH.replace("mon>", "mon4>") + r"\s+(?:the\s+)?(?P<d4>\d{1,2})" + _ORD
    + r"(?:,?\s+" + _YEAR.replace("year>", "y4>") + r")?"                                       # March 14, 2004
    r"|(?P<d5>\d{1,2})/(?P<m5>\d{1,2})"                                                         # 14/03
    r")(?![\w/]|\.\d)", re.IGNORECASE)
_MONTHS = {name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_AGE = re.compile(r"(?=[tbw\d])(?:\b(?:turn(?:s|ing)?|be(?:comes?|coming)?|will\s+be)\s+(?:\d{1,2}|eighteen|nineteen|twenty\w*)\b"
                  r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:birthday|bday|b'day)"
                  r"|\b\d{1,2}(?:st|nd|rd|th)?\s+today\b)", re.IGNORECASE)     # "22 today", "her 20th today"
# What makes a post a birthday post anywhere in it: an age, a birthday word, the cake.
_BIRTHDAY_POST = re.compile(r"\b(?:birthday|bday|b'day|hbd|born|birth)\b|🎂|\b(?:\d{1,2}|eighteen|nineteen|twenty\w*)"
                            r"\s+(?:years|yrs|year)\s+old\b", re.IGNORECASE)


def _real_date(m) -> tuple[bool, bool]:
    """(a real calendar date, written with a year)."""
    day, month, year = _parts(m)
    if not 1 <= month <= 12:
        return False, False
    full = int(year.lstrip("'")) if year else 2000
    full = full if full >= 100 else 2000 + full
    return 1 <= day <= calendar.monthrange(full, month)[1], bool(year)


def _day_month(m) -> tuple[int, int]:
    day, month, _ = _parts(m)
    return day, month


def _parts(m) -> tuple[int, int, str | None]:
    """(day, month, the year as written or None) of a date match."""
    g = m.groupdict()
    if g["d1"]:
        day, month, year = int(g["d1"]), int(g["m1"]), g["y1"]
        if month > 12:                        # 03/14/2004, written the American way
            day, month = month, day
    elif g["y2"]:
        day, month, year = int(g["d2"]), int(g["m2"]), g["y2"]
    elif g["d3"]:
        day, month, year = int(g["d3"]), _MONTHS[g["mon3"][:3].lower()], g["y3"]
    elif g["d4"]:
        day, month, year = int(g["d4"]), _MONTHS[g["mon4"][:3].lower()], g["y4"]
    else:
        day, month, year = int(g["d5"]), int(g["m5"]), None
    return day, month, year


def dates(text: Text, options: dict) -> list[Span]:
    """Real calendar dates in any common form (14/03/2004, 14.03.04, 2004-03-14, 14th March 2004,
    March 14, 2004). A date without a year only where the sentence gives an age ("turning 21 on
    14 March"), which makes it a date of birth all the same; not a date that heads a post or a line,
    which is the post's own date. With `birth_year`, only dates whose year someone alive now was born
    in (13 to 90 years ago), in a post that gives an age or speaks of a birthday anywhere ("22 today
    (14/03/2004…)" after "happy birthday Megan!!"): the age and the date need not share a sentence."""
    if not text.has_digits:
        return []
    links = _link_spans(text)
    spans = []
    for m in _DATE.finditer(text.raw):
        real, with_year = _real_date(m)
        if not real or _inside_links(m.span(), links) or _opens_a_line(text.raw, m.start()):
            continue
        if not with_year and not _age_in_sentence(text, m.start()):
            continue
        year = _full_year(m) if with_year else None
        if year is not None and _after_today(m, year):
            continue                                  # no one is born on a day still to come: an event's date
        if options.get("birth_year") and not (year is not None and _a_birth_year(year)):
            continue
        spans.append(m.span())
    # without a birthday word, only a list of people, each with a date of birth (asked only when there are
    # dates to judge: most posts have none, and reading a long post for a birthday cost more than its dates)
    if spans and options.get("birth_year") and not (_AGE.search(text.raw) or _BIRTHDAY_POST.search(text.raw)):
        spans = [(a, b) for a, b in spans if _after_a_name(text.raw, a)]
        if len({text.raw[a:b] for a, b in spans}) < 2:
            return []
    return spans


# A list of people each with a birth date, with no birthday word ('minibus form: Ellie P 12.06.03, Sophie K
# 29.01.04, Jas M 07/09/2005'): a first name, then an initial or a surname, right before each date; two or
# more different dates make it a list of dates of birth, not a team's or a place's dates.
_NAME_BEFORE = re.compile(r"(?:^|[\s,;:(])(?P<first>[A-Z][a-z]{1,15})(?:[\s-]{1,3}(?P<second>[A-Z](?:[a-z'-]{1,20}|\.)?))?"
                          r"(?:'s)?\s{0,3}[-–:(,]?\s{0,3}$")
_NOT_A_NAME = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
thur thurs fri sat sun on from until till since by due deadline date dated updated posted est founded opened match game
final season term week event events fixture fixtures result results the and or of for at in to vs v city town united
rovers county athletic albion wanderers road street park hall halls college house university uni club society court
campus building centre center""".split())


def _after_a_name(raw: str, start: int) -> bool:
    """Whether a person's name (a first name with an initial or a surname) stands right before `start`."""
    m = _NAME_BEFORE.search(raw[max(0, start - 40):start])
    if not m or m.group("first").lower() in _NOT_A_NAME:
        return False
    second = m.group("second")
    return bool(second) and second.rstrip(".").lower() not in _NOT_A_NAME


def _full_year(m) -> int:
    """The date's year in four digits: '04 is 2004, '27 is 2027 and '97 is 1997 (two digits up to five years
    ahead are this century's)."""
    written = next(g for g in (m.group("y1"), m.group("y2"), m.group("y3"), m.group("y4")) if g)
    year = int(written.lstrip("'"))
    if year < 100:
        year += 2000 if 2000 + year <= datetime.date.today().year + 5 else 1900
    return year


def _after_today(m, year: int) -> bool:
    """A date later than today ('drinks on 05/12/2026' written in November 2026)."""
    today = datetime.date.today()
    if year != today.year:
        return year > today.year
    day, month = _day_month(m)
    return (month, day) > (today.month, today.day)


def _a_birth_year(year: int) -> bool:
    """A year a student's or a colleague's birth falls in: 13 to 90 years ago."""
    this_year = datetime.date.today().year
    return this_year - 90 <= year <= this_year - 13


def _opens_a_line(raw: str, start: int) -> bool:
    """A date heading a post or a line ('09/14/17 Birthday treats for…') is the post's own date."""
    return not raw[raw.rfind("\n", 0, start) + 1:start].strip()


_SENTENCE_BREAK = re.compile(r"[!?\n]|\.\s")


def _age_in_sentence(text: Text, offset: int) -> bool:
    """An age ("turning 21", "21st birthday") in the sentence around `offset`."""
    before = _SENTENCE_BREAK.split(text.raw[max(0, offset - 100):offset])[-1]
    after = _SENTENCE_BREAK.split(text.raw[offset:offset + 60])[0]
    return bool(_AGE.search(before + after))


# -- addresses ------------------------------------------------------------------------------------

# A UK postcode by its shape (outward code A9, A99, A9A, AA9, AA99, AA9A; inward code 9AA), in any case,
# with or without its space; letters that are never used in each position are refused.
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?))\s?\d[ABD-HJLNP-UW-Z]{2}"
    r"(?![A-Za-z0-9])", re.IGNORECASE)
# A street form before it: "12 Bailrigg Lane", "Flat 3, 27 Dale St", "14a Moor Lane, Lancaster".
_STREET = re.compile(r"(?:\b(?:flat|apartment|apt|room|studio|unit)\.?\s*\d{1,4}[a-z]?\s*,?\s*)?"
                     r"(?<![\w£$.,/:-])\d{1,4}[a-z]?,?\s+[^\W\d_]", re.IGNORECASE)
# Then only words (the rest of the street, a district, a town) separated by spaces, commas or line breaks.
_ADDRESS_FILLER = re.compile(r"[^\W\d_][\w'’.-]*(?:(?:\s*,\s*|\s+)[^\W\d_][\w'’.-]*){0,8}\s*,?\s*")


def uk_addresses(text: Text, options: dict) -> list[Span]:
    """UK addresses: a postcode with a street form before it (a house or flat number, then the street's
    words and perhaps a town), as one span from the number to the postcode."""
    if not text.has_digits:
        return []
    links = _link_spans(text)
    spans = []
    for pc in _POSTCODE.finditer(text.raw):
        lo = max(0, pc.start() - 120)
        start = None
        for st in _STREET.finditer(text.raw, lo, pc.start()):
            rest = text.raw[st.end() - 1:pc.start()]
            if _ADDRESS_FILLER.fullmatch(rest):
                start = st.start()
                break
        if start is not None and not _inside_links((start, pc.end()), links):
            spans.append((start, pc.end()))
    return spans


# "at Alice's", "round Tom's", "Natasha's house:", "her new flat is": a person's home named by its owner;
# a few words of when or what may come between ("from Ellie's house this week - 14 Dale St").
_POSSESSIVE = re.compile(
    r"(?:\b(?:at|round|to|from)\s+[^\W\d_][\w-]*(?:'|’)s?"
    r"|[^\W\d_][\w-]*(?:'|’)s?\s+(?:new\s+)?(?:house|home|flat|place|room|digs|gaff|address)(?:\s+is)?)"
    r"(?:\s*[,:-]?\s+(?!(?:the|a|an|our|venue|in)\b)[^\W\d_][\w'’]*){0,4}"
    r"\s*[,:-]?\s*$", re.IGNORECASE)


def uk_addresses_after_possessive(text: Text, options: dict) -> list[Span]:
    """UK addresses right after someone's name in the possessive, as British English names a person's
    home: 'pre-drinks at Alice's, 211 Edwards Road, LA1 1AA', 'Natasha's house: 61a Louise Lane N4C 7NL'."""
    return [(s, e) for s, e in uk_addresses(text, options) if _POSSESSIVE.search(text.raw[max(0, s - 60):s])]
