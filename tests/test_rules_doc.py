"""docs/rules.md documents every key the loader accepts, and no key it does not; README's table of
what each organisation's policy is silent on matches the profiles' `silent_on`."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from thinktwice.detectors.builtin import BUILTINS
from thinktwice.engine import default_rules_dir
from thinktwice.pack import load_pack
from thinktwice.pack import elections, schema
from thinktwice.vocab import ACCOUNTS, ACTIONS, CATEGORIES, ROLES, SEVERITIES

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")

# The reference's headings, and the keys the loader accepts in each table.
ACCEPTED = {
    "pack.toml": schema.PACK_KEYS,
    "[[elections]]": elections.KEYS,
    "[lexicons.NAME]": schema.LEXICON_OPTIONS,
    "Term options": schema.TERM_OPTIONS | {"term"},
    "[[rules]], every kind": schema.RULE_COMMON,
    **{f'kind = "{kind}"': keys for kind, keys in schema.KIND_OPTIONS.items()},
    "Profile": schema.PROFILE_KEYS,
    "[[logos]]": schema.LOGO_KEYS,
    "comms_contact": schema.COMMS_CONTACT_KEYS,
    '[clauses."REF"]': schema.CLAUSE_KEYS,
    "[[map]]": schema.MAP_KEYS,
    "[[examples]]": schema.EXAMPLE_KEYS,
    "context": schema.EXAMPLE_CONTEXT_KEYS,
    "expect": schema.EXPECT_KEYS,
}


def reference_tables() -> dict[str, list[list[str]]]:
    """Each '#### heading' of the reference with the rows of the table under it (cells, stripped)."""
    reference = DOC.split("\n## Reference", 1)[1]
    tables: dict[str, list[list[str]]] = {}
    for section in reference.split("\n#### ")[1:]:
        heading, _, body = section.partition("\n")
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in body.splitlines()
                if line.startswith("|") and not line.startswith("|---")]
        tables[heading.strip()] = rows[1:]          # without the header row
    return tables


def first_column(rows: list[list[str]]) -> set[str]:
    return {m.group(1) for row in rows for m in [re.fullmatch(r"`([^`]+)`", row[0])] if m}


def test_the_reference_has_a_table_for_every_kind_of_table():
    assert set(ACCEPTED) | {"Built-in detectors", "Values"} == set(reference_tables())


@pytest.mark.parametrize("heading", list(ACCEPTED))
def test_every_key_the_loader_accepts_is_documented_and_nothing_else(heading):
    documented = first_column(reference_tables()[heading])
    assert documented == ACCEPTED[heading], (f"{heading}: undocumented {sorted(ACCEPTED[heading] - documented)}, "
                                             f"documented but not accepted {sorted(documented - ACCEPTED[heading])}")


def test_every_built_in_detector_and_its_options_are_declared_and_documented():
    # A new detector, or a new option of one, is declared in pack/schema.py (the loader refuses options
    # not declared there) and given a row in docs/rules.md's "Built-in detectors" table.
    assert set(schema.DETECTOR_OPTIONS) == set(BUILTINS), "declare each detector's options in DETECTOR_OPTIONS"
    rows = reference_tables()["Built-in detectors"]
    assert first_column(rows) == set(BUILTINS)
    for row in rows:
        detector = row[0].strip("`")
        options = set(re.findall(r"`([a-z_]+)`:", row[1]))
        assert options == schema.DETECTOR_OPTIONS[detector], detector


def test_every_kind_is_described_and_every_value_listed():
    for kind in schema.KINDS:
        assert f"| `{kind}` |" in DOC, kind
    values = reference_tables()["Values"]
    listed = set(re.findall(r"`([a-z-]+)`", " ".join(" ".join(r) for r in values) + DOC.split("#### Values", 1)[1]))
    for value in (*CATEGORIES, *ROLES, *ACCOUNTS, *ACTIONS, *SEVERITIES):
        assert value in listed, value


def test_the_readme_table_of_silences_matches_the_profiles():
    # README says it in words; the profiles say it in categories and rules.
    words = {"party politics": ["political"], "product promotion": ["commercial"], "the press": ["media"],
             "logos": ["branding.logo-use", "branding.partner-logo-use"], "likes": ["endorsement"],
             "confidential business": ["confidential"], "copyright": ["copyright"],
             "under-18s": ["offensive.unsuitable-for-minors"], "answering abuse": ["offensive.reply-to-abuse"],
             "people in pictures": ["personal-data.people-in-picture"],
             "accounts opened without approval": ["branding.unapproved-account", "branding.unapproved-handle",
                                                  "branding.unapproved-bio", "branding.fake-account"],
             "accounts kept after leaving": ["branding.account-kept-after-leaving"]}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pack = load_pack(default_rules_dir())
    rows = re.findall(r"^\| `([a-z-]+)` \| [^|]+ \| ([^|]+) \|$", readme, re.M)
    assert {org for org, _ in rows} == set(pack.profiles)
    for org, silent in rows:
        said = [] if silent.strip() == "—" else [w.strip() for w in silent.split(",")]
        assert sorted(pack.profiles[org].silent_on) == sorted(n for w in said for n in words[w]), org
