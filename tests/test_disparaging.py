"""Disparaging the organisation, its people, services and partners, through the real engine: the
frames of the fourth detection round, each with posts written for the family (not taken from a labelled
set) both ways.

- who: its officers by title ('the new VP', 'every single sabb'), its teams and services ('the advice
  centre', 'Union Activities', 'the print shop', 'the uni's timetabling system'), its partners and
  suppliers, 'whoever signed it off';
- what: a broad set of judgements of people and services after a verb ('thick as mince', 'dead and badly
  run', 'so rude'), the worst of its kind ('worst company I've ever dealt with'), mocking idioms ('where
  good ideas go to die'), disbelief at a choice ('how did she get elected'), conduct ('needs their head
  examined', 'pretended');
- sarcasm: praise for a failure ('shoutout to the SU for losing our booking'), a claim of the
  organisation's boasted with an eye-roll or a yawn ('real student-led union vibes 🥱'), money for the
  wrong thing mocked ('fun fact: … spends more on the CEO's car than on welfare 🤡'), 'imagine working
  somewhere where … 🙃';
- sending people elsewhere over the organisation's own ('just use Ryman's, ours takes a fortnight',
  'don't bother with Chester SU events', 'go to your GP tbh').

Hard negatives: praise, an apology or a fix by the organisation, campaigning about landlords, rent or
the government, complaints about the weather or deadlines, sending people *to* the organisation."""
from __future__ import annotations

import pytest

from helpers import check, warned


def disparaging(engine, text, org="lancaster-su", role="staff", account="personal", action="post", replying_to=None):
    answer = check(engine, text, org=org, role=role, account=account, action=action, replying_to=replying_to)
    return "disparaging" in warned(answer)


# -- who and what: the organisation's people, teams, services and partners judged ------------------------

@pytest.mark.parametrize("text, org", [
    ("the new VP is thick as mince, genuinely how did she get elected", "lancaster-su"),
    ("the advice centre is basically useless now", "lancaster-su"),
    ("honestly the activities team are a bunch of muppets", "chester-su"),
    ("whoever signed off the new timetabling system should be sacked", "lancaster-su"),
    ("the uni's new timetabling system is a shambles", "lancaster-su"),
    ("Union Activities are so slow it's embarrassing", "leicester-su"),
    ("the SU bar is dead every night and badly run", "lancaster-su"),
    ("the CEO has no idea what he's doing", "lancaster-su"),
    ("every single sabb is useless this year", "leicester-su"),
    ("our catering partner's food is grim, worst caterers in the north", "lancaster-su"),
    ("whoever hired the new CEO needs their head examined", "lancaster-su"),
    ("ULSU reception staff are so rude it's unreal", "leicester-su"),
    ("the welfare officer is hopeless, never replies", "lancaster-su"),
    ("the print room is a total shambles and the staff there couldn't care less", "lancaster-su"),
    ("the sabbs this year are the laziest bunch I've ever worked with", "lancaster-su"),
    ("our bar supplier sent flat cider again. worst company I've ever dealt with, avoid avoid avoid", "chester-su"),
    ("LUSU, where common sense goes to die 💀", "lancaster-su"),
    ("Chester SU: where good ideas go to die", "chester-su"),
    ("who on earth voted for our VP 😂", "lancaster-su"),
    ("Don't bother with Chester SU events, they're dead and badly run. Trust me, I work there.", "chester-su"),
    ("sat through another board meeting where the CEO pretended the bar isn't haemorrhaging money", "lancaster-su"),
    ("save yourself the hassle and book through the uni, ULSU room bookings never work", "leicester-su"),
])
def test_the_organisations_people_services_and_partners_judged(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "the new VP is brilliant, so glad she got elected",
    "the advice centre is amazing, they sorted my housing in a day",
    "Our landlord is useless, the SU advice centre helped us fight back",
    "Rent in Lancaster is a disgrace. Join the SU housing campaign",
    "this weather is awful, the SU bar is warm though",
    "4 deadlines in 3 days, this semester can do one ffs",
    "I'm useless at pool, the SU bar table is great though",
    "the print shop is closed today, sorry! back tomorrow",
    "The Activities team are working flat out for freshers, give them a wave",
    "the Tories are clowns, the SU is fighting the cuts",
    "Worst weather ever for the SU fun run, well done everyone who came",
    "We got it wrong on the room bookings this term and we're sorry. Here's what we're changing.",
    "Thanks to everyone who voted for our VP!",
    "LUSU helped me with my landlords, they're useless",
    "The SU bar is dead proud of our pool team 🎱",
    "the best company I've ever worked for is LUSU, honestly",
])
def test_praise_apologies_and_judgements_of_others_are_not(engine, text):
    assert not disparaging(engine, text)


# -- sarcasm: praise for a failure, boasts with a yawn, priorities mocked, the workplace mocked ----------

@pytest.mark.parametrize("text, org", [
    ("shoutout to the SU for losing our room booking for the THIRD time this term 👏👏 truly outstanding work",
     "lancaster-su"),
    ("massive thanks to our catering partner for the stone-cold chips at the awards do, really elevated the vibe 🥶",
     "lancaster-su"),
    ("big thanks to the activities team for cancelling our event with 2 hours notice, real professionals", "chester-su"),
    ("amazing work from ULSU losing our booking again 👏👏", "leicester-su"),
    ("wow the sabbs really outdid themselves this time 🤡", "lancaster-su"),
    ("the CEO got a pay rise while we got redundancies. love that for us 🙃", "lancaster-su"),
    ("just saying, Union Activities took 4 weeks to approve a poster. real student-led union vibes 🥱", "leicester-su"),
    ("LUSU cancelled the AGM again. very democratic 🙃", "lancaster-su"),
    ("Fun fact: LUSU spends more on the CEO's car than on student welfare 🤡", "lancaster-su"),
    ("imagine working somewhere where 'consultation' means they decided 3 months ago 🙃 #SUlife", "lancaster-su"),
    ("imagine working somewhere where nobody reads the emails you send 🙃 #SUlife", "lancaster-su"),
    ("the advice centre's 'wellbeing support' is basically a leaflet and a biscuit", "lancaster-su"),
])
def test_sarcasm_about_the_organisation(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "massive thanks to our catering partner for the amazing food at the awards do 🙌",
    "shoutout to the SU for sorting our room booking so fast 🙌",
    "thanks LUSU for the ice skating trip 🥶 so cold but so fun",
    "cool cool, see you all at the SU quiz tonight",
    "exam season 🥱 the SU has free coffee in the library",
    "Huge thanks to the activities team for approving our poster so quickly 👏👏",
    "thanks to the SU reception for finding my lost wallet!",
    "LUSU's AGM is tonight: very democratic, come and vote! 🗳️",
    "LUSU spends more on welfare than on any other service, and we're proud of it",
    "imagine working somewhere where you get free pizza every friday 🍕 #SUlife",
])
def test_sincere_praise_is_not_sarcasm(engine, text):
    assert not disparaging(engine, text)


def test_thanks_with_applause_from_an_official_account_is_not_sarcasm(engine):
    assert not disparaging(engine, "thanks ULSU for the free breakfast 👏👏 outstanding work", org="leicester-su",
                           role="volunteer", account="official")


# -- sending people elsewhere over the organisation's own ------------------------------------------------

@pytest.mark.parametrize("text, org, replying_to", [
    ("honestly just use Ryman's, ours takes a fortnight and half of it comes out wonky 🤷", "lancaster-su",
     "is the SU print shop any good?"),
    ("don't bother with the SU shop, Tesco is cheaper and actually open", "lancaster-su", None),
    ("skip the SU bar and go to Spoons, the pints there are actually cold", "lancaster-su", None),
    ("you're better off asking citizens advice than the SU advice service", "chester-su", None),
    ("avoid the SU print shop, use the library printers instead", "lancaster-su", None),
    ("the SU advice centre takes weeks to reply. go to your GP tbh", "lancaster-su", None),
])
def test_sending_people_elsewhere_over_the_organisations_own(engine, text, org, replying_to):
    action = "reply" if replying_to else "post"
    assert disparaging(engine, text, org=org, action=action, replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "the SU print shop does posters, or you can use the library printers",
    "For medical advice go to your GP; for housing, the SU advice centre can help",
    "avoid the A6 tonight, roadworks by the SU",
    "skip the queue: book SU tickets online",
    "Don't bother with taxis, the SU bus is free",
    "Bar's full tonight, go to the SU instead!",
    "stay away from spiking, the SU welfare team can help",
])
def test_pointing_people_to_or_around_the_organisation_is_not(engine, text):
    assert not disparaging(engine, text)


# -- contempt without a verb, idioms of uselessness, old employers ---------------------------------------

@pytest.mark.parametrize("text, org", [
    ("the SU's finance team lost our receipts AGAIN, absolute clowns", "leicester-su"),
    ("our VP sport is about as much use as a chocolate teapot", "lancaster-su"),
    ("sabbs doing the bare minimum again, shocker", "lancaster-su"),
    ("our head of comms couldn't write a tweet to save her life", "lancaster-su"),
    ("our events team couldn't organise a queue at a bus stop", "lancaster-su"),
    ("the CEO is completely out of his depth and everyone on the board knows it", "lancaster-su"),
    ("the bar supplier we use is shocking, warm kegs every week", "lancaster-su"),
    ("new president is an absolute liability", "lancaster-su"),
    ("oh great, another \"exciting opportunity\" from SLT aka more work for no pay 🙃", "lancaster-su"),
    ("our trustees are asleep at the wheel", "chester-su"),
    ("the SU is a sinking ship and SLT are rearranging the deckchairs", "lancaster-su"),
])
def test_contempt_and_idioms_of_uselessness(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "My old employer was a nightmare. So glad I joined LUSU!",
    "the Tories are absolute clowns, the SU is campaigning against the cuts",
    "absolute legends at the SU bar tonight",
    "The housing market in Lancaster is a shambles, our advice centre can help",
    "the trains to Manchester are a joke, late again for the SU conference",
    "we know the room booking system has been a nightmare - a new one launches Monday",
    "Our VP sport smashed it at Roses this year, so proud 💜",
    "the SU print shop prints posters in 24 hours, don't waste your money elsewhere",
    "you'd get better advice from the SU advice centre than from Google",
])
def test_contempt_of_others_and_praise_are_not(engine, text):
    assert not disparaging(engine, text)


# -- the university's own staff, text speak, contempt just after them, 'their idea of support' -------------

