"""The built-in detector negative-evaluation (detectors/sentiment.py): VADER's valence per sentence, with
the options a rule gives it. Its mechanism, on sentences written for each part of it, not on one
labelled post; the disparaging rule built on it is tested in test_disparaging.py."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from thinktwice.detectors.builtin import BUILTINS
from thinktwice.detectors.sentiment import negative_evaluation
from thinktwice.pack import PackError, load_pack
from thinktwice.text import Text

RULES = Path(__file__).resolve().parents[1] / "rules"


def found(text: str, **options) -> list[str]:
    return [text[s:e] for s, e in negative_evaluation(Text(text), options)]


def test_it_is_a_built_in_detector():
    assert BUILTINS["negative-evaluation"] is negative_evaluation


@pytest.mark.parametrize("text, words", [
    ("the advice centre is useless", ["useless"]),
    ("Reception staff were rude and unhelpful again. pathetic", ["rude", "unhelpful", "pathetic"]),
    ("THE BAR IS DISGUSTING", ["DISGUSTING"]),
    ("the events are always dead and badly organised", ["dead", "badly"]),
])
def test_the_negative_words_of_a_negative_sentence_are_found(text, words):
    assert found(text, negative=["unhelpful"]) == words


@pytest.mark.parametrize("text", [
    "the new cafe is not bad at all",                 # a negated judgement is praise
    "the queue was long but the staff were lovely and so helpful",   # 'but' weighs what follows
    "Bake sale on Friday, come along!",
    "the bar is great, the food is brilliant",
    "",
])
def test_sentences_that_are_not_negative_are_silent(text):
    assert found(text) == []


def test_a_negated_praise_word_is_found_with_its_negation():
    assert found("the trustees couldn't care less about students") == ["couldn't care"]
    assert found("the website is not good, nobody can use it") == ["not good"]


@pytest.mark.parametrize("text", [
    "the SU team have done nothing but help me this year",
    "the welfare officers have been nothing but kind",
    "none but the best staff work at the advice centre",
])
def test_a_negation_followed_by_but_means_only_and_keeps_the_praise(text):
    assert found(text) == []


@pytest.mark.parametrize("text, words", [
    ("the SU staff couldn't give a toss about anyone's safety", ["toss"]),
    ("management don't give a damn about us", ["damn"]),
    ("the union never gave a monkey's about the cleaners", ["monkey's"]),
])
def test_not_giving_a_word_is_contempt_whatever_the_word(text, words):
    assert found(text) == words


@pytest.mark.parametrize("text, words", [
    ("worst-run charity I've ever set foot in, the SU", ["worst-run"]),
    ("the union's freshers fair was a badly-organised mess", ["badly-organised", "mess"]),
])
def test_a_compound_opened_by_a_negative_word_is_negative(text, words):
    assert found(text, negative=["mess"]) == words


@pytest.mark.parametrize("text", ["the SU's self-harm support group meets on Tuesdays",
                                  "the union's anti-racism week starts today", "a well-run union"])
def test_a_compound_that_only_ends_in_one_is_not(text):
    assert found(text) == []


def test_giving_a_word_without_a_negation_is_no_idiom():
    assert found("the SU staff give a talk about safety every week") == []


def test_a_negation_without_but_still_turns_the_praise():
    assert found("the SU team have done nothing to help me this year") == ["nothing to help"]


def test_each_sentence_is_scored_on_its_own():
    text = "The bus was awful and late, the driver rude. The SU bar was lovely."
    assert found(text) == ["awful", "rude"]
    spans = negative_evaluation(Text(text), {})
    assert all(end <= text.index(". The SU") for _, end in spans)


def test_words_vader_lacks_are_scored_by_the_rule_as_are_their_plurals():
    assert found("the sabbs are a bunch of careerists") == []
    assert found("the sabbs are a bunch of careerists", negative=["careerist"]) == ["careerists"]
    assert found("the SU shop is a rip-off", negative=["rip-off"]) == ["rip-off"]
    # VADER's own words are read in the plural too ('coward' is in its lexicon, 'cowards' is not)
    assert found("the leadership are cowards who hide behind consultants") == ["cowards", "hide"]


def test_a_word_vader_reads_as_praise_can_be_made_negative():
    assert found("the union is a joke") == []
    assert found("the union is a joke", negative=["joke"]) == ["joke"]


@pytest.mark.parametrize("text", ["sick night at the union last night, absolute scenes 🔥",
                                  "the new DJ is wicked, insane set",
                                  "£3.50 for a pint lol 💀"])
def test_neutral_words_and_emoji_count_neither_way(text):
    assert found(text, neutral=["sick", "wicked", "insane", "lol", "🔥", "💀"]) == []


def test_an_emoji_is_found_as_itself():
    assert found("the SU is run by clowns 🤡 absolute clowns", negative=["clown"]) == ["clowns", "🤡", "clowns"]


def test_events_weigh_but_are_never_what_is_found():
    events = ["leaked", "cuts", "redundancies", "cancelled", "deficit"]
    assert found("Leaked: the SU is planning cuts and redundancies", events=events) == []
    assert found("the refurb is getting cancelled", events=events) == []
    assert found("the SU cancelled the fund, useless lot", events=events) == ["useless"]


@pytest.mark.parametrize("text, event", [
    ("the board is panicking", "panic"),
    ("the finance team are worrying about it", "worry"),
    ("the trustees are stressing!!", "stress"),
    ("the SU was attacked in the local paper", "attack"),
    ("Drop me a message!!", "drop"),
])
def test_an_event_is_named_in_each_of_its_inflections(text, event):
    assert found(text) != []
    assert found(text, events=[event]) == []


@pytest.mark.parametrize("text, words", [
    ("the open mic was dead funny", []),                # 'dead' before praise is 'very'
    ("the SU bar was dead good last night", []),
    ("the SU bar was dead last night", ["dead"]),       # on its own it keeps its weight
    ("the bar was dead and the staff rude", ["dead", "rude"]),
])
def test_dead_before_praise_means_very(text, words):
    assert found(text) == words


def test_an_events_doer_and_other_words_are_not_its_inflections():
    # 'attackers' are people judged, not the attack; what else the sentence judges is still found
    assert found("the committee are attackers", events=["attack"]) == ["attackers"]
    assert found("the board is panicking, useless lot", events=["panic"]) == ["useless"]


def test_irony_turns_the_praise_of_its_sentence_and_the_one_before():
    markers = ["🙃", "yeah right"]
    assert found("genius leadership strikes again 🙃", irony_markers=markers, positive=["genius"],
                 events=["strikes"]) == ["genius"]
    assert found("love how the SU found money for a new logo. priorities 🙃", irony_markers=markers) == ["love"]
    assert found("great job on the rebrand. yeah right", irony_markers=markers) == ["great"]
    # without a marker, praise is praise
    assert found("genius leadership strikes again", irony_markers=markers, positive=["genius"]) == []
    # a marker two sentences on does not reach back
    assert found("great job on the rebrand. See you all Friday. 🙃", irony_markers=markers) == []
    # a marker is a whole word, not part of one ('as if' is not inside 'was iffy')
    assert found("the gig was iffy but great fun", irony_markers=["as if"]) == []


def test_the_threshold_decides_how_negative_a_sentence_must_be():
    text = "the bar was a bit dull tonight but nice staff"
    assert found(text, threshold=0.99) != []
    assert found(text, threshold=-0.99) == []


def test_a_long_text_is_scored_sentence_by_sentence():
    text = " ".join(["The SU bar is useless."] * 400)
    assert len(found(text)) == 400


@pytest.fixture
def pack_dir(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


@pytest.mark.parametrize("old, new, message", [
    ("threshold = -0.3", "threshold = -3", "options.threshold must be a number from -1 to 1"),
    ("threshold = -0.3", 'threshold = "low"', "options.threshold must be a number from -1 to 1"),
    ('irony_markers = ["🙃", ', 'irony_markers = ["🙃", 3, ', "options.irony_markers must be a list of texts"),
    ("threshold = -0.3", "threshold = -0.3\nnegative_valence = 2", "options.negative_valence must be a number"),
    ("threshold = -0.3", "threshold = -0.3\nsarcasm = true", "detector 'negative-evaluation' has no option 'sarcasm'"),
])
def test_bad_options_are_refused_naming_the_option(pack_dir, old, new, message):
    path = pack_dir / "detectors" / "disparaging.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(pack_dir)
    assert message in str(err.value) and "disparaging.toml" in str(err.value)


@pytest.mark.parametrize("raw", ["", "one sentence", "First. Second!\nThird line… fourth?", "Dr. Who is here. ok",
                                 "...", "a\n\n\nb. c"])
def test_sentence_ranges_group_the_tokens_as_sentence_of_numbers_them(raw):
    text = Text(raw)
    groups: dict[int, list[int]] = {}
    for i in range(len(text)):
        groups.setdefault(text.sentence_of(i), []).append(i)
    assert text.sentence_ranges() == [(g[0], g[-1] + 1) for g in groups.values()]


@pytest.mark.parametrize("text", [
    "Rage Against the Machine tribute night tonight",
    "a Death Cab for Cutie singalong in the bar",
    "film club are screening Evil Dead on Friday",
    "tickets for The Killers tribute act on sale now",
    "quiz night with prizes from Bad Bunny Records",
])
def test_a_word_inside_a_capitalised_name_judges_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize("text, words", [
    ("Terrible night at the bar, the staff were rude", ["Terrible", "rude"]),     # one capital opens a sentence
    ("Worst SU Bar In The North", ["Worst"]),          # a sentence in Title Case shouts, it names nothing
    ("the bar is Awful and the Staff are rude", ["Awful", "rude"]),     # one capitalised word is no name
])
def test_capitals_that_are_no_name_keep_their_judgement(text, words):
    assert found(text) == words


@pytest.mark.parametrize("text", [
    "Fancy dress theme is 'Killers' — murder mystery night",
    'karaoke classics tonight: "Toxic", "Bad Romance" and ‘Killing in the Name’',
    "film club are screening 'Parasite' at the SU cinema",
    "the Halloween social is “Horror Night” this year",
])
def test_a_name_in_quotation_marks_judges_nothing(text):
    assert found(text, negative=["parasite"], events=["murder"]) == []


@pytest.mark.parametrize("text, words", [
    ("they called the bar 'disgusting' and they were right", ["disgusting"]),    # ordinary words quoted
    ("'Disgusting'", ["Disgusting"]),                   # a quotation that is the whole sentence is a verdict
    ("the 'Welfare Hub' is awful and the staff are rude", ["awful", "rude"]),   # the name quoted, the verdict not
])
def test_quotation_marks_around_no_name_keep_the_judgement(text, words):
    assert found(text) == words


@pytest.mark.parametrize("text, words", [
    ("our cleaning contractor has done a shocking job all term", ["shocking"]),
    ("the SU has been dire this year", ["dire"]),
    ("the bar has rude staff", ["rude"]),
])
def test_has_is_no_laugh(text, words):
    """VADER scores 'ha' (laughter); a plural made of it ('has') would be praise in every sentence with
    'has' and cancel a judgement. Only words of three letters or more get a plural."""
    assert found(text) == words


def test_a_plural_made_only_for_longer_words_keeps_real_plurals():
    assert found("the trustees are cowards", negative=["coward"]) == ["cowards"]
    assert found("the NHS is brilliant, thanks to the nurses") == []


@pytest.mark.parametrize("text, words", [
    ("No one would notice if you slipped in late, come anyway!", []),
    ("no-one would notice if you came late", []),
    ("nobody at the bar helps, no one cares, rubbish", ["cares", "rubbish"]),   # the "no" still turns "cares"
    ("no way the bar is this bad, rubbish", ["no", "bad", "rubbish"]),     # 'no' of its own still counts
])
def test_no_one_is_a_pronoun_not_a_judgement(text, words):
    assert found(text, negative=["rubbish"]) == words


def test_each_listed_other_word_guards_a_word_vader_scores():
    """_OTHER_WORDS is a fixed list (its comment says why it is not derived): every entry is the '+s' of a
    word VADER scores, and the analyser does not lend it that word's score."""
    from thinktwice.detectors.sentiment import _OTHER_WORDS, _analyzer, _vader
    vader_lexicon = _vader().SentimentIntensityAnalyzer().lexicon
    analyzer = _analyzer((), -2.0, ())
    for word in _OTHER_WORDS:
        assert word[:-1] in vader_lexicon, word
        assert analyzer.lexicon.get(word) != vader_lexicon[word[:-1]], word


