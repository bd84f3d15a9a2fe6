"""Professional conduct through the real engine, each frame both ways: disparaging the organisation
(its people as the subject of a judgement, conduct said of them, contempt written before them, praise
with an eye-roll or a hint of irony, scare-quoted claims), confidential business (labels alone; 'not
public til', 'keep it hush', 'between us' only with the organisation's business; sensitive business
only as an unannounced plan), other people's work (the creator unknown or 'not ours' when the post
names a work, taking only with an object), product promotion from official accounts (ad disclosures,
a brand or capitalised name with a product beside a promotion cue, guarded by the organisation's own
shop, tickets and charity fundraising), and answering journalists (an outlet asking for an interview
or a comment in the post replied to). None of these texts is in a labelled set; the warning cases
fail on the pack before these frames. Then precision on real tweets that are not about a union."""
from __future__ import annotations

import json

import pytest

from helpers import SHARED, staff_categories as categories

REALDATA = SHARED / "realdata"
CONDUCT = {"disparaging", "confidential", "copyright", "media", "commercial"}


# -- disparaging: the organisation or its people, their verb, a judgement right after it --------------

@pytest.mark.parametrize("text, org", [
    ("LUSU is an absolute shambles this term", "lancaster-su"),
    ("The sabbs are clueless about what students actually need", "lancaster-su"),
    ("Working at Lancaster SU is a nightmare, honestly", "lancaster-su"),
    ("our union is so badly run it's embarrassing", "chester-su"),
    ("The SU's new bar prices are a rip-off", "lancaster-su"),
    ("LUSU are a bunch of clowns", "lancaster-su"),
    ("Chester SU's management have been useless all year", "chester-su"),
    ("the leadership at LUSU is genuinely dire", "lancaster-su"),
])
def test_a_judgement_of_the_organisation_or_its_people_is_disparaging(engine, text, org):
    assert "disparaging" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "The SU bar is amazing, the bus home was a nightmare though",
    "Had an awful week but the SU advice team were brilliant",
    "The SU is great but my landlord is awful",
    "Thanks LUSU! The weather was awful though",
    "LUSU says landlords who ignore repairs are a disgrace",
    "Our landlord is useless, thank god for the SU advice team",
    "Management are useless, says every Arsenal fan",          # no union named: generic referents stay silent
    "Trump's State of the Union was a joke",                     # another union
    "The bus to campus was useless again, late for my SU shift",
])
def test_a_judgement_of_someone_else_is_not(engine, text):
    assert "disparaging" not in categories(engine, text)


# -- disparaging: conduct said of them, and contempt written before them ---------------------------

@pytest.mark.parametrize("text, org", [
    ("Chester SU management can't even organise a rota", "chester-su"),
    ("the exec at LUSU should all resign", "lancaster-su"),
    ("Lancaster SU management have made a complete mess of the elections", "lancaster-su"),
    ("The SU doesn't even listen to its own staff", "lancaster-su"),
    ("What a joke LUSU has become", "lancaster-su"),
    ("Incompetent management at the SU again", "lancaster-su"),
    ("restructure number three at LUSU. the worst-run place I've ever worked", "lancaster-su"),
])
def test_conduct_and_contempt_said_of_the_organisation_are_disparaging(engine, text, org):
    assert "disparaging" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "The SU team have done nothing but help me this year",
    "LUSU never let us down!",
    "I'm useless at this, the SU advice team saved me",
    "Useless bus again, late for my SU shift",
    "The worst-run place I've ever worked was a call centre",
])
def test_conduct_and_contempt_of_others_or_denied_are_not(engine, text):
    assert "disparaging" not in categories(engine, text)


# -- disparaging: praise turned by irony, and scare quotes ------------------------------------------

@pytest.mark.parametrize("text", [
    "Great job LUSU, another event cancelled last minute 🙄",
    "Thanks to the trustees for that decision /s",
    "Oh wow, the SU leadership team are truly visionary, closing the nightclub in freshers",
    "Great use of our money by the SU 👏",
    "Love that the SU 'consulted' us after deciding everything",
    "The SU 'supports' societies by charging them £50 a term",
])
def test_praise_with_a_sign_of_irony_is_disparaging(engine, text):
    assert "disparaging" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "Thanks LUSU for an amazing freshers week! 💜",
    "Shoutout to the SU team 👏👏",
    "Genius idea from the SU: free pizza in exam week 👏",
    "Yet another award for LUSU, well done team!",
    "Love how the SU always listens to students ❤️",
    "Monday again 🙄 see you all at the SU quiz",
    "Come to the SU's 'Meet the Sabbs' evening",
    "Shoutout to the SU for an awful lot of free pizza 👏",
])
def test_sincere_praise_is_not(engine, text):
    assert "disparaging" not in categories(engine, text)