@pytest.mark.parametrize("text, org", [
    ("Lancaster Uni management are clueless, another restructure nobody asked for", "lancaster-university"),
    ("the university's new VC is a total clown", "lancaster-university"),
    ("Imagine working for an organisation that spends £2m on a rebrand while cutting jobs 🙃", "lancaster-university"),
    ("the sabbs r so useless omg", "lancaster-su"),
    ("LUSU = clown show 🤡", "lancaster-su"),
    ("ULSU's sports team admin is the most disorganised thing I've ever seen", "leicester-su"),
    ("Love working for an organisation that pays lip service to staff wellbeing 🙃", "lancaster-su"),
    ("genuinely don't know what the VP does all day 🤷", "lancaster-su"),
    ("the SU's idea of support is a poster about drinking water lmao", "lancaster-su"),
    ("the SU clearly doesn't give a toss about part-time staff", "lancaster-su"),
    ("never work for chester su, worst place i've ever worked", "chester-su"),
])
def test_more_ways_of_running_them_down(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("Lancaster Uni named University of the Year! So proud", "lancaster-university"),
    ("The government's funding cuts are a disaster for universities like Lancaster", "lancaster-university"),
    ("the sabbs are so useful, they sorted my visa letter in a day", "lancaster-su"),
    ("our union is run by students, for students #LUSU", "lancaster-su"),
    ("the VP does so much behind the scenes, genuinely don't know how she does it all", "lancaster-su"),
    ("I was useless at the SU pub quiz again 😂", "lancaster-su"),
    ("At the SU our idea of support is simple: listen first", "lancaster-su"),
    ("LUSU helped me with my useless landlord", "lancaster-su"),
])
def test_more_praise_and_self_mockery_are_not(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- verdicts standing alone, 'thanks for nothing', the worst thing about working there; proper channels ----

@pytest.mark.parametrize("text, org", [
    ("the advice centre gave my friend completely wrong info about her tenancy. shambolic", "lancaster-su"),
    ("Honestly the worst thing about working at LUSU is the management", "lancaster-su"),
    ("ULSU approved our event 2 days before it happened. thanks for nothing", "leicester-su"),
    ("whoever's running the SU instagram needs to be stopped 💀", "lancaster-su"),
    ("can someone tell the CEO that 'open door policy' means actually opening the door 🙄", "chester-su"),
    ("VP welfare is a waste of a salary tbh", "lancaster-su"),
])
def test_verdicts_standing_alone_and_the_worst_of_working_there(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, role", [
    ("I've fed back to SLT that the new rota isn't working for part-time staff - hopefully we can find a fix together",
     "staff"),
    ("As VP Education I think the uni's timetabling system needs work, and I've raised it at Senate", "officer"),
    ("Honest reflection: our comms this term haven't been good enough. Here's what we're changing", "staff"),
    ("The SU bar prices went up 20p, I get why but it stings. Raised it at the staff forum", "staff"),
    ("We're sorry the print shop has been slow - new printer arrives Monday", "officer"),
    ("Freezing in the office today, the heating's broken again 🥶 anyone got a hot water bottle?", "staff"),
    ("the government's handling of student finance is a shambles. sign the SU petition", "staff"),
    ("Students told us the advice centre was hard to find, so we've moved it to the ground floor", "staff"),
    ("The SU isn't perfect, but the staff here genuinely care. Proud to work here", "staff"),
    ("Our catering partner has had a tough week with staff shortages, please be patient with them 💛", "staff"),
    ("Please use the complaints form if you're unhappy with any SU service, we read every one", "staff"),
    ("We're sorry: the SU bar queue last night. Shambolic, we know, and we've fixed the rota.", "staff"),
])
def test_criticism_through_proper_channels_and_apologies_are_not(engine, text, role):
    assert not disparaging(engine, text, role=role)


# == Fifth round: families widened as mechanisms (posts written for each family, not taken from a set) =====

# -- evasion and silence as conduct; the organisation's bodies named bare; scorn at what pay buys -----------

@pytest.mark.parametrize("text, org, role", [
    ("leadership genuinely haven't got a clue what they're doing at the SU", "lancaster-su", "staff"),
    ("the chief exec dodged every question at the trustee meeting again", "lancaster-su", "trustee"),
    ("our VP Education hasn't answered a single email since freshers", "lancaster-su", "officer"),
    ("upper management at the SU stonewalled us for three months", "lancaster-su", "staff"),
    ("the sabbs ducked every question at union council tonight", "lancaster-su", "staff"),
    ("SU leadership keeps fobbing us off about the pay review", "lancaster-su", "staff"),
    ("HR at Chester SU blanked every one of my emails, cheers", "chester-su", "staff"),
    ("the SU CEO sidestepped the question about redundancies, again", "lancaster-su", "staff"),
    ("the trustees swept it under the carpet like always", "lancaster-su", "trustee"),
    ("what exactly are we paying the sabbs for 🤡", "lancaster-su", "officer"),
    ("amazed anything ever gets done at ULSU tbh", "leicester-su", "volunteer"),
    ("This is how unions die. the SU board waved it through without reading it", "lancaster-su", "trustee"),
    ("our sponsor's energy drinks taste like battery acid, can't wait for that contract to end", "lancaster-su", "staff"),
])
def test_evasion_silence_and_scorn_at_what_pay_buys(engine, text, org, role):
    account = "official" if role == "volunteer" else "personal"
    assert disparaging(engine, text, org=org, role=role, account=account)


@pytest.mark.parametrize("text", [
    "leadership training at the SU this Friday, sign up!",
    "the chief exec answered every question at the AGM, great session",
    "our VP Education has answered 300 emails this week, absolute hero",
    "the CEO dodged a bullet with that weather, the SU fun run went ahead",
    "what are we paying for the minibus? asking for the SU hockey club",
    "the SU bar's new cocktails taste like summer 🍹",
    "can't wait for the SU summer ball to end so I can sleep lol",
])
def test_answers_training_and_treats_are_not(engine, text):
    assert not disparaging(engine, text)


# -- effort set against nothing; contempt tagged over a whole group ----------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Working at the SU: 4 managers, zero decisions", "lancaster-su"),
    ("5 meetings and 0 decisions later, the SU restructure rolls on", "lancaster-su"),
    ("the union's catering supplier served out of date sarnies AGAIN. cowboys the lot of them", "chester-su"),
    ("sabbs this year? clowns, every one of them", "lancaster-su"),
    ("ULSU reception, jobsworths the lot", "leicester-su"),
    ("our security company turned away half the queue. idiots, all of them", "lancaster-su"),
    ("the SU's cleaning contractors, lazy the lot of them", "lancaster-su"),
])
def test_effort_against_nothing_and_contempt_over_a_group(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "SU bar: 3 managers, 0 complaints this term, well done team!",
    "the SU quiz winners, legends the lot of them",
    "the hockey team at the SU awards, heroes every one of them",
    "landlords in Lancaster, crooks the lot of them. the SU housing team can help",
    "the Tories? clowns the lot of them. SU is running a voter reg drive",
])
def test_praise_tags_and_tags_on_others_are_not(engine, text):
    assert not disparaging(engine, text)


# -- 'we' judged by one of us, beside what only an organisation has ---------------------------------------

@pytest.mark.parametrize("text, org, role, replying_to", [
    ("turnout was 4%. embarrassing. we're a laughing stock tbh", "chester-su", "trustee",
     "how did the SU elections go this year?"),
    ("AGM turnout was 12 people. we're a joke", "lancaster-su", "staff", None),
    ("union council couldn't even reach quorum, we look like amateurs", "lancaster-su", "officer", None),
    ("the SU elections got 3% turnout, we are an embarrassment", "lancaster-su", "staff", None),
    ("we've become a laughing stock since the restructure", "lancaster-su", "trustee", None),
])
def test_we_are_a_laughing_stock(engine, text, org, role, replying_to):
    action = "reply" if replying_to else "post"
    assert disparaging(engine, text, org=org, role=role, action=action, replying_to=replying_to)


@pytest.mark.parametrize("text", [
    "we're a joke at pub quizzes lol",
    "turnout was 40%! we're a proper union now 💜",
    "our netball team lost 12-0, we're a joke",
    "we're not a laughing stock, turnout was the best in the country",
])
def test_we_as_a_team_or_denied_is_not(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


# -- the people the organisation serves, run down by those who serve them ---------------------------------

@pytest.mark.parametrize("text, org", [
    ("some of the students we get in the advice centre are absolute thickos bless em 🙄", "chester-su"),
    ("first years are so thick this year, can't even find the SU", "lancaster-su"),
    ("freshers are a nightmare to deal with at reception", "chester-su"),
    ("members are useless at reading the rules, every year the same", "leicester-su"),
    ("the kids we get at open days are so entitled", "lancaster-university"),
    ("students these days can't even read an email 🙄", "lancaster-su"),
    ("course reps this year are a waste of space", "lancaster-su"),
    ("half the volunteers we get are lazy tbh", "chester-su"),
    ("our customers at the shop are rude as hell", "lancaster-su"),
    ("undergrads r so dumb lol", "leicester-su"),
])
def test_the_people_it_serves_run_down(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "our students are amazing, 300 volunteers this week!",
    "students are struggling with rent, the SU hardship fund is open",
    "students are poor and the cost of living is brutal",
    "freshers are the worst hit by the housing shortage",
    "people say students are lazy. they're not, they work two jobs",
    "students aren't stupid, give them the facts",
    "first years are so excited for the SU fair!",
    "our members are not useless, whatever the press says",
    "the students I met at the SU fair were lovely",
])
def test_praise_hardship_and_rejected_stereotypes_are_not(engine, text):
    assert not disparaging(engine, text)


def _disparaging_clauses(engine, text, org, role, account):
    answer = check(engine, text, org=org, role=role, account=account)
    return {(w["clause"]["ref"], w["severity"]) for w in answer["warnings"] if w["category"] == "disparaging"}


def test_students_run_down_cite_each_policy_as_it_reads(engine):
    """Chester SU's Reputation Management names students; Leicester SU 5.5.3 names insulting fellow
    students; Lancaster SU 6.10 lists the organisation, its staff, trustees, volunteers, suppliers and
    partners but not students, so staff there are reminded to be respectful (6.4), and a group's account
    cites App1 4.5.3 (insulting fellow students)."""
    text = "honestly our students are clueless, 5 emails and nobody reads them"
    assert _disparaging_clauses(engine, text, "chester-su", "staff", "personal") == {("5 (Reputation Management)", "warning")}
    assert _disparaging_clauses(engine, text, "leicester-su", "volunteer", "official") == {("5.5.3", "warning")}
    assert _disparaging_clauses(engine, text, "lancaster-su", "staff", "personal") == {("6.4", "caution")}
    assert _disparaging_clauses(engine, text, "lancaster-su", "volunteer", "official") == {("App1 4.5.3", "warning")}
    # the organisation itself run down by staff still cites 6.10
    assert _disparaging_clauses(engine, "LUSU management are clueless", "lancaster-su", "staff", "personal") == {
        ("6.10", "warning")}


# -- dishonesty alleged against a student group, and groups shamed in public ------------------------------

@pytest.mark.parametrize("text, org", [
    ("shame on the netball club for cheating their way into the final 🤥 everyone knows they lied on the player registrations",
     "leicester-su"),
    ("the rugby club rigged the society awards vote, no question", "leicester-su"),
    ("their treasurer has been fiddling the society accounts for months", "leicester-su"),
    ("the chess soc committee lied about the numbers to get more funding", "leicester-su"),
    ("the women's hockey team cheated, plain and simple", "lancaster-su"),
    ("shame on the drama society, stealing our rehearsal slot and lying about it", "leicester-su"),
    ("everyone knows the debating society faked their attendance figures", "leicester-su"),
    ("shame on the rugby club for those chants on the bus", "chester-su"),
])
def test_dishonesty_alleged_against_a_group(engine, text, org):
    assert disparaging(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "the chess club is hosting a talk on cheating in online chess",
    "the netball club was cleared of any wrongdoing after the review",
    "no cheating at the quiz tonight, phones away!",
    "the rugby club were lying on the pitch exhausted after the final",
    "the drama society stole the show last night 👏",
    "shame on the government for cutting student support",
    "the hockey team cheat day: pizza after training 🍕",
    "our kit was stolen from the club hut, please share",
])
def test_talks_on_cheating_praise_and_theft_reported_are_not(engine, text):
    assert not disparaging(engine, text, org="leicester-su", role="volunteer", account="official")


# -- one person of contempt, dishonesty of their people, scorn at what it is for, equations, disbelief ------

