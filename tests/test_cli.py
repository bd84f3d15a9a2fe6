"""The thinktwice command, run as a user runs it."""
import json
import subprocess
import sys
from pathlib import Path

from helpers import SHARED

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
