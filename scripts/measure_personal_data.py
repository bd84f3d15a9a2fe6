#!/usr/bin/env python3
"""Measure personal-data detection on generated UK posts (Faker en_GB) and look-alikes.

    python scripts/measure_personal_data.py [--seed N] [--per-kind N] [--lookalikes N] [--show N]

For each kind of personal data (mobile, landline, a person's email, home address, date of birth,
student ID, NI number, card, bank details, IBAN; and, apart, disguised mobiles, spelled-out emails and
spaced student numbers) it generates posts that carry one item in a
realistic sentence, in varied formats and case, and counts the post as found when a `personal-data`
warning at caution or warning covers the item (each part of it, for bank details). Look-alikes
(numbers inside URLs, order and ticket numbers, society and department mailboxes, venues with
postcodes, the union's own numbers, event dates, prices, years, rooms, scores) count as a false
alarm when any `personal-data` warning at caution or warning comes back. Every post is checked
through the real engine as an official Lancaster SU account run by a volunteer.

The generator was written before the detectors it measures were changed, from how people write
these things, not from what the detectors look for; keep it that way (a new format goes in because
people write it, never because a detector finds it). Faker is a test dependency only.
"""
from __future__ import annotations

import argparse
import random
import string
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

WARNED = ("caution", "warning")
CONTEXT = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
KINDS = ("mobile", "landline", "email", "home-address", "date-of-birth", "student-id", "ni-number", "card",
         "bank-details", "iban")
# Items written to dodge scrapers or by habit (the second blind set's misses, generalised): numbers with
# letters for digits, odd separators or spelled out; emails with the @ and dots spelled; student numbers
# in groups. Generated after the kinds above, from a generator of their own, so the first kinds' posts
# and the look-alikes stay the same for a seed.
DISGUISED_KINDS = ("mobile-disguised", "email-spelled", "student-id-spaced")


@dataclass
class Case:
    kind: str                       # one of KINDS, or "lookalike:<what>"
    text: str
    items: list = field(default_factory=list)   # [(start, end), ...]: every part must be covered

    @property
    def lookalike(self) -> bool:
        return self.kind.startswith("lookalike:")


# -- building posts ------------------------------------------------------------------------------

OPENERS = ["", "", "", "Hi all! ", "Quick one - ", "PSA: ", "Morning! ", "Update: ", "lol ", "Right, ",
           "Hey guys, ", "URGENT: ", "ok so ", "Reminder: "]
CLOSERS = ["", "", "", " Thanks!", " x", " 🙏", " #LancasterSU", " cheers", "!!", " ta", " 😊", " Cheers all.",
           " See you there!", " Thanks in advance"]


def fill(template: str, **values: str) -> tuple[str, list]:
    """Fill `{name}` slots; slots written `{!slot}` are items, and their spans are returned."""
    out, spans, i = [], [], 0
    pos = 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            key = template[i + 1:j]
            item = key.startswith("!")
            value = values[key.lstrip("!")]
            if item:
                spans.append((pos, pos + len(value)))
            out.append(value)
            pos += len(value)
            i = j + 1
        else:
            out.append(template[i])
            pos += 1
            i += 1
    return "".join(out), spans


