"""Confidential business and the press through the real engine, each family both ways, with posts
written for the family (none is a labelled set's case): insider knowledge put out with no word of
confidentiality (an internal source, a before-announcement cue, a secrecy cue, or a hint, with the
organisation's business as news), credentials, exam papers before they are sat, findings about a
person; telling a named outlet about the organisation, acting as an unnamed source, and answering an
outlet that says who it is. Chester SU's policy is silent on both, Leicester SU's on the press."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories


# -- an internal source with the organisation's business as news ----------------------------------------

@pytest.mark.parametrize("text, org", [
    ("heard in SLT today the bar's losing money hand over fist, 3 jobs on the line", "lancaster-su"),
    ("finance committee this arvo: income down 22% on last year 😬", "lancaster-su"),
    ("just out of the board meeting, they're closing the Sugarhouse in summer", "lancaster-su"),
    ("someone in HR told me there's a hiring freeze from january", "lancaster-university"),
    ("the all-staff email this morning says 12 posts are at risk", "lancaster-university"),
    ("per the SLT teams chat the new CEO starts in feb and it's the one from Sheffield SU", "lancaster-su"),
    ("our SU contact says they're scrapping the society grants pot next year", "leicester-su"),
    ("trustees meeting last night - we're £300k over budget", "lancaster-su"),
    ("Senate papers say languages and philosophy are both on the closure list", "lancaster-university"),
    ("in today's team meeting we got told the cafe's shutting in march lol", "lancaster-su"),
    ("my manager let slip that NSS satisfaction dropped to 61% this year", "lancaster-university"),
    ("found the redundancy list on the shared drive 💀", "lancaster-su"),
    ("internal email just landed: 2 departments merging and 30 posts going", "lancaster-university"),
    ("Heard from finance that the bar made a £60k loss this year 🫠", "lancaster-su"),
    ("HoD just told us the whole MA programme is being discontinued next year", "lancaster-university"),
    ("a little birdie in the SU says the sports budget is getting slashed 👀", "leicester-su"),
    ("exam board outcome: 12 students failed the year, list attached", "lancaster-university"),
    ("bar takings r down like 35% this term, heard it at the mgmt meeting", "lancaster-su"),
    ("dean told us today: FASS to merge with FST in 2027", "lancaster-university"),
    ("ULSU r about to cut all society funding by 20% apparently, found out at the exec mtg", "leicester-su"),
])
def test_business_heard_inside_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "Really enjoyed my first Board meeting as a student trustee. Lots to learn!",
    "Great board away day thinking about the next five years for students. Proud to be a trustee.",
    "Officer update: met the VC about library hours and chaired Union Council this week.",
    "Union Council votes Thursday on reforming the SU's democratic structures — read the motions and have your say 🗳️",
    "Board meeting minutes are now published on our website",
    "the shared drive is down again, anyone else?",
    "finance meeting at 2, send help ☕",
    "Annual Members' Meeting tonight 6pm 🗳️ any student can come and ask the board anything",
    "reminder: minutes from tonight are in the committee drive — pls don't screenshot them into other chats",
    "Heads up: someone's emailing staff pretending to be our CEO asking for gift cards",
    "Board meeting today: trustees approved our new 5-year strategy, read it on our website",
    "team meeting ran over again, why do we need 2 hours to talk about mugs 🙃",
    "Staff meeting today, we talked about the new rota. Cutting it fine for the Christmas party lol",
    "team meeting tonight, we need to cut down the setlist for the gig",
    "We've been told by the uni that library hours are being cut. We're fighting it — sign the petition",
    "our HoD said the new building opens in september, can't wait!",
    "The University has today announced a voluntary severance scheme. Read the VC's message here",
    "Budget meeting went well, thanks all for the prep 🙌",
])
def test_forums_and_channels_without_news_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


# -- before the announcement ------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("official announcement in jan but ULSU are dropping wednesday sports night", "leicester-su"),
    ("formal announcement next month: 40 academic posts are going", "lancaster-university"),
    ("Sneak peek 👀 at the new fee structure before Council signs it off next week!", "lancaster-university"),
    ("board confirms friday but the bar is closing, it's done", "lancaster-su"),
    ("they're announcing the cuts on monday so brace yourselves", "lancaster-su"),
    ("it goes to trustees next week but the sports budget is getting cut in half", "lancaster-su"),
    ("before anyone announces anything: the nightclub's being sold off", "lancaster-su"),
    ("announcement's due after reading week but the advice centre is moving off campus", "lancaster-su"),
    ("ok so the new VC is gonna be announced next week and it's NOT who you think 👀", "lancaster-university"),
    ("CEO's contract isn't being renewed, board decided last night, announcement tbc", "lancaster-su"),
])
def test_business_before_its_announcement_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "Big news 🎶 the Sugarhouse refurb starts in June, full details on our website now",
    "top secret announcement coming tomorrow... 👀 (it's the ball theme)",
    "We'll announce the Grad Ball venue on Friday, stay tuned!",
    "The results of the elections will be announced at 9pm in the Sugarhouse",
    "The exam timetable will be published next month on the student portal",
    "Union Council signs off the budget next week — come along, it's open to all",
])
def test_teasers_and_published_news_are_not(engine, text):
    assert "confidential" not in categories(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text", [
    "An inspection did happen in February. The report is sitting, unpublished, with the Home Office.",
    "The funding review is still unpublished by the government, months after it was due",
    "Ministers have kept the inspection report unpublished for a year",
])
def test_a_paper_central_government_holds_back_is_a_complaint_not_a_leak(engine, text):
    assert "confidential" not in categories(engine, text, role="staff", account="personal")


def test_the_organisations_own_unpublished_paper_is_still_confidential(engine):
    text = "EXCLUSIVE: we've got hold of the SU's unpublished draft staff restructure. Full document below."
    assert "confidential" in categories(engine, text, role="staff", account="official")


# -- secrecy cues and hints, with the business --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "budget's sorted: societies getting a 30% cut next year, u didn't hear it from me 🤐",
    "shhh 🤫 the uni is merging the two biggest faculties",
    "🤐 the union's about to lose its biggest sponsor",
    "keep my name out of it but the bar manager's been sacked",
    "mum's the word but the CEO is resigning in march",
    "can't say much but if you love the print shop… don't get too attached",
    "🤫 the Fylde bar's days are numbered",
])
def test_secrecy_or_a_hint_with_business_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "Secret Santa sign-ups close Friday 🎅 shhh it's a secret who you get!",
    "shhh 🤫 it's exam season, the silent floor is open 24/7",
    "don't tell anyone but I ate the whole cake at the staff party 🎂",
    "can't say much but it's going to be a great freshers 🎉",
    "can't talk about work stuff on here obvs but what a week 😮‍💨 wine time",
    "Don't get too attached to the sunshine, rain all week ☔",
])
def test_secrecy_without_business_is_not(engine, text):
    assert "confidential" not in categories(engine, text)


# -- credentials, exam papers, findings about a person -----------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Password for the shared marking drive is Lancs2026! if anyone needs it", "lancaster-university"),
    ("wifi password for the SU office is sugarhouse123", "lancaster-su"),
    ("the door code for the committee room is 4471 btw", "leicester-su"),
    ("login for the society insta: user lusu_hockey pw Hockey!2025", "lancaster-su"),
    ("pin for the safe is 2580", "lancaster-su"),
    ("access code for the building: 1984#", "lancaster-university"),
    ("pasting wednesday's stats resit paper here for my tutees, shhh 🤫📄", "lancaster-university"),
    ("here's next week's exam paper, good luck 😉", "lancaster-university"),
    ("the misconduct finding against last year's social sec is why the grant got rejected", "leicester-su"),
    ("forwarding jake's disciplinary letter so u all know why he's been kicked off committee", "leicester-su"),
    ("the grievance against our president was upheld btw", "lancaster-su"),
    ("Sam's suspended pending a disciplinary for the initiation thing", "lancaster-su"),
    ("the master login for the ticketing system is Lusu!2024", "lancaster-su"),
    ("here are the answers for friday's quiz, don't spread it", "lancaster-university"),
    ("not meant to post this yet but the new CEO is Jo Bloggs from Leeds", "lancaster-su"),
])
def test_credentials_papers_and_findings_are_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "We will never ask for your password.",
    "Phishing alert ⚠️ emails pretending to be from IT are going round.",
    "door code changed, ask reception for the new one",
    "the wifi is down until 2pm sorry",
    "strong passwords are 12+ characters: try three random words",
    "here's last year's exam paper for practice",
    "past papers for PSYC101 are on Moodle — get practising!",
    "The SU advice team can help if you're facing a disciplinary",
    "Know your rights: what happens at a disciplinary hearing? Read our guide",
])
def test_advice_practice_papers_and_no_values_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


def test_chester_is_silent_on_confidential_business(engine):
    assert "confidential" not in categories(engine, "heard in SLT today 3 jobs are going in the bar", org="chester-su")


# -- the press ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, role, account", [
    ("just got off the phone with the Guardian, gave them the whole story on the bar", "lancaster-su", "staff", "personal"),
    ("I spoke to the Lancashire Post this morning about the SU job cuts, should be out tomorrow", "lancaster-su", "officer", "personal"),
    ("The Tab asked what I think of the new SU president… I told them exactly what I think 😂", "lancaster-su", "volunteer", "personal"),
    ("re your email from the Mail — here's our statement on the SU cancelling the ball", "lancaster-su", "volunteer", "official"),
    ("been on the phone to the Manchester Evening News about the uni's redundancies", "lancaster-university", "staff", "personal"),
    ("happy to give you something on background about the CEO leaving, call me after 6", "lancaster-su", "trustee", "personal"),
    ("following up our call: attaching the restructure paper, please don't name me", "lancaster-university", "staff", "personal"),
    ("Gave the Lancaster Guardian a quote on the rent strike as VP Welfare 💪", "lancaster-su", "officer", "personal"),
    ("The Times Higher rang me about the FASS cuts, told them it's a disaster", "lancaster-university", "staff", "personal"),
    ("The Lancs Post rang, told them everything about the nightclub 🤷", "lancaster-su", "staff", "personal"),
    ("went on Radio Lancashire this morning to slag off the SU's new housing policy lol", "lancaster-su", "officer", "personal"),
    ("Told a journalist from the FT all about the uni's deficit 🙃", "lancaster-university", "staff", "personal"),
])
def test_telling_the_press_about_the_organisation_is_media(engine, text, org, role, account):
    assert "media" in categories(engine, text, org=org, role=role, account=account, action="message")


@pytest.mark.parametrize("text", [
    "Our President's on BBC Radio Lancashire at 8am, arranged with the comms team 📻 tune in",
    "I spoke to the Guardian about my research on coral reefs",
    "SCAN is recruiting news reporters ✍️ no experience needed",
    "Did you see the Guardian piece on the SU? They spoke to loads of students",
    "Media enquiries about today's announcement should go to the University press office 📞",
    "please don't name me in the group chat lol",
    "Thanks to BBC Radio Lancashire for featuring our charity cake sale! 🎂",
    "SCAN spoke to the SU president about the bar closure: full interview on our site",
    "I was on BBC Radio 4 today talking about my research on glaciers",
    "went on the Guardian website and apparently the SU is cutting the bar staff",
])
def test_the_press_without_the_speaker_briefing_it_is_not(engine, text):
    assert "media" not in categories(engine, text)


@pytest.mark.parametrize("replying_to", [
    "Hi, BBC Radio Lancashire here, could we grab you for a live chat tomorrow about the rent strike?",
    "Lancaster Guardian here — can anyone confirm the uni is closing its languages provision?",
    "I'm a freelancer writing for the Telegraph about the fire at the campus — could you help?",
    "Times Higher Education here - could you comment for a piece?",
])
def test_an_outlet_saying_who_it_is_makes_an_answer_media(engine, replying_to):
    assert "media" in categories(engine, "yes, happy to, what do you need?", action="reply", replying_to=replying_to)


def test_a_quote_taking_up_a_journalists_request_is_media(engine):
    asked = "Sky News producer: looking for Lancaster students to talk on camera about the cost of living. DM me!"
    assert "media" in categories(engine, "DMing you now, I can give you the union's view 👋", role="officer",
                                 action="quote", replying_to=asked)


@pytest.mark.parametrize("text, replying_to", [
    ("Thanks, I've passed your request to the University press office 🙏", "Hi, I'm from the Yorkshire Post, can I quote your thread?"),
    ("haha no we're the Press-Up Society 💪 training tues 6pm", "are you lot the press?"),
    ("no comment, sorry!", "Lancaster Guardian here, can anyone confirm the bar is closing?"),
    ("I'd rather not get involved, sorry", "BBC Radio Lancashire here — could we grab you for a chat about the SU cuts?"),
])
def test_passing_on_or_no_journalist_is_not(engine, text, replying_to):
    assert "media" not in categories(engine, text, action="reply", replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "Sorry, not something I can comment on. The SU's Chief Exec is the person to email.",
    "not something I'm able to comment on tbh, our CEO deals with press",
    "I'm not really in a position to comment - the comms lot are the right person to ask",
])
def test_declining_in_other_words_or_naming_the_person_to_ask_is_passing_on(engine, text):
    replying_to = "Journalist from The Tab — can you comment on the society ban?"
    assert "media" not in categories(engine, text, role="volunteer", action="reply", replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "honestly the ban is a joke, the committee never even met",
    "I'm not sure but I can comment - it's been chaos all term",
])
def test_answering_the_journalist_still_is_media(engine, text):
    replying_to = "Journalist from The Tab — can you comment on the society ban?"
    assert "media" in categories(engine, text, role="volunteer", action="reply", replying_to=replying_to)


def test_the_organisations_own_accounts_reporting_their_press_are_not(engine):
    text = "We spoke to BBC Radio Lancashire this morning about the SU's rent campaign, listen back here"
    assert "media" not in categories(engine, text, role="staff", account="official")
    assert "media" in categories(engine, text, role="staff", account="personal")


@pytest.mark.parametrize("org", ["leicester-su", "chester-su"])
def test_policies_silent_on_the_press_stay_silent(engine, org):
    assert "media" not in categories(engine, "just got off the phone with the Guardian, gave them the whole story on the SU",
                                     org=org)


# -- fifth round: families the sixth blind set missed, in posts written for each family ----------------

@pytest.mark.parametrize("text, org", [
    ("budget meeting today was grim, sugar's losing something like £80k a year apparently", "lancaster-su"),
    ("finance mtg: the bar lost about £40k last term 💀", "lancaster-su"),
    ("heard in the exec meeting the shop is down £15k on last year", "leicester-su"),
    ("my manager said the cafe's losing loads every month", "lancaster-su"),
    ("exam board results don't go live till friday but the pass rate for PHYS201 is 54% 😳", "lancaster-university"),
    ("exam board today: average mark for the dissertation module was 48 😬", "lancaster-university"),
    ("just out of the progression board, 30 of the first years failed", "lancaster-university"),
    ("sat on the board of examiners, grade boundaries got lowered by 10", "lancaster-university"),
    ("I've seen the contract: the new CEO's on £95k", "lancaster-su"),
])
def test_figures_and_outcomes_heard_inside_are_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("budget meeting today, I'm losing my mind 😂", "lancaster-su"),
    ("team meeting ran late, losing the will to live", "lancaster-su"),
    ("staff meeting then the quiz, we're losing to the uni team lol", "lancaster-su"),
    ("exam board this week so results out friday, good luck everyone!", "lancaster-university"),
    ("exam boards are done 🎉 results on the portal friday", "lancaster-university"),
    ("I've seen the contract for my flat, bills included yay", "lancaster-su"),
])
def test_meetings_without_inside_news_are_not(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "two staff walked out and the audit flagged cash going missing from the tills. can't say more 🤐",
    "the bar manager's been sacked. you didn't hear it from me",
    "they're closing the print shop in june. that's all I can say 🤐",
    "Sugar's being sold off. I've said too much 🙊",
    "3 jobs are going in the advice team. delete after reading",
    "🤐 not saying anything. But the CEO resigned yesterday.",
])
def test_news_with_a_told_too_much_cue_in_another_sentence_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "can't say more 🤐 but freshers is going to be huge",
    "🤐 the surprise party is on friday. don't tell him",
    "can't say more, the final result speaks for itself. what a match",
])
def test_a_told_too_much_cue_without_business_news_is_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text", [
    "pasting the SU's internal risk assessment for the ball here so u can all see what they're worried about lol",
    "here's the internal incident report from saturday 👀",
    "attached: draft staff survey results, enjoy",
    "sending you the closed business case for the new bar",
    "screenshotting the confidential HR investigation report lol",
])
def test_internal_papers_of_any_kind_put_out_are_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "here's our risk assessment template for societies, fill it in before your event",
    "Draft policy is attached - have your say before Friday",
    "sharing the event plan for the ball, see below",
])
def test_templates_consultations_and_plans_for_members_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text", [
    "the freshers headliner is a proper big DJ 🤭 it's not announced for 2 weeks but I've seen the contract 👀",
    "isn't public for another month but they've signed the new sponsor",
    "won't be announced for a few weeks but the bar refurb contract's gone to the cheapest bid",
])
def test_business_not_public_for_a_while_yet_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "the lineup won't be announced for 2 weeks, stay tuned 👀",
    "not announced for a while but I'm so excited for freshers!",
])
def test_a_wait_without_business_is_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("replying_to", [
    "@ProfJKhan hi, I'm with the Yorkshire Post - can we use your tweet about the uni's AI policy in tomorrow's paper?",
    "Hi Sam, Lancashire Post here, mind if we use your photo of the protest in our story?",
    "hiya, I work at the Manchester Evening News — ok to embed your video in our piece on the strike?",
    "I'm a producer with BBC North West, could we feature your thread on tonight's programme?",
    "Hey, we're with LancsLive — would you be happy for us to run your pictures with credit?",
])
def test_saying_yes_to_an_outlet_that_asks_to_publish_ones_post_is_media(engine, replying_to):
    assert "media" in categories(engine, "yes go for it 👍", org="lancaster-university", action="reply",
                                 replying_to=replying_to)


@pytest.mark.parametrize("replying_to", [
    "can we use your photo for the society newsletter?",
    "loved your tweet, mind if I use it in my dissertation?",
    "I'm with the hockey club, can we use your pics for our insta?",
])
def test_saying_yes_to_anyone_else_who_asks_to_use_a_post_is_not(engine, replying_to):
    assert "media" not in categories(engine, "yes go for it 👍", org="lancaster-university", action="reply",
                                     replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "heard the bar staff are all getting zero hours contracts from jan, management are keeping it quiet",
    "the SU got a letter from the charity commission last week 👀 can't say what about",
    "trustees voted last night to close the nightclub. it'll be announced in feb",
    "someone in finance said the union is running out of money by march",
    "saw the draft budget on someone's desk, societies getting half what they got last year",
    "apparently the uni is selling off the grad college site, my boss mentioned it",
])
def test_more_ways_of_telling_inside_news(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "Mental Health Awareness Week: talk to us at the advice centre, it's confidential",
    "honestly can't say more than how proud I am of the team 🥹",
    "my boss mentioned she's off to Spain next week, jealous",
])
def test_services_pride_and_small_talk_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text, org", [
    ("a reporter from the Lancs Post rang me about the bar closure, gave her a few quotes 🤷", "lancaster-su"),
    ("the Tab messaged asking about the SU election scandal so I told them everything lol", "lancaster-su"),
    ("BBC want me on tomorrow to talk about the uni cuts, obviously said yes", "lancaster-university"),
])
def test_quotes_to_one_reporter_and_agreeing_to_go_on_are_media(engine, text, org):
    assert "media" in categories(engine, text, org=org, role="officer")


@pytest.mark.parametrize("text", [
    "the Guardian's piece on student housing is brilliant, give it a read",
    "listening to Radio Lancashire in the car, love this song",
    "our press office will be talking to the BBC about the strike at 3",
])
def test_reading_listening_and_the_press_office_are_not_media(engine, text):
    assert "media" not in categories(engine, text, role="officer")


# -- seventh round, precision: a service helping in confidence and papers kept confidential are no leak ---

@pytest.mark.parametrize("text, org", [
    ("Please contact the Student Wellbeing team on 01524 592 888 — they'll be able to help in confidence 💛",
     "lancaster-university"),
    ("Our advisers can talk things through in confidence, book a slot online", "lancaster-su"),
    ("worried about a housemate? you can speak to someone in confidence at the Advice Centre", "leicester-su"),
    ("the Report + Support team will listen in confidence", "lancaster-university"),
    ("struggling? our welfare officer can support you confidentially", "lancaster-su"),
])
def test_a_service_offering_help_in_confidence_is_no_marking(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org, account="official")


@pytest.mark.parametrize("text", [
    "Long but productive board meeting tonight. Papers stay confidential but minutes will be published in the usual way 📄",
    "board papers remain confidential, the summary goes on the website next week",
    "survey responses will be kept confidential, please fill it in!",
    "the documents stay confidential but we'll publish the outcome in May",
    "Good Finance Committee - the papers themselves will remain confidential, minutes out soon",
])
def test_papers_said_to_stay_confidential_keep_confidence(engine, text):
    assert "confidential" not in categories(engine, text, role="trustee")


@pytest.mark.parametrize("text", [
    "my manager told me in confidence that the bar is closing in June",
    "was told this in confidence but the SU is cutting 10 jobs",
    "someone said in confidence the CEO is leaving 👀",
    "papers from tonight's board (confidential minutes) say the bar is losing £60k",
    "this is confidential but we're closing the nightclub",
    "the minutes stay confidential but between us, 3 jobs are going",
])
def test_confidences_told_or_labelled_still_warn(engine, text):
    assert "confidential" in categories(engine, text, role="trustee")


# -- sixth round: the press in any case, by @handle, contacted or going round comms ----------------------

@pytest.mark.parametrize("text, org", [
    ("had the lancs post on the phone about the rent strike, said the uni's been useless tbh", "lancaster-university"),
    ("bbc radio lancashire rang, i'm going on at 7:40 to talk about the SU cuts", "lancaster-su"),
    ("Interview with @LancasterGuardian just went live, my take on the uni's redundancies 👇", "lancaster-university"),
    ("sky news emailed me about our pride event. told them exactly what i think 😬", "lancaster-su"),
    ("spoke to look north this morning about the strike on behalf of the union, airs at 6", "lancaster-su"),
    ("a journalist from the daily mail messaged asking about the protest on campus, sent her my thoughts", "lancaster-university"),
    ("Hi Sarah, re your THE piece — happy to give you a quote on the uni's new AI policy, feel free to name me", "lancaster-university"),
    ("being interviewed by itv granada tmrw about the ball fiasco, representing the SU 🎤", "lancaster-su"),
])
def test_an_outlet_in_any_case_or_by_handle_briefed_is_media(engine, text, org):
    assert "media" in categories(engine, text, org=org, role="officer", action="message")


@pytest.mark.parametrize("text, org", [
    ("radio lancs want someone from the union on tomorrow, said yes. not going through comms this time", "lancaster-su"),
    ("quoted in @LancsLive on behalf of the SU 🙌 didn't run it past comms but hey", "lancaster-su"),
    ("the Tab are running my comment on the cuts tomorrow, comms don't know yet 🙈", "lancaster-su"),
    ("doing ITV News at 6 about the job losses, didn't bother checking with the press office", "lancaster-university"),
])
def test_dealing_with_an_outlet_round_comms_is_media_from_any_account(engine, text, org):
    for account in ("personal", "official"):
        assert "media" in categories(engine, text, org=org, role="staff", account=account)


@pytest.mark.parametrize("text", [
    "Our President's on bbc radio lancashire at 8am, arranged with the comms team 📻 tune in",
    "didn't run it past comms so the poster's coming down, sorry all",
    "Reminder: all press enquiries go through comms. If the BBC or the Tab get in touch, tell the press office",
    "Did you see the Guardian piece on the SU? They spoke to loads of students",
    "watching sky news about the election, mad night",
    "I was interviewed on Radio 4 about my research on flood defences, listen back here",
    "read the daily mail's take on students today, what a joke of a paper",
    "the tab at the SU bar was £40 last night 💀",
    "Thanks for getting in touch — please contact our press office at press@lancaster.ac.uk",
])
def test_the_press_handled_read_or_a_bar_tab_are_not_media(engine, text):
    assert "media" not in categories(engine, text, org="lancaster-su", role="officer")


@pytest.mark.parametrize("text, replying_to", [
    ("yes! I'm on Activities Committee so I can speak for the union, call me anytime 📞",
     "Hi, researcher for itv granada — we're covering the SU funding row. Could you speak on behalf of the union?"),
    ("happy to, ring me after 5",
     "hi, I'm doing a piece on the Lancaster redundancies for the conversation — would you talk to me?"),
])
def test_taking_up_a_request_from_a_researcher_or_a_piece_in_the_making_is_media(engine, text, replying_to):
    assert "media" in categories(engine, text, org="lancaster-su", role="volunteer", action="reply",
                                 replying_to=replying_to)


# -- sixth round: not public yet said any way, secrecy cues, business as any move, results ----------------

@pytest.mark.parametrize("text, org", [
    ("nobody's supposed to know yet but the sabbs are getting a 10% pay cut from august", "lancaster-su"),
    ("not really meant to say but the welfare team is being halved in april", "lancaster-su"),
    ("comms haven't put anything out yet but the chaplaincy centre is shutting", "lancaster-university"),
    ("trustees agreed to pull out of NUS last nite. nobody's been told and it hasn't gone to council yet", "leicester-su"),
    ("official line comes out in jan but 4 more school closures got signed off this morning", "lancaster-university"),
    ("comms won't say til next week but the summer ball is cancelled cos of money", "lancaster-su"),
    ("leaked: uni wants to raise hall rents by 9%", "lancaster-university"),
    ("the internal pricing review agreed +15% from September. not public yet", "lancaster-su"),
])
def test_business_not_yet_public_in_any_wording_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("bar prices going up 20p a pint after easter, was in the pricing meeting. keep schtum", "lancaster-su"),
    ("hearing the uni won't renew the cleaning contract, keep it to urself", "lancaster-university"),
    ("the raise for sabbs got voted down in closed session, can't go into it", "lancaster-su"),
    ("the advice centre manager has been suspended. please don't share", "lancaster-su"),
    ("she was disqualified over a misconduct case and she's off on stress leave, can't really say more", "lancaster-su"),
    ("our department's getting rolled into PPR next year, found out in the staff meeting today 🙃", "lancaster-university"),
    ("the redundancy consultation list has 14 names on it. dont tell anyone i said", "lancaster-university"),
    ("was in the closed bit of board today. we're gonna be £200k short next yr", "leicester-su"),
])
def test_business_with_a_secrecy_cue_or_an_inside_source_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "the grad ball headliner is Rudimental!!! we're not meant to announce till thurs but i'm too excited",
    "Maya won pres by 40 votes, count finishes officially at 9 so act surprised",
    "guess who's headlining freshers 👀 it's Sigala. not announced yet shhh 🤐",
])
def test_a_result_or_line_up_told_before_its_announcement_is_confidential(engine, text):
    assert "confidential" in categories(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text, org", [
    ("the headliner isn't announced yet but it's going to be huge, stay tuned 👀", "lancaster-su"),
    ("Summer ball line-up reveal coming next week 👀 all will be revealed", "lancaster-su"),
    ("Congratulations to Maya who won president by 40 votes! Full results on our website", "lancaster-su"),
    ("I'm not allowed to say who got who in secret santa, shhh 🤫🎁", "lancaster-su"),
    ("i'm not supposed to eat after 8 but the pizza was calling 🍕", "lancaster-su"),
    ("Fees for 2026 entry are published on the course pages", "lancaster-university"),
    ("The University has announced changes to the foundation year. Read the full statement on the portal",
     "lancaster-university"),
    ("We're hiring! New Ents Manager role is now live on our website", "lancaster-su"),
    ("Our trustees have agreed the new strategy — read it on our website and have your say", "lancaster-su"),
    ("the cuts to the arts are a disgrace, write to your MP", "lancaster-university"),
    ("shhh it's a surprise party for Jess on friday, don't tell her!!", "leicester-su"),
    ("Need to talk? The Wellbeing team offer confidential support, book online", "lancaster-university"),
])
def test_teasers_published_news_and_small_secrets_are_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "sneak peek 👀 here's the PSYC201 exam paper for the summer, don't tell anyone who sent it",
    "got a copy of january's stats exam paper, dm me 🤫",
])
def test_an_exam_paper_for_a_sitting_named_by_season_or_month_is_confidential(engine, text):
    assert "confidential" in categories(engine, text, org="lancaster-university")


@pytest.mark.parametrize("text, org", [
    ("psst the union's selling the minibuses, dont say i told u", "leicester-su"),
    ("the SU made a loss on freshers for the first time. finance would kill me for posting this", "lancaster-su"),
    ("Heard from my line manager the whole events team is being restructured. Not a word ok", "lancaster-su"),
    ("hint hint: the bar you love is getting knocked down 🫢 can't say which", "lancaster-su"),
    ("sneaky look at the draft timetable of job cuts for the library 👀 (don't ask how I got it)", "lancaster-university"),
])
def test_what_telling_would_cost_or_how_it_was_got_is_a_secrecy_cue(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Bar prices are going up by 10p from January, sorry folks, full price list on our website", "lancaster-su"),
    ("please don't share your Moodle login with anyone, IT will never ask for it", "lancaster-university"),
    ("Gemma is leaving us after 8 years 😭 come to her leaving do on friday!", "lancaster-su"),
    ("Tickets are 20% less if you buy before friday 🎟️", "lancaster-su"),
    ("Nobody's supposed to know I cried at the graduation ceremony but here we are 🥹", "lancaster-university"),
    ("Not a word from management about the redundancies. Shameful.", "lancaster-university"),
    ("the new head of department starts in jan, welcome Prof Ahmed!", "lancaster-university"),
    ("Staff survey closes Friday - your answers are confidential, please fill it in", "lancaster-university"),
])
def test_public_prices_farewells_and_complaints_of_silence_are_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


def test_an_outlet_wanting_someone_on_and_the_speaker_doing_it_is_media(engine):
    text = "LBC want a student view on the union's free speech row, I'm doing it at 10 🎙️"
    assert "media" in categories(engine, text, role="officer")


# -- a fate told by a hint, with the name held back (seventh round) --------------------------------------

@pytest.mark.parametrize("text, org", [
    ("no names but someone very senior in student services is being quietly moved on. you didn't get that from me",
     "lancaster-university"),
    ("all I'm saying is our head of finance might want to dust off her linkedin 😶", "lancaster-su"),
    ("wont say who but 2 of the sabbs are getting investigated over expenses 👀", "lancaster-su"),
    ("let's just say the new VC's first big decision won't go down well with the library staff, a lot fewer staff by summer",
     "lancaster-university"),
    ("can't say much but expect a LOT fewer staff in the advice centre next term", "lancaster-su"),
    ("a certain director is getting the boot, I'll leave it there", "leicester-su"),
    ("naming no names but one of our managers won't be in post after easter 🫣", "lancaster-su"),
    ("suffice to say the comms team is about to get a reshuffle", "leicester-su"),
])
def test_a_fate_told_while_the_name_is_held_back_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("can't say who sent me flowers but whoever you are, thank you 💐", "lancaster-su"),
    ("all I'm saying is the people who leave their trays in the café need to sort it out", "lancaster-su"),
    ("not naming anyone but the person who keeps stealing my oat milk from the staff fridge is on thin ice",
     "lancaster-su"),
    ("Our new Chief Executive, Dr Amina Shah, starts on Monday - welcome to the team!", "leicester-su"),
    ("let's just say I won't be around for the 9am tomorrow 😂", "lancaster-university"),
])
def test_held_back_names_without_a_fate_and_announced_news_are_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


# -- someone placed inside, and a forum circulating ------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("friend who works in payroll reckons there's a pay freeze coming for all support staff", "lancaster-university"),
    ("someone in comms let slip that the nightclub is shutting for good after easter", "lancaster-su"),
    ("SLT emailed managers this morning: recruitment freeze across every department from January", "lancaster-university"),
    ("mates in estates say the chaplaincy centre is getting flattened next summer", "lancaster-university"),
    ("saw the org chart on the shared drive and the whole events team has vanished from it lol", "lancaster-su"),
])
def test_someone_placed_inside_telling_the_business_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("my mate in finance owes me a tenner and keeps dodging me 😂", "lancaster-university"),
    ("my friends at the uni are all moaning about the fees again", "lancaster-su"),
])
def test_friends_inside_with_no_business_are_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


# -- clues to a line-up or a result --------------------------------------------------------------------

@pytest.mark.parametrize("text, org, role", [
    ("hint for the summer ball: the headliner's name starts with a K and they were on love island 🏝️", "lancaster-su", "officer"),
    ("not allowed to say who won the society awards yet but the winner's initials are J.P. 🏆", "leicester-su", "volunteer"),
    ("guess who's playing the winter ball 👀 anagram of 'sky ray lion'", "lancaster-su", "volunteer"),
])
def test_a_clue_to_who_plays_or_won_is_confidential(engine, text, org, role):
    assert "confidential" in categories(engine, text, org=org, role=role, account="official")


@pytest.mark.parametrize("text", [
    "hint: our next giveaway involves free pizza 🍕 follow to find out more",
    "Congratulations to this year's society award winners! Full list on the website 🏆",
    "initials carved on the bench outside Bowland - anyone know who C.B. is? ❤️",
    "Guess who's headlining? hint coming tomorrow 👀",
])
def test_giveaways_published_winners_and_teasers_without_a_clue_are_not_confidential(engine, text):
    assert "confidential" not in categories(engine, text, role="volunteer", account="official")


# -- a draft shared before its sign-off ------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("sharing the draft access agreement early - it hasn't been ratified by the board yet so pls keep it to this group",
     "lancaster-university"),
    ("first look at next year's proposed rent levels, pending sign-off at the trustee board on thursday", "lancaster-su"),
    ("provisional timetable for the new term attached, still awaiting Senate approval", "lancaster-university"),
])
def test_a_draft_before_its_sign_off_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Draft minutes from the Student Council meeting are on our website - comments welcome before approval at the next meeting",
     "lancaster-su"),
    ("The board approved the new strategy today - read it in full on our website", "lancaster-university"),
    ("pending approval from the SU, our trip to Berlin is ON 🇩🇪 draft itinerary in the group chat", "lancaster-su"),
    ("Proposed budget for 2026/27 is open for consultation until 1 March - have your say", "lancaster-su"),
])
def test_drafts_out_for_consultation_or_awaiting_no_deciding_body_are_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


# -- talking to the press, and offering it a story (seventh round) ----------------------------------------

@pytest.mark.parametrize("text, org, action, replying_to", [
    ("been chatting to a researcher from Newsnight about the halls situation, they might film on campus next week",
     "lancaster-university", "post", None),
    ("met up with a Tab writer yesterday and spilled everything about the elections scandal lol", "lancaster-su", "post", None),
    ("to the journo asking about the bar closures: check your DMs, I've sent you the internal emails 😉",
     "lancaster-su", "post", None),
    ("hey, are you the guy who writes for the Lancaster Guardian? I've got a story about the SU elections you'll want to hear",
     "lancaster-su", "message", None),
    ("Hi Tom, following up on our call - here's the background on the redundancies, please don't attribute it to me",
     "lancaster-su", "message", None),
])
def test_talking_to_or_offering_a_story_to_the_press_is_media(engine, text, org, action, replying_to):
    assert "media" in categories(engine, text, org=org, action=action, replying_to=replying_to)


@pytest.mark.parametrize("text, org, action, replying_to", [
    ("sorry, I'd rather not - maybe try the SU's press team?", "lancaster-su", "reply",
     "Hi, I'm a reporter at BBC Lancashire, does anyone have photos of the flooding on campus?"),
    ("Did you see the Guardian piece on the SU? They spoke to loads of students", "lancaster-su", "post", None),
    ("had a lovely chat with my nan about her time at uni in the 70s", "lancaster-university", "post", None),
    ("my friend writes for the Tab and her article on dating apps was hilarious 😂", "lancaster-su", "post", None),
    ("Loved the Newsnight piece on university funding last night, so well researched", "lancaster-university", "post", None),
])
def test_redirects_reading_the_press_and_friends_in_it_are_not_media(engine, text, org, action, replying_to):
    assert "media" not in categories(engine, text, org=org, action=action, replying_to=replying_to)


def test_the_organisations_business_given_to_a_reporter_on_the_record_is_confidential_too(engine):
    answer = categories(engine, "yeah it's money tbh, the SU is strapped for cash. you can use my name", action="reply",
                        replying_to="Hi, I'm a reporter at the Lancashire Post - why are the SU bars shutting early?")
    assert {"media", "confidential"} <= answer


# -- round eight: a recruitment in progress told from inside ---------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("only 2 applicants for the head of finance post and one of them is the current deputy lol", "lancaster-su"),
    ("the interviews for the new dean are tomorrow, the internal candidate is a dead cert apparently", "lancaster-university"),
    ("shortlist for general manager is out, one's from Sheffield SU and they've picked her already", "leicester-su"),
])
def test_an_unannounced_recruitment_told_from_inside_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "We're recruiting a Head of Finance – applications close Friday, details on our website",
    "got shortlisted for a job at the council!! interview friday, wish me luck",
    "Meet the candidates for union president at hustings tonight in the Great Hall",
])
def test_adverts_own_applications_and_election_candidates_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


# -- round eight: credentials written as user and password, codes for a place, exam content hinted ------

@pytest.mark.parametrize("text, org", [
    ("society canva credentials: treasurer@soc / Quiz2026! – don't change it pls", "lancaster-su"),
    ("code to the kit cupboard is 1984* if you need the bibs", "leicester-su"),
    ("the admin log in is chairs_acc pass: Rowing!44", "lancaster-su"),
    ("PHYS102 finals: section C is all about optics 😉 you're welcome", "lancaster-university"),
    ("won't say much but q2 on tuesday's paper is on the Krebs cycle 🤫", "lancaster-university"),
    ("the padlock on the boathouse is 7391, lock it after you pls", "lancaster-su"),
])
def test_credentials_and_exam_hints_are_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "use code FRESHERS10 for 10% off hoodies at the shop",
    "the exam was grim, q2 was all about the Krebs cycle 😭",
    "module code for the exam is PHYS102, check your timetable 👀",
    "past papers are on the library site 😉 section C is usually on optics",
])
def test_discount_codes_past_exams_and_past_papers_are_not(engine, text):
    assert "confidential" not in categories(engine, text, org="lancaster-university")


# -- round eight: an instruction passed down, or a closed body's real view, told to a journalist ---------

@pytest.mark.parametrize("text, replying_to", [
    ("yeah the school's been told to find £2m of savings by summer", "Hi, Times Higher Education here - is it true Lancaster is making cuts?"),
    ("I can tell you what the trustees really think about the merger, call me", "Lancaster Guardian newsdesk here: can you confirm the SU is merging its bars?"),
])
def test_inside_business_told_to_a_journalist_is_confidential_and_media(engine, text, replying_to):
    got = categories(engine, text, org="lancaster-university", action="reply", replying_to=replying_to)
    assert {"confidential", "media"} <= got


# -- round eight: a journalist checking a story or looking for people, and taking a story to the press ---

@pytest.mark.parametrize("replying_to", [
    "Lancashire Live newsdesk: anyone at the Bowland flood this morning? would love to hear from you",
    "I'm on the Guardian's politics desk — is it true the SU president resigned?",
    "ITV Granada are looking to speak to students affected by the rent rise, anyone willing to talk?",
])
def test_a_journalist_checking_a_story_makes_an_answer_media(engine, replying_to):
    assert "media" in categories(engine, "me! I was there, drop me a message", action="reply", replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "we took it to the Tab in the end, the SU wouldn't listen to us about the ball",
    "might go to the local paper about how the union treated our society tbh",
])
def test_taking_the_organisations_business_to_the_press_is_media(engine, text):
    assert "media" in categories(engine, text, role="volunteer")


@pytest.mark.parametrize("text, replying_to", [
    ("yes, it's open till 2am tonight!", "is it true the library is open all night now?"),
    ("no comment, sorry – please contact the press office", "Is it true the SU president resigned? I'm with the Guardian"),
])
def test_a_friend_checking_or_a_redirect_is_not_media(engine, text, replying_to):
    assert "media" not in categories(engine, text, action="reply", replying_to=replying_to)


# -- round eight: letters about to land, and a unit told to drop or save, heard inside -------------------

@pytest.mark.parametrize("text, org", [
    ("at-risk letters for the shop are being sent monday, heard from HR, at least 3 are going", "lancaster-su"),
    ("our HoD says the school has been told to drop two programmes to save money", "lancaster-university"),
])
def test_letters_about_to_land_and_instructions_heard_inside_are_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "Our statement on the restructure is now on our website: read more here",
    "drop in to the Advice Centre any time this week, we're here to help",
])
def test_published_statements_and_drop_ins_are_not_confidential(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text, org", [
    ("the catering contract is going to Sodexo, papers not signed yet so keep schtum", "lancaster-su"),
    ("first look at the SU rebrand 👀 not announced till next month, keep it to yourselves", "leicester-su"),
])
def test_an_unsigned_contract_or_a_rebrand_before_launch_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "going to the Lancashire Post's awards do tonight with the SU team, wish us luck 🏆",
    "went to the BBC event on student mental health at the union, really good panel",
])
def test_going_to_an_outlets_event_is_not_media(engine, text):
    assert "media" not in categories(engine, text, role="volunteer")


def test_a_code_after_a_comma_is_still_a_credential_and_a_service_kept_confidential_is_not(engine):
    assert "confidential" in categories(engine, "gate code for the boathouse has changed, it's now 7720 👍", role="volunteer")
    assert "confidential" not in categories(engine, "Applying for support is easy – it's confidential and takes 5 minutes",
                                            account="official")


@pytest.mark.parametrize("text", [
    "Thanks to our sponsor Greggs (deal signed off by the SLT 🙌) for the sausage rolls at the varsity bus",
    "Huge thank you to our sponsors Santander, agreed at the trustee board in May, for funding the volunteering awards",
    "shoutout to our sponsor Red Bull for the cans at the 24hr RAG challenge, approved by the exec committee 🥤",
])
def test_a_sponsor_thanked_in_public_is_not_an_inside_source(engine, text):
    assert "confidential" not in categories(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "heard at the board meeting our sponsor Red Bull is pulling out next year 👀",
    "SLT are dropping the Santander sponsorship, nobody's been told yet",
])
def test_a_sponsor_deal_heard_inside_is_still_confidential(engine, text):
    assert "confidential" in categories(engine, text, role="volunteer", account="personal")


# -- round nine: the organisation's performance figures from inside, papers from internal systems ------

@pytest.mark.parametrize("text", [
    "ngl bar takings are down 35% since september, we're not gonna make budget",
    "our ticket sales for the ball have plummeted, might have to cancel tbh",
    "Catering revenue is way down on last year and nobody upstairs seems bothered. we're done 💀",
    "footfall in the shop is below target for the third month running, not great for us",
    "the union's reserves have halved in two years 😬",
])
def test_the_organisations_falling_figures_told_from_inside_are_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "high street footfall is down again nationally, shop local this christmas 🎄",
    "Our impact report is out now: bookings up 20% - read more on our website",
    "sales of my etsy stickers have tanked lol, we'll see after christmas",
    "we went down the high street for sales, got a new coat",
    "we're campaigning against the fee rise: applications are down 10% across the sector, sign the petition",
])
def test_sector_figures_published_reports_and_ones_own_sales_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text", [
    "sharing the draft bid here for anyone who wants a look 👀 (it's on the staff SharePoint)",
    "link to the shared drive with the restructure slides below, have a read",
    "here's the internal draft of the NSS action plan, thoughts welcome",
])
def test_a_paper_from_an_internal_system_put_out_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


@pytest.mark.parametrize("text", [
    "SharePoint training for new starters on Tuesday - book on the intranet",
    "here's my draft personal statement, be brutal 🙏",
])
def test_internal_systems_named_without_a_paper_put_out_are_not(engine, text):
    assert "confidential" not in categories(engine, text)


@pytest.mark.parametrize("text", [
    "the head of HR is off long-term sick and no one's been told why",
    "finance director's been signed off and nobody has been told, mad",
])
def test_a_post_holders_absence_kept_from_everyone_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


# -- round nine: going on air or talking to an outlet, said in any way --------------------------------

@pytest.mark.parametrize("text", [
    "yeah I'm up for coming on the radio show Thursday to talk about the SU's rent strike 👍",
    "spoke with a BBC producer earlier about the union's cuts, might be on tonight",
    "been invited on the LancsLive podcast to talk about the SU elections 🎙️",
    "talked to the Lancaster Guardian about the bar closure this morning, out friday",
    "sure, I'll come on Bay Radio and talk about the SU cancelling the ball",
])
def test_going_on_air_or_speaking_to_an_outlet_about_the_organisation_is_media(engine, text):
    assert "media" in categories(engine, text, role="officer", account="personal")


@pytest.mark.parametrize("text", [
    "students spoke to the Tab about the SU's cuts, worth a read",
    "what's going on with the SU? the Lancashire Post says the bar is shutting",
    "our president will be on BBC Radio Lancashire at 8 (arranged with comms) 📻 tune in",
    "she talked to the Guardian about the union's cuts, proud of her",
])
def test_others_speaking_to_outlets_and_arranged_appearances_are_not(engine, text):
    assert "media" not in categories(engine, text, role="officer", account="personal")


@pytest.mark.parametrize("text", [
    "catering income was so bad this term we're going to have to cut hours",
    "our bookings are dire for the summer ball, genuinely worried",
])
def test_a_verdict_on_the_organisations_figures_from_inside_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


def test_recording_an_outlets_episode_about_the_organisation_is_media(engine):
    assert "media" in categories(engine, "recorded an episode for the Lancs Live podcast about the union's budget today 🎙️",
                                 role="trustee")


@pytest.mark.parametrize("text", [
    "was accidentally cc'd on the at-risk list for the faculty restructure 😬 not great reading",
    "someone forwarded me the unapproved council paper on the bar closure, wild",
])
def test_a_closed_paper_that_reached_the_writer_put_out_is_confidential(engine, text):
    assert "confidential" in categories(engine, text)


def test_agreeing_to_do_an_outlets_piece_about_the_organisation_is_media(engine):
    assert "media" in categories(engine, "go on then, I'll do the piece on the union's cuts for Lancs Live tomorrow",
                                 role="officer")


# -- round 10: held back, embargoed, copied out, let go; the press without comms, and off the record -----

@pytest.mark.parametrize("text, org, role, account", [
    ("Our unpublished NSS results are in and... let's just say Philosophy won't be thrilled 😬 embargo lifts in July",
     "lancaster-university", "staff", "official"),
    ("votes are in and counted 🗳️ not allowed to announce til 8pm but the current VP won't be celebrating",
     "lancaster-su", "officer", "official"),
    ("sat in on the SU exec today and heard they're cutting the society budget in half. can't print it yet obvs",
     "lancaster-su", "student-media", "personal"),
    ("Election results: can't publish officially til the count is verified tomorrow but it's a landslide 👀",
     "lancaster-su", "officer", "official"),
])
def test_news_said_to_be_held_back_or_embargoed_is_confidential(engine, text, org, role, account):
    assert "confidential" in categories(engine, text, org=org, role=role, account=account)


@pytest.mark.parametrize("text", [
    "Polls close at 5pm, the count is in the Great Hall from 7 and results will be announced live",
    "Can't post this till Friday but I've got a new haircut 😂",
    "The results are in! Congratulations to all our graduating students 🎓",
])
def test_counts_results_and_holding_back_without_news_are_not(engine, text):
    assert "confidential" not in categories(engine, text, role="officer", account="official")


def test_a_draft_exam_paper_uploaded_a_sentence_on_is_confidential(engine):
    text = "Anyone know how to get the Year 2 stats exam paper reprinted? Uploading the draft here for the team to check"
    assert "confidential" in categories(engine, text, org="lancaster-university")
    assert "confidential" not in categories(engine, "Drafting the exam paper for the mock, wish me luck",
                                            org="lancaster-university")


def test_an_internal_paper_copied_out_a_sentence_on_is_confidential(engine):
    text = "the VC's internal memo on merging Arts with the Management School is wild. pasting the key bits below 👇"
    assert "confidential" in categories(engine, text, org="lancaster-university")
    assert "confidential" not in categories(engine, "Our strategy is now published. pasting the key bits below 👇",
                                            org="lancaster-university")


def test_someone_let_go_after_a_disciplinary_is_confidential(engine):
    assert "confidential" in categories(engine, "He was dismissed after a disciplinary tbh, the hearing was last Tuesday",
                                        action="reply", replying_to="why did Dan leave the advice team so suddenly??")


def test_confirming_off_the_record_what_a_journalist_asked_about_is_confidential(engine):
    asked = "Hey! I'm with the Lancashire Post. Fancy giving a comment on the Sugarhouse closure rumours?"
    assert "confidential" in categories(engine, "Off the record? It's happening. Quote me as 'a source at the SU'",
                                        action="reply", replying_to=asked)
    assert "confidential" not in categories(engine, "off the record, I loved the film",
                                            action="reply", replying_to="what did you make of the new Bond?")


@pytest.mark.parametrize("text, org", [
    ("sure I can come on tomorrow morning and explain the union's stance on the rent strike 🎙️ no need to loop in our "
     "comms people, I'll handle it", "lancaster-su"),
    ("Yes I'll do the interview on Thursday about the job cuts, no need to tell the press office", "lancaster-university"),
])
def test_agreeing_to_speak_while_leaving_comms_out_is_media(engine, text, org):
    assert "media" in categories(engine, text, org=org, role="officer" if org == "lancaster-su" else "staff",
                                 action="message")


def test_leaving_comms_out_of_what_is_not_press_is_not_media(engine):
    assert "media" not in categories(engine, "no need to tell comms, it's only the society newsletter", role="officer")


def test_agreeing_to_be_quoted_or_saying_one_was_on_air_about_the_organisation_is_media(engine):
    assert "media" in categories(engine, "Hi Jess — happy to be quoted as a Lancaster lecturer saying the uni mishandled "
                                         "the cyber attack. Send over your questions.", org="lancaster-university",
                                 action="message")
    assert "media" in categories(engine, "Was on Radio 4 this morning talking about the uni's restructure, my bosses "
                                         "won't be pleased lol", org="lancaster-university")


def test_asking_not_to_be_named_as_the_source_of_the_organisations_news_is_media(engine):
    text = "Hiya, I can give you some background on why the Sugarhouse nights were cancelled - just don't say it came from me"
    assert "media" in categories(engine, text, action="message")
    assert "media" not in categories(engine, "so proud it came from me, my first poster for the SU!", action="post")


# -- round 11: a login handed on, figures from the organisation's papers, a result before it is out,
# a place's fate hinted, an unpublished report, a recruitment decided; the press rung about a row,
# offered an exclusive, given lines, the press office skipped ----------------------------------------

@pytest.mark.parametrize("text, org, role, account", [
    ("here's the login for the society page, go wild", "lancaster-su", "volunteer", "official"),
    ("dm me the password for the SU account and I'll add it to the group chat", "leicester-su", "volunteer", "official"),
    ("saw the contract for the new bar supplier — the SU's paying £3 a pint wholesale", "lancaster-su", "staff", "personal"),
    ("here's the invoice the SU paid for the fireworks, £18k 🤯", "lancaster-su", "volunteer", "official"),
    ("spoiler: the motion to leave the NUS lost by 40 votes, official result goes up tomorrow", "lancaster-su", "officer", "personal"),
    ("heard in the finance meeting the shop won't make it past christmas", "lancaster-su", "staff", "personal"),
    ("Wrote the SU's quarterly report today, retention down 18% 😬 not published till June", "lancaster-su", "staff", "personal"),
    ("interviews for the new CEO are a formality, it's already been given to the deputy", "lancaster-su", "staff", "personal"),
])
def test_round11_confidential_mechanisms(engine, text, org, role, account):
    assert "confidential" in categories(engine, text, org=org, role=role, account=account)


@pytest.mark.parametrize("text, org", [
    ("Locked out? Reset the login for your SU account on the website", "lancaster-su"),
    ("We will never ask for the password to your society account", "lancaster-su"),
    ("Got a quote for our society hoodies from a supplier, £22 each. The SU shop can't match it", "lancaster-su"),
    ("Election results night! Who's won? Find out at 9pm in the Great Hall", "lancaster-su"),
    ("Our impact report is now published: engagement up 12% on last year", "lancaster-su"),
    ("Good luck to everyone interviewing for the SU President role this week!", "lancaster-su"),
])
def test_round11_confidential_mechanisms_not_for_public_or_own_business(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Radio Lancashire rang about the hazing incident at the boat club and I gave them the whole story", "lancaster-su"),
    ("The Guardian phoned me about the cyber attack, gave them a couple of lines. Didn't tell the press office", "lancaster-university"),
    ("Hi LancsLive, we'd love to give you an exclusive on the SU's decision", "lancaster-su"),
    ("Sure, I'll send my comments on the University's pay deductions tonight, went round the press office", "lancaster-university"),
    ("Happy to speak on record about how the University handled it. When's your deadline?", "lancaster-university"),
])
def test_round11_press_dealt_with_directly(engine, text, org):
    assert "media" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Great to see the Guardian covering the cyber attack on universities this week", "lancaster-university"),
    ("The Tab rang me about the Grad Ball fiasco and I passed them to the press office", "lancaster-su"),
    ("Our President spoke to Radio Lancashire about the boycott, arranged with the comms team", "lancaster-su"),
    ("Warmest day on record today, the whole campus is out on the grass", "lancaster-university"),
])
def test_round11_press_not_dealt_with_directly(engine, text, org):
    assert "media" not in categories(engine, text, org=org)


# -- round 12: what a closed body decided, told from inside; words offered to the press; a source's cover -----

@pytest.mark.parametrize("text, org", [
    ("the disciplinary panel decided she's off the committee for good, she hasn't been told yet", "lancaster-su"),
    ("Can confirm the trustees voted to close the Sugarhouse, take it from me", "lancaster-su"),
    ("the appeal panel upheld it. he's banned from the union, they'll tell him tomorrow", "leicester-su"),
    ("SLT discussed cutting the languages department on Tuesday. Not announced yet obviously", "lancaster-university"),
    ("the appeals committee threw out her appeal, she finds out on Friday", "lancaster-su"),
])
def test_round12_closed_body_decision_told_from_inside_is_confidential(engine, text, org):
    assert "confidential" in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("The board approved next year's budget and it's now published on our website", "lancaster-su"),
    ("The judging panel decided the winner of society of the year: congrats Film Soc!", "lancaster-su"),
    ("Can confirm I'll be at the hearing on Thursday, see you there", "lancaster-university"),
    ("Our disciplinary procedure: the panel decides after hearing both sides. Read our guide", "lancaster-su"),
])
def test_round12_closed_body_public_or_no_decision_told_is_not_confidential(engine, text, org):
    assert "confidential" not in categories(engine, text, org=org)


@pytest.mark.parametrize("text, org, role, account, action, replying_to", [
    ("Hi Look North! We're the Islamic Society and we'd like to give you a statement about the SU's prayer room decision",
     "lancaster-su", "volunteer", "official", "message", None),
    ("yes I run the SU's venues, happy to give you a statement on the club closing", "lancaster-su", "staff", "personal",
     "message", None),
    ("you can quote our committee on this: the SU got it wrong", "lancaster-su", "volunteer", "official", "reply",
     "Hi from the Lancashire Post, any thoughts on the ball being cancelled?"),
    ("Message sent 👍", "lancaster-su", "staff", "personal", "reply",
     "Does anyone on the union's staff want to talk about the restructure? Anonymity guaranteed"),
    ("Happy to, DM me", "lancaster-university", "staff", "personal", "reply",
     "Any lecturers willing to comment on the marking boycott for a feature this weekend?"),
    ("Saw your article in the Telegraph, happy to chat about the department, but leave my name out of it",
     "lancaster-university", "staff", "personal", "message", None),
])
def test_round12_words_offered_to_the_press_are_media(engine, text, org, role, account, action, replying_to):
    assert "media" in categories(engine, text, org=org, role=role, account=account, action=action,
                                 replying_to=replying_to)


@pytest.mark.parametrize("text, org, action, replying_to", [
    ("The SU print shop can give you a quote for society hoodies, just email them", "lancaster-su", "post", None),
    ("Done ✅", "lancaster-su", "reply", "Tell us about your time in halls in our survey, anonymity guaranteed"),
    ("I'd love to comment but I'm off to the gym, catch you later", "lancaster-su", "post", None),
    ("Hi BBC! Our press office would love to give you a statement, please email them", "lancaster-su", "message", None),
    ("Don't name me but the Mail's piece on student housing was rubbish", "lancaster-university", "post", None),
])
def test_round12_not_words_offered_to_the_press(engine, text, org, action, replying_to):
    assert "media" not in categories(engine, text, org=org, action=action, replying_to=replying_to)


@pytest.mark.parametrize("text, expected", [
    # cleared with someone in charge first
    ("Chatted to the Lancaster Guardian about our society's charity bake sale, cleared it with the SU Chief Exec first",
     False),
    ("Spoke to BBC Radio Lancashire about the SU's volunteering week, the President gave me the go-ahead", False),
    # nobody asked
    ("Spoke to the Lancaster Guardian about the SU's money troubles, didn't tell anyone at the SU 🤫", True),
])
def test_round_twelve_n_press_contact_cleared_first(engine, text, expected):
    got = "media" in categories(engine, text, org="lancaster-su", role="volunteer", account="official", action="post")
    assert got is expected


# -- round 13: premature disclosure — a not-yet-public marker with the organisation's business or results ---------

@pytest.mark.parametrize("text, org, expected", [
    ("Before the official release, the shop's Christmas sales were down 23% on last year", "lancaster-su", True),
    ("Ball headliner isn't out until Friday but trust me you'll want tickets, it's a massive DJ", "lancaster-su", True),
    ("Someone in the office let slip who won Society of the Year, congrats Film Soc in advance 🎬", "leicester-su", True),
    ("New catering contract that's announced in January is going to save us a fortune", "lancaster-su", True),
    ("Not public yet but the registrar's leaving at Easter, heard it in the senior team meeting", "lancaster-university", True),
    # the organisation's own teaser, published news, a TV spoiler, an own release
    ("The ball headliner isn't out until Friday, stay tuned 👀", "lancaster-su", False),
    ("Society of the Year winners are out now — congratulations Film Soc! Full list on our website", "leicester-su", False),
    ("No spoilers but I let slip who won Bake Off to my flatmate and she's fuming", "lancaster-su", False),
    ("Got the new album before the official release and my streams are up 30% lol", "lancaster-su", False),
    ("The registrar's leaving do is on Friday in the Chaplaincy Centre, everyone welcome", "lancaster-university", False),
])
def test_round13_ahead_of_announcement(engine, text, org, expected):
    assert ("confidential" in categories(engine, text, org=org)) is expected


@pytest.mark.parametrize("text, org, expected", [
    ("Sharing a sneak peek of the draft access and participation plan submission 👀 screenshots attached", "lancaster-university", True),
    ("Our partner brewery pays us £8k a year under the deal, don't tell the other clubs", "lancaster-su", True),
    ("Tom Evans (3rd yr) was suspended from the society after the tour, for anyone wondering", "leicester-su", True),
    # one's own draft, the organisation's consultation, a thanked sponsor, a footballer's ban
    ("Sneak peek at my thesis draft, chapter 2 attached for my supervisor", "lancaster-university", False),
    ("Our draft budget is now open for consultation — have your say at the AGM", "lancaster-su", False),
    ("Thanks to our sponsor Pizza Hut who gave us £300 for the charity quiz! Read more on our website", "lancaster-su", False),
    ("Jordan Henderson was suspended for two games after the red card, the club confirmed", "leicester-su", False),
])
def test_round13_draft_sum_sanction(engine, text, org, expected):
    assert ("confidential" in categories(engine, text, org=org)) is expected


# -- round 13: saying yes to a journalist's request ----------------------------------------------------------

@pytest.mark.parametrize("text, org, role, account, action, expected", [
    ("Sure, happy to talk to your reporter about the union's rent strike, shall I ring you at 4?",
     "lancaster-su", "officer", "personal", "message", True),
    ("Yes I can come on air at 8 to talk about the SU closing the nightclub, what time should I arrive?",
     "lancaster-su", "volunteer", "official", "message", True),
    ("Here's my statement on the department cuts, feel free to print it in full word for word",
     "lancaster-university", "staff", "personal", "message", True),
    # the press office arranged it, the organisation's own show, a report of what happened
    ("Yes, our president is on air at 8 talking about the rent strike, arranged with the press office",
     "lancaster-su", "officer", "personal", "post", False),
    ("Yes we're back on air tonight talking freshers — tune in to Bailrigg FM!",
     "lancaster-su", "student-media", "official", "post", False),
    ("Happy to see the Guardian reporter covering the SU rent strike, great article",
     "lancaster-su", "staff", "personal", "post", False),
])
def test_round13_accepting_the_press(engine, text, org, role, account, action, expected):
    assert ("media" in categories(engine, text, org=org, role=role, account=account, action=action)) is expected
