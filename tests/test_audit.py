"""The audit log: what the user did about each warning, never the text; retention; export and clear."""
import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from thinktwice.service.audit import AuditLog

ENTRY = {"org": "lancaster-su", "action": "post", "rules": ["political.party-vote", "endorsement.breaching-content"],
         "severity": "warning", "outcome": "asked_comms"}


def test_recorded_entries_are_listed_and_cleared_over_http(live_server):
    live_server.request("DELETE", "/v1/audit")
    r = live_server.request("POST", "/v1/audit", body=ENTRY)
    assert r.status == 201
    recorded = r.json()["recorded"]
    assert {k: recorded[k] for k in ENTRY} == ENTRY
    assert datetime.strptime(recorded["time"], "%Y-%m-%dT%H:%M:%SZ")
    listed = live_server.request("GET", "/v1/audit").json()
    assert listed["entries"] == [recorded] and listed["retention_days"] == 90
    stored = json.loads(open(f"{live_server.app.config['DATA_DIR']}/audit.json").read())
    assert list(stored["audit"].values()) == [recorded]
    assert live_server.request("DELETE", "/v1/audit").json() == {"removed": 1}
    assert live_server.request("GET", "/v1/audit").json()["entries"] == []


BAD = [
    ({**ENTRY, "text": "Vote Labour!"}, "unknown_field"),
    ({k: v for k, v in ENTRY.items() if k != "outcome"}, "missing_field"),
    ({**ENTRY, "outcome": "posted anyway because Labour"}, "invalid_value"),
    ({**ENTRY, "rules": ["Vote Labour on 4 July"]}, "invalid_value"),
    ({**ENTRY, "rules": ["political.party-vote", "jane-smith.lives-at-12-high-street-la1-4yw"]}, "unknown_rule"),
    ({**ENTRY, "rules": ["signal.mentions-org"]}, "unknown_rule"),
    ({**ENTRY, "rules": []}, "invalid_value"),
    ({**ENTRY, "rules": "political.party"}, "invalid_type"),
    ({**ENTRY, "org": "atlantis-su"}, "unknown_org"),
    ({**ENTRY, "action": "poke"}, "unknown_action"),
    ({**ENTRY, "severity": 3}, "invalid_type"),
    ([ENTRY], "invalid_body"),
]


@pytest.mark.parametrize("body, code", BAD, ids=[f"{n}-{c}" for n, (_, c) in enumerate(BAD)])
def test_an_entry_that_could_carry_text_is_refused(live_server, body, code):
    r = live_server.request("POST", "/v1/audit", body=body)
    assert r.status == 400 and r.json()["error"]["code"] == code


def test_only_the_installed_packs_rules_and_the_built_in_ones_are_recorded(live_server):
    """A rule id shaped like one can still carry a name and an address: only ids a warning can carry are kept,
    and the refusal names the position, never the id."""
    body = {**ENTRY, "rules": ["jane-smith.lives-at-12-high-street-la1-4yw"]}
    r = live_server.request("POST", "/v1/audit", body=body)
    error = r.json()["error"]
    assert r.status == 400 and error["code"] == "unknown_rule"
    assert error["message"].startswith("rules[0] is not a rule of the installed rule pack")
    assert "jane" not in r.body.decode() and "high-street" not in r.body.decode()
    for rule in ("endorsement.breaching-content", "political.election-period", "personal-data.home-address"):
        assert live_server.request("POST", "/v1/audit", body={**ENTRY, "rules": [rule]}).status == 201
    stored = (Path(live_server.app.config["DATA_DIR"]) / "audit.json").read_text()
    assert "jane-smith" not in stored


def test_old_entries_expire_after_the_retention_period(tmp_path):
    now = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
    log = AuditLog(tmp_path, retention_days=30)
    log.record(ENTRY, now=now - timedelta(days=31))
    log.record(ENTRY, now=now - timedelta(days=29))
    log.record(ENTRY, now=now)                              # writing prunes: the 31-day-old entry goes
    assert [e["time"] for e in log.entries(now=now)] == ["2026-10-23T12:00:00Z", "2026-11-21T12:00:00Z"]
    assert log.prune(now=now + timedelta(days=2)) == 1     # the 29-day-old one is now 31 days old
    assert [e["time"] for e in log.entries(now=now + timedelta(days=2))] == ["2026-11-21T12:00:00Z"]


def test_the_log_keeps_at_most_max_entries(tmp_path):
    log = AuditLog(tmp_path, max_entries=5)
    start = datetime.now(timezone.utc) - timedelta(hours=1)
    for n in range(8):
        log.record({**ENTRY, "outcome": ["edited", "went_ahead"][n % 2]}, now=start + timedelta(minutes=n))
    times = [e["time"] for e in log.entries()]
    assert len(times) == 5 and times == sorted(times)


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "thinktwice", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)


def test_audit_export_and_clear_commands(tmp_path):
    log = AuditLog(tmp_path)
    log.record(ENTRY)
    log.record({**ENTRY, "outcome": "cancelled", "action": "like"})
    r = run("audit", "export", data_dir=tmp_path)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 0 and [x["outcome"] for x in lines] == ["asked_comms", "cancelled"]
    r = run("audit", "export", "--format", "csv", data_dir=tmp_path)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[1]["action"] == "like" and rows[0]["rules"] == "political.party-vote endorsement.breaching-content"
    r = run("audit", "clear", data_dir=tmp_path)
    assert r.returncode == 0 and "removed 2" in r.stdout
    assert run("audit", "export", data_dir=tmp_path).stdout == ""
