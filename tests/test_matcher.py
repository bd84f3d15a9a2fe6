"""The lexicon matcher's mechanisms, each on a lexicon made for the test (detectors/lexicon.py)."""
import pytest

from thinktwice.detectors.lexicon import Matcher, build_term, handle_of, lexicon_options
from thinktwice.text import Text


def matcher(terms: dict, **options) -> Matcher:
    """{lexicon: [terms]} with the same options for every lexicon."""
    m = Matcher()
    for lexicon, phrases in terms.items():
        for phrase in phrases:
            m.add(build_term(lexicon, phrase, lexicon_options(options)))
    return m


def found(m: Matcher, text: str, org=None) -> list[str]:
    return [text[h.start:h.end] for h in m.find(Text(text), org)]


# -- filler words inside a phrase -------------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("LUSU is a joke", ["is a joke"]),
    ("LUSU is a complete joke", ["is a complete joke"]),
    ("LUSU is a complete and utter joke", []),           # three filler words: more than the lexicon allows
    ("LUSU is a. joke", []),                              # filler is words, never punctuation
])
def test_a_lexicon_may_allow_filler_words_inside_its_phrases(text, words):
    assert found(matcher({"disparagement": ["is a joke"]}, gaps=2), text) == words


def test_filler_may_follow_a_phrases_first_word():
    m = matcher({"disparagement": ["is a joke"], "confidential": ["keep hush"]}, gaps=2)
    assert found(m, "LUSU is really a joke") == ["is really a joke"]
    assert found(m, "keep the figure hush") == ["keep the figure hush"]


def test_an_emoji_may_stand_inside_a_phrase_as_filler_but_punctuation_may_not():
    m = matcher({"claim": ["official page"]}, gaps=1)
    assert found(m, "the official ✅ page") == ["official ✅ page"]
    assert found(m, "the official. page") == [] and found(m, "the official, page") == []


def test_without_gaps_a_phrase_must_be_whole():
    assert found(matcher({"disparagement": ["is a joke"]}), "LUSU is a complete joke") == []


def test_gaps_belong_to_their_lexicon():
    m = Matcher()
    m.add(build_term("loose", "is a joke", lexicon_options({"gaps": 1})))
    m.add(build_term("strict", "is a disgrace", lexicon_options({})))
    assert [h.lexicon for h in m.find(Text("this is a total joke and it is a total disgrace"))] == ["loose"]


# -- terms inside hashtags and words written together ---------------------------------------------------
@pytest.mark.parametrize("text", ["#FuckTrump", "#fucktrump", "#FUCK_TRUMP", "theasshole said so", "#fuck"])
def test_compound_lexicons_are_found_inside_hashtags_and_glued_words(text):
    m = matcher({"obscenity": ["fuck", "asshole"]}, in_compounds=True)
    assert found(m, text), text


@pytest.mark.parametrize("text", ["Scunthorpe United", "a classic assassin", "the cockpit", "#Classics"])
def test_a_word_that_is_a_word_is_not_split(text):
    m = matcher({"obscenity": ["cunt", "ass", "cock"]}, in_compounds=True)
    assert found(m, text) == []


def test_lexicons_that_do_not_look_inside_compounds_are_not_found_there():
    assert found(matcher({"insult": ["idiot"]}), "#TrumpIdiot and theidiot") == []


def test_a_hit_inside_a_compound_covers_the_whole_token():
    m = matcher({"obscenity": ["shit"]}, in_compounds=True)
    assert found(m, "what a shitshow tonight") == ["shitshow"]


# -- disguises with an ending ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["f*cking hell", "F**KED it", "sh*tty week", "c*nts"])
def test_masked_words_are_found_with_their_endings(text):
    assert found(matcher({"obscenity": ["fuck", "shit", "cunt"]}, obfuscated=True), text), text


def test_a_masked_word_is_matched_as_a_stemmed_term_is_written():
    # "nonce" stems to "nonc": the disguise hides the written word, with or without an ending
    assert found(matcher({"insult": ["nonce", "arsehole"]}, obfuscated=True, stem=True),
                 "n*nce and a*seholes") == ["n*nce", "a*seholes"]