def test_a_short_verdict_just_after_a_selected_sentence_carries_on_its_judgement():
    from thinktwice.detectors.sentiment import following_verdicts
    def followers(raw):
        text = Text(raw)
        first = text.sentence_of(text.sentence_ranges()[0][0])
        return {raw[text.starts[f]:text.ends[e - 1]] for f, e in text.sentence_ranges()
                if text.sentence_of(f) in following_verdicts(text, {"negative": ["shambles"]}, frozenset({first}))}
    assert followers("Saw the new budget. Embarrassing.") == {"Embarrassing."}
    assert followers("Saw the new budget. Absolute shambles from start to finish.") == {"Absolute shambles from start to finish."}
    assert followers("The app crashes. Whoever built it should be embarrassed.") == {"Whoever built it should be embarrassed."}
    # praise before it, a feeling, a concession, a question, a long sentence, or one with its own subject
    assert not followers("Loved the quiz. Awful sound though.")
    assert not followers("Loved the quiz so much, best night ever. Terrible hangover.")
    assert not followers("The bar is shut tonight. Gutted.")
    assert not followers("The quiz is back. Useless at general knowledge?")
    assert not followers("The SU has a drop-in. Landlords here are a disgrace.")
    assert not followers("Saw the budget. Embarrassing that it took so long for anyone in this whole city to notice the problem.")


def test_the_rule_option_verdict_follows_must_be_true_or_false(tmp_path):
    pack = tmp_path / "rules"
    shutil.copytree(RULES, pack)
    path = pack / "detectors" / "disparaging.toml"
    path.write_text(path.read_text().replace("verdict_follows = true", 'verdict_follows = "yes"'))
    with pytest.raises(PackError, match="verdict_follows must be true or false"):
        load_pack(pack)


def test_let_alone_is_no_loneliness():
    from thinktwice.detectors.sentiment import _let_alone
    assert _let_alone(["let", "alone", "the"], [0.0, -1.0, 0.0]) == [0.0, 0.0, 0.0]
    assert _let_alone(["left", "alone", "again"], [0.0, -1.0, 0.0]) == [0.0, -1.0, 0.0]
