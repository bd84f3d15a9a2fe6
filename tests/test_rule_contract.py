"""The rule contract: marked should_warn examples, profile examples that state their outcome, and
detector rules of one kind each, with only that kind's options."""
from __future__ import annotations

import pytest
from pack_helpers import DETECTORS, POLICY, write_pack

from thinktwice.engine import Engine
from thinktwice.pack import PackError, load_pack
from thinktwice.pack.markers import MarkerError, parse, render
from thinktwice.quality.examples import all_examples
from thinktwice.quality.lint import errors, lint_pack

PARTY_EXAMPLE = 'should_warn = ["Vote [Labour] on Thursday"]'
OFFICIAL_EXAMPLE = '''text = "Vote Labour on Thursday!"
context = { account = "official" }
expect = [{ category = "political", clause = "4.1", severity = "warning" }]'''


def results(tmp_path, detectors=DETECTORS, policy=POLICY):
    engine = Engine(load_pack(write_pack(tmp_path, detectors=detectors, policy=policy)), today=lambda: None)
    return all_examples(engine)


def failures(tmp_path, **kwargs):
    return [r for r in results(tmp_path, **kwargs) if not r.passed]


# -- markers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("written, text, spans", [
    ("Vote [Labour] on 4 July", "Vote Labour on 4 July", [(5, 11)]),
    ("[Girls] [can't play] football", "Girls can't play football", [(0, 5), (6, 16)]),
    ("[Scottish [Labour]] have", "Scottish Labour have", [(0, 15), (9, 15)]),
    ("[STRICTLY {CONFIDENTIAL]:} x", "STRICTLY CONFIDENTIAL: x", [(0, 21), (9, 22)]),
    (r"Reply \[STOP\] to [opt \{out\}] \\ ok", r"Reply [STOP] to opt {out} \ ok", [(16, 25)]),
    ("nothing marked", "nothing marked", []),
])
def test_markers_are_read_and_written_back_the_same(written, text, spans):
    assert parse(written) == (text, spans)
    assert parse(render(text, spans)) == (text, spans)


@pytest.mark.parametrize("written, problem", [
    ("Vote [Labour on Thursday", "never closed"),
    ("Vote Labour] on Thursday", "closes no"),
    ("Vote [] Labour", "empty"),
    (r"Vote \Labour", "backslash"),
    ("[[Labour]]", "marked twice"),
])
def test_markers_that_cannot_be_read_are_refused(written, problem):
    with pytest.raises(MarkerError, match=problem):
        parse(written)


def test_a_pack_with_an_unreadable_marker_does_not_load(tmp_path):
    with pytest.raises(PackError, match=r"political.toml: rule 'political.party': should_warn example .*never closed"):
        load_pack(write_pack(tmp_path, detectors=DETECTORS.replace(PARTY_EXAMPLE,
                                                                   'should_warn = ["Vote [Labour on Thursday"]')))


def test_a_should_not_warn_example_marks_nothing(tmp_path):
    with pytest.raises(PackError, match="should_not_warn example .* marks words"):
        load_pack(write_pack(tmp_path, detectors=DETECTORS.replace('["Child labour is wrong"]',
                                                                   '["Child [labour] is wrong"]')))


@pytest.mark.parametrize("example, expected, got", [
    ('"[Vote Labour] on Thursday"', "finds '[Vote Labour] on Thursday'", "finds 'Vote [Labour] on Thursday'"),
    ('"Vote Labour [on] Thursday"', "finds 'Vote Labour [on] Thursday'", "finds 'Vote [Labour] on Thursday'"),
    ('"[Vote] [Labour] on Thursday"', "finds '[Vote] [Labour] on Thursday'", "finds 'Vote [Labour] on Thursday'"),
    ('"Vote [Green] on Thursday"', "finds 'Vote [Green] on Thursday'", "nothing"),
])
def test_a_should_warn_example_passes_only_on_exactly_the_marked_words(tmp_path, example, expected, got):
    [failure] = failures(tmp_path, detectors=DETECTORS.replace(PARTY_EXAMPLE, f"should_warn = [{example}]"))
    assert (failure.where, failure.expected, failure.got) == ("rule political.party", expected, got)


def test_an_unmarked_should_warn_example_fails_and_is_a_lint_error(tmp_path):
    detectors = DETECTORS.replace(PARTY_EXAMPLE, 'should_warn = ["Vote Labour on Thursday"]')
    [failure] = failures(tmp_path / "a", detectors=detectors)
    assert "none are marked" in failure.expected and failure.got == "finds 'Vote [Labour] on Thursday'"
    [problem] = errors(lint_pack(write_pack(tmp_path / "b", detectors=detectors)))
    assert "marks nothing" in problem.message and problem.where == "detectors/political.toml"


