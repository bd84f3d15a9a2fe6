"""`rules lint`: problems a pack must not ship with, each named with its file."""
from __future__ import annotations

import pytest
from pack_helpers import DETECTORS, PACK_TOML, POLICY, write_pack

from thinktwice.quality.lint import errors, lint_pack
from thinktwice.quality.regex_safety import pattern_shape_problems, timed_patterns

REGEX_RULE = '''
[[rules]]
kind = "pattern"
id = "personal-data.code"
category = "personal-data"
regex = \'\'\'{pattern}\'\'\'
example_org = "test-su"
message = "A code ({{match}})."
advice = "Remove it."
should_warn = ["code [AB12]"]
should_not_warn = ["no code here"]
'''
SILENT_ON_DATA = POLICY.replace('silent_on = ["endorsement"]', 'silent_on = ["endorsement", "personal-data"]')


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
    (r"code\s+(?P<hit>\bvote(?:s|s)*!)", "can match the same text in two ways"),       # the red team's
])
def test_patterns_that_can_backtrack_without_bound_are_refused(tmp_path, pattern, reason):
    pack = write_pack(tmp_path, detectors=DETECTORS + REGEX_RULE.format(pattern=pattern), policy=SILENT_ON_DATA)
    [problem] = errors(lint_pack(pack))
    assert problem.where == "detectors/political.toml" and reason in problem.message


@pytest.mark.parametrize("pattern", [
    r"\bvote(?:s|s)*!",           # equal alternatives (re's parser moves the "s" out; regex backtracks 2^n)
    r"\bvotes?(?:[a-z]|[k-z])+!",  # overlapping ones (one set to re's parser, two branches to regex)
    r"(?:a|b|ab)*c",               # one alternative matches two others in a row
    r"(?:aa?)*b",                  # so does a repeat of an optional part
    r"(?:\w|\d)+!",                # \d is inside \w
    r"(?:x|X)+!",                  # equal once case is ignored, as patterns run
])
def test_a_repeat_of_alternatives_that_can_match_the_same_text_is_refused_by_shape(pattern):
    assert any("can match the same text in two ways" in p for p in pattern_shape_problems(pattern))


@pytest.mark.parametrize("pattern", [r"(?:ab|ac)*x", r"(?:ab|a)*x", r"(?:yes|no)+", r"(?:Labour|Tory|Lab)+",
                                     r"(?:\w\s?)+", r"(?:\s|,)*x", r"(?:\.\d|\d)+", r"[A-Za-z]+"])
def test_a_repeat_of_alternatives_that_cannot_is_not_refused(pattern):
    assert pattern_shape_problems(pattern) == []


def test_a_pattern_that_passes_the_shape_check_but_runs_away_is_stopped_by_the_time_budget():
    runaway = r"\s*\s*\s*\d"                 # no nesting, but cubic on a long run of spaces (in regex)
    assert pattern_shape_problems(runaway) == []
    slow = timed_patterns([r"code\s+\d+", runaway], budget=1.0)
    assert list(slow) == [runaway] and "catastrophic backtracking" in slow[runaway]


def test_the_timed_run_reaches_a_repeat_behind_a_prefix():
    """"votesss…" is only reached through "vote": runs of single characters never backtrack there."""
    slow = timed_patterns([r"\bvote(?:s|s)*!"], budget=1.0)
    assert "catastrophic backtracking" in slow[r"\bvote(?:s|s)*!"]


def test_ordinary_patterns_pass_both_checks():
    patterns = [r"(?:sort\s*code|s/c)\s*:?\s*(?P<hit>\d{2}[-\s]?\d{2}[-\s]?\d{2})", r"\b[A-Z]{2}\d{6}[A-D]\b"]
    assert all(pattern_shape_problems(p) == [] for p in patterns)
    assert timed_patterns(patterns) == {}


