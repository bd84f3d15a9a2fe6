"""Detectors that need code rather than a word list: numbers with check digits and structure.

Each takes the prepared text and the rule's options and returns character spans.
A rule file names one with `detector = "..."`. The personal-data detectors live in personal.py.
"""
from __future__ import annotations

import re
from typing import Callable

from ..text import Text
from .personal import (bank_details, dates, payment_card, personal_email, uk_addresses, uk_addresses_after_possessive,
                       uk_phone, uk_phone_named)
from .sentiment import following_verdicts, negative_evaluation

Span = tuple[int, int]

# National Insurance number: two prefix letters (D, F, I, Q, U, V never used; O not second; not BG, GB, KN,
# NK, NT, TN or ZZ), six digits, a suffix A-D; at the start of a word (checked behind the first letter, so the engine can skip ahead to letters).
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z](?<!\w.)[A-CEGHJ-NPR-TW-Z](?<!BG|GB|KN|NK|NT|TN|ZZ)"
                   r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)
# The pattern is the number itself: look just around it.
_TIGHT = (12, 4)


def ni_number(text: Text, options: dict) -> list[Span]:
    return text.spans_near_digits(_NINO, *_TIGHT)


def whole_text(text: Text, options: dict) -> list[Span]:
    """The whole text: for rules whose finding is the context itself (answering a journalist)."""
    stripped = text.raw.strip()
    if not stripped:
        return []
    start = text.raw.index(stripped[0])
    return [(start, start + len(stripped))]


BUILTINS: dict[str, Callable[[Text, dict], list[Span]]] = {
    "uk-phone": uk_phone,
    "uk-phone-named": uk_phone_named,
    "personal-email": personal_email,
    "ni-number": ni_number,
    "payment-card": payment_card,
    "whole-text": whole_text,
    "bank-details": bank_details,
    "date": dates,
    "uk-address": uk_addresses,
    "uk-address-possessive": uk_addresses_after_possessive,
    "negative-evaluation": negative_evaluation,
}

# Detectors read sentence by sentence that may also read a sentence a rule's own requirements did not select:
# the one just after a selected sentence when it carries on its judgement (`verdict_follows`).
FOLLOWERS = {"negative-evaluation": following_verdicts}
