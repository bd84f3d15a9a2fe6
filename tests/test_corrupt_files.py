"""Every data file survives hand corruption: the real service starts, answers, and says why.

Each test writes a broken file into a fresh data directory, starts the real app on a real port (or
`thinktwice serve` in its own process), and checks that it answers, that what could not be used was
moved aside (NAME.corrupt-TIME, owner-only), and that GET /v1/health `notes` (and the log printed at
start) name the file and the problem.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from helpers import LiveServer
from service_process import ServiceProcess

CHECK = {"text": "Vote Labour on 4 July!", "context": {"org": "lancaster-su", "account": "official"}}
ENTRY = {"org": "lancaster-su", "action": "post", "rules": ["political.party-vote"], "severity": "warning",
         "outcome": "edited"}
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode_of(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def set_aside(data_dir, name):
    return sorted(p for p in data_dir.iterdir() if p.name.startswith(f"{name}.corrupt-"))


@pytest.fixture
def serve(tmp_path):
    """Start the real app (waitress, a real port) on tmp_path/data; stopped after the test."""
    servers = []

    def start():
        servers.append(LiveServer({"DATA_DIR": str(tmp_path / "data")}))
        return servers[-1]

    (tmp_path / "data").mkdir(mode=0o700)
    yield start
    for server in servers:
        server.stop()


def notes_of(server) -> list[str]:
    r = server.request("GET", "/v1/health")
    assert r.status == 200 and r.json()["status"] == "ok"
    return r.json()["notes"]


# -- settings.json -----------------------------------------------------------------------------------
BROKEN_SETTINGS = {
    "not JSON": b'{"settings": {"1": {"org": "chest',
    "binary": b"\xff\xfe\x00garbage",
    "a list": b"[1, 2, 3]",
    "a table that is a list": b'{"settings": [{"org": "chester-su"}]}',
    "a record that is a string": b'{"settings": {"1": "chester-su"}}',
    "a record id that is not a number": b'{"settings": {"first": {"org": "chester-su"}}}',
    "nested too deeply": b'{"settings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
}


@pytest.mark.parametrize("content", BROKEN_SETTINGS.values(), ids=BROKEN_SETTINGS.keys())
def test_a_settings_file_that_is_not_a_settings_file_is_moved_aside(serve, tmp_path, content):
    data = tmp_path / "data"
    (data / "settings.json").write_bytes(content)
    server = serve()
    assert server.request("GET", "/v1/settings").json() == {"settings": {"org": None, "role": None, "account": None}}
    assert server.request("POST", "/v1/check", body=CHECK).status == 200
    [aside] = set_aside(data, "settings.json")
    assert aside.read_bytes() == content
    [note] = [n for n in notes_of(server) if n.startswith("settings.json")]
    assert aside.name in note and str(tmp_path) not in note
    assert server.request("PUT", "/v1/settings", body={"role": "staff"}).status == 200


WRONG_VALUES = [
    ({"org": 5, "role": "staff", "account": "official"}, {"org": None, "role": "staff", "account": "official"}),
    ({"org": "lancaster-su", "role": ["staff"], "account": None},
     {"org": "lancaster-su", "role": None, "account": None}),
    ({"org": "atlantis-su", "role": "dean", "account": {"x": 1}}, {"org": None, "role": None, "account": None}),
    ({"org": "chester-su", "role": True, "account": 1.5, "colour": "red"}, {"org": "chester-su", "role": None,
                                                                            "account": None}),
]


@pytest.mark.parametrize("stored, kept", WRONG_VALUES, ids=["org-number", "role-list", "unknown-values", "bool-float"])
def test_settings_that_do_not_fit_the_installed_rules_are_set_aside_with_a_note(serve, tmp_path, stored, kept):
    """Wrong value types used to make every check relying on the defaults a 400, with nothing said at start."""
    data = tmp_path / "data"
    (data / "settings.json").write_text(json.dumps({"settings": {"1": stored}}))
    server = serve()
    assert server.request("GET", "/v1/settings").json() == {"settings": kept}
    r = server.request("POST", "/v1/check", body={"text": "Vote Labour on 4 July!"} if kept["org"] else CHECK)
    assert r.status == 200, r.body
    [aside] = set_aside(data, "settings.json")
    assert json.loads(aside.read_text()) == {"settings": {"1": stored}}
    [note] = [n for n in notes_of(server) if n.startswith("settings.json")]
    dropped = [k for k in ("org", "role", "account") if stored.get(k) is not None and kept[k] is None]
    assert all(f"its {k} " in note for k in dropped) and aside.name in note
    restarted = LiveServer({"DATA_DIR": str(data)})         # fixed for good: nothing more to say next time
    try:
        assert not [n for n in notes_of(restarted) if "settings.json" in n]
    finally:
        restarted.stop()


def test_a_directory_where_settings_json_should_be_is_moved_aside(serve, tmp_path):
    (tmp_path / "data" / "settings.json").mkdir()
    (tmp_path / "data" / "settings.json" / "inside").write_text("kept")
    server = serve()
    assert server.request("PUT", "/v1/settings", body={"org": "chester-su"}).status == 200
    [aside] = set_aside(tmp_path / "data", "settings.json")
    assert (aside / "inside").read_text() == "kept"
    assert any("settings.json could not be read (is not a regular file)" in n for n in notes_of(server))


# -- audit.json ----------------------------------------------------------------------------------------
def audit_file(*times, **extra):
    records = {str(n): {"time": t, **ENTRY, **extra} for n, t in enumerate(times, 1)}
    return json.dumps({"audit": records})


def test_audit_entries_with_a_time_that_is_a_number_or_null_are_moved_aside(serve, tmp_path):
    """An entry whose time was a number or null made GET /v1/audit a 500 and `audit export` crash."""
    from datetime import datetime, timezone
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    data = tmp_path / "data"
    records = {"1": {"time": 1732100000, **ENTRY}, "2": {"time": None, **ENTRY}, "3": {"time": now, **ENTRY},
               "4": {"time": now, **ENTRY, "rules": "political.party"}, "5": {"time": "yesterday", **ENTRY},
               "6": {"time": now, **ENTRY, "text": "Vote Labour"}}
    (data / "audit.json").write_text(json.dumps({"audit": records}))
    server = serve()
    r = server.request("GET", "/v1/audit")
    assert r.status == 200 and r.json()["entries"] == [{"time": now, **ENTRY}]
    assert server.request("POST", "/v1/audit", body=ENTRY).status == 201
    [aside] = set_aside(data, "audit.json")
    assert json.loads(aside.read_text())["audit"] == {k: v for k, v in records.items() if k != "3"}
    [note] = [n for n in notes_of(server) if n.startswith("audit.json")]
    assert "5 record(s) that are not audit entries" in note and "its time is not a UTC time" in note
    assert aside.name in note
    if os.name == "posix":
        assert mode_of(aside) == 0o600


def test_audit_export_survives_bad_entries_and_says_so(tmp_path):
    (tmp_path / "audit.json").write_text(audit_file(None, 12, "2999-01-01T00:00:00Z"))
    r = subprocess.run([sys.executable, "-m", "thinktwice", "audit", "export", "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert [json.loads(line)["time"] for line in r.stdout.splitlines()] == ["2999-01-01T00:00:00Z"]
    assert "audit.json held 2 record(s) that are not audit entries" in r.stderr and "Traceback" not in r.stderr


def test_a_bad_entry_written_while_the_service_runs_cannot_break_listing(serve, tmp_path):
    server = serve()
    assert server.request("POST", "/v1/audit", body=ENTRY).status == 201
    path = tmp_path / "data" / "audit.json"
    doc = json.loads(path.read_text())
    doc["audit"]["99"] = {**ENTRY, "time": None}
    path.write_text(json.dumps(doc))
    r = server.request("GET", "/v1/audit")
    assert r.status == 200 and len(r.json()["entries"]) == 1
    assert any(n.startswith("audit.json held 1 record(s)") for n in notes_of(server))


# -- updates.json and the token, with `thinktwice serve` in its own process --------------------------------
@pytest.mark.parametrize("record", [
    {"state": {"1": {"current": "2099.1"}}},
    {"state": {"1": {"current": {"version": 2099}}}},
    {"state": {"1": {"current": {"version": "2099.1", "signer": "comms"}, "previous": None}}},
    {"state": {"1": {"last_check": {"status": 3}}}},
    {"state": {"1": {"index_published": "last tuesday"}}},
    {"history": {"1": {"status": ["installed"], "checked_at": "2026-11-21T10:00:00Z"}}},
], ids=["current-a-string", "version-a-number", "signer-a-string", "status-a-number", "published-not-a-date",
        "history-row"])
def test_an_updates_record_of_the_wrong_shape_is_moved_aside_and_the_service_starts(tmp_path, record):
    """`current` as a string used to stop the service with a traceback."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "updates.json").write_text(json.dumps(record))
    service = ServiceProcess(data)
    try:
        conn = service.connection()
        status, health = service.call(conn, "GET", "/v1/health")
        assert status == 200 and any(n.startswith("updates.json is not valid") for n in health["notes"])
        status, rules = service.call(conn, "GET", "/v1/rules")
        assert status == 200 and rules["installed"]["source"] == "bundled"
        assert service.call(conn, "POST", "/v1/check", CHECK)[0] == 200
        assert set_aside(data, "updates.json")
    finally:
        service.stop()
    stderr = (service.log_dir / "stderr.log").read_text()
    assert "updates.json is not valid" in stderr and "Traceback" not in stderr


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_a_token_path_that_is_not_a_file_is_moved_aside_and_a_new_token_made(tmp_path, kind):
    """A directory where the token should be used to stop the service."""
    data = tmp_path / "data"
    data.mkdir()
    if kind == "directory":
        (data / "token").mkdir()
        (data / "token" / "old").write_text("kept")
    elif hasattr(os, "mkfifo"):
        os.mkfifo(data / "token")                 # reading it would block for ever
    else:
        pytest.skip("no FIFOs here")
    service = ServiceProcess(data)
    try:
        assert len(service.token) == 43
        status, health = service.call(service.connection(), "GET", "/v1/health")
        assert status == 200 and any(n.startswith("token is not a file") and "pair the extension again" in n
                                     for n in health["notes"])
        assert service.call(service.connection(), "GET", "/v1/orgs")[0] == 200
        [aside] = set_aside(data, "token")
        if kind == "directory":
            assert (aside / "old").read_text() == "kept"
    finally:
        service.stop()
    assert "token is not a file" in (service.log_dir / "stderr.log").read_text()


