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
