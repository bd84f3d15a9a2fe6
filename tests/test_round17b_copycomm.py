"""Round 17b's commercial and copyright mechanisms through the real engine, each family both ways, with posts
written for the family (none is a labelled set's case): a member's relative's trade with the buyer told to name the
group or a price by the hour; a drink made a club's official drink or an app called the best of its kind by @handle;
a named business called the best with followers sent to book with it; the poster's own goods with an offer; an
unbranded product called the best and followers told to stock up; the group's own playlist on a streaming app."""
from __future__ import annotations

import pytest

from helpers import staff_categories as categories


def official(engine, text, org="lancaster-su", role="volunteer", **kw):
    return categories(engine, text, org=org, role=role, account="official", **kw)


@pytest.mark.parametrize("text", [
    "our vice captain's girlfriend does gel nails 💅 tell her the hockey girls sent you",
    "my flatmate does guitar lessons, £18/hr, message him",
    "huge thanks to @VodkaRevsLancs for the drinks 🍸 it's the official vodka of LU Netball",
    "download @StudentBeans today, cheapest student deals around",
    "shoutout to Northgate Ink Studio, book in with them before they're fully booked, best in town hands down 🖋️",
    "I crochet tote bags 🧶 link in my bio, 10% off for society members",
    "cheapest protein going 💪 every student should grab a tub",
])
def test_commercial_family_warns(engine, text):
    assert "commercial" in official(engine, text)


@pytest.mark.parametrize("text", [
    "our captain is ordering the new kit, order from the link below by friday",
    "my mate ran the 10k in under an hour, so proud 🏃",
    "thanks to Dr Amy Jones for the careers talk, book in with them for 1:1s",
    "I make sure every fresher gets a welcome pack, link below for the form",
    "our freshers playlist is up on Spotify 🎧 link below",
    "what's the best laptop on the market for uni? asking for a friend",
])
def test_commercial_look_alikes_stay_quiet(engine, text):
    assert "commercial" not in official(engine, text)


@pytest.mark.parametrize("text", [
    "put the whole ITV doc on uni spiking up on our page so you don't need a login 📺",
    "complete pdf of the £40 stats textbook is free in our linktree 🤫",
    "scanned the whole course reader, sharing it in the group chat 📚",
    "the Guardian's review of the new Dune film, copied out below 👇",
    "our sports night hype reel 🔥 full songs from Fred again.. and Skrillex",
    "full recording of the headliner at last night's open mic 🎤 whole hour set, enjoy",
])
def test_copyright_whole_work_family_warns(engine, text):
    assert "copyright" in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "uploaded the whole google doc to our drive for the committee",
    "the full PDF of our annual report is in our linktree",
    "the full pdf of the Union handbook is in our linktree",
    "copied out the minutes from the AGM, they're below",
    "our Freshers video has full tracks from our own band 🎸",
])
def test_copyright_whole_work_look_alikes_stay_quiet(engine, text):
    assert "copyright" not in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "the designer wouldn't send the logo files so we screenshotted it off her portfolio 🙃",
    "band photographer wants money for the gig pics, so we took them off his insta lol",
])
def test_copyright_withheld_work_taken_warns(engine, text):
    assert "copyright" in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "our photographer won't send the pics till Friday, gallery up next week 📸",
    "the artist wanted paying for the mural so we've raised £200 to commission her 🎨",
])
def test_copyright_withheld_work_look_alikes_stay_quiet(engine, text):
    assert "copyright" not in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "obsessed with this drawing by @moth.and.ink, it's our new header 🦋",
    "painting by Ellie Rowe on our hoodies this year 🎨 go check her out",
])
def test_copyright_credited_work_adopted_warns(engine, text):
    assert "copyright" in official(engine, text, org="leicester-su")


@pytest.mark.parametrize("text", [
    "drawing by @moth.and.ink, commissioned for our new header 🦋",
    "photo by our president, our new cover photo 📸",
])
def test_copyright_credited_work_look_alikes_stay_quiet(engine, text):
    assert "copyright" not in official(engine, text, org="leicester-su")