# -- confidential ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Keep this to yourselves but the SU is closing the Base next term", "lancaster-su"),
    ("Heard the budget cuts aren't announced until Friday, 30 jobs going", "lancaster-su"),
    ("Between us, SMT are planning a restructure in January", "lancaster-su"),
    ("The new CEO hasn't been announced yet but it's Sarah from Leeds", "lancaster-su"),
    ("🤫 the trustees voted to sell the Sugarhouse", "lancaster-su"),
    ("Our NSS results are dreadful and not public until the summer", "lancaster-university"),
])
def test_information_said_to_be_secret_or_unreleased_about_business_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "honestly between us I'm so tired this week",
    "Between us and Leeds there's only one point in the league table!",
    "Don't tell me the bar is closing early again 😭",
    "The timetable isn't public yet but it's coming soon!",
    "It's not official yet but I got the job!!",
    "Keep it quiet in the library, exams are on",
    "another restructure at LUSU, another consultation where they've already decided",
    "Confidential, non-judgemental support: Nightline is open every night of term",
])
def test_secrecy_without_business_and_comment_on_what_is_public_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


# -- copyright --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("No idea who drew this but it's perfect for our poster", "lancaster-su"),
    ("Found this on Pinterest for the bake sale flyer", "lancaster-su"),
    ("not our photo, couldn't find the photographer", "leicester-su"),
    ("Can't remember where I found this meme 😂", "lancaster-su"),
    ("Used this track without permission, hope that's ok", "chester-su"),
])
def test_a_work_whose_creator_is_unknown_or_not_asked_is_copyright(engine, text, org):
    assert "copyright" in categories(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "No idea who made the rota but I'm on every Saturday 😭",
    "Not mine! Someone left their umbrella at the SU",
    "I got a measly 506 followers on Instagram",
    "He took my uncle's truck without permission",
    "Spending some quality time with my JuJu and Uncle Nick this weekend",
    "Photo not ours - used with permission from @jess_snaps",
])
def test_no_work_or_permission_given_is_not(engine, text):
    assert "copyright" not in categories(engine, text, role="volunteer", account="official")


# -- commercial: promotion from official accounts -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Use my code SOC10 for 10% off at Protein World",
    "#ad Loving the new Oatly range",
    "Try the new Grenade bar flavour, link in bio",
    "not sponsored but the new Wagamama menu is unreal, go go go",
    "obsessed with Glossier skincare rn, 15% off with the link in bio",
])
def test_promotion_of_a_product_from_an_official_account_is_commercial(engine, text):
    assert "commercial" in categories(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "Link in bio for ball tickets!",
    "Buy your ball tickets on the SU website 🎟️ £30 incl. 3-course meal",
    "Christmas jumpers on sale at the SU shop, £15 🎄",
    "Greggs vegan sausage rolls at our RAG bake sale - buy one today, all proceeds to charity",
    "Our sponsored walk for Mind is on Saturday - sponsor us!",
    "Half price cocktails at the Sugarhouse bar tonight",
    "Subway tile is the most popular material nowadays, give it a try",
])
def test_the_organisations_own_offers_and_fundraising_are_not(engine, text):
    assert "commercial" not in categories(engine, text, role="volunteer", account="official")


def test_promotion_is_for_official_accounts_only(engine):
    assert "commercial" not in categories(engine, "#ad Loving the new Oatly range", role="volunteer")


# -- media: answering a news outlet that asks for an interview or a comment ---------------------------

@pytest.mark.parametrize("replying_to, org", [
    ("Hi, I'm a producer at BBC Radio Lancashire - could you come on air tomorrow to talk about the rent strike?",
     "lancaster-su"),
    ("Lancaster Guardian here, would love your thoughts on the bar closure", "lancaster-su"),
    ("ITV Granada Reports: could we speak to someone about the job cuts this afternoon?", "lancaster-university"),
])
def test_answering_an_outlet_asking_for_words_is_media(engine, replying_to, org):
    assert "media" in categories(engine, "Sure, happy to, DM me", org=org, action="reply", replying_to=replying_to)


