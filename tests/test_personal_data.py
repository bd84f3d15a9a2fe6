"""Personal data: each mechanism through the real engine (phone formats and whose number it is, dates
of birth beside event dates, home addresses beside venues, people's mailboxes beside role mailboxes,
numbers inside URLs, cards, IBANs, bank details, student IDs), then a seeded generated sample
(scripts/measure_personal_data.py) held to a recall floor and a false-alarm ceiling."""
from __future__ import annotations

import datetime
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

import pytest

from thinktwice.detectors.personal import is_card_number, is_role_mailbox
from thinktwice.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = {"org": "lancaster-su", "role": "volunteer", "account": "official"}


@pytest.fixture(scope="module")
def engine():
    return Engine.from_directory()


def found(engine, text: str) -> list[str]:
    """The words of every personal-data warning at caution or warning."""
    answer = engine.check({"text": text, "action": "post", "context": CONTEXT})
    return [s["text"] for w in answer["warnings"] if w["category"] == "personal-data"
            and w["severity"] in ("caution", "warning") for s in w["spans"]]


# -- phone numbers ----------------------------------------------------------------------------------

MOBILE_FORMATS = ["07911 123456", "07911123456", "07911 123 456", "07911-123-456", "07911.123.456",
                  "(07911) 123456", "+44 7911 123456", "+44 (0)7911 123456", "+44 (0) 7911 123 456",
                  "+447911123456", "0044 7911 123456", "+44-7911-123-456", "0791 1123456", "+44 7700 900123"]


@pytest.mark.parametrize("number", MOBILE_FORMATS)
def test_a_mobile_number_is_found_in_every_format_libphonenumber_reads(engine, number):
    assert found(engine, f"Text Sam on {number} for a lift") == [number]


LANDLINE_FORMATS = ["01524 381207", "(01524) 381207", "01524-381207", "01524 381 207", "+44 1524 381207",
                    "+44 (0)1524 381207", "020 7946 0958", "(020) 7946 0958", "0161 496 0000", "0161-496-0000",
                    "015394 52245", "+44 28 9018 0123"]


@pytest.mark.parametrize("number", LANDLINE_FORMATS)
def test_a_persons_landline_is_found_in_every_format(engine, number):
    assert found(engine, f"ring me at home on {number} over the holidays") == [number]


@pytest.mark.parametrize("text,number", [
    ("Lost cat! Please ring Maya on 01524 850112", "01524 850112"),
    ("Please phone Louise Smith directly on 01228 544797 about the refund", "01228 544797"),
    ("My grandad is stuck in Preston, his number's 01772 254119", "01772 254119"),
])
def test_a_landline_is_someones_when_a_name_or_a_person_leads_to_it(engine, text, number):
    assert found(engine, text) == [number]


@pytest.mark.parametrize("text", [
    "Campus security: 01524 594541",
    "Call 999 in an emergency, or campus security on 01524 594541",
    "Call us on 07700 900123 (duty phone)",
    "Ring reception on 01524 592000",
    "Nightline is open 8pm-8am on 01524 594444",
    "Our helpline number is 0800 028 5712, free from mobiles",
    "Booking ref 07911234567 for the coach",
    "Ticket numbers 07595308758 are winners",
    "Order #07221459969 confirmed",
    "Score: 2-1, 21-14, season 2013/27",
])
def test_organisations_numbers_and_reference_numbers_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Read the thread https://x.com/lusu/status/1790791112345678901",
    "Watch https://www.youtube.com/watch?v=07911123456",
    "Donate via https://www.justgiving.com/page/lusu-rag-07912345678",
    "Tickets www.lancastersu.co.uk/events/4539148803436467",
    "Form: https://lancaster.ac.uk/forms/dob-14-03-2004 for Sam's birthday",
    "Student portal: https://lancaster.ac.uk/student?id=36284719",
])
def test_numbers_inside_urls_never_count(engine, text):
    assert found(engine, text) == []


# -- dates of birth ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("DOB 14/03/2004 for the insurance form", "14/03/2004"),
    ("Name: Sam Jones, D.O.B: 14.03.04", "14.03.04"),
    ("She was born on 14th March 2004 in Leeds", "14th March 2004"),
    ("He was born March 14, 2004", "March 14, 2004"),
    ("date of birth: 2004-03-14", "2004-03-14"),
    ("my birthday is 14 Mar 04 so I'm old enough lol", "14 Mar 04"),
    ("Jo is turning 21 on 14 March, surprise party!!", "14 March"),
    ("d.o.b the 3rd of June 2005", "the 3rd of June 2005"),
])
def test_any_date_form_beside_a_birth_cue_is_a_date_of_birth(engine, text, date):
    assert found(engine, text) == [date]


@pytest.mark.parametrize("text", [
    "The ball is on 14 March",
    "Deadline 01/02/2026 for the bursary",
    "Happy birthday Sam! Party on 14 March",
    "Applications close 2026-05-13!",
    "The society was founded on 3 May 1965 - happy birthday to us",
    "Born in 1964, the union turns 62 this year",
])
def test_event_dates_stay_silent(engine, text):
    assert found(engine, text) == []


# -- home addresses ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,address", [
    ("Tom lives at 14 Greaves Road, LA1 4UD now", "14 Greaves Road, LA1 4UD"),
    ("my address is Flat 3, 27 Dale Street, Lancaster la13ap", "Flat 3, 27 Dale Street, Lancaster la13ap"),
    ("send it to him at 9 Church Brow\nHalton\nLA2 6LS", "9 Church Brow\nHalton\nLA2 6LS"),
    ("Pre-drinks at Alice's, 211 Edwards Inlet, LA1 4XP", "211 Edwards Inlet, LA1 4XP"),
    ("Natasha's house: 61a Louise Lane, n4c 7nl", "61a Louise Lane, n4c 7nl"),
])
def test_a_postcode_with_a_street_and_a_person_is_a_home_address(engine, text, address):
    assert found(engine, text) == [address]


@pytest.mark.parametrize("text", [
    "Venue: The Sugarhouse, 28 Sun Street, Lancaster LA1 1EW",
    "Join us at 12 High Street, LA1 1XX for the quiz!",
    "Our office has moved to 3 Dalton Square, LA1 1PP",
    "Home game this Saturday at the Sports Centre, Bailrigg Lane, LA1 4YW",
    "New shop opening at 5 Penny Street, LA1 1XT - come say hi",
    "Collect your tickets from Lancaster SU, Slaidburn House, Bailrigg, LA1 4YA",
    "The postcode for sat navs is LA1 4YW",
])
def test_an_address_without_a_person_or_with_a_venue_stays_silent(engine, text):
    assert found(engine, text) == []


# -- email addresses --------------------------------------------------------------------------------

@pytest.mark.parametrize("local", ["jane.smith", "j.smith", "smithj", "jsmith123", "paigewh99", "priya.k.sharma",
                                   "farmerowen", "tom.hargreaves88", "k.osei", "ameliaroberts", "jane-smith",
                                   "jane.hockey", "unai"])
def test_a_local_part_with_a_word_that_is_no_function_is_a_person(local):
    assert not is_role_mailbox(local, ROLE_WORDS)


@pytest.mark.parametrize("local", ["hockey", "sabbs", "pottery", "ugadmissions", "info", "enquiries", "filmsoc",
                                   "president", "welfare", "comms", "vp.welfare", "hockey2025", "archerysoc",
                                   "lusu.origami", "lsf.society", "it.servicedesk"])
def test_a_local_part_made_of_function_words_or_a_group_affix_is_a_role(local):
    assert is_role_mailbox(local, ROLE_WORDS)


@pytest.mark.parametrize("text", [
    "Questions to the society inbox: leicesterchess@gmail.com",
    "the club email is chesterhockey@gmail.com if you want to join",
    "membership forms to chesterdance@outlook.com",
    "leicesterfilmsoc@gmail.com for tickets",
    "email leics.netball@outlook.com to sign up",
])
def test_a_mailbox_named_for_any_unions_place_and_an_activity_is_a_role(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", ["our treasurer is chesterjones@hotmail.com", "send it to leicester.k@gmail.com"])
def test_a_place_name_beside_a_persons_name_or_initial_is_still_a_person(engine, text):
    assert found(engine, text) != []


ROLE_WORDS = ["hockey", "sabbs", "pottery", "ug", "admissions", "info", "enquiries", "film", "president",
              "welfare", "comms", "vp", "it", "service", "desk", "*soc", "*society", "lusu*"]


@pytest.mark.parametrize("text,email", [
    ("email Jane at jane.smith@gmail.com to sign up", "jane.smith@gmail.com"),
    ("Forms go to smithj@hotmail.co.uk by Friday", "smithj@hotmail.co.uk"),
    ("The complaint was from k.osei@lancaster.ac.uk, can someone reply", "k.osei@lancaster.ac.uk"),
    ("Add mellorpatricia@gmail.com to the group chat", "mellorpatricia@gmail.com"),
])
def test_a_persons_email_warns(engine, text, email):
    assert found(engine, text) == [email]


@pytest.mark.parametrize("text", [
    "Questions? Email hockey@lancastersu.co.uk", "Contact sabbs@lancastersu.co.uk",
    "Email pottery@lancastersu.co.uk to book a wheel", "Offer questions: ugadmissions@lancaster.ac.uk",
    "Send your photos to bailriggsocials@hotmail.co.uk", "Sponsorship enquiries: lsf.society@hotmail.co.uk",
    "Any issues, servicedesk@lancastersu.co.uk", "Lost your card? payroll@lancastersu.co.uk",
    "Contact our welfare officer at welfare@lancastersu.co.uk", "Email the department: physics-ug@lancaster.ac.uk",
])
def test_society_and_department_mailboxes_stay_silent(engine, text):
    assert found(engine, text) == []


# -- cards, IBANs, bank details, student IDs --------------------------------------------------------

@pytest.mark.parametrize("digits,card", [("4539148803436467", True), ("5168441290831471", True),
                                         ("378282246310005", True), ("1234567890123452", False),
                                         ("9949189166365953", False), ("658564740467", False),
                                         ("4539148803436468", False)])
def test_a_card_number_needs_an_issuers_prefix_and_length_and_its_check_digit(digits, card):
    assert is_card_number(digits) is card


@pytest.mark.parametrize("text,item", [
    ("card number 4539-1488-0343-6467 exp 04/27", "4539-1488-0343-6467"),
    ("amex 3782 822463 10005", "3782 822463 10005"),
    ("my iban is gb29 nwbk 6016 1331 9268 19 for the refund", "gb29 nwbk 6016 1331 9268 19"),
    ("Erasmus refund to ES9121000418450200051332", "ES9121000418450200051332"),
])
def test_cards_and_ibans_in_any_grouping_and_case(engine, text, item):
    assert found(engine, text) == [item]


@pytest.mark.parametrize("text", ["Booking ref 9949 1891 6636 5953 for the coach", "Ticket no. 4539 1488 0343 6468",
                                  "IBAN GB29NWBK60161331926818 is the wrong one"])
def test_numbers_that_fail_the_checks_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,parts", [
    ("Bank: Monzo, s/c 04-00-04 acc 12345678", ["04-00-04", "12345678"]),
    ("pay Sam back: 40-11-62 / 31926819", ["40-11-62", "31926819"]),
    ("acct 31926819 sort 401162 (Starling)", ["31926819", "401162"]),
])
def test_a_sort_code_and_account_number_side_by_side(engine, text, parts):
    assert sorted(found(engine, text)) == sorted(parts)