def lexicons_of(m: Matcher, text: str) -> list[tuple[str, str]]:
    return [(h.lexicon, h.term.text) for h in m.find(Text(text))]


def test_a_mask_that_fits_several_words_reads_as_the_commonest():
    m = Matcher()
    for lexicon, phrase in [("obscenity", "shit"), ("insult", "scum"), ("obscenity", "pussy"), ("slur", "pikey")]:
        m.add(build_term(lexicon, phrase, lexicon_options({"obfuscated": True})))
    assert lexicons_of(m, "sh** and p***y") == [("obscenity", "shit"), ("obscenity", "pussy")]


def test_a_mask_showing_only_its_first_letter_keeps_every_reading():
    m = matcher({"obscenity": ["shit"], "insult": ["scum"]}, obfuscated=True)
    assert sorted(lexicons_of(m, "s***")) == [("insult", "scum"), ("obscenity", "shit")]


def test_a_word_the_mask_hides_whole_beats_one_read_with_an_ending():
    # "f***" fits "fuck" and "fag" + "s": the mask hides a whole word more often than a stem and an ending
    m = Matcher()
    m.add(build_term("obscenity", "fuck", lexicon_options({"obfuscated": True, "stem": True})))
    m.add(build_term("slur", "fag", lexicon_options({"obfuscated": True, "stem": True})))
    assert lexicons_of(m, "F*** this") == [("obscenity", "fuck")]
    assert lexicons_of(m, "f*gs") == [("slur", "fag")]


def test_one_word_in_several_lexicons_stays_in_each_when_masked():
    m = matcher({"insult": ["scum"], "insult_noun": ["scum"], "obscenity": ["slut"]}, obfuscated=True)
    assert sorted(lexicons_of(m, "sc*m")) == [("insult", "scum"), ("insult_noun", "scum")]


def test_a_mask_no_known_word_explains_keeps_every_reading():
    m = matcher({"a": ["wanker"], "b": ["wigger"]}, obfuscated=True)
    assert sorted(lexicons_of(m, "w****r")) == [("a", "wanker"), ("b", "wigger")]


def test_a_mask_only_in_the_ending_is_no_disguise():
    assert found(matcher({"obscenity": ["hoe"]}, obfuscated=True), "hoe*** and gardening") == []


# -- masked words inside terms of several words ---------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("what the f**k was that", ["what the f**k"]),
    ("WHAT THE F*CK", ["WHAT THE F*CK"]),
    ("go f*ck yourself mate", ["go f*ck yourself"]),
    ("the landlord is a piece of sh*t", ["piece of sh*t"]),
    ("piece of s***", ["piece of s***"]),             # a mask showing one letter: the term's other words decide
    ("what the f*ck and a piece of sh*t", ["what the f*ck", "piece of sh*t"]),
])
def test_a_masked_word_inside_a_longer_term_is_read_as_the_terms_word(text, words):
    m = matcher({"mild": ["what the fuck"], "abuse": ["go fuck yourself", "piece of shit"]}, obfuscated=True)
    assert found(m, text) == words


def test_a_masked_word_inside_a_longer_term_may_carry_an_ending():
    m = matcher({"mild": ["fucking hell"]}, obfuscated=True, stem=True)
    assert found(m, "f*cking hell, the printer") == ["f*cking hell"]


def test_a_mask_is_read_by_the_rest_of_the_term_not_only_as_the_commonest_word():
    # "sh*t" alone reads as the commonest word that fits; inside a term, as the word the term needs
    m = matcher({"abuse": ["piece of shit", "shut your mouth"]}, obfuscated=True)
    assert found(m, "piece of sh*t") == ["piece of sh*t"] and found(m, "sh*t your mouth") == ["sh*t your mouth"]


def test_a_masked_word_in_a_longer_term_needs_an_obfuscated_lexicon():
    assert found(matcher({"mild": ["what the fuck"]}), "what the f*ck") == []


def test_a_masked_word_counts_once_with_a_term_found_as_written():
    m = matcher({"mild": ["what the fuck"]}, obfuscated=True)
    assert found(m, "what the fuck") == ["what the fuck"]
    assert len(m.find(Text("what the f*ck"))) == 1


