"""The engine's behaviour: context decides, spans are exact, disguises are seen, ordinary words are left alone."""
import gc
import weakref

import pytest

from helpers import check, warned
from thinktwice.engine import Engine, RequestError
from thinktwice.text import Text, split_hashtag


# -- spans ------------------------------------------------------------------------------------------
def test_spans_are_utf16_offsets_after_astral_emoji(engine):
    text = "🗳️🗳️ 😀 Vote Labour!"
    answer = check(engine, text)
    span = next(s for w in answer["warnings"] for s in w["spans"] if "Labour" in s["text"])
    # JavaScript counts each astral emoji as two code units.
    js = text.encode("utf-16-le")
    assert js[span["start"] * 2:span["end"] * 2].decode("utf-16-le") == span["text"]
    python_index = text.index(span["text"])
    assert span["start"] == len(text[:python_index].encode("utf-16-le")) // 2 > python_index


def test_spans_cover_the_words_that_matter(engine):
    answer = check(engine, "Text Jess on 07700 900123 tonight")
    spans = [s["text"] for w in answer["warnings"] for s in w["spans"]]
    assert spans == ["07700 900123"]

def test_one_problem_read_by_two_rules_is_one_warning(engine):
    # Two insult rules read "The VC is a total idiot" from different first words; their spans overlap
    # and they cite the same clause, so the user sees one concern, with the words of the insult.
    one = check(engine, "The VC is a total idiot.", role="volunteer", account="official")
    assert [w["category"] for w in one["warnings"]] == ["offensive"]
    assert "idiot" in [s["text"] for s in one["warnings"][0]["spans"]]



# -- context decides ----------------------------------------------------------------------------------
PARTY_POST = "Can't wait to vote SNP tomorrow"


def test_party_content_warns_on_official_account(engine):
    answer = check(engine, PARTY_POST, role="staff", account="official")
    assert answer["verdict"] == "warning"
    w = next(w for w in answer["warnings"] if w["category"] == "political")
    assert w["clause"]["policy"] == "lancaster-su"


def test_party_content_is_only_info_on_a_personal_account(engine):
    answer = check(engine, PARTY_POST, role="staff", account="personal")
    assert answer["verdict"] == "info"
    assert warned(answer) == set()


def test_personal_party_post_that_ties_to_the_union_warns(engine):
    answer = check(engine, "As your SU President I'm voting Green and so should you", role="officer",
                   account="personal")
    w = next(w for w in answer["warnings"] if w["category"] == "political")
    assert w["severity"] == "warning" and w["clause"]["ref"] == "App1 3.3"


@pytest.mark.parametrize("org", ["leicester-su", "chester-su"])
def test_policies_silent_on_party_politics_stay_silent(engine, org):
    assert check(engine, "Vote Labour on 4 July!", org=org)["warnings"] == []


def test_university_staff_guidance_cites_charity_law(engine):
    answer = check(engine, "Vote Labour on 4 July!", org="lancaster-university", role="staff")
    assert {w["clause"]["ref"] for w in answer["warnings"]} == {"Charity law"}


def test_leicester_forbids_the_university_logo_outright(engine):
    text = "Using the University of Leicester logo on our sports kit this season looks so smart."
    leicester = check(engine, text, org="leicester-su")
    assert [w["severity"] for w in leicester["warnings"] if w["category"] == "branding"] == ["warning"]


def test_product_promotion_warns_only_on_official_accounts(engine):
    text = "Get 15% off at Nando's with code LANCSU15 this week only!"
    assert "commercial" in warned(check(engine, text, account="official"))
    assert "commercial" not in warned(check(engine, text, account="personal"))


def test_balanced_hustings_is_not_a_political_warning(engine):
    text = "Hustings on Tuesday with the Labour, Conservative, Green and Lib Dem candidates - all welcome."
    answer = check(engine, text)
    assert "political" not in warned(answer)
    assert answer["verdict"] == "info"


def test_civic_posts_do_not_warn(engine):
    for text in ["Polling stations are open 7am-10pm today. Bring photo ID!",
                 "Register to vote by 18 June - it takes five minutes.",
                 "Nominations for the SU Council elections close on Friday - stand for your course!"]:
        assert check(engine, text)["warnings"] == [], text


def test_mentioning_your_organisation_is_not_branding(engine):
    assert check(engine, "Proud to volunteer at Lancaster SU", account="personal")["warnings"] == []


# -- endorsements ------------------------------------------------------------------------------------
def test_like_is_checked_as_the_content_plus_an_endorsement_warning(engine):
    answer = check(engine, "Foreigners are taking all the student jobs on campus", action="like", account="personal")
    assert warned(answer) == {"offensive", "endorsement"}
    endorsement = next(w for w in answer["warnings"] if w["category"] == "endorsement")
    assert endorsement["clause"]["ref"] == "6.3" and endorsement["spans"]


