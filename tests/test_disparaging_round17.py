"""The seventeenth round's disparaging mechanisms through the real engine, each family both ways, with posts
written for the family (none is a labelled set's case): a negation that stands as an answer ends at the break
after it ('absolutely not 😂 overpriced'), and an opening 'No —' answers; neutrality stated is no verdict; a
threat received and reported, a bad film picked for a theme night, dissent said at the organisation's own
meeting; a workplace's figures falling while its leaders act as if all were fine; congratulations whose
object is a failure; the staff of campus services judged; 'walking lawsuits', 'never rely on' a venue; the
University's guidance, for employees, not applied to a student officer's own account."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories
from thinktwice.detectors.sentiment import negative_evaluation
from thinktwice.text import Text


def found(text: str, **options) -> list[str]:
    return [text[s:e] for s, e in negative_evaluation(Text(text), options)]


def official(engine, text, org="lancaster-su", role="volunteer", **kw):
    return categories(engine, text, org=org, role=role, account="official", **kw)


# -- the detector: an answer's negation ends at its break ---------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("the union shop? absolutely not 😂 overpriced and the staff are rude", "overpriced"),
    ("no, rubbish, the SU cafe is a rip-off", "rubbish"),
    ("not really - awful service at the SU bar", "awful"),
])
def test_a_negation_standing_as_an_answer_does_not_turn_what_follows_its_break(text, word):
    assert word in found(text, negative=["overpriced", "rip-off", "rubbish"])


@pytest.mark.parametrize("text", [
    "the new cafe is not bad at all",              # a negation joined to its word still turns it
    "the SU bar's not terrible tbh, decent prices",
])
def test_a_negation_joined_to_its_word_still_turns_it(text):
    assert found(text) == []


def test_an_opening_no_set_off_by_a_break_answers_rather_than_judges():
    assert "No" not in found("No — the union won't be closing the bar, it's staying open")
    assert "No" not in found("Nope, the SU shop isn't shutting, it moves next door")


# -- false alarms: neutrality, threats reported, a theme's bad film, dissent at a meeting -----------------------

@pytest.mark.parametrize("text, org", [
    ("No, the University doesn't endorse any candidate: it's a charity. Hustings details are on the SU site", "lancaster-university"),
    ("nope, the SU can't back candidates in the general election, but here's how to register to vote", "lancaster-su"),
    ("Chester SU stays politically neutral, sorry, we won't take sides in the council election", "chester-su"),
])
def test_neutrality_stated_is_no_verdict(engine, text, org):
    role = "staff" if org == "lancaster-university" else "volunteer"
    assert "disparaging" not in official(engine, text, org=org, role=role, action="reply",
                                          replying_to="which party is the union backing?")


@pytest.mark.parametrize("text", [
    "Screenshotting a threatening comment someone left on the SU facebook, have reported it to the police",
    "Got a threatening email via the union's contact form overnight, passing it to security now",
])
def test_a_threat_received_and_reported_is_news(engine, text):
    assert "disparaging" not in categories(engine, text, action="message")


@pytest.mark.parametrize("text", [
    "Zombie movie marathon at the Sugarhouse 🧟 the cheesiest, worst films we could find, Friday 8pm",
    "Bad karaoke night at the SU bar: the worst songs we could think of, prizes for the most painful 🎤",
])
def test_a_bad_pick_for_a_theme_night_is_the_fun(engine, text):
    assert "disparaging" not in official(engine, text)


@pytest.mark.parametrize("text", [
    "I think the SU's decision to cut the late bar is a mistake, and I'll be raising it at the AGM",
    "Strongly disagree with the trustees on the room charges, I've said as much in student council",
])
def test_dissent_voiced_at_the_organisations_own_meeting(engine, text):
    assert "disparaging" not in categories(engine, text, role="officer")


# -- misses: figures falling while leaders pretend all is well -------------------------------------------------

@pytest.mark.parametrize("text", [
    "turnout at our events is down by half and management are pretending everything is fine 🙃",
    "ticket sales down 30% and upstairs are acting like it's all fine",
])
def test_falling_figures_and_leaders_acting_as_if_all_were_well(engine, text):
    assert "disparaging" in categories(engine, text, org="chester-su")


def test_figures_up_and_all_well_is_no_verdict(engine):
    assert "disparaging" not in categories(engine, "ticket sales up 30% and management are delighted 🎉", org="chester-su")


# -- misses: congratulations whose object is a failure ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "congratulations to rugby for yet again being the rudest club on campus 👏",
    "kudos to the lacrosse lot for winning the prize for most useless social of the year 🏆",
])
def test_congratulations_for_a_failure_mock(engine, text):
    assert "disparaging" in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "congratulations to rugby for beating Loughborough in the worst weather of the season 👏",
    "kudos to the hockey club for raising £3k for families worst-affected by the floods 💙",
])
def test_congratulations_through_bad_luck_are_sincere(engine, text):
    assert "disparaging" not in official(engine, text, org="leicester-su")


# -- misses: the staff of campus services judged -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the library staff are so rude and useless, never helping anyone 🙄",
    "PSA: the accommodation office team are clueless, third time they've lost our forms",
])
def test_campus_staff_judged(engine, text):
    assert "disparaging" in official(engine, text)


@pytest.mark.parametrize("text", [
    "the library staff were brilliant when the fire alarm went off at 2am, thank you 💙",
    "the accommodation office team sorted our awful flooding problem in a day, legends",
])
def test_campus_staff_praised_through_trouble(engine, text):
    assert "disparaging" not in official(engine, text)


# -- misses: walking lawsuits, and a venue never to be relied on -----------------------------------------------

def test_a_walking_lawsuit_tagged_over_a_venues_people(engine):
    assert "disparaging" in categories(engine, "the Sugarhouse door staff? walking red flags, every one of them")


def test_never_rely_on_a_venue(engine):
    assert "disparaging" in categories(engine, "top tip: never rely on the Sugarhouse for a cloakroom ticket 🙃")
    assert "disparaging" not in categories(engine, "don't rely on the SU bus after midnight, it stops at 12, book a taxi")
# -- the University's guidance is for its employees -------------------------------------------------------------

def test_the_universitys_guidance_on_disparaging_is_for_its_staff(engine):
    text = "lancaster uni's timetabling system is the actual worst, two lectures at the same time again 😤"
    assert "disparaging" in categories(engine, text, org="lancaster-university", role="staff")
    assert "disparaging" not in categories(engine, text, org="lancaster-university", role="officer")
