"""Rule updates against a real static web server on a free port, installed by the real service.

Every attack leaves the old pack answering checks, with the reason in GET /v1/rules.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import LiveServer
from pack_helpers import QuietHandler, StaticSite, add_party, write_pack

from thinktwice.release import bundle, publish, signing

PIRATES = {"text": "Vote for the Pirate Party!", "context": {"org": "test-su", "account": "official"}}


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    trusted = signing.keygen(tmp_path_factory.mktemp("trusted"), "Comms team")
    other = signing.keygen(tmp_path_factory.mktemp("other"), "Someone else")
    return {"trusted": trusted, "other": other}


def release(source: Path, version: str, site: Path, key: Path, work: Path, **publish_options) -> Path:
    """Build, sign and publish `source` as `version` (what the rules commands do)."""
    pack = work / f"pack-{version}.ttpack"
    pack.write_bytes(bundle.build(source, version))
    signing.sign_file(pack, key)
    publish.publish(pack, site, key, **publish_options)
    return pack


def start(tmp_path: Path, keys: dict, handler=QuietHandler, **config) -> dict:
    """A service on pack 1.0 (Pirate Party unknown), a feed, and a v2 source that knows the Pirate Party;
    `config` adds to the service's config (UPDATE_LIMITS, UPDATE_URL)."""
    base = write_pack(tmp_path / "v1")
    v2 = write_pack(tmp_path / "v2")
    add_party(v2, "Pirate Party")
    site = StaticSite(tmp_path / "site", handler)
    server = LiveServer({"DATA_DIR": str(tmp_path / "data"), "RULES_DIR": str(base), "UPDATE_URL": site.url,
                         "TRUSTED_KEYS": [str(keys["trusted"][1])], "UPDATE_CHECK_AT_START": False, **config})
    return {"server": server, "site": site, "v1": base, "v2": v2, "work": tmp_path, "keys": keys}


@pytest.fixture
def env(tmp_path, keys):
    started = start(tmp_path, keys)
    yield started
    started["server"].stop()
    started["site"].stop()


def set_mtime(path: Path, moment: float) -> None:
    os.utime(path, (moment, moment))


def update(server):
    r = server.request("POST", "/v1/rules/update")
    assert r.status == 200, r.body
    return r.json()


def assert_old_pack_still_works(server, code: str):
    rules = server.request("GET", "/v1/rules").json()
    assert rules["installed"]["version"] == "1.0"
    assert rules["last_update"]["code"] == code and rules["last_update"]["reason"]
    assert rules["history"][0]["code"] == code
    answer = server.request("POST", "/v1/check", body={**PIRATES, "text": "Vote Labour!"}).json()
    assert answer["verdict"] == "warning" and answer["rules_version"] == "1.0"
    assert server.request("POST", "/v1/check", body=PIRATES).json()["verdict"] == "ok"


def test_a_good_update_is_installed_and_used_by_the_next_check(env):
    server = env["server"]
    assert server.request("POST", "/v1/check", body=PIRATES).json()["verdict"] == "ok"
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    set_mtime(env["site"].directory / "index.json", time.time() - 60)     # published a minute before the check

    outcome = update(server)
    assert outcome["last_update"]["status"] == "installed" and outcome["installed"]["version"] == "2.0"
    answer = server.request("POST", "/v1/check", body=PIRATES).json()
    assert answer["verdict"] == "warning" and answer["rules_version"] == "2.0"
    assert server.request("GET", "/v1/health").json()["rules_version"] == "2.0"     # what the popup shows

    rules = server.request("GET", "/v1/rules").json()
    trusted = signing.load_public(str(env["keys"]["trusted"][1]))
    assert rules["installed"]["source"] == "update"
    assert rules["installed"]["signer"] == {"key_id": trusted.key_id, "name": "Comms team"}
    assert rules["previous"]["version"] == "1.0"
    assert rules["history"][0]["status"] == "installed" and rules["history"][0]["version"] == "2.0"
    data = Path(server.app.config["DATA_DIR"])
    assert (data / "packs" / "2.0" / "pack.toml").is_file()
    history = json.loads((data / "updates.json").read_text())["history"]
    assert [h["status"] for h in history.values()] == ["installed"]

    # The next check asks conditionally (If-Modified-Since) and finds nothing new.
    again = update(server)["last_update"]
    assert again["status"] == "up_to_date" and again["not_modified"] is True


