"""Round 17b, personal data / confidential / media / branding: the families added for set u's misses, checked end to
end through the real engine and the bundled profiles (no mocks), each both ways with posts written for the family
(none is a labelled set's case)."""
from __future__ import annotations

import pytest
from helpers import check
from helpers import warned as categories


def warned(engine, text, org, role="volunteer", account="official", action="post", replying_to=None):
    return categories(check(engine, text, org, role, account, action, replying_to))


# -- media: words handed over in answer to a request for comment; yes to going on a programme ------------------

@pytest.mark.parametrize("text", [
    "Hi Tom, re your request for comment on the rent strike: here's my statement as SU President, we back the strikers",
    "following up on your enquiry about the initiation ban — here's what I think, as a trustee: the club was treated unfairly",
    "Thanks for getting in touch about the SU elections — yes, I can come on your show tomorrow and explain why I resigned",
])
def test_comment_handed_over_or_airtime_accepted_warns(engine, text):
    assert "media" in warned(engine, text, "lancaster-su", role="officer", account="personal", action="message")


@pytest.mark.parametrize("text", [
    "thanks for your request for feedback, here's my comment on your draft essay: tighten the intro",
    "saw your request for the room on Friday, here's what I think works best: the Great Hall at 7",
    "Thanks for your request for comment on the SU elections, I've passed it to the press office who'll come back to you",
])
def test_comment_on_ordinary_requests_or_routed_to_the_press_office_is_quiet(engine, text):
    assert "media" not in warned(engine, text, "lancaster-su", role="officer", account="personal", action="message")


# -- personal data: debtors named, where a role holder lives, marks scraped through --------------------------

@pytest.mark.parametrize("text", [
    "still waiting on tour money from Josh K £60 and Ellie M £60, pay up this week pls 🙃",
    "shoutout to Marcus who still owes £45 for his hoodie 😤 we know where you live",
])
def test_people_named_with_what_they_owe_warns(engine, text):
    assert "personal-data" in warned(engine, text, "leicester-su")


@pytest.mark.parametrize("text", [
    "Tour deposits: Members £60, Non-members £80. Unpaid places are released on Friday",
    "if you still owe subs please DM the treasurer, we won't name anyone 💚",
])
def test_price_lists_and_unnamed_reminders_are_quiet(engine, text):
    assert "personal-data" not in warned(engine, text, "leicester-su")


def test_where_a_role_holder_lives_warns(engine):
    text = "turns out our new Director of Estates lives in that massive house on Sandy Lane 👀"
    assert "personal-data" in warned(engine, text, "chester-su", role="trustee", account="personal")


def test_a_role_holder_who_lives_for_something_is_quiet(engine):
    text = "our new Head of Sport lives for netball, catch her at the courts on Monday"
    assert "personal-data" not in warned(engine, text, "chester-su", role="trustee", account="personal")


def test_a_named_student_scraping_through_warns(engine):
    text = "proud of my tutees! and Megan Ross, who squeaked through at 41% on the resit exam 😅"
    assert "personal-data" in warned(engine, text, "lancaster-university", role="staff", account="personal")


# -- confidential: papers slipped to the writer, emails not to forward, reports pasted, marks moved -----------

@pytest.mark.parametrize("text", [
    "we got slipped the draft minutes of the trustee board 👀 full doc below",
    "the HR email we were told not to forward says the shop is closing at Easter",
    "here's the investigation report on the rowing club, read what they found",
])
def test_closed_papers_passed_on_warn(engine, text):
    assert "confidential" in warned(engine, text, "lancaster-su")


@pytest.mark.parametrize("text", [
    "here's the safeguarding report form if you saw anything at the ball, it goes straight to the team",
    "Minutes from last week's Union Council are now published on our website, full doc below",
])
def test_forms_and_published_papers_are_quiet(engine, text):
    assert "confidential" not in warned(engine, text, "lancaster-su")


def test_marks_moved_by_an_exam_board_told_from_inside_warns(engine):
    text = "long day at the exam board. the stats marks are being moderated down, brace yourselves 🙃"
    assert "confidential" in warned(engine, text, "lancaster-university", role="staff", account="personal")


def test_exam_board_day_without_its_outcome_is_quiet(engine):
    text = "exam board today, send coffee ☕ marks out on the 14th as planned"
    assert "confidential" not in warned(engine, text, "lancaster-university", role="staff", account="personal")


# -- branding: the whole organisation spoken for -------------------------------------------------------------

def test_the_whole_organisation_spoken_for_warns(engine):
    text = "On behalf of the entire Lancaster SU, we're appalled by the new parking charges"
    assert "branding" in warned(engine, text, "lancaster-su")


def test_a_club_speaking_for_itself_is_quiet(engine):
    assert "branding" not in warned(engine, "On behalf of the whole hockey club, thank you for a great season!",
                                    "lancaster-su")


# -- political: a person wished into a seat; a party's pledges as a subject ----------------------------------

@pytest.mark.parametrize("text", [
    "what a speech on the doorstep tonight — the city needs her as our MP, no question 🗳️",
    "polling day tomorrow, let's send Tom to Westminster 💪",
])
def test_a_person_wished_into_a_seat_warns(engine, text):
    assert "political" in warned(engine, text, "lancaster-su", role="officer")


@pytest.mark.parametrize("text", [
    "UK Parliament Week: the SU needs you in Parliament Week events, sign up for the Westminster trip",
    "Dr Amir Khan on Radio 4 at 8 to discuss what the manifesto pledges on tuition fees mean for students 📻",
])
def test_parliament_week_and_pledges_discussed_are_quiet(engine, text):
    assert "political" not in warned(engine, text, "lancaster-university", role="staff")