@pytest.mark.parametrize("text,number", [
    ("student no. 36284719", "36284719"), ("student number: 36284719", "36284719"),
    ("Lost: student card, ID 36284719, name on the back", "36284719"), ("my uni ID is 37551206", "37551206"),
    ("whoever lost their student card (number 38214556)", "38214556"),
])
def test_student_ids_by_their_labels(engine, text, number):
    assert found(engine, text) == [number]


@pytest.mark.parametrize("text", ["Match ID 55122409 on the league site", "Over 1,200,000 students in the UK",
                                  "student discount 10% all week"])
def test_other_ids_stay_silent(engine, text):
    assert found(engine, text) == []


# -- disguised items (the second blind set's misses, each as its general mechanism) -----------------

@pytest.mark.parametrize("text,number", [
    ("it's Jamie's, ring him on o7700.900.462 if you see him", "o7700.900.462"),
    ("text me on 07700 9OO 462 tonight", "07700 9OO 462"),
    ("ring her on 07719|257020 if you see her", "07719|257020"),
    ("my number's 07700/900/462", "07700/900/462"),
    ("ring our sec Beth on oh-seven-seven-double-oh, nine double-oh, three-one-nine", "oh-seven-seven-double-oh, nine double-oh, three-one-nine"),
    ("text me zero seven nine one one, one two three, four five six", "zero seven nine one one, one two three, four five six"),
    # digits said in groups: 'nine hundred' is 900
    ("his number's oh seven seven double-oh nine hundred three one eight, give him a bell",
     "oh seven seven double-oh nine hundred three one eight"),
    ("ring Jo on zero one five two four, five nine three thousand", "zero one five two four, five nine three thousand"),
    # digits among the words
    ("her number is 07 nine double one, two five seven, oh two oh", "07 nine double one, two five seven, oh two oh"),
])
def test_a_number_with_letters_for_digits_odd_separators_or_said_aloud_is_a_phone(engine, text, number):
    assert found(engine, text) == [number]


@pytest.mark.parametrize("text", [
    "score 0-1, 2-0, 1-0 and 1-1 tonight", "Oooooo what a night", "one two three four, let's go",
    "Room 0.01/02 then 0.03", "Ollie and Olly were both at the 2019/2020 ball",
    "one two three four five hundred people came, nine hundred the year before",
    "oh seven seven nine hundred three thousand and six",
    "we won 3 nil, 2 one, 4 two and 1 seven over the season",
    "room 12 seven and 14 nine, then 2 oh 3 for the seminar",
])
def test_letters_and_number_words_that_make_no_phone_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "office hours this term: Tues 2–4, County South C41 📚 or email me at j.harrison@lancaster.ac.uk",
    "my work email is r.okafor at lancaster dot ac dot uk",
    "drop me a line at t.brown@lancastersu.co.uk",
    "Thanks for reaching out! All press enquiries go to our Chief Executive — Misbah.ashraf@lancaster.ac.uk 🙂",
    "Queries about the module? Your module convenor, Dr Priya Lee, is at p.lee@lancaster.ac.uk",
    "Questions? email the Head of Physics, Prof. Alan Hart: a.hart@lancaster.ac.uk",
    "please email our Director of Teaching at history-dot@lancaster.ac.uk and we'll look into it",
])
def test_a_work_address_given_as_the_writers_own_or_a_staff_posts_contact_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,email", [
    ("email me at jsmith123@gmail.com", "jsmith123@gmail.com"),
    ("email me at t.brown@student.le.ac.uk", "t.brown@student.le.ac.uk"),
    ("questions? email our secretary directly at tom.bradley2003@hotmail.co.uk", "tom.bradley2003@hotmail.co.uk"),
    ("Contact our captain Sam Jones on s.jones@lancaster.ac.uk", "s.jones@lancaster.ac.uk"),
    ("her email's k.walsh3@lancaster.ac.uk if you want to complain", "k.walsh3@lancaster.ac.uk"),
    ("email me at j.harrison@lancaster.ac.uk or ask Kerry at k.bain87@lancaster.ac.uk", "k.bain87@lancaster.ac.uk"),
])
def test_a_private_address_or_anyones_without_the_frame_is_still_a_person(engine, text, email):
    assert found(engine, text) == [email]


@pytest.mark.parametrize("text,email", [
    ("take it up with Dan directly 👉 dan.whittaker94 [at] hotmail [dot] co [dot] uk",
     "dan.whittaker94 [at] hotmail [dot] co [dot] uk"),
    ("email me: jess.t at gmail dot com", "jess.t at gmail dot com"),
    ("my email is sam (at) outlook.com", "sam (at) outlook.com"),
    ("drop priya.k @ yahoo.co.uk a line", "priya.k @ yahoo.co.uk"),
    ("mathew93 AT btinternet DOT com for tickets", "mathew93 AT btinternet DOT com"),
])
def test_an_email_with_the_at_and_dots_spelled_out_is_an_email(engine, text, email):
    assert found(engine, text) == [email]


@pytest.mark.parametrize("text", [
    "meet us at uni dot com lol", "lol at sam.com", "Follow us at lancastersu dot co dot uk",
    "email hockey [at] lancastersu [dot] co [dot] uk to join", "see you at Lancaster.ac.uk open day",
])
def test_spelled_role_mailboxes_and_prose_with_at_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,number", [
    ("whoever is student no. 3845 1172, your lanyard is behind the bar", "3845 1172"),
    ("Student ID: 22 198 345 (Sam Jones)", "22 198 345"),
])
def test_a_student_number_in_groups_is_a_student_id(engine, text, number):
    assert found(engine, text) == [number]


def test_a_possessive_home_a_few_words_before_the_address(engine):
    assert found(engine, "KIT COLLECTION from Ellie's house this week - 14 Dale St, LA1 3AP, any time after 6") \
        == ["14 Dale St, LA1 3AP"]
    assert found(engine, "my PhD student Wei - she's at 41 Westbourne Rd and her boiler's broken") == ["41 Westbourne Rd"]
    assert found(engine, "Drinks at Tom's then the quiz at the venue, 3 Dalton Square, LA1 1PP") == []


@pytest.mark.parametrize("text", [
    "sending hugs to Tom from the 2nd VIII, who starts chemo on Monday",
    "Dr Hughes in our dept is off with long covid AGAIN",
    "one of our sabbs is off with stress AGAIN, not naming names",
])
def test_a_particular_person_and_a_medical_event(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Students starting therapy can get free sessions at the wellbeing centre",
    "off sick with tonsillitis, replies to emails might be slow",
    "Anyone starting chemo can join our support group",
    "We kicked off with a quiz and Tom was brilliant",
])
def test_health_without_a_particular_person_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "caught our VP asleep on the minibus 😂📸 he has no idea we posted this",
    "rate my flatmates asleep 😂 1-10 (they don't know I took these) 📸",
    "snapped Jess mid-sneeze without her knowing lol 📸",
])
def test_a_photo_of_someone_who_does_not_know_it_is_posted(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "he has no idea we planned his surprise party!",
    "Photos from the ball are up - everyone pictured opted in, he has no idea we took so many",
    "I asked him to take a photo but never ask him when he's on his phone",
])
def test_photos_with_consent_or_no_photo_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Signing up for Amsterdam? Drop your full name, DOB, passport no. and student ID in the comments below",
    "To join, DM us your full name, student ID, date of birth and home address",
    "Congrats to this year's prize winners! Full list with student IDs and final marks attached",
    "Comment your mobile number below and we'll add you to the volunteers' WhatsApp",
])
def test_gathering_or_publishing_peoples_data(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Lost your student card? Don't post your student number online, just come to the Base",
    "Never share your DOB or home address online",
    "Comment your favourite film below!",
    "DM us your full name to join the group chat",
])
def test_warnings_and_single_harmless_asks_stay_silent(engine, text):
    assert found(engine, text) == []


def test_a_labelled_card_number_whatever_its_check_digit(engine):
    text = "Harry left his card details in here lol: 4929 1234 5678 9012, exp 08/28"
    assert "4929 1234 5678 9012" in found(engine, text)
    assert found(engine, "Ticket numbers 1234 5678 9012 3456 are winners") == []


def test_a_named_person_and_a_private_matter(engine):
    assert found(engine, "Can't believe Amir Haddad's disciplinary hearing got adjourned AGAIN")
    assert found(engine, "Still haven't paid subs: Josh Mensah, Kat Rowe, Liam Patel")
    assert found(engine, "Our disciplinary procedure is on the website") == []
    assert found(engine, "Amir Haddad won the election!") == []


# -- the generated benchmark and the hand-made sentences -------------------------------------------

