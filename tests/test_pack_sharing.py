"""What a pack's compile step shares rather than copies (pack/load.py, pack/compile.py, detectors/lexicon.py):
profiles' identical [[map]] lines, a trie's empty ends, terms' equal words. Each through a real pack, loaded
and checked by the real engine."""
import dataclasses
import gc

import pytest

from pack_helpers import POLICY, write_pack
from thinktwice.detectors.lexicon import _NO_WORDS, Matcher, build_term, lexicon_options
from thinktwice.engine import Engine
from thinktwice.pack import PackError, load_pack
from thinktwice.text import Text

OTHER = POLICY.replace('id = "test-su"', 'id = "other-su"').replace("Test SU", "Other SU") \
    .replace("Test Students' Union", "Other Students' Union")


def two_profiles(tmp_path, other: str = OTHER):
    root = write_pack(tmp_path / "rules")
    (root / "policies" / "other-su.toml").write_text(other, encoding="utf-8")
    return root


def test_profiles_holding_the_same_map_line_share_one_immutable_mapping(tmp_path):
    pack = load_pack(two_profiles(tmp_path))
    ours, theirs = pack.profiles["test-su"].mappings, pack.profiles["other-su"].mappings
    assert len(ours) == len(theirs) == 2
    assert all(a is b for a, b in zip(ours, theirs))
    with pytest.raises(dataclasses.FrozenInstanceError):
        ours[0].severity = "info"


def test_a_shared_line_warns_for_each_profile_as_written(tmp_path):
    engine = Engine(load_pack(two_profiles(tmp_path)))
    for org in ("test-su", "other-su"):
        official = engine.check({"text": "Vote Labour on Thursday!", "context": {"org": org, "account": "official"}})
        personal = engine.check({"text": "Vote Labour on Thursday!", "context": {"org": org, "account": "personal"}})
        assert [(w["clause"]["ref"], w["severity"]) for w in official["warnings"]] == [("4.1", "warning")]
        assert [(w["clause"]["ref"], w["severity"]) for w in personal["warnings"]] == [("4.2", "info")]


def test_a_line_an_earlier_profile_holds_is_still_checked_against_the_profiles_own_clauses(tmp_path):
    # the same [[map]] line as test-su's, but other-su defines no clause 4.2 for it to cite
    other = OTHER.replace('[clauses."4.2"]\ntitle = "Personal accounts"\n'
                          'summary = "Keep your union role apart from party politics."\n', "")
    assert other != OTHER
    with pytest.raises(PackError, match=r"other-su\.toml: map #2: clause '4\.2' is not defined"):
        load_pack(two_profiles(tmp_path, other))


def test_loading_a_pack_leaves_the_collector_as_it_found_it(tmp_path):
    root = write_pack(tmp_path / "rules")
    assert gc.isenabled()
    load_pack(root)
    assert gc.isenabled()
    gc.disable()
    try:
        load_pack(root)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_loaded_pack_waits_in_the_oldest_generation_not_the_youngest(tmp_path):
    # made while the collector is off, the pack would otherwise all wait in the youngest generation, and the
    # first collection after the load would walk every object of it (~0.11 s of the service's start)
    root = write_pack(tmp_path / "rules")
    gc.collect()
    oldest = len(gc.get_objects(generation=2))
    pack = load_pack(root)
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert young < 50 < 100 < len(gc.get_objects(generation=2)) - oldest       # a small pack: ~170 objects
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    del pack
    gc.collect()
    assert len(gc.get_objects(generation=2)) < oldest + 50       # and it is freed like any other


def test_loading_a_pack_thaws_nothing_the_service_froze(tmp_path):
    root = write_pack(tmp_path / "rules")
    gc.freeze()                             # as `thinktwice serve` does at the end of its start
    try:
        frozen = gc.get_freeze_count()
        load_pack(root)                     # a rule update
        assert gc.get_freeze_count() == frozen
        assert len(gc.get_objects(generation=0)) > 100      # the new pack is left where it was made
    finally:
        gc.unfreeze()


def test_a_term_may_go_on_from_where_another_ends_and_empty_ends_stay_empty():
    m = Matcher()
    options = lexicon_options({})
    for lexicon, phrase in (("short", "the union"), ("long", "the union bar"), ("other", "union")):
        m.add(build_term(lexicon, phrase, options))
    hits = m.find(Text("see you at the union bar, the union rocks"))
    assert [(h.lexicon, h.first, h.last) for h in hits] == [
        ("short", 3, 5), ("long", 3, 6), ("other", 4, 5), ("short", 7, 9), ("other", 8, 9)]
    assert len(_NO_WORDS) == 0
    assert m.by_norm["the"].next["union"].next["bar"].next is _NO_WORDS


DETECTORS_NAMING = '''[lexicons.party]
terms = ["labour", "green party"]

[lexicons.named]
terms = ["{party}", "the {party}"]

[lexicons.org]
terms = ["{org}"]

[[rules]]
kind = "words"
id = "political.party"
category = "political"
match = "party"
example_org = "test-su"
message = "Names a political party ({match})."
advice = "Keep party politics off union accounts."
should_warn = ["Vote [Labour] on Thursday"]
should_not_warn = ["Child care is wrong"]

[[rules]]
kind = "words"
id = "political.named"
category = "political"
match = "named"
example_org = "test-su"
message = "Names a party ({match})."
advice = "Keep party politics off union accounts."
should_warn = ["Vote for [the green party]"]
should_not_warn = ["Child care is wrong"]

[[rules]]
kind = "words"
id = "signal.mentions-org"
category = "signal"
match = "org"
example_org = "test-su"
message = "Mentions the union ({match})."
advice = "-"
should_warn = ["Loving [Test SU]"]
should_not_warn = ["Loving life"]
'''


def test_a_lexicon_naming_another_whole_finds_its_terms_and_keeps_their_words_once(tmp_path):
    engine = Engine(load_pack(write_pack(tmp_path / "rules", detectors=DETECTORS_NAMING)))
    matcher = engine.pack.compiled.matcher
    hits = matcher.find(Text("vote for the green party"), "test-su")
    assert sorted((h.lexicon, h.first, h.last) for h in hits) == [
        ("named", 2, 5), ("named", 3, 5), ("party", 3, 5)]
    by_lexicon = {h.lexicon: h.term for h in hits if (h.first, h.last) == (3, 5)}
    assert by_lexicon["named"] is not by_lexicon["party"]
    assert by_lexicon["named"].words is by_lexicon["party"].words == ("green", "party")
    assert by_lexicon["named"].text is by_lexicon["party"].text
    detection = engine.detect("vote for the green party", "test-su")
    assert {rule: f.spans for rule, f in detection.findings.items() if rule.startswith("political.")} == {
        "political.party": ((13, 24),), "political.named": ((9, 24), (13, 24))}