def test_a_masked_word_keeps_its_terms_neighbour_conditions():
    m = Matcher()
    m.add(build_term("strong", "fuck", lexicon_options({"obfuscated": True, "not_preceded_by": ["the"],
                                                        "not_followed_by": ["sake"]})))
    assert found(m, "f*ck you") == ["f*ck"]
    assert found(m, "what the f*ck") == [] and found(m, "for f**k sake") == []
    assert found(m, "what the fuck") == []             # as when written out


# -- contractions without apostrophes -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["im the social sec", "I'm the social sec", "Im the social sec"])
def test_contractions_are_read_with_or_without_their_apostrophe(text):
    assert found(matcher({"org_tie": ["I'm the social sec"]}), text) == [text]


def test_words_that_are_also_words_are_left_as_they_are():
    assert [t.norm for t in Text("its well ill lets").tokens] == ["its", "well", "ill", "lets"]


# -- the organisation's names, handles and slots -----------------------------------------------------------
def test_an_organisation_slot_is_filled_by_that_organisations_names_only():
    m = matcher({"org_tie": ["I work for {org}", "{org} staff"]})
    m.add_name("lancs", "Lancaster SU", frozenset({"org"}))
    m.add_name("leics", "Leicester SU", frozenset({"org"}))
    text = "I work for Lancaster SU, not Leicester SU staff"
    assert found(m, text, "lancs") == ["I work for Lancaster SU"]
    assert found(m, text, "leics") == ["Leicester SU staff"]


def test_an_organisations_handle_names_it():
    m = matcher({"org_tie": ["I work for {org}"]})
    m.add_name("lancs", "Lancaster SU", frozenset({"org"}))
    assert found(m, "I work for @LancasterSU", "lancs") == ["I work for @LancasterSU"]
    assert handle_of("the union") is None and handle_of("SU") is None and handle_of("LUSU") == "@lusu"


def test_a_hashtag_of_any_length_is_looked_into_in_linear_time():
    m = matcher({"party": ["Labour"]}, hashtag=True, hashtag_affixes=["vote"])
    assert m.hashtag_terms("#VoteLabour") and m.hashtag_terms("#votelabour")
    assert m.hashtag_terms("#Vote" + "Labour" * 3000) == ()      # only the first 280 characters are read


# -- a term ruled out by what else the text holds -----------------------------------------------------------
def test_a_term_can_be_ruled_out_by_another_lexicon_anywhere_in_the_text():
    m = Matcher()
    m.add(build_term("party", {"term": "Conservatives", "unless_anywhere": ["us_politics"]}, lexicon_options({})))
    m.add(build_term("party", "Tories", lexicon_options({})))
    for word in ("Trump", "GOP", "MAGA"):
        m.add(build_term("us_politics", word, lexicon_options({})))
    assert found(m, "The Conservatives have abandoned students") == ["Conservatives"]
    assert found(m, "Conservatives in the Senate backed Trump again") == ["Trump"]
    # only the term that says so: the Tories are the Tories whatever else is there
    assert found(m, "Tories and the GOP") == ["Tories", "GOP"]


# -- a nested lexicon keeps its own gaps ---------------------------------------------------------------
# A term of one lexicon may name another ("{money_news}"): the terms it stands for keep the filler words
# they allow of their own, whether they are written out into the term (where the placeholder opens it)
# or matched as a choice (after its first word). Compiled from a real pack (pack/compile.py).
NESTED = '''
[lexicons.money_news]
terms = [{ term = "losing £", gaps = 3 }, { term = "prices going up", gaps = 2 }, "in the red"]

[lexicons.verdict]
gaps = 1
terms = ["is a joke", { term = "is a disgrace", gaps = 0 }]

[lexicons.news]
terms = ["{money_news}", "apparently {money_news}", "honestly {verdict}", "so {verdict} mate"]

[lexicons.outer_news]
terms = ["{news}", "heard {news}"]

[lexicons.loose_news]
gaps = 1
terms = ["{money_news}", "heard {money_news}"]

[lexicons.cuts]
terms = [{ term = "cutting", not_followed_by = ["it", "corners"] }, { term = "losing", not_preceded_by = ["not"] }]

[lexicons.any_news]
terms = ["{cuts}", { term = "{money_news}", not_followed_by = ["tonight"] }]

[lexicons.all_news]
terms = ["{any_news}", "heard {cuts}"]
'''