def load_measure():
    loader = importlib.machinery.SourceFileLoader("measure_personal_data",
                                                  str(ROOT / "scripts" / "measure_personal_data.py"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    sys.modules[loader.name] = module            # its dataclass looks its module up while being defined
    loader.exec_module(module)
    return module


def test_a_seeded_generated_sample_meets_the_recall_floor_and_false_alarm_ceiling(engine):
    measure = load_measure()
    cases = measure.cases(seed=11, per_kind=40, lookalikes=200)
    missed = {kind: [c.text for c in cases if c.kind == kind and not measure.found(engine, c)]
              for kind in measure.KINDS + measure.DISGUISED_KINDS}
    for kind, texts in missed.items():
        assert len(texts) <= 2, f"{kind}: recall below 0.95 on 40 generated posts, missed {texts}"
    alarms = [c.text for c in cases if c.lookalike and measure.found(engine, c)]
    assert len(alarms) <= 2, f"false alarms above 1% on 200 look-alikes: {alarms}"


def test_the_generator_is_seeded():
    measure = load_measure()
    assert [c.text for c in measure.cases(3, 2, 5)] == [c.text for c in measure.cases(3, 2, 5)]


@pytest.mark.parametrize("second", [False, True])
def test_the_hand_made_sentences(engine, second):
    measure = load_measure()
    for case in measure.handmade_cases(second):
        assert measure.found(engine, case) != case.lookalike, case.text


# -- the third blind set's mechanisms (2026-11-30c), each with texts of its own ------------------------
# Every warning case below found nothing on the pack before these frames (7190b27).

@pytest.mark.parametrize("text", [
    # a form or a sheet asking for two or more kinds
    "Ski trip form is live! Fill in your full name, date of birth, passport number and any medical conditions",
    "For the Berlin trip we'll need your passport details and home address by Friday",
    # a record shown or described with two or more kinds
    "[photo of the sign-in register with everyone's names and phone numbers] thanks for coming!!",
    "Here's a screenshot of our mailing list export - names, emails, student numbers - spot yourself 👀",
    "[pic of the whiteboard with everyone's names and mobile numbers from the meeting]",
])
def test_a_form_or_a_record_with_two_kinds_of_personal_data(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Send us your names for the team sheet!",                       # one kind, a plain ask
    "The spreadsheet of society budgets is on the drive",
    "Never post a screenshot of a list with names and emails",
    "Screenshot of the league table: names and scores",
    "Forms for the ski trip are at the Base, bring your student ID",
])
def test_records_without_two_kinds_and_warnings_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Tom from 3rd year Physics got kicked off the course for plagiarism lol",
    "guess who got caught cheating in the resit... Maya on the netball committee 🙈",
    "Could Kwame Mensah please come to the office, his visa has expired",
    "Leah from Furness came out as bi at pres last night!!",
    "Our treasurer Jake failed his second year and has to resit lol",
])
def test_a_private_matter_of_an_identifiable_person(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Accused of plagiarism? Talk to Sarah from our advice team",
    "Students from 2nd year Law caught cheating will be reported",
    "Ben from 2nd year Law won the moot!",
    "Visa expiring? Our international advice team can help",
    "Cheating in exams is academic misconduct - Dr Lee from Law explains the procedure",
    "Our treasurer Jake passed his driving test!",
    "Names on the whiteboard are the quiz teams 😂",
])
def test_help_and_groups_and_other_news_stay_silent(engine, text):
    assert found(engine, text) == []


# -- fourth round: families of the fifth blind set's misses, from posts written for each family ------

@pytest.mark.parametrize("text,where", [
    ("yeah Sam's in Cartmel, block 4 room 12 😊 he's lovely, go knock!", "Cartmel, block 4 room 12"),
    ("label says Ellie Thornton, Flat 6 Grizedale — come grab it off the porters", "Flat 6"),
    ("the student who complained was Harry Jenkins, 2nd yr nursing, lives on Parkgate Rd.", "lives on Parkgate Rd"),
    ("if anyone wants a word with Jake, he's in Furness block 2, room 7 lol", "Furness block 2, room 7"),
    ("her room is flat 3 room 9 in Lonsdale if u want to leave a surprise 🎁", "flat 3 room 9 in Lonsdale"),
    ("Found Dan's wallet! he's at Nixon Court block B flat 4", "Nixon Court block B flat 4"),
    ("Connor Walsh lives on Westbourne Road, go say hi 😡", "lives on Westbourne Road"),
    ("that lad from the 2nds is staying in Pendle this term", "staying in Pendle"),
    ("hmu if u want Tom's room, he's in flat 8 room 3 grizedale", "flat 8 room 3 grizedale"),
    ("my cousin is in block C room 214, Nixon Court if you want to surprise her", "block C room 214, Nixon Court"),
])
def test_where_a_particular_person_lives_or_can_be_found(engine, text, where):
    # the words found hold the place (a name with the room may be found with it: personal-data.named-room)
    assert any(where in words for words in found(engine, text))


@pytest.mark.parametrize("text", [
    "Meeting in Bowland Main room 12 at 6", "Tom is running the session in County South room 2",
    "I'm in Cartmel block 4, come say hi", "Flat 6 Grizedale party tonight!!", "He lives in County Durham",
    "Sam lives for the weekend", "She's living in Grizedale bar lately lol", "Room 12 in Cartmel is available to book",
    "Dr Smith's office hours: County South, room C45", "we live on Parkgate Rd, come round for pres",
    "Tom scored twice, Furness 3-1 Pendle", "Lonsdale block 4 kitchen is flooded again, maintenance on the way",
])
def test_rooms_venues_and_ones_own_home_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,expected", [
    ("pasting the meds list: Liam - nut allergy (epipen in his bag), Sarah - type 1 diabetic, Kofi - on sertraline",
     ["Liam - nut allergy", "Sarah - type 1 diabetic", "Kofi - on sertraline"]),
    ("Congrats to Aimee in the advice centre who's expecting TWINS 👶👶", ["Aimee in the advice centre who's expecting TWINS"]),
    ("heads up for the trip: Ellie is epileptic and Josh has really bad asthma",
     ["Ellie is epileptic", "Josh has really bad asthma"]),
    ("Chloe: PTSD, Ben: OCD, Amira: bipolar - pls bear in mind on the trip", ["Chloe: PTSD", "Ben: OCD", "Amira: bipolar"]),
    ("Dr Patel in Physics is pregnant!! due in May apparently 🤫", ["Dr Patel in Physics is pregnant"]),
    ("Hi Ollie, as your GP letter says the anxiety meds are now working I've declined the extension",
     ["your GP letter"]),
])
def test_health_of_a_named_person_or_of_each_person_on_a_list(engine, text, expected):
    assert all(e in found(engine, text) for e in expected)


@pytest.mark.parametrize("text", [
    "Diabetes is on the rise among students", "Living with anxiety? Our support group meets Tuesdays",
    "Type 1 diabetic students can register with the disability service", "Sarah is on the committee",
    "Allergies: please tell us in the sign-up form", "Sertraline side effects talk by Dr Jones next week",
    "Jess is on the mend after the marathon!", "Bring your GP letter if you need extra time for exams",
    "Thursday got me feeling like a new person", "Azkaban : Me Human", "Vegas Has Me Now",
])
def test_health_words_without_a_named_person_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Jess from hockey's texts to her ex 😭😭 absolutely unhinged [screenshot]", "Jess from hockey's texts"),
    ("mods pls don't share but here's a screenshot of what Tasha posted in the welfare chat",
     "screenshot of what Tasha posted"),
    ("pres's nudes are doing the rounds in the lads gc 😭😭 ask for the link", "pres's nudes"),
    ("forwarding the screenshot of jake's disciplinary letter from the uni", "jake's disciplinary letter"),
    ("lmaooo look at Ollie's tinder messages 💀💀", "Ollie's tinder messages"),
    ("leaked: our treasurer's payslip 👀", "our treasurer's payslip"),
    ("the student who complained about the bar staff was Harry Jenkins, 2nd yr nursing", "Harry Jenkins"),
    ("it was Megan who reported him lol", "Megan"),
    ("the complaint came from Priya Shah btw", "Priya Shah"),
])
def test_someones_private_messages_letters_and_complaints(engine, text, expected):
    assert expected in found(engine, text)


@pytest.mark.parametrize("text", [
    "Check your DMs for the ticket link!", "Today's messages are in the group chat", "The union's emails are down, sorry",
    "Never share anyone's nudes - it's a crime", "Screenshot of what the SU said about the ball is below",
    "Tom's texts are always so funny", "Read Sarah's blog post on the Erasmus trip here",
    "The student who complained was given a full response within 10 days",
    "Complaints are handled by the Student Voice team",
])
def test_messages_and_complaints_without_a_person_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Congrats to Dan Okafor whose visa finally came through 🙌 BRP no. ZX1234567, no more Home Office stress!",
     "ZX1234567"),
    ("her passport number is 123456789 if you need it for the booking", "123456789"),
    ("share code: W4X 7YB 3KQ", "W4X 7YB 3KQ"),
    ("committee gc: here's everyone's emergency contacts from the freshers sign up sheet",
     "everyone's emergency contacts"),
    ("full list with everyone's weight and BMI is in the pinned doc, no hiding now", "everyone's weight and BMI"),
    ("forwarding all the freshers' phone numbers to the Loughborough lads 👍", "all the freshers' phone numbers"),
    ("not me accidentally screenshotting the redundancy list on the SLT teams chat lmaooo", "redundancy list"),
    ("Send your bank card number + 3 digits on the back to our insta DMs", "3 digits on the back"),
    ("dm us ur card details and expiry date to secure your ball ticket!!", "expiry date"),
    ("Just reply to this post with your name, student ID, home address and date of birth", "date of birth"),
    ("[pic of Maisie spark out on the sofa at Soar Point] she's gonna kill us lol", "pic of Maisie spark out"),
    ("video of our pres throwing up outside Sugar 😂", "video of our pres throwing up"),
    ("filmed Ben in his boxers running through Alex Square", "filmed Ben in his boxers"),
])
def test_documents_group_records_card_asks_and_compromising_pictures(engine, text, expected):
    assert expected in found(engine, text)


@pytest.mark.parametrize("text", [
    "Bring your passport or BRP to the welcome desk", "Passport photos £5 at the print shop",
    "Thanks for everyone's patience with the delays", "Everyone's favourite night is back!",
    "The redundancy consultation closes on Friday",
    "We will never ask for your card number or CVV by DM - it's a scam", "Pay by card at the SU shop",
    "Reply to this post with your favourite film!", "pic of the sunset over the lake",
    "Caught the last train home, absolutely hammered lol",
    "Photos of the pub crawl: everyone who agreed is tagged, message us to remove any",
])
def test_document_card_and_photo_look_alikes_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Need support? Student Based Services: call 01524 592111 or email sbs@lancaster.ac.uk",
    "Applications for our MSc Data Science close 31 Jan. Questions? Email ds-admissions@lancaster.ac.uk",
    "Careers and Employability Service (CES) drop-ins: ces@lancaster.ac.uk",
    "Stay Pure Email us at purehtx@Gmail.com for more information",
    "hit me up toneaddictmusic@gmail.com", "seeing what you want @ Alice@97.3",
])
def test_a_service_mailbox_named_by_its_initials_or_a_business_mailbox_is_no_persons(engine, text):
    assert found(engine, text) == []


def test_initials_of_a_persons_name_are_no_service():
    assert not is_role_mailbox("js", ())
    from thinktwice.detectors.personal import service_acronyms
    from thinktwice.text import Text
    acronyms = service_acronyms(Text("Email John Smith or Student Based Services"), ("student", "services"))
    assert "sbs" in acronyms and "js" not in acronyms


