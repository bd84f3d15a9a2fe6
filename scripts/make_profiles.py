#!/usr/bin/env python3
"""Make a rule pack with one organisation profile for every students' union: a copy of rules/ whose
policies/ holds COUNT profiles, the bundled four plus copies of them under other names.

    .venv/bin/python scripts/make_profiles.py OUT_DIR [--count 600]

Every copy is one of the four bundled profiles (in turn) with the organisation's own names changed:
its place ("Lancaster" -> "Aberdeen", then generated places once the real list runs out), its
short names ("LUSU" -> a unique one such as "ABSU"), its id and its e-mail domain. The generic names
every union uses ("the SU", "the Students' Union", "the union", "SU", "the University") stay as they
are, as they would in a real pack for every union. Clauses, maps and examples are copied unchanged, so
a copy warns exactly as its original. Everything else in rules/ is copied unchanged.

Importable: `make_pack(out_dir, count)` (scripts/bench uses it). Deterministic: the same COUNT gives the
same names.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"

# Real UK university places first (the four bundled ones left out), then generated ones.
REAL_PLACES = """
Aberdeen Abertay Aberystwyth Anglia Aston Bangor Bath Bedfordshire Birmingham Bolton Bournemouth Bradford
Brighton Bristol Brunel Buckingham Cambridge Canterbury Cardiff Chichester Coventry Cranfield Cumbria
Derby Dundee Durham Edinburgh Essex Exeter Falmouth Glasgow Gloucestershire Greenwich Hertfordshire
Huddersfield Hull Keele Kent Kingston Leeds Lincoln Liverpool London Loughborough Manchester Middlesex
Napier Newcastle Northampton Northumbria Norwich Nottingham Oxford Plymouth Portsmouth Reading Roehampton
Salford Sheffield Southampton Staffordshire Stirling Strathclyde Sunderland Surrey Sussex Swansea Teesside
Ulster Warwick Westminster Winchester Wolverhampton Worcester York Solent Suffolk Hallam Brookes Heriot
Edge Harper Writtle Bucks Arden Sheffield Greenwich Wrexham Glyndwr Carmarthen Lampeter
Kirklees Blackpool Blackburn Burnley Preston Stockport Wigan Bury Rochdale Oldham Warrington Chesterfield
Mansfield Grimsby Scunthorpe Doncaster Rotherham Barnsley Wakefield Harrogate Scarborough Darlington
Hartlepool Carlisle Kendal Barrow Truro Exmouth Taunton Yeovil Swindon Cheltenham Hereford Shrewsbury
Telford Stafford Lichfield Walsall Dudley Solihull Nuneaton Rugby Banbury Bedford Luton Watford Harlow
Colchester Ipswich Lowestoft Cromer Kings Peterborough Huntingdon Stevenage Guildford Woking Crawley
Hastings Eastbourne Chatham Maidstone Ashford Dover Folkestone Margate Basingstoke Farnborough Aldershot
Salisbury Weymouth Poole Dorchester Inverness Perth Paisley Ayr Dumfries Falkirk Livingston Motherwell
Newport Pontypridd Merthyr Bridgend Neath Llandudno Derry Coleraine Armagh Newry Belfast Lisburn
""".split()

SYLLABLES = ["ab", "ash", "bar", "bel", "bran", "brid", "car", "cold", "dal", "den", "dun", "east", "el", "fair",
             "fal", "glen", "gran", "ham", "har", "hol", "kel", "kings", "lan", "ley", "lin", "mar", "mel", "mon",
             "nor", "oak", "pen", "ros", "sal", "shel", "stan", "tal", "thorn", "ul", "wal", "wen", "west", "wil"]
ENDINGS = ["bury", "by", "field", "ford", "gate", "ham", "holm", "minster", "mouth", "ridge", "stead", "ton",
           "well", "wick", "worth"]

# What each bundled profile calls itself beyond its place name, and what a copy calls itself instead.
TEMPLATES = {
    "lancaster-su": {"place": "Lancaster", "abbrevs": {"LUSU": "{a}USU"}, "mail": "lancaster.ac.uk", "kind": "su"},
    "leicester-su": {"place": "Leicester", "abbrevs": {"ULSU": "U{a}SU", "UoL": "Uo{i}"}, "mail": "",
                     "kind": "su"},
    "chester-su": {"place": "Chester", "abbrevs": {"CSU": "{a}SU"}, "mail": "", "kind": "su"},
    "lancaster-university": {"place": "Lancaster", "abbrevs": {"LU": "{a}U"}, "mail": "", "kind": "uni"},
}
RESERVED = {"SU", "LU", "LUSU", "ULSU", "CSU", "UoL", "NUS", "UK", "EU", "US", "USA", "UN"}


def places(count: int) -> list[str]:
    """`count` unique place names: the real ones first, then generated ones (seeded, so repeatable)."""
    seen, out = {"Lancaster", "Leicester", "Chester"}, []
    for place in REAL_PLACES:
        if place not in seen:
            seen.add(place)
            out.append(place)
    rng = random.Random(600)
    while len(out) < count:
        place = ("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))) + rng.choice(ENDINGS)).capitalize()
        if place not in seen:
            seen.add(place)
            out.append(place)
    return out[:count]


def _abbrev(place: str, pattern: str, used: set[str]) -> str:
    """A short name from `pattern` ({a}: letters of the place, {i}: its initial) that no profile uses yet."""
    letters = re.sub(r"[^A-Za-z]", "", place).upper()
    for n in range(1, len(letters) + 1):
        candidate = pattern.format(a=letters[:n], i=place[0].upper())
        if candidate not in used and candidate not in RESERVED:
            used.add(candidate)
            return candidate
    for k in range(2, 1000):                                       # every prefix taken: number it
        candidate = pattern.format(a=letters, i=place[0].upper()) + str(k)
        if candidate not in used:
            used.add(candidate)
            return candidate
    raise ValueError(f"no short name left for {place}")


def profile_copy(source: str, template: dict, place: str, new_id: str, used: set[str]) -> str:
    """The text of a bundled profile with the organisation's own names changed to `place`'s."""
    text = re.sub(r'(?m)^id = ".*"$', f'id = "{new_id}"', source, count=1)
    for old, pattern in template["abbrevs"].items():
        text = re.sub(rf"\b{re.escape(old)}\b", _abbrev(place, pattern, used), text)
    text = re.sub(rf"\b{template['place']}\b", place, text)
    if template["mail"]:
        domain = re.sub(r"[^a-z]", "", place.lower()) + ".ac.uk"
        text = text.replace(template["mail"], domain)
    return text


def make_pack(out_dir: str | Path, count: int = 600, rules_dir: str | Path = RULES) -> Path:
    """Copy `rules_dir` to `out_dir` (which must not exist) with `count` profiles in policies/."""
    out_dir, rules_dir = Path(out_dir), Path(rules_dir)
    shutil.copytree(rules_dir, out_dir)
    originals = sorted((out_dir / "policies").glob("*.toml"))
    if count < len(originals):
        raise ValueError(f"count must be at least the {len(originals)} bundled profiles")
    sources = {p.stem: p.read_text(encoding="utf-8") for p in originals if p.stem in TEMPLATES}
    order = [pid for pid in TEMPLATES if pid in sources]
    used = set(RESERVED)
    for i, place in enumerate(places(count - len(originals))):
        pid = order[i % len(order)]
        slug = re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-")
        new_id = f"{slug}-{'university' if TEMPLATES[pid]['kind'] == 'uni' else 'su'}"
        path = out_dir / "policies" / f"{new_id}.toml"
        if path.exists():
            raise ValueError(f"two profiles named {new_id}")
        path.write_text(profile_copy(sources[pid], TEMPLATES[pid], place, new_id, used), encoding="utf-8")
    return out_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="where to write the pack (must not exist)")
    parser.add_argument("--count", type=int, default=600, help="profiles in all, the bundled four included")
    args = parser.parse_args()
    if Path(args.out_dir).exists():
        parser.error(f"{args.out_dir} exists")
    out = make_pack(args.out_dir, args.count)
    print(f"{out}: {len(list((out / 'policies').glob('*.toml')))} profiles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