def test_harmless_like_says_nothing(engine):
    assert check(engine, "Well done to everyone who ran the marathon!", action="like")["warnings"] == []


def test_without_an_endorsement_clause_a_like_is_silent_but_a_share_republishes(engine):
    text = "That lecturer is a total c*nt"
    assert check(engine, text, org="chester-su", action="like", account="personal")["warnings"] == []
    shared = check(engine, text, org="chester-su", action="share", account="official")
    assert warned(shared) == {"offensive"}


# -- media --------------------------------------------------------------------------------------------
def test_answering_a_journalist_warns_but_passing_it_on_does_not(engine):
    enquiry = "Hi, I'm a reporter at the student paper - could you comment on the SU elections?"
    answer = check(engine, "Honestly, it's been chaos behind the scenes", action="reply", replying_to=enquiry,
                   role="staff", account="personal")
    assert "media" in warned(answer)
    redirect = check(engine, "Please contact our comms team, they'll help", action="reply", replying_to=enquiry,
                     role="staff", account="personal")
    assert "media" not in warned(redirect)


def test_the_same_reply_to_a_friend_is_not_media(engine):
    answer = check(engine, "Honestly, it's been chaos behind the scenes", action="reply",
                   replying_to="How was your week?", role="staff", account="personal")
    assert "media" not in warned(answer)


# -- detection details --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["#VoteLabour", "#votelabour", "#ToriesOut", "#LabourDoorstep", "#ReformUK"])
def test_party_hashtags_are_split(engine, text):
    assert "political" in warned(check(engine, text))


@pytest.mark.parametrize("text", ["#ChildLabour", "#GoGreen", "#labourofLove", "#conservation"])
def test_hashtags_with_ordinary_words_are_not_parties(engine, text):
    assert "political" not in warned(check(engine, text))


def test_split_hashtag():
    assert split_hashtag("VoteLabour") == ["vote", "labour"]
    assert split_hashtag("GE2024") == ["ge", "2024"]
    assert split_hashtag("tories_out") == ["tories", "out"]


@pytest.mark.parametrize("text", ["what a r3tard", "f*ck this", "sh1t module", "fuuuuck", "absolute c**t"])
def test_disguised_words_are_seen(engine, text):
    assert "offensive" in warned(check(engine, text))


@pytest.mark.parametrize("text", [
    "The labour market for graduates is tough", "A conservative estimate is 300 people",
    "Go green: recycle your cups", "Timetable reform is here", "Our hockey team will murder it at nationals",
    "This track slaps", "Assassin's Creed tournament tonight", "Shitake risotto at the cafe",
    "Black History Month starts Monday", "Jewish Society Shabbat dinner this Friday",
    "Our advice service is free and confidential", "General enquiries: hello@lancastersu.co.uk",
    "Training starts 18:00 on 04/10", "Free flu jabs at the health centre all week",
])
def test_ordinary_posts_are_left_alone(engine, text):
    assert warned(check(engine, text)) == set(), text


def test_tokens_carry_kinds_and_offsets():
    text = Text("Vote @UKLabour #GE2024 https://t.co/x a.b@c.com 😀")
    kinds = [t.kind for t in text.tokens]
    assert kinds == ["word", "handle", "hashtag", "url", "email", "other"]
    assert [text.raw[t.start:t.end] for t in text.tokens][1] == "@UKLabour"


@pytest.mark.parametrize("raw", ["___Tories", "Vote  ___Labour\n\n  now", "\t__Labour, \xa0 #GE2024\r\n"])
def test_token_offsets_skip_what_is_no_token(raw):
    # "_" starts no token: the word after it starts after it, wherever the chunk sits and however it is spaced.
    text = Text(raw)
    assert [text.raw[t.start:t.end] for t in text.tokens] == [t.text for t in text.tokens]
    assert "Labour" in [t.text for t in text.tokens] or "Tories" in [t.text for t in text.tokens]


@pytest.mark.parametrize("raw", ["shit\n_", "call 07911 123456\n___", "Vote Labour\n_\n_\nnow"])
def test_a_last_line_without_tokens_is_answered(engine, raw):
    # A line of underscores alone holds no token; it once ended the text's sentence list early.
    answer = check(engine, raw)
    assert answer["warnings"], raw
    assert Text(raw).sentence[-1] >= 0