def test_a_rule_finding_words_where_it_should_not_fails_with_what_it_found(tmp_path):
    [failure] = failures(tmp_path, detectors=DETECTORS.replace('["Child labour is wrong"]', '["Vote Labour now"]'))
    assert (failure.text, failure.expected, failure.got) == ("Vote Labour now", "nothing", "finds 'Vote [Labour] now'")


# -- profile examples state their outcome -----------------------------------------------------------
@pytest.mark.parametrize("expect, got", [
    ('[{ category = "political", clause = "4.2", severity = "warning" }]', "political '4.1' warning"),
    ('[{ category = "political", clause = "4.1", severity = "caution" }]', "political '4.1' warning"),
    ("[]", "political '4.1' warning"),
    ('[{ category = "political", clause = "4.1", severity = "warning" }, '
     '{ category = "political", clause = "4.2", severity = "info" }]', "political '4.1' warning"),
])
def test_a_profile_example_passes_only_on_its_exact_outcome(tmp_path, expect, got):
    policy = POLICY.replace(OFFICIAL_EXAMPLE, OFFICIAL_EXAMPLE.rsplit("expect = ", 1)[0] + f"expect = {expect}")
    [failure] = failures(tmp_path, policy=policy)
    assert failure.where == "profile test-su" and failure.got == got


def test_info_warnings_are_part_of_the_outcome(tmp_path):
    personal = POLICY.replace('expect = [{ category = "political", clause = "4.2", severity = "info" }]', "expect = []")
    [failure] = failures(tmp_path, policy=personal)
    assert (failure.expected, failure.got) == ("nothing", "political '4.2' info")


def test_an_old_list_of_categories_loads_but_fails_and_is_a_lint_error(tmp_path):
    old = POLICY.replace(OFFICIAL_EXAMPLE, OFFICIAL_EXAMPLE.rsplit("expect = ", 1)[0] + 'expect = ["political"]')
    [failure] = failures(tmp_path / "a", policy=old)
    assert "lists only categories" in failure.expected
    [problem] = errors(lint_pack(write_pack(tmp_path / "b", policy=old)))
    assert problem.where == "policies/test-su.toml: example #1" and "lists only categories" in problem.message


@pytest.mark.parametrize("expect, message", [
    ('[{ category = "political", clause = "9.9", severity = "warning" }]', "clause '9.9' is not defined"),
    ('[{ category = "politics", clause = "4.1", severity = "warning" }]', "unknown category 'politics'"),
    ('[{ category = "political", clause = "4.1", severity = "severe" }]', "severity must be one of"),
    ('[{ category = "political", clause = "4.1" }]', "needs severity"),
    ('[{ category = "political", clause = "4.1", severity = "warning", rule = "x" }]', "unknown expected warning"),
    ('[{ category = "political", clause = "4.1", severity = "warning" }, '
     '{ category = "political", clause = "4.1", severity = "warning" }]', "twice"),
])
def test_an_expected_warning_is_checked_when_the_pack_loads(tmp_path, expect, message):
    policy = POLICY.replace(OFFICIAL_EXAMPLE, OFFICIAL_EXAMPLE.rsplit("expect = ", 1)[0] + f"expect = {expect}")
    with pytest.raises(PackError, match=message) as err:
        load_pack(write_pack(tmp_path, policy=policy))
    assert str(err.value).startswith("policies/test-su.toml: example #1")


@pytest.mark.parametrize("old, new, message", [
    ('context = { account = "official" }', 'context = { account = "official", org = "x" }', "unknown context option"),
    ('context = { account = "official" }', 'context = { account = "corporate" }', "unknown account"),
    ('context = { account = "official" }', 'context = { role = "dean" }', "role 'dean'"),
    ('context = { account = "official" }', 'action = "wave"', "unknown action"),
    ('expect = [{ category = "political", clause = "4.1", severity = "warning" }]', "", "needs expect"),
])
def test_a_profile_example_is_a_valid_request(tmp_path, old, new, message):
    with pytest.raises(PackError, match=message):
        load_pack(write_pack(tmp_path, policy=POLICY.replace(old, new, 1)))


# -- kinds ------------------------------------------------------------------------------------------
PARTY_RULE = 'kind = "words"\nid = "political.party"\ncategory = "political"\nmatch = "party"'