class Generator:
    """Posts carrying one item of personal data each, and look-alikes carrying none."""

    def __init__(self, seed: int = 2026):
        from faker import Faker
        self.rng = random.Random(seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)

    # small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def first(self) -> str:
        return self.fake.first_name()

    def wrap(self, kind: str, template: str, **values) -> Case:
        """A post: an opener, the sentence, a closer; sometimes all lower case, rarely all capitals
        (only the posts' own words: the item keeps its case, or takes its own varied case)."""
        opener, closer = self.pick(OPENERS), self.pick(CLOSERS)
        text, spans = fill(opener + template + closer, **values)
        roll = self.rng.random()
        if roll < 0.15:
            text = _recase(text, spans, str.lower)
        elif roll < 0.19:
            text = _recase(text, spans, str.upper)
        return Case(kind, text, spans)

    # -- phone numbers --------------------------------------------------------------------------
    def mobile_number(self) -> str:
        if self.chance(0.2):
            return self.fake.cellphone_number()             # Ofcom's drama range, as Faker writes it
        prefix = "7" + self.pick("1234589") + self.digits(2)  # 071xx-075xx, 077xx-079xx
        if prefix.startswith("77") or self.chance(0.3):
            prefix = "7" + self.pick("789") + self.digits(2)
        rest = self.digits(6)
        national = prefix + rest                             # 10 digits after the 0
        a, b = national[:4], national[4:]
        return self.pick([
            f"0{a} {b}", f"0{a}{b}", f"0{a} {b[:3]} {b[3:]}", f"0{a}-{b[:3]}-{b[3:]}", f"0{a}.{b[:3]}.{b[3:]}",
            f"(0{a}) {b}", f"+44 {a} {b}", f"+44 (0){a} {b}", f"+44{a}{b}", f"0044 {a} {b}",
            f"+44-{a}-{b[:3]}-{b[3:]}", f"+44 (0) {a} {b[:3]} {b[3:]}", f"0{a} {b}", f"0{a[:3]} {a[3:]}{b}",
            f"+44 {a} {b[:3]} {b[3:]}"])

    AREAS = [  # (area code without 0, subscriber digits)
        ("20", 8), ("121", 7), ("113", 7), ("114", 7), ("115", 7), ("116", 7), ("117", 7), ("118", 7),
        ("131", 7), ("141", 7), ("151", 7), ("161", 7), ("191", 7), ("29", 8), ("28", 8), ("23", 8), ("24", 8),
        ("1524", 6), ("1223", 6), ("1865", 6), ("1904", 6), ("1392", 6), ("1603", 6), ("1752", 6), ("1244", 6),
        ("1227", 6), ("1273", 6), ("1482", 6), ("1332", 6), ("1274", 6), ("1228", 6), ("1229", 6), ("1539", 6),
        ("1772", 6), ("1253", 6), ("1204", 6), ("1942", 6), ("1254", 6), ("1200", 6), ("15394", 5), ("1484", 6),
        ("1970", 6), ("1248", 6), ("1382", 6), ("1224", 6), ("1463", 6), ("1872", 6), ("1905", 6)]

    def landline_number(self) -> str:
        if self.chance(0.15):
            return self.pick(["01632 960", "0113 496 0", "0161 496 0", "020 7946 0", "0117 496 0"]) + self.digits(3)
        area, n = self.pick(self.AREAS)
        sub = self.pick("2345678") + self.digits(n - 1)
        if n == 8:
            a, b = sub[:4], sub[4:]
            return self.pick([f"0{area} {a} {b}", f"(0{area}) {a} {b}", f"0{area}{a}{b}", f"+44 {area} {a} {b}",
                              f"+44 (0){area} {a} {b}", f"0{area}-{a}-{b}", f"0{area}{a[0]} {a[1:]} {b}"])
        if n == 7:
            a, b = sub[:3], sub[3:]
            return self.pick([f"0{area} {a} {b}", f"(0{area}) {a} {b}", f"0{area} {sub}", f"0{area}-{a}-{b}",
                              f"+44 {area} {a} {b}", f"+44 (0){area} {a} {b}", f"0{area}{sub}", f"0{area}.{a}.{b}"])
        return self.pick([f"0{area} {sub}", f"(0{area}) {sub}", f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}",
                          f"+44 {area} {sub}", f"+44 (0){area} {sub}", f"0{area}{sub}", f"0{area} {sub}"])

    def mobile(self) -> Case:
        t = self.pick([
            "Ring {name} on {!n} if you want to join the carpool",
            "{name}'s number is {!n}",
            "my number's {!n}, text me if you're coming",
            "Text me on {!n} for tickets",
            "WhatsApp {name} on {!n} about the kit order",
            "Found a wallet in the bar, it's {name}'s - call {!n}",
            "Anyone who wants a lift, message {name} ({!n})",
            "{name} (our social sec) is on {!n} if you get lost tonight",
            "Her mobile: {!n}",
            "his phone is {!n} - he said to give him a bell",
            "Need a plus one? Call {name} {!n}",
            "For the stash order contact {name} on {!n} before Friday",
            "new phone who dis 😂 {!n}, save it",
            "If anyone finds my keys pls call me {!n}",
            "Lost dog near Bailrigg! Owner {name}: {!n}",
            "Can someone pass {name} this number: {!n}? it's her sister",
            "Carpool to the away match - {name} driving, mob {!n}",
            "{name} {last} - {!n} - is your contact for the trip",
            "you can reach me on {!n} after 6pm",
            "Selling my old bike, £60, ring {!n}",
        ])
        return self.wrap("mobile", t, n=self.mobile_number(), name=self.first(), last=self.fake.last_name())

    def landline(self) -> Case:
        t = self.pick([
            "{name}'s home number is {!n}",
            "ring me at home on {!n} over the holidays",
            "my landline is {!n} as my mobile's broken",
            "You can reach {name}'s parents on {!n}",
            "{name} said call her on {!n} after 6",
            "If you need me over Christmas I'm at my mum's: {!n}",
            "Call {name} on {!n}, that's his house phone",
            "Our treasurer {name} {last} can be reached at home on {!n}",
            "{name}'s number at her flat is {!n}",
            "Please phone {name} {last} directly on {!n} about the refund",
            "my nan's number is {!n} if anyone is passing and can check on her",
            "Tel {name} at home: {!n}",
            "Ring {name} on {!n}, he's home all day",
            "Landlord wants the rent - his number is {!n}",
            "Lost cat! Please ring {name} on {!n}",
        ])
        return self.wrap("landline", t, n=self.landline_number(), name=self.first(), last=self.fake.last_name())

    # -- emails -----------------------------------------------------------------------------------
    DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "lancaster.ac.uk", "live.co.uk",
               "icloud.com", "btinternet.com", "googlemail.com", "hotmail.com", "sky.com", "protonmail.com"]

    def person_email(self) -> str:
        first, last = self.first().lower(), self.fake.last_name().lower().replace("'", "").replace(" ", "")
        first = first.replace("'", "")
        n = self.pick(["", "", "", str(self.rng.randint(1, 99)), str(self.rng.randint(1990, 2007)), "1", "2"])
        local = self.pick([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}", f"{first[0]}{last}",
                           f"{last}{first[0]}", f"{first}_{last}", f"{first}.{last}{n}", f"{first}{n or '93'}",
                           f"{first}.{self.pick(string.ascii_lowercase)}.{last}", f"{first}-{last}",
                           f"{last}.{first}", f"{first[0]}{self.pick(string.ascii_lowercase)}{last}{n}"])
        if self.chance(0.25):
            return self.pick([self.fake.free_email(), self.fake.email()])
        domain = self.pick(self.DOMAINS)
        if domain == "lancaster.ac.uk" and self.chance(0.5):
            local = f"{first[0]}.{last}"
        email = f"{local}{n if n and local.isalpha() and self.chance(0.3) else ''}@{domain}"
        return email.capitalize() if self.chance(0.1) else email

    def email(self) -> Case:
        t = self.pick([
            "email {name} at {!e} to sign up",
            "my email's {!e} if you want the slides",
            "drop me a line at {!e}",
            "{name} ({!e}) is organising the trip",
            "Send your receipts to {name}: {!e}",
            "Questions about the tour? Ask {name} - {!e}",
            "Contact our captain {name} {last} on {!e}",
            "found your card! email me {!e}",
            "{name}'s personal email is {!e}, she's happy to help",
            "Forms go to {!e} (that's {name}) by Friday",
            "You can email me at {!e}",
            "Add {!e} to the group chat - new member {name}",
        ])
        return self.wrap("email", t, e=self.person_email(), name=self.first(), last=self.fake.last_name())

    # -- addresses --------------------------------------------------------------------------------
    UK_SUFFIXES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Court", "Terrace",
                   "Place", "Gardens", "Grove", "Hill", "Square", "Row", "Walk", "Mews", "View", "Park", "Rise",
                   "Green", "Fold", "Gate", "Parade", "Vale", "Meadows", "Bank", "Croft", "Rd", "St", "Ave", "Ln"]
    TOWNS = ["Lancaster", "Morecambe", "Leeds", "Manchester", "Preston", "Kendal", "Bristol", "Chester", "Leicester",
             "Sheffield", "York", "Carnforth", "Heysham", "Galgate", "Salford", "Cardiff", "Glasgow", "Norwich"]

    def postcode(self) -> str:
        code = self.fake.postcode()
        roll = self.rng.random()
        if roll < 0.25:
            code = code.lower()
        if self.rng.random() < 0.2:
            code = code.replace(" ", "")
        return code

    def street(self) -> str:
        if self.chance(0.5):
            name = self.fake.street_name()
        else:
            name = f"{self.pick([self.fake.last_name(), self.fake.first_name(), self.pick(self.TOWNS)])} " \
                   f"{self.pick(self.UK_SUFFIXES)}"
        number = str(self.rng.randint(1, 240)) + self.pick(["", "", "", "", "a", "b", "A"])
        return f"{number} {name}"

    def address(self) -> str:
        parts = []
        if self.chance(0.3):
            parts.append(self.pick(["Flat", "Flat", "Apartment", "Apt", "Room", "flat"]) + f" {self.rng.randint(1, 40)}")
        parts.append(self.street())
        if self.chance(0.6):
            parts.append(self.pick([self.pick(self.TOWNS), self.fake.city()]))
        sep = self.pick([", ", ", ", " ", ",\n"])
        text = sep.join(parts) + self.pick([", ", " ", ", ", "\n"]) + self.postcode()
        if self.chance(0.15):
            text = text.lower()
        return text

    def home_address(self) -> Case:
        t = self.pick([
            "{name} lives at {!a} now",
            "my address is {!a}",
            "send it to him at {!a}",
            "Her new place is {!a} if you want to send a card",
            "Post for {name} now goes to {!a}",
            "I'm at {!a} if you want to drop the kit round",
            "{name}'s house: {!a}",
            "party at mine!! {!a} from 9",
            "Can someone take {name}'s bag back? Her address is {!a}",
            "Pre-drinks at {name}'s, {!a}",
            "{name} has moved - new address {!a}",
            "Return address for the hoodie: {name} {last}, {!a}",
            "we're staying at {name}'s this weekend: {!a}",
            "Home address for the insurance form: {!a}",
            "Deliveries for me to {!a} please",
        ])
        return self.wrap("home-address", t, a=self.address(), name=self.first(), last=self.fake.last_name())

    # -- dates of birth ---------------------------------------------------------------------------
    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]

    def date_text(self, d, year: bool = True) -> str:
        day, month, y = d.day, d.month, d.year
        mon = self.MONTHS[month - 1]
        sfx = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        short = mon[:3]
        if not year:
            return self.pick([f"{day} {mon}", f"{day}{sfx} {mon}", f"{mon} {day}", f"{day}/{month:02d}",
                              f"the {day}{sfx} of {mon}"])
        return self.pick([
            f"{day:02d}/{month:02d}/{y}", f"{day}/{month}/{y}", f"{day:02d}/{month:02d}/{y % 100:02d}",
            f"{day}{sfx} {mon} {y}", f"{day} {mon} {y}", f"{mon} {day}, {y}", f"{mon} {day}{sfx}, {y}",
            f"{day:02d}.{month:02d}.{y % 100:02d}", f"{day:02d}.{month:02d}.{y}", f"{y}-{month:02d}-{day:02d}",
            f"{day} {short} {y % 100:02d}", f"{day}-{month:02d}-{y}", f"{day} {short} {y}", f"{day}{sfx} {short} {y}",
            f"the {day}{sfx} of {mon} {y}", f"{day:02d}-{short}-{y}"])

    def date_of_birth(self) -> Case:
        d = self.fake.date_between(date(1996, 11, 30), date(2009, 11, 30))     # people aged 17 to 30
        if self.chance(0.1):
            age = self.rng.randint(18, 25)
            t = self.pick(["{name} is turning {age} on {!d}, surprise party!!", "I'm turning {age} on {!d} 🎉"])
            return self.wrap("date-of-birth", t, d=self.date_text(d, year=False), name=self.first(), age=str(age))
        t = self.pick([
            "DOB {!d} for the insurance form",
            "{name}'s D.O.B is {!d}",
            "She was born on {!d} in Leeds",
            "Name: {name} {last}, date of birth: {!d}",
            "my birthday is {!d} so I'm old enough lol",
            "{name} {last}, born {!d}, is our new treasurer",
            "can you put {name} on the list, dob {!d}",
            "Her date of birth is {!d}",
            "I was born {!d}, yes I'm that old",
            "Details for the coach booking: {name} {last} (DOB: {!d})",
            "birthday: {!d} - {name} for the minibus form",
            "He's born on {!d}, so he's under 21 for the van hire",
            "{name} was born on the {!d}? I thought she was older",
            "Birth date {!d}, student at Lancaster",
        ])
        return self.wrap("date-of-birth", t, d=self.date_text(d), name=self.first(), last=self.fake.last_name())

    # -- numbers that identify a person -----------------------------------------------------------
    def student_id(self) -> Case:
        n = self.pick([self.pick("1234") + self.digits(7), self.digits(8), self.pick("3") + self.digits(7),
                       self.pick("12") + self.digits(6), self.pick("123") + self.digits(8)])
        t = self.pick([
            "student no. {!n}",
            "Found a student card on the bus, student number: {!n}",
            "My student ID is {!n} if you need it for the list",
            "uni ID {!n} - whoever dropped this in the library",
            "Lost: student card, ID {!n}, name {name}",
            "{name}'s student number is {!n}, can you add her to the team sheet",
            "Library card {!n} handed in at reception",
            "Student ID: {!n} ({name} {last})",
            "can someone sign {name} in? student no {!n}",
            "his uni number is {!n}",
            "Registration number {!n} belongs to {name}",
            "student # {!n}",
        ])
        return self.wrap("student-id", t, n=n, name=self.first(), last=self.fake.last_name())

    NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
    NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"

    def ni_value(self) -> str:
        while True:
            prefix = self.pick(self.NI_FIRST) + self.pick(self.NI_SECOND)
            if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                break
        d = self.digits(6)
        s = self.pick("ABCD")
        text = self.pick([f"{prefix}{d}{s}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{prefix} {d} {s}",
                          f"{prefix}{d} {s}", f"{prefix} {d}{s}"])
        return text.lower() if self.chance(0.15) else text

    def ni_number(self) -> Case:
        t = self.pick([
            "NI number for the new starter is {!n}, pls add to the form",
            "his national insurance no is {!n}",
            "NINO: {!n}",
            "{name}'s NI no. ({!n}) is needed for payroll",
            "here's my NI: {!n}",
            "National Insurance number {!n} - {name} {last}",
            "Can you check {!n} is right for {name}? it's her NI number",
            "NI {!n}",
        ])
        return self.wrap("ni-number", t, n=self.ni_value(), name=self.first(), last=self.fake.last_name())

    def card_value(self) -> str:
        kind = self.pick(["visa16", "visa16", "mastercard", "mastercard", "amex", "visa16"])
        n = self.fake.credit_card_number(card_type=kind)
        if len(n) == 15:
            return self.pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        g = [n[i:i + 4] for i in range(0, 16, 4)]
        return self.pick([n, " ".join(g), "-".join(g), " ".join(g), f"{g[0]}{g[1]} {g[2]}{g[3]}"])

    def card(self) -> Case:
        t = self.pick([
            "card number {!c} exp 04/27",
            "Pay me back on {!c}",
            "use my card {!c} for the minibus deposit",
            "{name}'s card: {!c}, cvv in DMs",
            "long number is {!c}",
            "Treasurer says the club card is {!c}, expiry 09/28",
            "can someone book it? my debit card is {!c}",
            "Found a bank card outside Fylde, {!c}, name {name} {last}",
            "Visa {!c} exp 11/26 - please charge the deposit",
        ])
        return self.wrap("card", t, c=self.card_value(), name=self.first(), last=self.fake.last_name())

    def bank_details(self) -> Case:
        sc = self.digits(6)
        sort = self.pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"])
        acc = self.digits(8)
        t = self.pick([
            "sort code {!s}, account {!a}",
            "Bank: Monzo, s/c {!s} acc {!a}",
            "pay {name} back: {!s} / {!a}",
            "Send the money to sort code {!s} account number {!a}",
            "account no {!a}, sort code {!s}",
            "{name} {last} {!s} {!a} - transfer the deposit there",
            "Sort: {!s} Acc: {!a}",
            "My bank details are {!s} and {!a}",
            "SC {!s} AC {!a}, ref your name",
            "acct {!a} sort {!s} (Starling)",
            "Please pay {name} directly: sort code {!s}, a/c {!a}",
        ])
        return self.wrap("bank-details", t, s=sort, a=acc, name=self.first(), last=self.fake.last_name())

    def iban(self) -> Case:
        value = self.fake.iban()
        value = self.pick([value, " ".join(value[i:i + 4] for i in range(0, len(value), 4))])
        if self.chance(0.15):
            value = value.lower()
        t = self.pick([
            "IBAN {!i}",
            "Pay the deposit to {name}: {!i}",
            "my iban is {!i} for the refund",
            "International transfer? use {!i} (BIC in DMs)",
            "{name}'s IBAN: {!i}",
            "bank details for the Erasmus refund - {!i}",
        ])
        return self.wrap("iban", t, i=value, name=self.first())

    # -- look-alikes: no personal data ------------------------------------------------------------
    SOCIETIES = ["hockey", "netball", "rugby", "pottery", "film", "drama", "chess", "climbing", "rowing", "kpop",
                 "anime", "debating", "gaming", "baking", "salsa", "swing", "jazz", "choir", "orchestra", "ukulele",
                 "hiking", "fellwalking", "caving", "surf", "sailing", "karate", "judo", "fencing", "boxing",
                 "tennis", "squash", "badminton", "lacrosse", "quidditch", "cheer", "dance", "musicaltheatre",
                 "photography", "writing", "poetry", "history", "physics", "maths", "law", "medsoc", "economics",
                 "politics", "philosophy", "geography", "chemistry", "islamic", "jewish", "christian", "hindu",
                 "sikh", "chinese", "malaysian", "african", "lgbtq", "feminist", "vegan", "realale", "wine",
                 "boardgames", "scifi", "radio", "bailrigg", "lsf", "cuisine"]
    DEPARTMENTS = ["ugadmissions", "pgadmissions", "admissions", "library", "careers", "accommodation",
                   "studentfinance", "student.finance", "registry", "exams", "timetabling", "estates", "porters",
                   "security", "sport", "wellbeing", "counselling", "disability", "chaplaincy", "servicedesk",
                   "it.servicedesk", "ask", "hello", "info", "enquiries", "sabbs", "president", "vp.education",
                   "vpwelfare", "comms", "marketing", "events", "volunteering", "socs", "societies", "elections",
                   "advice", "welfare", "reception", "press", "finance", "jobs", "feedback", "helpdesk",
                   "international", "graduation", "alumni", "research", "fass", "lums", "fst", "hr", "payroll"]
    ORG_DOMAINS = ["lancaster.ac.uk", "lancastersu.co.uk", "lusu.co.uk", "gmail.com", "hotmail.co.uk", "outlook.com",
                   "lancastersu.org.uk"]

    def society_mailbox(self) -> str:
        s = self.pick(self.SOCIETIES)
        local = self.pick([s, f"{s}soc", f"{s}society", f"{s}.society", f"lusu.{s}", f"{s}club", f"{s}.club",
                           f"lu{s}", f"{s}-soc", f"lancs{s}", f"{s}.lusu", f"lancaster{s}", f"{s}committee",
                           f"{s}.president", f"{s}captain", f"{s}socials", f"{s}team", f"{s}.treasurer"])
        return f"{local}@{self.pick(self.ORG_DOMAINS)}"

    def department_mailbox(self) -> str:
        return f"{self.pick(self.DEPARTMENTS)}@{self.pick(self.ORG_DOMAINS[:4])}"

    VENUES = [("The Sugarhouse", "28 Sun Street", "LA1 1EW"), ("The Dukes", "Moor Lane", "LA1 1QE"),
              ("the Great Hall", "Bailrigg", "LA1 4YW"), ("Lancaster SU", "Slaidburn House, Bailrigg", "LA1 4YA"),
              ("The Storey", "Meeting House Lane", "LA1 1TH"), ("Ashton Hall", "Dalton Square", "LA1 1PJ"),
              ("the Grand Theatre", "St Leonard's Gate", "LA1 1NL"), ("Lancaster Brewery", "Lancaster Leisure Park",
              "LA1 3LA"), ("the Borough", "3 Dalton Square", "LA1 1PP"), ("Dalton Rooms", "Dalton Square", "LA1 1PP"),
              ("The Music Room", "Sun Square", "LA1 1EW"), ("Lancaster Library", "Market Square", "LA1 1HY"),
              ("Lancaster Cathedral", "Balmoral Road", "LA1 3BT"), ("The Herbies", "66 Church Street", "LA1 1LW"),
              ("Williamson Park", "Quernmore Road", "LA1 1UX"), ("the Sports Centre", "Bailrigg Lane", "LA1 4YW"),
              ("Bowland Bar", "Bowland College", "LA1 4YT"), ("The Water Witch", "Aldcliffe Road", "LA1 1SU")]

    def venue_address(self) -> str:
        name, street, code = self.pick(self.VENUES)
        if self.chance(0.3):
            name, street, code = (self.fake.company(), self.street(), self.postcode())
        if self.chance(0.2):
            code = code.lower()
        return f"{name}, {street}, {self.pick(['', 'Lancaster, '])}{code}"

    def org_number(self) -> str:
        return self.pick(["01524 594541", "01524 592824", "01524 593765", "01524 65201", "01524 594444",
                          "01524 593019", "01524 598500", "01524 582394", "01524 66006", "0800 068 4141",
                          "01524 62822", "+44 1524 594541", "(01524) 592824", "01524 847001",
                          self.landline_number(), "0300 123 3393"])

    def lookalike(self) -> Case:
        kind, template, values = self.pick(self._lookalikes)()
        return self.wrap(f"lookalike:{kind}", template, **values)

    @property
    def _lookalikes(self):
        return [self._url, self._url, self._order, self._order, self._society_mail, self._society_mail,
                self._dept_mail, self._venue, self._venue, self._helpline, self._helpline, self._event_date,
                self._event_date, self._price, self._year, self._room, self._score, self._misc_number]

    def _url(self):
        status = self.pick(["1", "17", "18"]) + self.digits(self.pick([17, 18]))
        url = self.pick([
            f"https://twitter.com/LancasterSU/status/{status}",
            f"https://x.com/lusu/status/{status}",
            f"https://www.facebook.com/events/{self.digits(15)}/",
            f"https://lancastersu.co.uk/events/{self.digits(5)}-freshers-{self.digits(8)}",
            f"https://www.instagram.com/p/C{self.digits(2)}xYz{self.digits(4)}/",
            f"https://forms.gle/{self.digits(4)}AbCd{self.digits(3)}",
            f"https://www.youtube.com/watch?v=07{self.digits(9)}",
            f"https://lancaster.ac.uk/news/07{self.digits(9)}",
            f"https://www.ticketsource.co.uk/booking/t-{self.digits(8)}",
            f"https://www.eventbrite.co.uk/e/summer-ball-tickets-{self.digits(12)}",
            f"www.lancastersu.co.uk/shop/product/{self.digits(6)}",
            f"https://maps.google.com/?q=54.0{self.digits(4)},-2.7{self.digits(4)}",
            f"https://www.gofundme.com/f/{self.digits(11)}",
            f"https://chat.whatsapp.com/{self.digits(6)}Ab{self.digits(6)}",
        ])
        t = self.pick(["Tickets here: {u}", "Full thread: {u}", "Watch the highlights {u}", "Sign up at {u} by Friday",
                       "{u} - all the details", "Donate here 👉 {u}", "See {u} for the map"])
        return "url", t, {"u": url}

    def _order(self):
        n = self.pick([self.digits(8), self.digits(10), self.digits(11), f"{self.digits(4)} {self.digits(4)} {self.digits(4)}",
                       "07" + self.digits(9), f"{self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)}",
                       f"{self.digits(3)}-{self.digits(3)}-{self.digits(4)}", self.digits(16), "01" + self.digits(9)])
        t = self.pick(["Order #{n} confirmed - stash arrives next week", "Booking ref {n} for the coach",
                       "Ticket no. {n} won the raffle!", "Your order number is {n}",
                       "Winning raffle tickets: {n}", "Invoice {n} has been paid, thanks",
                       "Tracking number {n} - hoodies on their way", "Match ID {n} on the league site",
                       "Reference {n} for the room booking", "Case number {n}: the kit claim is with the insurer",
                       "Charity number {n}", "Registered charity no. {n}", "Ticket numbers {n} are winners"])
        return "order-number", t, {"n": n}

    def _society_mail(self):
        t = self.pick(["Questions? Email {e}", "Contact the committee at {e}", "Want to join? Drop {e} a message",
                       "email {e} for the kit order", "Sponsorship enquiries: {e}", "Send your photos to {e}",
                       "For socials, email {e}", "Get in touch: {e}"])
        return "society-mailbox", t, {"e": self.society_mailbox()}

    def _dept_mail(self):
        t = self.pick(["Questions about your offer? Email {e}", "Contact {e} for help", "Email {e} before the deadline",
                       "Lost your card? {e} can replace it", "Any issues, {e}", "Write to {e}"])
        return "department-mailbox", t, {"e": self.department_mailbox()}

    def _venue(self):
        t = self.pick(["Venue: {v}", "Join us at {v} for the quiz!", "Gig tonight at {v}, doors 8pm",
                       "Our office has moved to {v}", "Collect your tickets from {v}",
                       "Home game this Saturday at {v}, come and support!", "Food bank drop-off at {v}",
                       "New shop opening at {v} - come say hi", "The ball will be at {v} this year",
                       "Meet at {v} at 7", "Find us at {v}", "We're at {v} all week for freshers"])
        return "venue-address", t, {"v": self.venue_address()}

    def _helpline(self):
        t = self.pick(["Campus security: {p}", "Call us on {p} (duty phone)", "Advice centre: {p}",
                       "Box office {p}", "Ring the SU reception on {p}", "Out of hours? Call the helpline on {p}",
                       "For tickets call our office on {p}", "Nightline is open 8pm-8am on {p}",
                       "Our main office number is {p}", "Emergency? Campus security on {p}, or 999",
                       "Contact us on {p}", "Lancaster SU switchboard: {p}", "Porters' lodge: {p}",
                       "Questions? Call the union on {p}"])
        return "org-number", t, {"p": self.org_number()}

    def _event_date(self):
        d = self.fake.date_between(date(2025, 11, 30), date(2027, 11, 30))
        t = self.pick(["the ball is on {d}", "Deadline {d}", "Applications close {d}!",
                       "Save the date: {d}", "Our AGM is on {d} in the Cavendish Lecture Theatre",
                       "Nominations open {d}", "Trip to Edinburgh {d} - sign up now", "Exam results out on {d}",
                       "Refunds must be claimed by {d}", "Founded on {d}... happy anniversary to us!",
                       "Happy birthday to the society, 50 years on {d}!", "Elections results announced {d}"])
        return "event-date", t, {"d": self.date_text(d, year=self.chance(0.6))}

    def _price(self):
        p = self.pick([f"£{self.rng.randint(1, 99)}.{self.digits(2)}", f"£{self.rng.randint(1, 9)},{self.digits(3)}",
                       f"£{self.rng.randint(1, 9)},{self.digits(3)},{self.digits(3)}", f"{self.rng.randint(2, 80)}p",
                       f"£{self.rng.randint(5, 500)}"])
        t = self.pick(["Tickets {p} on the door", "We raised {p} this year!", "Membership is {p}",
                       "Hoodies now {p}", "Total raised for charity: {p}", "Pints {p} all night"])
        return "price", t, {"p": p}

    def _year(self):
        t = self.pick(["Class of {y}!", "Since {y}, the oldest society on campus", "Freshers {y} was wild",
                       "Season {y}/{y2} starts now", "Alumni from {y} to {y2}, welcome back",
                       "Champions {y}, {y2} and hopefully this year"])
        y = self.rng.randint(1964, 2026)
        return "year", t, {"y": str(y), "y2": str(self.rng.randint(y, 2027) % 100 if self.chance(0.5) else y + 1)}

    def _room(self):
        r = self.pick([f"Room {self.pick('ABCD')}{self.rng.randint(1, 99)}", f"FASS {self.rng.randint(1, 3)}.{self.digits(2)}",
                       f"Bowland North SR {self.rng.randint(1, 30)}", f"George Fox LT{self.rng.randint(1, 6)}",
                       f"Room {self.rng.randint(100, 999)}", f"Charles Carter A{self.digits(2)}",
                       f"Management School LT {self.rng.randint(1, 12)}"])
        t = self.pick(["Meeting in {r} at {h}", "Revision session: {r}, {h}", "Moved to {r} from {h} today",
                       "Rehearsals {h}-{h2} in {r}"])
        h = f"{self.rng.randint(9, 20)}:{self.pick(['00', '30', '15'])}"
        return "room", t, {"r": r, "h": h, "h2": f"{self.rng.randint(9, 22)}:00"}

    def _score(self):
        s = self.pick([f"{self.rng.randint(0, 9)}-{self.rng.randint(0, 9)}", f"{self.rng.randint(10, 40)}-{self.rng.randint(10, 40)}",
                       f"21-{self.rng.randint(10, 19)}, {self.rng.randint(10, 19)}-21, 21-{self.rng.randint(10, 19)}",
                       f"{self.rng.randint(100, 300)}/{self.rng.randint(1, 9)} ({self.rng.randint(20, 50)} overs)"])
        t = self.pick(["Won {s}!", "Final score {s} - what a game", "Lost {s} but heads up", "FT: Lancaster {s} Preston",
                       "Roses: Lancaster {s} York"])
        return "score", t, {"s": s}

    def _misc_number(self):
        t = self.pick(["Train leaves 07:45, platform 3 - be there by 07:30", "Training starts 18:00 on 04/10 at the sports centre.",
                       "Over {n} views on the video!", "We have {n} members now", "Step count: {n} 🔥",
                       "Course code {c} - sign up via the portal", "Module LAW.{m} moved to week 7",
                       "Follower number {n} gets a free hoodie", "Code {m} is the discount", "Wifi password is Lancs{n}"])
        return "misc-number", t, {"n": f"{self.rng.randint(1000, 9999999):,}" if self.chance(0.5) else self.digits(7),
                                  "c": f"{self.pick(['PSYC', 'LAW', 'MATH', 'LING'])}{self.digits(3)}",
                                  "m": self.digits(3)}

    # -- disguised items --------------------------------------------------------------------------
    SPOKEN = {"0": ["oh", "zero", "o"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"],
              "6": ["six"], "7": ["seven"], "8": ["eight"], "9": ["nine"]}

    def spelled_number(self, digits: str) -> str:
        """'oh-seven-seven-double-oh, nine double-oh, three-one-nine': digits said aloud, in groups."""
        groups, i = [], 0
        for size in (5, 3, 3):
            groups.append(digits[i:i + size])
            i += size
        out = []
        for group in groups:
            words, j = [], 0
            while j < len(group):
                d = group[j]
                spoken = self.pick(self.SPOKEN[d][:2])
                if j + 1 < len(group) and group[j + 1] == d and self.chance(0.7):
                    words.append(f"double {spoken}" if self.chance(0.5) else f"double-{spoken}")
                    j += 2
                else:
                    words.append(spoken)
                    j += 1
            out.append(self.pick(["-", " "]).join(words))
        return self.pick([", ", " ", " - "]).join(out)

    def disguised_mobile_number(self) -> str:
        national = "7" + self.pick("1234789") + self.digits(8)
        a, b = national[:4], national[4:]
        plain = self.pick([f"0{a} {b[:3]} {b[3:]}", f"0{a}.{b[:3]}.{b[3:]}", f"0{a} {b}", f"0{a}{b}"])
        how = self.pick(["letters", "letters", "separators", "spelled"])
        if how == "letters":          # O for 0 (and sometimes l or I for 1), some or all of them
            zero = self.pick(["o", "O"])
            out = "".join(zero if c == "0" and (i == 0 or self.chance(0.7)) else c for i, c in enumerate(plain))
            return out.replace("1", self.pick(["1", "1", "l", "I"])) if self.chance(0.2) else out
        if how == "separators":
            sep = self.pick(["/", "_", " . ", " - ", "..", "|", "·", "*"])
            return self.pick([f"0{a}{sep}{b[:3]}{sep}{b[3:]}", f"0{a[:3]}{sep}{a[3:]}{b[:2]}{sep}{b[2:]}",
                              f"0{a}{sep}{b}", f"0 {' '.join(national)}"])
        return self.spelled_number("0" + national)

    def mobile_disguised(self) -> Case:
        t = self.pick([
            "it's {name}'s, ring her on {!n} if you see her",
            "my number's {!n}, text me if you're coming",
            "Lost dog near Bailrigg! Owner {name}: {!n}",
            "need a lift? ring our sec {name} on {!n}",
            "WhatsApp {name} on {!n} about the kit order",
            "{name} (our treasurer) is on {!n} if you need reimbursing",
            "text me {!n} (not putting it in digits for the bots lol)",
            "call {name} {last} directly: {!n}",
        ])
        return self.wrap("mobile-disguised", t, n=self.disguised_mobile_number(), name=self.first(),
                         last=self.fake.last_name())

    def spelled_email(self) -> str:
        email = self.person_email().lower()
        local, domain = email.split("@", 1)
        how = self.pick(["brackets", "brackets", "words", "spaces", "caps"])
        if how == "brackets":
            o, c = self.pick([("[", "]"), ("(", ")"), ("{", "}")])
            dot = f" {o}dot{c} " if self.chance(0.7) else "."
            return f"{local} {o}at{c} " + dot.join(domain.split("."))
        if how == "words":
            return f"{local} at " + " dot ".join(domain.split("."))
        if how == "caps":
            return f"{local} AT " + " DOT ".join(domain.split("."))
        return f"{local} @ {domain}"

    def email_spelled(self) -> Case:
        t = self.pick([
            "problem with the rota? take it up with {name} directly: {!e}",
            "my email's {!e} if you want the slides",
            "Questions about the tour? Ask {name} - {!e}",
            "Send your receipts to {name}: {!e}",
            "email me {!e} (spelled out for the spam bots)",
            "{name}'s personal email is {!e}, she's happy to help",
        ])
        return self.wrap("email-spelled", t, e=self.spelled_email(), name=self.first(), last=self.fake.last_name())

    def student_id_spaced(self) -> Case:
        n = self.digits(8)
        value = self.pick([f"{n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"{n[:3]} {n[3:]}", f"{n[:2]} {n[2:5]} {n[5:]}",
                           f"{n[:4]}-{n[4:]}"])
        t = self.pick([
            "whoever is student no. {!n}, your lanyard is behind the bar",
            "Found a student card on the bus, student number: {!n}",
            "My student ID is {!n} if you need it for the list",
            "{name}'s student number is {!n}, can you add her to the team sheet",
            "Student ID: {!n} ({name} {last})",
            "Library card {!n} handed in at reception",
        ])
        return self.wrap("student-id-spaced", t, n=value, name=self.first(), last=self.fake.last_name())

    # -- the sets ---------------------------------------------------------------------------------
    def positives(self, kind: str, n: int) -> list[Case]:
        make = {"mobile": self.mobile, "landline": self.landline, "email": self.email,
                "home-address": self.home_address, "date-of-birth": self.date_of_birth,
                "student-id": self.student_id, "ni-number": self.ni_number, "card": self.card,
                "bank-details": self.bank_details, "iban": self.iban, "mobile-disguised": self.mobile_disguised,
                "email-spelled": self.email_spelled, "student-id-spaced": self.student_id_spaced}[kind]
        return [make() for _ in range(n)]

    def lookalikes(self, n: int) -> list[Case]:
        return [self.lookalike() for _ in range(n)]


def _recase(text: str, spans: list, how) -> str:
    """Recase the words of the post, but not its items (they carry their own varied case)."""
    out, pos = [], 0
    for s, e in spans:
        out += [how(text[pos:s]), text[s:e]]
        pos = e
    out.append(how(text[pos:]))
    return "".join(out)


# Written by hand, not generated: [brackets] mark the items (every one must be covered); the second
# list must stay silent.
HANDMADE = [
    ("mobile", "Anyone seen my AirPods? I left them in the Grad bar - ring me on [07812 445 901] pls"),
    ("mobile", "Message Priya on [+44 (0) 7893 221 004] if you want in on the Roses minibus"),
    ("landline", "Mum says if the flood gets worse ring her at home on [01539 722 180]"),
    ("landline", "Gran's number is [(0161) 789 2234], can someone pop round?"),
    ("email", "Anyone know who owns this? It says [r.okafor@lancaster.ac.uk] on the inside"),
    ("email", "Paige said to send the rota to [paigewh99@hotmail.co.uk]"),
    ("home-address", "Tom's new gaff is [14 Greaves Road, la1 4ud] if anyone has his post"),
    ("home-address", "send the birthday card to her at [Flat 2, 7 Dale Street, Lancaster LA1 3AP]"),
    ("date-of-birth", "New member form: Aisha Khan, DOB [3rd Sept 2005]"),
    ("date-of-birth", "Luke's birthday is [21.11.03] - yes he's the baby of the team"),
    ("student-id", "The lanyard had student no. [39218847] on it, check lost property"),
    ("student-id", "my uni ID is [37551206] if you need it for the sign-up sheet"),
    ("ni-number", "For payroll, Sam's NI is [PX 84 12 96 B]"),
    ("card", "Use my card for the deposit: [5168 4412 9083 1471]"),
    ("bank-details", "Please refund Chloe: sort code [30-96-26] account [61203158]"),
    ("iban", "Erasmus refund to my account [GB29 NWBK 6016 1331 9268 19]"),
]
HANDMADE_SILENT = [
    "Campus security are on 01524 594541 all night",
    "Email pottery@lancastersu.co.uk to book a wheel",
    "Questions? ugadmissions@lancaster.ac.uk",
    "Our AGM is on 14 March 2026 in the Margaret Fell Lecture Theatre",
    "Venue: Lancaster Brewery, Lancaster Leisure Park, LA1 3LA",
    "Read the thread https://x.com/lusu/status/1790123456789012345",
    "Booking ref 07911234567 for the coach",
    "Roses result: Lancaster 172-164 York!",
    "Born in 1964, the union turns 62 this year",
    "Deadline 01/02/2026 for the bursary",
]


# A second hand-made set, written after the detectors were first changed and before running them on it.
HANDMADE_2 = [
    ("mobile", "Lost a black North Face jacket at the Sugarhouse last night, if found pls text [07402 118 930]"),
    ("mobile", "Kit man this season is Dan - [+447825 301 662] - message him not the page"),
    ("mobile", "Who's got Ellie's number? Oh wait found it, [07955-210-873]"),
    ("landline", "If you can't get me on my mobile try the house phone [01524 381 207]"),
    ("landline", "My grandad is stuck in Preston, his number's [01772 254 119], can anyone give him a lift?"),
    ("email", "Send your CV to my personal one: [tom.hargreaves88@gmail.com]"),
    ("email", "The complaint was from [k.osei@lancaster.ac.uk], can someone reply"),
    ("email", "Add our new secretary [ameliaroberts@outlook.com] to the drive"),
    ("home-address", "Can anyone give Jess a lift home? She's at [31 Ullswater Road, Lancaster, LA1 3PR]"),
    ("home-address", "My new flat is [Apartment 6, 2 Lodge Street, LA1 1QQ] - housewarming Saturday"),
    ("home-address", "post the medal to his parents' house: [9 Church Brow, Halton LA2 6LS]"),
    ("date-of-birth", "Welcome to the team Chloe! (born [12.09.2005], so still a teenager 😂)"),
    ("date-of-birth", "For the Roses form: Ben Walsh, date of birth [7 November 2003]"),
    ("date-of-birth", "my bday is [2/8/2004] if anyone wants to send presents"),
    ("student-id", "Whoever lost their student card (number [38214556]) it's behind the bar"),
    ("student-id", "Please email me your student numbers, mine's [37802216]"),
    ("ni-number", "new starter form: NI no [JT 45 88 21 C], start date Monday"),
    ("card", "Can someone pay for the pizza? my card is [4929 5133 7264 0054] exp 03/27"),
    ("bank-details", "Chip in for the minibus please: Barclays [20-32-06] [43127899]"),
    ("iban", "Spanish exchange student refund: [ES91 2100 0418 4502 0005 1332]"),
]
HANDMADE_2_SILENT = [
    "Freshers helpline: 01524 594 594 (8am-8pm)",
    "Contact our welfare officer at welfare@lancastersu.co.uk",
    "Questions about kit? equipment.hockey@gmail.com",
    "Email the physics department at physics-ug@lancaster.ac.uk",
    "Ticket sales close at midnight on 28/02/2026",
    "The Roses weekend is 1-3 May 2026 in York",
    "Our society turns 40 on 12 March 2026 - cake in Bowland bar!",
    "Match report: Lancaster 2-1 Leeds Beckett, 14/11/2025",
    "Tickets £7.50 / £5 members, https://lancastersu.co.uk/ents/event/20261203",
    "Booking reference 24019937 - please bring it to the door",
    "Room change: the AGM is now in FASS Meeting Room 3, LA1 4YW",
    "Venue for the formal: Lancaster House Hotel, Green Lane, Lancaster LA1 4GJ",
    "Charity no. 1145033 - every penny goes to Nightline",
    "Donate via https://www.justgiving.com/page/lusu-rag-07912345678",
    "Order 4023 9911 2019 has been dispatched",
    "Class of 2004? Reunion on 14 March!",
    "Year 1 timetable: lectures 09:00-11:00, labs 14:00-16:00",
    "Our helpline number is 0800 028 5712, free from mobiles",
    "The porters' lodge is on 01524 592 092 overnight",
    "Happy 50th birthday to the Film Society - founded 21 October 1976!",
]


def handmade_cases(second: bool = False) -> list[Case]:
    from thinktwice.pack.markers import parse
    positives, silent = (HANDMADE_2, HANDMADE_2_SILENT) if second else (HANDMADE, HANDMADE_SILENT)
    cases = [Case(kind, *parse(text)) for kind, text in positives]
    return cases + [Case("lookalike:handmade", text, []) for text in silent]


# -- measuring ------------------------------------------------------------------------------------

def personal_spans(engine, text: str) -> list:
    answer = engine.check({"text": text, "action": "post", "context": CONTEXT})
    return [(s["start"], s["end"]) for w in answer["warnings"]
            if w["category"] == "personal-data" and w["severity"] in WARNED for s in w["spans"]]


def covered(item: tuple, spans: list) -> bool:
    """At least half the item's non-space characters lie inside the warnings' spans."""
    s, e = item
    inside = sum(1 for i in range(s, e) if any(a <= i < b for a, b in spans))
    return inside * 2 >= (e - s)


def found(engine, case: Case) -> bool:
    spans = personal_spans(engine, case.text)
    if case.lookalike:
        return bool(spans)
    return all(covered(item, spans) for item in case.items)


def cases(seed: int = 2026, per_kind: int = 200, lookalikes: int = 500, disguised: bool = True) -> list[Case]:
    gen = Generator(seed)
    out = []
    for kind in KINDS:
        out += gen.positives(kind, per_kind)
    out += gen.lookalikes(lookalikes)
    if disguised:
        other = Generator(seed + 1)
        for kind in DISGUISED_KINDS:
            out += other.positives(kind, per_kind)
    return out


def table(engine, all_cases: list[Case], show: int = 0) -> list[str]:
    rows = {}
    shown: dict[str, int] = {}
    seen: dict[str, int] = {}
    alarm_kinds: dict[str, int] = {}
    for case in all_cases:
        key = "look-alikes" if case.lookalike else case.kind
        hit = found(engine, case)
        good = not hit if case.lookalike else hit
        n, ok = rows.get(key, (0, 0))
        rows[key] = (n + 1, ok + good)
        if case.lookalike:
            what = case.kind.split(":", 1)[1]
            seen[what] = seen.get(what, 0) + 1
            alarm_kinds[what] = alarm_kinds.get(what, 0) + (not good)
        if not good and shown.get(key, 0) < show:
            shown[key] = shown.get(key, 0) + 1
            print(f"  {'FALSE ALARM' if case.lookalike else 'MISSED'} [{case.kind}] {case.text!r}", file=sys.stderr)
    lines = ["| kind | posts | recall |", "|---|---|---|"]
    for kind in KINDS + DISGUISED_KINDS:
        if kind in rows:
            n, ok = rows[kind]
            lines.append(f"| {kind} | {n} | {ok / n:.2f} ({ok}/{n}) |")
    if "look-alikes" in rows:
        n, ok = rows["look-alikes"]
        lines.append(f"| look-alikes (false alarms) | {n} | {(n - ok) / n:.1%} ({n - ok}/{n}) |")
        alarms = {k: v for k, v in sorted(alarm_kinds.items()) if v}
        if alarms:
            lines.append("")
            lines.append("false alarms by look-alike: " + ", ".join(f"{k} {v}/{seen[k]}" for k, v in alarms.items()))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--per-kind", type=int, default=200)
    ap.add_argument("--lookalikes", type=int, default=600)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms of each kind")
    ap.add_argument("--rules", default=None, help="rule pack directory (default: the repository's rules/)")
    args = ap.parse_args(argv)
    from thinktwice.engine import Engine
    engine = Engine.from_directory(args.rules)
    generated = cases(args.seed, args.per_kind, args.lookalikes)
    print(f"Generated (Faker en_GB, seed {args.seed}):")
    print("\n".join(table(engine, generated, args.show)))
    print("\nHand-made:")
    print("\n".join(table(engine, handmade_cases(), args.show)))
    print("\nHand-made, second set:")
    print("\n".join(table(engine, handmade_cases(second=True), args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
