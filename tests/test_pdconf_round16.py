"""The sixteenth round's personal data, confidential and press mechanisms through the real engine, each
family both ways, with posts written for the family (none is a labelled set's case): a named person's
room in halls, an address given for a card, a name with its year and course before a street, pictures
tagged wholesale, marks told in a public reply, a picture described as showing a register or someone's
email, a home pictured with where it is, he or she in hospital with why or which ward, someone's use of
a confidential service told, a list of those who used one, a colleague's pay; an exam paper previewed, a
sum told beside 'asked us to keep it private', internal figures passed on, what the board did to a
person confirmed; a broadcaster asking for 'a line'; 'just told the Tab'."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories


@pytest.mark.parametrize("text, org", [
    ("cheers to Ollie in Bowland block 3 room 7 for the 5am karaoke 🙃", "lancaster-su"),
    ("yes, Ruth in Furness B17 has moved out now", "lancaster-university"),
    ("to whoever's in Pendle D block flat 2: your fire alarm, your problem", "lancaster-su"),
    ("Mo's off after his op 💙 if you'd like to send a card it's 9 Greaves Road, LA1 4TQ", "lancaster-university"),
    ("phone handed in, case says Jess Oakes, 2nd year Midwifery, 14 Hoole Road. come get it Jess", "chester-su"),
    ("Varsity pics are up 📸 tagged everyone I could recognise 😂", "leicester-su"),
    ("Hi Ellis, your mark for the ECON210 exam was 46 - resit details to follow", "lancaster-university"),
    ("Friday vibes 😂 [screenshot of a student's email, her full name and student number visible]", "lancaster-university"),
    ("EXCLUSIVE: pics of the landlord's house in Clarendon Park 👀 maybe now he'll fix our boiler", "leicester-su"),
    ("he's in hospital after a seizure, ward 4 at the Royal if you want to visit", "leicester-su"),
    ("yes, your daughter has been coming to the advice centre about her rent arrears", "chester-su"),
    ("I can send you everyone who's been to the hardship fund this year, names + courses", "lancaster-su"),
    ("can't believe Dave's salary is £44k for what he does", "chester-su"),
])
def test_personal_data_families(engine, text, org):
    assert "personal-data" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Karaoke in Grizedale room 4 tonight from 8 🎤", "lancaster-su"),
    ("Send your cards for the care home to our office, 3 Dalton Square, LA1 1PP", "lancaster-university"),
    ("Varsity pics are up 📸 tagged everyone who opted in, tag yourselves if you want", "leicester-su"),
    ("Hi Ellis, your marks will be released on 3 July via the portal", "lancaster-university"),
    ("\\[image: poster showing the event name, date and venue\\]", "lancaster-university"),
    ("photos of my new flat in Leeds 😍 finally moved in", "leicester-su"),
    ("if someone's in hospital after an overdose, call 111 for advice", "leicester-su"),
    ("Students have been coming to the advice centre about damp all term", "chester-su"),
    ("The President's salary is £24k, set by the Trustee Board", "chester-su"),
])
def test_personal_data_look_alikes_stay_quiet(engine, text, org):
    assert "personal-data" not in categories(engine, text, org=org, account="official")


@pytest.mark.parametrize("text, org", [
    ("sneak peek at next year's GEOG105 exam paper for the keen ones 👀 [image of section A]", "lancaster-university"),
    ("ENGL202 exam paper's on my desk and it's a beast 😈 hint: reread Beloved", "lancaster-university"),
    ("Our sponsor pays £1,800 a year but they asked us to keep it quiet, legends 🙏", "leicester-su"),
    ("forwarding the unreleased room booking figures to the committee chat, look at Tuesdays", "leicester-su"),
    ("internal TEF projections landed today: Law at 58% 😬", "lancaster-university"),
    ("As a trustee I can confirm the board asked him to step down.", "lancaster-su"),
])
def test_confidential_families(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("past papers for GEOG105 are on Moodle — get practising!", "lancaster-university"),
    ("Between us we raised £2,000 for Mind this term 🎉", "leicester-su"),
    ("Our annual report, with all our figures, is out now on the website", "lancaster-university"),
    ("Thanks to our sponsor for the new kit, we're delighted 🙏", "leicester-su"),
])
def test_confidential_look_alikes_stay_quiet(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


def test_a_broadcaster_asking_for_a_line_is_a_press_enquiry(engine):
    reply = "Yes! our line: we're backing the strike all the way, feel free to use that"
    asked = "Radio Lancashire here, could @LancasterSU give us a line on the strike for the 5pm news?"
    assert "media" in categories(engine, reply, role="officer", account="official", action="reply", replying_to=asked)


def test_just_told_an_outlet_about_the_organisation(engine):
    assert "media" in categories(engine, "just told the Tab all about the SU's ball refunds lol, out tomorrow 👀",
                                 role="volunteer")