@pytest.mark.parametrize("text,expected", [
    ("Jake's gay btw, he hasn't told his parents yet 🤫", "Jake's gay"),
    ("Sam got kicked out of halls for rent arrears", "Sam got kicked out of halls"),
    ("Tom's visa runs out in May so he can't do the summer job", "Tom's visa runs out"),
    ("Ben's in A&E after the social, stomach pumped 😬", "Ben's in A&E"),
    ("Liam got arrested last night lol", "Liam got arrested"),
])
def test_a_private_matter_right_after_a_first_name(engine, text, expected):
    assert expected in found(engine, text)


@pytest.mark.parametrize("text", [
    "Trans rights are human rights", "Gay Soc social on Friday!", "Sam's bi-weekly quiz is back",
    "Visa expired? Talk to our advice team",
    "Pride month: Jake came out to us on stage and we're so proud - he asked us to share",
])
def test_campaigns_societies_and_news_told_with_consent_stay_silent(engine, text):
    assert found(engine, text) == []


# -- fifth round: families the sixth blind set missed, in posts written for each family ----------------

@pytest.mark.parametrize("text", [
    "he's at 41 bowerham rd if anyone can drop his kit round",
    "she lives at 12 moor lane now so post goes there",
    "jack's new address is 7 dale st btw",
    "my flatmate's staying at 3 sulyard street till friday",
    "they're at 9a regent street if you want to knock",
    "post for her goes to 16 westbourne road now",
    "he's staying at 19 bulk road over summer",
    "his place is 27 king street above the chippy",
])
def test_a_home_street_written_in_lower_case_after_a_person(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "meet at 12 high st for the quiz tonight", "my house is 10 mins from the park lol",
    "he's at 2 lectures on the trot then the gym", "i live like 5 doors down from the road works",
    "he ran 3 miles round the park this morning", "home game at 3 on park road vs leeds",
    "we're at 28 sun street tonight, doors 8pm",
])
def test_numbers_before_common_words_are_no_street(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "can someone give jack a lift, his knee's still wrecked from the op & he's on the strong painkillers",
    "our captain's on crutches for six weeks after the op",
    "she's on antibiotics again so she's missing training",
    "my housemate's in a cast after falling down the stairs at sugar",
    "she's got stitches in her head after saturday, be nice",
    "Welcome back to Ellie after maternity leave 💙 it's been rough with the gestational diabetes so go easy on her",
    "go easy on our treasurer this week, his bipolar meds are being changed",
    "Sam from the bar team is off again, it's her endometriosis flaring up",
])
def test_treatment_injuries_and_conditions_said_of_someone(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "I'm on antibiotics so no drinking for me this week", "free physio sessions for all club members this term",
    "her op-ed in the Guardian is worth a read", "his photo op with the mayor went well",
    "paracetamol and painkillers are available at the SU shop", "Diabetes awareness week: her story inspired us all",
    "her new book on depression is out today", "He gave a talk on living with ADHD last night",
])
def test_health_words_about_no_one_or_about_a_work_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "pics from the 3am fire drill 😂 look at the state of the lad in his boxers 📸",
    "video from last night 🤮 our treasurer absolutely hammered on the dancefloor",
    "📸 the state of her at 2am, spark out on the stairs",
    "filmed this at the ball, my flatmate crying over her ex 😭",
    "photos from the ski trip, him on the toilet is my fave 😂",
    "look who fell asleep in the lecture 😂📸",
])
def test_a_picture_and_a_person_in_a_state_anywhere_in_the_caption(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "caught the last train home absolutely hammered lol 📸 view from the window",
    "pic of my cat asleep on the radiator 😍", "look at the state of the kitchen 📸 who did this",
    "photos from graduation had me crying all day 😭",
    "photos from the ball are up, everyone pictured opted in - the lad asleep on the bus too 📸",
])
def test_pictures_of_oneself_pets_and_rooms_or_with_consent_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "had a student in whose visa runs out next month and has nowhere to live - Tomasz, 2nd year nursing - if anyone knows of a room pls shout",
    "Tomasz (2nd year nursing) got his visa refused, anyone know a good immigration lawyer?",
    "got evicted last week - Hannah, 3rd year history - if anyone has a sofa",
    "caught cheating in the chem exam: Ollie, first year chemistry",
    "Priya, final year law, is on academic probation lol",
])
def test_a_private_matter_and_a_name_with_year_and_course(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Visa expired? Talk to our advice team, anyone can drop in", "Tomasz, 2nd year nursing, won the placement award!",
    "had a student in today whose visa runs out, if anyone knows a good lawyer pls shout",
])
def test_no_name_or_no_private_matter_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "omg our treasurer got arrested at the weekend 😳",
    "my flatmate got evicted lol",
    "@jamie_k got kicked out of halls apparently",
    "lads, clip of dan face down in the kebab shop 😂",
    "caught @jamie_k asleep in the library again 📸",
    "the new fresher in our flat, jess, has really bad anxiety and takes sertraline so be nice",
])
def test_people_named_by_role_handle_or_in_lower_case(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "our treasurer got the accounts signed off 🎉", "video of dogs sleeping in the sun", "@jamie_k got the job!!",
])
def test_roles_handles_and_pictures_without_a_private_state_stay_silent(engine, text):
    assert found(engine, text) == []


# -- seventh round, precision: roles, organisations, permission and safe handling are not personal data --

@pytest.mark.parametrize("text", [
    "for a comment please email ceo@chestersu.com", "Questions about the review? Write to vc@lancaster.ac.uk",
    "complaints go to the director at director@lancastersu.co.uk", "Contact head.of.comms@leicesterunion.com for interviews",
    "you can email principal@collegeoffice.ac.uk or registrar@lancaster.ac.uk", "send invoices to the CFO: cfo@chestersu.com",
])
def test_a_chief_officers_mailbox_is_a_role_not_a_person(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "email our CEO directly on her own address sarah.jones82@gmail.com",
    "the director's personal email is markt1985@hotmail.com if you want to moan", "dm the VC at tom.harris@gmail.com lol",
    "cfo is davidr@hotmail.co.uk", "our manager's email: kellyanne.b@outlook.com",
])
def test_a_chief_officers_own_address_is_still_personal(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "📸 Varsity photos by @chester.sportsphoto — used with thanks and permission! Tag yourselves",
    "Pics from the ball, with kind permission of Lancs Photo Co - find yourselves!",
    "photo dump from graduation, reposted with permission 🎓 tag your mates",
    "Gallery is up (shared with their permission) — tag yourselves!",
    "Freshers pics taken with everyone's consent, go find yourselves 🥳",
])
def test_photos_credited_with_permission_in_any_words_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Varsity photos are up! tag yourselves 🏆", "pics from the social, posted without permission lol, tag yourselves",
    "photo dump from last night - go find yourselves 😂", "Ball photos on the page now, tag your friends!",
    "all the pics from the formal are up, find yourselves, nobody asked permission lol",
])
def test_photos_of_people_without_permission_still_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Lancaster University: applications for the Student Hardship Fund are now open",
    "Leicester College students can now apply to the hardship fund",
    "Chester Council has a visa application drop-in on Friday", "Citizens Advice: help with rent arrears every Tuesday",
    "Lancaster Nightline volunteers can talk about eviction worries too",
])
def test_an_organisations_name_is_no_person_with_a_private_matter(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "Amir Haddad's disciplinary hearing got adjourned again", "Still haven't paid subs: Josh Mensah, Kat Rowe",
    "Jess Unwin has applied to the hardship fund, bless her", "Tom Hall got arrested last night lol",
    "Priya Bank is in debt again 🙄",
])
def test_a_persons_name_with_a_private_matter_still_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "can you send me the marks spreadsheet via Teams rather than WhatsApp pls? don't want student data sat on my phone 👍",
    "pls share the resit list securely, not over whatsapp",
    "send the welfare log through the secure folder instead of emailing it round",
    "can you password protect the exam results list before sending?",
    "forward the mit circs list by OneDrive rather than email please",
])
def test_asking_for_a_private_list_to_travel_safely_protects_it(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "leaked marks spreadsheet is doing the rounds 👀", "not me screenshotting the redundancy list into the group chat lmao",
    "sending the resit list round the whole team 😭", "here's the salary list, look at what the CEO gets",
    "forwarded the welfare log to my flatmates 💀",
])
def test_a_private_list_passed_on_still_warns(engine, text):
    assert found(engine, text)


# -- sixth detection round: people singled out without a full name, pictures people refused, lists of
# where people live, plates and handles, cases against a named person (posts written for each family) --

def rule_ids(engine, text: str, context: dict | None = None) -> set[str]:
    answer = engine.check({"text": text, "action": "post", "context": context or CONTEXT})
    return {w["rule"] for w in answer["warnings"] if w["category"] == "personal-data"
            and w["severity"] in ("caution", "warning")}


