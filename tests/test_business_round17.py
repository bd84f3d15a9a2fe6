"""The seventeenth round's business mechanisms (political, branding, commercial, copyright) through the real engine,
each family both ways, with posts written for the family (none is a labelled set's case): a candidate backed by an
@handle; an invitation to a party's event accepted in a reply; a steer to one unnamed choice with a hint in words;
student media tied to a personal political post by the writer's editing or desk; the organisation's board spoken
for; the reader sent to where the official position is; an account opened for one's role; a page claiming the
organisation's backing (profiles only); a product line that 'dropped' at a shop; the writer's own trade plugged; a
film recorded at a screening and put up; a maker who does not know the work is used; a brand's mark traced; a stock
picture's watermark left on; copyright taught as a subject."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories


def official(engine, text, org="lancaster-su", role="volunteer", **kw):
    return categories(engine, text, org=org, role=role, account="official", **kw)


# -- political --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "polling day!! 🗳️ our committee is backing @PriyaK_Morecambe, she actually turned up for students",
    "we'll be out canvassing for @sam_okafor_green on the doorstep all weekend, join us 💚",
    "only one party has promised to freeze rents. draw your own conclusions 🗳️ #GE2024",
])
def test_political_handle_backed_and_hint(engine, text):
    assert "political" in official(engine, text)


@pytest.mark.parametrize("text", [
    "vote @sam_green for VP Welfare in the SU elections 🗳️",
    "Hustings tonight with all candidates: @jo_barrow and @cat_smith confirmed 🗳️",
    "polls open 7am 🗳️ only one rule: bring your photo ID, just saying",
])
def test_political_handle_look_alikes_stay_quiet(engine, text):
    assert "political" not in official(engine, text)


@pytest.mark.parametrize("reply, post", [
    ("count us in 🙌", "Reform UK Lancaster rally this sat, any societies want to come along?"),
    ("see you there!! 💚", "@LancasterSU come cheer on our Green Party candidate at the count tomorrow?"),
])
def test_party_event_accepted_in_reply(engine, reply, post):
    assert "political" in official(engine, reply, action="comment", replying_to=post)


@pytest.mark.parametrize("reply, post", [
    ("see you there!", "Labour vs Conservative debate tonight in the Great Hall, will you come?"),
    ("count us in 🙌", "Green Week swap shop on Saturday, any societies want a stall?"),
    ("we'll be there, thanks for the invite — as an SU we stay neutral but we'll ask about rent",
     "Hustings with every party on Thursday, will the SU come?"),
])
def test_party_event_look_alikes_stay_quiet(engine, reply, post):
    assert "political" not in official(engine, reply, action="comment", replying_to=post)


def test_student_media_desk_ties_personal_politics(engine):
    text = "personal news: I'm now doing socials for the Lib Dems 🔶 still editing the Bailrigg FM news bulletins tho, send me tips"
    assert "political" in categories(engine, text, role="student-media")
    assert "political" not in categories(engine, "personal news: I'm now doing socials for the Lib Dems 🔶", role="student-media")


# -- branding ---------------------------------------------------------------------------------------------

def test_board_spoken_for(engine):
    assert "branding" in categories(engine, "On behalf of the LUSU Trustees, we're appalled by this decision.", role="trustee")
    assert "branding" not in categories(engine, "on behalf of the board of our society, thanks for coming", role="trustee")


def test_reader_sent_to_official_position(engine):
    text = "Just my own take as a lecturer — for the University's position see the press office statement."
    assert "branding" not in categories(engine, text, org="lancaster-university", action="reply",
                                        replying_to="Is this the University's official view?")


def test_account_opened_for_role(engine):
    assert "branding" in categories(engine, "made a new insta for my role as Chester SU Welfare Rep 💙 follow @csu_welfare_jo",
                                    org="chester-su", role="volunteer")
    assert "branding" not in categories(engine, "new laptop for my role as Chester SU treasurer finally arrived 💻",
                                        org="chester-su", role="volunteer")


def test_backing_claimed_on_profiles_only(engine):
    bio = "Bailrigg FM 🎙️ Lancaster's student radio | endorsed by LUSU"
    assert "branding" in official(engine, bio, role="student-media", action="profile")
    assert "branding" not in official(engine, "Our RAG week is backed by LUSU this year 🎉", role="student-media")
    assert "branding" not in official(engine, "Bailrigg FM 🎙️ student-run radio | affiliated to LUSU | views our own",
                                      role="student-media", action="profile")


# -- commercial -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the new Labubu drop just landed at the Trafford Centre 😍 go go go",
    "i do nails from my flat on the side 💅 dm me to book, mates rates for members!",
    "plug for my own business: I make custom cakes, DM for rates 🎂",
])
def test_commercial_drop_and_own_trade(engine, text):
    assert "commercial" in official(engine, text)


@pytest.mark.parametrize("text", [
    "shameless plug for our RAG raffle, all proceeds to charity 🎟️",
    "If anything's worrying you about exams, message me, that's what your rep is for 💛",
    "my business module group meets Thursday, dm me if you want to join",
])
def test_commercial_look_alikes_stay_quiet(engine, text):
    assert "commercial" not in official(engine, text)


# -- copyright --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wicked review is live 🎬 and we've posted the opening number, filmed in the cinema on my phone",
    "Jess's photos from the gig are on our page 📸 she has no idea we're using them",
    "our new crest: the designer traced the Puma cat and swapped the colours 🐾",
    "quiz slides ready 🧠 every picture still watermarked lol",
])
def test_copyright_families(engine, text):
    assert "copyright" in official(engine, text)


@pytest.mark.parametrize("text", [
    "Fair use and copyright masterclass for the film society next Tuesday 🎬",
    "premiere of our own short at the cinema tonight, we filmed the Q&A and it's on our page",
    "she has no idea we're throwing her a leaving party, photos to follow 🎉",
])
def test_copyright_look_alikes_stay_quiet(engine, text):
    assert "copyright" not in official(engine, text)
