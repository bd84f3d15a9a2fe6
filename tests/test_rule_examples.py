"""Every example carried by every rule and every organisation profile is a test (as in LanguageTool)."""
import pytest

from thinktwice.engine import Engine, default_rules_dir
from thinktwice.quality.examples import all_examples

RESULTS = all_examples(Engine.from_directory(default_rules_dir()))


@pytest.mark.parametrize("result", RESULTS, ids=[f"{r.where}: {r.text[:50]}" for r in RESULTS])
def test_example(result):
    assert result.passed, f"{result.where}: {result.text!r} expected {result.expected}, got {result.got}"


def test_every_rule_has_examples_both_ways():
    engine = Engine.from_directory(default_rules_dir())
    for rule in engine.pack.rules:
        assert rule.should_warn, f"{rule.id} has no should_warn examples"
        assert rule.should_not_warn, f"{rule.id} has no should_not_warn examples"


def test_every_profile_has_contextual_examples():
    engine = Engine.from_directory(default_rules_dir())
    for profile in engine.pack.profiles.values():
        assert profile.examples, f"{profile.id} has no [[examples]]"
