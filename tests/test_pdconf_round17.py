"""Round 17, personal data / confidential / media: the mechanisms added for set t's misses and false alarms,
checked end to end through the real engine and the bundled profiles (no mocks)."""
from __future__ import annotations

import pytest
from helpers import check
from helpers import warned as categories


def warned(engine, text, org, role="volunteer", account="personal", action="post", replying_to=None):
    return categories(check(engine, text, org, role, account, action, replying_to))


# -- one's own number: a note on a personal account or in a message, a warning on an official post -------------

@pytest.mark.parametrize("text", [
    "if anyone needs me on the trip tomorrow my number's 07700 900123, ring any time x",
    "if you get lost on the hike text me, 07700 900456, I'll have signal",
    "I'm on 07700 900789 if anyone needs a lift to the away game",
])
def test_own_number_in_a_message_is_a_note(engine, text):
    assert "personal-data" not in warned(engine, text, "leicester-su", account="official", action="message")
    assert "personal-data" not in warned(engine, text, "lancaster-su", account="personal", action="post")


def test_own_number_on_an_official_post_still_warns(engine):
    assert "personal-data" in warned(engine, "my number's 07700 900123, text me if you're coming", "lancaster-su",
                                     account="official")


def test_someone_elses_number_in_a_message_still_warns(engine):
    assert "personal-data" in warned(engine, "ring Tom on 07911 123456 if you need the keys", "leicester-su",
                                     account="official", action="message")


# -- confidential: good practice and kept confidence are not leaks ----------------------------------------------

@pytest.mark.parametrize("text,org,role,account,action", [
    ("Tickets £5, don't share the link outside the society please", "lancaster-su", "volunteer", "official", "post"),
    ("hey, can you send me the restricted senate paper via Box rather than here? don't want it sitting in chat",
     "lancaster-university", "staff", "personal", "message"),
    ("really productive board meeting today. can't share anything til the minutes are approved but feeling positive 😊",
     "lancaster-su", "trustee", "personal", "post"),
    ("Committee only: next year's draft budget attached, please check before Thursday's meeting 🙏",
     "leicester-su", "volunteer", "official", "message"),
])
def test_kept_confidence_is_silent(engine, text, org, role, account, action):
    assert "confidential" not in warned(engine, text, org, role, account, action)


@pytest.mark.parametrize("text,org,role,account,action", [
    ("Our new kit sponsor is paying £2,500 a season but they asked us to keep it quiet 🙏",
     "lancaster-su", "volunteer", "official", "post"),
    ("can't say anything till it's announced but the bar is closing in january 😭", "lancaster-su", "trustee",
     "personal", "post"),
    ("Committee only: next year's draft budget attached, please check before Thursday's meeting 🙏",
     "leicester-su", "volunteer", "official", "post"),
    ("the SU events team told us in our committee briefing it's cancelled bc of money, they're announcing in march",
     "lancaster-su", "volunteer", "personal", "comment"),
    ("Leaked screenshot of the SU staff WhatsApp 👀 they HATE the sabbs", "lancaster-su", "trustee", "personal", "post"),
])
def test_leaks_still_warn(engine, text, org, role, account, action):
    assert "confidential" in warned(engine, text, org, role, account, action)


# -- personal data: the families behind set t's misses ----------------------------------------------------------

@pytest.mark.parametrize("text,org,role,account,action", [
    ("marking update: A. Nowak from my MA seminar literally copied wikipedia, 12% 💀",
     "lancaster-university", "staff", "personal", "post"),
    ("could someone export everyone who booked a counselling appt this term along with their reasons?",
     "lancaster-su", "officer", "personal", "message"),
    ("guess who was wasted at Revs last night 🤣 @tom_h you're welcome", "lancaster-su", "volunteer", "personal", "post"),
    ("Hi Jess, your flatmate's appeal has been rejected - don't tell her but the letter is going out Friday",
     "lancaster-university", "staff", "personal", "message"),
    ("hi Ms Grant, we've checked your son's account: he has £2,300 in unpaid tuition fees",
     "lancaster-university", "staff", "official", "reply"),
    ("Parcel for Chloe Evans, flat 3 Cartmel block C, please collect", "chester-su", "staff", "official", "post"),
    ("my manager's been signed off with stress for six weeks but I just saw him at the golf club lol",
     "lancaster-university", "staff", "personal", "post"),
])
def test_personal_data_families_warn(engine, text, org, role, account, action):
    assert "personal-data" in warned(engine, text, org, role, account, action)


@pytest.mark.parametrize("text,org,role,account,action", [
    ("Marking done! average on the module was 64%, well done all", "lancaster-university", "staff", "personal", "post"),
    ("thank you to everyone who came to the food bank this week ❤️", "lancaster-su", "volunteer", "official", "post"),
    ("guess who was wasted at Revs last night… me 🙃 @lusu_ents great night", "lancaster-su", "volunteer", "personal",
     "post"),
    ("Hi Mrs Patel, please ask your son to DM us his student number and we'll look into his accommodation",
     "lancaster-university", "staff", "official", "reply"),
    ("Dr Sarah Jones (Room B42) office hours are 2-4 on Tuesdays", "lancaster-university", "staff", "official", "post"),
    ("I've been off sick for 2 weeks with flu, finally back at my desk 😷", "lancaster-university", "staff", "personal",
     "post"),
])
def test_personal_data_look_alikes_are_silent(engine, text, org, role, account, action):
    assert "personal-data" not in warned(engine, text, org, role, account, action)


# -- media: quotes handed over, and press contact routed through the people the policy names --------------------

def test_quote_handed_to_a_journalist_warns(engine):
    text = ("Hi Dan, thanks for your message to the SU insta. Quote from us: 'We are reviewing the incident and will "
            "not be renewing the club's affiliation.' Cheers!")
    assert "media" in warned(engine, text, "lancaster-su", "staff", "official", "message")


def test_price_quote_and_routed_interview_are_silent(engine):
    assert "media" not in warned(engine, "thanks for your message! quote from us: £25 per hoodie, min order 10",
                                 "lancaster-su", "volunteer", "official", "message")
    assert "media" not in warned(engine, "did an interview with BBC Radio Lancashire this morning, set up through the "
                                 "Chief Exec's office 📻", "lancaster-su", "officer", "personal", "post")
