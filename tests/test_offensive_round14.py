"""Round 14's offensive shapes through the real engine, each both ways and for every organisation that maps it:
an identity put in scare quotes; property damage urged on others; a removal demand naming the whole group; a
put-down of someone's intelligence; harm foretold for 'someone' with a menacing close; an online critic dared to
say it in person; people ranked by looks; a cohort's misconduct closed by 'the lot of them'; and the guards:
graffiti removed and reported, a friend teased for what they left behind, a removal demand refuted."""
from __future__ import annotations

import pytest

from helpers import ORGS, offensive_for as offensive


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("text", [
    "trans 'women' on the women's rugby team now, brilliant 🤡",
    "the 'women' in the trans-inclusive netball team keep telling us what a woman is 🙄",
    "somebody ought to slash the tyres on the VC's Range Rover, just saying",
    "someone should key the Head of Comms' car tbh",
    "immigrants ruining the town centre, send the lot of em back",
    "Imagine being thick enough to lose to a blank ballot @cartmel_pres",
    "Anyone voting for the Tory Soc candidate is brain-dead scum.",
    "Someone's going to get hurt if the bar keeps cutting my shifts. Not saying who 🔪",
    "ranking the ugliest lecturers in the department, part 1 tonight",
    "Marked the essays from the Chinese cohort. Copy-paste merchants, the lot of them.",
])
def test_shape_warns(engine, org, text):
    assert offensive(engine, text, org=org)


def test_online_critic_dared_to_say_it_in_person(engine):
    assert offensive(engine, "Lol ok keyboard warrior, say it to my face on campus then 👋", role="officer",
                     account="official", action="reply", replying_to="the sabbs are useless")


@pytest.mark.parametrize("text", [
    "Trans women are women. Our women's rugby team welcomes everyone 🏉",
    "Trans athletes can compete in the 'women' category under the new BUCS rules",
    "someone keyed my car in the Sugarhouse car park last night, any witnesses?",
    "someone needs to key in the door code for the delivery driver",
    "Send them back? No. Refugees built this city and we stand with them on Saturday.",
    "Imagine being clever enough to get a first and run a marathon 🏃",
    "Someone's going to get hurt on those icy steps outside County Main. Please grit them ❄️",
    "Someone scrawled 'f*** off home' on the noticeboard. We've removed it and reported it. Racism isn't welcome here.",
    "@jakeyb you absolute melon, you left your scarf at mine AGAIN 🍈",
    "Marked the essays from the Chinese cohort. Brilliant work, the lot of them.",
    "we're going to shoot the captain for the team photos on Friday",
    "'Trans women aren't real women' is a transphobic statement. Talk to the LGBTQ+ officer if you've been affected.",
    "Our exchange students fly home on Friday. Send them back with love and a hoodie 💙",
    "anyone want to egg hunt round the office on Easter Monday?",
    "The 'men' in our panto were all born in Chester, the dames especially 🎭",
    "every international student who reported being robbed has been contacted by security",
    "Every Muslim student should know the prayer room is open late during Ramadan",
    "everything is filth after the storm, wellies on",
    "Our 'ladies' night' at the Sugarhouse was a hit with the trans society too",
    "the 'man' bun is back, trans mascs and all",
    "someone should egg the car wash fundraiser on, the rugby lads need £200",
    "someone needs to smash the door code system, it's broken again",
    "you'd have to be dense not to see how good this meal deal is lol",
])
def test_guarded_stays_silent(engine, text):
    assert not offensive(engine, text, account="official")


@pytest.mark.parametrize("text", [
    "our new 'female' goalkeeper (born Marcus) is asking everyone to use her pronouns lol",
    "if anyone fancies egging the warden's flat tonight I'll look the other way",
    "step on my shifts one more time and there'll be consequences 🔪",
    "Brave of you to post anonymously. Come to the bar on Friday and repeat it, see what happens",
    "freshers ranked on looks, full list on our story",
    "the people still backing that motion are brainless sheep",
    "someone needs to do something about the hall porter, preferably with a bat 😇",
])
def test_second_batch_shape_warns(engine, text):
    assert offensive(engine, text)
