"""The /v1/check answer's JSON (web/answer_json.py) is exactly what json.dumps writes, for every shape of answer."""
import json

import pytest
from helpers import check

from thinktwice.web.answer_json import AnswerEncoder

CONTEXTS = [("lancaster-su", "volunteer", "official", "post"), ("leicester-su", "staff", "personal", "share"),
            ("chester-su", "officer", "official", "reply"), ("lancaster-university", "staff", "official", "like")]


def compact(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def test_every_rule_example_is_encoded_as_json_dumps_would(engine):
    encoder, encoded = AnswerEncoder(), 0
    for rule in engine.pack.rules:
        for text in [*rule.should_warn, *rule.should_not_warn]:
            for org, role, account, action in CONTEXTS:
                answer = check(engine, text, org=org, role=role, account=account, action=action)
                for _ in range(2):      # first with the warnings' fixed parts encoded afresh, then remembered
                    assert encoder.encode(answer) == compact(answer), text
                encoded += bool(answer["warnings"])
    assert encoded > 300


@pytest.mark.parametrize("answer", [
    {"verdict": "info", "warnings": [{
        "rule": "political.election-period", "category": "political", "severity": "info", "message": "m",
        "advice": "a", "clause": {"policy": "p", "ref": "1", "title": "t"}, "spans": [],
        "election": {"id": "ge", "name": "General election", "end": "2029-05-03"}}],
     "rules_version": "1", "elapsed_ms": 0.5},
    {"verdict": "ok", "warnings": [], "rules_version": "1", "elapsed_ms": 1.0, "extra": True},
    {"verdict": "warning", "warnings": [{
        "rule": "r", "category": "c", "severity": "warning", "message": "\"quoted\" \\ é \U0001F600 \u2028",
        "advice": "a", "clause": {"policy": "p", "ref": "1", "title": "t"},
        "spans": [{"start": 0, "end": 2, "text": "\U0001F600\n"}]}], "rules_version": "1", "elapsed_ms": 12.345},
])
def test_other_shapes_and_awkward_strings_match_json_dumps(answer):
    # An election notice has a field more, and is left to the generic encoder; so is an answer of another shape.
    assert AnswerEncoder().encode(answer) == compact(answer)
