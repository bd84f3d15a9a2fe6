"""Run the examples every rule and every profile carries, the way LanguageTool tests its rules.

A detector rule's `should_warn` examples must produce a finding of that rule (for its example
organisation's names) and its `should_not_warn` examples must not. A profile's `[[examples]]` are
whole requests: they must give exactly the `expect` categories at caution or warning.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..engine import Engine

WARNED = ("caution", "warning")


@dataclass
class ExampleResult:
    where: str          # "rule political.party" or "profile lancaster-su"
    text: str
    expected: str
    got: str

    @property
    def passed(self) -> bool:
        return self.expected == self.got


def rule_examples(engine: Engine):
    """Yield one result per example of every detector rule."""
    for rule in engine.pack.rules:
        for text, should in [(t, True) for t in rule.should_warn] + [(t, False) for t in rule.should_not_warn]:
            got = bool(engine.find_spans(text, rule.example_org, rule.id))
            yield ExampleResult(f"rule {rule.id}", text, "finds" if should else "silent",
                                "finds" if got else "silent")


def profile_examples(engine: Engine):
    """Yield one result per contextual example of every organisation profile."""
    for profile in engine.pack.profiles.values():
        for ex in profile.examples:
            request = {"text": ex["text"], "action": ex.get("action", "post"),
                       "context": {"org": profile.id, **ex.get("context", {})}}
            if ex.get("replying_to"):
                request["replying_to"] = ex["replying_to"]
            answer = engine.check(request)
            got = sorted({w["category"] for w in answer["warnings"] if w["severity"] in WARNED})
            yield ExampleResult(f"profile {profile.id}", ex["text"], ", ".join(sorted(ex.get("expect", []))) or "-",
                                ", ".join(got) or "-")


def all_examples(engine: Engine) -> list[ExampleResult]:
    return list(rule_examples(engine)) + list(profile_examples(engine))