@pytest.mark.parametrize("replying_to", [
    "Did anyone watch the BBC doc on student housing last night? What did you think?",
    "Good luck with your interview tomorrow!",
    "Student radio is back on air tonight",
    "Anyone got a copy of the Guardian crossword?",
    "That reporter got the rent strike story so wrong",
])
def test_answering_anything_else_is_not(engine, replying_to):
    assert "media" not in categories(engine, "Sure, happy to, DM me", action="reply", replying_to=replying_to)


def test_passing_the_outlet_on_is_not(engine):
    assert "media" not in categories(engine, "Thanks - please email our press office, who handle media enquiries",
                                     action="reply", replying_to="Lancaster Guardian here, would love your thoughts")


# -- precision on the organisation's own everyday posts --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The SU bar is closed tonight for a private event, sorry folks!",
    "Our advice team are here to help if your landlord is being a nightmare 🏠",
    "Exams are awful, we know. The SU has free tea and biscuits in the library foyer all week",
    "Sick of bad landlords? LUSU's housing campaign needs you",
    "Huge thanks to the trustees for giving up their Saturday for the strategy day",
    "Budget consultation: tell us how the SU should spend your money next year",
    "The board has approved our new strategy - read it on our website",
    "Lost property: a blue umbrella left at the SU reception - not ours, come and claim it!",
    "Tickets for the Winter Ball are on sale now - book now before they sell out",
    "We're sorry the SU bar queues were a nightmare on Friday - we've added more staff",
    "Thank you to BBC Radio Lancashire for having our president on this morning!",
    "Cheers to the SU staff who kept the bar running through the snow ❄️ absolute legends",
    "Feeling useless? You're not. Talk to the SU wellbeing team any time",
])
@pytest.mark.parametrize("role, account", [("staff", "official"), ("volunteer", "official"), ("staff", "personal")])
def test_everyday_posts_about_the_organisation_warn_for_no_conduct(engine, text, role, account):
    assert not categories(engine, text, role=role, account=account) & CONDUCT


# -- precision on real text that is not about a union ---------------------------------------------------

@pytest.mark.parametrize("name, limit", [("uk-mp-tweets-2021.jsonl", 0), ("tweeteval-hate-val.jsonl", 2)])
def test_real_tweets_rarely_warn_for_conduct(engine, name, limit):
    """MPs' tweets and HatEval's are not about a students' union: as a staff member's personal posts and
    as an official account's, none of the conduct categories should warn on more than `limit` of them
    (HatEval's hits are pre-existing 'without permission'-style admissions)."""
    path = REALDATA / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [t for t in texts if t.strip()]
    hits = []
    for text in texts:
        for account in ("personal", "official"):
            found = categories(engine, text, account=account) & CONDUCT
            if found:
                hits.append((sorted(found), text[:100]))
                break
    assert len(hits) <= limit, hits


# -- the second blind set's mechanisms (2026-11-30b), each with texts of its own ------------------------
# Every warning case below found nothing on the pack before these frames (a1ef5d7).

@pytest.mark.parametrize("text, org, role", [
    # praise closed at once by an eye-roll, the referent in the sentence before; 🙃 is an eye-roll
    ("our print supplier sent the flyers to Leeds again. absolute legends 🙃", "lancaster-su", "staff"),
    ("Another 'brilliant' plan from our senior team, here we go", "chester-su", "staff"),     # scare-quoted praise
    ("Thanks LUSU, great communication as ever 🙃", "lancaster-su", "staff"),
    ("3 months to reply to one email. total joke of an organisation, LUSU", "lancaster-su", "volunteer"),
    ("our cleaning contractor served lunch at the SU open day and it was inedible", "leicester-su", "staff"),
    ("honestly we're letting our members down and the SU knows it", "chester-su", "staff"),  # no name needed
    ("we have failed societies all year", "chester-su", "staff"),
    ("Our new CEO is a complete fraud", "leicester-su", "officer"),                     # one word after 'our'
    ("our former president was a liar from day one", "leicester-su", "officer"),
    ("the people who run the SU bar are stupid", "lancaster-su", "staff"),
    ("The SU's president is a snake, don't believe a word he says", "lancaster-su", "staff"),  # a pronoun's 'says'
])
def test_second_blind_set_disparaging_frames(engine, text, org, role):
    assert "disparaging" in categories(engine, text, org=org, role=role)