# -- answers ------------------------------------------------------------------------------------------
def test_answer_shape_and_verdict_is_highest_severity(engine):
    answer = check(engine, "Vote Labour, ring Tom on 07911 123456")
    assert set(answer) == {"verdict", "warnings", "rules_version", "elapsed_ms"}
    assert answer["verdict"] == "warning"
    for w in answer["warnings"]:
        assert set(w) == {"rule", "category", "severity", "message", "advice", "clause", "spans"}
        assert set(w["clause"]) == {"policy", "ref", "title"}


def test_repeated_requests_are_answered_from_the_cache_identically(engine):
    first = check(engine, "Vote Reform UK")
    second = check(engine, "Vote Reform UK")
    assert first["warnings"] == second["warnings"]
    second["warnings"][0]["message"] = "changed by a caller"
    assert check(engine, "Vote Reform UK")["warnings"][0]["message"] != "changed by a caller"


@pytest.mark.parametrize("cache_size", [2048, 0])
def test_changing_an_answer_changes_no_later_answer(cache_size):
    """Answers are values: whatever a caller does to one (the CLI, eval, examples and the admin page all
    call in-process), the next check of this text or another cites the clause the pack says."""
    engine = Engine.from_directory(cache_size=cache_size)
    official = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
    first = engine.check({"text": "Vote Labour on 4 July", "context": official})
    expected = first["warnings"][0]["clause"]["ref"]
    for w in first["warnings"]:
        w["clause"]["ref"] = "6.16"
        w["clause"]["title"] = "changed"
        w["spans"].append({"start": 0, "end": 1, "text": "V"})
        w["severity"] = "info"
    first["warnings"].clear()
    for text in ("Vote Labour on 4 July", "The Tories have cut council budgets by 40%."):
        answer = engine.check({"text": text, "context": official})
        assert answer["warnings"] and all(w["clause"]["ref"] == expected for w in answer["warnings"]), text
        assert all(w["clause"]["title"] != "changed" and w["severity"] == "warning" for w in answer["warnings"])
        assert all(s["start"] != 0 or s["text"] != "V" for w in answer["warnings"] for s in w["spans"])


def test_the_answer_cache_is_bounded_by_bytes_as_well_as_entries():
    engine = Engine.from_directory(cache_size=10_000, cache_bytes=200_000)
    for i in range(60):
        engine.check({"text": f"post {i} " + "word " * 3000, "context": {"org": "lancaster-su"}})
    assert engine.cache.bytes <= 200_000 and 0 < len(engine.cache) < 60
    small = Engine.from_directory(cache_size=5)
    for i in range(20):
        small.check({"text": f"Vote Labour {i}", "context": {"org": "lancaster-su"}})
    assert len(small.cache) == 5


@pytest.mark.parametrize("body, code", [
    ("not an object", "invalid_body"),
    ({}, "missing_field"),
    ({"text": 5}, "invalid_type"),
    ({"text": "   "}, "empty_text"),
    ({"text": "x" * 20001, "context": {"org": "lancaster-su"}}, "text_too_long"),
    ({"text": "hi", "action": "retweet", "context": {"org": "lancaster-su"}}, "unknown_action"),
    ({"text": "hi", "context": {"org": "nowhere-su"}}, "unknown_org"),
    ({"text": "hi", "context": {"org": "lancaster-su", "role": "dean"}}, "unknown_role"),
    ({"text": "hi", "context": {"org": "lancaster-su", "account": "shared"}}, "unknown_account"),
    ({"text": "hi", "context": "lancaster-su"}, "invalid_type"),
    ({"text": "hi", "colour": "red", "context": {"org": "lancaster-su"}}, "unknown_field"),
    ({"text": "hi"}, "missing_field"),
])
def test_bad_requests_are_refused_with_a_named_problem(engine, body, code):
    with pytest.raises(RequestError) as err:
        engine.check(body)
    assert err.value.code == code
    assert err.value.message


def test_a_replaced_pack_is_freed_although_frozen_out_of_the_collector():
    # Engine() moves the pack out of the cyclic collector's sight (gc.freeze); that must not keep an old
    # pack alive after a rule update replaces it.
    engine = Engine.from_directory()
    check(engine, "Vote Labour, ring 07911 123456")
    pack = weakref.ref(engine.pack)
    del engine
    gc.collect()
    assert pack() is None


def test_garbage_is_not_frozen_with_a_new_pack():
    class Node:
        pass

    Engine.from_directory()              # the service's first engine; what follows is a rule update
    gc.disable()                         # so that only the engine's own collection can free the cycle
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a          # a reference cycle that only the collector can free
        cycle = weakref.ref(a)
        del a, b
        Engine.from_directory()
    finally:
        gc.enable()
    gc.collect()
    assert cycle() is None


