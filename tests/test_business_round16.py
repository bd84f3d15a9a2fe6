"""The sixteenth round's business mechanisms (political, branding, commercial, copyright, disparaging) through
the real engine, each family both ways, with posts written for the family (none is a labelled set's case): a
vote steered by a question to ask oneself or a sign left for the reader; an oust call with a nudge; manifestos
compared as research; a personal account standing in for the official one; a bio titled '(Official)' after a
service; the organisation's view as a claim's frame; 'we at <Name> think'; a press release relayed; a business
named after 'we'd recommend' or 'check out' in answer to a request; a favourite with a swipe; a picture's source
given as where it was found; an owner presumed not to mind; a signature cropped off; a whole show recorded from
the audience; a full scan with the price saved; misconduct laid at a person's door; a business's figures falling
while its leaders are said not to care."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories


def official(engine, text, org="lancaster-su", role="volunteer", **kw):
    return categories(engine, text, org=org, role=role, account="official", **kw)


# -- political --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "General election Thursday 🗳️ Ask yourselves who scrapped the maintenance grants. Just leaving this here 🔵",
    "polls open tomorrow 🗳️ we'll just leave the orange bird here 🧡 and say nothing more",
    "Council tax up again. Thursday's vote is your chance to kick out the lot who did it 🗳️",
])
def test_political_steer_and_oust(engine, text):
    assert "political" in official(engine, text)


@pytest.mark.parametrize("text", [
    "SU elections close Friday 🗳️ your chance to vote out last year's exec ideas and vote in new ones",
    "Quiz night Thursday: ask yourself which team has the best name 🏆 vote for your favourite 🔵",
    "New paper from our Politics department: how the Labour and Conservative manifestos treat apprenticeships",
])
def test_political_look_alikes_stay_quiet(engine, text):
    assert "political" not in official(engine, text, org="lancaster-university", role="staff")


# -- branding ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, action", [
    ("answering clearing questions from my own insta today while the official account is down 📲", "lancaster-university", "post"),
    ("Lancaster University Careers (Official) 💼 | CV help, internships, DMs open", "lancaster-university", "profile"),
    ("As far as the Union is concerned, the new car park charges are indefensible.", "chester-su", "post"),
    ("We at Chester reckon the franchise plan is a disaster for students.", "chester-su", "post"),
])
def test_branding_voice_and_stand_in(engine, text, org, action):
    assert "branding" in categories(engine, text, org=org, action=action)


@pytest.mark.parametrize("text, org, action", [
    ("follow the official account for clearing updates, I'm just a lecturer 😅", "lancaster-university", "post"),
    ("Press release: Lancaster University announces a new partnership with the NHS", "lancaster-university", "repost"),
    ("We at Pendle think you'll love the new common room 💚", "lancaster-su", "post"),
    ("as far as I'm concerned Chester SU had a brilliant year", "chester-su", "post"),
])
def test_branding_look_alikes_stay_quiet(engine, text, org, action):
    assert "branding" not in categories(engine, text, org=org, action=action)


# -- commercial -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, replying_to", [
    ("We'd highly recommend Lune Lettings 👌 always quick to fix things", "any recommendations for a letting agent?"),
    ("Check out Bikes4Less 👍 cheapest in town", "where's best for a cheap bike?"),
    ("swipe up for my fave energy drink ⚡ Monster Ultra, you won't regret it", None),
])
def test_commercial_recommendation_and_favourite(engine, text, replying_to):
    action = "reply" if replying_to else "post"
    assert "commercial" in official(engine, text, org="chester-su", role="officer", action=action,
                                    replying_to=replying_to)


@pytest.mark.parametrize("text, replying_to", [
    ("We'd recommend the SU Advice Service, they'll check your contract for free", "any recommendations for help with my tenancy?"),
    ("Check out the Library's study spaces, open 24/7 in exams", "where's best to revise?"),
])
def test_commercial_look_alikes_stay_quiet(engine, text, replying_to):
    assert "commercial" not in official(engine, text, org="chester-su", role="officer", action="reply",
                                        replying_to=replying_to)


# -- copyright --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Misty morning over the Dee 📸 (found on google images)",
    "our mascot this year is basically Olaf ⛄ Disney won't mind",
    "reposting this print by a Hoole artist, cropped her signature off so it fits 🎨",
    "whole video of Saturday's gig at the Live Rooms, filmed it from the front row 🎸",
    "Full scan of the Campbell Biology book in our drive, save yourselves £70 📚",
    "Telegraph piece on tuition fees is paywalled so here's the full text 👇",
])
def test_copyright_families(engine, text):
    assert "copyright" in official(engine, text, org="chester-su", role="staff")


@pytest.mark.parametrize("text", [
    "photos from our own shoot are up 📸 feel free to share and tag us",
    "found on Google Maps: directions to the ball venue",
    "please don't post pics from the social without asking the people in them first 🙏",
    "full recording of our own gig below 👇 thanks for coming",
])
def test_copyright_look_alikes_stay_quiet(engine, text):
    assert "copyright" not in official(engine, text, org="chester-su", role="staff")


# -- disparaging ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("the finance manager has been fiddling the expense claims for years, everyone knows", "lancaster-su"),
    ("Prof Grant fabricated the survey data in that paper, ask anyone in the school", "lancaster-university"),
    ("our old caterers are a crook outfit, the supplier nicked our deposit", "chester-su"),
    ("shop sales down 30% this term and nobody upstairs cares 🙃", "chester-su"),
])
def test_disparaging_misconduct_and_decline(engine, text, org):
    assert "disparaging" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("former treasurer convicted of fraud at Crown Court, new safeguards are in place", "lancaster-su"),
    ("door staff will refuse entry to anyone too drunk, look after each other", "chester-su"),
    ("our bookings are up 25% this term, the whole team cares so much 💚", "chester-su"),
    ("We've had messages calling our members 'weirdos'. Not ok, we've reported them.", "lancaster-su"),
])
def test_disparaging_look_alikes_stay_quiet(engine, text, org):
    assert "disparaging" not in categories(engine, text, org=org)
