"""The JSON of a /v1/check answer: the same text as json.dumps(answer, separators=(",", ":")), made faster.

A warning's fixed part (rule, category, severity, message, advice, clause) comes back check after
check; it is encoded once and remembered, and only the spans are encoded each time. The generic
encoder spends about as long on an answer with a few warnings as the policy does making them
(docs/performance.md). A warning of another shape (an election notice) goes to the generic encoder.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring_ascii as _string   # what json.dumps uses (ensure_ascii)

_GENERIC = json.JSONEncoder(separators=(",", ":"), check_circular=False)
_HEADS_MAX = 4096


class AnswerEncoder:
    def __init__(self):
        self._heads: dict[tuple, str] = {}      # a warning's fixed fields -> their JSON, up to "spans":

    def encode(self, answer: dict) -> str:
        if len(answer) != 4:
            return _GENERIC.encode(answer)
        try:
            warnings = ",".join(map(self._warning, answer["warnings"]))
            return (f'{{"verdict":{_string(answer["verdict"])},"warnings":[{warnings}],'
                    f'"rules_version":{_string(answer["rules_version"])},"elapsed_ms":{answer["elapsed_ms"]!r}}}')
        except (KeyError, TypeError):
            return _GENERIC.encode(answer)

    def _warning(self, w: dict) -> str:
        if len(w) != 7:
            return _GENERIC.encode(w)
        clause = w["clause"]
        key = (w["rule"], w["category"], w["severity"], w["message"], w["advice"],
               clause["policy"], clause["ref"], clause["title"])
        head = self._heads.get(key)
        if head is None:
            if len(self._heads) >= _HEADS_MAX:
                self._heads.clear()
            head = self._heads[key] = _GENERIC.encode({k: w[k] for k in (
                "rule", "category", "severity", "message", "advice", "clause")})[:-1] + ',"spans":'
        spans = ",".join([f'{{"start":{s["start"]},"end":{s["end"]},"text":{_string(s["text"])}}}'
                          for s in w["spans"]])
        return f"{head}[{spans}]}}"