# -- lexicons -------------------------------------------------------------------------------------
@pytest.mark.parametrize("old, new, twice", [
    ('"Green Party"]', '"Green Party", "GREEN  PARTY"]', "lexicon 'party' lists 'GREEN  PARTY' twice (as 'Green Party')"),
    ('"welfare officer",', '"welfare officer", "Welfare-Officer",',
     "lexicon 'org_role' lists 'Welfare-Officer' twice (as 'welfare officer')"),
])
def test_a_term_listed_twice_as_the_matcher_sees_it_is_an_error(tmp_path, old, new, twice):
    assert old in DETECTORS
    [problem] = errors(lint_pack(write_pack(tmp_path, detectors=DETECTORS.replace(old, new, 1))))
    assert problem.where == "detectors/political.toml" and problem.message.startswith(twice)


def test_a_term_a_stemmed_lexicon_already_matches_is_a_note(tmp_path):
    stemmed = DETECTORS.replace("[lexicons.org]", '[lexicons.logo]\nstem = true\nterms = ["logo", "logos", "crest"]\n\n'
                                                  "[lexicons.org]")
    problems = lint_pack(write_pack(tmp_path, detectors=stemmed))
    assert errors(problems) == []
    [note] = [p for p in problems if "stem" in p.message]
    assert note.severity == "note" and "'logos' (as 'logo')" in note.message and "crest" not in note.message


def test_lexicon_dates_are_checked(tmp_path):
    dated = DETECTORS.replace('case = "title"', 'case = "title"\nas_of = "July 2024"\nreview_by = "2020-01-01"', 1)
    problems = lint_pack(write_pack(tmp_path, detectors=dated))
    assert [p.message for p in errors(problems)] == ["lexicon 'party': as_of = 'July 2024' is not a date (YYYY-MM-DD)"]
    assert any(p.severity == "note" and "lexicon 'party': review_by: due for review" in p.message for p in problems)


# -- [[map]] entries that never decide ----------------------------------------------------------------
FIRST_MAP = '''[[map]]
categories = ["political"]
accounts = ["official"]
clause = "4.1"
severity = "warning"
'''
LAST_MAP = '''[[map]]
categories = ["political"]
accounts = ["personal"]
clause = "4.2"
severity = "info"
'''


@pytest.mark.parametrize("entry, where, reason", [
    ('categories = ["political"]\naccounts = ["official"]\nroles = ["staff"]\nclause = "4.2"\nseverity = "info"',
     "map #2 (clause '4.2', info)", "earlier entry #1 always decides first"),
    ('rules = ["political.party"]\naccounts = ["official"]\nif_signals = ["signal.mentions-org"]\nclause = "4.2"\n'
     'severity = "caution"', "map #2 (clause '4.2', caution)", "earlier entry #1 always decides first"),
    ('categories = ["political"]\nactions = ["like", "share"]\nclause = "4.2"\nseverity = "warning"',
     "map #2 (clause '4.2', warning)", "no finding it names can meet its conditions"),
    ('categories = ["copyright"]\nclause = "4.2"\nseverity = "warning"',
     "map #2 (clause '4.2', warning)", "no detector rule produces 'copyright'"),
])
def test_a_map_entry_that_never_decides_is_an_error(tmp_path, entry, where, reason):
    policy = POLICY.replace(FIRST_MAP, FIRST_MAP + "\n[[map]]\n" + entry + "\n")
    [problem] = errors(lint_pack(write_pack(tmp_path, policy=policy)))
    assert problem.where == f"policies/test-su.toml: {where}"
    assert problem.message.startswith(f"never decides anything: {reason}")


def test_an_entry_hidden_by_several_earlier_ones_together_is_an_error(tmp_path):
    policy = POLICY.replace(LAST_MAP, LAST_MAP + '\n[[map]]\ncategories = ["political"]\nclause = "4.1"\nseverity = "caution"\n')
    [problem] = errors(lint_pack(write_pack(tmp_path, policy=policy)))
    assert problem.where == "policies/test-su.toml: map #3 (clause '4.1', caution)"
    assert problem.message == "never decides anything: earlier entries #1, #2 always decide first"


def test_an_entry_that_decides_some_case_is_not_reported(tmp_path):
    # Staff on an official account are caught by #1; student media on a personal account reach this one.
    narrower = '[[map]]\ncategories = ["political"]\nroles = ["student-media"]\nclause = "4.1"\nseverity = "caution"\n'
    policy = POLICY.replace(LAST_MAP, narrower + "\n" + LAST_MAP)
    assert errors(lint_pack(write_pack(tmp_path, policy=policy))) == []


