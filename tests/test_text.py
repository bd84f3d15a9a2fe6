"""The tokeniser's social-media rules (server/thinktwice/text.py) and how the matcher reads across quotation
marks: handles keep their dots, underscores and digits; quotes are tokens of their own that a phrase passes
over; spans of what is found stay right in UTF-16."""
import pytest

from thinktwice.detectors.lexicon import Matcher, build_term, lexicon_options
from thinktwice.text import Text


def _kinds(raw):
    t = Text(raw)
    return [(k, w) for k, w in zip(t.kinds, t.words)]


@pytest.mark.parametrize("handle", ["@lusu.freshers.2026", "@chestersu.rag_week", "@jess.x_99", "@a_b.c_d.e",
                                    "@lancs.uni.library.updates", "@LancasterSU"])
def test_a_handle_is_one_token_with_its_dots_underscores_and_digits(handle):
    assert _kinds(f"follow {handle} for info") == [("word", "follow"), ("handle", handle), ("word", "for"),
                                                   ("word", "info")]


@pytest.mark.parametrize("raw, handle, after", [("thanks @lusu. See you there", "@lusu", "."),
                                                ("ask @jess.x_99.", "@jess.x_99", "."),
                                                ("is it @lusu.official?", "@lusu.official", "?")])
def test_a_dot_after_a_handle_with_no_word_after_it_is_punctuation(raw, handle, after):
    kinds = _kinds(raw)
    i = kinds.index(("handle", handle))
    assert kinds[i + 1] == ("other", after)


def test_dots_inside_a_handle_do_not_end_the_sentence():
    t = Text("made @lusu.freshers.2026 on insta cos the SU one is dead. Follow it")
    handle = t.kinds.index("handle")
    assert t.sentence_of(0) == t.sentence_of(handle) == t.sentence_of(t.words.index("dead"))
    assert t.sentence_of(t.words.index("Follow")) == t.sentence_of(0) + 1


def test_an_email_address_is_still_an_email_not_a_handle():
    assert _kinds("mail me@lusu.co.uk now")[1] == ("email", "me@lusu.co.uk")


@pytest.mark.parametrize("raw", ["set up a 'Lancaster SU Events' page", 'set up a "Lancaster SU Events" page',
                                 "set up a ‘Lancaster SU Events’ page", "set up a “Lancaster SU Events” page"])
def test_quotation_marks_are_tokens_of_their_own(raw):
    kinds = _kinds(raw)
    assert ("word", "Lancaster") in kinds and ("word", "Events") in kinds
    assert [k for k, w in kinds if w not in ("set", "up", "a", "Lancaster", "SU", "Events", "page")] == ["other", "other"]


def _matcher(*terms, gaps=0):
    options = lexicon_options({"gaps": gaps})
    m = Matcher()
    for t in terms:
        m.add(build_term("lex", t, options))
    return m


@pytest.mark.parametrize("raw", ["made a 'welfare support' page", 'made a "welfare support" page',
                                 "made a ‘welfare support’ page", "made a “welfare support” page",
                                 "made a welfare support page"])
def test_a_phrase_with_filler_words_reads_across_quotation_marks_without_counting_them(raw):
    # three filler words allowed, and used: "a" and the two quoted words; the quotes are passed over uncounted
    m = _matcher("made page", gaps=3)
    assert [raw[h.start:h.end] for h in m.find(Text(raw))] == [raw[raw.index("made"):]]


@pytest.mark.parametrize("raw", ['the "official" page', "the “official” page", "the 'official' page"])
def test_a_phrase_without_gaps_reads_across_quotation_marks(raw):
    m = _matcher("official page")
    assert len(m.find(Text(raw))) == 1


def test_a_full_stop_still_breaks_a_phrase_with_gaps():
    assert not _matcher("made page", gaps=3).find(Text("made a cake. page two"))


def test_unofficial_account_in_the_unions_name_is_found_through_quotes_and_dotted_handles(engine):
    ctx = {"org": "lancaster-su", "role": "volunteer", "account": "personal"}
    for text in ("I've set up a 'Lancaster SU Official Events' fb page for the grad ball, send everyone there not the union page",
                 "made @lusu.sports.night on insta since the union one never posts 🙄 follow for line ups"):
        answer = engine.check({"text": text, "context": ctx})
        assert "branding" in {w["category"] for w in answer["warnings"]}, text


def test_a_dotted_handles_span_is_in_utf16_code_units_after_emoji(engine):
    text = "🎉🎉 registered @lusu.rag.week.2027 for the RAG week myself, haven't told anyone yet 🤫"
    answer = engine.check({"text": text, "context": {"org": "lancaster-su", "role": "volunteer", "account": "personal"}})
    spans = [s for w in answer["warnings"] if w["category"] == "branding" for s in w["spans"]]
    handle = [s for s in spans if s["text"].startswith("@")]
    assert handle and handle[0]["text"] == "@lusu.rag.week.2027"
    units = text.encode("utf-16-le")
    s = handle[0]
    assert units[s["start"] * 2:s["end"] * 2].decode("utf-16-le") == "@lusu.rag.week.2027"
    assert s["start"] == len(text[:text.index("@")].encode("utf-16-le")) // 2 > text.index("@")


@pytest.mark.parametrize("text, found_", [
    ("made @lusu.welfare.help today", ["made @lusu.welfare.help"]),
    ("made @LUSU_sport today", ["made @LUSU_sport"]),
    ("made @lusu today", ["made @lusu"]),
    ("made @lusuper.fan today", []),            # the head must be the whole handle of a name
    ("made @jess.lusu today", []),              # ... and come first
])
def test_a_handle_made_of_the_organisations_handle_and_a_part_of_its_own_names_it(text, found_):
    m = Matcher()
    m.add(build_term("open", "made {org}", lexicon_options({})))
    m.add_name("lancs", "LUSU", frozenset({"org"}))
    assert [text[h.start:h.end] for h in m.find(Text(text), "lancs")] == found_
