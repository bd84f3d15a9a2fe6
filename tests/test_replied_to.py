"""A reply that names nothing takes what it is about from the post it answers: rules with
`replied_to_requires_anywhere` (docs/rules.md), through a small real pack and the real engine."""
from __future__ import annotations

import pytest

from pack_helpers import DETECTORS, write_pack
from thinktwice.engine import Engine
from thinktwice.pack import PackError, load_pack

VERDICT = '''
[lexicons.verdict]
terms = ["rubbish", "a disgrace"]

[lexicons.pointer]
terms = ["it's", "they're", "the staff"]

[lexicons.landlord]
terms = ["landlord", "letting agent"]

[[rules]]
kind = "words"
id = "political.verdict"
category = "political"
match = "verdict"
requires_anywhere = ["org"]
replied_to_requires_anywhere = ["org"]
replied_to_unless_anywhere = ["landlord"]
replied_to_requires = ["pointer"]
example_org = "test-su"
message = "Judges the union ({match})."
advice = "-"
should_warn = ["Test SU is [rubbish]"]
should_not_warn = ["it's rubbish"]
'''


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return Engine.from_directory(write_pack(tmp_path_factory.mktemp("pack"), DETECTORS + VERDICT))


def rules_warned(engine, text, replying_to=None):
    request = {"text": text, "action": "reply", "context": {"org": "test-su", "role": "staff", "account": "official"}}
    if replying_to is not None:
        request["replying_to"] = replying_to
    return {w["rule"] for w in engine.check(request)["warnings"]}


@pytest.mark.parametrize("reply, answered", [
    ("honestly it's rubbish", "is Test SU any good?"),
    ("they're a disgrace tbh", "what do people think of the union?"),
    ("the staff are rubbish, sorry to say", "how's the new job at Test SU going?"),
])
def test_a_reply_pointing_back_at_what_the_answered_post_names_is_judged(engine, reply, answered):
    assert rules_warned(engine, reply, answered) == {"political.verdict"}


@pytest.mark.parametrize("reply, answered", [
    ("honestly it's rubbish", None),                                      # answers nothing
    ("honestly it's rubbish", "what's the weather like?"),               # answers a post naming no union
    ("honestly it's rubbish", "is my landlord or Test SU worse?"),       # the post names someone else too
    ("rubbish weather for the run though", "Test SU fun run on Saturday!"),   # nothing points back
])
def test_a_reply_is_not_judged_without_the_answered_post_or_a_word_pointing_back(engine, reply, answered):
    assert rules_warned(engine, reply, answered) == set()


def test_a_reply_naming_the_union_itself_is_read_as_any_post(engine):
    # the reply's own `requires_anywhere` holds: the rule's own `requires` (none) apply, not the pointer
    assert rules_warned(engine, "Test SU is rubbish", "hello") == {"political.verdict"}


def test_no_reply_to_a_post_about_someone_else_runs_the_rule(engine):
    # replied_to_unless_anywhere holds whatever the reply names: its 'they' and its verdict may be theirs
    assert rules_warned(engine, "Test SU is rubbish", "is my landlord any good?") == set()
    assert rules_warned(engine, "Test SU is rubbish") == {"political.verdict"}


def test_the_answered_posts_own_findings_never_warn(engine):
    assert rules_warned(engine, "fair enough", "Test SU is rubbish") == set()


@pytest.mark.parametrize("keys, problem", [
    ('replied_to_requires = ["pointer"]', "need replied_to_requires_anywhere"),
    ('replied_to_requires_anywhere = ["nowhere"]', "unknown lexicon 'nowhere'"),
    ('replied_to_requires_anywhere = "org"', None),                   # a single name is a list of one
])
def test_the_loader_checks_the_keys(tmp_path, keys, problem):
    rule = VERDICT.replace('replied_to_requires_anywhere = ["org"]\nreplied_to_unless_anywhere = ["landlord"]\n'
                           'replied_to_requires = ["pointer"]\n', keys + "\n")
    root = write_pack(tmp_path, DETECTORS + rule)
    if problem is None:
        load_pack(root)
        return
    with pytest.raises(PackError, match=problem):
        load_pack(root)