# -- clauses and silences ----------------------------------------------------------------------------
NEW_CLAUSE = '''[clauses."4.3"]
title = "Respect"
summary = "Be kind."
'''


def test_a_clause_nothing_cites_must_say_why(tmp_path):
    policy = POLICY.replace("[[map]]", NEW_CLAUSE + "\n[[map]]", 1)
    [problem] = errors(lint_pack(write_pack(tmp_path / "a", policy=policy)))
    assert problem.message.startswith("clause '4.3' is cited by no [[map]] entry or election")
    explained = policy.replace('summary = "Be kind."', 'summary = "Be kind."\nnot_cited = "A principle, spelt out by 4.1."')
    assert errors(lint_pack(write_pack(tmp_path / "b", policy=explained))) == []
    stale = POLICY.replace('summary = "Union accounts do not back parties."',
                           'summary = "Union accounts do not back parties."\nnot_cited = "old"')
    [problem] = errors(lint_pack(write_pack(tmp_path / "c", policy=stale)))
    assert problem.message == "clause '4.1' says not_cited, but it is cited; remove not_cited"


def test_a_category_no_entry_takes_must_be_declared_silent(tmp_path):
    [problem] = errors(lint_pack(write_pack(tmp_path / "a", policy=POLICY.replace('silent_on = ["endorsement"]\n', ""))))
    assert problem.where == "policies/test-su.toml"
    assert problem.message.startswith("no [[map]] entry takes category 'endorsement': its findings are dropped silently")
    stale = POLICY.replace('silent_on = ["endorsement"]', 'silent_on = ["endorsement", "political"]')
    [problem] = errors(lint_pack(write_pack(tmp_path / "b", policy=stale)))
    assert problem.message == "silent_on names 'political', but [[map]] entries take it"


SLOGAN_RULE = '''
[[rules]]
kind = "words"
id = "political.slogan"
category = "political"
match = "party"
example_org = "test-su"
message = "A slogan ({match})."
advice = "-"
should_warn = ["[Labour]"]
should_not_warn = ["labour"]
'''


def test_a_rule_no_entry_takes_must_be_declared_silent_when_its_category_is_mapped(tmp_path):
    by_rule = POLICY.replace('categories = ["political"]\naccounts = ["official"]',
                             'rules = ["political.party"]\naccounts = ["official"]').replace(
        'categories = ["political"]\naccounts = ["personal"]', 'rules = ["political.party"]\naccounts = ["personal"]')
    pack = write_pack(tmp_path / "a", detectors=DETECTORS + SLOGAN_RULE, policy=by_rule)
    [problem] = errors(lint_pack(pack))
    assert problem.message.startswith("no [[map]] entry takes rule 'political.slogan'")
    declared = by_rule.replace('silent_on = ["endorsement"]', 'silent_on = ["endorsement", "political.slogan"]')
    assert errors(lint_pack(write_pack(tmp_path / "b", detectors=DETECTORS + SLOGAN_RULE, policy=declared))) == []


# -- speed hints ---------------------------------------------------------------------------------------
HINTED_RULE = '''
[[rules]]
kind = "pattern"
id = "personal-data.reference"
category = "personal-data"
regex = \'\'\'(?P<hit>ref\\s+[A-Z]{{3}})\'\'\'
near_digits = true
example_org = "test-su"
message = "A reference ({{match}})."
advice = "Remove it."
should_warn = ["[ref ABC] 1234567"]
should_not_warn = [{quiet}]
'''


def test_a_near_digits_hint_that_changes_a_finding_is_an_error(tmp_path):
    policy = SILENT_ON_DATA
    hidden = HINTED_RULE.format(quiet='"ref XYZ, no number near"')
    [problem] = errors(lint_pack(write_pack(tmp_path / "a", detectors=DETECTORS + hidden, policy=policy)))
    assert problem.message.startswith("rule 'personal-data.reference': near_digits changes what it finds in "
                                      "'ref XYZ, no number near' ([] with it, [(0, 7)] without)")
    safe = HINTED_RULE.format(quiet='"no reference here"')
    assert errors(lint_pack(write_pack(tmp_path / "b", detectors=DETECTORS + safe, policy=policy))) == []