def test_a_pack_republished_within_the_second_of_the_last_check_is_still_installed(tmp_path, keys):
    """Last-Modified counts whole seconds. When the check and two publications fall in one second, the
    index keeps the same Last-Modified, so asking If-Modified-Since it would get 304 Not Modified and
    the newer pack would never be seen."""
    second = int(time.time())

    class HostWithinOneSecond(QuietHandler):
        def date_time_string(self, timestamp=None):         # every answer is dated that second
            return super().date_time_string(second if timestamp is None else timestamp)

    env = start(tmp_path, keys, HostWithinOneSecond)
    index, key = env["site"].directory / "index.json", env["keys"]["trusted"][0]
    try:
        release(env["v2"], "2.0", env["site"].directory, key, env["work"])
        set_mtime(index, second + 0.1)
        assert update(env["server"])["last_update"]["status"] == "installed"
        release(env["v2"], "3.0", env["site"].directory, key, env["work"])
        set_mtime(index, second + 0.8)

        outcome = update(env["server"])["last_update"]
        assert outcome["status"] == "installed" and outcome["version"] == "3.0", outcome
        assert outcome["not_modified"] is False
    finally:
        env["server"].stop()
        env["site"].stop()


def test_a_pack_with_one_byte_changed_is_refused(env):
    pack = release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    served = env["site"].directory / "packs" / "test-pack-2.0.ttpack"
    data = bytearray(served.read_bytes())
    at = data.index(b"Pirate Party")
    data[at] = ord("Q")
    served.write_bytes(bytes(data))
    assert served.read_bytes() != pack.read_bytes()
    assert update(env["server"])["last_update"]["status"] == "refused"
    assert_old_pack_still_works(env["server"], "bad_signature")


def test_a_feed_signed_by_another_key_is_refused(env):
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["other"][0], env["work"])
    outcome = update(env["server"])["last_update"]
    assert "not a trusted key" in outcome["reason"]
    assert_old_pack_still_works(env["server"], "untrusted_index")


def test_a_pack_signed_by_another_key_under_a_trusted_index_is_refused(env):
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    sig = env["site"].directory / "packs" / "test-pack-2.0.ttpack.sig"
    pack = env["site"].directory / "packs" / "test-pack-2.0.ttpack"
    sig.write_text(json.dumps(signing.sign(signing.load_private(env["keys"]["other"][0]), pack.read_bytes())))
    update(env["server"])
    assert_old_pack_still_works(env["server"], "bad_signature")


