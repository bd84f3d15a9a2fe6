"""Political content and branding: each mechanism that lets detection generalise, through the real
engine, both ways — party names in any case where they are nothing else, leaders' full names in lower
case, party names inside hashtags, filler words in vote phrases, other countries' politics ruling out
the ambiguous UK names, ties to the organisation through its @handle and through staff and academic
posts, balanced coverage and neutral research, the official view claimed for the organisation (and
disclaimers that deny it), logos taken or put on materials; then a real-data precision check on
US tweets that say "conservatives"."""
from __future__ import annotations

import json
import re

import pytest

from helpers import SHARED, check, warned

REALDATA = SHARED / "realdata"


def rules_of(answer: dict, category: str = "political") -> set[str]:
    """Rules warning for a category at caution or warning."""
    return {w["rule"] for w in answer["warnings"]
            if w["category"] == category and w["severity"] in ("caution", "warning")}


def spans_of(answer: dict, rule: str) -> list[str]:
    return [s["text"] for w in answer["warnings"] if w["rule"] == rule for s in w["spans"]]


def clauses(answer: dict, category: str = "political") -> set[tuple[str, str]]:
    return {(w["clause"]["ref"], w["severity"]) for w in answer["warnings"] if w["category"] == category}


# -- case: names that are nothing but a party, in any case; ambiguous words keep their capitals ----------

@pytest.mark.parametrize("text", [
    "the tories cut the council budget again",
    "snp hold the seat, obviously",
    "the lib dems won the council by-election",
    "plaid cymru for wales",
    "ukip leaflets through every door on my street",
    "a tory government would scrap it",
    "SINN FEIN hold their seat",
])
def test_a_name_that_is_only_a_party_is_found_in_any_case(engine, text):
    assert "political.party" in rules_of(check(engine, text))


@pytest.mark.parametrize("text", [
    "The labour market for graduates is tough this year",
    "we're having a green party on friday - bring plants!",
    "conservative estimate is 200+ ppl at the ball",
    "timetable reform is finally here",
    "Dave from the Tory Lanez fan club",
])
def test_an_ambiguous_party_word_in_lower_case_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("text,name", [
    ("keir starmer is an absolute joke lmaooo", "keir starmer"),
    ("nigel farage on the telly again", "nigel farage"),
    ("ed davey fell off a paddleboard again", "ed davey"),
])
def test_a_leaders_full_name_is_found_in_lower_case(engine, text, name):
    assert name in spans_of(check(engine, text), "political.politician")


def test_a_leader_whose_name_is_ordinary_words_keeps_its_capitals(engine):
    assert "political" not in warned(check(engine, "theresa may be a bit late to the meeting"))
    assert "political" in warned(check(engine, "Theresa May resigned in 2019"))


# -- in compounds: party names among the words of a hashtag ---------------------------------------------

@pytest.mark.parametrize("hashtag", ["#FuckTheTories", "#LibDemFightback", "#BothVotesSNP", "#ScottishLabourWin",
                                     "#bothvotessnp", "#WeAreLabour"])
def test_a_party_inside_a_hashtag_is_found_without_listing_its_affixes(engine, hashtag):
    assert spans_of(check(engine, f"great turnout at our stall today, thanks all!! {hashtag}"),
                    "political.party") == [hashtag]


@pytest.mark.parametrize("text", ["#LabourMarket trends for 2025", "#ChildLabour awareness week",
                                  "#histories of the #victory garden", "These ladies, friends since #consevatory",
                                  "My girls are my world toryarchbold annie.bloom"])
def test_a_hashtag_or_glued_word_that_only_contains_the_letters_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


# -- gaps: filler words inside a vote phrase -------------------------------------------------------------

@pytest.mark.parametrize("text,phrase", [
    ("go out n vote for the bloody Greens tomorrow!! polls open 7am", "vote for the bloody Greens"),
    ("Vote for the local Lib Dems on 7 May", "Vote for the local Lib Dems"),
    ("im voting for labour n so should u", "voting for labour"),
])
def test_a_vote_phrase_is_found_with_filler_words(engine, text, phrase):
    assert phrase in spans_of(check(engine, text), "political.party-vote")


@pytest.mark.parametrize("text", ["Vote for our Green Officer candidate Sam!",
                                  "vote for the best green initiative on campus",
                                  "Vote for the Reform Club's new chair"])
def test_a_vote_for_a_union_role_or_an_idea_is_no_party_vote(engine, text):
    assert "political" not in warned(check(engine, text))


# -- other countries' politics rule out the ambiguous UK names --------------------------------------------

@pytest.mark.parametrize("text", [
    "watching the debate and the GOP really said Conservatives care about students, MAGA ppl are something else",
    "RINO Ryan & McConnell are Not Conservatives #MAGA",
    "Canadian Conservatives promise tax cuts in Ontario",
    "Conservative wing of CDU/CSU wants #Merkel to resign",
    "Labor and the Greens agree a deal in Canberra",
    "A Green Party rally in Texas",
])
def test_conservatives_and_greens_abroad_are_not_the_uk_parties(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "The Conservatives have abandoned students",
    "The Tories rolled out the red carpet for Trump",
    "Labour and the Greens both backed the motion",
])
def test_uk_parties_are_still_found_and_unambiguous_ones_even_beside_foreign_politics(engine, text):
    assert "political" in warned(check(engine, text))


