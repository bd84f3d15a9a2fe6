"""Round 15's offensive shapes through the real engine, each both ways and for every organisation that maps it:
a disability or condition named beside disbelief in it (faking, an excuse, special treatment); favours insinuated
to a faith or people ('funny how the Jewish Society always gets the biggest grant'); class slurs said of people or
their homes; an age as a bar ('over 30? don't bother applying'); a group said not to get it, or barred from
officiating; a misconduct made the group's by comparison ('plagiarise more'); a bare 'don't like it' before the
door; who someone is blamed for what went wrong ('no wonder'); a veiled threat closed by what the reader will wish or by a warning given; damage to property one is
'tempted to' do; nudity announced with an adults-only mark; and an official account answering a message that
called its people names. The guards: one's own condition, disbelief denied, praise, a fancy-dress theme, a raffle,
a count of people, a life-drawing class."""
from __future__ import annotations

import pytest

from helpers import ORGS, offensive_for as offensive


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("text", [
    "another 'autistic' fresher demanding special treatment at the quiz, give me strength",
    "ADHD my arse, he just can't be bothered to turn up",
    "Strange how the Sikh society always ends up with the best rooms on the booking system. Just saying 🤔",
    "they can go back to their chav estate after the ball, we don't want them at the afterparty",
    "Over 40? Don't bother applying for the committee, this is a young person's society",
    "Why do we keep letting girls run the tech desk, they just don't get it",
    "Women shouldn't be refereeing the men's games",
    "Chinese students cheat more than anyone, everyone knows it",
    "Catholic members: the ball is on a Sunday this year. Don't like it, you know where the door is.",
    "whoever reported us to security: we'll find out who you are, and you'll wish you hadn't 🙂",
    "I'm tempted to brick the windows of that landlord's office on Bowerham Rd. Consider this your warning",
    "The new treasurer is a girl, no wonder the budget's a mess",
])
def test_shape_warns(engine, org, text):
    assert offensive(engine, text, org=org)


@pytest.mark.parametrize("text", [
    "my anxiety is faking me out again lol, can't decide what to wear",
    "People assume students with invisible illness are faking it. They're not. Talk to us about adjustments.",
    "Interesting how ISoc always gets the best turnout at Eid dinner - well done team! 👏",
    "the council estate where I grew up taught me everything I know about graft",
    "Over 30 people came to the quiz last night, thank you all!",
    "Over 25? You can still join! Mature students make up a third of our members 💪",
    "We'll find out who won the raffle on Friday, and you'll wish you'd bought more tickets 🎟️",
    "Consider this your warning: the Great Hall coffee queue is 40 minutes long right now ☕😅",
    "Life drawing class this Wednesday - nude model, over 18s only, no photos in the studio.",
    "Women in STEM panel tonight: why do women still leave engineering careers? Come hear from alumni.",
    "Research shows international students are more likely to face isolation in their first term.",
    "tempted to smash the pub quiz again this week 🧠",
    "If you don't like the new kit, there's a suggestion box at reception",
    "Our new captain is a woman and we're unbeaten - no wonder, she trains like mad. Well deserved 👏",
    "Chav-themed bar crawl has been cancelled after feedback. We get it, and we're sorry.",
])
def test_lookalike_is_quiet(engine, text):
    assert not offensive(engine, text)


def test_nudity_announced_with_an_adults_only_mark(engine):
    assert offensive(engine, "Tour pics are up 🔞 proper nudity this time, consider yourselves warned",
                     org="leicester-su", account="official")


@pytest.mark.parametrize("replying_to", ["[anonymous] ur society is full of ugly losers",
                                         "your committee are a bunch of clowns"])
def test_official_account_answering_names_called(engine, replying_to):
    assert offensive(engine, "says the anon with no mates 😂", role="volunteer", account="official",
                     action="reply", replying_to=replying_to)


def test_answering_a_plain_complaint_is_not_answering_abuse(engine):
    assert not offensive(engine, "Thanks for the feedback, sober socials are coming next term", role="volunteer",
                         account="official", action="reply",
                         replying_to="your socials are boring and all about getting wasted")