@pytest.mark.parametrize("text, org", [
    ("our sponsor's rep is a creep tbh", "lancaster-su"),
    ("the CEO is a bully and everyone knows it", "lancaster-su"),
    ("the VP fiddled his expenses again lol", "lancaster-su"),
    ("the SU rigged the elections, everyone knows it", "leicester-su"),
    ("what's the point of the SU honestly", "lancaster-su"),
    ("what does LUSU even do all year", "lancaster-su"),
    ("wouldn't trust them with a bake sale, the sabbs this year", "lancaster-su"),
    ("the new CEO talks a good game but hasn't delivered a single thing", "lancaster-su"),
    ("pay peanuts, get monkeys. explains the SU's finance team", "lancaster-su"),
    ("ULSU room bookings = a joke. 3rd time they've lost our slot", "leicester-su"),
    ("the SU really said 'we value staff wellbeing' and then cut our hours 🙃", "lancaster-su"),
    ("the CEO had the audacity to call a 1% rise generous 🙄", "chester-su"),
    ("the students who come to our welfare drop-in are so needy it's unreal", "lancaster-su"),
    ("the other candidate bought votes with free pizza, disgrace", "leicester-su"),
    ("the student union is a joke", "lancaster-su"),
])
def test_more_families_widened(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "the SU fiddled with the timetable so the quiz is now at 8",
    "what does the SU do for freshers? find out at our stall!",
    "does the SU do anything for Pride month? yes! see the events page",
    "ULSU room bookings = open now!",
    "Mondays = a joke. SU bar later?",
    "the SU really said yes to our ball budget 🥳",
    "my landlord really said no to fixing the boiler 🙄 the SU advice team are on it",
    "the new CEO has delivered so much already, so impressed",
    "my cat is an absolute disaster, knocked my SU mug off the desk",
    "management at the SU listened to us and changed the rota, credit where due",
])
def test_their_lookalikes_are_not(engine, text):
    assert not disparaging(engine, text)


# -- fellow students' groups run down; colleagues, pay and pointless meetings; words with nothing behind them --

@pytest.mark.parametrize("text, org", [
    ("the chess society's committee couldn't run a raffle, embarrassing for them honestly", "leicester-su"),
    ("drama soc's panto was the worst thing i've ever sat through lol", "leicester-su"),
    ("the rugby club are a bunch of entitled idiots and everyone knows it", "lancaster-su"),
    ("the hockey lads are so entitled it's unreal", "chester-su"),
    ("their treasurer is clueless, we've been waiting 6 weeks for our float", "leicester-su"),
])
def test_fellow_students_groups_run_down(engine, text, org):
    assert disparaging(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "the chess society beat us fair and square, congrats to them!",
    "the rugby club are not idiots, whatever the rumours say",
    "the team are the worst hit by the pitch closures",
    "the club couldn't run the raffle this year because of the rain, sorry!",
])
def test_praise_of_groups_and_their_bad_luck_are_not(engine, text):
    assert not disparaging(engine, text, org="leicester-su", role="volunteer", account="official")


@pytest.mark.parametrize("text, org", [
    ("my colleague in finance has no idea what a spreadsheet is 🙄 #SUlife", "lancaster-su"),
    ("LUSU pays its staff peanuts and wonders why everyone leaves", "lancaster-su"),
    ("another day at the SU, another pointless meeting that could have been an email 🙄", "chester-su"),
    ("the SU's wellbeing strategy is just buzzwords and no action", "lancaster-su"),
    ("can't believe the SU signed a deal with those sharks at UniPrint again", "lancaster-su"),
])
def test_colleagues_pay_meetings_and_empty_words(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "my colleague in finance saved the day with the budget, legend",
    "thanks to our sponsor Domino's for the quiz prizes 🍕",
    "the uni's estates team fixed the SU lights in a day, brilliant",
    "team meeting at the SU then pizza, good day",
])
def test_colleagues_praised_and_plain_days_are_not(engine, text):
    assert not disparaging(engine, text)


# -- sixth round: contempt with no verb in the next sentence, anyone could do better, paid for nothing,
# favouritism and wrong advice, 'all the X, none of the Y', keep off 'them' -------------------------------

@pytest.mark.parametrize("text, org", [
    ("the SU finance office lost our receipts twice now. total muppets running the place", "lancaster-su"),
    ("leicester su room bookings double booked us again, bunch of amateurs 🙄", "leicester-su"),
    ("would u trust the SU with ur society money lol, load of cowboys", "lancaster-su"),
    ("chester su exec making it up as they go along again", "chester-su"),
    ("honestly my 5 year old could run LUSU better than this lot", "lancaster-su"),
    ("a trained monkey could do a better job than the SU comms team", "lancaster-su"),
    ("the Chester SU president skipped every council meeting and still draws her salary", "chester-su"),
    ("lusu sabbs getting paid to do nothing as usual 💅", "lancaster-su"),
    ("the SU always plays favourites with the sports clubs", "lancaster-su"),
    ("ULSU just picked their favourites for the awards again", "leicester-su"),
    ("the SU advice centre gave us completely wrong advice about our deposit", "lancaster-su"),
    ("Chester SU never replies to anyone. don't waste your time with them", "chester-su"),
    ("chester su events are dead. steer clear of that lot", "chester-su"),
])
def test_contempt_mockery_and_keeping_people_off(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("the SU sabbs are absolute legends, the people running the place this year are class", "lancaster-su"),
    ("the Tories are a bunch of clowns, the SU is marching on Saturday", "lancaster-su"),
    ("my 5 year old could do better at Mario Kart than me lol, SU games night tonight", "lancaster-su"),
    ("we made up the quiz questions as we went along, the SU quiz was chaos but fun", "lancaster-su"),
    ("ULSU picked the winners of the photo comp, congrats to all", "leicester-su"),
    ("the SU advice centre put me right after the letting agent gave me wrong info", "lancaster-su"),
    ("dodgy landlords near campus, avoid them. Chester SU advice can help", "chester-su"),
    ("all the freebies, none of the queues: Chester SU freshers fair is open online", "chester-su"),
    ("the SU volunteers are brilliant, don't forget to thank them", "lancaster-su"),
])
def test_their_lookalikes_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round six: exasperation and hyperbole of incompetence, no insult word ---------------------------------

@pytest.mark.parametrize("text, org", [
    ("how hard can it be to reply to one email, LUSU?", "lancaster-su"),
    ("is it really that hard for the SU to publish the minutes on time", "leicester-su"),
    ("genuinely how difficult is it for the uni to book a room 😩", "lancaster-university"),
    ("the events team couldn't organise a queue if their lives depended on it", "chester-su"),
    ("our VP couldn't chair a meeting if his life depended on it lol", "leicester-su"),
    ("wouldn't trust the SU finance office to count to ten", "lancaster-su"),
    ("the new CEO has the charisma of a damp sponge", "lancaster-su"),
    ("ULSU promised the earth in freshers and delivered nothing", "leicester-su"),
    ("the new VP Education promised the world at hustings and has delivered precisely zero", "lancaster-su"),
    ("the trustees patting themselves on the back again while the bar loses money", "lancaster-su"),
    ("need help from the SU advice centre? bring a packed lunch, you'll be waiting a while", "leicester-su"),
    ("no wonder nobody turns up to LUSU events", "lancaster-su"),
    ("ULSU elections turnout 4%. says everything about how relevant the union is to actual students", "leicester-su"),
    ("maybe the sabbs could try doing their actual jobs for once", "leicester-su"),
    ("Dear Chester SU, maybe try listening to your members for once", "chester-su"),
])
def test_exasperation_and_hyperbole_without_insult_words(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("How hard can it be to bake a sourdough? Find out at the SU Baking Soc taster tonight 🍞", "lancaster-su"),
    ("how hard is it to learn BSL? come along to the SU taster session and find out!", "leicester-su"),
    ("I wouldn't trust myself with a spreadsheet lol, thank god the SU finance team exist", "chester-su"),
    ("our VP has the energy of a golden retriever and we love her for it 🐶", "lancaster-su"),
    ("no wonder everyone loves the SU bar quiz, it's brilliant", "lancaster-su"),
    ("the sabbs promised free period products at hustings and delivered them this week 🙌", "lancaster-su"),
    ("still no reply from my landlord, the SU advice centre is chasing it for me", "leicester-su"),
    ("still no reply? we're sorry, the SU advice team will call you today", "lancaster-su"),
    ("Chester SU bar: try something new for a change, our cocktail menu is out 🍹", "chester-su"),
    ("the sabbs were out listening to students all week, thank you!", "lancaster-su"),
])
def test_teasers_self_mockery_and_fair_reports_are_not(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round six: a grievance signed off with praise (sarcasm) ----------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("SU website down again during elections week. great planning as always", "lancaster-su"),
    ("the bar ran out of lager by 9pm at the ball. top work, LUSU", "lancaster-su"),
    ("four weeks for a reimbursement from ULSU. stellar service as per 👍", "leicester-su"),
    ("the student advice centre took 6 weeks to answer a housing question. by then my tenancy had ended lol. great service", "chester-su"),
    ("the SU advice centre lost my form twice. amazing stuff.", "leicester-su"),
    ("the university's 'wellbeing week' is a yoga session and a leaflet while they cut 200 jobs. cheers.", "lancaster-university"),
    ("Cheers @LancasterUni for releasing the marking deadlines two days before they're due. Top planning as usual 👏", "lancaster-university"),
])
def test_a_grievance_signed_off_with_praise(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("the SU ball was incredible, great work as always from the events team 💜", "lancaster-su"),
    ("thanks LUSU for sorting my deposit so fast, brilliant service!", "lancaster-su"),
    ("the SU library took two weeks to reopen after the flood, but they've done a great job with the refurb", "lancaster-su"),
    ("sorry the SU website was down this morning, it's back up now. thanks for your patience!", "lancaster-su"),
    ("missed the bus, missed the lecture, lost my keys. great start to monday lol", "lancaster-su"),
    ("the SU bar ran out of lager by 9pm because you lot drank it dry 😂 great night, thank you!", "chester-su"),
])
def test_praise_despite_bad_luck_and_apologies_are_not(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round six: what the organisation's people did, and how it has gone ---------------------------------

@pytest.mark.parametrize("text, org", [
    ("so the sabbs voted themselves a pay rise while cutting society grants. make it make sense 🤡", "leicester-su"),
    ("the trustees rubber-stamped it without reading a word, as per", "lancaster-su"),
    ("the new SU website is somehow worse than the old one, which i didn't think was possible", "leicester-su"),
    ("the SU bar has gone downhill since the new manager", "lancaster-su"),
    ("imagine working somewhere where the CEO learns your name after 3 years. couldn't be me. oh wait", "chester-su"),
])
def test_self_serving_rubber_stamping_and_decline(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("the trustees read every word of the new strategy before approving it, thank you 👏", "lancaster-su"),
    ("the SU's new website is so much better than the old one 🙌", "leicester-su"),
    ("housing in Lancaster is getting worse, the SU advice team can help", "lancaster-su"),
    ("ULSU says the rent rises say everything about how students are treated", "leicester-su"),
])
def test_praise_and_campaigns_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round six, second fresh batch: made as if by anyone, blind to those served, better done anywhere, rid of
# them, told to sort it out, what they do all day, words reported then a turn -------------------------------

