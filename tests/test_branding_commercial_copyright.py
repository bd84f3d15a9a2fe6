"""Branding, product promotion and other people's work through the real engine, each family both ways with
posts written for the family (none from a labelled set): a personal profile passing itself off as the
organisation's account, accounts opened in its name without approval, the university's crest on stash;
own things sold, a friend's business plugged, side hustles and referral codes, a brand praised as the
one that works; watermarks and credits taken off, commercial songs in videos, pirated books and streams,
whole works put up, photos taken from other pages, brands' logos copied, artists' work traced."""
from __future__ import annotations

import pytest

from helpers import check, warned

# -- A personal profile presenting itself as the organisation's own account ------------------------

ORG_AS_ACCOUNT = [
    ("Lancaster University Students' Union 🟣 official updates from your SU | DM us for enquiries", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('Lancaster University 🎓 official news, research & events | run by the comms team', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('Lancaster University Official 🎓 | news, events and my own hot takes', 'lancaster-university', 'staff', 'personal', 'profile'),
    ("LUSU | the official home of your students' union 💜", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('Lancaster SU - news and events for every student. DM us!', 'lancaster-su', 'officer', 'personal', 'profile'),
    ("Official updates from Lancaster University Students' Union", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ("ULSU 📣 your students' union, official info & announcements", 'leicester-su', 'volunteer', 'personal', 'profile'),
    ("Chester Students' Union ✨ keeping you updated on everything SU. message us anytime", 'chester-su', 'staff', 'personal', 'profile'),
    ('Lancaster Uni news & updates, managed by the communications team', 'lancaster-university', 'staff', 'personal', 'profile'),
    ("University of Leicester Students' Union | everything you need to know | DM us", 'leicester-su', 'staff', 'personal', 'profile'),
]
ORG_AS_ACCOUNT_SILENT = [
    ('Proud LUSU volunteer 💜 views my own', 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('Student at Lancaster University | official member of the netball team lol', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('3rd year @ Lancaster Uni. Not an official account, views my own', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('Comms team at Lancaster SU | personal account, views my own', 'lancaster-su', 'staff', 'personal', 'profile'),
    ('Lancaster University alum | official coffee taster', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('LUSU hockey 🏑 | DM me for socials', 'lancaster-su', 'volunteer', 'personal', 'profile'),
]


@pytest.mark.parametrize("text, org, role, account, action", ORG_AS_ACCOUNT)
def test_org_as_account_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", ORG_AS_ACCOUNT_SILENT)
def test_org_as_account_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Speaking for the organisation: its view stated, everyone in it, confirmed in one's own name; pointing to
# its statement is not speaking for it (round six) ----------------------------------------------------

SPEAKING_FOR = [
    ('the union thinks the new library hours are a disgrace and we\'ll be telling the uni so', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('Leicester SU believes every student deserves free bus travel', 'leicester-su', 'volunteer', 'personal', 'post'),
    ('Chester SU is totally against the parking charges, no question', 'chester-su', 'staff', 'personal', 'post'),
    ("On behalf of everyone at Leicester SU, I'd like to say we fully back the motion to leave the NUS", 'leicester-su', 'volunteer', 'personal', 'post'),
    ('on behalf of all of us at Chester SU, we condemn this decision', 'chester-su', 'staff', 'personal', 'post'),
    ("I can confirm the SU will refund everyone's tickets for the cancelled ball", 'leicester-su', 'volunteer', 'personal', 'post'),
    ("can confirm LUSU won't be closing the bar, i asked around", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('rest assured Lancaster University will not be cutting the bus subsidy', 'lancaster-university', 'staff', 'personal', 'post'),
    ("ULSU's stance is clear: no to the fee rise. (posted from my own account, the comms team are slow)", 'leicester-su', 'volunteer', 'personal', 'post'),
    ("It's official from me: Chester SU will be scrapping the entry fee for the summer ball", 'chester-su', 'volunteer', 'personal', 'post'),
    ('Lancaster University does not support the protest and neither do I', 'lancaster-university', 'staff', 'personal', 'post'),
    ("made a backup account for the SU welfare team since comms won't give us one, @LUSUwelfare2", 'lancaster-su', 'volunteer', 'personal', 'post'),
]
SPEAKING_FOR_SILENT = [
    ("LUSU's official position on the strike is on their website, go read it there rather than trusting my summary", 'lancaster-su', 'officer', 'personal', 'post'),
    ("The SU's official statement is here: lancastersu.co.uk/strike", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Chester SU's official response can be found on their news page 👇", 'chester-su', 'staff', 'personal', 'post'),
    ('the SU\'s statement says tickets will be refunded within 14 days, see their post for details', 'leicester-su', 'volunteer', 'personal', 'post'),
    ("I can confirm I'll be at the SU quiz tonight 🍻", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('I asked what the SU thinks about the rent rises, still waiting to hear', 'leicester-su', 'volunteer', 'personal', 'post'),
    ('LUSU believes in you, good luck in exams 💜', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('Follow the official LUSU account @LancasterSU for updates on the ball, this is just my personal page', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("The union's view on the rent strike is in today's SU statement, link below", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('Lancaster University supports students through hardship funds, apply online', 'lancaster-university', 'staff', 'personal', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SPEAKING_FOR)
def test_speaking_for_the_organisation_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SPEAKING_FOR_SILENT)
def test_pointing_to_its_statement_or_asking_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- An account opened for the organisation or one of its parts, said to be unapproved -------------

UNAPPROVED_ACCOUNT = [
    ("made a new insta for welcome week, follow @lusu.welcomeweek.official 🎉 didn't ask anyone but it'll be fine lol", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("set up a TikTok for the SU bar myself over the weekend 🍹 follow @csu.bar.official — haven't told the boss yet, surprise!", 'chester-su', 'staff', 'personal', 'post'),
    ("Just set up @CSU_Events_Official, our new Union events account 🎉 didn't bother waiting for the CEO to sign it off, follow for updates!", 'chester-su', 'staff', 'personal', 'post'),
    ("started an instagram for the SU shop, no one's approved it yet but follow @lusushop", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("new twitter for the union advice centre is live!! @LUSUadvice_official (comms don't know yet 🤫)", 'lancaster-su', 'staff', 'personal', 'post'),
    ('created a snapchat for the SU library cafe without asking anyone, add us', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('follow our new page for the SU gym @csu.gym, set it up myself, nobody knows yet', 'chester-su', 'volunteer', 'personal', 'post'),
    ('launched a TikTok for the union without telling anyone 🤫', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("made a facebook page for the uni library, didn't ask comms but people love it", 'lancaster-university', 'staff', 'personal', 'post'),
    ("opened a LUSU freshers account on insta, haven't run it past anyone", 'lancaster-su', 'officer', 'personal', 'post'),
    # the organisation's name inside, not telling them, running it off one's own account, hoping nobody notices
    ("made a Chester SU Sports Awards tiktok last night, not telling the CEO till it's got followers", 'chester-su', 'staff', 'personal', 'post'),
    ("gonna run the faculty twitter off my own account from now on, nobody'll notice 🤷", 'lancaster-university', 'staff', 'personal', 'message'),
    ("couldn't be bothered waiting for comms so I made the welfare page myself, follow @lusu.welfare.hub", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("set up a new insta for the dept with the uni logo, no one will notice it's not the real one", 'lancaster-university', 'staff', 'personal', 'post'),
    # a handle made by the writer (a handle is one word to the matcher)
    ("got bored of waiting for the CEO so I just made @LUSUwelfare myself 😅", 'lancaster-su', 'staff', 'personal', 'post'),
    ("registered @chestersu_varsity last night, haven't told comms yet", 'chester-su', 'volunteer', 'personal', 'post'),
]
UNAPPROVED_ACCOUNT_SILENT = [
    ('Follow the official @LancasterSU account for updates', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('made a new insta for my dog lol follow @barkley.official', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('set up a TikTok for our society, approved by the SU activities team', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('the SU has set up a new TikTok, follow @lancastersu', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("I made a new insta account, follow me @jess.x, didn't tell my mum lol", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("didn't ask anyone but made a new playlist for the SU bar", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("made a Chester SU Sports Awards tiktok, approved by the comms team, give it a follow", 'chester-su', 'staff', 'personal', 'post'),
    ("I run the dept insta now, comms handed it over last week 🎉", 'lancaster-university', 'staff', 'personal', 'post'),
    ("not telling anyone my exam results lol, SU bar later?", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("comms made @LUSUwelfare official today, give it a follow", 'lancaster-su', 'staff', 'personal', 'post'),
    ("just made @jess.x my main account, didn't tell my mum lol", 'lancaster-su', 'volunteer', 'personal', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", UNAPPROVED_ACCOUNT)
def test_unapproved_account_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", UNAPPROVED_ACCOUNT_SILENT)
def test_unapproved_account_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- The university's or union's crest or logo put on stash, named by the bare word ----------------

LOGO_ON_STASH = [
    ('new stash alert!! we slapped the uni crest on the front this year, lmk sizes by fri 👕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('hoodies are in! Lancaster Uni logo on the chest 🔥', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('put the university crest on our new society t-shirts, order by Friday', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the uni shield is on the back of the new kit 😍', 'leicester-su', 'volunteer', 'official', 'post'),
    ('our tote bags have the LUSU logo on them, nobody signed it off lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('used the university logo on the ball tickets, looks so legit', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('uni crest on the beanies this year, DM to order', 'lancaster-su', 'volunteer', 'official', 'post'),
]
LOGO_ON_STASH_SILENT = [
    ('our new club logo is on the hoodies, designed by Sam!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('new hoodies with the uni crest, approved by the brand team 👍', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('stash orders close Friday, lmk sizes', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the uni crest is carved above the main entrance of County', 'lancaster-su', 'volunteer', 'official', 'post'),
    # the group's own mark, the organisation named only to say it is not theirs
    ("new crest for the hockey club, designed by our captain - not the LUSU one, before anyone asks", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we redesigned our logo this summer 🎨 nothing to do with the SU, all our own work", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("our new logo printed on the hoodies, it's ours not LUSU's so no sign-off needed", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("fresh logo for the dance soc 💃 made by our social sec, its ours not the SU's", 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", LOGO_ON_STASH)
def test_logo_on_stash_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", LOGO_ON_STASH_SILENT)
def test_logo_on_stash_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Round seven, fresh posts per family (none from a labelled set): an account opened in the organisation's
# name with any verb and platform and any way of saying nobody approved it; any edit of its logo; a post in it
# with 'we' or it taking a side; a profile claiming to be its page or the university's; a union account
# endorsing a product (Chester SU 4). The silent ones: approved accounts, rebrands, permission sought, views
# one's own, pointing to the statement, fan pages, a like from a personal account. --------------------------

R7_UNAPPROVED_ACCOUNT = [
    ("just launched a fb group called 'Lancaster SU Freshers 2027' for all the new first years 🥳 comms don't know about it yet", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('opened a twitter for the LUSU welfare team today → @lusuwelfare_, will run it past the boss at some point', 'lancaster-su', 'staff', 'personal', 'post'),
    ("new snap for the SU's LGBTQ+ network is live! @lusu.lgbtq 🏳️\u200d🌈 skipped the whole approval thing, life's too short", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("I've set up a whatsapp channel called Chester SU Sport Updates, the CEO hasn't signed it off but whatever", 'chester-su', 'staff', 'personal', 'post'),
    ("made a discord server called 'Official Chester SU' for the gaming lot, nobody's approved it lol", 'chester-su', 'volunteer', 'personal', 'post'),
    ("started a linkedin page for Lancaster University Careers cos the real one is rubbish, didn't check with anyone", 'lancaster-university', 'staff', 'personal', 'post'),
    ('new YouTube channel for the Lancaster Uni physics dept is up!! did it myself, marketing can catch up 😅', 'lancaster-university', 'staff', 'personal', 'post'),
    ('created @ChesterSU_Events on insta this morning, will mention it to the CEO next week maybe', 'chester-su', 'volunteer', 'personal', 'post'),
    ('spun up a bluesky account for the SU advice centre, @lusuadvice.bsky.social — comms will find out eventually', 'lancaster-su', 'staff', 'personal', 'post'),
    ("registering a new facebook page 'Chester Students Union Nights Out' tonight, no point asking permission they'd say no", 'chester-su', 'volunteer', 'personal', 'post'),
    ('anyone wanna help run the new Lancaster SU news account? made it today, nobody at the union knows yet 😂', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Lancaster SU Film Soc now has a letterboxd 🎬 @lusufilmsoc — threw it together last night, haven't cleared it with anyone", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("I went ahead n made a threads for the union's sustainability campaign 🌱 approval takes months so meh", 'lancaster-su', 'officer', 'personal', 'post'),
    ("our team has its own insta now!! @chestersu.finance 💸 CEO doesn't know yet shhh", 'chester-su', 'staff', 'personal', 'post'),
    ('just made a chester SU volunteering page on facebook, figured it was easier than emailing the CEO for permission', 'chester-su', 'volunteer', 'personal', 'post'),
    ("Set up a Lancaster University History Dept account on X today. Will let the digital team know once it's got a few followers", 'lancaster-university', 'staff', 'personal', 'post'),
    ('new LUSU Welcome Week whatsapp community is up! link in bio. didnt run it past the union obvs', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('LUSU Cheerleading has a bluesky now 💙 @lusucheer — sorted it myself, the union can find out when they find out', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("took over the old Chester SU Sports twitter that nobody was using and rebranded it, didn't bother telling anyone", 'chester-su', 'officer', 'personal', 'post'),
    ("relaunched the SU volunteering insta from my phone this morning, approval pending but it's live already 🙈", 'lancaster-su', 'staff', 'personal', 'post'),
    ("csu netball tiktok is LIVE 🏐 made it last night, we'll register it with the CEO some time", 'chester-su', 'volunteer', 'personal', 'post'),
]
R7_LOGO_EDITED = [
    ('recoloured the LUSU logo pink for our breast cancer awareness bake sale 🎀 think it looks cute', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photoshopped a santa hat onto the Leicester SU logo for the xmas social poster 🎅', 'leicester-su', 'volunteer', 'official', 'post'),
    ('swapped the Lancaster Uni crest colours to rainbow for pride month 🌈 the normal one is so boring', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our hockey hoodies have the Lancaster University crest with a hockey stick through it 🏑 made it on canva', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('stretched the ULSU logo a bit so it fits the banner, close enough', 'leicester-su', 'volunteer', 'official', 'post'),
    ('turned the SU logo into a skull for our horror film night flyer 💀', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('AI-generated a new version of the LU logo for my slides, way better than the official one tbh', 'lancaster-university', 'staff', 'personal', 'post'),
    ('changed the font on the Leicester SU logo for our merch, the original was too corporate', 'leicester-su', 'volunteer', 'official', 'post'),
    ('slapped googly eyes on the uni crest for the freshers mug design lmao', 'leicester-su', 'volunteer', 'official', 'post'),
    ("we flipped the LUSU logo upside down for our 'upside down' themed social 🙃 pure genius", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("made the SU crest green n gold for st paddy's 🍀 looks class on the poster", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('gave the ULSU logo a makeover for our tour hoodies - new colours, new font, way cooler', 'leicester-su', 'volunteer', 'official', 'post'),
    ("put the University of Leicester shield on our raffle tickets so people trust it's legit", 'leicester-su', 'volunteer', 'official', 'post'),
    ("someone in our dept drew a moustache on the LU logo for the staff xmas card and i'm crying 😂 sending it to all students", 'lancaster-university', 'staff', 'personal', 'post'),
    ('edited the lancaster uni crest into a pizza for our pizza night promo 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('redid the Leicester SU logo in pixel art for the gaming soc banner 👾', 'leicester-su', 'volunteer', 'official', 'post'),
    ('the LUSU logo but make it barbie 💖 recoloured it hot pink for our pink party posters', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we mashed the ULSU logo with our club badge for the new jerseys, looks unreal', 'leicester-su', 'volunteer', 'official', 'post'),
    ('Spent my lunch break turning the Lancaster University crest into a cat for the department newsletter 🐱', 'lancaster-university', 'staff', 'personal', 'post'),
    ('new banner!! Lancaster SU logo in neon green w our society name across it in graffiti font', 'lancaster-su', 'volunteer', 'official', 'post'),
]
R7_SPEAKS_AS_ORG = [
    ('As Head of Admissions at Lancaster University, I can tell you we think A-levels are a broken system.', 'lancaster-university', 'staff', 'personal', 'post'),
    ("speaking for the SU here: we're not renewing the Domino's contract next year", 'lancaster-su', 'staff', 'personal', 'post'),
    ('officially on behalf of the uni: the new library will NOT open in September, sorry all', 'lancaster-university', 'staff', 'personal', 'post'),
    ("Lancaster SU's position (from me, their VP Welfare): the rent strike has our full backing ✊", 'lancaster-su', 'officer', 'personal', 'post'),
    ("the uni's view is that the strike is unjustified - I'd know, I sit on Senate", 'lancaster-university', 'staff', 'personal', 'post'),
    ('chester SU wont be supporting the march on saturday, thats the official line from us in the office', 'chester-su', 'staff', 'personal', 'post'),
    ('on behalf of ULSU I want to say we stand with the students protesting outside the Fielding Johnson building', 'leicester-su', 'officer', 'personal', 'post'),
    ("lusu is 100% behind the cleaners' pay campaign, I say that as president 💜", 'lancaster-su', 'officer', 'personal', 'post'),
    ("Leicester SU have decided to ban energy drinks from the shop - i'm on the exec so this is legit", 'leicester-su', 'officer', 'personal', 'post'),
    ('As a Pro-Vice-Chancellor at Lancaster University I can tell you the university has no intention of reversing the cuts', 'lancaster-university', 'staff', 'personal', 'post'),
    ('your VP Activities here - the SU is officially boycotting the careers fair because of the arms company stalls', 'lancaster-su', 'officer', 'personal', 'post'),
    ('posting this on behalf of the union: Chester SU stands against the new visa rules', 'chester-su', 'staff', 'personal', 'post'),
    ("as ULSU's Head of Marketing, let me be clear: the union backs the bus fare freeze 100%", 'leicester-su', 'staff', 'personal', 'post'),
    ('Just to confirm as Dean: the Faculty will be dropping the resit fee next year. trust me on this one', 'lancaster-university', 'staff', 'personal', 'post'),
    ("the union's position, and I'd know as a trustee, is that the bar stays open", 'lancaster-su', 'trustee', 'personal', 'post'),
    ("speaking for the university: we won't be taking part in the league tables any more", 'lancaster-university', 'staff', 'personal', 'post'),
    ('on behalf of the whole SU, we condemn the abuse aimed at our sabbs this week', 'chester-su', 'volunteer', 'personal', 'post'),
    ("As Lancaster University's Head of Sustainability I can say we are fully behind the climate strike on Friday", 'lancaster-university', 'staff', 'personal', 'post'),
    ("as your president: the SU will not be attending the VC's garden party, and that's final", 'lancaster-su', 'officer', 'personal', 'post'),
    ("I'm a Leicester SU trustee and I can tell you the union will back the rent strike", 'leicester-su', 'trustee', 'personal', 'post'),
    ('speaking for chester su on this one - we think the new parking charges are a disgrace', 'chester-su', 'staff', 'personal', 'post'),
]
R7_PROFILE_AS_OFFICIAL = [
    ("Lancaster SU Rowing 🚣 | the SU's official voice on the water | all posts = union views", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('Official Lancaster University Careers | tips, jobs & events | DM for appointments', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('Chester SU Official ✔️ | news from your union', 'chester-su', 'volunteer', 'personal', 'profile'),
    ("ULSU Netball 🏐 | Official account of the University of Leicester | everything here is the uni's position", 'leicester-su', 'volunteer', 'official', 'profile'),
    ('Jess | VP Education | I speak for Lancaster SU on all academic matters', 'lancaster-su', 'officer', 'personal', 'profile'),
    ('Leicester Uni Dance 💃 verified University of Leicester account', 'leicester-su', 'volunteer', 'official', 'profile'),
    ("LUSU Chess ♟️ | Lancaster SU's official page | all our posts reflect the union's views", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('UoL Surf 🏄 | the official University of Leicester surf account', 'leicester-su', 'volunteer', 'official', 'profile'),
    ('Chester SU Events 🎉 official info, news & updates from your SU', 'chester-su', 'volunteer', 'personal', 'profile'),
    ('Lancaster University Sport | official news and fixtures | DM us for bookings', 'lancaster-university', 'staff', 'personal', 'profile'),
    ("Lancaster University Hiking Club | Official University account | all views are the university's", 'lancaster-university', 'volunteer', 'personal', 'profile'),
    ('Leicester SU Official 📣 student news & events | DM for collabs', 'leicester-su', 'volunteer', 'personal', 'profile'),
]
R7_BRANDING_SILENT = [
    ("made a new insta for the SU's international students network, comms approved it this morning 🌍 @lusu.intl", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('the comms team just launched @lusuwelfare — go give them a follow!', 'lancaster-su', 'staff', 'personal', 'post'),
    ('set up a tiktok for my cat lol @mr.whiskers no one asked for this', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('Chester SU advice team now has a TikTok! Signed off by the CEO and logged, follow @csu.advice 🎉', 'chester-su', 'staff', 'personal', 'post'),
    ('we asked the CEO for permission to start a Chester SU Sports instagram, waiting to hear back', 'chester-su', 'staff', 'personal', 'post'),
    ('LUSU Memes 😂 | fan page, not affiliated with Lancaster SU in any way', 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('Unofficial Lancaster Uni confessions page, nothing here reflects the university', 'lancaster-university', 'staff', 'personal', 'profile'),
    ('loving the new LUSU logo the union unveiled today, so much cleaner 💜', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("the SU's rebrand is out and honestly the new crest is gorgeous", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('does anyone know where to get the official ULSU logo files? want to ask Union Activities before we use it', 'leicester-su', 'volunteer', 'official', 'post'),
    ('we got the Leicester SU logo on our kit with approval from Union Activities ✅', 'leicester-su', 'volunteer', 'official', 'post'),
    ("my views are my own, not Lancaster University's — but I think A-levels need reform", 'lancaster-university', 'staff', 'personal', 'post'),
    ("The University's official statement on the strike is here: lancaster.ac.uk/news — please read that rather than my summary", 'lancaster-university', 'staff', 'personal', 'post'),
    ('Proud to be Director of Student Recruitment at Lancaster University 🎓 | views my own', 'lancaster-university', 'staff', 'personal', 'profile'),
    ("I personally think the SU should renew the Domino's contract, but that's just me", 'lancaster-su', 'staff', 'personal', 'post'),
    ('Lancaster SU has announced it will freeze bar prices, see their post for details', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('our society logo got a halloween glow up 🎃 added fangs to the bat lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('designed a new logo for our book club, what do you think?', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('speaking for myself here — I think the exam period changes are a mistake', 'lancaster-university', 'staff', 'personal', 'post'),
    ('Speaking at the Lancaster University open day tomorrow about student finance!', 'lancaster-university', 'staff', 'personal', 'post'),
    ("as a member of staff I've been told to direct all questions to the official LU account @LancasterUni", 'lancaster-university', 'staff', 'personal', 'post'),
    ("LUSU Boxing 🥊 | society run by students | views our own, not the SU's", 'lancaster-su', 'volunteer', 'official', 'profile'),
    ("started a new playlist for the SU bar, didn't ask anyone lol", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('the uni has set up a new account for international students, @LancasterUniIntl, give it a follow', 'lancaster-university', 'staff', 'personal', 'post'),
    ("made a new instagram for our flat 🏠 @county.b12 didn't tell the landlord haha", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("happy to share the union's statement on the rent strike, link in bio", 'lancaster-su', 'officer', 'personal', 'post'),
    ('As a Lancaster University lecturer I love teaching first years, best part of the job', 'lancaster-university', 'staff', 'personal', 'post'),
    ('Chester SU officers are always so helpful, shoutout to the advice team', 'chester-su', 'staff', 'personal', 'post'),
    ("ULSU's official position on the boycott is on their website, I don't speak for them", 'leicester-su', 'officer', 'personal', 'post'),
    ('new merch drop from the SU shop with the updated logo 👕 approved designs only!', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("spent the afternoon helping the comms team redesign the SU logo, they're launching it next week", 'lancaster-su', 'staff', 'personal', 'post'),
    ('Chester Uni Fan Account 🐝 | not official, just love this place', 'chester-su', 'volunteer', 'personal', 'profile'),
    ('made a new fb group for our course cohort, ask to join!', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('set up the official Lancaster SU Give It A Go instagram with the comms team today, go follow 💜', 'lancaster-su', 'staff', 'personal', 'post'),
    ("University of Chester: freshers' fair stalls open now, come say hi", 'chester-su', 'staff', 'official', 'share'),
    ('New Gymshark drop 🔥 shop now, link in bio', 'chester-su', 'staff', 'personal', 'like'),
    ('Lancaster SU Film Soc now has a letterboxd 🎬 @lusufilmsoc, approved by the activities team last week', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('our team finally has its own insta!! @chestersu.finance 💸 signed off by the CEO and logged', 'chester-su', 'staff', 'personal', 'post'),
    ('The digital team has set up a Lancaster University History Dept account on X, please follow', 'lancaster-university', 'staff', 'personal', 'post'),
    ("made a new insta for my baking, haven't told my flatmates 🍰 @bakes.by.ellie", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('anyone know who runs the LUSU tiktok? want to ask about collabs', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("we'd love a Chester SU volunteering page on facebook, emailing the CEO for permission now 🤞", 'chester-su', 'volunteer', 'personal', 'post'),
    ('the SU unveiled its new logo today and the purple is gorgeous 💜', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our tour hoodies are here! society logo on the front, ULSU logo on the sleeve as approved by Union Activities 🙌', 'leicester-su', 'volunteer', 'official', 'post'),
    ("we redesigned our society's logo, huge thanks to Megan for the artwork 🎨", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('The brand team have refreshed the LU logo, new guidelines are on the intranet', 'lancaster-university', 'staff', 'personal', 'post'),
    ('can we use the University of Leicester shield on our kit? asking before we order anything', 'leicester-su', 'volunteer', 'official', 'post'),
    ('drew a moustache on my flatmate while he was asleep 😂', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("As a Pro-Vice-Chancellor at Lancaster University I'm so proud of our graduates today 🎓", 'lancaster-university', 'staff', 'personal', 'post'),
    ('your VP Activities here - careers fair tomorrow 10-4 in Great Hall, come say hi!', 'lancaster-su', 'officer', 'personal', 'post'),
    ('Chester SU has published its statement on the new visa rules, read it on their website', 'chester-su', 'staff', 'personal', 'post'),
    ("I work in marketing at ULSU but these are my own opinions: I'd love a bus fare freeze", 'leicester-su', 'staff', 'personal', 'post'),
    ("Dean's list results are out, well done everyone in the Faculty!", 'lancaster-university', 'staff', 'personal', 'post'),
    ("personally I think the bar should stay open, but the board hasn't decided yet", 'lancaster-su', 'trustee', 'personal', 'post'),
    ("I'm not speaking for the university, but I'd personally like us to leave the league tables", 'lancaster-university', 'staff', 'personal', 'post'),
    ("the SU's statement condemning the abuse aimed at our sabbs is here, please read and share", 'chester-su', 'volunteer', 'personal', 'post'),
    ("LUSU Chess ♟️ | student-run club | views are our own, not Lancaster SU's", 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ('UoL Surf 🏄 | student surf club, affiliated to Leicester SU', 'leicester-su', 'volunteer', 'official', 'profile'),
    ('Chester SU Events fan 🎉 | unofficial, just here for the nights out', 'chester-su', 'volunteer', 'personal', 'profile'),
    ('Sports Development Officer at Lancaster University | personal account | views my own', 'lancaster-university', 'staff', 'personal', 'profile'),
    ("LUSU's rent campaign win is massive news for students 🎉", 'lancaster-su', 'volunteer', 'personal', 'like'),
    ("Chester SU's Give it a Go programme is back this term, sign up online", 'chester-su', 'staff', 'official', 'like'),
    ("🔥 50% off all Domino's pizzas for students this week, use code UNI50", 'chester-su', 'staff', 'personal', 'like'),
    ("what's Lancaster SU's stance on the boycott? can't find it anywhere", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Lancaster University's Director of Estates gave a great talk today on the new library", 'lancaster-university', 'staff', 'personal', 'post'),
    ('just set up my new laptop in the SU building, finally not using the library computers', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('our new group chat for the netball squad is up, ask Amy for the link', 'leicester-su', 'volunteer', 'official', 'post'),
    ('LUSU Cheerleading has a bluesky now 💙 @lusucheer, registered with the activities team', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('the comms team took over the old Chester SU Sports twitter and gave it a refresh, go follow', 'chester-su', 'officer', 'personal', 'post'),
    ('I run a book club on my personal insta, nothing to do with work 📚', 'lancaster-university', 'staff', 'personal', 'post'),
    ('running the SU volunteering stall at the fair today, come say hi!', 'lancaster-su', 'staff', 'personal', 'post'),
    ('we asked the CEO if we could have a csu netball tiktok, fingers crossed 🏐', 'chester-su', 'volunteer', 'personal', 'post'),
    ('pink party posters are up! our own design, no logos used 💖', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new jerseys have our club badge on the front 🔥', 'leicester-su', 'volunteer', 'official', 'post'),
    ('The new Lancaster University brand guidelines are out, including how to use the crest correctly', 'lancaster-university', 'staff', 'personal', 'post'),
    ("LUSU's logo competition is open! design the next union logo and win £100", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("As Lancaster University's Head of Sustainability I'm personally joining the climate strike on Friday, my own choice", 'lancaster-university', 'staff', 'personal', 'post'),
    ("as your president I'll be at the garden party asking the VC about rent, wish me luck", 'lancaster-su', 'officer', 'personal', 'post'),
    ('I can tell you the rent strike meeting was packed tonight, brilliant turnout', 'leicester-su', 'trustee', 'personal', 'post'),
    ('the new parking charges are a disgrace imo, not speaking for chester su', 'chester-su', 'staff', 'personal', 'post'),
    ('Lancaster University Hiking Club | student-run, not an official University account', 'lancaster-university', 'volunteer', 'personal', 'profile'),
    ('Leicester SU fan | student news I find interesting | not affiliated', 'leicester-su', 'volunteer', 'personal', 'profile'),
]
R7_PRODUCT_OR_VOICE_ENDORSED = [
    ('Grab 2-for-1 Dominos with code STUDENT2 this week only 🍕', 'chester-su', 'staff', 'official', 'share', ['commercial', 'endorsement']),
    ('New Gymshark drop 🔥 shop now, link in bio', 'chester-su', 'staff', 'official', 'like', ['endorsement']),
    ('LUSU officially condemns the vice chancellor and demands he resigns today', 'lancaster-su', 'volunteer', 'personal', 'like', ['branding', 'endorsement']),
    ("🔥 50% off all Domino's pizzas for students this week, use code UNI50", 'chester-su', 'staff', 'official', 'like', ['endorsement']),
    ('Grab your Red Bull at the SU shop 🐂 new flavours in now! #ad', 'chester-su', 'officer', 'official', 'repost', ['commercial', 'endorsement']),
    ('LUSU stands with the striking cleaners. Official statement from your union 💜', 'lancaster-su', 'volunteer', 'personal', 'repost', ['branding', 'endorsement']),
]


@pytest.mark.parametrize("text, org, role, account, action",
                         R7_UNAPPROVED_ACCOUNT + R7_LOGO_EDITED + R7_SPEAKS_AS_ORG + R7_PROFILE_AS_OFFICIAL)
def test_round_seven_branding_families_warn(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", R7_BRANDING_SILENT)
def test_round_seven_branding_look_alikes_stay_silent(engine, text, org, role, account, action):
    found = warned(check(engine, text, org=org, role=role, account=account, action=action))
    assert "branding" not in found and "endorsement" not in found


# -- Round seven (set i): an account set up to rival or replace the organisation's own -------------

RIVAL_ACCOUNT = [
    ('made a new insta for LUSU Netball cos the official one never posts, follow @lusunetball.real', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("set up our own Lancaster SU Drama page since the old one's login got lost, this is the real one now", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('started a tiktok for the SU bar, the official one is dead lol', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('created a fb group for Lancaster Uni freshers, use this one not the official page', 'lancaster-su', 'volunteer', 'personal', 'message'),
    ('I made a page for the Chester SU netball team cos the official page never posts anything 🙄', 'chester-su', 'volunteer', 'personal', 'post'),
    ('set up a whatsapp channel for Lancaster Uni freshers, way better than the SU one which is dead tbh', 'lancaster-su', 'volunteer', 'personal', 'message'),
    ('Chester SU Warrington is now on insta!! @csu_warrington_hub, made it myself cos nobody else would', 'chester-su', 'volunteer', 'personal', 'post'),
    ('LUSU Rugby 🏉 the real page | old one is dead, DM to join', 'lancaster-su', 'volunteer', 'personal', 'profile'),
    ("Chester SU Dance 💃 the real page | the old one's dead, DMs open", 'chester-su', 'volunteer', 'personal', 'profile'),
]
RIVAL_ACCOUNT_SILENT = [
    ('made a new insta for my dog, the old one is dead lol', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('made a new tiktok for my cat cos the old one was dead lol', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('my old insta got hacked so made a new one, follow the real me @jess.x', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('LUSU Chess ♟️ member | views my own', 'lancaster-su', 'volunteer', 'personal', 'profile'),
]


@pytest.mark.parametrize("text, org, role, account, action", RIVAL_ACCOUNT)
def test_an_account_set_up_to_rival_the_official_one_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", RIVAL_ACCOUNT_SILENT)
def test_a_new_account_of_ones_own_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# An official outcome offered in private from a personal account: private channel + arranged outcome + the writer's office.
PRIVATE_FAVOUR = [
    ("DM me on here about your clearing place and I'll have a word with the team, no promises 😉 (I work in Lancaster Uni admissions)", 'lancaster-university', 'staff', 'personal', 'post'),
    ('anyone stuck in a rubbish room allocation drop me a message, might be able to get you sorted from my end (accommodation office)', 'lancaster-university', 'staff', 'personal', 'post'),
    ("hit me up if ur library fine is huge, I'm on the library desk at the uni and can make it go away 🤫", 'lancaster-university', 'staff', 'personal', 'post'),
    ('society grant stuck?? pm me, I work in the SU finance office and can push yours through', 'lancaster-su', 'staff', 'personal', 'post'),
    ('inbox me if you missed the deadline for summer ball tickets, I work at Chester SU and can squeeze you in', 'chester-su', 'staff', 'personal', 'post'),
]
PRIVATE_FAVOUR_SILENT = [
    ('dm me if you want the slides from the careers talk, happy to share', 'lancaster-university', 'staff', 'personal', 'post'),
    ('questions about your offer? email admissions@lancaster.ac.uk, we cannot discuss applications over DM', 'lancaster-university', 'staff', 'official', 'post'),
    ('the accommodation office were brilliant sorting my room out, give them a ring if you need help', 'lancaster-university', 'volunteer', 'personal', 'post'),
    ('message me if you need a lift to the match, I can sort something out with the car share', 'lancaster-su', 'volunteer', 'personal', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PRIVATE_FAVOUR)
def test_an_official_favour_offered_in_private_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PRIVATE_FAVOUR_SILENT)
def test_private_help_that_is_no_offices_business_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# Accounts named in quotes or by dotted handles are read as the organisation's name and one handle.
QUOTED_OR_DOTTED_ACCOUNT = [
    ('started a "Lancaster SU Summer Ball" facebook page for tickets, use that not the official one', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("quick heads up: made a ‘Lancaster Uni Open Day’ insta for applicants, no one's approved it yet", 'lancaster-university', 'staff', 'personal', 'post'),
    ('grabbed @lusu.freshers2027 before anyone else did 😎 will tell comms eventually', 'lancaster-su', 'officer', 'personal', 'post'),
    ('made @lancs.uni.library.updates on twitter bc the library account is dead, follow for opening hours', 'lancaster-university', 'staff', 'personal', 'post'),
]
QUOTED_OR_DOTTED_SILENT = [
    ('the comms team have set up @lusu.freshers.2026 officially 🎉 give it a follow', 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("our new 'Lancaster SU Netball' insta is live! approved by the activities team 💜", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('follow my dog @barkley.the.beagle for daily walks round campus 🐶', 'lancaster-su', 'staff', 'personal', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", QUOTED_OR_DOTTED_ACCOUNT)
def test_an_unapproved_account_named_in_quotes_or_a_dotted_handle_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", QUOTED_OR_DOTTED_SILENT)
def test_an_approved_or_private_account_in_quotes_or_dotted_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

LOGO_JOINED = [
    ("we've combined the LUSU logo and our club badge for the hoodies lol", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ('fused the LUSU crest with a dragon for our kit', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('new soc logo just dropped, we mashed the Leicester SU logo with our mascot', 'leicester-su', 'volunteer', 'official', 'post'),
    ('we merged the LUSU logo with our mascot, hope the SU likes it', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('smushed the Lancaster SU logo and a rubber duck together for the race day poster 🦆', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", LOGO_JOINED)
def test_a_logo_joined_with_another_mark_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", [
    ('our own logo merged with the mascot looks class', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('mashed potato and our mascot at the bake sale, come by the SU', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we combined two committees into one this year, Lancaster SU approved it', 'lancaster-su', 'volunteer', 'official', 'post'),
])
def test_joining_things_without_a_protected_logo_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action, expect", R7_PRODUCT_OR_VOICE_ENDORSED)
def test_round_seven_endorsing_counts_as_posting(engine, text, org, role, account, action, expect):
    assert set(expect) <= warned(check(engine, text, org=org, role=role, account=account, action=action))


def test_chester_counts_a_like_of_a_product_only_from_a_union_account(engine):
    # Chester SU 4 forbids endorsing a product from a union account; a personal like is outside it, and a union
    # account liking its own union's news endorses nothing.
    promo = "New Gymshark drop 🔥 shop now, link in bio"
    assert "endorsement" in warned(check(engine, promo, org="chester-su", role="staff", account="official", action="like"))
    assert "endorsement" not in warned(check(engine, promo, org="chester-su", role="staff", account="personal", action="like"))
    news = "Chester SU's Give it a Go programme is back this term, sign up online"
    assert not warned(check(engine, news, org="chester-su", role="staff", account="official", action="like"))


@pytest.mark.parametrize("offer", ["get 30% off all protein bars with code GAINS30 at @MyProteinUK 💪",
                                   "my referral code gets you your first box free, use it at checkout 📦",
                                   "meal kits half price this week only, shop now at @GoustoCooking"])
def test_chester_counts_a_like_of_any_brands_sales_offer_from_a_union_account(engine, offer):
    # the offer itself is the product promotion, whatever the brand and whether the brand list holds it
    assert "endorsement" in warned(check(engine, offer, org="chester-su", role="staff", account="official", action="like"))
    assert "endorsement" not in warned(check(engine, offer, org="chester-su", role="staff", account="personal", action="like"))


# -- Round nine: the organisation's voice taken ('As a university, we …', 'stands 100% behind'), its name
# in hashtags, abbreviations and handles without '@', another place's union, accounts made under its name -

ORG_VOICE_TAKEN = [
    ("As a university, we stand wholeheartedly against the new visa rules.", 'lancaster-university', 'staff', 'personal', 'post'),
    ("we as a students' union reject the rent rises outright", 'lancaster-su', 'staff', 'personal', 'post'),
    ("As an organisation we won't be cooperating with the Home Office on this one", 'lancaster-university', 'staff', 'personal', 'post'),
    ("we at Chester SU stand with the striking cleaners ✊", 'chester-su', 'volunteer', 'personal', 'post'),
    ("LUSU stands 100% behind the occupation. that's where we are.", 'lancaster-su', 'officer', 'personal', 'post'),
    ("the university is totally against the cap on international students", 'lancaster-university', 'staff', 'personal', 'post'),
    ("#LancsSU stands firmly with the cleaners ✊ pay them properly", 'lancaster-su', 'staff', 'personal', 'post'),
    ("proud to say #LUSU backs the rent strike", 'lancaster-su', 'volunteer', 'personal', 'post'),
]
ORG_VOICE_SILENT = [
    ("As a university we support students from over 140 countries 🌍", 'lancaster-university', 'staff', 'personal', 'post'),
    ("as a university student we oppose the fee rise, views my own", 'lancaster-university', 'staff', 'personal', 'post'),
    ("what's the union's position on the rent strike? anyone know?", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Manchester SU condemns the new visa rules, good on them 👏", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Leeds Student Union backs the rent strike, wish ours would", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("Chester SU stands with the cleaners, wish ours would", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("the SU building stands behind the library, you can't miss it", 'lancaster-su', 'volunteer', 'personal', 'post'),
    ("great night at the #LancsSU quiz 🎉", 'lancaster-su', 'volunteer', 'personal', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", ORG_VOICE_TAKEN)
def test_speaking_as_the_organisation_from_a_personal_account_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", ORG_VOICE_SILENT)
def test_the_organisation_asked_about_or_another_places_union_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org", [
    ("made a burner called @LancasterSU_Gigs_Official to push the ball 🤫", 'lancaster-su'),
    ("set up a finsta for the SU bar, nobody's said i can't so 🤷", 'lancaster-su'),
    ("made a tiktok for the union's sports night, called it chestersu_sportsnight 😎 no one's told me i couldn't", 'chester-su'),
])
def test_an_account_made_under_the_organisations_name_without_approval_warns(engine, text, org):
    assert "branding" in warned(check(engine, text, org=org, role="volunteer", account="personal"))


def test_a_hashtag_an_abbreviation_or_a_bare_underscored_handle_names_the_organisation(engine):
    for text, org in [("#LancsSU backs the strike", "lancaster-su"), ("#LUSU2026 backs the strike", "lancaster-su"),
                      ("#LeicsSU backs the strike", "leicester-su"), ("chesterstudentsunion_official backs the strike", "chester-su")]:
        assert "branding" in warned(check(engine, text, org=org, role="staff", account="personal")), text
    # another union's hashtag, or a handle-like word of another name, is not the organisation
    for text in ["#ManchesterSU backs the strike", "lancs_hiking_club backs the strike"]:
        assert "branding" not in warned(check(engine, text, role="staff", account="personal")), text


# -- Own things offered for a price from an organisation account -----------------------------------

PRIVATE_SALE = [
    ('selling my old Fender strat, £250 ono, DM this account 🎸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('anyone want my old desk? £20, collection from Bowland, message the page', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('selling 2 tickets to Arctic Monkeys at face value (£65 each), DM us', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("my housemate's selling her bike, £80 ono, drop us a message", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('for sale: PS5 + 2 controllers, £300, DM for details', 'chester-su', 'staff', 'official', 'post'),
    ('flogging my old textbooks, £10 each, DM', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('selling my car 🚗 2012 Corsa, £2.5k or nearest offer', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('got a spare fridge to sell, 40 quid, DM me', 'lancaster-su', 'volunteer', 'official', 'post'),
]
PRIVATE_SALE_SILENT = [
    ('Tickets for the ball are on sale now, £35 from the SU website', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('society hoodies £25, order by Friday', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('RAG bake sale: selling brownies for £1, all proceeds to charity', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("I'm selling raffle tickets for £2 at the stall, all money to Mind", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('selling my soul to this deadline lol', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PRIVATE_SALE)
def test_private_sale_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PRIVATE_SALE_SILENT)
def test_private_sale_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A friend's or relative's business plugged -----------------------------------------------------

FRIEND_PLUG = [
    ("Plug time 🔌 my mate's new café on Watergate St does the best flat white in Chester, go show some love!", 'chester-su', 'trustee', 'official', 'post'),
    ("Flash sale at our mate's vape shop on Foregate St 💨 show your student card for 15% off", 'chester-su', 'staff', 'official', 'post'),
    ("Treasurer here 👋 my mate's vape shop on Penny St is doing 2 for 1 on disposables, tell them netball sent u 😘", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("shoutout to my cousin's barbershop on King St, best fades in Lancaster, go support!", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('my sister just opened a nail salon in town, book in and tell her we sent you 💅', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("our president's boyfriend runs a food truck, go check it out this weekend 🍔", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("support small business! my flatmate's candle shop is on Etsy, link in her bio 🕯️", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('a friend of ours has opened a tattoo studio on Frodsham St, 10% off for members', 'chester-su', 'staff', 'official', 'post'),
    ("go show some love to my mum's bakery on Market St 🧁", 'lancaster-su', 'volunteer', 'official', 'post'),
]
FRIEND_PLUG_SILENT = [
    ('my mate is running the Great North Run for Mind, please sponsor her!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Thanks to my mate Sam for helping out at the stall', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('show some love to our volunteers this week 💜', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Our bar is doing 2 for 1 on cocktails tonight', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("my mate's new flat has the best view in Lancaster", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('huge thanks to our kit sponsor Lancaster Brewery 🍺 partnership approved by the SU and helps keep subs low', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", FRIEND_PLUG)
def test_friend_plug_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", FRIEND_PLUG_SILENT)
def test_friend_plug_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Side hustles and referral schemes -------------------------------------------------------------

SIDE_HUSTLE = [
    ("📢 want to earn £££ from your bedroom? our treasurer's side hustle is crypto trading, DM for her referral code 🚀", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('use my referral link for £20 free on Monzo', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('join my team and earn from home 💸 DM me', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('my side hustle is selling Avon, message for a brochure', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('sign up to Freetrade with my link and we both get a free share', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('passive income from your phone, ask me how 🚀', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('matched betting paid for my holiday, DM for the link', 'chester-su', 'staff', 'official', 'post'),
]
SIDE_HUSTLE_SILENT = [
    ('referral forms for the advice centre are on the website', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Earn money as an SU ambassador: apply on our website', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('side hustle workshop with the careers team on Wednesday', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('GP referral letters can take two weeks', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SIDE_HUSTLE)
def test_side_hustle_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SIDE_HUSTLE_SILENT)
def test_side_hustle_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A brand praised as the one that works or the best ---------------------------------------------

BRAND_PRAISE = [
    ('honestly the only revision fuel that works 😤 Red Bull x exam szn, grab one at Spar', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('nothing gets me through deadlines like Monster Energy 💚', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Greggs sausage rolls are the best thing in Lancaster, fight me', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the only energy drink that actually works: Red Bull', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('best coffee on campus? Starbucks, every time ☕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("ngl Domino's is elite after a night out", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Nike is the best, nothing else comes close', 'lancaster-su', 'volunteer', 'official', 'post'),
]
BRAND_PRAISE_SILENT = [
    ('Red Bull cans in the recycling bin please', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Greggs is closed today due to a power cut', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Starbucks on campus is closing early tonight', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the only thing that works is revision, honestly', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", BRAND_PRAISE)
def test_brand_praise_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", BRAND_PRAISE_SILENT)
def test_brand_praise_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Watermarks and credits taken off pictures -----------------------------------------------------

WATERMARK = [
    ('used a pic off Getty for the poster, cropped the watermark out so no one can tell 🤫', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('removed the Shutterstock watermark from the banner image, looks clean now', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photoshopped the watermark off this stock photo for our flyer', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('blurred out the iStock watermark on the header pic, sorted', 'chester-su', 'staff', 'official', 'post'),
    ('got rid of the watermark on the Alamy pic', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('watermark removed 😎 free stock photo hack', 'leicester-su', 'volunteer', 'official', 'post'),
    ('edited the watermark out of the stock image lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('found a watermark remover for the Getty pics 🙌', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('cropped the Shutterstock watermark out of the header photo', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('erased the watermark on this pic in Canva, flyer done', 'lancaster-su', 'volunteer', 'official', 'post'),
]
WATERMARK_SILENT = [
    ('add our watermark to the photos before posting', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Photos by @jess_snaps, please don't crop the watermark", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we bought a Getty licence for the poster image', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("don't remove the watermark from Sam's photos please", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photographer credited on every photo ❤️', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", WATERMARK)
def test_watermark_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", WATERMARK_SILENT)
def test_watermark_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Commercial songs as a video soundtrack, or a worry the platform will mute it ------------------

SOUNDTRACK = [
    ("ball promo vid is up!! 🎬 soundtrack is Mr Brightside obvs, fingers crossed insta doesn't mute it lol", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("our recap video is set to Dua Lipa's new single 🔥", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("put Calvin Harris over the highlights reel, hope we don't get copyright struck", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('soundtrack: Taylor Swift - Shake It Off 💃 new freshers video out now', 'chester-su', 'staff', 'official', 'post'),
    ('used Mr Brightside as the backing track for our freshers video', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("fingers crossed TikTok doesn't mute our varsity vid this time 🤞", 'leicester-su', 'volunteer', 'official', 'post'),
]
SOUNDTRACK_SILENT = [
    ('promo vid soundtrack by our very own music soc 🎶', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('music from the YouTube Audio Library (royalty-free) for the recap video', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we're playing Mr Brightside at the ball, obviously", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('DJ set by Sam at the Sugarhouse, all the bangers', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("mute the video if you're in the library lol", 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SOUNDTRACK)
def test_soundtrack_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SOUNDTRACK_SILENT)
def test_soundtrack_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Full PDFs and pirate libraries for books and set texts ----------------------------------------

PIRATED_BOOK = [
    ("Full PDF of the new Sally Rooney is in the book club drive 📚 don't tell anyone", 'chester-su', 'staff', 'official', 'post'),
    ("Here's the full PDF of the £60 core textbook so nobody has to buy it 📚 link below, shhh", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("pdf of the whole course textbook in the group chat, you're welcome", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('got a free pdf of the set text, DM me for it', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("the textbook's on libgen btw, link in the GC", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('pirated copy of the textbook on our teams page 😉', 'leicester-su', 'volunteer', 'official', 'post'),
    ('scanned the entire course reader and put it on the drive', 'lancaster-su', 'volunteer', 'official', 'post'),
]
PIRATED_BOOK_SILENT = [
    ('PDF of the minutes from the AGM is on the website', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Full PDF of our society handbook here', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the library has the textbook as an e-book, free with your login', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our annual report (PDF) is out now', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PIRATED_BOOK)
def test_pirated_book_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PIRATED_BOOK_SILENT)
def test_pirated_book_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Whole albums, streams and matches put up for everyone -----------------------------------------

WHOLE_WORK = [
    ("put the whole of Taylor's new album on our story so everyone can vibe before the social 🎶", 'leicester-su', 'volunteer', 'official', 'post'),
    ('Full uncut stream of the match tonight, no sub needed 🔗⚽ (link dies after kick off so be quick)', 'leicester-su', 'volunteer', 'official', 'share'),
    ("We've uploaded Taylor Swift's whole new album to our station's YouTube so you can listen for free 🎧", 'lancaster-su', 'student-media', 'official', 'post'),
    ('streaming the whole Champions League final on our page tonight, no Sky needed', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('link to a free stream of the Ashes in our bio 🏏', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('whole Oasis album on our story today, enjoy', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('dropped the whole new season in the group drive', 'lancaster-su', 'volunteer', 'official', 'post'),
]
WHOLE_WORK_SILENT = [
    ('watch the match with us in the Sugarhouse tonight, free entry', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('full stream of our varsity match on our YouTube', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the whole album is on Spotify, go listen', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we're live streaming the AGM on our Instagram", 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", WHOLE_WORK)
def test_whole_work_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", WHOLE_WORK_SILENT)
def test_whole_work_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Photos taken from another page, or posted with the credit left off ----------------------------

TAKEN_PHOTOS = [
    ('thanks to Jamie for the amazing photos!! (jk we took them off the Loughborough page 😂)', 'leicester-su', 'volunteer', 'official', 'post'),
    ("Reposted all of Mia's photos from the ball onto our page, she was being funny about credit so we left her name off 📸", 'leicester-su', 'volunteer', 'official', 'post'),
    ("nicked these pics from the hockey club's insta, they won't mind", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("cropped the photographer's name off before posting", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("took the photos from another society's facebook and posted them as ours", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("left the credit off the photos, she'll never know", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("saved the pics off Leeds SU's story and posted them here lol", 'lancaster-su', 'volunteer', 'official', 'post'),
]
TAKEN_PHOTOS_SILENT = [
    ('thanks to Jamie for the amazing photos!!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we took photos at the ball, they're on our page", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Photos from the ball are on our Facebook page now', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('credit to @jess_snaps for the pics 📸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('left my name off the rota lol', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", TAKEN_PHOTOS)
def test_taken_photos_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", TAKEN_PHOTOS_SILENT)
def test_taken_photos_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A brand's logo copied or barely changed -------------------------------------------------------

COPIED_LOGO = [
    ("new club logo reveal 🔥 (it's basically the Adidas one flipped, shh)", 'leicester-su', 'volunteer', 'official', 'post'),
    ('our new crest is just the Juventus badge with our colours lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('ripped off the Nike swoosh for our hoodies, nobody will notice', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('new logo is literally the Spotify logo but purple', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our kit badge is a copy of the Man City badge', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new badge is pretty much the Arsenal crest tbh', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our hoodie design is a rip-off of the Supreme logo, nobody will notice', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('logo is identical to the Monster logo but blue 😂', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('copied the Puma logo for the kit, swapped the cat for a rose', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('new crest just the Barcelona badge w our initials', 'lancaster-su', 'volunteer', 'official', 'post'),
]
COPIED_LOGO_SILENT = [
    ('new club logo reveal 🔥 designed by our own Sam', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our logo was designed by an art student, credited in bio', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our new logo is basically the old one with a new font', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Adidas is our kit supplier this season', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the old logo was just the university crest, time for a new one designed by Maya', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", COPIED_LOGO)
def test_copied_logo_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", COPIED_LOGO_SILENT)
def test_copied_logo_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Someone else's art traced or copied -----------------------------------------------------------

TRACED_ART = [
    ("Our new kit design 🔥 (ok we basically traced it from an artist's Etsy print, don't tell)", 'leicester-su', 'volunteer', 'official', 'post'),
    ('traced this illustration off Pinterest for the poster', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the banner art is traced from a Redbubble design lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("copied an artist's drawing for our merch, changed the colours so it's fine", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we traced over a tattoo artist's flash sheet for the hoodie", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("ripped off an illustrator's poster design for our club night flyer", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the mascot is literally a traced Studio Ghibli character', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we nicked someone's drawing off Instagram for the tote bags", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("tracing a Pokémon for the hoodie design, hope Nintendo don't see", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('copied the artwork from an album cover for our poster', 'lancaster-su', 'volunteer', 'official', 'post'),
]
TRACED_ART_SILENT = [
    ('traced the outline of the stage for the set design', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Our new kit design 🔥 drawn by our own Maya', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we traced our route on the map for the charity walk', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('tracing paper and pencils provided at the art soc social', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Maya drew our new logo, credit to her ❤️', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", TRACED_ART)
def test_traced_art_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", TRACED_ART_SILENT)
def test_traced_art_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A business sent to by its @handle, its web address or a recommendation (names no list holds) --

BUSINESS_SENT_TO = [
    ('Best broadband for student houses in Lancaster? @Hyperoptic, no contest. Switch with our link 👉 hyperoptic.com/lusu', 'lancaster-su', 'staff', 'official', 'post'),
    ('Looking for a student house? We recommend Chester Student Lets - best landlords in town 🏠', 'chester-su', 'trustee', 'official', 'post'),
    ('need a haircut before the ball? we highly recommend Fade Lab on Penny St, best barbers in town ✂️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('cheapest gym in town is @FlexFitnessLancs, sign up thru our link for a free week 💪', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('moving out? bigmovevans.co.uk are the best, tell them we sent you', 'chester-su', 'staff', 'official', 'post'),
    ('our go-to takeaway after training has to be Mumtaz Curry House 🍛 honestly unbeatable', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Looking for a letting agent? We'd recommend @HomesbyJenna, they've been great with our members", 'chester-su', 'staff', 'official', 'post'),
    ('switch to @SmartyMobile with our referral link and save £5/month', 'lancaster-su', 'officer', 'official', 'post'),
    ('top pick for printing your dissertation: printcheap.co.uk 🖨️ 20% off with our link', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('honestly the best pizza in lancaster is @PizzaMargheritaLA1 no contest 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('best brunch in chester?? @CafeNineChester, no contest 🥞', 'chester-su', 'volunteer', 'official', 'post'),
    ('need driving lessons? we recommend Pass First Time Motoring, mention our society for a discount 🚗', 'lancaster-su', 'staff', 'official', 'post'),
]
BUSINESS_SENT_TO_SILENT = [
    ('We recommend booking early for the ball - tickets at lancastersu.co.uk', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we recommend @LancsNightline if you're struggling, they're open all night 💙", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Best night of the year? The Winter Ball, no contest 🎉', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("we highly recommend the careers service's CV clinic, book via the SU website", 'lancaster-su', 'staff', 'official', 'post'),
    ('the best team on campus? Furness College, no contest 💪', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('thanks @LancsRAG for the best fundraiser of the year 💛', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("I'd recommend Sarah for VP Education, she's brilliant", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shoutout to @jess_m for the best photos of the ball 📸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Struggling with your landlord? We recommend the SU Advice Service - call 01524 592800", 'lancaster-su', 'staff', 'official', 'post'),
    ('we recommend checking gov.uk/student-finance before term starts', 'chester-su', 'staff', 'official', 'post'),
    ('Our top pick for the film night: Paddington 2, obviously 🐻', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('@jess_m we recommend the careers fair for that, loads of grad schemes there', 'lancaster-su', 'staff', 'official', 'reply'),
]


@pytest.mark.parametrize("text, org, role, account, action", BUSINESS_SENT_TO)
def test_business_sent_to_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", BUSINESS_SENT_TO_SILENT)
def test_business_sent_to_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Brands in any case, and a brand's product offered as a prize ----------------------------------

BRAND_DEAL_OR_PRIZE = [
    ("WIN a year's supply of Red Bull 🐂 follow, like & tag 3 mates to enter!", 'chester-su', 'staff', 'official', 'share'),
    ('GIVEAWAY 🎁 win a pair of airpods, just like + RT', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('comp time! win a greggs hamper, tag a mate', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("to celebrate 1k followers we're giving away a MacBook Air 💻 RT to enter", 'chester-su', 'staff', 'official', 'post'),
    ('up for grabs: 2 x £25 asos vouchers, comment your fave emoji 👇', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Currys on the retail park!! mention the squash club at the till for 10% off 😉', 'lancaster-su', 'volunteer', 'official', 'reply'),
    ('20% off at argos this week with ur student card, go go go', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('free month of spotify premium with our link 🎧', 'chester-su', 'staff', 'official', 'post'),
    ('deliveroo are doing £10 off your first order with code LUSU10', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("wagamama is 2 for 1 on mondays, you're welcome 🍜", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("honestly primark pj's are the best, get yours before they sell out", 'lancaster-su', 'volunteer', 'official', 'post'),
]
BRAND_DEAL_OR_PRIZE_SILENT = [
    ('win a hoodie in our raffle, all proceeds to RAG', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('congrats to our netball team on their win against Leeds 🏆 greggs after', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Red Bull cans in the recycling bin please', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('win a free ball ticket: follow @LancasterSU and tag a mate', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('free shuttle bus to the retail park every saturday from the underpass', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('lost: a black tesco bag with a laptop charger in it, last seen in the library', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", BRAND_DEAL_OR_PRIZE)
def test_brand_deal_or_prize_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", BRAND_DEAL_OR_PRIZE_SILENT)
def test_brand_deal_or_prize_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Published writing pasted whole, or a paywall got round ----------------------------------------

WRITING_COPIED = [
    ("The Guardian's whole piece on student housing pasted below coz of the paywall 👇", 'lancaster-su', 'student-media', 'official', 'post'),
    ('copied the whole times article below for anyone without a subscription', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('full text of the FT piece in the thread so nobody has to pay 🧵', 'chester-su', 'staff', 'official', 'post'),
    ('typed out the full Vogue interview with Harry Styles for you all 💅', 'leicester-su', 'volunteer', 'official', 'post'),
    ("here's the telegraph article in full for the non-subscribers 👇", 'lancaster-su', 'student-media', 'official', 'post'),
    ('copy-pasted the economist column on tuition fees here, enjoy 📰', 'lancaster-su', 'officer', 'personal', 'post'),
    ('pasting the Lancashire Post review of our panto below so you can read it 🎭', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('screenshotted the whole new scientist article on sleep so you don\'t have to pay ✨', 'chester-su', 'volunteer', 'official', 'post'),
    ('Leicester Mercury feature on our volunteers pasted in full below 💙', 'leicester-su', 'staff', 'official', 'post'),
    ('the Athletic piece on the varsity rivalry, c&p for those without a subscription', 'lancaster-su', 'volunteer', 'official', 'post'),
]
WRITING_COPIED_SILENT = [
    ("Read the Guardian's piece on student housing here 👉 theguardian.com/housing", 'lancaster-su', 'student-media', 'official', 'post'),
    ("The Times article on our rent strike is behind a paywall unfortunately, here's a summary in our own words", 'lancaster-su', 'student-media', 'official', 'post'),
    ('our article on the rent strike is pasted below', 'lancaster-su', 'student-media', 'official', 'post'),
    ('pasted the minutes from the AGM below', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('typed out the questions for the hustings, send yours in', 'lancaster-su', 'student-media', 'official', 'post'),
    ('we copied the whole committee into the email, check your inbox', 'chester-su', 'staff', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", WRITING_COPIED)
def test_writing_copied_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", WRITING_COPIED_SILENT)
def test_writing_copied_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Teaching materials shared when their author did not agree -------------------------------------

TEACHING_SHARED = [
    ("uploading dr patel's revision slides for anyone who missed the session 📑 she didn't say we could but whatever", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("posting prof jones's lecture slides in the gc, didn't get permission but they're useful", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('sharing the model answers from the tutor, not supposed to share them but hey', 'chester-su', 'volunteer', 'official', 'post'),
    ("past papers from the maths dept are in our drive 👀 we're not meant to share them", 'leicester-su', 'volunteer', 'official', 'post'),
    ('screen recorded the whole lecture, never asked dr lee but it\'s up on our channel', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("worksheets from the seminar on our insta story, hope the lecturer doesn't mind 🙈", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('lecture recordings from dr khan\'s module on our drive without her knowing lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("handouts from the law school's moot workshop attached, they never said we could share them", 'chester-su', 'staff', 'official', 'post'),
    ('revision notes from the dept uploaded for everyone, no permission but who cares 🤷', 'leicester-su', 'volunteer', 'official', 'post'),
    ("put prof ahmed's lecture slides on the society page without asking him 📚", 'lancaster-su', 'volunteer', 'official', 'post'),
]
TEACHING_SHARED_SILENT = [
    ('dr patel has kindly shared her revision slides on moodle for anyone who missed the session', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('slides from our own AGM presentation are on the website 📑', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("lecture slides are on moodle, ask your lecturer if anything's missing", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("didn't get permission to use the main hall so the social's moved to the bar", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('prof jones said we could share her slides with the society, link below 📑', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", TEACHING_SHARED)
def test_teaching_shared_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", TEACHING_SHARED_SILENT)
def test_teaching_shared_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Pages copied from print -----------------------------------------------------------------------

PRINT_COPIED = [
    ("This Private Eye cartoon sums up exam season 😂 [scanned from this week's issue]", 'chester-su', 'staff', 'official', 'post'),
    ('photocopied the whole chapter out of the textbook for the reading group', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('snapped this off the back page of the metro this morning 😂', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("scanned the crossword out of today's paper for quiz night 🧩", 'leicester-su', 'volunteer', 'official', 'post'),
    ('photographed the comic strip out of the Beano annual for our freshers post', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('typed up the recipe straight out of the Bake Off book for our bake sale', 'chester-su', 'volunteer', 'official', 'post'),
    ('cut this cartoon out of the Guardian, now on our insta 📌', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('ripped this page out of vogue for our moodboard post ✨', 'leicester-su', 'volunteer', 'official', 'post'),
    ('copied the comic strip from the Viz annual for our freshers mag', 'lancaster-su', 'student-media', 'official', 'post'),
    ('scanned every map from the lonely planet book for our tour guide 🗺️', 'lancaster-su', 'volunteer', 'official', 'post'),
]
PRINT_COPIED_SILENT = [
    ("scanned from the sign-up sheet at the stall, we'll email you all", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photographed from the top of Bowland Tower at sunrise', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('scanned from our own zine, issue 3 out now', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new issue of our magazine is out, copies in the SU', 'lancaster-su', 'student-media', 'official', 'post'),
    ("lifted straight from the book club's reading list: our top 5 picks", 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PRINT_COPIED)
def test_print_copied_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PRINT_COPIED_SILENT)
def test_print_copied_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A brand's, show's or league's logo, intro, theme or font recreated ----------------------------

BRAND_MARK = [
    ("recreated the netflix logo + intro for our 'Rugby: The Documentary' trailer, turned out class 🎬", 'leicester-su', 'volunteer', 'official', 'post'),
    ('used the bake off theme for our bake sale promo lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our ball poster copies the love island logo with our name on it 🏝️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('stuck the premier league intro at the start of our 5-a-side highlights', 'chester-su', 'volunteer', 'official', 'post'),
    ('remade the spotify wrapped graphics for our end of year post 🎧', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our new hoodies use the nike swoosh but purple 💜', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('borrowed the match of the day theme tune for our highlights vid', 'leicester-su', 'volunteer', 'official', 'post'),
    ('pinched the Harry Potter font for the quidditch soc banner ⚡', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('slapped the champions league anthem over our 5-a-side final highlights', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('copied the Coca-Cola logo style for our RAG can drive poster', 'chester-su', 'staff', 'official', 'post'),
]
BRAND_MARK_SILENT = [
    ('Netflix and chill night in the common room 🍿', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the netflix intro used to be better tbh', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our designer recreated our own logo in 3D 🔥', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('watched the Bake Off final in the bar, what a show', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we used Canva to make the poster this year', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('champions league final on the big screen in the bar tonight ⚽', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", BRAND_MARK)
def test_brand_mark_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", BRAND_MARK_SILENT)
def test_brand_mark_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Leaked works handed out, and a video's music with a fear of being sued ------------------------

LEAKED_OR_SUED = [
    ("taylor swift's new album leaked early 🤫 link in the comments, enjoy", 'chester-su', 'trustee', 'personal', 'post'),
    ('new drake album leaked, dm for the link 🔥', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new episode of traitors leaked online, link below 👀', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("the whole new stranger things season leaked, it's in the gc 👀", 'leicester-su', 'volunteer', 'official', 'post'),
    ('got a cam rip of the new Wicked film, google drive link in bio', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('leaked copy of the new GTA game is on our drive lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("tour vid is UP 🎶 (soundtrack: mr brightside, pls don't sue us killers 😂)", 'leicester-su', 'volunteer', 'official', 'post'),
    ('new freshers reel out now!! song: espresso by sabrina carpenter ☕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("highlights vid is up, hope sabrina doesn't sue us for the soundtrack 😅", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("montage is live, music: sweet caroline 🎶 hope we don't get sued lol", 'chester-su', 'volunteer', 'official', 'post'),
]
LEAKED_OR_SUED_SILENT = [
    ("the new album leaked online 😭 don't listen to it, wait for friday", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('new single out friday, link in bio to pre-save', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('exam timetable leaked early?? link in bio for the official one', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('tour vid is UP 🎶 soundtrack by our own music soc', 'leicester-su', 'volunteer', 'official', 'post'),
    ('recap video out now, music: our own band Static Lines 🎸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('killers tribute night at the O2 Academy friday 🎸 who\'s coming?', 'leicester-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", LEAKED_OR_SUED)
def test_leaked_or_sued_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", LEAKED_OR_SUED_SILENT)
def test_leaked_or_sued_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- The creator's credit never given, even where they agreed (acknowledgement) --------------------

CREDIT_NOT_GIVEN = [
    ("Jess said we could use her photos of the ball, didn't bother crediting her tho 📸", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photos used with permission from a local photographer, forgot to credit them oops', 'leicester-su', 'volunteer', 'official', 'post'),
    ("Sam's drawings are on the new tote bags (he said fine), not credited anywhere lol", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the illustrator gave us the ok for the poster art, we left the credit off to keep it clean ✨', 'chester-su', 'staff', 'official', 'post'),
    ('reposted the photographer\'s pics of the match with permission, without credit cos the caption was too long', 'leicester-su', 'volunteer', 'official', 'post'),
    ('the band let us use their track in the recap video, no need to credit them surely', 'lancaster-su', 'volunteer', 'official', 'post'),
]
CREDIT_NOT_GIVEN_SILENT = [
    ('photos used with permission from @jess_snaps 📸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Photos by @jess_snaps, please don't crop the watermark", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photos from the ball are up, forgot to tag everyone so tag yourselves!', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('poster art by Maya, credit to her for the amazing work ❤️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('no credit card needed to sign up for the SU gym', 'lancaster-su', 'staff', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", CREDIT_NOT_GIVEN)
def test_credit_not_given_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", CREDIT_NOT_GIVEN_SILENT)
def test_credit_not_given_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A brand named as a partner or the one behind something ----------------------------------------

BRAND_AS_PARTNER = [
    ('teamed up with deliveroo for freshers week 🛵 free delivery all week', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("shoutout to Domino's for the pizzas at the AGM 🍕", 'lancaster-su', 'officer', 'official', 'post'),
    ('revision fuelled by greggs 💪', 'chester-su', 'staff', 'official', 'post'),
    ('this year\'s sports night is in collaboration with gymshark 🏋️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our ball afterparty is powered by jagermeister 🦌', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('proud partners with monzo for this year\'s money week 💳', 'chester-su', 'staff', 'official', 'post'),
]
BRAND_AS_PARTNER_SILENT = [
    ('thanks to Tesco for donating to our foodbank drive', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shoutout to our amazing volunteers at the welcome fair 💜', 'lancaster-su', 'staff', 'official', 'post'),
    ('teamed up with the careers service for CV week', 'lancaster-su', 'staff', 'official', 'post'),
    ('revision fuelled by tea and biscuits in the library 📚', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('powered by our brilliant RAG volunteers, all proceeds to charity', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", BRAND_AS_PARTNER)
def test_brand_as_partner_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", BRAND_AS_PARTNER_SILENT)
def test_brand_as_partner_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Shown to an audience without a licence, or reposted without asking ----------------------------

SHOWN_OR_REPOSTED = [
    ('film night: Barbie in the common room, no licence needed lol 🍿', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('showing the euros final on the big screen, no PPL lol', 'leicester-su', 'volunteer', 'official', 'post'),
    ("movie night friday, we didn't bother with a licence but who's checking 🎬", 'chester-su', 'volunteer', 'official', 'post'),
    ('the fight is on the projector in the bar, unlicensed stream but shh 🥊', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('reposting this meme from twitter, didn\'t ask', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('yoinked this off a random guy\'s story, didn\'t ask 🤷', 'leicester-su', 'volunteer', 'official', 'post'),
    ('reposted her whole thread without asking lol', 'chester-su', 'staff', 'official', 'post'),
    ('downloaded the photographer\'s shots of our match, never asked but they\'re great 📸', 'lancaster-su', 'volunteer', 'official', 'post'),
]
SHOWN_OR_REPOSTED_SILENT = [
    ('film soc: licence sorted for Paddington in Peru on sunday 🐻', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('no licence needed for the quiz, just turn up', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('reposted with permission from @jess_snaps', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('took the minibus without asking, sorry Dave', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('reposting our own recap from last year', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SHOWN_OR_REPOSTED)
def test_shown_or_reposted_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SHOWN_OR_REPOSTED_SILENT)
def test_shown_or_reposted_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- Lowercase discount codes and commission on sign-ups -------------------------------------------

CODE_OR_COMMISSION = [
    ('use code lusu20 for 20% off your first box 🥗', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('35% off with our code: rugby35 💪', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('enter code chestersu10 at checkout', 'chester-su', 'staff', 'official', 'post'),
    ('we earn a small commission if you buy through our link 🛍️', 'lancaster-su', 'officer', 'official', 'post'),
    ('we get £5 for every signup so pls use the link in bio!!', 'chester-su', 'volunteer', 'official', 'post'),
]
CODE_OR_COMMISSION_SILENT = [
    ('use code below at the SU shop for 10% off hoodies', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('with code 1234 you can open the kit store', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the dress code is smart casual, code of conduct applies', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('exec elections: the commission has confirmed the results', 'lancaster-su', 'staff', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", CODE_OR_COMMISSION)
def test_code_or_commission_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", CODE_OR_COMMISSION_SILENT)
def test_code_or_commission_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A local business shouted out for what it sells; a friend's shop gone live ---------------------

LOCAL_BUSINESS_PLUGGED = [
    ('Huge shoutout to Bodega on Church St, honestly the best burritos in Chester 🌯', 'chester-su', 'staff', 'official', 'post'),
    ('shout out to Ramen Ya for the best ramen in lancaster, go go go 🍜', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Our treasurer's new vintage clothing Depop is LIVE 🛍️ go follow @thriftwithtom", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("If you're not using Revolut for your student account, what are you doing?? 💳", 'chester-su', 'staff', 'official', 'post'),
    ('my sister just opened a lash studio in town, go follow her page 💅', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shoutout to Crumbs Bakery for the best cake in town, mention us for 10% off 🎂', 'lancaster-su', 'volunteer', 'official', 'post'),
]
LOCAL_BUSINESS_PLUGGED_SILENT = [
    ('Massive thanks to Sugarhouse for the free entry tonight 🎉', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shout out to Sarah for organising the best social of the year 💜', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('shoutout to the Fylde JCR for the best pizza night 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our new kit is live on the SU shop now 🏑', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("If you're not using the library's booking system, you're missing out on quiet rooms", 'lancaster-su', 'staff', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", LOCAL_BUSINESS_PLUGGED)
def test_local_business_plugged_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", LOCAL_BUSINESS_PLUGGED_SILENT)
def test_local_business_plugged_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A lecturer's materials put up publicly; a whole show uploaded; a video's music taken down -----

LECTURER_MATERIALS_OR_SHOW = [
    ("shared the lecturer's Panopto recording on our insta so everyone can catch up", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("prof khan's past papers are in the gc 👀", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("posting our tutor's model answers on the page before the exam 📝", 'chester-su', 'volunteer', 'official', 'post'),
    ("the history dept's reading pack is uploaded to our discord, enjoy", 'leicester-su', 'volunteer', 'official', 'post'),
    ("dr okafor's lecture notes on our story for anyone who missed it 📚", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('full Love Island final uploaded to our drive for those who missed it 🏝️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("Using Olivia Rodrigo's 'good 4 u' for our TikTok trend, hope it doesn't get taken down", 'leicester-su', 'volunteer', 'official', 'post'),
]
LECTURER_MATERIALS_OR_SHOW_SILENT = [
    ("dr patel's revision slides are on moodle for anyone who missed the session", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("shared the lecturer's slides with permission, thanks dr lee!", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("our president's notes from the AGM are on the page", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("dr patel's lecture was amazing, shared a pic on our story", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('full results of the season are up on our page 🏆', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our post about the ball got taken down by insta?? no idea why', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", LECTURER_MATERIALS_OR_SHOW)
def test_lecturer_materials_or_show_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", LECTURER_MATERIALS_OR_SHOW_SILENT)
def test_lecturer_materials_or_show_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))

# -- A business thanked as sponsor by its handle; a broadcaster's footage reposted; work used untold -

SPONSOR_HANDLE = [
    ('Massive thanks to @BrewDogLancs for sponsoring our kit this season 🍺 go grab a pint and tell them the rugby lads sent you', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('say hi to our new sponsor @FadeLabBarbers ✂️ cheapest trims in town', 'chester-su', 'volunteer', 'official', 'post'),
    ('big thanks to @PizzaPlanetLA1 for sponsoring quiz night, grab a slice on the way home 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
]
SPONSOR_HANDLE_SILENT = [
    ('thanks to @LancsRAG for sponsoring the charity skydive 🪂', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('huge thanks to @UniteStudents, our approved partner, for sponsoring the Welcome Fair', 'lancaster-su', 'staff', 'official', 'post'),
    ('thanks @jess_m for the lift home, sent you the petrol money', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", SPONSOR_HANDLE)
def test_sponsor_handle_warns(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SPONSOR_HANDLE_SILENT)
def test_sponsor_handle_stays_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


FOOTAGE_OR_UNTOLD = [
    ('grabbed the BBC Sport clip of our varsity match and reposted it 🏉', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('reuploaded Sky Sports highlights of the final to our page ⚽', 'leicester-su', 'volunteer', 'official', 'post'),
    ("downloaded the Chester Chronicle photos of our graduation and reposted them 🎓", 'chester-su', 'staff', 'official', 'post'),
    ("uploaded Maya's artwork to our merch store without telling her, she'll be chuffed", 'lancaster-su', 'volunteer', 'official', 'post'),
    ("using the photographer's pics from the ball on our posters, haven't told him yet 📸", 'leicester-su', 'volunteer', 'official', 'post'),
]
FOOTAGE_OR_UNTOLD_SILENT = [
    ('the BBC Sport clip of our varsity match is up on their page, go watch', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('reposted our own highlights from last year', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("booked the minibus without telling him, sorry Dave", 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", FOOTAGE_OR_UNTOLD)
def test_footage_or_untold_warns(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", FOOTAGE_OR_UNTOLD_SILENT)
def test_footage_or_untold_stays_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# -- The organisation's own partners and sponsors named as such (seventh round, precision) --------------

OWN_PARTNER_NAMED = [
    "Welcome Week is supported by our partners at Santander 💙 — find them at the Freshers' Fair for free stuff and advice",
    "huge thanks to our sponsors at Domino's for the free pizza at the AGM 🍕",
    "Freshers Fair is supported by our Welcome Week partner Unidays - come say hi",
    "say hi to our partners from Monzo at stand 12, free tote bags",
    "thanks to our sponsor at Santander for supporting the Sports Awards",
]
BRAND_PLUGGED = [
    "teamed up with deliveroo for freshers week 🛵 free delivery all week",
    "Get 15% off at Nando's with code CHESTER15 this week only!",
    "shoutout to Domino's for the pizzas at the AGM 🍕",
    "Monster Energy is the official drink of exam season - grab a can at the shop!",
    "proud partners with monzo for this year's money week 💳",
]


@pytest.mark.parametrize("text", OWN_PARTNER_NAMED)
def test_the_organisations_own_partner_named_as_such_is_no_plug(engine, text):
    assert "commercial" not in warned(check(engine, text, org="chester-su", role="staff"))


@pytest.mark.parametrize("text", BRAND_PLUGGED)
def test_a_brand_plugged_without_being_named_our_partner_still_warns(engine, text):
    assert "commercial" in warned(check(engine, text, org="chester-su", role="staff"))


# -- Speaking as the organisation: 'As the Union, we think', 'the uni fully backs UCU', a group page as the
# university's voice ---------------------------------------------------------------------------------

SPEAKING_AS_ORG = [
    ("As the Union, we think the new library hours are unacceptable.", 'chester-su', 'trustee', 'personal', 'post'),
    ("we as the SU won't be going along with the rent rises", 'lancaster-su', 'officer', 'personal', 'post'),
    ("as your union we're telling you: don't sign the new contracts", 'chester-su', 'staff', 'personal', 'post'),
    ("honestly the uni fully backs the strike, don't listen to the emails", 'lancaster-university', 'staff', 'personal', 'reply'),
    ("the union stands in solidarity with the cleaners 💪", 'leicester-su', 'volunteer', 'personal', 'post'),
    ("Leicester Uni Netball 🏐 | the official voice of Leicester Uni on all things netball", 'leicester-su', 'officer', 'official', 'profile'),
]
SPEAKING_AS_ORG_SILENT = [
    ("As the union's newest volunteer, I think the library hours are too short (my view!)", 'chester-su', 'volunteer', 'personal', 'post'),
    ("does the uni actually back the strike? anyone know", 'lancaster-university', 'staff', 'personal', 'post'),
    ("I fully back the strike, my own view, not the uni's", 'lancaster-university', 'staff', 'personal', 'post'),
    ("Leicester Uni Netball 🏐 | views our own | training Weds 6pm", 'leicester-su', 'officer', 'official', 'profile'),
]


@pytest.mark.parametrize("text, org, role, account, action", SPEAKING_AS_ORG)
def test_speaking_as_the_organisation_warns(engine, text, org, role, account, action):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", SPEAKING_AS_ORG_SILENT)
def test_speaking_as_oneself_stays_silent(engine, text, org, role, account, action):
    assert "branding" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# -- Round six: a discount code in any shape; a deal got by saying who sent you; a business's opening offer;
# -- a product just out with a call to go and get it --------------------------------------------------------

PROMOTION_ROUND6 = [
    ('our partners at Fade Lab: use code LUSU for 10% off ✂️', 'lancaster-su', 'officer', 'official', 'post'),
    ("huge thanks to our friends at the gym, use the code 'bailrigg' for a free month 💪", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('enter promo code lancs at checkout for 20% off', 'chester-su', 'staff', 'official', 'post'),
    ('grab a 2 for 1 on cocktails at Revolution this thursday, tell them the rugby club sent you 🍹', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('free shot with every pint at Tokyo Joe\'s, just show this post at the bar 🍻', 'chester-su', 'officer', 'official', 'post'),
    ("Lancaster's newest bubble tea spot @BobaBliss opens Friday 🧋 first 100 customers get a free drink!", 'lancaster-su', 'staff', 'official', 'share'),
    ('new vape shop @CloudNineLancs just opened on Penny St, first 50 customers get a free starter kit 💨', 'lancaster-su', 'officer', 'official', 'post'),
    ("the new krispy kreme flavours just dropped and they're insane, go get some!! 🍩", 'lancaster-su', 'officer', 'official', 'post'),
    ('🔥 NEW Monster Energy Ultra Paradise is here — grab yours in store now! #ad', 'chester-su', 'staff', 'official', 'share'),
    ('massive shoutout to the lads at Ink & Iron tattoo studio, 15% off for anyone from the rugby club 💉', 'lancaster-su', 'officer', 'official', 'post'),
    ('student discount at Bread & Butter cafe, just flash your LUSU card and say we sent you ☕', 'lancaster-su', 'officer', 'official', 'post'),
    ('our friends at Pizza Punks do 2-4-1 on Tuesdays, mention the SU at the till 🍕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('Get £50 when you open a Santander student account. T&Cs apply.', 'lancaster-su', 'officer', 'official', 'repost'),
    ('honestly the best kebab in lancaster is Efes, go go go 🥙', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('sorted our ball photos with a free trial of Adobe Lightroom, can\'t recommend it enough 📸', 'lancaster-su', 'officer', 'official', 'post'),
]
PROMOTION_ROUND6_SILENT = [
    ('use the code on your ticket to get in free', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('2 for 1 on cocktails at the SU bar tonight, tell them we sent you', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('show this post at the door for free entry to our charity night, all proceeds to RAG', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new Greggs on campus is opening on Monday, we hear the queues will be huge', 'lancaster-su', 'officer', 'official', 'post'),
    ('the new Fontaines D.C. album drops Friday, pre-save it on Spotify 🎧', 'lancaster-su', 'officer', 'official', 'post'),
    ('reminder: dress code for the ball is black tie 🎩 free cloakroom', 'lancaster-su', 'officer', 'official', 'post'),
    ('tell them we sent you to the advice centre and they will sort your appeal', 'lancaster-su', 'staff', 'official', 'post'),
    ('the SU gym is half price for members this term 💪', 'lancaster-su', 'staff', 'official', 'post'),
    ('Library cafe: 10% off hot drinks with a reusable cup ☕', 'lancaster-university', 'staff', 'official', 'post'),
    ('congrats to @jess_m on opening her own bakery, so proud of our alum! 🥐', 'lancaster-su', 'officer', 'official', 'post'),
    ("we're selling our old society hoodies for £10, all money back into the club", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('best coffee on campus is the Library cafe, fight me ☕', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('thanks to our sponsor Santander for supporting the Freshers Fair, approved partner of the SU', 'lancaster-su', 'staff', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", PROMOTION_ROUND6)
def test_codes_deals_and_openings_warn(engine, text, org, role, account, action):
    assert "commercial" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", PROMOTION_ROUND6_SILENT)
def test_codes_deals_and_openings_stay_silent(engine, text, org, role, account, action):
    assert "commercial" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# -- Round six: a copy from an unlicensed source (a dodgy site, a pirate site, the paid service got round);
# -- a work out before its release; a whole match or series put up; a credit line that names no one; no licence

COPY_ROUND6 = [
    ("film night tonight!! 🍿 we're streaming Dune: Part Two off a slightly dodgy site onto the big screen", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('movie night!! putting Wicked on the projector from 123movies, bring blankets 🧙‍♀️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("here's the full fight from saturday for anyone who missed it 🥊 no ppv needed, link below", 'chester-su', 'officer', 'official', 'post'),
    ("entire first season of The Bear on the society discord for anyone who hasn't got Disney+ 🍝", 'leicester-su', 'volunteer', 'official', 'post'),
    ('listen to the whole of the new Fontaines D.C. album here before it drops Friday 🎧 [link]', 'lancaster-su', 'student-media', 'official', 'post'),
    ('new kendrick album leaked a day early, dropped it in the groupchat 👀', 'lancaster-su', 'officer', 'official', 'post'),
    ("Full match of last night's Champions League final uploaded here for anyone who missed it ⚽📺", 'chester-su', 'officer', 'official', 'post'),
    ('photo credit: no idea, pulled it off Getty 🤷 but look how lush campus looks', 'lancaster-su', 'trustee', 'personal', 'post'),
    ('Credit: idk, saw it floating round twitter lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('used a getty image for the poster and just cropped it to fit, no licence but whatever', 'leicester-su', 'volunteer', 'official', 'post'),
    ('missed the derby? ripped it straight off the Sky Sports stream, full game on our youtube ⚽', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the full Glastonbury set from last night is on our insta story, ripped off iplayer before they take it down 🎸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('world cup final on in the bar 📺 stream is off one of them dodgy links so apologies if it buffers lol', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('artist: no clue, found it saved on my phone 🎨 perfect for our exhibition poster', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the whole Harry Potter audiobook series is in our group drive if anyone wants it 🧙', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('made our society logo by tracing the Red Bull one, lol close enough', 'lancaster-su', 'volunteer', 'official', 'post'),
]
COPY_ROUND6_SILENT = [
    ('Film soc screening Dune: Part Two on Sunday, licence sorted through the SU 🍿', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('full match report from Saturday is up on the website ⚽', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('whole season of netball fixtures posted on the club page 🏐', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the new album leaked online 😭 don\'t listen to it, wait for friday', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('we pulled it off!! 400 people at the ball, thanks to everyone on instagram who shared 🎉', 'lancaster-su', 'officer', 'official', 'post'),
    ('pic credit: our own Sam on the photo team 📸', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('dodgy wifi in Bowland Main tonight, sorry film night fans, we\'ll sort it', 'lancaster-su', 'volunteer', 'official', 'post'),
    ("couldn't make the final? watch it live on BBC iPlayer, free with a TV licence", 'lancaster-su', 'volunteer', 'official', 'post'),
    ('photo booth at the ball, no licence needed for the venue', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('how many credits do I need to pass? no idea tbh', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our full podcast episode is up on Spotify now 🎙️', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('artist: @maya_draws, commissioned for our exhibition poster 🎨', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('our new society logo, designed by our own Jess 🎨', 'lancaster-su', 'volunteer', 'official', 'post'),
    ('the article in The Times about student rents is worth a read, link below', 'lancaster-su', 'volunteer', 'official', 'post'),
]


@pytest.mark.parametrize("text, org, role, account, action", COPY_ROUND6)
def test_unlicensed_copies_and_unknown_credits_warn(engine, text, org, role, account, action):
    assert "copyright" in warned(check(engine, text, org=org, role=role, account=account, action=action))


@pytest.mark.parametrize("text, org, role, account, action", COPY_ROUND6_SILENT)
def test_unlicensed_copies_and_unknown_credits_stay_silent(engine, text, org, role, account, action):
    assert "copyright" not in warned(check(engine, text, org=org, role=role, account=account, action=action))


# -- Round seven: a night out's deal, tickets sold on, commission; lyrics, film marks, file hosts ---------

COMMERCIAL_ROUND7 = [
    ("Popworld is doing £1 vodka mixers tonight, pre's at ours then there 🍹", 'lancaster-su'),
    ("skip the queues, Revolution does 2-4-1 cocktails every weds 🍸 see u there x", 'lancaster-su'),
    ("Wetherspoons does the cheapest pints in town, go there before the social 🍺", 'chester-su'),
    ("Slug and Lettuce bottomless brunch is unreal for birthdays 🥂 book it", 'lancaster-su'),
    ("got 2 spare Glastonbury tickets, £360 each, message the page if you want them", 'lancaster-su'),
    ("selling 2 tickets for Creamfields, £90 each, dm us", 'chester-su'),
    ("loving our new hoodies from @ASOS 💜 shop the look via the link below (we get commission hehe)", 'chester-su'),
    ("my sister's started a candle business 🕯️ give her a follow @glowbyjess and treat yourself", 'lancaster-su'),
    ("The Samsung Galaxy A55 on EE's student tariff is the one 📱 link below", 'chester-su'),
    ("Bierkeller's got £3 steins all night for the rugby social 🍺", 'lancaster-su'),
    ("2 spare tickets for Leeds Fest going at face value, dm the account", 'lancaster-su'),
    ("this cafe on Penny St does the best brunch in town, tell them we sent you", 'chester-su'),
    ("our kit supplier gives us 10% of every order through our link so get buying 🛒", 'lancaster-su'),
]
COMMERCIAL_ROUND7_SILENT = [
    ("£2 shots at the SU bar all night 🍸", 'lancaster-su'),
    ("thanks to Santander, our approved Welcome Week partner, for the free tote bags 🙌", 'lancaster-su'),
    ("use code SPORT10 at the SU shop for 10% off your club kit this week 🏅", 'chester-su'),
    ("our own EP is on Spotify now, or download it free from our bandcamp", 'chester-su'),
    ("Ball tickets £45, on sale friday on the SU website", 'lancaster-su'),
    ("selling raffle tickets for £2, all proceeds to Mind 💚", 'lancaster-su'),
    ("the revolution will not be televised: politics soc film night, free entry", 'lancaster-su'),
    ("Free talk on the French Revolution, all welcome", 'lancaster-su'),
    ("tell them we sent you to the advice centre and they'll sort your appeal", 'lancaster-su'),
    ("happy hour at the SU bar 5-7 tonight 🍹", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND7)
def test_night_out_deals_resold_tickets_and_commission_are_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND7_SILENT)
def test_the_unions_own_bar_shop_tickets_partners_and_releases_are_no_promotion(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org))


COPY_ROUND7 = [
    ("lyrics to Mr Brightside IN FULL for karaoke night 🎤", 'lancaster-su'),
    ("full lyrics of Sweet Caroline below for the pub quiz singalong 🎶", 'leicester-su'),
    ("all the lyrics to Wonderwall below for open mic night 🎸", 'chester-su'),
    ("used the Friends theme tune for our intro video lol", 'lancaster-su'),
    ("used the Succession theme tune for our committee reveal video 🎹", 'chester-su'),
    ("quiz night poster 🧙 used the actual Harry Potter film poster, credit to Warner Bros lol", 'lancaster-su'),
    ("used the whole new Dune trailer as the film soc promo this week 🎬", 'chester-su'),
    ("full new taylor swift album leaked 🔗 mega.nz/folder/xk29 download before it's taken down 🤫", 'lancaster-su'),
    ("download the new Dua Lipa album here before it's out 👀 mediafire.com/file/x8k2", 'leicester-su'),
    ("dropping the full Kendrick album here 🔗 gofile.io/d/k3nd", 'lancaster-su'),
    ("film soc: full copy of Oppenheimer is on our google drive, link in bio 🎬🍿", 'leicester-su'),
    ("the whole new Sally Rooney novel is in the book club chat 📚", 'chester-su'),
    ("every lyric of Shallow is on the slides for karaoke 🎤", 'lancaster-su'),
]
COPY_ROUND7_SILENT = [
    ("lyrics sheet for our own society anthem below 🎶 written by our music sec", 'lancaster-su'),
    ("karaoke night tonight, Mr Brightside will 100% be on 🎤", 'lancaster-su'),
    ("\"Education is the most powerful weapon\" - Nelson Mandela 💙 good luck with exams", 'lancaster-su'),
    ("watched the new Dune trailer in the bar, can't wait", 'chester-su'),
    ("used the Summer Ball poster from last year as a template", 'lancaster-su'),
    ("used the Friends theme tune with permission from the label for our charity video", 'lancaster-su'),
    ("our own album is free to download: mediafire.com/file/ourband", 'leicester-su'),
    ("kit photos from Saturday: mega.nz/folder/x1", 'lancaster-su'),
    ("new Arctic Monkeys album out friday, listening party in the bar 🎸", 'lancaster-su'),
    ("📸 @sam_shoots_lancs, used with permission, thanks Sam!! go follow his stuff", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COPY_ROUND7)
def test_lyrics_film_marks_and_file_host_copies_are_others_work(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text, org", COPY_ROUND7_SILENT)
def test_own_songs_short_quotes_licensed_marks_and_own_files_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org))


# -- Round 8: works described at length before their source, paywalled and textbook copies, recordings of
# -- a whole show, 'free' sites, asking failed or presumed; calls to get a product, a cut given as a figure --

COPY_ROUND8 = [
    ("found this lovely pic of the cathedral in the autumn sun on instagram for our header", 'chester-su'),
    ("the graphics are from some artist on tiktok lol perfect for our posters", 'lancaster-su'),
    ("the photo is from a random account on instagram, couldn't find their name", 'lancaster-su'),
    ("screenshotted the full Times piece on the rent strike so you don't need a sub 👀", 'lancaster-su'),
    ("screenshots of the FT article below since it's paywalled 👇", 'leicester-su'),
    ("dropping chapter 5 of the core text in pdf form here 📚", 'chester-su'),
    ("uploaded the whole 90 min video of the Varsity final from the stream to our page", 'lancaster-su'),
    ("putting the full recording of the Arctic Monkeys concert on our channel later!!", 'leicester-su'),
    ("Prof Jones' week 4 seminar slides are on our story for anyone who slept in", 'lancaster-su'),
    ("watching the new Gladiator film off a free website in the common room tonight 🤫", 'chester-su'),
    ("used a first year's illustration on the merch, couldn't reach her to ask but she'll be flattered", 'lancaster-su'),
    ("stuck a photographer's shot of the bay on our banner, never heard back from him 😅", 'lancaster-su'),
]
COPY_ROUND8_SILENT = [
    ("our full recording of the AGM is on the page for members who missed it", 'lancaster-su'),
    ("the set textbook is in the library, ask at the desk if you can't afford it", 'lancaster-su'),
    ("Dr Khan's lecture slides are on moodle as always 👍", 'lancaster-su'),
    ("this photo is from our instagram, taken by our media sec", 'chester-su'),
    ("couldn't get hold of the minibus driver, training cancelled", 'lancaster-su'),
    ("she'll be flattered you asked! get in touch with our president", 'leicester-su'),
    ("couldn't find her name anywhere on the register, can someone check?", 'lancaster-su'),
    ("free site visit for new reps on thursday, meet at the SU", 'lancaster-su'),
    ("full video of our own dance show is on youtube, shot by our media team", 'chester-su'),
]


@pytest.mark.parametrize("text, org", COPY_ROUND8)
def test_described_works_paywalled_copies_whole_recordings_and_unasked_use_warn(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text, org", COPY_ROUND8_SILENT)
def test_own_recordings_library_books_and_unrelated_unreachables_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org))


COMMERCIAL_ROUND8 = [
    ("big shoutout to @Revolut — honestly the only bank app you need 📲 download now and thank us later", 'lancaster-su'),
    ("link in bio for the hoodies, we get 15% commission so go wild 😎", 'lancaster-su'),
    ("sign up through our link, we earn £5 for every sign up 💸", 'chester-su'),
    ("Grammarly saved my degree tbh, everyone should grab it 🙌", 'chester-su'),
    ("honestly we swear by Huel for early training, grab it in Tesco", 'lancaster-su'),
    ("Spotify Premium is the only thing getting us through exam season, download now", 'lancaster-su'),
    ("Domino's mates rates for the netball club, mention us at the till 🍕", 'chester-su'),
]
COMMERCIAL_ROUND8_SILENT = [
    ("a 20% cut in funding would hit every society", 'lancaster-su'),
    ("download now: the SU app has all your timetable and events 📲", 'lancaster-su'),
    ("everyone should get their flu jab this week, it's free at the health centre", 'chester-su'),
    ("we swear by our coach's warm-up, injuries are down 50%", 'lancaster-su'),
    ("thank us later for the revision timetable template, it's on the SU website", 'chester-su'),
    ("grab it while you can: last few Summer Ball tickets on the SU shop", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8)
def test_calls_to_get_a_product_and_a_cut_as_a_figure_are_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_SILENT)
def test_calls_about_the_unions_own_things_and_cuts_in_funding_stay_silent(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role='officer'))


# Round eight, commercial: someone close to the poster selling (a possessive and a choice of who, beside what a seller
# says), a kind of business called the best there is beside its name, and a call to all followers to get a product.
PERSON_TRADE = [
    ("our vice captain does gel nails from her flat now 💅 dm her for prices", 'lancaster-su'),
    ("one of our players has started his own DJ business, books are open for summer balls 🎧", 'chester-su'),
    ("my flatmate makes and sells crochet tops, link in her bio x", 'lancaster-su'),
    ("our old chair runs a dog walking business in Hoole now, message him to book 🐶", 'chester-su'),
    ("Our treasurer's girlfriend takes orders for celebration cakes 🎂 mates rates for the squad", 'lancaster-su'),
]
PERSON_TRADE_SILENT = [
    ("our captain is taking orders for the club hoodies till Friday, pay on the SU shop", 'lancaster-su'),
    ("my flatmate has started doing the couch to 5k, so proud", 'chester-su'),
    ("our president runs the RAG raffle at the ball, all proceeds to charity", 'lancaster-su'),
    ("our coach takes no nonsense at 6am sessions 😂", 'chester-su'),
]
PRAISED_BUSINESS = [
    ("Moorlands Property sorted five of our houses this year, friendliest letting agents in the city 🏠", 'lancaster-su'),
    ("@kutzbarbers_chester cheapest fades going, no joke", 'chester-su'),
    ("Spice Garden on Church St, tastiest curry in Lancaster by far 🍛", 'lancaster-su'),
]
PRAISED_BUSINESS_SILENT = [
    ("the Sugarhouse has the cheapest pints in town every weds", 'lancaster-su'),
    ("who does the best haircut in town? need a trim before grad", 'chester-su'),
    ("Citizens Advice are the most helpful advice service around if your deposit is stuck", 'lancaster-su'),
]
ACQUIRE_CALL = [
    ("everybody go download Vinted before the clear-out 👗", 'lancaster-su'),
    ("y'all grab a Lucozade before the match, trust", 'chester-su'),
    ("the rugby lads have been in Gymshark all season, not even sponsored 😂", 'lancaster-su'),
    ("selling my old ps5, £220, message the page if interested", 'chester-su'),
]
ACQUIRE_CALL_SILENT = [
    ("everyone download the SU app for the freshers timetable 📲", 'lancaster-su'),
    ("everybody get your votes in for the SU elections by Friday", 'chester-su'),
]


@pytest.mark.parametrize("text, org", PERSON_TRADE + PRAISED_BUSINESS + ACQUIRE_CALL)
def test_a_member_selling_a_business_praised_and_a_call_to_get_a_product_are_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", PERSON_TRADE_SILENT + PRAISED_BUSINESS_SILENT + ACQUIRE_CALL_SILENT)
def test_the_unions_own_sales_questions_and_charities_stay_silent(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role='officer'))


# Round eight, copyright: cracked software, paywalled writing passed on to those without a subscription, exam papers and
# course books shared whole, asking skipped with words between, a lecture's recording shared.
COPYRIGHT_ROUND8 = [
    ("cracked FL Studio for anyone in music soc, dm for the link 🎹", 'lancaster-su'),
    ("SPSS crack download in the gc, you're welcome stats students", 'leicester-su'),
    ("copied out the full FT article on tuition fees because not all of us have a subscription", 'chester-su'),
    ("we scanned the whole workbook for the level 1 chem module 🧪 it's on our drive", 'lancaster-su'),
    ("used a third year's illustration for our ball banner, we didn't really ask but she'll love it", 'leicester-su'),
    ("uploading dr okafor's lecture recording from monday for the people who slept in", 'chester-su'),
]
COPYRIGHT_ROUND8_SILENT = [
    ("Adobe Creative Cloud is free for students through the uni's IT service, log in with your account", 'lancaster-su'),
    ("the FT is free for students through the library, just log in", 'chester-su'),
    ("past papers are on Moodle for every module, good luck!", 'leicester-su'),
    ("thanks to Ellie for letting us use her illustration for the ball banner, credit @ellie.draws 🎨", 'lancaster-su'),
    ("Dr Okafor's lecture recordings are on the VLE as usual", 'chester-su'),
    ("our match went to a crack of dawn start, cheers for coming", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8)
def test_cracked_software_paywalled_writing_and_course_materials_shared_breach_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_SILENT)
def test_licensed_access_credited_use_and_the_learning_platform_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# Round eight, second batch: the account's own storefront and cut of purchases, a partner the organisation says it teamed
# up with and a call to book through it, a code with no word 'code', a member's own business launched, a sale at cost;
# copyright: a work not yet released, taken without paying.
COMMERCIAL_ROUND8_B = [
    ("all our fits are on our ShopMy page, we make a bit from anything you buy 🛍️", 'lancaster-su'),
    ("We've teamed up with Northern Rooms, book your viewing via our link for £50 off 🏠", 'chester-su'),
    ("the comfiest hoodies going, apply LACROSSE15 at checkout 🧥", 'lancaster-su'),
    ("our wellbeing rep just launched her own yoga classes, first month free if you mention the club 🧘", 'chester-su'),
    ("2 spare tickets for Leeds Fest going at cost, message the page 🎪", 'lancaster-su'),
]
COMMERCIAL_ROUND8_B_SILENT = [
    ("Student discount cards can be picked up at SU reception, details on the SU website", 'chester-su'),
    ("We've teamed up with the Nightline volunteers for a wellbeing walk on Sunday", 'lancaster-su'),
    ("use RAG25 at checkout on the SU shop, all proceeds to charity 💛", 'lancaster-su'),
    ("our captain just launched her own campaign for VP Activities, vote in the SU elections!", 'chester-su'),
]
COPYRIGHT_ROUND8_B = [
    ("the new Paddington film is in our drive for Friday, it's still in cinemas so shh 🐻", 'chester-su'),
    ("chem mock paper with answers is in our gc, the school hasn't even released it yet 🧪", 'leicester-su'),
    ("grabbed an Alamy photo of the bridge for our flyer, never paid for it lol", 'lancaster-su'),
]
COPYRIGHT_ROUND8_B_SILENT = [
    ("the new Paddington film is still in cinemas, student tickets at the Odeon are £6", 'chester-su'),
    ("we paid for the licence for this photo of the bridge, credit Alamy 📸", 'lancaster-su'),
    ("exam results haven't been released yet, hang in there 💛", 'leicester-su'),
]


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_B)
def test_a_storefront_a_partner_a_bare_code_and_a_members_launch_are_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_B_SILENT)
def test_union_services_charity_codes_and_campaigns_stay_silent(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_B)
def test_a_work_not_yet_released_or_unpaid_for_breaches_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_B_SILENT)
def test_release_news_and_a_paid_licence_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# Round eight, third batch: the account's own link or code with a deal through it, who sent you named by him or her or
# by 'say you're from', a member running a business of any kind; copyright: a maker addressed as 'whoever drew this',
# a copy expected to be taken down, a paywall got round, lyrics of a whole song, a key generator.
COMMERCIAL_ROUND8_C = [
    ("moving house? Shift & Store vans are 10% off with our link 🚚", 'lancaster-su'),
    ("new gym bags from Pack Mule, free delivery with our code 🎒", 'chester-su'),
    ("Curl Up Café does the best hot choc, say you're from the chess society for a free marshmallow stack ☕", 'lancaster-su'),
    ("our old social sec runs a photography studio now, book your grad shoot, details in her bio 📸", 'chester-su'),
    ("Bits & Bobs Vintage is the place for festival fits, honestly 🌼", 'lancaster-su'),
]
COMMERCIAL_ROUND8_C_SILENT = [
    ("grab your ball tickets through our link, 10% off until Friday 🎟️", 'lancaster-su'),
    ("sponsor our 10k for Mind through our link, every £ counts 💛", 'chester-su'),
    ("our old social sec runs the Give It Away scheme now, free kitchen stuff at the start of term", 'lancaster-su'),
]
COPYRIGHT_ROUND8_C = [
    ("whoever painted this, it's our new ball banner now, thank u x", 'lancaster-su'),
    ("the whole new Stormzy album is in our discord, get it before it's taken down 🎧", 'leicester-su'),
    ("whole New Yorker piece on student debt in screenshots, bye bye paywall 📸", 'chester-su'),
    ("all of the lyrics to the whole of Wonderwall pasted in the comments for the social 🎸", 'lancaster-su'),
    ("working key generator for Adobe in the gc, don't ask 🤫", 'leicester-su'),
]
COPYRIGHT_ROUND8_C_SILENT = [
    ("whoever designed the SU's new website, it's gorgeous 👏", 'lancaster-su'),
    ("a short line from Wonderwall on our banner, credited to Noel Gallagher 🎸", 'chester-su'),
    ("the New Yorker is free with your library login, bye bye excuses 📚", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_C)
def test_our_link_a_sender_named_and_a_members_studio_are_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_C_SILENT)
def test_our_link_to_our_own_tickets_or_a_charity_stays_silent(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_C)
def test_an_unknown_maker_a_takedown_a_paywall_and_a_keygen_breach_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_C_SILENT)
def test_praise_for_a_known_design_a_credited_line_and_library_access_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# Round eight, fourth batch: a member's discount on their own business; whole lectures, chapters and revision notes put
# up, paid brushes and assets from a random site.
COMMERCIAL_ROUND8_D = [
    ("our vice-chair's mum is a dog groomer, £5 off every groom for members 🐩 dm us for her details", 'lancaster-su'),
    ("so proud of our old captain for opening her own bakery! pop in for a discount with your club card 🥐", 'chester-su'),
]
COPYRIGHT_ROUND8_D = [
    ("uploaded the full lecture from Prof Ellis to our youtube for the people who slept in 😴", 'lancaster-su'),
    ("every chapter of the set textbook for Psych 102 is in the club drive now 📚", 'chester-su'),
    ("pasted the entire CGP revision guide into our study doc, saves buying it", 'leicester-su'),
    ("paid Lightroom presets and brushes for free, found on a random site, link below 🎨", 'lancaster-su'),
]
COPYRIGHT_ROUND8_D_SILENT = [
    ("Prof Ellis's lecture is on the VLE, recordings for everyone on the module", 'lancaster-su'),
    ("we made our own brushes for the poster, download them free from our site 🎨", 'chester-su'),
]


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND8_D)
def test_a_members_business_with_a_discount_is_promotion(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org, role='officer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_D)
def test_whole_lectures_chapters_guides_and_paid_assets_shared_breach_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND8_D_SILENT)
def test_the_learning_platform_and_ones_own_assets_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# Round nine: a sales offer in any shape ('2 for £3', '£25 a lesson', 'from £25', 'get £50', 'free for 3 months') beside a
# brand or a business's trade, the people sent there in any words ('tell him we sent u'); a price complained about, the
# union's own events and charity stay silent.
COMMERCIAL_ROUND9 = [
    ("Red Bull 3 for £4 at the Co-op on campus, deadline season sorted ⚡", 'chester-su', 'post'),
    ("open a Santander student account this month and get £75 straight in 🏦", 'lancaster-su', 'post'),
    ("Gymshark hoodies from £20 in the sale, run 🏃", 'chester-su', 'share'),
    ("Spotify Premium is free for 3 months for new students 🎧", 'lancaster-su', 'post'),
    ("Papa John's large pizzas just £8.99 on collection tonight 🍕", 'chester-su', 'repost'),
    ("Dee's Nails do gel sets for £15 on weekdays 💅 let her know the netball girls sent u", 'chester-su', 'post'),
    ("the driving school our president used is £26 a lesson and honestly the best in chester 🚗", 'chester-su', 'reply'),
    ("Lancs Ink tattoo studio is doing flash tattoos for a tenner this saturday, best in town 💉", 'lancaster-su', 'post'),
    ("need a fade? Blades barbers, £9 a cut for students, tell the lads you're with the rugby club ✂️", 'lancaster-su', 'post'),
    ("GiffGaff SIMs: unlimited data £12 a month, switch today and get a free month 📱", 'chester-su', 'post'),
]
COMMERCIAL_ROUND9_SILENT = [
    ("pints are £6.20 in town now, daylight robbery 😭", 'lancaster-su'),
    ("how is a Greggs meal deal £5 now?? cost of living is wild", 'chester-su'),
    ("£5 entry to our social at the bar, pizza included 🍕", 'lancaster-su'),
    ("Give It A Go: Chester zoo trip, £12 including the coach, book on the SU website 🦒", 'chester-su'),
    ("RAG coffee morning, 2 cakes for £1, all money to Macmillan ☕", 'lancaster-su'),
    ("spent £40 at Tesco on the social's snacks, receipts to the treasurer pls", 'chester-su'),
    ("tell them we sent you to the advice centre, they'll help with the appeal", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org, action", COMMERCIAL_ROUND9)
def test_a_price_offer_beside_a_brand_or_a_business_is_promotion(engine, text, org, action):
    assert "commercial" in warned(check(engine, text, org=org, role='staff', action=action))


@pytest.mark.parametrize("text, org", COMMERCIAL_ROUND9_SILENT)
def test_a_price_complained_of_the_unions_own_events_and_charity_stay_silent(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role='staff'))


def test_sharing_a_brands_offer_from_a_chester_account_is_an_endorsement(engine):
    answer = check(engine, "Lucozade 2 for £2.50 at Spar this week ⚡", org='chester-su', role='staff', action='share')
    assert {"commercial", "endorsement"} <= warned(answer)


# Round nine: a commercial song laid under a video in any wording, a broadcast put out on the group's own channel, a
# creator's credit left out in any words (LSU App.1 4.5.4, Leicester 5.5.4 ask for it even with permission), and a
# work passed off as the group's own; licensed music, one's own work, a watch-along on everyone's own stream stay silent.
COPYRIGHT_ROUND9 = [
    ("edited our varsity hype vid to the new Stormzy single, goes so hard 🔥", 'lancaster-su'),
    ("recap reel is done, synced it to a Charli XCX track 🎶", 'chester-su'),
    ("went with Chappell Roan's new album as the background music for the ball video 💃", 'leicester-su'),
    ("Pink Pony Club under our freshers tiktok, obviously", 'lancaster-su'),
    ("live streaming the Grand National on our insta so u can watch from the library 🐎", 'chester-su'),
    ("screen recording Bake Off every week and putting it on our story 🧁", 'leicester-su'),
    ("the illustrator said we could use her drawing for the poster, not gonna credit her tho 🎨", 'leicester-su'),
    ("got the OK to use the photographer's pics from the 10k, won't bother tagging them 📸", 'lancaster-su'),
    ("found this edit on tiktok and reposted it as our own 😂", 'chester-su'),
]
COPYRIGHT_ROUND9_SILENT = [
    ("recap reel is up, music from the YouTube audio library (royalty free) 🎶", 'lancaster-su'),
    ("our ball video uses our own band's new single, go stream it 🎸", 'chester-su'),
    ("Grand National watch-along in our discord! stream it on ITVX yourselves and chat with us 🐎", 'leicester-su'),
    ("dancing to the new Stormzy single at the social tonight 🔥", 'lancaster-su'),
    ("photos from the 10k by @jesswphoto, used with her permission 📸", 'lancaster-su'),
    ("ball photos are up, we won't tag them unless they ask, message us 📸", 'chester-su'),
    ("streaming our varsity match on our YouTube, tune in 🏉", 'lancaster-su'),
]


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND9)
def test_a_song_under_a_video_a_restreamed_broadcast_and_a_left_out_credit_breach_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND9_SILENT)
def test_licensed_music_ones_own_work_and_a_watch_along_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# Round nine: permission presumed or never answered (Chester SU 4 asks to be certain of it): 'pretty sure we're
# allowed', 'hope whoever took this doesn't mind us using it', 'asked, never heard back, posting anyway'.
COPYRIGHT_ROUND9_PRESUMED = [
    ("probably allowed to use this drawing of the library, it was on pinterest lol", 'chester-su'),
    ("not sure if we can use this photo of the campus but it's too nice 😍", 'lancaster-su'),
    ("hope the guy who made this edit doesn't mind us posting it 🙏", 'leicester-su'),
    ("dm'd the designer for the logo files, no reply, so we're using the old ones anyway", 'chester-su'),
    ("emailed the illustrator twice and got no response, taking that as a yes for the flyer 🤷", 'lancaster-su'),
]
COPYRIGHT_ROUND9_PRESUMED_SILENT = [
    ("the photographer hasn't replied about the booking yet, will update you all", 'chester-su'),
    ("asked the artist, never heard back, so we made our own poster instead 🎨", 'lancaster-su'),
    ("are we allowed to bring cameras to the ball? asking for the photo soc", 'leicester-su'),
]


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND9_PRESUMED)
def test_permission_presumed_or_never_answered_breaches_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org, role='volunteer'))


@pytest.mark.parametrize("text, org", COPYRIGHT_ROUND9_PRESUMED_SILENT)
def test_a_creator_not_yet_answering_about_something_else_stays_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org, role='volunteer'))


# -- A brand named, then titled the group's partner or sponsor (commercial.brand-as-partner): the partner cue
# after the brand, as 'teamed up with Deliveroo' has it before -------------------------------------------

BRAND_AS_PARTNER = [
    "Delighted to announce Barclays as the Careers Society's official bank partner 💼 open a student account today!",
    "big news!! Red Bull is our official energy drink partner this season ⚡",
    "welcome Greggs as the rugby club's new kit sponsor 🥐",
    "thrilled to welcome Deliveroo as our new delivery partner 🛵 codes coming soon",
    "Monster Energy x Hockey Club 🤝 our headline sponsor for Roses weekend",
]
BRAND_AS_PARTNER_SILENT = [
    "thank you Tesco, our new sponsor for the foodbank drive - all donations go to charity",
    "Santander, our approved Welcome Week partner, will be at the fair",
    "I went to Nando's with my new partner",
    "Barclays is a sponsor of the premier league",
    "we bank with Barclays, ask our treasurer about partners",
]


@pytest.mark.parametrize("text", BRAND_AS_PARTNER)
def test_a_brand_titled_the_groups_partner_is_commercial(engine, text):
    assert "commercial" in warned(check(engine, text))


@pytest.mark.parametrize("text", BRAND_AS_PARTNER_SILENT)
def test_an_approved_or_charity_partner_or_a_personal_partner_is_not(engine, text):
    assert "commercial" not in warned(check(engine, text))


# -- Round 10: a business sent custom without a deal or a price (commercial.named-business-endorsed, patronage
# calls in business_endorse), a shop placed by its street, 'go with <Name>' -----------------------------------

BUSINESS_SENT_CUSTOM = [
    ("love the lads at Kutz barbers, honestly give them a ring before the ball ✂️", "lancaster-su"),
    ("the florist on Bridge St did all our ball flowers, pop in and see them 💐", "chester-su"),
    ("Bean There cafe fed our whole committee today, go and visit them ☕", "lancaster-su"),
    ("the chippy on King St is doing 20% off for students this week 🐟", "lancaster-su"),
    ("looking for next year's house? honestly just go with Castle Lets, the only ones worth renting from 🏠", "chester-su"),
]
BUSINESS_SENT_CUSTOM_SILENT = [
    ("the bus stop on King St is closed all week, use the one by the station", "lancaster-su"),
    ("thank you Kutz barbers for donating haircuts to our charity raffle 💜", "lancaster-su"),
    ("the SU shop on Alexandra Square has 20% off hoodies this week", "lancaster-su"),
    ("Library cafe is closed today, go visit them tomorrow", "lancaster-su"),
]


@pytest.mark.parametrize("text, org", BUSINESS_SENT_CUSTOM)
def test_a_business_sent_custom_without_a_price_is_commercial(engine, text, org):
    assert "commercial" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text, org", BUSINESS_SENT_CUSTOM_SILENT)
def test_a_street_a_charity_gift_or_the_unions_own_place_is_not(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org))


def test_a_business_sent_custom_from_a_personal_account_is_not_commercial(engine):
    assert "commercial" not in warned(check(engine, BUSINESS_SENT_CUSTOM[0][0], account="personal"))


# -- Round 10: whole works by their length, a band's whole set, 'complete'; a song whole under a video; official
# art with the group's logo added; a credit to an anonymous someone on a platform --------------------------------

WHOLE_OR_IMPLIED = [
    ("we recorded their entire set at the Sugarhouse last night, up on our channel now 🎸", "lancaster-su"),
    ("complete PDF of the core text uploaded to the group drive, saves everyone £45", "leicester-su"),
    ("every minute of the Varsity final uploaded to our page for anyone who missed it", "chester-su"),
    ("recap reel is live, the full song of Espresso under it start to finish ☕", "chester-su"),
    ("gig poster is the band's official tour art, we just slapped our logo on it 🎤", "lancaster-su"),
    ("new banner for welfare week 💚 photo credit to some random on instagram", "leicester-su"),
]
WHOLE_OR_IMPLIED_SILENT = [
    ("we filmed our whole panto ourselves, all 2 hours uploaded to our channel 🎭", "lancaster-su"),
    ("uploaded a whole set of photos from the ball to our page, tag yourselves", "chester-su"),
    ("recap reel is live, soundtracked by our own band 🎸", "chester-su"),
    ("our poster is the official one, designed by our own Maya, we added our logo too", "lancaster-su"),
    ("credit to someone on our committee for this idea, follow us on instagram", "leicester-su"),
]


@pytest.mark.parametrize("text, org", WHOLE_OR_IMPLIED)
def test_whole_works_songs_under_videos_and_implied_taking_breach_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text, org", WHOLE_OR_IMPLIED_SILENT)
def test_own_productions_own_music_and_own_people_stay_silent(engine, text, org):
    assert "copyright" not in warned(check(engine, text, org=org))


# -- Round 10: the organisation's side announced ahead ('the SU will be backing the strike') and its notices headed as
# its own ('Quick update from LUSU:') on a personal account ------------------------------------------------------

ORG_VOICE_AHEAD = [
    "sharing this as a trustee: the SU will be backing the rent strike from Monday",
    "Update from LUSU: the Sugarhouse is shut this weekend, any questions just DM me",
]
ORG_VOICE_AHEAD_SILENT = [
    "the SU will be backing you all the way through exams 💜",
    "still waiting for an update from LUSU about my hardship fund application",
]


@pytest.mark.parametrize("text", ORG_VOICE_AHEAD)
def test_the_org_announced_from_a_personal_account_is_branding(engine, text):
    assert "branding" in warned(check(engine, text, role="trustee", account="personal"))


@pytest.mark.parametrize("text", ORG_VOICE_AHEAD_SILENT)
def test_help_offered_or_an_update_awaited_is_not(engine, text):
    assert "branding" not in warned(check(engine, text, role="trustee", account="personal"))


# -- Round 10, second pass: a business named by its owner on a street ('Luigi's on Deansgate St'), contact calls
# ('drop them a message'), a brand 'snapped up' through the account's bio link; a whole soundtrack, 'whose' unknown,
# the group's name added to official art; 'heads up from the SU' ----------------------------------------------------

SECOND_PASS_COMMERCIAL = [
    "the curry at Raj's on Bridge St is something else, get yourselves booked in 🍛",
    "need a van for moving out? Quickmove removals are brilliant, drop them a line",
    "snap up a Lebara SIM through the link in our bio, amazing value 📱",
]
SECOND_PASS_COMMERCIAL_SILENT = [
    "St Mary's on Castle St is hosting a carol service, all welcome",
    "what's Raj's on Bridge St like? anyone been?",
]


@pytest.mark.parametrize("text", SECOND_PASS_COMMERCIAL)
def test_owner_named_businesses_contact_calls_and_bio_links_are_commercial(engine, text):
    assert "commercial" in warned(check(engine, text))


@pytest.mark.parametrize("text", SECOND_PASS_COMMERCIAL_SILENT)
def test_a_church_or_a_question_about_a_place_is_not(engine, text):
    assert "commercial" not in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "the whole Barbie soundtrack is up on our drive, enjoy 🎀",
    "gorgeous shot of the quad 😍 no idea whose it is, found it on a group chat",
    "official Oppenheimer poster with our film society logo added, screening Sunday 💥",
])
def test_a_whole_soundtrack_an_unknown_owner_or_our_name_on_official_art_is_copyright(engine, text):
    assert "copyright" in warned(check(engine, text, org="chester-su"))


def test_our_film_soc_screening_our_own_film_stays_silent(engine):
    assert "copyright" not in warned(check(engine, "our film soc made our own film this year, full film on our channel", org="chester-su"))


def test_heads_up_from_the_union_on_a_personal_account_is_branding(engine):
    assert "branding" in warned(check(engine, "Heads up from LUSU: the Base is shut Monday, ask me if you need anything",
                                      role="staff", account="personal"))


# -- Round ten, set l's false alarms by family: a logo whose use is ruled out or already approved, a position
# still to come, and the organisation's own logo taken off its website (branding's, not a creator's copyright) --

LOGO_RULED_OUT_OR_APPROVED = [
    ("we can't use the uni logo on merch, so we designed our own crest instead 🦊", 'leicester-su', 'comment'),
    ("not supposed to use the University of Leicester shield on kit so ours is a fox", 'leicester-su', 'post'),
    ("Our poster with the ULSU logo got the thumbs up from Union Activities today 🎉 printing Monday!", 'leicester-su', 'post'),
    ("ball tickets with the LUSU logo, approved by the comms team last week ✅", 'lancaster-su', 'post'),
    ("tour hoodies have the SU logo on the back, comms gave us the green light 💜", 'lancaster-su', 'post'),
]


@pytest.mark.parametrize("text, org, action", LOGO_RULED_OUT_OR_APPROVED)
def test_a_logo_ruled_out_or_approved_is_silent(engine, text, org, action):
    assert "branding" not in warned(check(engine, text, org=org, role='volunteer', account='official', action=action))


@pytest.mark.parametrize("text, org", [
    ("slapped the ULSU logo on our poster, printing Monday!", 'leicester-su'),
    ("used the uni logo on our merch, looks so official", 'leicester-su'),
    ("no green light from comms yet but the LUSU logo is on the hoodies anyway", 'lancaster-su'),
])
def test_a_logo_used_with_no_word_of_approval_still_warns(engine, text, org):
    assert "branding" in warned(check(engine, text, org=org, role='volunteer', account='official'))


@pytest.mark.parametrize("text", [
    "No — that's just me. The SU's position will come out of Council next week.",
    "LUSU's position on the rent strike will be decided at the AGM",
])
def test_a_position_still_to_come_is_no_official_voice(engine, text):
    answer = check(engine, text, role='officer', account='personal', action='reply', replying_to="Is that the SU's stance?")
    assert "branding" not in warned(answer)


def test_a_position_stated_still_speaks_for_the_organisation(engine):
    answer = check(engine, "The SU's position is clear: no to the fee rise", role='officer', account='personal')
    assert "branding" in warned(answer)


def test_the_organisations_own_logo_off_its_website_is_branding_not_copyright(engine):
    text = "downloaded the leicester uni logo off the website and now it's the banner on our society tiktok, looks sick ngl"
    answer = warned(check(engine, text, org='leicester-su', role='volunteer', account='personal'))
    assert "branding" in answer and "copyright" not in answer


def test_someone_elses_work_off_a_platform_is_still_copyright(engine):
    text = "downloaded the Nike logo off google and a photo off instagram for our banner"
    assert "copyright" in warned(check(engine, text, org='leicester-su', role='volunteer', account='official'))


# -- round eleven: mechanisms, each both ways --------------------------------------------------------

def test_the_organisations_name_as_backer_without_its_yes_is_branding(engine):
    for text in ["Slapped 'In association with Lancaster SU' on the flyer. Didn't run it past anyone but it looks way more pro 🤷",
                 "Proudly supported by Lancaster University Students' Union! (they don't know yet lol)"]:
        assert "branding" in warned(check(engine, text)), text


def test_the_organisations_name_as_backer_with_its_yes_is_silent(engine):
    for text in ["Proudly supported by Lancaster University Students' Union — thanks to the comms team who signed it off!",
                 "In association with LUSU: the RAG raft race is back 🚣"]:
        assert "branding" not in warned(check(engine, text)), text


def test_asking_whether_a_logo_may_be_used_is_no_use_of_it(engine):
    for text in ["Is it OK to put the SU logo on our poster? Who do we ask?", "is it okay to use the LUSU logo on the flyer?"]:
        assert "branding" not in warned(check(engine, text, action="comment")), text


@pytest.mark.parametrize("reply, question, org, role, account", [
    ("same thing tbh, I run the comms 😂", "Is that the SU's view or yours?", "chester-su", "staff", "personal"),
    ("yep we're basically the SU's sports page now lol, got their logo and everything", "Is this an official SU account?",
     "lancaster-su", "volunteer", "official"),
])
def test_a_reply_owning_the_organisations_view_is_branding(engine, reply, question, org, role, account):
    answer = check(engine, reply, org=org, role=role, account=account, action="reply", replying_to=question)
    assert "branding" in warned(answer)


def test_a_reply_denying_the_organisations_view_is_silent(engine):
    answer = check(engine, "No — that's just me. The SU's position will come out of Council next week.", role="officer",
                   account="personal", action="reply", replying_to="Is that the SU's view or yours?")
    assert "branding" not in warned(answer)


@pytest.mark.parametrize("text, org", [
    ("Speaking for all of us at Lancaster SU — we think the attendance scheme needs to go back to the drawing board.", "lancaster-su"),
    ("ULSU agrees with us that the library should be open 24/7 during exams (we haven't asked them but come on)", "leicester-su"),
    ("Official position at the Union: vaping should be banned everywhere on campus.", "lancaster-su"),
    ("Just so everyone knows, what I tweet is the Union's line — I'm the one who writes it anyway.", "lancaster-su"),
])
def test_the_organisations_voice_claimed_in_passing_is_branding(engine, text, org):
    assert "branding" in warned(check(engine, text, org=org, role="staff", account="personal"))


@pytest.mark.parametrize("text", ["LUSU agrees to fund the minibus for the away match 🚐",
                                  "still awaiting the official response at the Union about my appeal",
                                  "Speaking at the SU tonight about mental health, come along"])
def test_reports_of_the_organisation_are_not_its_voice(engine, text):
    assert "branding" not in warned(check(engine, text, role="staff", account="personal"))


def test_a_verified_tick_after_the_name_in_a_personal_bio_is_branding(engine):
    bio = "Lancaster University Students' Union ✅ | tweets from the Pres | DMs open"
    assert "branding" in warned(check(engine, bio, role="officer", account="personal", action="profile"))


@pytest.mark.parametrize("text, org", [
    ("Tonight's show opens with a reading of the whole of Jenny Lee's new short story. Didn't ask, but she won't mind 🎙️", "lancaster-su"),
    ("Full recording of tonight's comedy night 🎤 the acts asked us not to film but it was too funny not to share", "chester-su"),
    ("Sharing the whole of a poem from a member's portfolio because it's beautiful 💕 (haven't told her yet, surprise!)", "lancaster-su"),
    ("Our promo reel uses the new Dua Lipa track in full. No licence but it absolutely slaps 🔥", "lancaster-su"),
    ("We traced Pikachu and now he's our mascot ⚡ he's on all the merch from next week", "leicester-su"),
    ("Our new banner is an Avengers poster with our faces photoshopped on 😂 printing 500 for freshers", "leicester-su"),
    ("lol we just ripped the trailer off Netflix and stuck our logo over the top", "lancaster-su"),
])
def test_work_taken_without_asking_anywhere_in_the_post_is_copyright(engine, text, org):
    assert "copyright" in warned(check(engine, text, org=org))


@pytest.mark.parametrize("text", [
    "Sharing a poem with her permission, she's happy for us to post it 💕",
    "Full recording of our own comedy night is up, we filmed it ourselves 🎤",
    "Watching the new Avengers film tonight, poster in the common room",
    "Disney night at the SU! Dress as your favourite character 🐭",
    "Reform UK will scrap 'Mickey Mouse degrees'. Time for change.",
])
def test_own_permitted_watched_or_put_down_works_are_not_copyright(engine, text):
    assert "copyright" not in warned(check(engine, text))


@pytest.mark.parametrize("text, org, action, replying_to", [
    ("Moving out this summer? We recommend HomeMovers Lancaster — brilliant and really cheap 📦", "lancaster-su", "post", None),
    ("if you're going to the ball get your suit from Moss Bros, best in the north west no question", "lancaster-su", "comment", None),
    ("Best bubble tea in town? Boba Bae, no contest. Go tonight!", "chester-su", "comment", None),
    ("Defo Fade Factory on King St — they give us 20% off if we send people their way 💈", "lancaster-su", "reply",
     "Anywhere decent for a haircut near campus?"),
    ("Endsleigh every time! Best cover for students, we highly recommend 👍", "chester-su", "reply",
     "any recs for cheap student contents insurance?"),
    ("Lancaster Uni Surf Club 🏄 | proud Finisterre ambassadors — use SURFLANC for 10% off", "lancaster-su", "profile", None),
])
def test_a_named_business_sent_to_from_an_official_account_is_commercial(engine, text, org, action, replying_to):
    assert "commercial" in warned(check(engine, text, org=org, action=action, replying_to=replying_to))


@pytest.mark.parametrize("text, action, replying_to", [
    ("Head to Great Hall for your exam, doors open at 9", "post", None),
    ("head down to Sugarhouse tonight, cheap drinks all night 🍹", "post", None),
    ("Thinking of getting a new phone, any recs?", "post", None),
    ("The SU Advice Service can check your tenancy for free", "reply", "any recs for someone to check my tenancy?"),
    ("Nightline is open all night 💙", "reply", "anywhere decent to talk to someone tonight?"),
])
def test_own_venues_support_services_and_questions_are_not_commercial(engine, text, action, replying_to):
    assert "commercial" not in warned(check(engine, text, action=action, replying_to=replying_to))


@pytest.mark.parametrize("text, org", [
    ("Can confirm, speaking with my Union hat on: we're not happy with the new rent rises at all.", "lancaster-su"),
    ("Leicester SU's official take on the parking fines: ridiculous. (Posting from my own acc as comms are on leave)", "leicester-su"),
])
def test_the_organisations_hat_or_take_claimed_is_branding(engine, text, org):
    assert "branding" in warned(check(engine, text, org=org, role="staff", account="personal"))


def test_the_organisation_presenting_a_poster_unasked_is_branding(engine):
    text = "Put together a 'Leicester SU presents' header on our club night poster without checking with anyone 🙈"
    assert "branding" in warned(check(engine, text, org="leicester-su"))


@pytest.mark.parametrize("text", [
    "Grabbed the Guardian's photo of the protest for our story, credit who? 😂",
    "The photographer said she didn't want them online but they're too good, so here's the full gallery from the ball 📸",
    "Typed out the whole of Zadie Smith's short story for our zine. She doesn't need to know 🤫",
])
def test_a_paper_photo_a_refused_gallery_or_a_writer_kept_in_the_dark_is_copyright(engine, text):
    assert "copyright" in warned(check(engine, text, org="leicester-su"))


def test_a_paper_read_is_not_copyright(engine):
    assert "copyright" not in warned(check(engine, "Read the Guardian's piece on student rents this morning, worth your time"))


# -- a statement passed on from the authorised channel is no claim to speak for the organisation -------------

@pytest.mark.parametrize("text, org", [
    ("Sharing the University's official statement on the fire alarm chaos, from our press office this morning",
     'lancaster-university'),
    ("LUSU's official response to the rent rises, via the comms team 👇", 'lancaster-su'),
])
def test_a_statement_passed_on_from_the_press_office_is_no_official_voice(engine, text, org):
    assert "branding" not in warned(check(engine, text, org=org, role='staff', account='personal'))


def test_the_official_voice_without_the_authorised_channel_still_warns(engine):
    answer = check(engine, "Lancaster University officially condemns the council's decision, from me and the team",
                   org='lancaster-university', role='staff', account='personal')
    assert "branding" in warned(answer)


# -- round 12: a profile titled as the organisation's own and said to be unapproved, on any account -----------

def test_an_official_title_said_to_be_unapproved_is_branding_on_an_official_account(engine):
    answer = check(engine, "Lancaster SU Official Climbing Club 🧗 | just us lot, nobody's approved it tbh",
                   org='lancaster-su', role='volunteer', account='official', action='profile')
    assert "branding" in warned(answer)


def test_an_approved_official_title_is_not_branding_on_an_official_account(engine):
    answer = check(engine, "Lancaster SU Official Climbing Club 🧗 | weekly trips, all welcome",
                   org='lancaster-su', role='volunteer', account='official', action='profile')
    assert "branding" not in warned(answer)


# -- a brand's deal or freebies promoted with the organisation kept out of it --------------------------------

@pytest.mark.parametrize("text", [
    "Red Bull gifted us a fridge full so we'll be promoting them at every social, haven't told the SU 🤫",
    "Swipe up for 20% off Gousto boxes! didn't ask anyone but it's a good deal",
    "Monster paid us to post this lol, the union doesn't need to know",
])
def test_a_brand_deal_kept_from_the_organisation_is_commercial(engine, text):
    assert "commercial" in warned(check(engine, text, org='lancaster-su', role='volunteer', account='official'))


@pytest.mark.parametrize("text", [
    "plugging our ball tickets all week, didn't ask anyone to help though 😅",
    "Dropped the kit off at the sports hall, didn't ask anyone to help carry it lol",
])
def test_a_brand_contact_put_through_the_organisation_is_not_commercial(engine, text):
    assert "commercial" not in warned(check(engine, text, org='lancaster-su', role='volunteer', account='official'))


# -- a copy got round the seller: off a download, recorded off the stream, a leak, a screen recording -------

@pytest.mark.parametrize("text", [
    "Film night Thursday 🎬 showing Wicked off a download my flatmate had, free entry",
    "Missed the fight? the whole thing's on our story, recorded off the TNT stream 🥊",
    "playing the leaked new Charli XCX album on tonight's show, you heard it here first",
    "Whole Normal People series free here 👉 bit.ly/np-free, no sign up",
    "Campus tour video up! the aerial shots are from some travel vlogger's channel, we screen-recorded it",
    "All of chapter 4 pasted below so you don't need to buy the textbook",
])
def test_a_copy_got_round_the_seller_is_copyright(engine, text):
    assert "copyright" in warned(check(engine, text, org='lancaster-su', role='volunteer', account='official'))


@pytest.mark.parametrize("text", [
    "The full match highlights are free here on BBC Sport, enjoy",
    "leaked exam paper story in the news today, shocking",
    "Save £20 on textbooks at the SU shop, no need to buy new",
    "Our drone footage from the trip is up, thanks Sam for flying it!",
])
def test_a_licensed_or_own_copy_is_not_copyright(engine, text):
    assert "copyright" not in warned(check(engine, text, org='lancaster-su', role='volunteer', account='official'))


@pytest.mark.parametrize("text", [
    "Borrowed this brilliant sexual health poster from Leeds Uni Union and swapped their logo for ours 🙌",
    "Sharing the photographer's shots from the ball now, we haven't paid her yet but they're too good to sit on",
])
def test_another_mark_swapped_or_a_maker_unpaid_is_copyright(engine, text):
    assert "copyright" in warned(check(engine, text, org='lancaster-su', role='staff', account='official'))


# -- the members addressed as the organisation's own voice; an album's every track; a set put on our TikTok ---

def test_speaking_as_your_union_is_branding_on_a_personal_account(engine):
    answer = check(engine, "Speaking as your Students' Union: the new parking fees are a disgrace",
                   org='lancaster-su', role='volunteer', account='personal')
    assert "branding" in warned(answer)


def test_speaking_as_your_friend_is_not_branding(engine):
    answer = check(engine, "Speaking as your friend, the SU quiz is class", org='lancaster-su', role='volunteer', account='personal')
    assert "branding" not in warned(answer)


@pytest.mark.parametrize("text", [
    "uploaded every track off the new Olivia Rodrigo album to our drive, enjoy 🎧",
    "the whole Reading Festival headline set is on our TikTok now 🎸",
])
def test_every_track_or_a_whole_set_put_up_is_copyright(engine, text):
    assert "copyright" in warned(check(engine, text, org='lancaster-su', role='volunteer', account='official'))


def test_our_own_set_on_our_tiktok_is_not_copyright(engine):
    answer = check(engine, "our own full set from the open mic is on our TikTok now 🎸", org='lancaster-su', role='volunteer', account='official')
    assert "copyright" not in warned(answer)


# -- Round twelve (set n): party work done in one's own time; a sponsor the organisation agreed ----------------

@pytest.mark.parametrize("text", [
    "Hi all, your SU President here: leafleting for the Greens on Saturday in a personal capacity, come along",
    "Your SU VP Welfare here, off the clock this weekend and out knocking doors for the Lib Dems",
])
def test_party_work_in_ones_own_time_is_no_branding(engine, text):
    assert "branding" not in warned(check(engine, text, role="officer", account="personal"))


def test_party_politics_spoken_as_the_officer_still_warns_branding(engine):
    text = "Out leafleting for the Greens today, and as your SU Education Officer I can tell you their fees policy is best"
    assert "branding" in warned(check(engine, text, role="officer", account="personal"))


@pytest.mark.parametrize("text, org", [
    ("Thanks to Red Bull for the free cans at the hackathon (partnership agreed by the SU)", "chester-su"),
    ("Cheers Greggs for the free sausage rolls at the 10k, sponsorship arranged through the union's commercial team",
     "lancaster-su"),
])
def test_a_sponsor_the_organisation_agreed_is_no_promotion(engine, text, org):
    assert "commercial" not in warned(check(engine, text, org=org, role="staff", account="official"))


def test_a_sponsor_nobody_agreed_still_warns(engine):
    text = "Thanks to Red Bull for the free cans at the hackathon, grab a can at the shop!"
    assert "commercial" in warned(check(engine, text, org="chester-su", role="staff", account="official"))


# -- Round thirteen: mechanisms, each both ways --------------------------------------------------------------

# The writer's or the group's views set equal to the organisation's ('my views = the University's views').
@pytest.mark.parametrize("text, org, role, account", [
    ("Library assistant. my views = the University's views, basically 🙃", "lancaster-university", "staff", "personal"),
    ("Events volunteer | my opinions are LUSU's opinions lol", "lancaster-su", "volunteer", "personal"),
    ("Reminder that our club's views are the SU's views, we're affiliated after all", "chester-su", "staff", "personal"),
])
def test_views_equated_with_the_organisation_warn(engine, text, org, role, account):
    assert "branding" in warned(check(engine, text, org=org, role=role, account=account, action="post"))


@pytest.mark.parametrize("text, org", [
    ("Library assistant. my views ≠ the University's views, obviously", "lancaster-university"),
    ("my opinions aren't LUSU's opinions, I just work there", "lancaster-su"),
    ("Who speaks for the SU on housing these days?", "chester-su"),
    ("Is this the union's stance now? genuinely asking", "lancaster-su"),
])
def test_views_denied_or_asked_about_are_no_claim(engine, text, org):
    assert "branding" not in warned(check(engine, text, org=org, role="staff", account="personal"))


# A fake, spoof or parody account opened in the organisation's name; a warning about someone else's is not one.
@pytest.mark.parametrize("text", [
    "made a spoof LUSU twitter for the sabbs' worst quotes 😂 go follow",
    "started a parody insta of the SU bar lol, follow for daily roasts",
])
def test_a_fake_account_in_the_organisations_name_warns(engine, text):
    assert "branding" in warned(check(engine, text, role="volunteer", account="personal"))


@pytest.mark.parametrize("text", [
    "PSA: someone has made a fake LUSU insta messaging freshers for bank details. Please report it!",
    "made a parody account for my cat, she's a menace",
])
def test_a_warning_about_a_fake_or_a_fake_elsewhere_is_silent(engine, text):
    assert "branding" not in warned(check(engine, text, role="staff", account="official"))


# An investment tip: an asset and the gain it promises; a scam warning is the organisation's own business.
@pytest.mark.parametrize("text", [
    "NFA but load up on Ethereum now, it's going to pump after Christmas 🚀",
    "put your overdraft into Dogecoin lads, to the moon 🌕",
])
def test_an_investment_tip_from_an_official_account_warns(engine, text):
    assert "commercial" in warned(check(engine, text, org="chester-su", role="staff", account="official"))


@pytest.mark.parametrize("text", [
    "Crypto scams are targeting students: anyone promising your Bitcoin will double is lying. Report it to us.",
    "Money talk on Thursday: what are stocks, and why we can't tell you which to buy",
])
def test_scam_warnings_and_money_talks_are_no_tip(engine, text):
    assert "commercial" not in warned(check(engine, text, org="chester-su", role="staff", account="official"))


# The organisation's name as the referral or the recommender of a named business.
def test_the_organisations_name_as_a_referral_warns(engine):
    text = "Best burgers in town are at Honest Burgers 🍔 tell them CSU sent you!"
    assert "commercial" in warned(check(engine, text, org="chester-su", role="staff", account="official"))


@pytest.mark.parametrize("text", [
    "Need to talk? Call Nightline and tell them CSU sent you",
    "The Union recommends booking your ball tickets early",
])
def test_referrals_to_support_and_own_advice_are_silent(engine, text):
    assert "commercial" not in warned(check(engine, text, org="chester-su", role="staff", account="official"))


# The maker of a work not asked or contacted; a paid work handed out free; a credit taken back; a streamer's film whole.
@pytest.mark.parametrize("text, expect", [
    ("Used a graphic design student's poster as our cover photo, never asked her but it's class", True),
    ("Here's the illustration from the zine launch 🎨 we haven't had a chance to ask them, hope that's ok", True),
    ("The whole Disney+ film is in our group drive for the social 🍿", True),
    ("art cred: our committee (jk, it's off pinterest)", True),
    ("Her whole paid photography course is in the group chat, no need to pay", True),
    ("Her poem is on our page, we asked her first and she said yes 💛 shared with permission", False),
    ("We haven't contacted them yet about using the photos from the ball, will do Monday", False),
    ("Watched the whole Netflix series in a day, no regrets", False),
    ("Our paid workshop is free for members this week, link in bio", False),
])
def test_consent_and_paid_and_whole_works(engine, text, expect):
    answer = check(engine, text, org="leicester-su", role="volunteer", account="official")
    assert ("copyright" in warned(answer)) is expect


# A product warned off is not promoted; the same brand sold still is.
def test_a_product_warned_off_is_no_promotion(engine):
    text = "Be careful with buy now pay later apps like Klarna over Christmas, our Advice Centre can help"
    assert "commercial" not in warned(check(engine, text, org="chester-su", role="staff", account="official"))
