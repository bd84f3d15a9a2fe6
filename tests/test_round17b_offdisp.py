"""Round 17b (offensive, disparaging, endorsed content): the families behind set u's misses, through the
real engine, each both ways with posts written for the family (not set u's wordings)."""
import pytest

from thinktwice.engine import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine.from_directory()


def categories(engine, text, org="lancaster-su", role="volunteer", account="official", action="post"):
    answer = engine.check({"text": text, "action": action,
                           "context": {"org": org, "role": role, "account": account}})
    return {w["category"] for w in answer["warnings"]}


@pytest.mark.parametrize("text", [
    "why do polish lads always sit at the back? cos they can't follow the lecture 😂",
    "how many irish students does it take to run a bar? all of them because they're all pissed lol",
])
def test_riddle_about_a_people_answered_with_a_failing(engine, text):
    assert "offensive" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "why are polish students always so good at football 😂 because they train more",
    "why do chinese new year lanterns float? because they're filled with hot air 😂",
    "why do we never see african students at socials? because they don't feel welcome lol, let's fix that",
])
def test_riddle_without_a_butt_stays_quiet(engine, text):
    assert "offensive" not in categories(engine, text)


@pytest.mark.parametrize("text", [
    "the town's full of inbred locals, no wonder nobody visits",
    "can barely speak english half of them, why are we even taking them",
    "emailing me for extensions for their 'anxiety'. not everything is a disability",
])
def test_group_scorn_families(engine, text):
    assert "offensive" in categories(engine, text, role="staff", account="personal")


def test_served_people_called_thick_or_freeloaders(engine):
    assert "disparaging" in categories(engine, "honestly the freshers here are just after free stuff",
                                       org="chester-su", role="staff", account="personal")
    assert "disparaging" in categories(engine, "our members genuinely the dumbest bunch going",
                                       org="chester-su", role="officer", account="personal")
    assert "disparaging" not in categories(engine, "students are after free stuff? stand 12 has loads",
                                           org="chester-su", role="officer", account="personal")


def test_partner_called_worthless_in_slang(engine):
    assert "disparaging" in categories(engine, "the SU's new coffee supplier is hot garbage ngl",
                                       role="staff", account="personal")


def test_asking_a_decision_maker_to_reconsider_is_not_dissuasion(engine):
    text = "The SU thinks the University's plan to cut library hours is wrong, so we've asked them to reconsider – sign below"
    assert "disparaging" not in categories(engine, text, role="officer")


def test_endorsed_post_carries_its_content(engine):
    answer = engine.check({"text": "students who come to the SU advice desk are only after free stuff",
                           "action": "share", "context": {"org": "leicester-su", "role": "volunteer",
                                                          "account": "official"}})
    assert "endorsement" in {w["category"] for w in answer["warnings"]}