def party_rule(kind: str = "words", extra: str = "", match: str = '"party"') -> str:
    return f'kind = "{kind}"\nid = "political.party"\ncategory = "political"\nmatch = {match}' + extra


@pytest.mark.parametrize("new, message", [
    (party_rule(extra="\nwithin = 3"), "rule 'political.party': option 'within' does not belong to kind = \"words\""),
    (party_rule(extra='\nregex = "x"\nnear_digits = true'),
     "rule 'political.party': options 'near_digits', 'regex' do not belong to kind = \"words\""),
    (party_rule("pattern"), "option 'match' does not belong to kind = \"pattern\""),
    (party_rule("lexicon"), "kind must be one of"),
    (party_rule(match='["party", "org"]'), "a words rule matches exactly one lexicon"),
    (party_rule("cooccurrence"), "a cooccurrence rule matches two or more lexicons"),
    (party_rule("cooccurrence", '\nwithin = "paragraph"', '["party", "org"]'), "within must be"),
])
def test_a_rule_takes_only_its_kinds_options(tmp_path, new, message):
    assert PARTY_RULE in DETECTORS
    with pytest.raises(PackError) as err:
        load_pack(write_pack(tmp_path, detectors=DETECTORS.replace(PARTY_RULE, new, 1)))
    assert str(err.value).startswith("detectors/political.toml: rule 'political.party'")
    assert message in str(err.value)


CODE_RULE = '''
[[rules]]
kind = "code"
id = "personal-data.phone"
category = "personal-data"
detector = "uk-phone"
example_org = "test-su"
message = "A phone number ({match})."
advice = "Remove it."
should_warn = ["ring [07911 123456] now"]
should_not_warn = ["ring us"]
[rules.options]
kinds = ["mobile"]
'''


def test_a_code_rule_and_its_detectors_options(tmp_path):
    assert [r.passed for r in results(tmp_path / "ok", detectors=DETECTORS + CODE_RULE)].count(False) == 0
    for old, new, message in [
            ('kinds = ["mobile"]', 'kind = ["mobile"]', "detector 'uk-phone' has no option 'kind'"),
            ('kinds = ["mobile"]', 'kinds = ["satellite"]', "options.kinds must list"),
            ('detector = "uk-phone"', 'detector = "uk-fax"', "unknown detector 'uk-fax'"),
            ('detector = "uk-phone"', 'regex = "x"', "option 'regex' does not belong to kind = \"code\"")]:
        with pytest.raises(PackError, match=message):
            load_pack(write_pack(tmp_path / new[:4], detectors=DETECTORS + CODE_RULE.replace(old, new)))


def test_a_rule_without_a_kind_loads_as_its_shape_but_lint_refuses_it(tmp_path):
    pack = write_pack(tmp_path, detectors=DETECTORS.replace(PARTY_RULE, PARTY_RULE.split("\n", 1)[1]))
    assert load_pack(pack).rule("political.party").kind == "words"
    [problem] = errors(lint_pack(pack))
    assert problem.message == "rule 'political.party' declares no kind (it reads as kind = \"words\"; say so)"


@pytest.mark.parametrize("file, old, new, message", [
    ("pack.toml", 'name = "test-pack"', 'name = "test-pack"\nauthor = "me"', "pack.toml: unknown option(s) ['author']"),
    ("policies/test-su.toml", 'short_name = "Test SU"', 'short_name = "Test SU"\nwebsite = "x"',
     "unknown profile option(s) ['website']"),
    ("policies/test-su.toml", 'clause = "4.1"\nseverity = "warning"', 'clause = "4.1"\nseverity = "warning"\nlevel = 1',
     "map #1: unknown [[map]] option(s) ['level']"),
    ("policies/test-su.toml", 'title = "Political neutrality"', 'title = "Political neutrality"\nsource = "p. 4"',
     "clause '4.1': unknown clause option(s) ['source']"),
    ("policies/test-su.toml", 'silent_on = ["endorsement"]', 'silent_on = ["politics"]',
     "silent_on names 'politics', which is neither a category nor a detector rule"),
    ("detectors/political.toml", 'case = "title"', 'case = "Title"', "lexicon 'party': case must be one of"),
    ("detectors/political.toml", "[[rules]]", '[lexicons.party.term_options."Labour"]\nnot_folowed_by = ["market"]\n\n'
     "[[rules]]", "term_options.'Labour': unknown term option(s) ['not_folowed_by']"),
])
def test_keys_nobody_reads_are_refused(tmp_path, file, old, new, message):
    pack = write_pack(tmp_path)
    path = pack / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(PackError) as err:
        load_pack(pack)
    assert message in str(err.value)