def test_us_tweets_about_conservatives_are_mostly_not_taken_for_the_uk_party(engine):
    """Real tweets (TweetEval/HatEval, Davidson et al.) that say conservative(s) and name US politics:
    at most one in six may be warned as UK party politics (a third were, 5 of 15, before foreign_politics;
    none are now)."""
    files = ["tweeteval-hate-train.jsonl", "tweeteval-hate-val.jsonl", "davidson-hate-offensive.jsonl"]
    if not all((REALDATA / f).is_file() for f in files):
        pytest.skip("../shared/realdata is not here")
    conservative = re.compile(r"\bconservatives?\b", re.I)
    american = re.compile(r"\b(GOP|MAGA|RINOs?|Trump|Congress|Senate|Republicans?|Democrats?|POTUS|tcot|"
                          r"White House|Obama|McConnell|USA|America)\b", re.I)
    texts = []
    for name in files:
        with (REALDATA / name).open(encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                if conservative.search(text) and american.search(text):
                    texts.append(text)
    assert len(texts) >= 10
    flagged = sum("political" in warned(check(engine, t)) for t in texts)
    assert flagged / len(texts) <= 1 / 6, f"{flagged} of {len(texts)} US tweets warned as UK politics"


# -- campaign accounts ------------------------------------------------------------------------------------

def test_a_candidates_campaign_account_is_political_but_an_su_candidate_is_not(engine):
    assert "political.campaign-handle" in rules_of(
        check(engine, "A massive congratulations to @BurnhamForMayor - our new Metro Mayor"))
    assert "political" not in warned(check(engine, "Vote @Sam4President in the SU elections!"))


# -- ties to the organisation ------------------------------------------------------------------------------

BIO = "Comms Officer @LancasterSU 📣 | Green Party member & council candidate for Bulk ward 💚 | views my own"


def test_a_role_beside_the_unions_handle_ties_a_personal_bio_to_the_union(engine):
    answer = check(engine, BIO, role="staff", account="personal", action="profile")
    assert clauses(answer) == {("App1 3.3", "warning")}


def test_a_role_beside_the_union_with_a_separate_at_sign_ties_too(engine):
    answer = check(engine, "VP Education @ LUSU 24/25 | proud Labour member", role="officer", account="personal",
                   action="profile")
    assert ("App1 3.3", "warning") in clauses(answer)


@pytest.mark.parametrize("text", [
    "Prof of Economics at Lancaster University here - anyone voting Conservative next week is voting against "
    "their own uni. #ToriesOut",
    "Lecturer in Politics @ Lancaster Uni | Labour member",
    "Senior Research Fellow at Lancaster University. Vote Green on Thursday",
])
def test_an_academic_post_at_the_university_ties_a_staff_members_politics_to_it(engine, text):
    answer = check(engine, text, org="lancaster-university", role="staff", account="personal")
    assert ("Charity law", "warning") in clauses(answer)


@pytest.mark.parametrize("text", ["I'm a lecturer and I'm voting Green on Thursday",
                                  "Met a professor from Leeds at the conference, she's voting Labour"])
def test_a_job_without_the_organisations_name_ties_nothing(engine, text):
    answer = check(engine, text, org="lancaster-university", role="staff", account="personal")
    assert "political" not in warned(answer)


# -- balanced coverage and neutral research ----------------------------------------------------------------

def test_the_same_questions_put_to_every_party_is_balanced_coverage(engine):
    text = ("SCAN asked the Labour, Conservative, Lib Dem, Green and Reform candidates the same 5 questions. "
            "Read all five answers here")
    assert "political" not in warned(check(engine, text, role="student-media"))


def test_balanced_coverage_does_not_excuse_a_call_to_vote(engine):
    text = "Hustings with the Labour, Conservative and Lib Dem candidates tonight. Vote Labour!"
    assert ("10.1", "warning") in clauses(check(engine, text))


def test_research_on_a_partys_vote_share_from_the_university_is_no_endorsement(engine):
    text = ("New research from our Politics department: how Reform UK's vote share shifted in coastal towns. "
            "Read the paper")
    answer = check(engine, text, org="lancaster-university", role="staff", account="official")
    assert "political" not in warned(answer)
    assert "signal.neutral-research" not in rules_of(answer)     # a signal never warns itself


def test_research_does_not_excuse_a_call_to_vote(engine):
    text = "New research from our Politics department: Reform UK's vote share is rising. Vote Reform UK!"
    answer = check(engine, text, org="lancaster-university", role="staff", account="official")
    assert ("Charity law", "warning") in clauses(answer)


# -- branding: the official view claimed, and disclaimers ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "official position of Lancaster SU (posting from my own acc bc comms are slow): the union stands against "
    "the library cuts",
    "Events Coordinator | Lancaster University Students' Union | everything I post is the official view of LUSU",
    "This is the official and final position of the union: no more cuts",
    # the writer claiming to be its voice (blind set 2026-11-30c)
    "Marketing Coordinator at Lancaster SU. I speak for LUSU on anything comms",
    "Digital Officer | I basically speak for the union online",
])
def test_the_official_view_claimed_for_the_union_is_branding(engine, text):
    answer = check(engine, text, role="staff", account="personal")
    assert ("6.1", "warning") in clauses(answer, "branding")


@pytest.mark.parametrize("text", [
    "Views are my own and not the official position of Lancaster SU",
    "My tweets do not necessarily reflect the official view of LUSU",
    "I do not speak on behalf of the SU, these are my views",
    "What's the official position of the SU on the timetable change?",
    "Fan page, not an official account of Lancaster SU",
    "I don't speak for LUSU, views my own",
    "I speak for myself, not for LUSU",
])
def test_a_disclaimer_or_a_question_is_no_claim_to_speak_for_the_union(engine, text):
    assert "branding" not in warned(check(engine, text, role="staff", account="personal"))


def test_a_logo_taken_for_a_flyer_is_found_across_the_full_stop(engine):
    text = "flyers for our charity quiz are done! grabbed the UoL crest off the uni website so they look legit"
    answer = check(engine, text, org="leicester-su")
    assert clauses(answer, "branding") == {("5.3", "warning")}


@pytest.mark.parametrize("text", ["Our new club logo is here",
                                  "Flyers are done! Our club logo is on the back. Thanks to LUSU for the printing",
                                  "Love the new LUSU logo! Tickets for the ball are on sale now"])
def test_a_logo_not_used_on_anything_is_no_logo_use(engine, text):
    assert "branding" not in warned(check(engine, text))


# -- second blind set: the mechanisms behind its misses ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our society is out door-knocking for Cat Smith on Saturday, meet at the Sugarhouse",
    "Off leafleting with Cat Smith this weekend, who's coming?",
])
def test_door_knocking_or_leafleting_beside_a_politician_is_campaigning(engine, text):
    assert ("10.1", "warning") in clauses(check(engine, text))


@pytest.mark.parametrize("text,name", [
    ("Boris was right about the election, change my mind", "Boris"),
    ("Reeves is the worst chancellor we've ever had", "Reeves"),
    ("Polanski is the only party leader who gets it", "Polanski"),
])
def test_a_leaders_nickname_or_surname_counts_beside_a_political_word(engine, text, name):
    answer = check(engine, text)
    assert "political.politician-short" in rules_of(answer)
    assert spans_of(answer, "political.politician-short") == [name]


@pytest.mark.parametrize("text", [
    "Boris from the chess club won again",
    "Keanu Reeves film night in the Minor Hall",
    "Nige from the bar says hi",
    "Polanski film screening cancelled",
])
def test_a_leaders_nickname_or_surname_alone_is_no_politician(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "Come campaign for Your Party on Saturday!",
    "out leafleting for the Lib Dems tomorrow",
    "Canvassing for Labour in Bulk ward tonight",
])
def test_campaigning_for_a_party_is_a_party_call(engine, text):
    assert "political.party-vote" in rules_of(check(engine, text))


def test_your_party_as_ordinary_words_is_no_party(engine):
    assert "political" not in warned(check(engine, "Your party, your rules: book the Minor Hall for your birthday"))


@pytest.mark.parametrize("text", [
    "Out for the Greens on Saturday, any LUSU colleagues want to join?",
    "Voting Labour - my colleagues at Lancaster SU know why",
])
def test_colleagues_at_the_union_tie_a_personal_post_to_it(engine, text):
    answer = check(engine, text, role="staff", account="personal")
    assert ("App1 3.3", "warning") in clauses(answer)


def test_colleagues_elsewhere_tie_nothing(engine):
    answer = check(engine, "Voting Labour, my colleagues at the hospital agree", role="staff", account="personal")
    assert "political" not in warned(answer)


def test_congratulating_a_party_on_its_results_is_no_research(engine):
    text = "Our Politics department congratulates the Lib Dems on a brilliant set of election results"
    answer = check(engine, text, org="lancaster-university", role="staff", account="official")
    assert ("Charity law", "warning") in clauses(answer)


