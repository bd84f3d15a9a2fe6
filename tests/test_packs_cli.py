"""The comms team's whole loop, run as they run it: edit a rule, lint, test, build, sign, publish,
and a running service picks the new pack up (and reports its version, as the extension's popup shows)."""
from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import LiveServer
from pack_helpers import StaticSite, add_party, write_pack

CMD = [sys.executable, "-m", "thinktwice"]
PIRATES = {"text": "Vote for the Pirate Party!", "context": {"org": "test-su", "account": "official"}}


def run(*args, cwd=None):
    return subprocess.run([*CMD, *map(str, args)], capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def keydir(tmp_path_factory):
    keys = tmp_path_factory.mktemp("keys") / "comms"
    r = run("rules", "keygen", "--out", keys, "--name", "Test SU comms")
    assert r.returncode == 0, r.stderr
    return keys


def test_keygen_writes_a_private_key_only_its_owner_can_read_and_never_overwrites(keydir):
    private, public = keydir / "thinktwice-rules.key", keydir / "thinktwice-rules.pub"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert public.read_text().startswith("ed25519 ") and public.read_text().strip().endswith("Test SU comms")
    again = run("rules", "keygen", "--out", keydir)
    assert again.returncode == 2 and "never overwritten" in again.stderr


def test_the_whole_loop_reaches_a_running_service(tmp_path, keydir):
    rules, site_dir = write_pack(tmp_path / "rules"), tmp_path / "site"
    site = StaticSite(site_dir)
    service = LiveServer({"DATA_DIR": str(tmp_path / "data"), "RULES_DIR": str(write_pack(tmp_path / "installed")),
                          "UPDATE_URL": site.url, "TRUSTED_KEYS": [str(keydir / "thinktwice-rules.pub")],
                          "UPDATE_CHECK_AT_START": False})
    try:
        assert service.request("POST", "/v1/check", body=PIRATES).json()["verdict"] == "ok"

        add_party(rules, "Pirate Party")                                         # edit a rule
        lint = run("rules", "lint", rules)
        assert lint.returncode == 0 and "0 error(s)" in lint.stdout, lint.stdout
        test = run("rules", "test", rules)
        assert test.returncode == 0 and test.stdout.strip().endswith("0 failed")
        pack = tmp_path / "out" / "test-pack-2.0.ttpack"
        build = run("rules", "build", rules, "--version", "2.0", "--out", pack)
        assert build.returncode == 0, build.stderr
        manifest = json.loads(pack.read_bytes())["manifest"]
        assert manifest["version"] == "2.0" and manifest["as_of"] == {"party_leaders": "2025-09-30"}
        assert set(manifest["files"]) == {"pack.toml", "detectors/political.toml", "policies/test-su.toml"}
        assert all(len(f["sha256"]) == 64 for f in manifest["files"].values())
        sign = run("rules", "sign", pack, "--key", keydir / "thinktwice-rules.key")
        assert sign.returncode == 0 and Path(f"{pack}.sig").is_file()
        published = run("rules", "publish", pack, "--out", site_dir, "--key", keydir / "thinktwice-rules.key")
        assert published.returncode == 0, published.stderr
        assert {p.name for p in (site_dir / "packs").iterdir()} == {pack.name, pack.name + ".sig"}

        answer = service.request("POST", "/v1/rules/update").json()                # the hourly check, now
        assert answer["last_update"]["status"] == "installed", answer["last_update"]
        assert service.request("POST", "/v1/check", body=PIRATES).json()["verdict"] == "warning"
        assert service.request("GET", "/v1/health").json()["rules_version"] == "2.0"
    finally:
        service.stop()
        site.stop()


def test_build_refuses_a_pack_whose_examples_fail(tmp_path):
    rules = write_pack(tmp_path / "rules")
    path = rules / "detectors" / "political.toml"
    path.write_text(path.read_text().replace('should_not_warn = ["Child labour is wrong"]',
                                             'should_not_warn = ["Vote Labour"]'))
    r = run("rules", "build", rules, "--version", "2.0", "--out", tmp_path / "p.ttpack")
    assert r.returncode == 1 and "FAIL rule political.party: 'Vote Labour'" in r.stderr
    assert not (tmp_path / "p.ttpack").exists()


def test_build_refuses_a_version_that_is_not_dotted_numbers(tmp_path):
    r = run("rules", "build", write_pack(tmp_path / "rules"), "--version", "v2-final", "--out", tmp_path / "p")
    assert r.returncode == 2 and "dotted numbers" in r.stderr


def test_publish_refuses_an_unsigned_pack_and_an_older_version(tmp_path, keydir):
    rules, key = write_pack(tmp_path / "rules"), keydir / "thinktwice-rules.key"
    for version in ("3.0", "2.0"):
        assert run("rules", "build", rules, "--version", version, "--out", tmp_path / f"{version}.ttpack").returncode == 0
    unsigned = run("rules", "publish", tmp_path / "3.0.ttpack", "--out", tmp_path / "site", "--key", key)
    assert unsigned.returncode == 2 and "sign the pack first" in unsigned.stderr
    for version in ("3.0", "2.0"):
        assert run("rules", "sign", tmp_path / f"{version}.ttpack", "--key", key).returncode == 0
    assert run("rules", "publish", tmp_path / "3.0.ttpack", "--out", tmp_path / "site", "--key", key).returncode == 0
    older = run("rules", "publish", tmp_path / "2.0.ttpack", "--out", tmp_path / "site", "--key", key)
    assert older.returncode == 2 and "newer than 2.0" in older.stderr


def test_lint_reports_a_runaway_pattern_and_exits_1(tmp_path):
    rules = write_pack(tmp_path / "rules")
    path = rules / "detectors" / "political.toml"
    path.write_text(path.read_text() + '''
[[rules]]
id = "personal-data.code"
category = "personal-data"
regex = \'\'\'code\\s+(?:[A-Z]+\\d*)+!\'\'\'
example_org = "test-su"
message = "A code."
advice = "Remove it."
should_warn = ["code AB12!"]
should_not_warn = ["no code"]
''')
    r = run("rules", "lint", rules)
    assert r.returncode == 1
    assert "ERROR detectors/political.toml: rule 'personal-data.code''s regex has a nested quantifier" in r.stdout


def test_serve_refuses_a_bad_trusted_key(tmp_path):
    r = run("--data-dir", tmp_path, "serve", "--port", "0", "--update-url", "http://127.0.0.1:9/",
            "--trusted-key", "ed25519 not-base64!")
    assert r.returncode == 2 and "not base64" in r.stderr


VOTES_RULE = '''
[[rules]]
kind = "pattern"
id = "political.votes"
category = "political"
regex = \'\'\'\\bvote(?:s|s)*!\'\'\'
example_org = "test-su"
message = "Asks for votes ({match})."
advice = "Keep party politics off union accounts."
should_warn = ["[Votes!]"]
should_not_warn = ["votes"]
'''


def test_lint_and_build_refuse_the_red_teams_repeat_of_equal_alternatives(tmp_path):
    rules = write_pack(tmp_path / "rules")
    path = rules / "detectors" / "political.toml"
    path.write_text(path.read_text() + VOTES_RULE)
    message = "rule 'political.votes''s regex repeats a group that can match the same text in two ways"
    lint = run("rules", "lint", rules)
    assert lint.returncode == 1 and message in lint.stdout, lint.stdout
    build = run("rules", "build", rules, "--version", "2.0", "--out", tmp_path / "p.ttpack")
    assert build.returncode == 1 and message in build.stderr and "nothing was built" in build.stderr
    assert not (tmp_path / "p.ttpack").exists()


def test_build_records_allow_shrink_in_the_manifest(tmp_path):
    rules = write_pack(tmp_path / "rules")
    for flags, allowed in (((), False), (("--allow-shrink",), True)):
        pack = tmp_path / f"p-{allowed}.ttpack"
        r = run("rules", "build", rules, "--version", "2.0", "--out", pack, *flags)
        assert r.returncode == 0, r.stderr
        assert json.loads(pack.read_bytes())["manifest"]["allow_shrink"] is allowed
        assert ("may have fewer profiles" in r.stdout) is allowed