@pytest.mark.parametrize("text", [
    "heads up, our kit sec is off on stress leave till Easter so ask me instead",
    "the lad from 3rd floor Fylde who's been in rehab is back lol",
    "one of our volunteers just found out her visa got refused, gutted for her",
    "pretty sure the girl on the rowing team is pregnant 👀",
    "which sabb got a written warning last week?? spill",
    "a 2nd year in my seminar has been sectioned, it's so sad",
    "congrats to Priya our events officer who's expecting twins in May!! she didn't want a fuss so shh 🤫",
    "tbh Jade from the netball committee has been off for weeks with her eating disorder",
    "the girl who works the bar on fridays told me she's had a miscarriage, be nice to her",
    "Megan on our committee has been having panic attacks since the AGM",
])
def test_a_private_matter_of_someone_singled_out_by_post_course_or_group(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "our treasurer is off on annual leave next week, email the president instead",
    "Pregnant? Our advice team can help with funding and extensions",
    "congrats to the girl from the rowing team who won the regatta!",
    "Struggling with debt? Talk to the advice team on reception",
    "our social sec came out on top in the pub quiz 🏆",
    "our treasurer signed off the budget and posted a breakdown of costs",
    "our treasurer cleared the society's debt and sorted the visa letters for the tour",
    "Interview: our welfare officer talks openly about her own anxiety and how she got help",
    "Academic misconduct on the course is covered by the university's procedure",
    "our president is under investigation, says CNN",
])
def test_singled_out_people_without_a_private_matter_or_in_general_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "📸 pics from last night's social are UP!! tagged everyone, even the ones who said no pics lol you can't hide 😂",
    "posting this one of Lily passed out whether she likes it or not 😂",
    "she said delete it but it's too funny not to share 💀 #socialsecretary",
    "we didn't ask permission but here's every face from the protest, tagged where we could",
    "ignore her asking me to take it down, this pic of Becca is staying up 😂",
    "video's up from the ball, Sam begged us not to post it lol",
])
def test_a_picture_of_people_who_said_no_or_were_never_asked(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "pics from last night's social are up 📸 if you'd like one taken down just DM us and we'll remove it",
    "ask before you tag! we only post photos of people who've said yes to being in them 📸",
    "Never post photos of people without their consent",
    "me and the girls at the ball last night 📸 everyone said yes to this one don't worry",
    "Darin didn't want to be in the picture so he took himself out",
])
def test_pictures_with_consent_or_advice_about_consent_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "🧵 thread: names + home addresses of the people running the campus encampment. you know what to do",
    "here's a list of everyone who voted against the motion and where they live. make sure they hear from you",
    "compiled the names and halls of every scab who crossed the picket line, thread below 🧵",
    "leaked the committee's home addresses in the group chat, do what you want with them",
    "comment ur whatsapp number + which college ur in and we'll add u to the freshers chat 🤝",
    "drop ur snapchat + flat number below and we'll add u to the group 🫶",
    "comment your instagram and which halls ur in and we'll come find you 😈",
])
def test_gathering_or_publishing_where_people_can_be_found(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Here's a list of all the halls with laundry rooms", "list of everyone who helped at freshers - thank you all!",
    "join the freshers group chat via the link in our bio 🤝 no personal details needed",
    "Please update everyone's contact details on the sign-up sheet securely",
    "thread of our committee for 2026/27 🧵 president: Amy, treasurer: Raj, social sec: Lou!",
])
def test_lists_without_where_people_live_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,plate", [
    ("whoever keeps parking in the disabled bay, silver Corsa reg MA67 KTF, we know it's you", "MA67 KTF"),
    ("we've got your reg lk19 xnp and we know you're on Welford Rd", "lk19 xnp"),
    ("the girl who ran over my bike has a red fiat 500, plate YK21ABC", "YK21ABC"),
    ("black BMW BD51 SMR parked across the fire exit again, owner is in Cartmel", "BD51 SMR"),
])
def test_a_car_registration_beside_a_car_is_found(engine, text, plate):
    assert plate in found(engine, text)


@pytest.mark.parametrize("text", [
    "Parking permits: register your car reg online via the portal before 1 Oct",
    "Minibus MA67 KTF is booked for Saturday's away game", "SR20DET going into Brandon's E30 BMW",
    "Ford Fiesta for sale, reg AB12 CDE, one owner", "Water park fun @ H2OBX",
])
def test_plates_of_organisations_cars_for_sale_and_engine_codes_stay_silent(engine, text):
    assert "personal-data.vehicle-registration" not in rule_ids(engine, text)


@pytest.mark.parametrize("text", [
    "go and spam this guy's insta @jake.m.thompson99 he's the one who stole our banner",
    "emma's snapchat is emmaxo_2003 if anyone wants to tell her what they think of her",
    "her tiktok: @lilyyy.x — you know what to do",
])
def test_a_private_persons_account_given_out(engine, text):
    assert "personal-data.private-handle" in rule_ids(engine, text)


@pytest.mark.parametrize("text", [
    "follow our welfare account @LUSUWelfare for updates", "her insta is amazing",
    "Photos by Maya - give her a follow, her insta is @maya.shoots", "what's his snapchat?",
])
def test_accounts_given_to_follow_or_asked_for_stay_silent(engine, text):
    assert "personal-data.private-handle" not in rule_ids(engine, text)


CASE_RULES = {"personal-data.case-against-named", "personal-data.case-outcome-passed-on"}


@pytest.mark.parametrize("text", [
    "fyi the elections complaint against Jordan got upheld, board decided last night. keep it quiet till thurs",
    "the grievance against Sam Patel goes to a panel next week",
    "the bullying complaint against our captain Rhys was dismissed lol",
])
def test_a_case_against_a_named_person_and_where_it_stands(engine, text):
    # where the case's outcome is told ('was dismissed'), the outcome-passed-on rule may be the one that warns
    assert CASE_RULES & rule_ids(engine, text)


@pytest.mark.parametrize("text", [
    "How to make a complaint against a landlord: talk to our advice team", "the complaint against the SU was upheld",
    "Complaints against Ryanair are through the roof", "Allegations against Trump were dismissed by the judge",
])
def test_cases_against_organisations_or_public_figures_stay_silent(engine, text):
    assert not CASE_RULES & rule_ids(engine, text)


def test_mental_health_leave_said_of_someone_in_a_reply():
    engine = Engine.from_directory()
    answer = engine.check({"text": "she was disqualified because of an ongoing misconduct case and she's been off on "
                                   "mental health leave, can't really say more than that", "action": "reply",
                           "context": {"org": "lancaster-su", "role": "officer", "account": "official"},
                           "replying_to": "why was the VP candidate disqualified?? no one's telling us anything"})
    assert any(w["category"] == "personal-data" for w in answer["warnings"])


@pytest.mark.parametrize("text", [
    "Zak from the football team got a caution from the police last night lol",
    "one of my PhD students has just been told her visa won't be renewed and she has to leave by March",
    "apparently the new social sec is bisexual, who knew 👀",
    "EXCLUSIVE: sabb officer under police investigation after incident at Sugarhouse, SCAN understands",
    "the treasurer's been caught shoplifting lmao",
    "the girl on reception was crying because her landlord is evicting her, so sad",
    "had to write a reference for a student in my tutorial group who got done for possession last term",
    "Sources say the VP Education has been suspended pending an investigation into a complaint from a member of staff",
    "The student you mention has a history of academic misconduct and is on their final warning.",
    "found out my course rep is on a hardship loan and can't afford food, crazy",
])
def test_crime_suspension_eviction_hardship_and_visas_of_someone_singled_out(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "our vice captain scored a hat-trick today!! ⚽⚽⚽", "Our Academic Misconduct policy has been updated for 2026/27.",
    "the new fresher from Grizedale won our bake-off, congrats!", "the girl on reception today was so lovely, thank you Amy!",
    "Our Welfare Officer writes about her own experience of depression in this week's blog, shared with her permission",
    "our course reps are running a drop-in on extensions and resits next week",
    "Anyone struggling with gambling can get free confidential support from the advice centre",
])
def test_people_singled_out_for_good_news_or_telling_their_own_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "uploaded the hot tub pics even tho half of you told me not to 😂 #sorrynotsorry",
    "tagged all the freshers from the bar crawl incl the ones who begged us not to 😂📸",
    "vid of jordan crying at the ball is going on our story whether he likes it or not",
])
def test_more_pictures_people_said_no_to(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "full list of who didn't pay their tour deposit + their numbers is in the gc, chase them",
    "spreadsheet of everyone who hasn't paid subs with their phone numbers is pinned below 👇",
    "reply with your room number and which block ur in and we'll deliver the hoodies 🚚",
    "put ur home address + postcode in the comments for the secret santa 🎅",
])
def test_more_lists_and_asks_of_where_people_are(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "the committee's addresses for post are on the website: send letters to the SU office",
    "spreadsheet of society budgets for 2026/27 is pinned below 👇", "drop your insta below and we'll follow back! 💜",
    "reply with your favourite snack and we'll stock it at the next meeting 🍫",
])
def test_the_organisations_own_addresses_and_harmless_asks_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "can't believe our kit sec got kicked out of halls for having a weed plant 😭",
    "whoever's in room 214 at Parkgate, your parents rang reception about your overdraft lol",
    "a final year in my department just got his asylum claim rejected, heartbreaking",
    "our sports editor's been sacked for gross misconduct, keep it on the downlow",
    "omg the fresher from the 3rd floor is pregnant and doesn't know who the dad is 💀",
    "tagging everyone from the pub golf even tho u said no 🙃 the people deserve to see",
    "list of all the students in my halls with their room numbers and instagrams is in the drive lol",
])
def test_a_fourth_batch_of_private_matters_pictures_and_lists(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Our kit sec has ordered the new hoodies, they arrive next week!",
    "Worried about stalking or harassment? Our advice team can help, confidentially.",
    "Room 214 at Parkgate is the quiet study room this term",
    "Eating Disorders Awareness Week: our captain is running 10k for Beat 💜",
    "pub golf pics are up 📸 anyone who doesn't want to be tagged, drop us a message",
    "list of all the halls with their opening times is on the website",
    "We're hiring: SCAN is looking for a new sports editor!",
    "congrats to the fresher from the 3rd floor who won the karaoke 🎤",
])
def test_a_fourth_batch_of_look_alikes_stays_silent(engine, text):
    assert found(engine, text) == []


# -- round seven: who is singled out, pictures put out to name people, asks and lists -----------------
# Posts written fresh for each family (not the blind set's), through the real engine.

@pytest.mark.parametrize("text", [
    "my housemate got told she's got endometriosis today and she's gutted, sending love x",
    "my ex has just been diagnosed with bipolar so that explains a LOT 🙄",
    "my old coursemate is on antidepressants now and honestly she's a different person",
    "our goalie is pregnant!!! she hasn't told the coach yet so shhh 🤫",
    "the lad in flat 4 has been on suicide watch since reading week, keep an eye out",
    "my flatmate has got OCD really bad and won't let anyone touch the kitchen lol",
    "my flatmate's just been diagnosed with epilepsy and she's too embarrassed to tell anyone",
    "the president of the chess soc got a police caution for that thing at the bar",
    "my mate from my seminar group is on a student visa that runs out in june",
    "our drummer has been self harming again, we're all really worried about him",
    "me lab partner is autistic btw, that's why he never looks at you",
])
def test_a_private_matter_of_someone_singled_out_by_how_the_writer_knows_them(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "my flatmate made the best lasagne tonight, 10/10 would recommend",
    "massive thanks to my housemate for looking after me when I had flu this week 🤒",
    "Our welfare officer is running a session on supporting a friend with an eating disorder, Weds 6pm",
    "our coach is off to the Commonwealth Games as physio for team England! 🏅",
    "members who haven't paid subs yet, please do so by friday or you won't be on the team sheet",
    "A much needed retail therapy day with my bestie!!",
    "I've just been diagnosed with ADHD at 24 and honestly it explains so much",
])
def test_relations_and_roles_without_a_private_matter_stay_silent(engine, text):
    assert found(engine, text) == []


def test_a_pronoun_in_a_reply_is_the_person_the_post_replied_about(engine):
    answer = engine.check({"text": "she's dealing with some mental health stuff atm, go easy on her x",
                           "replying_to": "has anyone heard from Ellie?", "action": "reply", "context": CONTEXT})
    assert any(w["category"] == "personal-data" for w in answer["warnings"])


