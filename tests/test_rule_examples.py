"""Every example carried by every rule and every organisation profile is a test (as in LanguageTool),
and the examples are strict enough that a pack deciding differently cannot pass them."""
import shutil
import subprocess
import sys

import pytest

from thinktwice.engine import Engine, default_rules_dir
from thinktwice.pack import load_pack
from thinktwice.quality.examples import all_examples
from thinktwice.release.updater import Refused, example_failures, gate

RULES = default_rules_dir()
ENGINE = Engine.from_directory(RULES, budget_ms=None, today=lambda: None)
RESULTS = all_examples(ENGINE)
CMD = [sys.executable, "-m", "thinktwice"]

# Lancaster SU's entry for party politics on an official account, and the same entry re-pointed at
# the copyright clause and softened: the review's mutated pack.
OFFICIAL_POLITICAL = '''[[map]]
categories = ["political"]
accounts = ["official"]
clause = "10.1"
severity = "warning"
'''
REPOINTED = OFFICIAL_POLITICAL.replace('"10.1"', '"6.16"').replace('"warning"', '"caution"')


def run(*args):
    return subprocess.run([*CMD, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("result", RESULTS, ids=[f"{r.where}: {r.text[:50]}" for r in RESULTS])
def test_example(result):
    assert result.passed, f"{result.where}: {result.text!r} expected {result.expected}, got {result.got}"


def test_every_rule_declares_its_kind_and_has_marked_examples_both_ways():
    for rule in ENGINE.pack.rules:
        assert rule.kind_declared, f"{rule.id} declares no kind"
        assert rule.should_warn, f"{rule.id} has no should_warn examples"
        assert rule.should_not_warn, f"{rule.id} has no should_not_warn examples"
        for example in rule.warn_examples:
            assert example.spans, f"{rule.id}: {example.written!r} marks nothing"


def test_every_profile_has_contextual_examples_stating_their_outcome():
    for profile in ENGINE.pack.profiles.values():
        assert profile.examples, f"{profile.id} has no [[examples]]"
        for ex in profile.examples:
            assert all(isinstance(e, dict) for e in ex["expect"]), f"{profile.id}: {ex['text']!r}"


def test_the_counts_of_examples():
    rule_examples = [r for r in RESULTS if r.where.startswith("rule ")]
    assert len(rule_examples) == sum(len(r.should_warn) + len(r.should_not_warn) for r in ENGINE.pack.rules)
    assert len(RESULTS) - len(rule_examples) == sum(len(p.examples) for p in ENGINE.pack.profiles.values())


# -- the review's mutated pack ----------------------------------------------------------------------
@pytest.fixture
def repointed(tmp_path):
    """The bundled pack with Lancaster SU's official-account political entry re-pointed to 6.16 at caution."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    policy = target / "policies" / "lancaster-su.toml"
    text = policy.read_text(encoding="utf-8")
    assert text.count(OFFICIAL_POLITICAL) == 1
    policy.write_text(text.replace(OFFICIAL_POLITICAL, REPOINTED), encoding="utf-8")
    return target


def test_the_repointed_pack_fails_rules_test(repointed):
    r = run("rules", "test", repointed)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "FAIL profile lancaster-su: \"Can't wait to vote SNP tomorrow\"" in r.stdout
    assert "expected political '10.1' warning, got political '6.16' caution" in r.stdout
    assert r.stdout.rstrip().endswith("failed") and " 0 failed" not in r.stdout


def test_rules_build_refuses_the_repointed_pack(repointed, tmp_path):
    r = run("rules", "build", repointed, "--version", "2099.1.1", "--out", tmp_path / "p.ttpack")
    assert r.returncode == 1
    assert "nothing was built" in r.stderr and not (tmp_path / "p.ttpack").exists()


def test_the_update_gate_refuses_the_repointed_pack(repointed):
    with pytest.raises(Refused):
        gate(repointed)
    total, failed = example_failures(load_pack(repointed))
    assert {(f.where, f.text) for f in failed} >= {("profile lancaster-su", "Can't wait to vote SNP tomorrow"),
                                                   ("profile lancaster-su", "Vote Conservative. Get Brexit done.")}


def test_the_examples_alone_refuse_it_even_when_lint_is_satisfied(repointed, tmp_path):
    # Lint notices that clause 10.1 is no longer cited; say why, and only the examples are left to catch it.
    policy = repointed / "policies" / "lancaster-su.toml"
    text = policy.read_text(encoding="utf-8")
    marker = 'summary = "The union\'s social media must never be seen to support any party, candidate or politician."\n'
    assert marker in text
    policy.write_text(text.replace(marker, marker + 'not_cited = "re-pointed"\n'), encoding="utf-8")
    assert run("rules", "lint", repointed).returncode == 0
    build = run("rules", "build", repointed, "--version", "2099.1.1", "--out", tmp_path / "p.ttpack")
    assert build.returncode == 1 and "examples fail; nothing was built" in build.stderr
    assert "expected political '10.1' warning, got political '6.16' caution" in build.stderr
    with pytest.raises(Refused) as refused:
        gate(repointed)
    assert refused.value.code == "examples_fail"
