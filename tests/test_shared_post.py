"""A like, share, repost or quote given as the user's comment in `text` and the post it republishes in
`replying_to` (docs/api.md, "The post shared"): the post shared is judged as the user's own post is, on
the bundled rules through the real engine, and over HTTP on the real service."""
from __future__ import annotations

import json
from pathlib import Path

from thinktwice.budget import Deadline
from thinktwice.judge import signals_of
from thinktwice.text import Text

LEAKED = "LEAKED: everyone who failed the 2nd year Psych resits 👇 Jess Moran, Tom Pike, Ayo Bello + their student IDs"
PARTY = "6 weeks to polling day. Only the Lib Dems can beat the Conservatives here, every vote counts #WinHere"
SPEC = Path(__file__).resolve().parents[1] / "server" / "thinktwice" / "web" / "openapi.json"


def ask(engine, text, action, replying_to=None, org="lancaster-su", role="volunteer", account="official"):
    body = {"text": text, "action": action, "context": {"org": org, "role": role, "account": account}}
    if replying_to is not None:
        body["replying_to"] = replying_to
    return engine.check(body)


def by_category(answer):
    return {w["category"]: w for w in answer["warnings"]}


def test_a_share_with_a_comment_is_judged_on_the_post_it_republishes(engine):
    answer = ask(engine, "👀👀👀", "share", LEAKED)
    found = by_category(answer)
    assert answer["verdict"] == "warning"
    assert {"endorsement", "personal-data"} <= set(found)
    assert found["endorsement"]["clause"]["ref"] == "6.3"
    for w in answer["warnings"]:
        assert w["in"] == "replying_to" and w["spans"] == []
        assert w["found"] and w["found"].split(" … ")[0] in LEAKED


def test_the_same_post_answered_is_only_context(engine):
    for action in ("reply", "comment", "post"):
        assert ask(engine, "👀👀👀", action, LEAKED)["verdict"] == "ok", action


def test_the_post_shared_counts_for_every_endorsing_action(engine):
    for action in ("like", "share", "repost", "quote"):
        found = by_category(ask(engine, "sharing from my main acc bc this matters 🔶", action, PARTY))
        assert {"political", "endorsement"} <= set(found), action
        assert found["political"]["in"] == "replying_to"


def test_where_the_policy_is_silent_on_endorsing_a_like_says_nothing_and_a_share_still_republishes(engine):
    assert ask(engine, "lol", "like", LEAKED, org="chester-su")["warnings"] == []
    shared = ask(engine, "lol", "share", LEAKED, org="chester-su")
    assert shared["warnings"] and "endorsement" not in by_category(shared)
    assert all(w["in"] == "replying_to" for w in shared["warnings"])


def test_the_endorsement_takes_the_text_s_words_when_the_comment_counts_too(engine):
    answer = ask(engine, "Vote Lib Dem on Thursday! 🔶", "quote", LEAKED)
    found = by_category(answer)
    endorsement = found["endorsement"]
    assert "in" not in endorsement and endorsement["spans"]
    assert "in" not in found["political"] and found["political"]["spans"][0]["text"].startswith("Vote Lib Dem")
    assert found["personal-data"]["in"] == "replying_to"
    # the text's warnings come before the shared post's of the same severity
    order = [w.get("in", "text") for w in answer["warnings"] if w["severity"] == "warning"]
    assert order == sorted(order, key=lambda source: source != "text")


def test_a_harmless_shared_post_adds_nothing(engine):
    assert ask(engine, "Good news for exam season 📚", "share",
               "Lancaster University Library: 24/7 opening returns from 5 January.")["verdict"] == "ok"


def test_over_http_the_warning_about_the_post_shared_meets_the_published_schema(live_server):
    schema = json.loads(SPEC.read_text())["components"]["schemas"]["Warning"]
    r = live_server.request("POST", "/v1/check", body={
        "text": "👀👀👀", "action": "repost", "replying_to": LEAKED,
        "context": {"org": "leicester-su", "role": "officer", "account": "official"}})
    assert r.status == 200
    warnings = r.json()["warnings"]
    assert {"endorsement", "personal-data"} <= {w["category"] for w in warnings}
    for w in warnings:
        assert set(schema["required"]) <= set(w) <= set(schema["properties"])
        assert w["in"] in schema["properties"]["in"]["enum"]
        assert w["in"] == "replying_to" and w["spans"] == [] and w["found"]


def test_the_post_shared_is_read_once_and_its_signals_are_those_a_reply_reads(engine):
    """The engine reads a shared post with the organisation's whole plan and takes the post's signals from
    that reading; this holds because every plan selects every signal rule."""
    compiled = engine.pack.compiled
    for org in engine.pack.profiles:
        plan = compiled.plan(org)
        selection = plan.selection
        selected = {r.id for _, r in selection.always}
        for group in (selection.by_lexicon, selection.required_by):
            selected |= {r.id for rules in group.values() for _, r in rules}
        assert plan.signal_rules <= selected, org
    post = "DM me, I'm 15 and in year 11 lol"
    whole = engine.detector.find(Text(post), "lancaster-su", Deadline(None))
    signals_only = engine.detector.find(Text(post), "lancaster-su", Deadline(None),
                                        only=compiled.plan("lancaster-su").signal_rules)
    assert signals_of(whole) == signals_of(signals_only) != frozenset()