@pytest.mark.parametrize("text", [
    "LUSU took three weeks to reply 🙄",                         # an eye-roll, no praise
    "Thanks LUSU for a lovely welcome week 💜",
    "The SU's 'Amazing Race' is back this Saturday",               # a capitalised title, not scare quotes
    "we failed the pub quiz at the SU again lol",
    "we're failing our exams at this rate",
    "LUSU bar crawl last night, feeling 🤢 today",
    "Our new CEO is brilliant, so glad she joined",
    "LUSU says landlords who ignore damp are a disgrace",
])
def test_second_blind_set_disparaging_frames_stay_silent(engine, text):
    assert "disparaging" not in categories(engine, text)


@pytest.mark.parametrize("text, org", [
    ("the union's confidential pay review document is doing the rounds, have a read", "lancaster-su"),
    ("Council papers marked confidential say the bar is closing", "leicester-su"),
    ("overheard in the trustee board meeting: they're about to shut down the nightclub", "leicester-su"),
    ("a little bird told me the trustees are about to sell the Sugarhouse", "lancaster-su"),
])
def test_second_blind_set_confidential_frames(engine, text, org):
    assert "confidential" in categories(engine, text, org=org, role="staff", account="official")


@pytest.mark.parametrize("text", [
    "Our confidential advice service is open all summer",
    "Restricted parking near the SU on Saturday",
    "overheard in the library: is the exam next week??",
    "a little bird told me it's your birthday 🎂",
])
def test_second_blind_set_confidential_frames_stay_silent(engine, text):
    assert "confidential" not in categories(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text, org", [
    ("Used a picture from the Lancashire Evening Post for our freshers page, nobody checks", "lancaster-su"),
    ("ripped this song off Spotify for our reel", "chester-su"),
    ("grabbed a shot from Getty Images for the poster, they won't notice", "leicester-su"),
    ("we've uploaded the whole Netflix series to our Drive for anyone who missed it",
     "lancaster-su"),
    ("scanned the whole textbook so you don't have to buy it", "leicester-su"),
])
def test_second_blind_set_copyright_frames(engine, text, org):
    assert "copyright" in categories(engine, text, org=org, role="staff", account="official")


@pytest.mark.parametrize("text", [
    "We used photos from our Instagram for the display",
    "Used the photo booth on Friday, it was in the Mercury",
    "Watch the whole documentary on BBC iPlayer tonight",
    "We've uploaded the full episode of our podcast",
    "I read the whole book in one night",
    "posting the full results of the vote tomorrow",
])
def test_second_blind_set_copyright_frames_stay_silent(engine, text):
    assert "copyright" not in categories(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text, expected", [
    ("This week's podcast is brought to you by Surfshark: head to the link in bio for 2 months free", True),
    ("Tonight's quiz is sponsored by Brewdog Lancaster, show your wristband for 10% off", True),
    ("Tonight's sunset brought to you by Mother Nature", False),
    ("Freshers Fair brought to you by LUSU, free entry", False),
    ("Careers week, in partnership with Lancaster University: free CV checks", False),
    ("Sponsored by Lancaster RAG, free entry, all proceeds to charity", False),
])
def test_second_blind_set_sponsor_read(engine, text, expected):
    assert ("commercial" in categories(engine, text, role="staff", account="official")) is expected


# -- the third blind set's mechanisms (2026-11-30c), each with texts of its own ------------------------
# Every warning case below found nothing on the pack before these frames (7190b27).

@pytest.mark.parametrize("text, org, role", [
    # the organisation's partners, staff and services named through it, with a superlative of failure
    ("Leicester SU's cleaning contractor does the worst job I've ever seen", "leicester-su", "staff"),
    ("the SU's events team puts on the most disorganised nights going", "chester-su", "officer"),
    # 'so-called', after 'our' (scare quotes allowed) or the organisation's name
    ("our so-called \"support\" team never answered once", "lancaster-su", "staff"),
    ("Chester SU's so-called welfare week was one poster", "chester-su", "staff"),
    # the organisation's own events mocked as flops
    ("LUSU launch night: zero turnout, again", "lancaster-su", "staff"),
    ("yet another Leicester SU social no one turned up to", "leicester-su", "officer"),
    # 'we' mocking the organisation, in a post that names it
    ("Leicester SU comms this week... we're honestly useless at communicating", "leicester-su", "staff"),
    # a name with 'll or 'd is the name
    ("LUSU'll be bankrupt by summer, the CEO is clueless", "lancaster-su", "trustee"),
    # praise for what members suffer: irony without an eye-roll
    ("Brilliant work Leicester SU, scrapping the late-night bus in exam season", "leicester-su", "staff"),
    ("thanks LUSU for yet another fee increase, really appreciated", "lancaster-su", "volunteer"),
    ("honestly the sabbs are out of their depth, LUSU deserves better", "lancaster-su", "staff"),
])
def test_third_blind_set_disparaging_frames(engine, text, org, role):
    assert "disparaging" in categories(engine, text, org=org, role=role)