@pytest.mark.parametrize("text, org", [
    ("the SU's new strategy reads like it was written by chatgpt on a bad day", "lancaster-su"),
    ("our trustees wouldn't know a student if one bit them", "chester-su"),
    ("hot take: the SU would save more money by firing half of senior management", "lancaster-su"),
    ("if the sabbs put half as much effort into their jobs as their instagram we'd be sorted", "leicester-su"),
    ("I've seen better organised events at a toddler's birthday party. sort it out LUSU", "lancaster-su"),
    ("the VP Welfare hasn't been seen on campus since the elections. wonder what she actually does", "lancaster-su"),
    ("lancaster uni really said 'we value our staff' then froze our pay for the 3rd year 😭", "lancaster-university"),
    ("ULSU, get your act together, three cancelled socials in a row", "leicester-su"),
])
def test_second_batch_of_disparaging_wordings(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("the SU's new strategy is out and honestly it's really good, go have a read", "lancaster-su"),
    ("our trustees gave up their saturday to help at the open day, legends 💜", "chester-su"),
    ("feedback time!! what could the SU do better for societies next year? be honest 👇", "lancaster-su"),
    ("the VP Welfare has been on campus every day this week, absolute machine", "lancaster-su"),
    ("the SU really said yes to our ball budget 🥳", "lancaster-su"),
    ("if there's a problem with your SU booking we'll sort it out, just email us", "lancaster-su"),
    ("toddler group at the SU nursery was so cute this morning 🥰", "chester-su"),
])
def test_second_batch_lookalikes_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round six, third fresh batch: a verdict alone ('embarrassing tbh'), failing at the basics, gone missing,
# serving themselves, where things vanish, questions unanswered, money against priorities ---------------------

@pytest.mark.parametrize("text, org", [
    ("the SU's mental health campaign is a hashtag and a stock photo. embarrassing tbh", "lancaster-su"),
    ("leicester su spent more on the new logo than on the hardship fund. let that sink in", "leicester-su"),
    ("sabb team have gone awol again. nobody's replied to the societies exec in a fortnight", "chester-su"),
    ("the sabbs are more interested in their linkedin than in students", "lancaster-su"),
    ("ULSU finance: where reimbursements go to be forgotten", "leicester-su"),
    ("our CEO gave a 40 min speech about transparency and answered zero questions", "chester-su"),
    ("the union can't even pay its freelancers on time", "lancaster-su"),
])
def test_third_batch_of_disparaging_wordings(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("the SU's mental health campaign launches monday with free sessions all week 💚", "lancaster-su"),
    ("the SU can't even wait to see you all at freshers!! 💜", "lancaster-su"),
    ("our CEO answered every question at the AGM, thanks for coming everyone", "chester-su"),
    ("the sabbs are in the linkedin top 30 under 30 list! so proud 🥹", "lancaster-su"),
    ("Rent in Lancaster this year. Embarrassing tbh. The SU housing team can help", "lancaster-su"),
    ("our lost property box is a black hole 😂 come and claim your stuff at SU reception", "lancaster-su"),
])
def test_third_batch_lookalikes_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round seven: a negative evaluation in the sentence that names the organisation (disparaging.negative-
# evaluation, VADER's valence per sentence). Contempt in plain words no frame holds: no copula before the
# judgement, idioms of not caring, a judgement after the thing judged, praise turned by an eye-roll ---------

def negative_evaluation(engine, text, org="lancaster-su"):
    return engine.find_spans(text, org, "disparaging.negative-evaluation")


@pytest.mark.parametrize("text, org", [
    ("tbf the SU bar's a sticky dump run by people who couldn't care less about students", "lancaster-su"),
    ("the trustees at the union just rubber stamp whatever the CEO wants, spineless the lot of them", "leicester-su"),
    ("Leicester SU's HR team are a nightmare to deal with, total amateurs", "leicester-su"),
    ("the union's catering is overpriced slop ngl", "leicester-su"),
    ("Lancaster Uni management are cowards who hide behind consultants", "lancaster-university"),
    ("LUSU events are always dead and badly organised, dunno why we bother", "lancaster-su"),
    ("the University's library is a miserable, freezing, overcrowded mess", "lancaster-university"),
    ("love how Chester SU can find money for a new logo but not for the hardship fund. priorities 🙃", "chester-su"),
    ("our sabbs are careerists padding their CVs, they could not care less about anyone but themselves", "lancaster-su"),
    ("the SU shop staff were so snotty and rude to my mate today, horrible place", "chester-su"),
    ("THE SU WEBSITE IS GARBAGE. nothing works on it", "lancaster-su"),
    # 'they' standing for the organisation a post names
    ("asked the SU advice team about my deposit. they're useless, told me to google it", "lancaster-su"),
    ("don't bother emailing ULSU reception, they are so rude and unhelpful", "leicester-su"),
    # verbs of failing at a job
    ("tbh the SU massively overreacted and botched the whole investigation", "lancaster-su"),
])
def test_a_negative_sentence_naming_the_organisation_is_found(engine, text, org):
    assert negative_evaluation(engine, text, org)
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    # the organisation's own notices, apologies and complaint handling
    ("Sorry everyone, the SU bar is closed tonight due to a leak. We'll update you tomorrow.", "lancaster-su"),
    ("Leicester SU is unfortunately closed on bank holiday Monday, sorry for any inconvenience", "leicester-su"),
    ("we know room bookings have been a nightmare this term, we've raised it with the activities team", "leicester-su"),
    ("If you have a complaint about the union, use the formal complaints procedure on our website", "leicester-su"),
    # praise, with slang or a negated negative
    ("sick night at the union last night, absolute scenes 🔥", "leicester-su"),
    ("The SU's new wellbeing service is brilliant, not bad at all for a first year", "chester-su"),
    ("the sabbs were incredible at the open day, not a single thing went wrong", "chester-su"),
    # someone else judged: the writer, the government, landlords, news, the weather, exams
    ("I messed up the society budget form, totally my fault, the union finance team were really patient", "leicester-su"),
    ("Chester SU opposes the cruel cuts to student maintenance loans", "chester-su"),
    ("My landlord is a useless crook. The SU advice centre got my deposit back!", "lancaster-su"),
    ("Horrible news about the fire in town last night. Chester SU is collecting donations at reception", "chester-su"),
    ("exams are awful this week, good luck everyone, the SU has free tea in the atrium", "chester-su"),
    ("Leaked: the SU is planning redundancies in the commercial team", "lancaster-su"),
    ("On behalf of the Students' Union, I want to say we reject the new fees policy.", "lancaster-su"),
    ("Deadly serious: the University's fire drill is at 11am, please evacuate properly", "lancaster-university"),
    ("the traffic into Leicester is horrendous this morning, SU staff may be a bit late opening up", "leicester-su"),
    ("Our coach broke down on the M6 😩 LUSU Rugby will be late for kick off", "lancaster-su"),
    ("The University's annual report shows a difficult year, with a deficit of £10m", "lancaster-university"),
    ("I messed up my SU council speech. They were really kind about it though", "lancaster-su"),
])
def test_negative_words_that_are_no_judgement_of_the_organisation_stay_silent(engine, text, org):
    assert not negative_evaluation(engine, text, org)


@pytest.mark.parametrize("text, org", [
    ("tbh the Percy Gee food court is overpriced slop, go to Tesco 🤮", "leicester-su"),
    ("the Sugarhouse is a dump and the staff there couldn't give a toss about anyone's safety", "lancaster-su"),
    ("sugarhouse bouncers are the rudest, most power-tripping blokes going", "lancaster-su"),
])
def test_the_organisations_own_venues_judged(engine, text, org):
    # a profile's `venues` fill {org_venue}: contempt for a venue the organisation runs is contempt for it
    assert disparaging(engine, text, org=org, account="official", role="volunteer")


@pytest.mark.parametrize("text, org", [
    ("tbh the Percy Gee food court is overpriced slop, go to Tesco 🤮", "lancaster-su"),   # not Lancaster's
    ("Sugarhouse tonight was unreal, best night of my life", "lancaster-su"),
    ("queues at the Sugarhouse were long but the staff were lovely", "lancaster-su"),
])
def test_venues_praised_or_not_the_organisations_are_not(engine, text, org):
    assert not disparaging(engine, text, org=org, account="official", role="volunteer")


@pytest.mark.parametrize("text, org", [
    ("Lancaster SU lost our room booking AGAIN. third time this term. organised chaos over there 🤡", "lancaster-su"),
    ("I work at Chester SU and honestly the place is going under, worst-run charity I've ever set foot in", "chester-su"),
    ("Leicester SU have moved my society's funding forms again. the management are a total shambles", "leicester-su"),
])
def test_a_verdict_pointing_back_at_the_organisation_named_before_it(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "Went to the Sugarhouse over there last night, loved it",
    "Lancaster SU has moved the quiz. It's in the place next to the library now, over there by the lake",
    "LUSU helped me sort my housing contract. the place was calm and the management really kind",
])
def test_pointing_back_without_a_verdict_is_not(engine, text):
    assert not disparaging(engine, text)


# -- round eight: a reply judged by the post it answers (replied_to_requires_anywhere on the negative
# evaluation and on dissuasion): the reply names nothing, the post it answers names the organisation --------

@pytest.mark.parametrize("reply, answered, org", [
    ("honestly? the place is held together with sellotape and the managers are clueless 😬",
     "how's the new job at the SU going?", "lancaster-su"),
    ("it's grim in there, sticky floors and the toilets have been broken since september",
     "is the Sugarhouse worth going to on a wednesday?", "lancaster-su"),
    ("they're a waste of space tbh, took 5 weeks to answer my email",
     "has anyone had help from Chester SU's advice centre?", "chester-su"),
    ("he's useless, hasn't answered a single email since he got elected",
     "what's the new LUSU president like?", "lancaster-su"),
    ("it's overpriced rubbish, go to Tesco instead", "is the Percy Gee cafe any good?", "leicester-su"),
    ("lol don't bother, they'll lose your forms and blame you", "should I ask Leicester SU for help with my grant?",
     "leicester-su"),
    ("don't. just don't.", "thinking of applying for the events job at Chester SU, any tips?", "chester-su"),
])
def test_a_reply_judging_what_the_answered_post_names(engine, reply, answered, org):
    assert disparaging(engine, reply, org=org, action="reply", replying_to=answered)
    assert not disparaging(engine, reply, org=org, action="reply")      # alone, it names no one


@pytest.mark.parametrize("reply, answered, org", [
    ("it's great, the staff are lovely and the coffee is cheap", "is the Percy Gee cafe any good?", "leicester-su"),
    ("they were brilliant, sorted my deposit in two weeks", "has anyone used LUSU's advice service?", "lancaster-su"),
    ("they're awful, mine kept my whole deposit", "anyone had problems with landlords? does the SU help?", "chester-su"),
    ("honestly it was rubbish, we lost 4-0 and it rained the whole time", "how was the LUSU netball match?",
     "lancaster-su"),
    ("Sorry to hear that! DM us and our advice team will call you back today.",
     "Leicester SU still haven't replied to my email about my appeal", "leicester-su"),
    ("don't bother bringing cash, it's card only now", "going to the Sugarhouse tonight, do I need cash?",
     "lancaster-su"),
    ("ugh mondays are the worst", "Chester SU quiz is back tonight!", "chester-su"),
])
def test_replies_that_praise_help_or_judge_something_else_stay_silent(engine, reply, answered, org):
    assert not disparaging(engine, reply, org=org, action="reply", replying_to=answered)


# -- round eight: advice against the organisation as an employer or service, with no word against it -------

@pytest.mark.parametrize("text, org", [
    ("if you're thinking of applying for a job at Chester SU... just don't. trust me.", "chester-su"),
    ("new staff at the union: get out while you still can 😅", "chester-su"),
    ("anyone considering volunteering for LUSU, my advice is don't bother 🙂", "lancaster-su"),
    ("i'd never recommend working at Leicester SU to anyone", "leicester-su"),
    ("avoid the SU advice centre like the plague", "lancaster-su"),
    ("thinking of being a sabb at Leicester SU? run for the hills", "leicester-su"),
    ("the Sugarhouse on a friday? steer well clear", "lancaster-su"),
    ("applying to work at the union? don't make my mistake", "chester-su"),
])
def test_advice_against_the_organisation_as_employer_or_service(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("thinking of skipping the LUSU careers fair? don't. loads of employers there", "lancaster-su"),
    ("don't forget your student ID for the Sugarhouse tonight!", "lancaster-su"),
    ("Chester SU quiz tonight, don't be shy, come along", "chester-su"),
    ("don't bother queuing at the SU shop, we've opened a second till upstairs 🙌", "chester-su"),
    ("dodgy letting agents: steer clear. the Leicester SU advice centre can help you check a contract", "leicester-su"),
    ("working at LUSU is the best job I've had, honestly apply if you get the chance", "lancaster-su"),
    ("I don't. Chester SU does all the ordering for us", "chester-su"),
])
def test_advice_that_sends_people_to_the_organisation_or_elsewhere_for_other_reasons(engine, text, org):
    assert not disparaging(engine, text, org=org)


