"""Business area, round 14: what the profiles make of three new findings, through the real engine — a minister's
visit reported plainly (softened by signal.official-visit at Lancaster University, not in an election post), an
ex-officer still running an official account (Lancaster SU's 7.5; the other policies are silent), and a staff
member's personal canvassing tied to the union only by a nickname for their job there."""
from __future__ import annotations

from helpers import check, warned

VISIT = "Lancaster welcomes Bridget Phillipson, Education Secretary, on a visit to see our new engineering building today."
KEPT = "Ex-VP Activities. Still running the @LUSUActivities account from my phone until they ask for it back 😂"


def _severities(answer: dict, category: str) -> set[str]:
    return {w["severity"] for w in answer["warnings"] if w["category"] == category}


def test_a_ministers_visit_reported_plainly_is_info_at_the_university(engine):
    answer = check(engine, VISIT, org="lancaster-university", role="staff")
    assert _severities(answer, "political") == {"info"}


def test_an_mps_visit_to_the_union_reported_plainly_is_info_and_the_title_mp_is_no_election(engine):
    visit = ("Cat Smith MP dropped into the Advice Centre today to hear about student housing problems. "
             "Every local candidate is welcome to do the same.")
    assert _severities(check(engine, visit, role="staff"), "political") == {"info"}
    assert "political" in warned(check(engine, visit + " Vote for her on Thursday!", role="staff"))
    assert "political" in warned(check(engine, "Cat Smith MP popped in to sign people up for her campaign", role="staff"))


def test_a_ministers_visit_in_an_election_post_still_warns(engine):
    answer = check(engine, VISIT + " Remember that when you vote on Thursday.", org="lancaster-university", role="staff")
    assert "political" in warned(answer)


def test_an_official_account_kept_after_leaving_cites_clause_7_5_where_the_policy_says_so(engine):
    answer = check(engine, KEPT, role="officer", account="personal", action="profile")
    assert {(w["rule"], w["clause"]["ref"]) for w in answer["warnings"] if w["category"] == "branding"} \
        >= {("branding.account-kept-after-leaving", "7.5")}
    assert "branding" not in warned(check(engine, KEPT, org="chester-su", role="officer", account="personal",
                                          action="profile"))


def test_a_handover_done_is_no_account_kept(engine):
    text = "Ex-VP Welfare here, handed the @LUSUWelfare logins over to Priya this morning, still running the account till Friday"
    assert "branding" not in warned(check(engine, text, role="officer", account="personal"))


def test_a_job_nickname_ties_staff_canvassing_to_the_union_but_not_someone_else_so_named(engine):
    own = "Day off = knocking doors for Cat Smith 🚪🌹 (yes, the SU comms girl has a life outside Alex Square)"
    assert "political" in warned(check(engine, own, role="staff", account="personal"))
    other = "Day off = knocking doors for Cat Smith 🚪🌹 thanks to the SU comms girl for the tip about the bus"
    assert "political" not in warned(check(engine, other, role="staff", account="personal"))
