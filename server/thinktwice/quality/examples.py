"""Run the examples every rule and every profile carries, the way LanguageTool tests its rules.

A detector rule's `should_warn` example marks the words the rule must find ("Vote [Labour] on 4 July",
pack/markers.py): it passes only if the rule, run for its example organisation, finds exactly the
marked spans, no more and no fewer. A `should_not_warn` example passes only if the rule finds nothing.

A profile's `[[examples]]` are whole requests with the outcome stated: it passes only if the set of
(category, clause, severity) of every warning in the answer, at every severity including info, is
exactly the `expect` list. Examples are run as on an ordinary day (no election window open).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..engine import Engine
from ..pack.markers import render
from ..vocab import SEVERITY_RANK

NOTHING = "nothing"


@dataclass
class ExampleResult:
    where: str          # "rule political.party" or "profile lancaster-su"
    text: str           # the example's plain text
    expected: str       # what the example states: the marked words, or the outcome
    got: str            # what the rule found, or the answer's outcome, written the same way
    passed: bool


def _spans(engine: Engine, text: str, org: str, rule_id: str) -> list[tuple[int, int]]:
    return sorted(tuple(span) for span in engine.find_spans(text, org, rule_id))


def _found(text: str, spans) -> str:
    return f"finds {render(text, spans)!r}" if spans else NOTHING


def rule_examples(engine: Engine):
    """Yield one result per example of every detector rule."""
    for rule in engine.pack.rules:
        for example in rule.warn_examples:
            got = _spans(engine, example.text, rule.example_org, rule.id)
            if example.spans is None:
                yield ExampleResult(f"rule {rule.id}", example.text, "the words it must find marked with [ ] "
                                    "(none are marked)", _found(example.text, got), False)
                continue
            yield ExampleResult(f"rule {rule.id}", example.text, _found(example.text, example.spans),
                                _found(example.text, got), got == list(example.spans))
        for text in rule.should_not_warn:
            got = _spans(engine, text, rule.example_org, rule.id)
            yield ExampleResult(f"rule {rule.id}", text, NOTHING, _found(text, got), not got)


def outcome(warnings) -> set[tuple[str, str, str]]:
    """What a profile example compares: (category, clause ref, severity) of every warning."""
    return {(w["category"], w["clause"]["ref"], w["severity"]) for w in warnings}


def describe(triples) -> str:
    """(category, clause, severity) triples as a profile example writes them, most severe first."""
    if not triples:
        return NOTHING
    ordered = sorted(triples, key=lambda t: (-SEVERITY_RANK[t[2]], t[0], t[1]))
    return " and ".join(f"{category} {clause!r} {severity}" for category, clause, severity in ordered)


def expected_outcome(example: dict) -> set[tuple[str, str, str]] | None:
    """The example's `expect` as triples; None when it is not written as {category, clause, severity}
    tables (an old pack's list of categories states no clause or severity, and cannot pass)."""
    expect = example.get("expect")
    if not isinstance(expect, list) or not all(isinstance(e, dict) for e in expect):
        return None
    return {(e.get("category"), e.get("clause"), e.get("severity")) for e in expect}


def profile_request(profile_id: str, example: dict) -> dict:
    request = {"text": example["text"], "action": example.get("action", "post"),
               "context": {"org": profile_id, **example.get("context", {})}}
    if example.get("replying_to"):
        request["replying_to"] = example["replying_to"]
    return request


def profile_examples(engine: Engine):
    """Yield one result per contextual example of every organisation profile."""
    for profile in engine.pack.profiles.values():
        for ex in profile.examples:
            got = outcome(engine.check(profile_request(profile.id, ex))["warnings"])
            expected = expected_outcome(ex)
            if expected is None:
                yield ExampleResult(f"profile {profile.id}", ex["text"],
                                    "each warning as {category, clause, severity} (expect lists only categories: "
                                    + ", ".join(map(str, ex.get("expect", []))) + ")", describe(got), False)
                continue
            yield ExampleResult(f"profile {profile.id}", ex["text"], describe(expected), describe(got), got == expected)


def all_examples(engine: Engine) -> list[ExampleResult]:
    return list(rule_examples(engine)) + list(profile_examples(engine))