@pytest.mark.parametrize("text", [
    "student came in crying bc her landlord is evicting her. her name's Chloe Wren, 2nd yr nursing",
    "a lad came in whose dad went to prison last week. it's the one with the ginger hair in 2nd yr engineering",
    "someone in my halls has been diagnosed with depression 😢 you'll know him, drives the blue van",
])
def test_a_private_matter_then_who_the_person_is_in_another_sentence(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Her name's Priya and she's our new VP Welfare! 👋",
    "Worried about being evicted? Talk to our advice team. Her name's Sarah and she's brilliant",
])
def test_a_name_given_without_a_private_matter_or_with_help_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "anyone recognise this lad? caught on CCTV nicking meal deals from the SU shop 📸",
    "do u know this girl? she smashed the glass door at the bar last night 📷 pic below",
    "who is this guy?? caught on our camera keying a car in the SU car park. share so we find him",
    "if anyone knows the lads in this photo tell them they're barred 🚫 they trashed the toilets",
    "recognise her? she's been stealing bikes from outside the library, security footage attached",
    "name and shame: this is the fresher who threw up on the dancefloor 🤮 tag him",
])
def test_a_picture_put_out_to_name_or_shame_someone(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Police have released CCTV of a man they want to speak to, call 101 if you recognise him",
    "who is this absolute legend?? 📸 goal of the season",
    "anyone seen this teddy? pic attached, lost at the ball",
    "CCTV is in operation in all SU venues for your safety",
])
def test_police_appeals_praise_and_lost_property_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "lmaooo someone's leaked the pics from Becca's snap story, the ones she didn't mean to post 👀 dm for link",
    "got hold of those pics Amy sent her ex lmao dm me",
    "initiation pics are UP 🍻 tagged everyone, even the ones who were sick in the bushes. no deleting allowed",
])
def test_private_pictures_passed_on_or_kept_up_against_people(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Never share private pics someone sent you. It's abuse and it's a crime: report it to us.",
    "pics from the ball are up, dm for link 📸", "she sent the pics from the social, dm for link",
])
def test_pictures_offered_round_that_are_nobodys_secret_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "welfare campaign survey!! drop your name, college and whether you've ever self-harmed in the comments",
    "quick poll for mental health week! comment your name and what meds you're on 💊",
    "tell us your name and whether you're out to your family in the replies!",
])
def test_a_special_category_detail_asked_in_public_with_names(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "comment your name and your fave snack below 🍫",
    "drop your name below for the mental health first aid course",
    "mental health survey: no names, use the anonymous form below",
])
def test_harmless_or_anonymous_asks_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "if you haven't paid subs yet: Tom B, Aisha K, Marcus L, Priya S. you know who you are 👀 pay up",
    "these still owe for the tour: Ellie R, Josh T and Niamh O'B. sort it",
])
def test_a_list_of_named_people_shamed(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "congrats to Tom B, Aisha K, Marcus L and Priya S on making the first team! 🎉",
    "if you haven't paid subs yet please do by Friday, you know who you are",
])
def test_named_lists_without_shame_and_unnamed_reminders_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "my bf's sister is having a termination on friday so I won't make the social xx",
    "the girl who sits next to me in stats has anorexia, you can literally see it",
    "he's on a final warning at work, that's why he won't come out on weekdays",
    "my flatie came out as trans last week and her parents have cut her off",
    "the new VP's husband left her for someone in the finance team 👀",
    "can't believe our bassist got done for drink driving last night 😬 gig's off",
    "a student told me today her visa's been refused. she's in my tutorial group on tuesdays",
])
def test_a_second_batch_of_private_matters_of_people_singled_out(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "who are these two? caught on the door cam pinching the charity box 😡 share!!",
    "recognise this bloke? he's been hanging round the women's toilets in the union, pic attached",
    "Jordan's leaked nudes are going round the football gc 💀",
    "anyone want the vid Kayla sent her bf? got it off his phone 😂",
    "you'll find him in room 12, Cartmel, if you want to tell him what you think of him",
])
def test_a_second_batch_of_pictures_and_whereabouts(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "my coursemate just got a first in her dissertation!! so proud 🎓",
    "our bassist has written a banger, new single out friday 🎸",
    "Who is this?? 😍 our new mascot has arrived 📸",
    "recognise anyone from the 2005 team photo? we'd love to get them back for the alumni dinner 📷",
    "Congrats to Sam W, Laila P, Ben H and Chris D, our new committee! 🎉",
    "If your visa's been refused, come and talk to our international advice team, we can help",
    "massive well done to our captain who ran the marathon for Mind 💙",
    "she's running a workshop on divorce and money",
])
def test_a_second_batch_of_look_alikes_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "my housemate's dad has just been sent down for fraud, she's in bits",
    "does anyone know who this is? he keeps taking the bikes from the Bowland racks, pic in comments",
    "found this on the SU toilets camera, absolute state of him. tag if u know him 😂",
])
def test_a_third_batch_sent_down_taken_and_shamed(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "does anyone know who this is? found this lovely dog wandering outside Bowland 🐶 pic in comments",
    "the lad on our corridor makes the best cheese toasties fr",
    "Thanks to Georgia H, Will T, Ama O and Rhys P for running the ball! 💜",
])
def test_a_third_batch_of_look_alikes_stays_silent(engine, text):
    assert found(engine, text) == []


# -- round seven (set i): homes named by a pronoun or a party, lost pregnancies, coming out ----------

@pytest.mark.parametrize("text", [
    "left her charger at hers - 12 Bowerham Road, LA1 4HT - can someone grab it",
    "we've left her bag at hers — 40 Hartopp Road, LE2 1WE",
    "knock at theirs if you need the kit: 7 Dale Street, LA1 3AP",
    "his phone's been found, dropped it back at his - 27 Greaves Rd, LA1 4UX",
    "Mo's afters are at his tonight!! 33 Scotforth Road, LA1 4SB 🥳",
    "birthday drinks round theirs first, 9 Bowerham Road LA1 4HT then town",
    "our VP's housewarming sat night, 2 Ullswater Road, LA1 3PW, bring a bottle",
    "treasurer's house party tonight 🎉 5 Prospect Street LA1 3BS",
])
def test_a_home_named_by_a_pronoun_or_a_party_there_is_a_home_address(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "quiz tonight at The Borough, 3 Dalton Square, LA1 1PP, bring your own team",
    "house party themed social at Sugar, 28 Sun Street, LA1 1EW",
    "his talk is at 3 Dalton Square, LA1 1PP at 6pm",
    "Social at The Borough tonight, 3 Dalton Square, LA1 1PP, fancy dress themed",
    "his gig is at The Yorkshire House, 2 Parliament Street, LA1 1DB",
])
def test_a_venue_beside_a_pronoun_or_a_party_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "please keep Priya from the finance team in your thoughts, she lost the baby on Sunday",
    "our social sec Ellie lost the baby at 12 weeks, please be gentle with her",
    "Priya from accounts is going through IVF, so cover her shifts",
    "Hannah from the rowing club has come out as gay, so happy for her!!",
    "Dan in my seminar group comes out as pan in his new vid lol",
    "Tom from 2nd year history has just come out as bi, love that for him",
])
def test_a_lost_pregnancy_or_coming_out_told_of_someone_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "results have come out as expected, Tom from stats is happy",
    "Jake from hockey came out as the top scorer this season",
    "the new timetable has come out as a pdf, Tom from the office sent it",
    "charity bake sale for the baby loss charity, run by our welfare team",
    "IVF awareness week: talk from Dr Patel in the medics society on fertility treatment",
])
def test_coming_out_top_or_baby_loss_awareness_stays_silent(engine, text):
    assert found(engine, text) == []


# -- round seven (set i): people listed by their ID numbers ------------------------------------------

@pytest.mark.parametrize("text", [
    "still owe subs: 38120044, 37991023 & 38200117 - pay up or no kit",
    "3 ppl haven't paid for the ball yet 👀 36120451, 37004412 and 38822910, you know who you are",
    "banned from socials for the rest of term: 38118200 / 37120991",
    "naming and shaming the no shows from saturday's shift: 36555120, 37008124",
    "u know who u are 38291044 and 38177520, your fines are due friday",
])
def test_people_listed_by_their_id_numbers_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "tickets 38291044 and 38177520 are still waiting to be collected",
    "raffle winners: 38291044, 38177520 - you know who you are!",
    "our followers went from 1200000 to 1300000 this year 🎉",
    "order numbers 38291044 and 38177520 owe nothing more, refund sent",
])
def test_ticket_order_and_follower_numbers_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round eight: discipline at work told of someone singled out by team or job -----------------------

@pytest.mark.parametrize("text", [
    "Gemma from payroll is on a final written warning after the overtime thing, keep it quiet",
    "so the new duty manager got let go after 3 weeks lmao",
    "apparently Rob in marketing has been put on a performance improvement plan 😬",
    "our old social sec got voted off the committee after that complaint, he's fuming",
    "the grievance against Priya in the print shop was upheld, she's being moved to nights",
    "Sam from the bars team got the sack for drinking on shift 🍺",
    "the new receptionist is suspended pending the investigation into the missing cash",
])
def test_discipline_at_work_told_of_someone_singled_out_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "Facing a disciplinary at work? Our advice team can come to the meeting with you",
    "just been promoted to duty manager 🥳 first shift as boss tomorrow",
    "our grievance procedure has changed: the new policy is on the staff intranet",
    "Gemma from payroll has been with us for 20 years today 🎉 thank you Gemma!",
    "went in to the SU office to ask about a written warning template for our society's constitution",
])
def test_work_procedures_and_own_news_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round eight: a named person's marks ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "coursework marks back: Aisha scored 38% and honestly deserved worse 💀",
    "Marcus only got a 2:2 on his dissertation after all that bragging",
    "highest mark on the module went to Oliver Grant, teacher's pet as always",
    "moderation done. Niamh flunked the stats module again",
    "bottom of the cohort is Ryan Hughes, not even close",
    "well done all on the mock... apart from Kieran who got 22 🙈",
    "who came bottom of the class in the resit? yep, Josh Reid, 31%",
    "exam marks so far: Lily Moss – 88%, Tariq Ali – 39%",
])
def test_a_named_persons_marks_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "I got 72 on my essay!!! first ever first 😭",
    "the average on the module was 61% this year, well done everyone",
    "Results day for finalists is 2 July – our advisers can help if things didn't go to plan",
    "Aisha got a third of the votes for module rep, so close!",
    "Marcus scored 3 goals on Saturday, what a man ⚽",
    "module feedback: Dr Sarah Jones with 91% satisfaction, best on the course 👏",
    "Zara Khan, 21, from Leeds won the poetry prize at the exam-season open mic",
])
def test_own_marks_averages_and_scores_at_sport_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round eight: people filmed where they go for help -------------------------------------------------

