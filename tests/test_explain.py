"""`thinktwice rules explain`: what found what, and which [[map]] entry decided each warning or why none did."""
import subprocess
import sys

from thinktwice.engine import Engine
from thinktwice.quality.explain import explain


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "thinktwice", "--data-dir", str(data_dir), "rules", "explain", *args],
                          capture_output=True, text=True, timeout=120)


def test_explain_names_the_lexicons_the_rules_and_the_deciding_entry(tmp_path):
    r = run("Vote Labour on 4 July", "--org", "lancaster-su", "--role", "volunteer", "--account", "official",
            data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "(bundled)" in out.splitlines()[0]
    assert 'party_vote: "Vote Labour" [0-11]' in out
    assert 'political.party-vote (political) by lexicon party_vote: "Vote Labour" [0-11]' in out
    assert "political.party-vote: [[map]] #6 decides: 10.1 Political neutrality, warning" in out
    # the entries passed over on the way, with the reason
    assert "[[map]] #1 (6.7) does not apply: needs signal(s) ['signal.balanced-coverage']" in out
    # "Labour" inside "Vote Labour" is decided but not shown, and the explanation says why
    assert "political.party: not shown: its words are inside another political warning" in out
    assert 'WARNING  political (political.party-vote) "Vote Labour" [0-11]: lancaster-su 10.1' in out


def test_explain_says_when_the_policy_is_silent(engine):
    out = explain(engine, {"text": "Vote Labour on 4 July", "context": {"org": "chester-su", "account": "official"}})
    assert "political.party: no [[map]] entry names it or political: the policy is silent" in out
    assert out.rstrip().endswith("verdict: ok")


def test_explain_says_why_no_entry_applies_and_how_a_like_is_judged(engine):
    out = explain(engine, {"text": "Can't wait to vote SNP tomorrow", "action": "like",
                           "context": {"org": "lancaster-su", "role": "staff", "account": "personal"}})
    assert "(a like is judged as posting the content)" in out
    assert "endorsement: [[map]] #" in out and "counts the like" in out


def test_explain_agrees_with_the_check_on_every_rule_example(engine: Engine):
    """The explanation runs the engine's own steps: its answer is the check's, verdict and warnings."""
    for rule in engine.pack.rules:
        for text in rule.should_not_warn[:2]:
            for account in ("official", "personal"):
                body = {"text": text, "context": {"org": rule.example_org, "account": account}}
                answer = engine.check(body)
                out = explain(engine, body)
                assert out.rstrip().endswith(f"verdict: {answer['verdict']}"), (text, account)
                for w in answer["warnings"]:
                    assert f"({w['rule']})" in out


def test_explain_refuses_a_bad_request_with_its_message(tmp_path):
    r = run("hi", "--org", "nowhere-su", data_dir=tmp_path)
    assert r.returncode == 2 and "unknown organisation 'nowhere-su'" in r.stderr
