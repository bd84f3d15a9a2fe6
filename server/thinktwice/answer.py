"""Step 5 of a check: the answer as the API gives it — spans in UTF-16 code units (as JavaScript
counts), "{match}" filled with the words found, the verdict, and its JSON.

A fresh answer is built every time from immutable `Warning` values, so no caller can change a later
answer by changing an earlier one.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left

from .judge import Warning
from .pictures import PictureWarning
from .vocab import SEVERITY_RANK

_ENCODER = json.JSONEncoder(separators=(",", ":"))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(raw: str):
    """Python string index -> UTF-16 code unit index: the identity when nothing lies outside the BMP.

    Characters above U+FFFF take two code units; everything else (a lone surrogate too) takes one,
    as in JavaScript."""
    if raw.isascii() or max(raw) <= "\uffff":
        return lambda i: i
    astral = [m.start() for m in _ASTRAL.finditer(raw)]
    return lambda i: i + bisect_left(astral, i)


def words_found(raw: str, spans) -> str:
    """What `{match}` quotes: every span of a finding in text order, spans with only spaces between
    them (or overlapping) as one stretch of the text ('is a total' + 'idiot' -> 'is a total idiot'),
    others joined by ' … '."""
    stretches: list[list[int]] = []
    for s, e in sorted(spans):
        if stretches and (s <= stretches[-1][1] or not raw[stretches[-1][1]:s].strip(" \t")):
            stretches[-1][1] = max(e, stretches[-1][1])
        else:
            stretches.append([s, e])
    return " … ".join(raw[s:e] for s, e in stretches)


def warning_json(w: Warning, raw: str, utf16, shared_raw: str = "") -> dict:
    """A warning about the text, its spans in the text; or about the post shared (source "replying_to"):
    no spans, since none lie in the text, but "in" and the words "found" in that post."""
    found_in = shared_raw if w.source == "replying_to" else raw
    words = words_found(found_in, w.spans) if w.spans else ""
    spans = [] if w.source == "replying_to" else [{"start": utf16(s), "end": utf16(e), "text": raw[s:e]} for s, e in w.spans]
    message = w.message.replace("{match}", words) if words and "{match}" in w.message else w.message
    out = {"rule": w.rule, "category": w.category, "severity": w.severity, "message": message, "advice": w.advice,
           "clause": {"policy": w.clause.policy, "ref": w.clause.ref, "title": w.clause.title}, "spans": spans}
    if w.source == "replying_to":
        out["in"] = "replying_to"
        out["found"] = words
    if w.election is not None:
        out["election"] = {"id": w.election.id, "name": w.election.name, "end": w.election.end}
    return out


def picture_json(p: PictureWarning) -> dict:
    """A warning about a picture: its index and the box (x, y, width, height, in its pixels) instead of
    spans, and what was found there (the words read, "2 people", a logo's name)."""
    w = p.warning
    out = {"rule": w.rule, "category": w.category, "severity": w.severity,
           "message": w.message.replace("{match}", p.found), "advice": w.advice,
           "clause": {"policy": w.clause.policy, "ref": w.clause.ref, "title": w.clause.title},
           "image": p.image, "found": p.found}
    if p.box is not None:
        out["box"] = list(p.box)
    if w.election is not None:
        out["election"] = {"id": w.election.id, "name": w.election.name, "end": w.election.end}
    return out


def build(warnings: tuple[Warning, ...], raw: str, rules_version: str, elapsed_ms: float,
          pictured: tuple[PictureWarning, ...] = (), shared_raw: str = "") -> dict:
    """The /v1/check answer: warnings come most severe first (the text's before the pictures' at the same
    severity), so the first gives the verdict. `shared_raw`: the post replied to or shared, as `Text`
    holds it, where warnings about a shared post found their words."""
    utf16 = utf16_offsets(raw)
    made = [(w.severity, warning_json(w, raw, utf16, shared_raw)) for w in warnings]
    if pictured:
        made += [(p.warning.severity, picture_json(p)) for p in pictured]
        made.sort(key=lambda m: -SEVERITY_RANK[m[0]])
    return {"verdict": made[0][0] if made else "ok",
            "warnings": [json for _, json in made],
            "rules_version": rules_version, "elapsed_ms": round(elapsed_ms, 3)}


def encode(answer: dict) -> str:
    """The answer's JSON, in its documented field order, compact."""
    return _ENCODER.encode(answer)