@pytest.mark.parametrize("text", [
    "insta live from the food pantry queue rn 📹 wave everyone!!",
    "pic of the health centre waiting room, rammed today 😷",
    "vlogging the hardship fund drop-in, loads of you turned up 🎥",
])
def test_filming_people_at_a_help_service_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "the food pantry is open Mon–Fri 10–4, no questions asked 💚",
    "going live from the careers fair 🎥 say hi to everyone at stand 4!",
    "photo of our advice team at the drop-in – everyone agreed to be pictured 📸",
])
def test_services_without_filming_people_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round eight: a sexuality told by whom someone is into, and being investigated at work ----------------

@pytest.mark.parametrize("text", [
    "wait so Ella from netball is into girls?? never would've guessed",
    "our new treasurer swings both ways apparently, he told my flatmate",
    "Chris in accommodation is on gardening leave while they investigate him",
])
def test_a_sexuality_or_an_investigation_told_of_someone_singled_out_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "I'm into guys, always have been 🏳️‍🌈 happy pride!",
    "Gardening Society: we're into growing our own veg this term 🌱",
])
def test_ones_own_sexuality_and_other_interests_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round eight: a picture put out to shame someone for a habit, and an organisation's birthday ----------

@pytest.mark.parametrize("text", [
    "this guy who keeps blocking the bike racks with his moped 📸 name and shame",
    "pic of the bloke parking in the disabled space outside the library every day, anyone recognise him?",
])
def test_a_picture_put_out_to_shame_someone_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "happy birthday to the SU, founded 14 March 1966 and still going strong 🎂",
    "Happy 60th birthday Lancaster SU, born 14/03/1966 🎉",
])
def test_an_organisations_birthday_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "well done Leo on getting a pass in the stats resit, 41% lol",
    "the guy from the bars team got caught with his hand in the till so they let him go",
])
def test_a_pass_mark_and_being_let_go_told_of_someone_warn(engine, text):
    assert found(engine, text)


# -- round nine: a birthday post's date, a name set against a street, tagging people in a state, ------
# -- marks listed by name, a post holder's health -----------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("HBD to our social sec Chloe 🥳 21 today!! born 02.11.2005 if u wanna send cards lol", "02.11.2005"),
    ("Happy birthday to the best captain ever 🎂🎂 Ruby, 5th December 2004 you will always be famous", "5th December 2004"),
    ("someone's 19 today!!! 🥳 Zain, 30/11/2007 - go and wish him a happy one", "30/11/2007"),
    ("Can't believe our treasurer is 20 years old. 2006-01-17. an icon", "2006-01-17"),
])
def test_a_birthday_posts_date_with_a_birth_year_is_a_date_of_birth_wherever_it_stands(engine, text, date):
    assert found(engine, text) == [date]


def test_a_birthday_party_on_a_day_still_to_come_is_no_date_of_birth(engine):
    party = (datetime.date.today() + datetime.timedelta(days=10)).strftime("%d/%m/%Y")
    assert found(engine, f"happy birthday Chloe!! 🥳 birthday drinks at the Sugarhouse on {party}") == []


@pytest.mark.parametrize("text", [
    "Happy 100th birthday to the Union building, opened 30/11/1926 🎉",
    "Today 15/04/1989 - we remember the 97",
    "my 21st today!! 30/11 and they gave me a 9am 😭",
])
def test_event_dates_an_openings_birthday_and_ones_own_day_without_a_year_stay_silent(engine, text):
    assert found(engine, text) == []


# -- round fourteen: dates of birth listed for several people, with no birthday word ---------------------

@pytest.mark.parametrize("text,dates", [
    ("Minibus form: Ellie P 12.06.03 Wrexham, Sophie K 29.01.04 Ellesmere Port, Jas M 07/09/2005 Hoole",
     ["12.06.03", "29.01.04", "07/09/2005"]),
    ("Insurance list - Harry Brown 03/11/2004, Megan Taylor 19/08/2005", ["03/11/2004", "19/08/2005"]),
    ("DOBs for the tour form: Harry 03/11/04, Megan 19.08.05", ["03/11/04", "19.08.05"]),
])
def test_people_listed_each_with_a_date_in_a_birth_year_are_dates_of_birth(engine, text, dates):
    assert found(engine, text) == dates


@pytest.mark.parametrize("text", [
    "Past winners: Bangor City 12.06.03, Wrexham Town 29.01.04",
    "Minutes approved: AGM 12.06.03, EGM 29.01.04",
    "Ellie P 12.06.03 is the only one on the sheet",
    "Founders: Ellie P (1998), Sophie K (2001)",
    "Tour dates: Sat 12.06.03 and Sun 13.06.03",
])
def test_one_dated_name_teams_meetings_and_days_are_no_list_of_births(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text,address", [
    ("lost: grey hoodie, name tag says Kieran Walsh, 22 Ashton Rd. DM if found", "22 Ashton Rd"),
    ("return to sender lol - Abi Cooper: flat 4, 9 Queen St", "flat 4, 9 Queen St"),
])
def test_a_full_name_set_against_a_street_address_is_where_someone_lives(engine, text, address):
    assert found(engine, text) == [address]


@pytest.mark.parametrize("text", [
    "Pre-season social at Dalton Rooms, 3 Dalton Square",
    "The Borough, 3 Dalton Square - quiz from 8",
    "Students' Union, 1 Bailrigg Lane - reception open 9-5",
])
def test_venues_set_against_a_street_are_not_peoples_homes(engine, text):
    assert found(engine, text) == []


def test_a_lettered_block_beside_a_named_persons_room_is_where_they_live(engine):
    assert found(engine, "Megan's in Bowland, B-block room 9 if anyone has her keys") == ["Bowland, B-block room 9"]


@pytest.mark.parametrize("text", [
    "the state of our freshers after the bar crawl 🤮 tag urselves lol",
    "who fell asleep in the taxi home? 😂 swipe to see if ur in it",
    "half the team passed out by 11, tag your mates 📸",
])
def test_people_asked_to_tag_themselves_in_a_state_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "ball pics are up 📸 everyone looked amazing, tag yourselves - message us to remove any",
    "throwback to the ball ✨ everyone looked stunning, tag yourselves",
])
def test_tagging_without_a_state_or_with_removal_offered_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "coursework marks back: T. Nguyen 71, B. Shah 66, F. Lowe 39 🙈",
    "mock exam top 3 - Ella W 91%, Jack P 88%, Sara K 85%",
])
def test_marks_listed_beside_names_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "exam done! our quiz team won 42-38 against Team Pendle though",
    "module average was 62% this year, the exam was tough",
])
def test_scores_and_averages_without_names_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "our bar manager's off with long-term sick, send good vibes",
    "the new dean has been signed off with stress already lol",
    "head of comms is in hospital after a fall, don't tell anyone yet",
])
def test_a_post_holders_health_is_personal_data(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "our CEO will chair the AGM on Thursday",
    "the CEO signed off the new budget today",
    "I'm off sick today so replies will be slow",
])
def test_a_post_holder_without_a_health_detail_stays_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "the tutor for PHIL101 is going through a divorce, explains the marking lol",
    "our new librarian just got divorced, be nice to him",
    "the girl from my seminar was in tears about her visa today",
])
def test_a_post_holders_or_singled_out_persons_private_matter_warns(engine, text):
    assert found(engine, text)


def test_a_place_checked_into_is_no_ones_home(engine):
    assert found(engine, "Golden hour @ Lake Windermere - 12 Bowness Bay View") == []


@pytest.mark.parametrize("text", [
    "anyone know the girl who passed out in the Sugar toilets? vid below 👇",
    "does anybody know the guy asleep on the library steps 📸 lmaooo",
])
def test_a_picture_of_someone_in_a_state_put_out_to_have_them_named_warns(engine, text):
    assert found(engine, text)


def test_pictures_everyone_signed_a_consent_form_for_are_not_flagged(engine):
    assert found(engine, "netball tour pics 📸 all signed the consent forms, tag yourselves!") == []


@pytest.mark.parametrize("text", [
    "lol look at this pic of my flatmate's passport, the face 😭",
    "found her BRP on the bus, here's a photo so she can claim it",
])
def test_a_picture_of_someones_identity_document_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "No photo ID, no entry: bring your passport or driving licence to the ball",
    "Passport photo booth is back in Alex Square 📸",
])
def test_identity_documents_asked_for_in_general_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "the customer who threw a pint at the bar staff is banned from the bar, it's the ginger lad from Lonsdale",
    "the postdoc in our lab has been suspended pending an investigation, no one knows why",
])
def test_a_customer_or_researcher_pointed_at_with_a_private_matter_warns(engine, text):
    assert found(engine, text)


def test_a_ban_from_a_website_is_no_private_matter(engine):
    assert found(engine, "he got banned from twitter again lol") == []


# -- round 10: people singled out without a name, and the families of their private matters ---------

def reply_found(engine, text: str, replying_to: str, role="officer", account="personal") -> list[str]:
    """The words of every personal-data warning at caution or warning on a reply."""
    answer = engine.check({"text": text, "action": "reply", "replying_to": replying_to,
                           "context": {**CONTEXT, "role": role, "account": account}})
    return [s["text"] for w in answer["warnings"] if w["category"] == "personal-data"
            and w["severity"] in ("caution", "warning") for s in w["spans"]]


@pytest.mark.parametrize("text", [
    "bumped into one of our student reps at the antenatal clinic today, had NO idea she was pregnant",
    "not naming names but a certain sabbatical officer has been signed off with depression again",
    "a member of the exec has just come out as gay to the whole committee",
    "Our new PhD student Tomasz has just had his visa refused. His hearing is in Jan if anyone can help",
    "found out our old president is on antidepressants, explains a lot",
    "One of our international students has been told by the Home Office he's got 14 days to leave the country",
])
def test_a_person_singled_out_by_their_group_or_a_hint_with_a_private_matter_warns(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "one of our student reps won the volunteering award tonight!",
    "a member of the exec organised the whole refreshers fair, thank you!",
    "Our PhD student Amira has won the best poster prize at the conference",
    "Pregnant or a student parent? The antenatal clinic on campus is open Tuesdays, if you need it pop in",
    "Anyone who's been told by the Home Office to leave the country can get free advice from our team",
])
def test_groups_hints_and_services_without_a_private_matter_of_someone_stay_silent(engine, text):
    assert found(engine, text) == []


