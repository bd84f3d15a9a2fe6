"""Election windows declared in a pack: political content counts a level higher, and profiles that
name a union role get a reminder, only while the window is open."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from pack_helpers import PACK_TOML, write_pack

from thinktwice.engine import Engine
from thinktwice.quality.examples import all_examples
from thinktwice.pack import PackError, load_pack

TODAY = date.today()


def election(start: date, end: date, extra: str = "") -> str:
    return PACK_TOML + f'''
[[elections]]
id = "test-su-2027"
name = "Test SU elections"
kind = "union"
start = "{start.isoformat()}"
end = "{end.isoformat()}"
{extra}
'''


def engine_with(tmp_path, toml: str) -> Engine:
    return Engine(load_pack(write_pack(tmp_path, pack_toml=toml)))


def check(engine, text, account="personal", action="post"):
    return engine.check({"text": text, "action": action,
                         "context": {"org": "test-su", "role": "officer", "account": account}})


def test_inside_the_window_political_content_is_raised_a_level(tmp_path):
    engine = engine_with(tmp_path, election(TODAY - timedelta(days=1), TODAY + timedelta(days=1)))
    personal = check(engine, "Vote Labour on Thursday!")
    assert personal["verdict"] == "caution"
    assert personal["warnings"][0]["election"]["id"] == "test-su-2027"
    assert "Test SU elections" in personal["warnings"][0]["message"]
    assert check(engine, "Vote Labour on Thursday!", account="official")["verdict"] == "warning"
    assert check(engine, "See you at the pub quiz")["verdict"] == "ok"


def test_a_profile_naming_a_union_role_gets_a_reminder_inside_the_window(tmp_path):
    engine = engine_with(tmp_path, election(TODAY, TODAY, 'clause = { "test-su" = "4.2" }'))
    answer = check(engine, "Welfare Officer at Test SU. Tea enthusiast.", action="profile")
    [reminder] = answer["warnings"]
    assert reminder["rule"] == "political.election-period" and reminder["severity"] == "info"
    assert reminder["clause"]["ref"] == "4.2"
    assert reminder["spans"] == [{"start": 0, "end": 15, "text": "Welfare Officer"}]
    assert check(engine, "Tea enthusiast.", action="profile")["warnings"] == []
    assert check(engine, "Welfare Officer at Test SU.", action="post")["warnings"] == []


def test_outside_the_window_nothing_changes(tmp_path):
    engine = engine_with(tmp_path, election(TODAY - timedelta(days=30), TODAY - timedelta(days=2)))
    assert check(engine, "Vote Labour on Thursday!")["verdict"] == "info"
    assert check(engine, "Welfare Officer at Test SU.", action="profile")["warnings"] == []


def test_a_window_for_another_organisation_changes_nothing_here(tmp_path):
    toml = election(TODAY, TODAY, 'orgs = ["test-su"]').replace('id = "test-su-2027"', 'id = "x"')
    assert check(engine_with(tmp_path, toml), "Vote Labour!")["verdict"] == "caution"
    other = tmp_path / "other"
    toml = election(TODAY, TODAY).replace('kind = "union"', 'kind = "local"')
    pack = load_pack(write_pack(other, pack_toml=toml))
    assert Engine(pack, today=lambda: TODAY + timedelta(days=1)).check(
        {"text": "Vote Labour!", "context": {"org": "test-su"}})["verdict"] == "info"


def test_the_packs_own_examples_describe_ordinary_days(tmp_path):
    pack = load_pack(write_pack(tmp_path, pack_toml=election(TODAY, TODAY)))
    assert all(r.passed for r in all_examples(Engine(pack, today=lambda: None)))


@pytest.mark.parametrize("extra, start, end, message", [
    ("", TODAY, TODAY - timedelta(days=1), "ends before it starts"),
    ('orgs = ["atlantis-su"]', TODAY, TODAY, "unknown organisation 'atlantis-su'"),
    ('clause = { "test-su" = "99" }', TODAY, TODAY, "clause '99' is not a clause of 'test-su'"),
    ('colour = "red"', TODAY, TODAY, "unknown option(s) ['colour']"),
])
def test_a_bad_election_is_refused_naming_pack_toml(tmp_path, extra, start, end, message):
    with pytest.raises(PackError) as err:
        load_pack(write_pack(tmp_path, pack_toml=election(start, end, extra)))
    assert str(err.value).startswith("pack.toml: ") and message in str(err.value)