# -- modes -------------------------------------------------------------------------------------------------
@posix_only
def test_every_directory_is_0700_and_every_file_0600_even_when_adopted_loose(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    (data / "settings.json").write_text('{"settings": {"1": {"org": "chester-su"}}}')
    os.chmod(data / "settings.json", 0o644)
    (data / "packs").mkdir(mode=0o755)
    os.chmod(data / "packs", 0o755)
    (data / "notes.txt").write_text("someone else's file: left alone")
    os.chmod(data / "notes.txt", 0o644)
    server = LiveServer({"DATA_DIR": str(data)})
    try:
        assert server.request("POST", "/v1/audit", body=ENTRY).status == 201
        notes = notes_of(server)
    finally:
        server.stop()
    assert mode_of(data) == 0o700 and mode_of(data / "packs") == 0o700
    assert any(n.startswith("the directory data was open to other users (mode 0755)") for n in notes)
    assert any(n.startswith("the directory packs was open") for n in notes)
    assert any("1 file(s) in the data directory were open" in n for n in notes)
    for name in ("settings.json", "audit.json", "token"):
        assert mode_of(data / name) == 0o600, name
    assert mode_of(data / "notes.txt") == 0o644


@posix_only
def test_a_fresh_data_directory_is_private_from_the_start(tmp_path):
    data = tmp_path / "fresh" / "data"
    server = LiveServer({"DATA_DIR": str(data)})
    try:
        assert notes_of(server) == []
        assert server.request("PUT", "/v1/settings", body={"org": "chester-su"}).status == 200
    finally:
        server.stop()
    assert mode_of(data) == 0o700 and mode_of(data / "packs") == 0o700
    assert {p.name: mode_of(p) for p in data.iterdir() if p.is_file()} == {"token": 0o600, "settings.json": 0o600}


@posix_only
def test_a_pack_installed_by_an_update_is_owner_only(tmp_path):
    """bundle.write_tree writes a pack's files with the process's umask; the service makes them private."""
    from pack_helpers import StaticSite, add_party, write_pack

    from thinktwice.release import bundle, publish, signing

    keys = signing.keygen(tmp_path / "keys", "Test SU comms")
    site = StaticSite(tmp_path / "site")
    v2 = write_pack(tmp_path / "v2")
    add_party(v2, "Pirate Party")
    pack = tmp_path / "v2.ttpack"
    pack.write_bytes(bundle.build(v2, "2.0"))
    signing.sign_file(pack, keys[0])
    publish.publish(pack, site.directory, keys[0])
    data = tmp_path / "data"
    server = LiveServer({"DATA_DIR": str(data), "RULES_DIR": str(write_pack(tmp_path / "v1")), "UPDATE_URL": site.url,
                         "TRUSTED_KEYS": [str(keys[1])], "UPDATE_CHECK_AT_START": False})
    try:
        assert server.request("POST", "/v1/rules/update").json()["last_update"]["status"] == "installed"
    finally:
        server.stop()
        site.stop()
    below = list((data / "packs").rglob("*"))
    assert any(p.is_file() for p in below) and any(p.is_dir() for p in below)
    assert {mode_of(p) for p in below if p.is_dir()} == {0o700}
    assert {mode_of(p) for p in below if p.is_file()} == {0o600}
    assert mode_of(data / "updates.json") == 0o600
