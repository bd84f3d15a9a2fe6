"""Detectors that need code rather than a word list: numbers with check digits and structure.

Each takes the prepared text and the rule's options and returns character spans.
A rule file names one with `detector = "..."`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..text import Text

Span = tuple[int, int]

# UK numbers: "+44", "+44 (0)" or "0", then a mobile (7...) or geographic (1..., 2..., 3...) number, not inside
# a longer one. The patterns open with the "+" or "0" and look behind afterwards, which lets the engine skip
# ahead to those characters instead of trying every position.
_UK_PREFIX = r"[+0](?<![\d+].)(?:(?<=\+)44\s?(?:\(0\)\s?)?|(?<=0))"
_MOBILE = re.compile(_UK_PREFIX + r"7\d{3}[\s-]?\d{3}[\s-]?\d{3}(?!\d)")
_LANDLINE = re.compile(_UK_PREFIX + r"(?:1\d{2,4}|2\d|3\d{2})[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")
# National Insurance number: two prefix letters (D, F, I, Q, U, V never used; O not second; not BG, GB, KN,
# NK, NT, TN or ZZ), six digits, a suffix A-D; at the start of a word (checked behind the first letter, as above).
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z](?<!\w.)[A-CEGHJ-NPR-TW-Z](?<!BG|GB|KN|NK|NT|TN|ZZ)"
                   r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)")
# These patterns are the number itself (plus a prefix such as "+44" or "GB33 BUKB"): look just around it.
_TIGHT = (12, 4)
_IBAN = re.compile(r"\bGB\d{2}\s?[A-Z]{4}(?:\s?\d{4}){3}\s?\d{2}\b")


def uk_phone(text: Text, options: dict) -> list[Span]:
    kinds = options.get("kinds", ["mobile", "landline"])
    spans = []
    if "mobile" in kinds:
        spans += text.spans_near_digits(_MOBILE, *_TIGHT)
    if "landline" in kinds:
        spans += [(s, e) for s, e in text.spans_near_digits(_LANDLINE, *_TIGHT) if not any(a <= s < b for a, b in spans)]
    return spans


@lru_cache(maxsize=16)
def _role_words(role_mailboxes: tuple) -> tuple[frozenset, tuple]:
    roles = frozenset(r.lower() for r in role_mailboxes)
    return roles, tuple(r for r in roles if len(r) >= 4)


def personal_email(text: Text, options: dict) -> list[Span]:
    """Email addresses of people; role mailboxes (info@, enquiries@, filmsoc@) are public by design."""
    if "@" not in text.raw:
        return []
    roles, long_roles = _role_words(tuple(options.get("role_mailboxes", ())))
    spans = []
    for i in [i for i, kind in enumerate(text.kinds) if kind == "email"]:
        local = text.lowers[i].split("@", 1)[0]
        parts = [p for p in re.split(r"[._+-]", local) if p]
        if local in roles or any(p in roles for p in parts) or any(r in local for r in long_roles) \
                or any(local.endswith(r) or local.startswith(r) for r in ("soc", "su", "vp")):
            continue
        spans.append((text.starts[i], text.ends[i]))
    return spans


def ni_number(text: Text, options: dict) -> list[Span]:
    return text.spans_near_digits(_NINO, *_TIGHT)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def payment_card(text: Text, options: dict) -> list[Span]:
    spans = []
    for s, e in text.spans_near_digits(_CARD, *_TIGHT, min_run=13):
        digits = re.sub(r"\D", "", text.raw[s:e])
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) > 2:
            spans.append((s, e))
    if "GB" in text.raw:
        spans += text.spans_near_digits(_IBAN, *_TIGHT)
    return spans


def whole_text(text: Text, options: dict) -> list[Span]:
    """The whole text: for rules whose finding is the context itself (answering a journalist)."""
    stripped = text.raw.strip()
    if not stripped:
        return []
    start = text.raw.index(stripped[0])
    return [(start, start + len(stripped))]


BUILTINS: dict[str, Callable[[Text, dict], list[Span]]] = {
    "uk-phone": uk_phone,
    "personal-email": personal_email,
    "ni-number": ni_number,
    "payment-card": payment_card,
    "whole-text": whole_text,
}