def nested_pack(tmp_path):
    from pack_helpers import DETECTORS, write_pack
    from thinktwice.pack import load_pack
    return load_pack(write_pack(tmp_path / "pack", detectors=DETECTORS + NESTED)).compiled.matcher


def spans(m: Matcher, text: str, lexicon: str) -> list[str]:
    return sorted({text[h.start:h.end] for h in m.find(Text(text), "test-su") if h.lexicon == lexicon})


@pytest.mark.parametrize("text, words", [
    ("we are losing something like £80k", ["losing something like £"]),         # written out: its 3 fillers
    ("we are losing well over a year's £80k", []),                               # more than its own 3
    ("bar prices are going up", ["prices are going up"]),
    ("the bar is in the red", ["in the red"]),
    ("the bar is in the deep red", []),                                          # that term allows none
    ("apparently we're losing about £80k", ["apparently we're losing about £", "losing about £"]),   # a choice
    ("apparently prices are all going up", ["apparently prices are all going up", "prices are all going up"]),
    ("apparently bar prices are all going up", ["prices are all going up"]),      # 3 fillers: the term allows 2
])
def test_a_nested_lexicons_terms_keep_their_own_gaps(tmp_path, text, words):
    assert spans(nested_pack(tmp_path), text, "news") == words


def test_each_nested_term_keeps_its_own_gaps_not_its_neighbours(tmp_path):
    m = nested_pack(tmp_path)
    assert spans(m, "honestly is a total joke", "news") == ["honestly is a total joke"]    # the lexicon's gaps = 1
    assert spans(m, "honestly is a total disgrace", "news") == []                       # its own gaps = 0
    assert spans(m, "honestly is a total and utter joke", "news") == []                 # one filler, not two


def test_a_nested_terms_gaps_are_kept_through_every_level(tmp_path):
    m = nested_pack(tmp_path)
    text = "heard apparently we're losing about £80k"
    assert spans(m, text, "outer_news") == ["apparently we're losing about £", "heard apparently we're losing about £",
                                            "losing about £"]
    assert spans(m, "heard bar prices are going up", "outer_news") == ["heard bar prices are going up",
                                                                       "prices are going up"]


def test_the_outer_terms_gaps_add_to_the_nested_terms_up_to_the_most_a_term_may_allow(tmp_path):
    m = nested_pack(tmp_path)
    # "heard {money_news}" allows 1 of its own; "prices going up" 2: three fillers in all
    assert spans(m, "heard that prices are all going up", "loose_news") == [
        "heard that prices are all going up", "prices are all going up"]
    assert spans(m, "heard that bar prices are all going up", "loose_news") == ["prices are all going up"]
    # "in the red" allows none of its own: the outer term's one, anywhere in the term
    assert spans(m, "heard we are in the red", "loose_news") == ["in the red"]
    assert spans(m, "heard we in the red", "loose_news") == ["heard we in the red", "in the red"]


def test_filler_a_nested_term_leaves_unused_counts_across_the_whole_term(tmp_path):
    """The filler words are counted across the whole term, as a term's own gaps are: the same whether the
    nested lexicon is written out or matched as a choice."""
    m = nested_pack(tmp_path)
    assert spans(m, "so is a joke old mate", "news") == ["so is a joke old mate"]
    assert spans(m, "so is a total joke old mate", "news") == []


def test_a_placeholder_standing_for_the_whole_term_keeps_the_nested_terms_neighbour_conditions(tmp_path):
    m = nested_pack(tmp_path)
    assert spans(m, "they're cutting the society budget", "any_news") == ["cutting"]
    assert spans(m, "cutting it fine tonight", "any_news") == []                    # its own not_followed_by
    assert spans(m, "cutting corners again", "all_news") == []                      # two levels down
    assert spans(m, "we are not losing", "all_news") == []                          # its not_preceded_by
    assert spans(m, "bar prices going up", "any_news") == ["prices going up"]
    assert spans(m, "bar prices going up tonight", "any_news") == []               # and the term's own, both
    # as a word among others the placeholder's terms keep only their gaps: "heard {cuts}" is matched whole
    assert spans(m, "heard cutting it", "all_news") == ["heard cutting"]