@pytest.mark.parametrize("text", [
    "Labour, Conservatives, Greens and the Lib Dems were all invited to our rent roundtable - come along",
    "Speakers from the SNP, Labour, the Tories and Reform UK at our Q&A on Thursday",
])
def test_several_parties_invited_to_one_event_is_balanced_coverage(engine, text):
    assert "political" not in warned(check(engine, text, role="officer"))


def test_several_parties_attacked_is_no_balanced_coverage(engine):
    text = "Labour, the Tories and the Lib Dems have all failed students"
    assert ("10.1", "warning") in clauses(check(engine, text))


# -- second blind set: branding ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lancaster SU | OFFICIAL account | news and events",
    "LUSU - the official page, run by students",
])
def test_an_official_claim_written_after_the_name_is_branding(engine, text):
    answer = check(engine, text, account="personal", action="profile")
    assert ("7.3", "warning") in clauses(answer, "branding")


@pytest.mark.parametrize("text", [
    "Sharing this on the Board's behalf: the gym prices will be frozen.",
    "Posting this on LUSU's behalf: the library must stay open.",
])
def test_the_unions_view_or_its_boards_behalf_is_speaking_for_it(engine, text):
    answer = check(engine, text, role="trustee", account="personal")
    assert ("6.1", "warning") in clauses(answer, "branding")


def test_the_views_of_the_union_claimed_by_a_group_page_is_branding(engine):
    text = "Leicester Chess Society | our posts represent the views of ULSU"
    answer = check(engine, text, org="leicester-su", role="officer", action="profile")
    assert ("5.4", "warning") in clauses(answer, "branding")


def test_the_official_position_of_a_school_of_the_university_is_branding(engine):
    text = "Reader @LancasterUni | everything I post is the official view of the Law School"
    answer = check(engine, text, org="lancaster-university", role="staff", account="personal", action="profile")
    assert "branding" in warned(answer)


def test_a_shield_or_emblem_on_kit_is_logo_use(engine):
    text = "new hoodies are in! University of Leicester emblem on the front"
    answer = check(engine, text, org="leicester-su")
    assert ("5.3", "warning") in clauses(answer, "branding")


@pytest.mark.parametrize("text", [
    "LUSU logo on our tote bags, approved by the comms team",
    "We have permission from the SU to print the LUSU logo on our hoodies",
])
def test_a_logo_used_with_stated_approval_is_no_logo_use(engine, text):
    assert "branding" not in warned(check(engine, text))


def test_a_logo_used_without_approval_is_still_logo_use(engine):
    text = "Put the LUSU logo on our tote bags, not approved by anyone lol"
    assert "branding" in warned(check(engine, text))


# -- an SU's own elections are no party campaigning ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Congratulations to Maya, re-elected as SU President!",
    "Our netball captain was re-elected at the AGM",
    "Vote for me to re-elect me as VP Education 🗳️",
])
def test_re_election_in_the_union_is_no_party_campaigning(engine, text):
    assert "political" not in warned(check(engine, text, role="officer", account="official"))


# == Fourth round (issue 13): families written before the rules, none taken from a labelled set =======
# Each family's own varied posts both ways, through the real engine, with the organisation, role, account
# and action a policy needs to speak.

# -- Campaigning for a named MP or candidate (canvassing, leafleting, knocking doors, phone banking) makes the name political ---

