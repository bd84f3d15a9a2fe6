"""The thinktwice command, run as a user runs it."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SHARED
from pack_helpers import add_party, write_pack

from thinktwice.release import bundle
from thinktwice.release.installs import InstallStore

CMD = [sys.executable, "-m", "thinktwice"]


def run(*args, stdin=None, data_dir):
    return subprocess.run([*CMD, "--data-dir", str(data_dir), *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_check_prints_warnings_readably_and_exits_1(tmp_path):
    r = run("check", "Vote Labour on 4 July!", "--org", "lancaster-su", "--role", "volunteer",
            "--account", "official", data_dir=tmp_path)
    assert r.returncode == 1
    assert "WARNING" in r.stdout and "10.1" in r.stdout and '"Vote Labour"' in r.stdout


def test_check_ok_exits_0(tmp_path):
    r = run("check", "See you at the quiz tonight", "--org", "lancaster-su", data_dir=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("ok")


def test_check_json_matches_the_api(tmp_path):
    r = run("check", "-", "--org", "chester-su", "--account", "official", "--json",
            stdin="Our favourite laptop? The MacBook Air, hands down. Buy it here", data_dir=tmp_path)
    answer = json.loads(r.stdout)
    assert answer["verdict"] == "warning"
    assert answer["warnings"][0]["clause"] == {"policy": "chester-su", "ref": "4 (products)",
                                               "title": "Misuse: promoting products"}


def test_check_reports_bad_input(tmp_path):
    r = run("check", "hello", "--org", "nowhere-su", data_dir=tmp_path)
    assert r.returncode == 2 and "unknown organisation" in r.stderr


def test_batch_answers_each_line_in_order(tmp_path):
    lines = [
        {"text": "Vote Labour!", "context": {"org": "lancaster-su", "account": "official"}},
        {"text": "Lovely weather", "context": {"org": "lancaster-su"}},
        {"text": "hi", "context": {"org": "nowhere-su"}},
        {"text": "Vote Labour!", "context": {"org": "chester-su", "account": "official"}},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    r = run("check", "--batch", stdin=stdin, data_dir=tmp_path)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("verdict") or o["error"]["code"] for o in out] == [
        "warning", "ok", "unknown_org", "ok", "invalid_json"]


def test_eval_scores_the_dev_set(tmp_path):
    r = run("eval", str(SHARED / "eval" / "dev.jsonl"), data_dir=tmp_path)
    assert r.returncode == 0
    assert "recall overall:" in r.stdout and "false alarms on cases expecting nothing:" in r.stdout
    assert "political" in r.stdout


def test_rules_test_runs_every_example(tmp_path):
    r = run("rules", "test", data_dir=tmp_path)
    assert r.returncode == 0
    assert r.stdout.strip().endswith("0 failed")


def test_rules_test_reports_a_failing_example(tmp_path):
    import shutil
    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).resolve().parents[1] / "rules", pack)
    political = pack / "detectors" / "political.toml"
    political.write_text(political.read_text().replace(
        'should_not_warn = ["Vote in the SU elections this week!"', 'should_not_warn = ["Vote Labour!"'))
    r = run("rules", "test", str(pack), data_dir=tmp_path)
    assert r.returncode == 1
    assert "FAIL rule political.party-vote: 'Vote Labour!'" in r.stdout


# -- which pack: the service's installed update, unless --rules-dir --------------------------------
PIRATES = "Vote for the Pirate Party!"
AT_TEST_SU = ("--org", "test-su", "--account", "official")


def install(data_dir, source, version):
    """What the service's updater leaves on disk after installing `source` as `version`."""
    store = InstallStore(data_dir)
    files = bundle.read(bundle.build(source, version))[1]
    store.commit(store.stage(files), {"version": version, "source": "update", "signer": None})


@pytest.fixture
def installed(tmp_path):
    """A data directory where the service has installed 2099.1 of a pack that knows the Pirate Party
    (and the test-su organisation, which the bundled pack does not have)."""
    source = write_pack(tmp_path / "update")
    add_party(source, "Pirate Party")
    data = tmp_path / "data"
    install(data, source, "2099.1")
    return data


def test_check_uses_the_update_the_service_installed_and_says_so(installed):
    r = run("check", PIRATES, *AT_TEST_SU, data_dir=installed)
    assert r.returncode == 1, r.stderr
    assert '"Pirate Party"' in r.stdout
    assert r.stdout.splitlines()[-1].startswith("verdict: warning (rules 2099.1, installed update, ")


def test_check_json_and_batch_use_the_installed_update(installed):
    answer = json.loads(run("check", PIRATES, *AT_TEST_SU, "--json", data_dir=installed).stdout)
    assert answer["verdict"] == "warning" and answer["rules_version"] == "2099.1"
    request = {"text": PIRATES, "context": {"org": "test-su", "account": "official"}}
    r = run("check", "--batch", stdin=json.dumps(request) + "\n", data_dir=installed)
    assert [json.loads(x)["rules_version"] for x in r.stdout.splitlines()] == ["2099.1"]


def test_eval_uses_the_installed_update_and_names_it(installed, tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": "pirates", "expect": ["political"],
                                 "request": {"text": PIRATES, "context": {"org": "test-su", "account": "official"}}}))
    r = run("eval", str(cases), data_dir=installed)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "rules 2099.1, installed update"
    assert "recall overall: 1.000 (1/1)" in r.stdout


def test_rules_dir_overrides_the_installed_update(installed, tmp_path):
    other = write_pack(tmp_path / "other")                 # version 1.0, no Pirate Party
    r = run("--rules-dir", str(other), "check", PIRATES, *AT_TEST_SU, data_dir=installed)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"ok: nothing to warn about (rules 1.0, from {other}, ")
    r = run("--rules-dir", str(tmp_path / "nowhere"), "check", PIRATES, data_dir=installed)
    assert r.returncode == 2 and "error: the rule pack cannot be loaded" in r.stderr


def test_without_an_install_check_uses_the_bundled_pack_and_leaves_the_data_directory_alone(tmp_path):
    data = tmp_path / "data"
    r = run("check", "See you at the quiz tonight", "--org", "lancaster-su", data_dir=data)
    assert r.returncode == 0 and ", bundled, " in r.stdout
    assert not data.exists()


def test_a_damaged_install_falls_back_with_a_note_and_leaves_a_running_install_alone(installed, tmp_path):
    (installed / "packs" / "2099.1" / "policies" / "test-su.toml").write_text("id = ")
    in_flight = InstallStore(installed).stage({"pack.toml": "name = 'half"})     # a service installing now
    r = run("check", "See you at the quiz tonight", "--org", "lancaster-su", data_dir=installed)
    assert r.returncode == 0 and ", bundled, " in r.stdout
    assert "note: the installed pack 2099.1 could not be loaded" in r.stderr
    assert in_flight.is_dir()
