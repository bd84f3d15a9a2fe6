"""`rules lint`: problems a pack must not ship with, each named with its file."""
from __future__ import annotations

import pytest
from pack_helpers import DETECTORS, PACK_TOML, write_pack

from thinktwice.quality.lint import errors, lint_pack
from thinktwice.quality.regex_safety import pattern_shape_problems, timed_patterns

REGEX_RULE = '''
[[rules]]
id = "personal-data.code"
category = "personal-data"
regex = \'\'\'{pattern}\'\'\'
example_org = "test-su"
message = "A code ({{match}})."
advice = "Remove it."
should_warn = ["code AB12"]
should_not_warn = ["no code here"]
'''


def test_a_good_pack_has_no_errors(tmp_path):
    assert errors(lint_pack(write_pack(tmp_path))) == []


def test_a_rule_without_examples_both_ways_is_an_error(tmp_path):
    pack = write_pack(tmp_path, detectors=DETECTORS.replace('should_not_warn = ["Child labour is wrong"]\n', ""))
    [problem] = errors(lint_pack(pack))
    assert problem.where == "detectors/political.toml"
    assert "'political.party' has no should_not_warn examples" in problem.message


def test_a_pack_that_does_not_load_is_one_error_naming_the_file(tmp_path):
    pack = write_pack(tmp_path)
    policy = pack / "policies" / "test-su.toml"
    policy.write_text(policy.read_text().replace('clause = "4.1"', 'clause = "9.9"'))
    [problem] = errors(lint_pack(pack))
    assert problem.where == "policies/test-su.toml" and "not defined in [clauses]" in problem.message


def test_dates_must_be_dates_and_overdue_reviews_are_noted(tmp_path):
    pack = write_pack(tmp_path, pack_toml=PACK_TOML.replace('"2025-09-30"', '"last autumn"')
                      .replace('"2099-01-01"', '"2020-01-01"'))
    problems = lint_pack(pack)
    assert [p.message for p in errors(problems)] == ["[as_of] party_leaders = 'last autumn' is not a date (YYYY-MM-DD)"]
    assert any(p.severity == "note" and "due for review" in p.message for p in problems)


@pytest.mark.parametrize("pattern, reason", [
    (r"code\s+(?P<hit>(?:[A-Z]+\d*)+)!", "nested quantifier"),
    (r"code\s+(?P<hit>(?:[A-Z]|\d?)*)", "can match nothing"),
    (r"code\s+(?P<hit>([A-Z])\2\d+)", "back-reference"),
])
def test_patterns_that_can_backtrack_without_bound_are_refused(tmp_path, pattern, reason):
    pack = write_pack(tmp_path, detectors=DETECTORS + REGEX_RULE.format(pattern=pattern))
    [problem] = errors(lint_pack(pack))
    assert problem.where == "detectors/political.toml" and reason in problem.message


def test_a_pattern_that_passes_the_shape_check_but_runs_away_is_stopped_by_the_time_budget():
    runaway = r"\s*\s*\s*x"                  # no nesting, but cubic on a long run of spaces
    assert pattern_shape_problems(runaway) == []
    slow = timed_patterns([r"code\s+\d+", runaway], budget=1.0)
    assert list(slow) == [runaway] and "catastrophic backtracking" in slow[runaway]


def test_ordinary_patterns_pass_both_checks():
    patterns = [r"(?:sort\s*code|s/c)\s*:?\s*(?P<hit>\d{2}[-\s]?\d{2}[-\s]?\d{2})", r"\b[A-Z]{2}\d{6}[A-D]\b"]
    assert all(pattern_shape_problems(p) == [] for p in patterns)
    assert timed_patterns(patterns) == {}