# -- round eight: irony with no praise word, and people ridiculed for their work ------------------------------

@pytest.mark.parametrize("text, org", [
    # the organisation's name as the punchline of a failure
    ("sat through a 4hr board meeting where the CEO said nothing useful. peak LUSU", "lancaster-su"),
    ("elections email sent the day after voting closed. typical Chester SU", "chester-su"),
    ("lost our room booking for the third time this term. Leicester SU strikes again", "leicester-su"),
    # scare quotes around what it calls its partners and works
    ("our printing 'partner' sent 2000 leaflets with last year's logo on", "chester-su"),
    ("the Percy Gee 'refurb' = two beanbags and a vending machine that eats coins", "leicester-su"),
    ("LUSU's 'new and improved' website lost every society's page", "lancaster-su"),
    # applause or 'real professional' signing off what went wrong
    ("the union's finance team lost our receipts for a third time 👏 real professional", "chester-su"),
    ("Leicester SU managed to spell 'welcome' wrong on the freshers banner 👏👏", "leicester-su"),
    ("LUSU put the wrong date on every freshers poster 👏", "lancaster-su"),
    # knowing, bringing or paying nothing, with no negative word VADER scores
    ("our events team hasn't got the foggiest what students actually want", "lancaster-su"),
    ("the CEO contributed precisely nothing of value at the away day", "lancaster-su"),
    ("Chester SU pays its cleaners less than the minimum wage of 2015", "chester-su"),
    # ridiculed for their work by their pay
    ("our head of comms thinks a clip-art poster is 'on brand' 💀 and they pay her for this", "lancaster-su"),
    ("our marketing manager thinks comic sans is 'fun and accessible' and she gets paid for this", "lancaster-su"),
    ("our activities coordinator takes 3 weeks to approve a bake sale and they pay him for this", "lancaster-su"),
])
def test_irony_without_praise_and_people_ridiculed_for_their_work(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("peak times at the LUSU gym are 5-7pm, come earlier for a squat rack", "lancaster-su"),
    ("classic LUSU, always looking after us 💜 free breakfast in exam week", "lancaster-su"),
    ("LUSU hockey won 5-0 today 👏👏 absolute scenes", "lancaster-su"),
    ("The 'Big Quiz' is back at the Sugarhouse on Thursday! Teams of up to 6", "lancaster-su"),
    ("our new 'Study Buddies' scheme launches Monday at Chester SU", "chester-su"),
    ("Chester SU fixed the broken lift in a day 👏 thank you", "chester-su"),
    ("the SU paid for this whole trip, thank you!", "leicester-su"),
    ("our comms manager designed the whole freshers campaign in a week, she's a genius 💜", "lancaster-su"),
    ("Chester SU pays all its staff more than the real living wage", "chester-su"),
    ("we're sorry, the wrong date went out on the Chester SU elections email. Voting closes Friday.", "chester-su"),
])
def test_lookalikes_of_irony_and_ridicule_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org, account="official", role="volunteer")


# -- round eight, second batch: the reply mechanism across the frames, 'they' doing badly, dissuasion
# standing as a clause of its own, scare quotes around a longer label -----------------------------------

@pytest.mark.parametrize("reply, answered, org", [
    ("nope, they'll ignore you like they ignored us", "should our society apply for Leicester SU funding?",
     "leicester-su"),
    ("he's barely been seen since the election tbh", "has anyone met the Leicester SU president yet?", "leicester-su"),
    ("they couldn't organise a piss-up in a brewery", "Chester SU are running the summer ball this year", "chester-su"),
    ("honestly? avoid. trust me, I used to work there", "thinking of volunteering at LUSU, thoughts?", "lancaster-su"),
    ("shambolic.", "how did the LUSU elections count go?", "lancaster-su"),
])
def test_the_frames_read_a_reply_by_the_post_it_answers(engine, reply, answered, org):
    assert disparaging(engine, reply, org=org, action="reply", replying_to=answered)


@pytest.mark.parametrize("reply, answered, org", [
    ("they sorted it in a day, couldn't fault them", "should our society apply for Leicester SU funding?",
     "leicester-su"),
    ("shambolic.", "how did the Tories do in the by-election? LUSU politics soc wants to know", "lancaster-su"),
    ("they ignored us for months, the SU had to step in", "anyone had trouble with their landlord?", "lancaster-su"),
])
def test_replies_about_someone_else_or_in_praise_stay_silent(engine, reply, answered, org):
    assert not disparaging(engine, reply, org=org, action="reply", replying_to=answered)


@pytest.mark.parametrize("text, org", [
    ("got an interview at Leicester SU next week? my advice: turn it down", "leicester-su"),
    ("thinking of running for sabb at the union?? reconsider. please.", "lancaster-su"),
    ("friends don't let friends work at Chester SU", "chester-su"),
    ("asked the SU for help with our grant and they ignored us for a month", "lancaster-su"),
    ("our 'sustainability partner' turned up in a diesel van with 400 plastic bottles", "lancaster-su"),
    ("the SU's 'quick' room booking system, now only 6 weeks per request", "leicester-su"),
])
def test_dissuasion_conduct_and_scare_quotes_in_new_wordings(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("UCAS clearing is chaos as always, ring our helpline and the Chester SU team will talk you through it",
     "chester-su"),
    ("our new 'Quick Quiz' is on at the Sugarhouse every Tuesday", "lancaster-su"),
    ("Please don't apply for the hardship fund by email, use the online form so we can process it faster",
     "chester-su"),
    ("asked the SU for help and they sorted my deposit in a day", "lancaster-su"),
])
def test_dissuasion_conduct_and_scare_quote_lookalikes_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org, account="official", role="volunteer")


@pytest.mark.parametrize("text, org", [
    ("yeah tbh we think the SU massively overreacted", "lancaster-su"),           # agreeing is no praise
    ("yep, the union's comms team botched the whole rebrand", "chester-su"),
    ("the Union's finance manager can't count to ten. how she got the job is anyone's guess", "chester-su"),
    ("our president was promoted beyond her competence, Chester SU in a nutshell", "chester-su"),
    ("the new LUSU CEO has failed upwards his whole career", "lancaster-su"),
])
def test_agreement_and_how_they_got_the_job(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("yeah the SU quiz is on tonight, see you there", "lancaster-su"),
    ("agreed, the Chester SU advice team were brilliant with my appeal", "chester-su"),
    ("so proud of how she got the job at Leicester SU after two years volunteering 💜", "leicester-su"),
])
def test_agreement_and_how_they_got_the_job_lookalikes(engine, text, org):
    assert not disparaging(engine, text, org=org, account="official", role="volunteer")


@pytest.mark.parametrize("text, org", [
    ("LUSU volunteering: 0/10, would not do again", "lancaster-su"),
    ("would i work for the students union again? not in a million years", "chester-su"),
    ("another term, another Chester SU website that doesn't load on phones. never change", "chester-su"),
    ("LUSU's catering 'provider' forgot the vegan option at the awards dinner", "lancaster-su"),
    ("our comms lead thinks 'engagement' means posting the same graphic six times 💀", "chester-su"),
])
def test_never_again_and_signed_off_failures(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text, org", [
    ("would I work for Chester SU again? in a heartbeat, best team I've ever had", "chester-su"),
    ("I was useless at my first SU council, forgot my speech completely lol, everyone was lovely", "lancaster-su"),
    ("Thanks to the SU for the 'care packages' in exam week", "lancaster-su"),
    ("our comms lead is leaving after 8 years, we will miss her so much 💜", "lancaster-su"),
])
def test_never_again_and_signed_off_lookalikes(engine, text, org):
    assert not disparaging(engine, text, org=org, account="official", role="volunteer")


# -- what a session is about and the names of acts: negative words that judge nothing -----------------------

@pytest.mark.parametrize("text", [
    "Drugs: know the risks. Harm reduction talk w/ the wellbeing team, thurs 6pm, totally confidential + non-judgy",
    "Anxiety drop-in with the SU advice team every Tuesday, no need to book",
    "Feeling lonely? The union's loneliness cafe is back in the Sugarhouse foyer from Monday",
    "Sexual assault awareness workshop run by the SU welfare officer, Weds 2pm",
    "Panic attacks and exam trauma: the SU wellbeing team are running a session on coping strategies",
    "Rage Against the Machine tribute night at the Sugarhouse 🤘 Fri, £5 on the door",
    "LUSU film society presents Evil Dead, Thursday in the Sugarhouse, free popcorn",
    "Our SU bar hosts a Death Cab for Cutie singalong this weekend, all welcome",
])
def test_a_sessions_subject_and_an_acts_name_are_no_judgement(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "the SU wellbeing team are useless, their harm reduction talk was a shambles",
    "Rage is all I feel about LUSU management, clueless the lot of them",
    "the Sugarhouse tribute night was Terrible, the union staff were rude",
])
def test_the_organisation_judged_beside_them_still_is(engine, text):
    assert disparaging(engine, text)


# -- servile or treacherous people: contempt words VADER lacks ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Lancaster's VC is a snake and the SU management are his little lapdogs 🐍🐕",
    "the sabbs are just the VC's lackeys tbh",
    "LUSU trustees = a bunch of sycophantic yes-men",
    "our union president is a total bootlicker for the uni",
    "the students' union is run by the principal's cronies",
])
def test_servile_people_running_the_organisation(engine, text):
    assert disparaging(engine, text)


