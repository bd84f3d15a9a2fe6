"""A broken rule pack is refused with a reason that names the file and the problem."""
import shutil
from pathlib import Path

import pytest

from thinktwice.engine import Engine
from thinktwice.pack import PackError, load_pack

RULES = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture
def pack_dir(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def edit(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bundled_pack_loads_every_profile():
    pack = load_pack(RULES)
    assert set(pack.profiles) == {"lancaster-su", "leicester-su", "chester-su", "lancaster-university"}
    assert len(pack.compiled.matcher) > 5000


@pytest.mark.parametrize("file, old, new, message", [
    ("detectors/political.toml", 'id = "political.party-vote"', 'id = "political.party"', "used twice"),
    ("detectors/political.toml", 'match = "party_leaders"', 'match = "party_leaderz"', "unknown lexicon"),
    ("detectors/political.toml", 'category = "political"', 'category = "politics"', "unknown category"),
    ("detectors/political.toml", "[lexicons.party]", "[lexicons.party", "not valid TOML"),
    ("policies/lancaster-su.toml", 'clause = "6.14"', 'clause = "6.99"', "not defined in [clauses]"),
    ("policies/lancaster-su.toml", 'severity = "info"', 'severity = "severe"', "severity must be one of"),
    ("policies/chester-su.toml", 'accounts = ["official"]', 'accounts = ["corporate"]', "unknown account"),
    ("detectors/media.toml", 'detector = "whole-text"', 'detector = "mind-reader"', "unknown detector"),
    ("detectors/personal_data.toml", "regex = '''(?:sort", "regex = '''((?:sort", "bad regex"),
    ("detectors/political.toml", 'kind = "words"\nid = "political.party"', 'kind = "words"\nid = "political.party"\n'
     'within = 3', "rule 'political.party': option 'within' does not belong to kind = \"words\""),
    ("detectors/personal_data.toml", 'kinds = ["landline"]', 'kinds = ["landline"]\nformat = "uk"',
     "rule 'personal-data.landline': detector 'uk-phone' has no option 'format'"),
    ("detectors/political.toml", '"Vote [Labour] on 4 July', '"Vote [Labour on 4 July', "never closed"),
    ("policies/lancaster-su.toml", 'clause = "6.15", severity', 'clause = "6.99", severity', "not defined in [clauses]"),
    ("policies/chester-su.toml", 'silent_on = ["political"', 'silent_on = ["politics"', "neither a category nor"),
    ("policies/lancaster-su.toml", 'venues = ["Sugarhouse"', 'venues = [3, "Sugarhouse"', "venues must be a list of names"),
    ("policies/lancaster-su.toml", 'brands = ["Lancaster University"', 'brands = ["", "Lancaster University"',
     "brands must be a list of names"),
])
def test_broken_packs_are_refused(pack_dir, file, old, new, message):
    edit(pack_dir / file, old, new)
    with pytest.raises(PackError) as err:
        load_pack(pack_dir)
    assert message in str(err.value)
    assert Path(file).name in str(err.value)


def test_a_comms_officer_can_add_a_word_without_python(pack_dir):
    engine = Engine.from_directory(pack_dir)
    assert engine.check({"text": "Vote for the Pirate Party!", "context": {"org": "lancaster-su",
                                                                            "account": "official"}})["verdict"] == "ok"
    edit(pack_dir / "detectors/political.toml", '"Heritage Party",', '"Heritage Party", "Pirate Party",')
    engine = Engine.from_directory(pack_dir)
    answer = engine.check({"text": "Vote for the Pirate Party!", "context": {"org": "lancaster-su",
                                                                              "account": "official"}})
    assert answer["verdict"] == "warning"
    assert answer["warnings"][0]["spans"][0]["text"] == "Pirate Party"


def test_the_bundled_pack_passes_lint_including_the_slow_input_check():
    from thinktwice.quality.lint import errors, lint_pack

    problems = errors(lint_pack(RULES))
    assert problems == [], [str(p) for p in problems]


@pytest.mark.parametrize("broken", [False, True])
def test_loading_a_pack_leaves_the_collector_as_it_found_it(pack_dir, broken):
    import gc

    if broken:
        edit(pack_dir / "detectors/political.toml", "[lexicons.party]", "[lexicons.party")
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            try:
                load_pack(pack_dir)
            except PackError:
                assert broken
            assert gc.isenabled() is enabled
        finally:
            gc.enable()


@pytest.mark.parametrize("phrase, stems, words", [
    ("Students’ Union", False, [("Students", "students"), ("Union", "union")]),
    ("vice-president", False, [("vice", "vice"), ("president", "president")]),     # the joiner is dropped
    ("Lancaster SU's", False, [("Lancaster", "lancaster"), ("SU's", "su")]),       # possessive dropped
    ("  two  spaces ", True, [("two", "two"), ("spaces", "space")]),
    ("#VoteLabour now", False, [("#VoteLabour", "#votelabour"), ("now", "now")]),
])
def test_a_phrase_is_split_into_words_as_a_post_is(phrase, stems, words):
    from thinktwice.detectors.lexicon import term_words

    assert term_words(phrase, stems) == words


def test_terms_that_only_open_longer_ones_are_walked_past_joiners_and_to_the_end():
    from thinktwice.detectors.lexicon import Matcher, build_term, lexicon_options
    from thinktwice.text import Text

    matcher = Matcher()
    for lexicon, phrase in (("behalf", "on behalf of"), ("su", "Students' Union"), ("union", "union")):
        matcher.add(build_term(lexicon, phrase, lexicon_options({})))

    def found(text):
        return [(h.lexicon, text[h.start:h.end]) for h in matcher.find(Text(text))]

    assert found("speaking on") == [] and found("on the day") == []
    assert found("on behalf of us") == [("behalf", "on behalf of")]
    assert found("the Students' Union") == [("su", "Students' Union"), ("union", "Union")]
    assert found("Students - Union") == [("su", "Students - Union"), ("union", "Union")]