CANVASSING = [
    ("as your Lancaster SU president I'll be out knocking doors for Cat Smith this sat, who's joining me?? 🌹🚪", 'lancaster-su', 'officer', 'personal', 'post'),
    ("leafleting for Cat Smith in Bulk this weekend, who's in?", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('phone banking for Lizzi Collinge tonight, come along x', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('delivered leaflets for Lizzi Collinge all morning 💪', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('canvassed with Cat Smith today, lovely chats', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('join the soc out door knocking for Stephen Kinnock on Sat', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('spent my sunday campaigning for Keir, knackered', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('knocked on doors for Cat Smith w the soc today', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('out on the doorstep for Cat Smith again 🌹', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Come help us get Cat Smith re-elected, meet at Alexandra Square 10am', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("As your VP Education I'm campaigning for Cat Smith this week, come along", 'lancaster-su', 'officer', 'personal', 'post'),
    ("we've been out canvassing for Nigel all day", 'lancaster-su', 'volunteer', 'official', 'post'),
]
CANVASSING_SILENT = [
    ("knocking doors for the RAG collection this sat, who's in?", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('leafleting for the SU elections all week, vote Sam for president!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('delivering leaflets for the Christmas market tomorrow', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('out knocking doors for the housing survey with Cat from Fylde', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('campaigning for cheaper bus passes all term, sign the petition', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", CANVASSING)
def test_canvassing_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", CANVASSING_SILENT)
def test_canvassing_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A call to vote or kick out the government, and the organisation possessive tying a staff post to it ---

OUST_GOVERNMENT = [
    ("Speaking as Lancaster Uni's head of widening participation: this government has gutted access funding. Vote them out.", 'lancaster-university', 'staff', 'personal', 'post'),
    ('this government has gutted student support. vote them out.', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the government has failed students for 14 years, time to kick them out', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("get this government out at the next election, they've done nothing for us", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Vote this government out on Thursday 🗳️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('this lot in Westminster have to go. boot them out at the ballot box', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('time to get rid of this useless government once and for all', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("As Lancaster SU's head of comms I'll say it: this government needs voting out", 'lancaster-su', 'staff', 'personal', 'post'),
    ('the govt has gutted uni funding. vote em out!!', 'lancaster-su', 'volunteer', 'official', 'post'),
]
OUST_GOVERNMENT_SILENT = [
    ('the SU exec have been useless, vote them out in March!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Remember to register to vote before the deadline 🗳️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("the government's new student loan guidance is out, read it here", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("kick them out of the group chat if they don't pay subs lol", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Government funding for the new library has been confirmed', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", OUST_GOVERNMENT)
def test_oust_government_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", OUST_GOVERNMENT_SILENT)
def test_oust_government_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A party's local branch, club or youth wing tagged by its handle -------------------------------

PARTY_HANDLE = [
    ('hustings recap 🗳️ only one lot actually turned up for students. cheers @LancasterLabour for the pizza x #RedWallRebuild', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('huge thanks to @LancasterLabour for the pizza tonight 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shoutout to @LancsTories for sponsoring our social', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('follow @LancasterGreens for updates on the campaign', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('great night with @LULabourClub, thanks for having us', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('cheers @MorecambeLibDems for the flyers!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('thanks @ReformUKLancs for coming down', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('big love to @LancasterConservatives for the drinks', 'lancaster-su', 'volunteer', 'official', 'post'),
]
PARTY_HANDLE_SILENT = [
    ('thanks @LancasterSU for the pizza tonight', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('follow @GreenLancaster for sustainability tips', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('thanks to @LancsConservationSoc for the litter pick', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('read @LabourMarketNews on graduate jobs', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('cheers @LancasterReformJudaism for hosting', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PARTY_HANDLE)
def test_party_handle_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PARTY_HANDLE_SILENT)
def test_party_handle_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Campaign hashtags about a party's heartland seats, written many ways --------------------------

SEAT_HASHTAG = [
    ('great night on the doors #RedWallRebuild', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we're not done yet #TakeBackTheBlueWall", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#HoldTheRedWall 🌹', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#TeamLabour all the way', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('doors knocked, leaflets out #RebuildTheRedWall', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('what a night!! #RedWallReturns 🌹', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#BlueWallHolds, well done everyone', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#DefendTheBlueWall this thursday', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#YellowWall2029 starts here', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#VoteLabour #labourdoorstep', 'lancaster-su', 'volunteer', 'official', 'post'),
]
SEAT_HASHTAG_SILENT = [
    ('new climbing wall opening! #RedWall #climbing', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#GE2024 polls are open until 10pm', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#TeamLUSU all the way', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('paint the red wall in the Sugarhouse #rebuild', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#WallOfFame for our volunteers', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SEAT_HASHTAG)
def test_seat_hashtag_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SEAT_HASHTAG_SILENT)
def test_seat_hashtag_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A leader put forward for Prime Minister, or agreed with by first name -------------------------

PM_CALL = [
    ("between us we're all blue through and through 💙 kemi for pm", 'lancaster-su', 'volunteer', 'official', 'reply'),
    ('Keir for PM 🌹', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('nigel for pm tbh', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('#Farage4PM', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Zack Polanski for prime minister!!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Rishi for number 10 again? yes please', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('jeremy 4 pm!!!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Angela Rayner for PM when?', 'lancaster-su', 'volunteer', 'official', 'post'),
]
PM_CALL_SILENT = [
    ('Kemi from netball for social sec!!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('meet Nigel at 4 pm in the foyer', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Jeremy for president of the chess society', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('see you at 4pm Rishi!', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PM_CALL)
def test_pm_call_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PM_CALL_SILENT)
def test_pm_call_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Smaller and newer parties and the possessive "Reform's" ---------------------------------------

SMALLER_PARTY = [
    ("Our society fully backs Reform's plan to scrap net zero ⚡ time for common sense #ScrapNetZero", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Reform's policies are the only ones that make sense for students", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('proud to be backing Your Party at the next election', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the soc is behind Restore Britain all the way', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Reform UK's candidate was the only one who answered our questions", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('true blue Tory family, always will be 💙', 'lancaster-su', 'volunteer', 'official', 'post'),
]
SMALLER_PARTY_SILENT = [
    ('Everton til I die, blue through and through 💙', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Conservation Society beach clean on Saturday, all welcome', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('The labour market for graduates is brutal right now', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Election night 🗳️ we'll be at the Lancaster & Wyre count until 3am with reaction from the Labour, Conservative, Green, Lib Dem and Reform candidates.", 'lancaster-su', 'student-media', 'official', 'post'),
    ('Hustings tonight with candidates from every party, come and ask your questions', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Register to vote! It takes 2 minutes and your voice matters', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Your party your rules: book the Sugarhouse for your society social', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SMALLER_PARTY)
def test_smaller_party_warns(engine, text, org, role, account, action):
    assert "political" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SMALLER_PARTY_SILENT)
def test_smaller_party_stays_silent(engine, text, org, role, account, action):
    assert "political" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# == Fifth round: mechanisms for families the sixth blind set missed (posts written for each family) ========

# -- a named MP or candidate backed by pronoun anywhere in the post ---------------------------------------

@pytest.mark.parametrize("text, org, role, account, action", [
    ("Cat Smith: \"I'll always stand up for Lancaster's students.\" Re-elect her on Thursday 🌹",
     "lancaster-su", "officer", "official", "share"),
    ("Thanks Stephen Kinnock for visiting. Honestly he's got my vote", "lancaster-su", "staff", "official", "post"),
    ("Great speech from Cat Smith on rents. Get her re-elected, Lancaster 🌹", "lancaster-su", "volunteer", "official", "post"),
    ("\"Students deserve better\" - Cat Smith. she deserves another term tbh", "lancaster-su", "volunteer", "official", "repost"),
    ("Cat Smith has fought for our rent caps. Give her your vote on Thursday ✅", "lancaster-su", "officer", "official", "post"),
    ("Cat Smith opened the new library wing. Vote her in!", "lancaster-university", "staff", "official", "post"),
])
def test_candidate_backed_by_pronoun_anywhere(engine, text, org, role, account, action):
    answer = check(engine, text, org=org, role=role, account=account, action=action)
    assert "political.candidate-call" in rules_of(answer)


@pytest.mark.parametrize("text", [
    "Cat Smith visited the food bank today. Vote in the SU elections this week!",
    "Vote for her as VP Welfare! Sophie for SU President",
    "Stephen Kinnock spoke at graduation. Give him a round of applause",
    "our VP Sam has done so much this year, re-elect her in the SU elections!",
])
def test_union_elections_and_applause_are_no_candidate_call(engine, text):
    assert "political.candidate-call" not in rules_of(check(engine, text))


# -- branding: an insider vouching for the organisation's plans -------------------------------------------

@pytest.mark.parametrize("text, org, role, account", [
    ("Lancaster University has no plans to shut the chaplaincy centre. That's official - you heard it from me.",
     "lancaster-university", "staff", "personal"),
    ("LUSU won't be raising bar prices this year, take it from me", "lancaster-su", "staff", "personal"),
    ("Chester SU is scrapping the minibus scheme next term. I'd know 😉", "chester-su", "staff", "personal"),
    ("ULSU is going to bring back the Friday night club, heard it here first", "leicester-su", "volunteer", "personal"),
    ("I can tell you now LUSU will be opposing the rent rises, speaking as their comms officer", "lancaster-su", "staff",
     "personal"),
])
def test_insider_vouching_for_the_organisations_plans(engine, text, org, role, account):
    answer = check(engine, text, org=org, role=role, account=account)
    assert "branding.insider-vouch" in rules_of(answer, "branding")


@pytest.mark.parametrize("text, org", [
    ("Take it from me, Lancaster University campus is gorgeous in spring", "lancaster-university"),
    ("LUSU will be closed on Monday for the bank holiday", "lancaster-su"),
    ("Lancaster University has no plans to close the library, according to the minutes", "lancaster-university"),
])
def test_opinions_and_plain_notices_are_no_vouching(engine, text, org):
    answer = check(engine, text, org=org, role="staff", account="personal")
    assert "branding.insider-vouch" not in rules_of(answer, "branding")


# -- branding: approval put off, 'Official <org>' titles, the university's logo by its initials -------------

@pytest.mark.parametrize("text, org, role, account", [
    ("quick one - I've made a TikTok for the sports awards, @chestersu_awards 🏆 will tell the CEO after 😬",
     "chester-su", "staff", "personal"),
    ("set up an insta for the summer ball, will run it past comms later 🤫", "lancaster-su", "volunteer", "official"),
    ("started a page for varsity, easier to ask forgiveness than permission lol", "lancaster-su", "volunteer", "official"),
    ("made a new twitter for the SU bar, don't tell comms", "lancaster-su", "staff", "personal"),
])
def test_accounts_opened_with_approval_put_off(engine, text, org, role, account):
    answer = check(engine, text, org=org, role=role, account=account, action="message")
    assert "branding.unapproved-account" in rules_of(answer, "branding")


@pytest.mark.parametrize("text", [
    "made a new insta for my dog, will tell my mum after lol",
    "the SU has set up a new TikTok for varsity, follow @lusu_varsity",
])
def test_personal_accounts_and_the_unions_own_are_not_unapproved(engine, text):
    assert "branding.unapproved-account" not in rules_of(check(engine, text, action="message"), "branding")


@pytest.mark.parametrize("text, expected", [
    ("Official Lancaster University Chemistry 🧪 | tweets by Dr Sam Reid | DMs open for all uni enquiries", True),
    ("official Lancaster University physics outreach 🔭 questions welcome", True),
    ("PhD student at Lancaster University | official coffee taster | views my own", False),
    ("Not the official Lancaster University account, views my own", False),
])
def test_profile_titled_official_before_the_name(engine, text, expected):
    answer = check(engine, text, org="lancaster-university", role="staff", account="personal", action="profile")
    # Read as the organisation's own account, by its title or by the bio's fields (one concern either way).
    as_account = {"branding.org-as-account", "branding.org-as-account-fields"}
    assert bool(as_account & set(rules_of(answer, "branding"))) is expected


@pytest.mark.parametrize("text, expected", [
    ("made our own version of the LU rose logo for the hoodies 🌹 lmk what u think before we send to print 👀", True),
    ("slapped the LU crest on our new tote bags, looks class", True),
    ("our merch has the lancaster uni logo on the sleeve now 🔥", True),
    ("Our new club logo is here, designed by our social sec!", False),
])
def test_the_universitys_logo_named_by_its_initials(engine, text, expected):
    answer = check(engine, text, org="lancaster-su", role="volunteer", account="official")
    assert ("branding.partner-logo-use" in rules_of(answer, "branding")) is expected


# -- an ambiguous party name beside a word only a party has, in any case ---------------------------------

@pytest.mark.parametrize("text", [
    "so proud to be out knocking doors for our local labour candidate this weekend 🌹",
    "reform are a disgrace and anyone voting for them should be ashamed",
    "labour have let students down on fees again",
    "the reform candidate for lancaster turned up at the freshers fair",
    "green councillors on the city council backed our motion",
    "conservative mps voted against the rent cap",
    "labour voters round here deserve better",
])
def test_ambiguous_party_names_with_a_party_word_in_any_case(engine, text):
    assert "political.party" in rules_of(check(engine, text))


@pytest.mark.parametrize("text", [
    "the labour market for grads is brutal, come to our CV workshop",
    "reform of the society constitution passed at the AGM",
    "green week: bring a reusable cup and get 20p off",
    "conservative estimate: 400 people at the ball",
    "conservative voters in Texas backed the governor, says the GOP",
    "welfare reform has hit students hardest, come to the advice centre",
])
def test_ambiguous_words_without_a_party_word_are_not_parties(engine, text):
    assert "political.party" not in rules_of(check(engine, text))


# -- branding: speaking in one's role for 'we', the voice of the organisation, bios laid out field by field --

@pytest.mark.parametrize("text, org, role, account, action, rule", [
    ("as the SU's VP Welfare I can confirm we'll be boycotting the careers fair", "lancaster-su", "volunteer", "personal",
     "post", "branding.insider-vouch"),
    ("Chester SU's stance on the strike? fully behind the staff. speaking for all of us here", "chester-su", "staff",
     "personal", "post", "branding.insider-vouch"),
    ("ULSU Netball 🏐 | the voice of Leicester SU on all things netball", "leicester-su", "volunteer", "official",
     "profile", "branding.speaking-for"),
    ("Lancaster University Admissions 🎓 | official | DM for offer queries", "lancaster-university", "staff", "personal",
     "profile", "branding.org-as-account-fields"),
    ("Chester SU staff account 📣 | official news from your students' union", "chester-su", "staff", "personal",
     "profile", "branding.org-as-account-fields"),
])
def test_speaking_as_the_organisation(engine, text, org, role, account, action, rule):
    answer = check(engine, text, org=org, role=role, account=account, action=action)
    assert rule in rules_of(answer, "branding")


@pytest.mark.parametrize("text, action", [
    ("Events at Lancaster SU | views my own | she/her", "profile"),
    ("Lecturer at Lancaster SU • not an official account • DMs open for chats about research", "profile"),
    ("I can confirm we'll be at the freshers fair, come say hi!", "post"),
    ("the SU has approved our new logo, thanks comms team!", "post"),
])
def test_own_views_and_plain_news_are_not_speaking_for_it(engine, text, action):
    answer = check(engine, text, role="staff", account="personal", action=action)
    assert not rules_of(answer, "branding") and not rules_of(answer, "disparaging")


# -- round six: MPs' full names in lower case, campaign hashtags with an election's year ---------------

@pytest.mark.parametrize("text, name", [
    ("so glad lisa nandy came to campus, she's got my vote", "lisa nandy"),
    ("out canvassing with jess phillips today, come join us", "jess phillips"),
    ("diane abbott MP is the only one who gets it", "diane abbott"),
    ("vote for stella creasy on thursday!!", "stella creasy"),
])
def test_an_mps_full_name_is_found_in_lower_case(engine, text, name):
    answer = check(engine, text)
    assert "political" in warned(answer)
    assert name in {s["text"] for w in answer["warnings"] for s in w["spans"]}


@pytest.mark.parametrize("text", [
    "we will quince the jam before the bake sale",        # 'Will Quince': a first name that is a word keeps capitals
    "our cat smith-jones is the society mascot",
    "mark hunt's bake sale raised £200",
])
def test_an_mp_whose_first_name_is_a_word_keeps_its_capitals(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("hashtag", ["#VoteGreen2024", "#votegreen24", "#VoteLabour2029", "#GE24VoteLibDem",
                                     "#ToriesOut2024", "#labourdoorstep24"])
def test_a_campaign_hashtag_with_an_elections_year_is_party_content(engine, hashtag):
    answer = check(engine, f"out on the doorstep today {hashtag}")
    assert rules_of(answer) & {"political.campaign-hashtag", "political.party"}
    assert hashtag in {s["text"] for w in answer["warnings"] for s in w["spans"]}


@pytest.mark.parametrize("text", [
    "#GreenWeek2024 starts monday: swap shop and a beach clean",
    "#LUSUElections2024 polls open monday, vote for your sabbs",
    "#GE2024 polls are open until 10pm, go and vote",
    "#BeGreen2024 campus clean-up on saturday",
])
def test_neutral_hashtags_with_a_year_are_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


# -- a party named through its people, a crowd or its colour, in an election (political.party-by-person) ----

PARTY_BY_PERSON = [
    "we're all voting for the reform lad on thurs yeah?? no snakes",
    "tbh the reform bloke standing in Morecambe is the only one talking sense",
    "who else is voting for the green lass in Lancaster & Wyre? 💚",
    "not saying who to vote for but the yellow lot betrayed us on fees once already 🔶",
    "vote orange on thursday!! 🧡",
    "anyone voting blue on thursday needs their head checked 🔵",
    "keep the reds out on polling day",
    "our fave policies this election 👀 sound like a certain party in green? 💚",
    "our hockey club is Green through and through this election 💚",
    "don't let reform win here, get out and vote",
    "reminder that the conservatives tripled your fees. just saying. polls open 7am",
    "voting for the labour fella in Lancaster & Fleetwood, he actually replied to us",
    "yellow rosettes all over campus today, the election's heating up 🔶",
    "the tory lot have wrecked the NHS, remember that at the ballot box",
]
PARTY_BY_PERSON_SILENT = [
    "the blues won the varsity rugby, get in 💙",
    "the orange team smashed the treasure hunt, vote for them in team of the year",
    "St Patrick's party in green tonight 🍀",
    "consultation on the reform of the library opening hours, vote in the poll",
    "vote for the best green initiative in the SU awards 💚",
    "the green lot at the allotment society have grown 40kg of potatoes 🥔",
    "Vote for your Sports Personality of the Year! The blues are in the lead 💙",
    "labour shortages at the SU bar this week, please be patient with our staff",
    "SU elections: vote orange for Sam, your next VP Welfare 🧡",
    "we're having a green party on friday - bring plants!",
]


@pytest.mark.parametrize("text", PARTY_BY_PERSON)
def test_a_party_named_by_its_people_or_colour_in_an_election_is_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", PARTY_BY_PERSON_SILENT)
def test_colours_crowds_and_reform_outside_a_parliamentary_election_are_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


# 'reform' and 'green' as common nouns after the thing reformed, and a society's own vote on its rules at its
# AGM, are no party, however the post says "vote" or shows a ballot box
OWN_RULES_VOTE_SILENT = [
    "governance reform vote on thursday 🗳️ polls open 9am on the SU site",
    "EGM tonight: the rules reform vote decides if freshers can stand for exec 🗳️",
    "club constitution reform vote at our general meeting, bring ur card 🗳️",
    "AGM sunday!! motion 2 is the reform vote on how we pick the tour captain 🗳️",
    "constitutional reform vote passed 31-4 at the members' meeting, thanks all who came 🗳️",
]


@pytest.mark.parametrize("text", OWN_RULES_VOTE_SILENT)
def test_a_societys_own_reform_vote_at_its_meeting_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


# the newest party, whose name is two common words, by the people it stands or sends out, only with its capitals
@pytest.mark.parametrize("text", [
    "committee voted last night and we're officially backing the Your Party candidate in the council by-election",
    "the Your Party councillors were the only ones at the rent protest, remember that at the ballot box",
    "Your Party's manifesto on tuition fees is the best of the lot this election",
    "shoutout to the Your Party canvassers who came to our social, vote thursday 🗳️",
    "met the Your Party MP for Lancaster today, proper sound on fees. polling day is thursday",
])
def test_your_party_by_its_people_in_an_election_is_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "Plan Your Party with us! SU election night at the Sugarhouse 🗳️",
    "your party candidates should register by friday for the SU elections",
    "it's your party, candidates! SU election results night, dress code black tie",
    "Your Party, Your Way: book the venue for the election results night",
])
def test_your_party_as_ordinary_words_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


def test_the_reform_party_by_its_people_still_warns_beside_a_meeting_free_post(engine):
    assert "political" in warned(check(engine, "the reform lad is the only one worth voting for on thursday 🗳️"))


def test_balanced_coverage_naming_every_partys_candidates_is_no_backing(engine):
    answer = check(engine, "Hustings tonight: the labour, reform and green candidates answer your questions 🎤")
    assert "political.party-by-person" not in rules_of(answer)


# -- round eight: a party implied, not named ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Furness JCR stands with Nigel on this one 🇬🇧",
    "we stood with Keir on this from day one",
    "our society is siding with Kemi here tbh",
    "Bowland bar sides with Zack on this, about time",
    "respect to Keir for popping by the freshers fair, proper leadership 🌹",
])
def test_siding_with_a_leader_known_by_a_first_name_in_any_verb_form_is_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "polls open 7am 🗳️ only one lot are talking about scrapping tuition fees 💚",
    "tomorrow's the day 🗳️ vote wisely #GreenSurge",
    "polling day tomorrow, feeling an #OrangeWave coming 🧡",
    "the reds have our backs on the minimum wage, the blues never will. remember that on thursday 🗳️",
    "polling day! team orange will fight for students, the rest won't 🧡",
])
def test_a_party_implied_by_its_colour_or_as_the_only_one_in_an_election_is_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "the red team have our backs in the dodgeball final, vote for them as team of the year 🏆",
    "the blue team are taking the lead in the charity bake off 🧁",
    "only one lot turned up to the litter pick 🙄 thanks Pendle",
    "polls open 7am tomorrow 🗳️ whoever you back, make your voice heard. bring photo ID!",
    "Green Week kicks off monday 🌱 swap shop, bike repairs and a veg stall in Alex Square",
    "The Green Party? nah this is Green Week 🌱 swap shop and free bike repairs all week",
    "Reform? no, it's the course reform consultation, fill in the survey",
])
def test_colours_crowds_and_a_name_set_aside_are_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("reply, answered", [
    ("honestly? we'd never trust them again after 2010 😂", "what does the SU actually think of the lib dems"),
    ("after 2010? never again. they sold students out", "what does the union think of the Lib Dems?"),
    ("officially neutral 😇 but between us the yellow lot have let students down", "who should students vote for on thursday?"),
    ("lol we couldn't possibly say... but the blue team aren't getting our vote 😉", "does the uni have a view on the election?"),
    ("unofficially... the red team have our backs on pensions. just saying", "Will the uni be telling staff who to vote for on Thursday??"),
])
def test_a_reply_with_a_verdict_on_the_party_or_election_it_answers_is_political(engine, reply, answered):
    assert "political" in warned(check(engine, reply, action="reply", replying_to=answered))


@pytest.mark.parametrize("reply, answered", [
    ("we don't tell anyone how to vote, but please register by tuesday: gov.uk/register-to-vote", "will the SU tell us who to vote for?"),
    ("we can't comment on parties but here's the hustings recording so you can decide", "what does the SU think of the lib dems?"),
    ("they've been brilliant, they really care about students", "who's the best candidate for SU president?"),
    ("never again am I doing a 9am lol", "what did you think of the Labour rally?"),
    ("honestly we'd never trust them again", "is the new café any good?"),
])
def test_a_reply_without_a_verdict_on_a_party_or_to_no_election_is_no_party(engine, reply, answered):
    assert "political" not in warned(check(engine, reply, action="reply", replying_to=answered))


@pytest.mark.parametrize("text", [
    "speaking as ur VP Education: if u vote tory u deserve everything u get",
    "As your Students' Union President I'm backing the Green candidate for Lancaster & Wyre 💚",
    "out canvassing for @LancsLabour today 🌹 (the day job is running the SU advice centre, no shop talk)",
])
def test_a_personal_party_post_naming_the_role_any_way_warns(engine, text):
    assert "political" in warned(check(engine, text, role="officer", account="personal"))


# -- a party shown by its colour, symbol or youth wing; a vote steered without a name -------------------

@pytest.mark.parametrize("text", [
    "Young Greens social sec 🌱 | LUSU Council | vegan baking",
    "proud Liberal Youth organiser and your SU president",
    "VP Activities @LUSU | Young Reform branch chair",
])
def test_a_partys_youth_wing_in_an_officers_bio_is_party_content(engine, text):
    assert "political" in warned(check(engine, text, role="officer", account="personal", action="profile"))


@pytest.mark.parametrize("text", [
    "polls shut at 10 and the rose needs every vote it can get in Morecambe 🌹",
    "not saying who to vote for but... 🟢🟢 on thursday",
    "if you care about the NHS there's only one real option on 4th July ❤️",
    "we all know which colour we're ticking on thursday 😉💛",
    "whatever happens tomorrow don't let the blues back into Number 10",
    "keep the turquoise team away from the town hall, vote on thursday",
    "only one party has the guts to say rejoin and it's the yellow one 💛",
    "y'all know what to do on polling day 🔴",
])
def test_a_vote_steered_to_a_colour_or_symbol_is_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "Red Rose county represent 🌹 happy Lancashire Day!",
    "only one sensible choice for lunch on thursday: the pie stall 🥧",
    "polls close at 10pm, whoever you back make sure your voice is heard 💙",
    "red week at the gym on thursday 🔴 every session is legs",
    "the reds smashed the roses relay on thursday 🌹",
    "you know what to do: vote for your society of the year 💚",
])
def test_a_colour_or_a_steer_without_the_other_or_an_election_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


@pytest.mark.parametrize("reply, answered", [
    ("Honestly? Not the party that wants to cap student numbers. Just saying 💙❌", "who should students vote for?"),
    ("anyone but the party that tripled tuition fees 🙃", "which party should i vote for as a fresher?"),
    ("the party promising to scrap fees gets my vote, easy", "who's everyone voting for on thursday?"),
    ("green 💚 obviously", "who are you voting for in the general election?"),
])
def test_a_reply_pointing_at_a_party_when_asked_who_to_vote_for_is_political(engine, reply, answered):
    assert "political" in warned(check(engine, reply, action="reply", replying_to=answered))


@pytest.mark.parametrize("reply, answered", [
    ("Vote for the party that best represents your values, just make sure you're registered!", "who should students vote for?"),
    ("the red team ❤️ they smashed the bake off", "who are you voting for in the SU awards?"),
    ("the party that the film soc threw was class", "is the campus any good?"),
])
def test_a_neutral_answer_or_no_vote_question_is_no_party(engine, reply, answered):
    assert "political" not in warned(check(engine, reply, action="reply", replying_to=answered))


@pytest.mark.parametrize("text", [
    "Debating Soc is out on the doorstep with the orange team this weekend 🧡 all welcome!",
    "Cartmel JCR says: don't let them back in 🔵❌ polls open 7am",
    "if research matters to you, don't hand the keys back to the blues on thursday 🔑",
    "massive congrats to our old captain, now the new MP for Lancaster & Wyre 🌹 so proud",
    "there's one candidate in Lancaster who actually turned up to campus. just saying 🟠",
    "the party that scrapped EMA doesn't deserve a single student vote 🗳️",
    "the lot in blue had 14 years to fix uni funding and didn't. remember that in the polling booth",
    "when the exit poll drops and it's a sea of yellow 🟡🟡 get in!!",
])
def test_campaigning_power_and_winners_shown_by_a_colour_are_political(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "keep the blue team away from the quiz trophy on thursday 😤",
    "congrats to our new MP for Lancaster & Wyre, visiting campus on friday to meet all the societies",
    "get out and vote on thursday 💙 polls open 7am",
    "sea of yellow at the charity colour run 🟡 well done everyone!",
])
def test_a_colour_team_or_an_mp_without_a_side_is_no_party(engine, text):
    assert "political" not in warned(check(engine, text))


def test_a_sabbs_own_role_is_not_a_union_election_that_excuses_a_party(engine):
    text = "as your sabb i won't tell you how to vote, but the blue lot tripled your fees. think on 🤔"
    assert "political" in warned(check(engine, text, role="officer", account="personal"))
    assert "political" not in warned(check(engine, "vote for your next sabbs! the red team manifesto is out 🔴"))


# -- App1 3.6: a student media volunteer's personal political post pointing to their own show (signal.media-output-tie)
# and App1 3.3: the portfolio's own words between 'as your' and the role ('as your Welfare & Community officer') ------

MEDIA_TIED = [
    "knocked doors for Labour all morning 🌹 I'll be talking about it on my LA1TV show tonight",
    "Reform are the only ones making sense on immigration, more on this in my column next week",
    "vote Green on Thursday!! and tune in to my show on Sunday for the full rundown 💚",
]
MEDIA_UNTIED = [
    "knocked doors for Labour all morning 🌹 now catching up on my favourite show",
    "vote Green on Thursday!! 💚",
]


@pytest.mark.parametrize("text", MEDIA_TIED)
def test_student_media_personal_politics_tied_to_own_show_is_app1_3_6(engine, text):
    answer = check(engine, text, role="student-media", account="personal")
    assert ("App1 3.6", "warning") in clauses(answer)


@pytest.mark.parametrize("text", MEDIA_UNTIED)
def test_student_media_personal_politics_without_own_show_is_a_note(engine, text):
    answer = check(engine, text, role="student-media", account="personal")
    assert "political" not in warned(answer)


def test_a_show_named_by_someone_not_in_student_media_is_no_media_tie(engine):
    answer = check(engine, MEDIA_TIED[0], role="volunteer", account="personal")
    assert ("App1 3.6", "warning") not in clauses(answer)


@pytest.mark.parametrize("text", [
    "as your Equality & Diversity officer I'm begging you, do not vote Reform",
    "speaking as ur new VP, vote Labour on the 4th 🌹",
])
def test_the_portfolio_between_your_and_the_role_ties_a_personal_post(engine, text):
    answer = check(engine, text, role="officer", account="personal")
    assert ("App1 3.3", "warning") in clauses(answer)


@pytest.mark.parametrize("text", [
    "Our Green Party candidate interview is up now. Conservative, Labour, Lib Dem and Reform interviews follow through the week.",
    "Interviews with the Labour, Conservative and Green candidates are on the site, one a day this week",
])
def test_a_series_of_interviews_with_every_party_is_balanced_coverage(engine, text):
    answer = check(engine, text, role="student-media", account="official")
    assert "political" not in warned(answer)


def test_an_interview_with_one_party_alone_still_warns(engine):
    answer = check(engine, "Our interview with the Green Party candidate is up now, vote Green on Thursday! 💚",
                   role="student-media", account="official")
    assert "political" in warned(answer)


@pytest.mark.parametrize("text", [
    "Lunchtime debate on the station: Lib Dems v Conservatives, head to head with equal airtime, send your questions in",
    "Labour Students and the Young Greens go head to head on tuition fees tonight, both sides get the same time 🎙️",
])
def test_two_parties_on_equal_terms_is_balanced_coverage(engine, text):
    answer = check(engine, text, role="student-media", account="official")
    assert "political" not in warned(answer)
    assert ("6.7", "info") in clauses(answer)


@pytest.mark.parametrize("text", [
    "Labour vs the Conservatives head to head tonight, and Labour won it easily: vote Labour on Thursday",
    "Labour and the Greens: only one of them is worth your vote 🌹",
])
def test_two_parties_without_equal_terms_or_with_a_call_to_vote_still_warn(engine, text):
    answer = check(engine, text, role="student-media", account="official")
    assert "political" in warned(answer)


# -- a person backed for a seat without a party's name (political.person-backed, -for-seat) ------------

PERSON_BACKED = [
    ("Vote Dr Funmi Adebayo in the county council elections on 7 May, a friend of this centre", "lancaster-university", "staff"),
    ("Polling day tomorrow: put your cross next to Sarah Whitfield if you care about students 🗳️", "lancaster-su", "volunteer"),
    ("Huge congrats to Joe Hartley MP on holding the seat last night!!", "lancaster-su", "volunteer"),
    ("Do not let this man anywhere near Westminster. Vote him out on the 4th.", "lancaster-university", "staff"),
    ("Whatever you do, don't let Mark Dobson anywhere near the council chamber again", "lancaster-su", "staff"),
    ("Station announcement: Bailrigg Radio is backing Priya Nandra for Lancaster & Wyre 📻", "lancaster-su", "student-media"),
    ("Our station is proud to endorse Tom Reeve for Morecambe and Lunesdale.", "lancaster-su", "student-media"),
]
PERSON_NOT_BACKED = [
    "Hustings for the Lancaster & Wyre seat in Great Hall tonight, every candidate invited",
    "vote for Jess Morgan in the SU elections on Thursday, best sabb candidate 🗳️",
    "Congrats to our rugby 1st XV on holding the league title last night!!",
    "Don't let this man near the kitchen again 😂 burnt the toast",
    "Vote Sam Green for Welfare Officer! Polling station in the Great Hall",
    "backing Jess Taylor for Food and Drink rep this year 🍕",
]


@pytest.mark.parametrize("text, org, role", PERSON_BACKED)
def test_a_person_backed_for_a_seat_is_political_from_an_official_account(engine, text, org, role):
    answer = check(engine, text, org=org, role=role, account="official")
    assert rules_of(answer) & {"political.person-backed", "political.person-backed-for-seat"}, answer["warnings"]


@pytest.mark.parametrize("text", PERSON_NOT_BACKED)
def test_union_contests_coverage_and_other_titles_back_no_candidate(engine, text):
    answer = check(engine, text, account="official")
    assert not rules_of(answer) & {"political.person-backed", "political.person-backed-for-seat"}, answer["warnings"]


def test_the_backed_persons_name_is_the_span(engine):
    answer = check(engine, "Vote Dr Funmi Adebayo in the county council elections", org="lancaster-university",
                   role="staff", account="official")
    assert spans_of(answer, "political.person-backed") == ["Dr Funmi Adebayo"]


# -- party politics spoken as the members' officer (branding.role-politics) ---------------------------

@pytest.mark.parametrize("text", [
    "Proud to be a Labour member AND your SU President. Both jobs are about fighting for you ✊",
    "Out leafleting for the Greens today and as your SU Education Officer I can tell you their fees policy is the only one",
    "As your SU Welfare Officer, I'll be knocking doors for Labour all weekend — come join me!",
])
def test_a_party_named_as_the_members_officer_is_branding_too(engine, text):
    assert {"branding", "political"} <= warned(check(engine, text, role="officer", account="personal"))


@pytest.mark.parametrize("text, org, role", [
    ("As LUSU President I'm backing Labour in this election and you should too.", "lancaster-su", "officer"),
    ("I work for Lancaster SU and I'm telling you: Labour are the only option.", "lancaster-su", "staff"),
    ("Trustee @ChesterSU 🧡 | Politics grad | Labour member | views my own", "chester-su", "trustee"),
])
def test_a_title_or_a_bio_fact_beside_a_party_is_political_only(engine, text, org, role):
    action = "profile" if "|" in text else "post"
    assert "branding" not in warned(check(engine, text, org=org, role=role, account="personal", action=action))


@pytest.mark.parametrize("text, org", [
    ("Thursday's the day. A cross for Daniel Okafor is a cross for cheaper buses and decent student housing ✅", "lancaster-su"),
    ("Honestly can't believe anyone would re-elect that man after what he did to the NHS. Kick him out 🗳️", "lancaster-university"),
])
def test_a_cross_on_the_paper_or_a_man_kicked_out_of_a_seat_is_political(engine, text, org):
    assert "political" in warned(check(engine, text, org=org, role="staff", account="official"))


@pytest.mark.parametrize("text", ["X marks the spot: a cross for the treasure hunt 🗺️",
                                  "kick him out of the group chat if he won't pay for the minibus 😂"])
def test_crosses_and_kicking_out_away_from_an_election_are_not_political(engine, text):
    assert "political" not in warned(check(engine, text, account="official"))


# -- Round twelve (set n): party societies side by side, and the union's neutrality beside its own manifesto ----

@pytest.mark.parametrize("text", [
    "Huge thanks to the Lib Dem and Labour societies for co-hosting a joint debate on tuition fees tonight",
    "Labour Students and the Lib Dem Society both run taster sessions this week; all of them are on the societies page",
])
def test_party_societies_set_side_by_side_are_balanced(engine, text):
    assert "political" not in warned(check(engine, text, role="staff", account="official"))


@pytest.mark.parametrize("text", [
    "Labour Society is the only one worth joining this freshers, vote Labour at the by-election",
    "Proud to join the Labour Party today, the Tories have failed students",
])
def test_a_party_backed_without_its_rival_society_still_warns(engine, text):
    assert "political" in warned(check(engine, text, role="staff", account="official"))


def test_a_neutrality_statement_beside_the_unions_manifesto_is_no_campaigning(engine):
    text = "The SU is politically neutral and doesn't endorse any party, but our own manifesto for students is out now"
    assert "political.campaigning" not in rules_of(check(engine, text, role="officer", account="official"))


def test_party_campaigning_without_a_neutrality_statement_still_warns(engine):
    text = "Read our manifesto and chip in today so we can win this seat"
    assert "political.campaigning" in rules_of(check(engine, text, role="officer", account="official"))


# -- Round thirteen: a bio's team beside the union's handle ties party work to the union ---

@pytest.mark.parametrize("text", [
    "Marketing @LancasterSU | Green Party member | out canvassing for our candidate on Saturdays",
    "Engagement @LancasterSU 💜 | Labour member | knocking doors for our candidate every weekend",
])
def test_party_work_tied_to_the_union_by_a_bio_or_role_warns(engine, text):
    answer = check(engine, text, org="lancaster-su", role="officer", account="personal")
    assert "political" in warned(answer)


def test_party_work_with_no_tie_to_the_union_is_a_note_only(engine):
    text = "Out canvassing for the Lib Dems in Bailrigg this weekend, anyone fancy it?"
    answer = check(engine, text, org="lancaster-su", role="officer", account="personal")
    assert "political" not in warned(answer)