@pytest.mark.parametrize("text", [
    "Puppy therapy at the union on Friday: bring your lapdog along!",
    "Snake and ladders tournament in the LUSU games room tonight",
    "Reptile society brought a snake to the SU freshers fair, everyone loved it 🐍",
    "the SU volunteers aren't anyone's lackeys, they're brilliant",
])
def test_animals_and_denials_are_not(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


# -- ninth round: failure and decline in idioms, animals and tools, suppliers by name, insults from offensive --

@pytest.mark.parametrize("text, org", [
    ("LUSU's senior leadership have run that place into the ground", "lancaster-su"),
    ("chester su is going down the pan 📉", "chester-su"),
    ("Leicester SU's finances are circling the drain and the trustees are asleep", "leicester-su"),
    ("our union has completely lost the plot this year", "lancaster-su"),
    ("that SU is falling apart at the seams", "chester-su"),
    ("the SU's reputation is in the gutter after this year", "leicester-su"),
    ("Chester SU really has gone to the dogs since covid", "chester-su"),
    ("the SU's new app is held together with duct tape and prayers", "chester-su"),
    ("our CEO wouldn't know good governance if it bit her on the arse", "chester-su"),
    ("Lancaster SU's marketing team wouldn't know good design if it slapped them", "lancaster-su"),
    ("the trustees are making a right pig's ear of the restructure", "leicester-su"),
    ("Chester SU management: all fur coat and no knickers", "chester-su"),
    ("total stitch up by the union as usual, the vote was decided before we got there", "lancaster-su"),
    ("our president waffles for an hour and says absolutely nothing", "chester-su"),
    ("Union Activities have lost the plot, they want a risk assessment for a bake sale", "leicester-su"),
    ("LUSU has been dying a slow death since the new CEO started 📉", "lancaster-su"),
    ("Lancaster Uni management have made an absolute hash of the pay negotiations", "lancaster-university"),
    ("our sabbs couldn't find their way out of a wet paper bag", "lancaster-su"),
    ("sat in another trustee meeting listening to the chair talk out of his backside", "chester-su"),
])
def test_idioms_of_failure_and_decline_judge_what_their_sentence_names(engine, text, org):
    assert disparaging(engine, text, org=org)


def test_an_idiom_in_a_reply_judges_what_the_post_answered_names(engine):
    assert disparaging(engine, "honestly it's chaos behind the scenes, the place is falling to bits",
                       action="reply", replying_to="how's the new job at LUSU going?")
    assert disparaging(engine, "gone to the dogs tbh", org="chester-su", action="reply",
                       replying_to="how's Chester SU these days? coming to the quiz?")


@pytest.mark.parametrize("text", ["can't, my revision has gone to pot", "honestly my laptop is falling apart so no"])
def test_an_idiom_in_a_reply_about_the_writers_own_things_is_not(engine, text):
    assert not disparaging(engine, text, org="chester-su", action="reply",
                           replying_to="how's Chester SU these days? coming to the quiz?")


@pytest.mark.parametrize("text, org", [
    ("my dissertation is in the bin, send help", "lancaster-su"),
    ("my essay plan has gone completely pear-shaped lol, SU library cafe all night", "lancaster-su"),
    ("our 2nd XI are sinking like a stone in the BUCS table, come support us at the SU sports night", "lancaster-su"),
    ("The Tories have driven the NHS into the ground", "lancaster-su"),
    ("the government has let student services go to the dogs. Leicester SU is campaigning to fix it", "leicester-su"),
    ("We dropped the ball on society funding emails this week and we're sorry. New deadline is Friday.", "lancaster-su"),
    ("I was completely out of my depth at my first board meeting but the CEO was brilliant", "lancaster-su"),
    ("Liverpool SU's election was a total stitch up apparently", "chester-su"),
    ("Manchester SU are a total shambles lol", "lancaster-su"),
    ("my sleep schedule has gone to pot since I started as a sabb lol", "lancaster-su"),
    ("we lost 5-0 and our defence fell apart, back to training monday lads", "lancaster-su"),
    ("the rugby lads are sinking pints at the SU bar after a big win 🍻", "chester-su"),
    ("the University of Manchester has really gone downhill", "lancaster-university"),
])
def test_idioms_about_oneself_a_team_or_another_body_stay_silent(engine, text, org):
    assert not disparaging(engine, text, org=org, role="volunteer")


@pytest.mark.parametrize("text, org", [
    ("Lancaster Uni's VC is a snake, simple as", "lancaster-university"),
    ("the sabbs are just the CEO's puppets", "lancaster-su"),
    ("our management are sheep, they do whatever the uni tells them", "leicester-su"),
    ("the rest of the trustees are just nodding dogs", "leicester-su"),
    ("the trustees are the VC's poodles", "lancaster-su"),
    ("the president and his little lapdogs on the exec", "chester-su"),
    ("the uni's VC and his little cheerleaders in the exec office at it again", "lancaster-university"),
])
def test_animals_and_tools_of_contempt_for_the_organisations_people(engine, text, org):
    assert disparaging(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "our dog is a total lapdog, brought him to the SU staff bring-your-pet day",
    "Puppet making workshop at the SU, bring your own socks",
    "sheep petting at the SU farm day on Saturday 🐑",
])
def test_animals_and_puppets_at_the_organisations_events_are_not(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text, org", [
    ("shoutout to Scruffs Catering for the worst buffet known to man 🤢 literal dog food. never again.", "lancaster-su"),
    ("avoid BigPrint Co at all costs, our hoodies came back looking like a toddler drew them", "lancaster-su"),
    ("shoutout to Speedy Print Co for printing our hoodies in the wrong colour and then ghosting us. never again", "leicester-su"),
    ("huge thanks to Bayside Taxis for being 2 hours late for our formal, cowboys", "lancaster-su"),
    ("Fresh Bites catering served us disgusting cold chips at the ball", "leicester-su"),
])
def test_a_supplier_the_organisation_used_trashed_by_name(engine, text, org):
    assert disparaging(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "shoutout to Scruffs Catering for the best buffet ever 😍 we'll be back",
    "thanks to Kwik Coaches for getting us to Bangor and back safe 🚌",
    "Kwik Coaches were not bad at all for our trip, would book again",
    "Catering by Scruffs Catering tonight, absolutely amazing food 😍",
])
def test_a_supplier_praised_is_not(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


@pytest.mark.parametrize("text", [
    "that new sabb is such a ret*rd, how did they even win",
    "our CEO is a total sc*mbag and everyone knows it",
])
def test_the_offensive_lexicons_insults_said_of_its_people(engine, text):
    assert disparaging(engine, text, org="chester-su", role="trustee")


@pytest.mark.parametrize("text, action", [
    ("LUSU's leadership has run that place into the ground. Absolute shambles from top to bottom.", "share"),
    ("the sabbs are just the CEO's little puppets", "like"),
    ("LUSU management couldn't organise a piss up in a brewery", "repost"),
])
def test_liking_or_sharing_disparagement_warns_both(engine, text, action):
    answer = check(engine, text, org="lancaster-su", role="staff", account="personal", action=action)
    assert {"disparaging", "endorsement"} <= set(warned(answer))


@pytest.mark.parametrize("text", [
    "reminder subs are £25, pay through the SU website not to me pls 🙏 anyone struggling message the treasurer privately, no judgement x",
    "Heads up 🚫 there's a fake 'LUSU Tickets' account selling Extrav tickets. Only buy through our website.",
    "Warning: someone is impersonating the SU on Instagram asking for bank details. Report and block.",
    "PSA there's a fake LUSU Events page selling Sugarhouse tickets, only buy through the official channels",
    "pls pay society subs through the SU shop not by bank transfer to committee members 🙏",
    "if you can't afford the LUSU ski trip message the treasurer, no judgement, no questions asked",
    "Scam warning: fake LUSU Welfare profile messaging students for bank details. Our team will never ask for this.",
])
def test_the_organisations_own_notices_and_reassurances_are_no_verdict_on_it(engine, text):
    assert not disparaging(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text", [
    "the SU website is a joke, took me 40 mins to pay my subs",
    "honestly LUSU is run by clowns, the ticket system crashed again",
    "the SU shop is a rip-off pls don't buy there",
    "LUSU's events team are useless, they couldn't organise a piss up",
])
def test_a_verdict_on_it_beside_a_request_still_warns(engine, text):
    assert disparaging(engine, text, role="staff", account="official")


@pytest.mark.parametrize("text", [
    "the student officers this year are useless, never reply to anything",
    "part-time officers are a joke this year",
    "our student officers couldn't organise a piss up in a brewery",
])
def test_a_unions_student_officers_are_its_own_people(engine, text):
    assert disparaging(engine, text, org="chester-su", role="trustee")


@pytest.mark.parametrize("text", [
    "Congrats to our new student officers, elected today! 🎉",
    "Student officers: training is on Monday at 10 in the Hub",
    "our student officers were brilliant at the open day",
])
def test_student_officers_named_without_a_verdict_are_not(engine, text):
    assert not disparaging(engine, text, org="chester-su", role="trustee")


# -- round ten: verdicts standing apart from their subject -------------------------------------------------

@pytest.mark.parametrize("text, replying_to, expected", [
    # a reply made only of agreement takes on the judgement of the post it answers
    ("this ^ 100%", "The SU's complaints process is a total joke, took 4 months to hear back", True),
    ("so true 💯", "LUSU is useless at answering emails", True),
    ("couldn't agree more!!", "our SU's new booking system is a shambles", True),
    ("Exactly this. Nothing ever changes at that place", "LUSU management ignore every staff survey, it's a joke", True),
    ("same", "the SU useless as ever, lost our booking", True),
    ("this ^ 100%", "Shoutout to the SU for the free breakfast scheme, proper lifesaver", False),
    ("same", "the SU isn't useless, it just needs more money", False),
    ("this ^ 100%", "the government is useless on student housing", False),
    ("this is why I love the SU", "The SU's complaints process is a total joke", False),
    ("same time next week?", "The SU's complaints process is a total joke", False),
])
def test_agreement_with_a_verdict(engine, text, replying_to, expected):
    assert disparaging(engine, text, action="reply", replying_to=replying_to) is expected