@pytest.mark.parametrize("text", [
    "The SU's travel partner runs buses to every away game this term",
    "LUSU raised the most for the worst-affected families",
    "Our so-called friends from Leeds never showed up to the derby lol",
    "The so-called 'freshers flu' is doing the rounds, LUSU advice has tips",
    "LUSU quiz tonight! No one turned up last week so there's loads of pizza",
    "We're terrible at bowling but LUSU bowling night was so fun",
    "LUSU training day: we're not bad at this after all",
    "We hear you: the SU's bus partner ran the worst service this term, so we've changed it",
    "I'll be at LUSU later, they'd better have pizza",
    "Well done LUSU for fighting the closure of the library!",
    "Thanks LUSU, the bar closing party was brilliant",
    "If the SU bar's service has been poor, tell us and we'll fix it",
])
def test_third_blind_set_disparaging_frames_stay_silent(engine, text):
    assert "disparaging" not in categories(engine, text)


@pytest.mark.parametrize("text, org", [
    ("unredacted board papers from the last trustee meeting attached 👀", "lancaster-su"),
    ("here's the draft budget for next year, don't say I never share", "leicester-su"),
    ("the caterers asked us not to share their contract but here's the pricing anyway", "lancaster-su"),
    ("attaching the unapproved budget so you all know what's coming lol", "lancaster-su"),
    ("Here's the draft of the new strategy before the trustees have seen it", "leicester-su"),
])
def test_third_blind_set_confidential_frames(engine, text, org):
    assert "confidential" in categories(engine, text, org=org, role="officer", account="official")


@pytest.mark.parametrize("text", [
    "Draft minutes of the AGM are attached: have your say before Friday",
    "Approved minutes from Union Council are now on our website",
    "Here's the full list of this year's award winners!",
    "The bar is closed for a private function tonight 👀",
    "keep it private, DM me if you need the room code",
    "Draft agenda for the AGM is attached - add your motions by Friday",
    "Here's the budget for the society social, £5 each",
])
def test_third_blind_set_confidential_frames_stay_silent(engine, text):
    assert "confidential" not in categories(engine, text, role="officer", account="official")


@pytest.mark.parametrize("text, category", [
    ("Entire Glastonbury performance posted on our page so nobody misses it", "copyright"),
    ("whole new Beyoncé album uploaded to the society drive, enjoy", "copyright"),
    ("GIVEAWAY: follow @MonsterEnergyUK and share this post to win a crate!", "commercial"),
    ("Nike trainers are the only running shoes worth buying, trust me", "commercial"),
])
def test_third_blind_set_copyright_and_commercial_frames(engine, text, category):
    assert category in categories(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text, category", [
    ("Photo from our committee chat (posted with everyone's permission): 'who's got the keys?'", "copyright"),
    ("Screenshot from my notes app, plan for tonight", "copyright"),
    ("We've uploaded the full episode of our podcast", "copyright"),
    ("Follow @LancasterSU and tag a mate to win a hoodie!", "commercial"),
    ("Follow @LancsRAG to win a place on the charity skydive", "commercial"),
])
def test_third_blind_set_copyright_and_commercial_frames_stay_silent(engine, text, category):
    assert category not in categories(engine, text, role="staff", account="official")


@pytest.mark.parametrize("replying_to, expected", [
    ("Hi, I'm a reporter at the Lancashire Post - can we talk about the rent strike?", True),
    ("journalist here, saw your post about the cuts, could we chat?", True),
    ("I'm a journalist student, any tips for the dissertation?", False),
    ("I'm a journalism student, any tips for the dissertation?", False),
    ("Loved your thread on the restructure, can we talk at the SU tomorrow?", False),
])
def test_third_blind_set_a_journalist_saying_who_they_are_is_an_enquiry(engine, replying_to, expected):
    found = categories(engine, "Sure, happy to tell you everything", org="lancaster-university", role="staff",
                       action="reply", replying_to=replying_to)
    assert ("media" in found) is expected
