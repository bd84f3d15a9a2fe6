"""Round 17, offensive: the frames added for set t's misses (rules/detectors/offensive_round17.toml and the lexicons
they widened in offensive.toml and conduct_risk.toml), checked end to end through the real engine and the bundled
profiles (no mocks): each family caught in wordings other than the one that prompted it, its look-alikes silent,
and a like of the content warned as an endorsement."""
from __future__ import annotations

import pytest

from thinktwice.engine import Engine

WARNED = ("caution", "warning")


@pytest.fixture(scope="module")
def engine():
    return Engine.from_directory()


def answer(engine, text, org="lancaster-su", role="volunteer", account="official", action="post", replying_to=None):
    body = {"text": text, "action": action, "context": {"org": org, "role": role, "account": account}}
    if replying_to:
        body["replying_to"] = replying_to
    return engine.check(body)


def warned(engine, text, **kw):
    return {w["category"] for w in answer(engine, text, **kw)["warnings"] if w["severity"] in WARNED}


def rules(engine, text, **kw):
    return {w["rule"] for w in answer(engine, text, **kw)["warnings"]}


# -- each family, in other words, and its look-alikes --------------------------------------------------------

@pytest.mark.parametrize("text, rule", [
    ("honestly anyone with pronouns in their bio is a groomer", "offensive.abuse-smear"),
    ("the LGBT society are basically nonces, keep them away from the schools outreach", "offensive.abuse-smear"),
    ("which college has the easiest girls? 😏 drop your answers", "offensive.women-easy"),
    ("are nursing girls easier than medic girls? 😂 settle it", "offensive.women-easy"),
    ("leaked vids from the netball changing rooms 😈 dm for the link", "offensive.voyeur-images"),
    ("Leicester is getting way too Polish, bring back the old days", "offensive.fewer-of-a-people"),
    ("Another meeting chaired by a woman who can't even work the zoom link. Typical 🙄", "offensive.identity-incompetence"),
    ("the new VP is so ugly it's actually funny lol", "offensive.looks-mocked"),
    ("who's chipping in for a g before pres? ❄️", "offensive.drugs-weighed"),
])
def test_family_found(engine, text, rule):
    assert rule in rules(engine, text)


@pytest.mark.parametrize("text", [
    "Online safety talk: how groomers find children on gaming apps, and how to report them",
    "Calling gay teachers groomers is a homophobic lie. We stand with our LGBT+ staff.",
    "girls' netball had an easy win at the weekend 😏 40-12!",
    "ladies, joining the climbing club is easier than you think 😉 come along",
    "new changing rooms at the pool are finally open 📸 pics in the album",
    "Phones are not allowed in the changing rooms. Anyone filming will be reported to police 😏",
    "should the menu be a bit less Indian food and more pasta? vote in our poll",
    "a woman from IT sorted the projector in seconds. Classic legend 🙌",
    "the new VP is so lovely, go say hi at the drop-in",
    "this loaf needs 2g of yeast and 10g of salt 🍞 tonight's bake-off",
    "training is on the 2G pitch tonight, bring boots",
])
def test_look_alikes_silent(engine, text):
    assert "offensive" not in warned(engine, text)


def test_faith_need_rebuffed_in_a_reply(engine):
    asked = "is there anywhere to pray on the ski trip?"
    assert "offensive" in warned(engine, "lol it's a ski trip not a mosque, sort it yourself 😂", action="reply",
                                 replying_to=asked, org="leicester-su")
    assert "offensive" not in warned(engine, "sorry, there's no prayer room at the lodge but we'll find a quiet space for you",
                                     action="reply", replying_to=asked, org="leicester-su")


@pytest.mark.parametrize("text", [
    "report me to the union again and I'll make sure everyone knows about your little secret. watch yourself",
    "send me a photo of you in the kit tonight or i'll tell everyone what you did at the social",
])
def test_threats_by_condition(engine, text):
    assert "offensive" in warned(engine, text, account="personal", action="message")


@pytest.mark.parametrize("text", [
    "dyslexic students getting extra time in exams is basically cheating",
    "dropping Sam bc of his 'anxiety' or whatever 🙄",
])
def test_condition_disbelieved(engine, text):
    assert "offensive" in warned(engine, text, org="leicester-su")


def test_condition_defended_silent(engine):
    assert "offensive" not in warned(engine, "Extra exam time for disabled students isn't cheating, it's a legal right 💙",
                                     org="leicester-su")


def test_faith_said_to_have_no_place(engine):
    assert "offensive" in warned(engine, "Judaism has no place in this country tbh", account="personal")
    assert "offensive" not in warned(engine, "Racism has no place in this country. Report it to the SU.", account="personal")


# -- the endorsement: a like of such content is warned as posting it ----------------------------------------------

@pytest.mark.parametrize("text", [
    "which halls has the easiest girls? 😏 vote below",
    "anyone who supports trans rights is a groomer, simple",
    "selling 'study drugs' before exams, a strip each, dm me 💊",
])
def test_like_of_the_content_is_an_endorsement(engine, text):
    assert "endorsement" in warned(engine, text, account="personal", action="like")