@pytest.mark.parametrize("text, org, expected", [
    # an aside between the verb and the verdict
    ("the union's new app is, frankly, amateur hour", "lancaster-su", True),
    ("Chester SU's rota is - let's be honest - a shambles", "chester-su", True),
    ("the union's new app is, honestly, not useless at all", "lancaster-su", False),
    ("the SU's new app is, frankly, brilliant", "lancaster-su", False),
    # a thing of theirs named in several words, judged after its verb
    ("Our CEO's all-staff email today was the most tone deaf thing I've read", "lancaster-su", True),
    ("LUSU's new events booking page is a complete joke", "lancaster-su", True),
    ("the SU's new events booking page isn't a joke, give it a go", "lancaster-su", False),
    ("LUSU's freshers fair was great even though the weather was awful", "lancaster-su", False),
    # a verdict standing as its own sentence, with a habitual tail or an emoji after it
    ("ask the SU, they've cancelled it AGAIN. useless as always 🙄", "lancaster-su", True),
    ("Membership at the Union is down 30% and nobody seems to care. Sinking ship 🚢", "chester-su", True),
    ("The SU's quiz is back on Thursday night. Useless as always at general knowledge? Come anyway 🎉", "lancaster-su", False),
    # the organisation's suppliers as its staff name them
    ("our bar's drinks supplier delivered warm kegs again. avoid them like the plague", "chester-su", True),
    ("our catering contractor is a nightmare to deal with", "lancaster-su", True),
    ("our bar's drinks supplier is delayed by the storm, limited menu tonight", "chester-su", False),
    # ours run down by comparison
    ("even Manchester's SU manages to open its building on time. ours? not a chance", "lancaster-su", True),
    ("even a toddler could run a better election than LUSU", "lancaster-su", True),
    ("even Manchester's SU manages a good turnout, so can we! vote LUSU", "lancaster-su", False),
    ("even my nan could do this quiz, come to the SU tonight", "lancaster-su", False),
    ("At the SU, even the grown ups get silly here. Even magenta can be subtle!", "lancaster-su", False),
    ("not even a thunderstorm can keep us away from the SU quiz", "lancaster-su", False),
])
def test_round_ten_verdicts(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # no clue, no plan, without an insult word
    ("Yet another restructure at the SU. Whoever's in charge clearly hasn't got a plan", "lancaster-su", True),
    ("the sabbs have no clue, genuinely", "lancaster-su", True),
    ("nobody in the welfare team at the SU has a clue", "lancaster-su", True),
    ("New at the SU? Whoever's in charge of your society can help", "lancaster-su", False),
    ("nobody at the SU had a clue it was my birthday 🥳 thanks for the cake!", "lancaster-su", False),
    # dealing with them likened to a futile task
    ("dealing with the SU comms team is like trying to get a straight answer out of a toddler", "lancaster-su", True),
    ("getting a reply from Chester SU's finance office is like pulling teeth", "chester-su", True),
    ("working with the SU's events team is like being part of a family 💜", "lancaster-su", False),
    ("talking to the SU advice team was like talking to a friend, so helpful", "lancaster-su", False),
])
def test_round_ten_no_clue_and_futility(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # a token answer to a crisis mocked
    ("love that Lancaster SU's answer to the strike is another email", "lancaster-su", True),
    ("Chester SU's response to the housing crisis? a webinar", "chester-su", True),
    ("Our answer to the cost of living crisis is a free breakfast every weekday at the SU", "lancaster-su", False),
    # nobody would notice them gone
    ("the SU could easily be replaced by a chatbot and nobody would notice", "lancaster-su", True),
    ("No one would notice if you slipped in late to the SU quiz, come anyway!", "lancaster-su", False),
    # doubt they do anything
    ("still can't tell you what the SU trustees actually do", "lancaster-su", True),
    ("Come to our open day and find out what the SU actually does!", "lancaster-su", False),
    # a verdict the writer passes on themselves is theirs
    ("Lost my keys somewhere between the library and the SU, I'm such an idiot", "lancaster-su", False),
    ("we were shocking at the SU quiz last night 😂", "lancaster-su", False),
    # word families: all talk, a degree factory, needing their eyes tested
    ("tbh the SU exec at Leicester are all talk, not one promise delivered", "leicester-su", True),
    ("LUSU is a degree factory with a bar attached", "lancaster-su", True),
    ("whoever signed off the SU's new logo needs their eyes testing", "chester-su", True),
    ("the SU's opticians offer: get your eyes tested for £5", "lancaster-su", False),
])
def test_round_ten_mockery_and_families(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # a token gesture after a question mark
    ("LUSU's welfare provision? a leaflet and a shrug", "lancaster-su", True),
    ("What's on at the SU this week? A quiz, a gig and a free breakfast", "lancaster-su", False),
    # putting the reader in their place
    ("Imagine being the SU and thinking a tote bag fixes the mental health crisis 😂", "lancaster-su", True),
    ("Imagine being a fresher and thinking you're alone - the SU is here for you", "lancaster-su", False),
    # a noun of contempt standing as a sentence of its own
    ("Four months waiting for LUSU to reimburse my travel. Absolute clown behaviour.", "lancaster-su", True),
    ("The SU's Christmas panto is back. Panto tickets on sale now!", "lancaster-su", False),
])
def test_round_ten_gestures_and_fragments(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # all show, no substance
    ("LUSU trustees: all lanyards, no accountability", "lancaster-su", True),
    ("Chester SU management, all talk and no action as usual", "chester-su", True),
    ("LUSU: all welcome, no experience needed!", "lancaster-su", False),
    ("the SU has zero tolerance for harassment", "lancaster-su", False),
    # reduced to something lesser dressed up
    ("Hot take: LUSU's strategy document is just ChatGPT with a logo on it", "lancaster-su", True),
    ("The SU's new app is basically the old one with a logo refresh and dark mode, and we love it", "lancaster-su", False),
    # whoever thought it a good idea
    ("Whoever at the union thought a 9am AGM was a good idea clearly doesn't know a single student", "lancaster-su", True),
    ("Whoever at the SU thought of free breakfasts deserves a medal", "lancaster-su", False),
    # their idea of a claim, after a colon
    ("Leicester SU's idea of a consultation: a Google form nobody saw", "leicester-su", True),
    ("Our idea of a good night at the SU: a quiz and a pint", "lancaster-su", False),
])
def test_round_ten_show_and_choices(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # failing at every one
    ("Chester SU's finance office loses every expenses claim you send", "chester-su", True),
    ("we lost every game this season but the SU sports awards were class", "lancaster-su", False),
    # likened to something foul
    ("the coffee at the Sugarhouse tastes like dishwater", "lancaster-su", True),
    ("Percy Gee's new coffee place: the latte tastes like heaven", "leicester-su", False),
    # a superlative of squalor on their place
    ("the SU bar is easily the dingiest pub on campus", "lancaster-su", True),
    ("the Sugarhouse's Halloween night: the grimmest costumes in the north west win a prize 🎃", "lancaster-su", False),
    # made to use it
    ("whoever designed the SU's new booking system should be made to use it", "lancaster-su", True),
    # a train company judged beside a shift at the SU is the train company's
    ("Southern Rail is a joke, two hours late again, missed the start of my shift at the SU", "lancaster-su", False),
])
def test_round_ten_every_one_foul_and_squalid(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # how its people feel, in an event's inflections or an emoji of feeling, is no verdict on them
    ("Can't say much but the union's finances are a worry and the board is panicking 😬", "lancaster-su", False),
    ("ULSU trustees worrying about the deficit again 😱", "leicester-su", False),
    ("LUSU's board is panicking as usual, bunch of clueless amateurs", "lancaster-su", True),
    # a word of contact or a fall in numbers
    ("drop the SU advice centre a message, they're lovely", "lancaster-su", False),
    ("Drop by Chester SU reception for your free planner!", "chester-su", False),
    ("the SU's advice centre dropped my case, useless lot", "lancaster-su", True),
    # a name in quotation marks: a theme, a film, a song
    ("Sugarhouse theme this Friday is 'Villains' 😈 dress up!", "lancaster-su", False),
    ("Film Soc at Percy Gee screening \"Evil\" tonight", "leicester-su", False),
    ("the SU's 'Wellbeing Hub' is a cupboard, pathetic", "lancaster-su", True),
])
def test_round_ten_l_feelings_contact_and_quoted_names(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # the union's own student bodies judged: its volunteers (LSU 6.10)
    ("The student council are a bunch of clueless CV-padders, honestly.", "lancaster-su", True),
    ("No offence to the Sports Fed exec but they're the laziest people on campus 😴", "lancaster-su", True),
    ("honestly the society committee were shambolic at the AGM", "leicester-su", True),
    ("Student council meets tonight: come and have your say on the bar prices!", "lancaster-su", False),
    ("Sports Fed awards night was brilliant, well done to every club committee", "lancaster-su", False),
    # a society's event is no verdict on it ('Politics Soc debate: is FPTP broken?')
    ("Politics Soc debate tonight: is first past the post broken? free pizza 🍕", "lancaster-su", False),
    ("comedy soc open mic was dead funny 💀 cried at the bit about the pigeons", "lancaster-su", False),
    # the people it serves, the worst of their kind
    ("the students here are the laziest lot I've ever worked with, can't even fill in a form", "chester-su", True),
    ("our freshers are the most clueless bunch I've ever met", "chester-su", True),
    ("our volunteers are the best bunch I've ever worked with", "chester-su", False),
    ("freshers are the worst hit by the housing shortage", "chester-su", False),
])
def test_round_ten_l_student_bodies_and_the_worst_of_those_served(engine, text, org, expected):
    assert disparaging(engine, text, org=org, role="volunteer" if org != "chester-su" else "staff",
                       account="official" if org != "chester-su" else "personal") is expected


# -- Round eleven: a verdict in the next sentence, questions that blame, a lesser hand that would do better ---