def test_remembered_contexts_still_follow_the_request_and_the_settings(engine):
    # What a context validates to is remembered; a different action, context or user setting is its own.
    body = {"text": "Vote Labour", "context": {"org": "lancaster-su", "account": "official"}}
    assert engine.check(body, defaults={"role": "volunteer"})["verdict"] == "warning"
    assert engine.check(body, defaults={"role": "volunteer"})["verdict"] == "warning"
    with pytest.raises(RequestError) as err:
        engine.check({**body, "action": "poke"}, defaults={"role": "volunteer"})
    assert err.value.code == "unknown_action"
    with pytest.raises(RequestError) as err:
        engine.check(body, defaults={"role": "dean"})
    assert err.value.code == "unknown_role"
    with pytest.raises(RequestError) as err:
        engine.check({**body, "context": {**body["context"], "platform": ["x"]}})
    assert err.value.code == "invalid_type"
    personal = {**body, "context": {"org": "lancaster-su", "account": "personal"}}
    assert engine.check(personal, defaults={"role": "volunteer"})["verdict"] != "warning"


@pytest.mark.parametrize("raw", [".", ".Some days", ". . .", "x.", "no."])
def test_a_text_that_opens_with_a_full_stop_is_answered(engine, raw):
    assert check(engine, raw)["verdict"] in ("ok", "info", "caution", "warning")


def test_a_full_stop_after_an_abbreviation_or_initial_ends_no_sentence():
    text = Text("My student no. 36284719, D.O.B. 12/03/2004, ask J. Smith. Then lunch")
    sentences = dict(zip(text.words, text.sentence))
    assert sentences["36284719"] == sentences["My"] == sentences["Smith"]
    assert sentences["Then"] == sentences["Smith"] + 1


@pytest.mark.parametrize("spans, quoted", [
    ([(10, 20), (21, 26)], "is a total idiot"),                 # a space between: one stretch
    ([(0, 4), (10, 20)], "Dave … is a total"),                  # words between: both, in order
    ([(21, 26), (10, 20)], "is a total idiot"),                 # in text order, whatever the order found
    ([(10, 20), (15, 26)], "is a total idiot"),                 # overlapping
])
def test_match_in_a_message_quotes_every_span_of_the_finding(spans, quoted):
    from thinktwice.answer import words_found

    assert words_found("Dave says is a total idiot", spans) == quoted


def test_the_warm_up_compiles_patterns_only_while_no_check_is_running():
    """Compiling holds the interpreter in stretches: a check beside the warm-up thread took twice as long
    and, on a busy machine, ran out of its budget in the first second after a start."""
    import time

    from thinktwice.detectors.detector import Detector, warm_up_in_background
    from thinktwice.engine import default_rules_dir
    from thinktwice.pack.load import load_pack

    detector = Detector(load_pack(default_rules_dir()).compiled)
    patterns = list(detector.compiled.patterns.values())
    assert patterns and not any(p._ready for p in patterns)
    with detector.checks:                      # a check in progress all along
        warm_up_in_background(detector)
        time.sleep(1.5)
        assert not any(p._ready for p in patterns), "the warm-up compiled while a check was running"
    deadline = time.monotonic() + 60
    while not all(p._ready for p in patterns):  # between checks it goes on
        assert time.monotonic() < deadline, "the warm-up never compiled the patterns"
        time.sleep(0.05)


FROZEN_AFTER_WARM_UP = r"""
import gc, json, sys, time
from thinktwice.engine import Engine
engine = Engine.from_directory()
patterns = list(engine.pack.compiled.patterns.values())
if sys.argv[1] == "freeze":
    gc.freeze()                                 # as `thinktwice serve` does once started
deadline = time.monotonic() + 60
while not (all(p._ready for p in patterns) and "phonenumbers" in sys.modules) and time.monotonic() < deadline:
    time.sleep(0.05)
time.sleep(0.5)                                 # the warm-up's last step follows its last pattern
loaded = [f for f in vars(sys.modules["phonenumbers"]).values() if callable(f) and gc.is_tracked(f)]
unfrozen = {id(o) for o in gc.get_objects()}
print(json.dumps({"loaded": len(loaded), "unfrozen": sum(id(f) in unfrozen for f in loaded)}))
"""


@pytest.mark.parametrize("froze", [True, False], ids=["service froze its start", "nothing frozen"])
def test_what_the_warm_up_loads_joins_a_frozen_start_up(froze):
    """Once the service has frozen its start-up, what the warm-up loads after it (libphonenumber, VADER,
    the compiled patterns) is frozen too, so the collections during checks do not walk it; a process that
    froze nothing is left so."""
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", FROZEN_AFTER_WARM_UP, "freeze" if froze else "no"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    counts = json.loads(out.splitlines()[-1])
    assert counts["loaded"] > 50, counts
    assert counts["unfrozen"] == (0 if froze else counts["loaded"]), counts