@pytest.mark.parametrize("text", [
    "congrats to our treasurer Dev for finally passing his resits, scraped a 41 lol",
    "Shoutout to Becky on reception who's back with us after a really tough pregnancy",
    "Sending love to our captain Ellie, who's off on maternity leave from Monday",
])
def test_resits_and_pregnancy_told_of_someone_warn(engine, text):
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "congrats to everyone who passed their resits this summer 🎉",
    "We're hiring: maternity cover for our marketing coordinator, 12 months",
])
def test_resits_and_maternity_in_general_stay_silent(engine, text):
    assert found(engine, text) == []


def test_a_private_matter_a_few_words_after_a_pronoun_warns(engine):
    assert reply_found(engine, "yeah she's on a student visa that runs out in June, so she can't take it",
                       "why did Leah drop out of the Erasmus scheme?")


def test_a_handle_with_a_private_matter_warns_and_without_one_is_silent(engine):
    assert found(engine, "lmao @jordan_w ur literally the one who got kicked out of halls for the fire alarm") == ["@jordan_w"]
    assert found(engine, "@jordan_w congrats on the new job, you deserve it") == []
    assert found(engine, "@jess.r good luck with your resits tomorrow!! you've got this") == []


def test_a_list_of_who_has_not_paid_with_initials_for_surnames_warns(engine):
    assert "Josh T" in found(engine, "subs are overdue and these ones still havent paid: Josh T, Kieran, Freddie M.")


def test_photos_posted_without_time_to_ask_people_warn_and_an_offer_to_remove_is_silent(engine):
    assert found(engine, "uploading the full 400-photo album now 🥳 didn't have time to ask everyone but tag ur mates!!")
    assert found(engine, "Photos from the ball are up! Didn't get a chance to ask everyone so message us "
                         "and we'll remove any") == []


def test_a_sheet_with_its_columns_of_people_warns_and_other_columns_are_silent(engine):
    assert found(engine, "Fees spreadsheet attached 📎 columns are name / email / phone / paid y-n / dietary & medical")
    assert found(engine, "Budget sheet attached, columns are date / venue / cost / paid") == []


def test_a_name_answering_who_reported_warns_and_a_day_does_not(engine):
    asked = "does anyone actually know who reported the rugby social?"
    assert reply_found(engine, "it was Maya Okafor from the netball committee, 2nd year psych", asked) == ["Maya Okafor"]
    assert reply_found(engine, "It was Tuesday I think, after the match", asked) == []


@pytest.mark.parametrize("text", [
    "Our research fellow Dr Osei had a miscarriage over the weekend, please be gentle with her this week",
    "turns out the guy who runs the film soc is on probation for assault",
    "Feel so bad for one of the bar staff, her partner got deported last week and she's on her own now",
    "Our events coordinator Liam is finally out of hospital after the crash",
    "here's everyone from karaoke butchering Mr Brightside 😂 full video, no one knows I filmed it",
])
def test_people_words_and_groups_are_not_mistaken_for_research_works_or_consent(engine, text):
    # 'research fellow', 'the film soc', 'on her own' once silenced these as research, a film, or her own story
    assert found(engine, text)


@pytest.mark.parametrize("text", [
    "New research on miscarriage and how partners cope, read the paper here",
    "her new film on depression is out today",
    "I've been open about my own depression for years, her own story helped me",
])
def test_research_works_and_own_stories_stay_silent(engine, text):
    assert found(engine, text) == []


def test_people_put_up_in_pictures_to_be_rated_warn_and_rating_without_pictures_is_silent(engine):
    assert found(engine, "rate the freshers 1-10 based on these pics 🔥 drop ur scores in the comments")
    assert found(engine, "rate the freshers' fair stalls 1-10 in the comments!") == []


# -- round 11: a group's sensitive details passed on, a person named by the post they hold, a service
# user's case told, a picture refused or unblurred, a list of names picked out by a private matter ------
from helpers import staff_categories  # noqa: E402


@pytest.mark.parametrize("text, org, role, account", [
    ("Here's the squad sheet with everyone's injuries and meds for the tour, have a look", "lancaster-su", "volunteer", "official"),
    ("Sending round the list of students on the placement and their diagnoses so mentors know", "lancaster-university", "staff", "personal"),
    ("Had a student in today who's being stalked by her housemate. She's the netball captain", "lancaster-su", "staff", "personal"),
    ("rough shift, one of the other trustees is going through a divorce and kept crying in the meeting", "lancaster-su", "trustee", "personal"),
    ("photos from the social are up, Amy really didn't want these posted but too bad 😂", "leicester-su", "volunteer", "official"),
    ("still of the fresher who smashed the window, unblurred, you know who you are", "lancaster-su", "volunteer", "official"),
    ("Here's a list of everyone who still owes us money for the tour", "chester-su", "volunteer", "official"),
    ("for the ski trip I need everyone's passport number and date of birth, drop them in the gc", "lancaster-su", "volunteer", "official"),
])
def test_round11_personal_data_mechanisms(engine, text, org, role, account):
    assert "personal-data" in staff_categories(engine, text, org=org, role=role, account=account)


@pytest.mark.parametrize("text, org", [
    ("Please don't share everyone's medical info in the group chat, send it to the welfare officer securely", "lancaster-su"),
    ("Thanks for everyone's kind messages after my diagnosis, back at work Monday", "lancaster-su"),
    ("Congrats to our new netball captain! She's the best 💙", "lancaster-su"),
    ("Here's a list of everyone who volunteered at Freshers — thank you all!", "chester-su"),
    ("If a student comes in to report stalking, our advice team can support them", "lancaster-su"),
    ("CCTV is in operation in the SU building for your safety", "lancaster-su"),
])
def test_round11_personal_data_mechanisms_not_for_own_or_general(engine, text, org):
    assert "personal-data" not in staff_categories(engine, text, org=org)


@pytest.mark.parametrize("text, org, account", [
    ("Please message this page your student ID and details of any disability so we can plan the trip", "lancaster-university", "official"),
    ("screenshotting the messages our social sec sent me at 3am, absolute state 😂", "lancaster-su", "personal"),
    ("Everyone's been asking about Rob from the rugby team: his wife left him and he's not coping", "lancaster-su", "personal"),
])
def test_round11_sensitive_asks_screenshots_and_breakups(engine, text, org, account):
    assert "personal-data" in staff_categories(engine, text, org=org, account=account)


@pytest.mark.parametrize("text, org", [
    ("If you have a disability, email the Disability Service through the portal, not this page", "lancaster-university"),
    ("Never screenshot the committee chat, it's for the committee only", "lancaster-su"),
    ("Take a screenshot of your ticket and show it at the door", "lancaster-su"),
])
def test_round11_sensitive_asks_screenshots_not_for_advice(engine, text, org):
    assert "personal-data" not in staff_categories(engine, text, org=org)


# -- round 12: an ID labelled by candidate or registration; a private matter named vaguely; one's matter passed round ---

@pytest.mark.parametrize("text, org", [
    ("Whoever candidate 38120457 is, you left your calculator in the exam hall", "lancaster-university"),
    ("Lost lanyard: Tom Price, reg no. 331904877, pick up from reception", "leicester-su"),
    ("Results sheet below: names, candidate numbers and classifications for the whole cohort", "lancaster-university"),
    ("our secretary's immigration stuff is dragging on so she can't come on tour", "lancaster-su"),
    ("our captain is on a ventilator after the crash, keep her in your thoughts", "chester-su"),
    ("Priya from the netball team mentioned you're in rehab, we've let the rest of the squad know", "lancaster-su"),
])
def test_round12_ids_vague_private_matters_and_matters_passed_round_are_personal_data(engine, text, org):
    assert "personal-data" in staff_categories(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text, org", [
    ("Candidate registration for the SU elections closes Friday at 5pm", "lancaster-su"),
    ("The visa advice team can help if your visa runs out, drop in any time", "lancaster-su"),
    ("If you're pregnant or a parent, let the rest of the group know and we'll plan round you", "lancaster-su"),
    ("let everyone know you're coming to the social on Friday!", "leicester-su"),
    ("Our degree classifications guide explains how your final mark is worked out", "lancaster-university"),
])
def test_round12_not_personal_data(engine, text, org):
    assert "personal-data" not in staff_categories(engine, text, org=org, role="volunteer", account="official")


@pytest.mark.parametrize("text, expected", [
    # the person pictured asked for it to go up
    ("Happy birthday Sam 🎉 he told me to post the worst pic of him from freshers so here it is", False),
    ("Congrats Amy on the 10k! she said I could post the sweaty finish-line pic 🏃", False),
    # no sign they know
    ("Happy birthday Sam 🎉 here's the worst pic of him from freshers, he doesn't know I have it 😂", True),
])
def test_round_twelve_n_a_photo_its_subject_asked_to_be_posted(engine, text, expected):
    assert bool(found(engine, text)) is expected


# -- round 13: a tagged person in a private state, a group's data in bulk, a person's contact offered ---------

@pytest.mark.parametrize("text, org, expected", [
    ("omg @liv.h spark out on the library sofa again 😂 someone wake her", "lancaster-su", True),
    ("2am in the kebab shop, absolutely paralytic @mo_r @jess.t", "leicester-su", True),
    ("Screenshot of the squad group chat below, numbers and all 😂 see who's been slating the coach", "chester-su", True),
    ("anyone want Sam's home address? he still owes me for the tour", "lancaster-su", True),
    # laughter, the writer's own state, a club's own handle, a business's number, a group chat to join
    ("@ella.m crying at your costume 😭😭", "lancaster-su", False),
    ("I was absolutely hammered @kieran_b, sorry for the voice notes", "lancaster-su", False),
    ("Join the members WhatsApp for all the latest details, link in bio 👇", "leicester-su", False),
    ("DM me if you want Domino's number, they do student discount", "lancaster-su", False),
])
def test_round13_tagged_state_bulk_contact(engine, text, org, expected):
    assert ("personal-data" in staff_categories(engine, text, org=org, role="volunteer", account="official")) is expected


@pytest.mark.parametrize("text, expected", [
    ("Resit marks are in: Callum Reid (38), Amy Shaw (44) — see me in office hours", True),
    ("coursework back, shoutout to Mia (81) and Dan (79) for carrying the group 🙌", True),
    # one name with an age, a phone extension, averages in brackets
    ("Revision tips from our exam buddy Jess Cole (20): short sessions, lots of water", False),
    ("Questions about your module? Email Dr Ravi Shah (ext 2210) or drop in", False),
    ("Marks this year (avg 63%) were higher than last year (avg 60%)", False),
])
def test_round13_names_with_marks(engine, text, expected):
    assert ("personal-data" in staff_categories(engine, text, org="lancaster-university")) is expected