@pytest.mark.parametrize("text, org, expected", [
    # the verdict just after the sentence naming them, with no subject of its own
    ("Saw the SU's new budget. Embarrassing.", "lancaster-su", True),
    ("Read the new strategy from LUSU. Shambles from start to finish.", "lancaster-su", True),
    ("The Chester SU shop charges £2.80 for a meal deal. Disgraceful, and everyone who works there knows it.",
     "chester-su", True),
    ("LUSU's new app crashes every time you open it. Whoever built it should be embarrassed.", "lancaster-su", True),
    # praise before it, a feeling, a concession, a question, or a sentence with a subject of its own
    ("Loved the LUSU quiz last night. Awful sound though!", "lancaster-su", False),
    ("Great night at the Sugarhouse. Terrible hangover today 😂", "lancaster-su", False),
    ("Sorry, the LUSU bar is shut tonight for a private event. Gutted!", "lancaster-su", False),
    ("The SU's quiz is back on Thursday. Useless at general knowledge? Come anyway 🎉", "lancaster-su", False),
    ("The SU is running a housing drop-in on Monday. Landlords here are a disgrace.", "lancaster-su", False),
])
def test_round_eleven_a_verdict_carried_into_the_next_sentence(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    ("who on earth approved the new Chester SU logo?? looks like it was done in Paint", "chester-su", True),
    ("Saw LUSU's new room booking rules. Who signed this off?", "lancaster-su", True),
    ("the SU's freshers timetable has two events in one room. did anyone even read it", "lancaster-su", True),
    ("Leicester SU moved the bar into the basement. whose bright idea was that", "leicester-su", True),
    ("LUSU's new logo looks like something off a cereal box. Who paid for that?", "lancaster-su", True),
    ("Who paid for the new LUSU minibus? The Sports Fed did, thank you so much!", "lancaster-su", False),
    ("Seen the new LUSU website? My 8 year old could do better.", "lancaster-su", True),
    ("honestly my nan could run it better than whoever runs the SU bar", "lancaster-su", True),
    # asking whom to ask, an invitation, the government, a skill the writer lacks
    ("Does anyone know who I should speak to at the SU about a room booking that's gone wrong?", "leicester-su", False),
    ("Who approved the budget? Come to the LUSU AGM on Thursday and find out!", "lancaster-su", False),
    ("Who on earth approved the government's cuts to maintenance loans? LUSU is campaigning against them",
     "lancaster-su", False),
    ("my 5 year old could do better at Mario Kart than me lol, SU games night tonight", "lancaster-su", False),
    ("Bouldering for beginners at the SU sports centre: a toddler could do it! Sign up below", "lancaster-su", False),
])
def test_round_eleven_questions_that_blame_and_a_lesser_hand(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, org, expected", [
    # the organisation telling what it has done about a complaint repeats it without making it
    ("We know the queue times at the SU shop have been terrible this week. We've added extra staff from Monday.",
     "chester-su", False),
    ("Chester SU shop queues have been terrible this week and nobody there seems to care", "chester-su", True),
    # a duty not done, signed off with praise
    ("LUSU trustee meeting today. Half of them hadn't read the papers, the other half didn't turn up. Inspiring stuff.",
     "lancaster-su", True),
    ("LUSU trustee meeting today: inspiring stuff from our new chair, every paper read and discussed", "lancaster-su", False),
    # not knowing how to do the job, failing at what anyone could
    ("our CEO still doesn't know how to attach a PDF 🙄", "lancaster-su", True),
    ("Don't know how to book a room? The LUSU activities team can help", "lancaster-su", False),
])
def test_round_eleven_own_fixes_and_duties_not_done(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


def test_round_eleven_one_of_its_people_calling_us_useless_in_a_reply(engine):
    assert disparaging(engine, "lol no. go to Citizens Advice, we're useless", action="reply",
                       replying_to="Is the SU advice service actually any good?")
    assert not disparaging(engine, "lol no, we're useless at quizzes", action="reply",
                           replying_to="Is your flat doing the pub quiz tonight?")


@pytest.mark.parametrize("text, org, expected", [
    # 'we' who cannot do the basics of the work, as its own people say it
    ("Honestly we couldn't organise a raffle at this place.", "lancaster-su", True),
    ("Work at LUSU and we still can't get the rota right", "lancaster-su", True),
    ("Sorry all, we couldn't run a session at the LUSU gym this week because the room flooded", "lancaster-su", False),
    ("we can't organise the LUSU ball without you! volunteers needed 🙌", "lancaster-su", False),
    # a failure said to happen again and again, with an eye-roll; a one-off complaint stays a complaint
    ("Union Activities strike again 🙄 lost our room booking for the third time this term", "leicester-su", True),
    ("Union Activities took three weeks to reply 🙄", "leicester-su", False),
])
def test_round_eleven_we_who_cannot_and_failures_again_and_again(engine, text, org, expected):
    assert disparaging(engine, text, org=org, role="staff" if org != "leicester-su" else "volunteer",
                       account="personal" if org != "leicester-su" else "official") is expected


# -- student media carrying the union's answer; a contest's result ---------------------------------------

def test_student_media_criticism_carrying_the_unions_answer_is_reporting(engine):
    text = "Comment: the SU's new room booking system is a shambles. We asked for comment and the SU's response is below."
    assert not disparaging(engine, text, role="student-media", account="official")
    # the same words from a society's account, or without the answer, still run the union down
    assert disparaging(engine, text, role="volunteer", account="official")
    assert disparaging(engine, "Comment: the SU's new room booking system is a shambles.",
                       role="student-media", account="official")


@pytest.mark.parametrize("text", [
    "Fair play to Hockey for beating us at the SU pub quiz, we want a rematch 😤",
    "Beaten by Film Soc in the union's sports day final, congrats to them 👏",
])
def test_a_contests_result_is_no_verdict(engine, text):
    assert not disparaging(engine, text, role="volunteer", account="official")


# -- round twelve: incompetence described without a verdict word ----------------------------------------

@pytest.mark.parametrize("text, org, expected", [
    # nobody there ever does the plainest part of the job, or they never do it, as a habit
    ("Nobody in the Students' Union finance office ever answers the phone.", "leicester-su", True),
    ("no one at Chester SU actually reads their emails", "chester-su", True),
    ("Who thought a 9am AGM was a good idea? The union never learns.", "leicester-su", True),
    ("Nobody at Leicester SU has replied yet, does anyone know who I should email?", "leicester-su", False),
    ("I never answer emails at the weekend, the Leicester SU team know that", "leicester-su", False),
    ("Nobody at the SU ever judges you, the advice team are lovely", "chester-su", False),
    # one of them unable to do, or ignorant of, the basics of the job, their name before it, commas and all
    ("Our Head of Marketing, bless her, still can't work out how to schedule a tweet.", "chester-su", True),
    ("the SU president doesn't even know how to chair a meeting", "chester-su", True),
    ("I still can't work out how to use the new Chester SU app, can someone help?", "chester-su", False),
    ("Our Head of Marketing ran a workshop for anyone who has no idea how to use Canva", "chester-su", False),
    # their time or care put into themselves before the work
    ("Our president spends more time on his Instagram than on actual union business.", "chester-su", True),
    ("Chester SU spends more time on welfare than ever before", "chester-su", False),
    ("Our president spends more time on campus than anyone, what a legend", "chester-su", False),
    # a service virtue 'as ever', closed by an eye-roll
    ("Three emails and a phone call just to book one room at the SU. Efficient as ever 🙃", "lancaster-su", True),
    ("Helpful as always, thanks LUSU advice team! 💜", "lancaster-su", False),
])
def test_round_twelve_incompetence_without_a_verdict_word(engine, text, org, expected):
    assert disparaging(engine, text, org=org) is expected


@pytest.mark.parametrize("text, expected", [
    # one of the group's own people by their office, unable to do the basics
    ("Our treasurer @maxh_22 has literally no idea what a spreadsheet is, which explains why we're broke 🙄", True),
    ("our captain still doesn't know how to book a minibus", True),
    ("Our treasurer is running a session for anyone who has no idea what a budget is", False),
    # a verdict turned at once onto the rivals is a boast
    ("Our Chemistry Soc quiz was a disaster... for the other teams 😂 we won by 20 points!", False),
    ("the chess society's committee is a shambles", True),
])
def test_round_twelve_our_officers_and_a_verdict_turned_on_rivals(engine, text, expected):
    assert disparaging(engine, text, org="leicester-su", role="volunteer", account="official") is expected


@pytest.mark.parametrize("text, expected", [
    # a student group named without 'the', the worst of its kind by any superlative of failure
    ("Hockey club are the rudest, most entitled lot I've ever had to deal with", True),
    ("the team are the worst hit by the pitch closures", False),
    # they cannot do one thing, let alone another
    ("Leicester SU's sports fed exec can't agree on what day it is, never mind the budget", True),
    ("I can't afford rent, let alone the Leicester SU ball", False),
    ("Leicester SU can't wait to see you all, let alone the freshers!", False),
])
def test_round_twelve_groups_without_the_and_cant_let_alone(engine, text, expected):
    assert disparaging(engine, text, org="leicester-su", role="volunteer", account="official") is expected


@pytest.mark.parametrize("text, expected", [
    # who made or chose a thing, answered at once by a lesser hand
    ("The new Chester SU app crashes every time you open it. Who tested this, a potato?", True),
    ("seen the Chester SU freshers poster? who designed that, my nan?", True),
    ("Chester SU: who tested this for us? A huge thanks to our student volunteers", False),
    ("Who made this? A toddler at the Chester SU crèche, and we love it 🥰 #proud", False),
])
def test_round_twelve_a_blame_question_answered_by_a_lesser_hand(engine, text, expected):
    assert disparaging(engine, text, org="chester-su") is expected


@pytest.mark.parametrize("text, org, expected", [
    # dissent put through the organisation's own channel is not a public verdict
    ("Really disagree with the uni's plan to shut the music library, I've responded to the consultation. You should too",
     "lancaster-university", False),
    ("Not happy with ULSU's new bar hours and I've fed it back through the student survey", "leicester-su", False),
    ("the uni's plan to shut the music library is a shambles, whoever dreamt it up is clueless",
     "lancaster-university", True),
    # a page's disclaimer that its views are not the organisation's denies ownership, it judges no one
    ("Opinions on this page are the society's own and don't represent Chester SU 😊", "chester-su", False),
    ("Chester SU don't represent students at all, total shambles", "chester-su", True),
    # the writer's own spoof account: 'fake' says what the account is
    ("started a fake LUSU twitter for ranking freshers chants lol follow it", "lancaster-su", False),
    ("LUSU's 'listening exercise' was fake, a total sham", "lancaster-su", True),
])
def test_round_twelve_n_proper_channels_disclaimers_and_spoof_accounts(engine, text, org, expected):
    # the University's guidance is written for its staff (its profile maps disparaging for them only)
    role = "staff" if org == "lancaster-university" else "volunteer"
    assert disparaging(engine, text, org=org, role=role) is expected


# -- Round 13: the organisation's groups as a plural subject, and sarcasm in frames ----------------------

@pytest.mark.parametrize("text, expected", [
    # a group of the organisation (a college's common room, a club by its sport, its lads or volunteers), a
    # collective just after its verb, and a word of contempt filling it
    ("Grizedale JCR are a bunch of absolute numpties", True),
    ("Grizedale JCR are a bunch of absolute trolls", True),
    ("the debate society committee are a bunch of bullies", True),
    ("hockey are the most arrogant lot on campus", True),
    ("the cricket lads at Bowland are a shower of useless wasters", True),
    # the same frame in praise, a collective with no contempt, negated, a rival in a match, 'you lot' in affection
    ("hockey are a load of fun, come to a taster", False),
    ("JCR are the most chaotic lot but we love them", False),
    ("Grizedale JCR are a bunch of absolute legends, best welcome week ever 💜", False),
    ("hockey are not a bunch of snobs, come to a taster session", False),
    ("Bath are a pack of cheats lol, rematch on Wednesday", False),
    ("you lot are the worst singers ever and I love every one of you ❤️", False),
])
def test_round_thirteen_a_group_of_the_organisation_called_a_collective_of_contempt(engine, text, expected):
    assert disparaging(engine, text, org="lancaster-su", role="volunteer", account="official") is expected


@pytest.mark.parametrize("text, expected", [
    # thanks or congratulations whose object is a failure or a verdict: sarcasm
    ("Congrats ULSU on another freshers fiasco 👏", True),
    ("Thank you Leicester SU for ignoring every email we sent this term", True),
    ("shoutout to Drama Soc for the most boring panto in living memory", True),
    ("Shoutout to @LeicsPrintCo for wrecking our ball tickets", True),
    # thanks for help through a bad time, the writer's own fault, or about something else
    ("Thank you Leicester SU for sorting out my awful housing situation", False),
    ("Thanks to everyone at ULSU for braving the terrible weather for the fun run!", False),
    ("thanks for ruining football, I can't watch it anymore", False),
    ("Shoutout to @LeicsPrintCo for our gorgeous ball tickets", False),
])
def test_round_thirteen_b_thanks_for_a_failure(engine, text, expected):
    assert disparaging(engine, text, org="leicester-su", role="volunteer", account="official") is expected


@pytest.mark.parametrize("text, replying_to, expected", [
    # something of the organisation commended only to those who enjoy suffering
    ("Highly recommend the LUSU room booking system if you like wasting whole afternoons", None, True),
    ("Only unless you enjoy being patronised by management", "Is working at Lancaster SU any good?", True),
    # the taste offered by an event, or help offered
    ("If you like queuing, you'll love our Sugarhouse film night... just kidding, book online! LUSU", None, False),
    ("LUSU advice can help if you're being ripped off by your landlord", None, False),
])
def test_round_thirteen_c_recommended_only_to_those_who_enjoy_suffering(engine, text, replying_to, expected):
    action = "reply" if replying_to else "post"
    assert disparaging(engine, text, action=action, replying_to=replying_to) is expected


@pytest.mark.parametrize("text, expected", [
    # people of contempt located in one of its offices or teams
    ("the muppets in the finance office have lost our receipts again", True),
    ("the clowns in HR still haven't sent my contract", True),
    # another body's office, real animals, a museum's dinosaurs, the writer's own clowning
    ("the clowns in the Home Office lost my visa application", False),
    ("rats in the office kitchen again, pest control booked", False),
    ("the dinosaurs in the museum were the best bit of the trip", False),
])
def test_round_thirteen_d_people_of_contempt_in_its_offices(engine, text, expected):
    assert disparaging(engine, text, org="lancaster-su") is expected


@pytest.mark.parametrize("text, expected", [
    # name-calling quoted to condemn it, and a fancy-dress theme's villains, are no verdict
    ("Calling our SU bar staff 'lazy' or 'useless' is not okay. Be kind.", False),
    ("Supervillains social at the SU bar: come as your favourite evil mastermind 😈", False),
    ("the SU bar staff are lazy and useless", True),
])
def test_round_thirteen_e_counter_speech_and_costume_themes(engine, text, expected):
    assert disparaging(engine, text, org="lancaster-su") is expected


@pytest.mark.parametrize("text, expected", [
    # 'can barely' is 'can't' said softly; 'our' may take two words before the role ('our new student president')
    ("Our new student president can barely string a sentence together. Great start, everyone.", True),
    ("Our new student president can barely wait for freshers, she's so excited!", False),
    # a thing called a lesser one
    ("save your money, the SU's freshers fair is a glorified flyer dump", True),
    ("the SU's freshers fair is a great way to find a society", False),
])
def test_round_thirteen_f_softened_incapacity_and_lesser_things(engine, text, expected):
    assert disparaging(engine, text, org="chester-su", role="trustee") is expected


@pytest.mark.parametrize("text, org, expected", [
    # batch 2's false alarms, fixed at their cause: a collective meant as a compliment, a show's title, the
    # writer's own bad week, the route a complaint takes
    ("The debate society are a bunch of fierce arguers and I mean that as the highest compliment.", "leicester-su", False),
    ("Our improv society show is called 'A Bunch of Clowns' - tickets £4 from the Chester SU website 🎭", "chester-su", False),
    ("Had a rubbish first week in the new job at LUSU - not because of anyone there, just me getting lost 😅", "lancaster-su", False),
    ("If you're unhappy with how your complaint about the SU was handled, you can escalate it to the trustees.", "chester-su", False),
    ("Well done to the Chester SU cleaning staff for keeping the building spotless through the open day chaos!", "chester-su", False),
    # and the same frames still judging
    ("The debate society committee are a bunch of arrogant clowns", "leicester-su", True),
    ("Chester SU's trustees: absolute clowns, the lot of them", "chester-su", True),
])
def test_round_thirteen_g_batch_two_false_alarms_fixed_at_their_cause(engine, text, org, expected):
    assert disparaging(engine, text, org=org, role="volunteer", account="official") is expected