def test_an_older_version_is_refused(env):
    release(env["v2"], "0.9", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    outcome = update(env["server"])["last_update"]
    assert outcome["offered"] == "0.9" and "never rolled back" in outcome["reason"]
    assert_old_pack_still_works(env["server"], "rollback")


def test_an_expired_index_is_reported_as_a_frozen_feed(env):
    long_ago = datetime.now(timezone.utc) - timedelta(days=30)
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"], now=long_ago)
    outcome = update(env["server"])["last_update"]
    assert "expired" in outcome["reason"]
    assert_old_pack_still_works(env["server"], "index_expired")


def test_a_replayed_older_index_is_refused(env):
    site, key = env["site"].directory, env["keys"]["trusted"][0]
    release(env["v2"], "2.0", site, key, env["work"], now=datetime.now(timezone.utc) - timedelta(days=2))
    old_index = (site / "index.json").read_bytes()
    publish.publish(env["work"] / "pack-2.0.ttpack", site, key)            # a fresher index for the same pack
    assert update(env["server"])["last_update"]["status"] == "installed"
    (site / "index.json").write_bytes(old_index)
    later = (site / "index.json").stat().st_mtime + 60      # a replaced file gets a new Last-Modified, as on a real host
    os.utime(site / "index.json", (later, later))
    outcome = update(env["server"])["last_update"]
    assert outcome["code"] == "index_replayed"
    assert env["server"].request("GET", "/v1/rules").json()["installed"]["version"] == "2.0"


def test_a_pack_whose_own_examples_fail_is_refused(env):
    broken = env["work"] / "broken"
    shutil.copytree(env["v2"], broken)
    path = broken / "detectors" / "political.toml"
    path.write_text(path.read_text().replace('should_not_warn = ["Child labour is wrong"]',
                                             'should_not_warn = ["Vote Labour now"]'))
    release(broken, "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    outcome = update(env["server"])["last_update"]
    assert "1 of the pack's 6 examples fail" in outcome["reason"] and "Vote Labour now" in outcome["reason"]
    assert_old_pack_still_works(env["server"], "examples_fail")
    assert not [p for p in (Path(env["server"].app.config["DATA_DIR"]) / "packs").iterdir()], "nothing left behind"


def test_an_unreachable_server_is_reported(env):
    env["site"].stop()
    outcome = update(env["server"])["last_update"]
    assert outcome["status"] == "failed" and "could not be reached" in outcome["reason"]
    assert_old_pack_still_works(env["server"], "unreachable")


@pytest.mark.parametrize("garbage", [b"\x89PNG\r\n\x1a\n\x00\x00", b"<html>Not here</html>", b'{"signed": 5}',
                                     b"[" * 10000])
def test_a_server_answering_garbage_is_refused(env, garbage):
    (env["site"].directory / "index.json").write_bytes(garbage)
    update(env["server"])
    assert_old_pack_still_works(env["server"], "invalid_index")


def test_a_garbage_pack_under_a_good_index_is_refused(env):
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    pack = env["site"].directory / "packs" / "test-pack-2.0.ttpack"
    pack.write_bytes(b"x" * pack.stat().st_size)
    update(env["server"])
    assert_old_pack_still_works(env["server"], "bad_signature")


def test_update_without_a_feed_is_a_json_409(live_server):
    r = live_server.request("POST", "/v1/rules/update")
    assert r.status == 409 and r.json()["error"]["code"] == "updates_not_configured"
    assert live_server.request("GET", "/v1/rules").json()["last_update"]["status"] == "not_configured"


def test_update_needs_the_pairing_token(env):
    from helpers import NO_TOKEN

    r = env["server"].request("POST", "/v1/rules/update", token=NO_TOKEN)
    assert r.status == 401 and r.json()["error"]["code"] == "missing_token"


def test_a_service_that_verifies_no_update_never_loads_the_signature_library(tmp_path):
    """`cryptography` (~6 MB resident, ~65 ms of import) is loaded only when a signature is checked or made;
    the same service verifies one as soon as it is asked (signing.py's keys and signatures)."""
    from service_process import ServiceProcess

    service = ServiceProcess(tmp_path / "data")
    try:
        conn = service.connection()
        status, _ = service.call(conn, "POST", "/v1/check", {"text": "Vote Labour on Thursday!", "action": "post",
                                                             "context": {"org": "lancaster-su"}}, token=service.token)
        assert status == 200
        maps = Path(f"/proc/{service.proc.pid}/maps").read_text()
        assert "cryptography" not in maps
    finally:
        service.stop()
    private, public = signing.keygen(tmp_path / "keys")
    doc = signing.sign(signing.load_private(private), b"pack bytes")
    trusted = signing.load_public(str(public))
    assert signing.verify(b"pack bytes", doc, [trusted]) == trusted
    with pytest.raises(signing.SigningError):
        signing.verify(b"pack bytes, changed", doc, [trusted])
