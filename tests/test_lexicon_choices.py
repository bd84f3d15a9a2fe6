"""Choices: a `{lexicon}` in another lexicon's term, matched as it comes instead of written out into every
combination (detectors/lexicon.py; which placeholders are choices: pack/compile.py). Each behaviour is
checked against the same terms written out, as the compile step did before choices."""
from __future__ import annotations

from pathlib import Path

import pytest
from pack_helpers import DETECTORS, write_pack

from thinktwice.engine import default_rules_dir
from thinktwice.pack import PackError, load_pack
from thinktwice.pack.compile import expansion, written_terms
from thinktwice.detectors.lexicon import Matcher, build_term, lexicon_options, term_options
from thinktwice.text import Text

BLOCKS = '''
[lexicons.adj]
terms = ["female", "black", "young"]

[lexicons.noun]
terms = ["lecturers", "student union officers", "Lecturer"]

[lexicons.target]
terms = ["{org}", "our union"]
'''


def pack_with(tmp_path: Path, lexicons: str):
    return load_pack(write_pack(tmp_path / "pack", detectors=DETECTORS + BLOCKS + lexicons))


def written_out(pack) -> Matcher:
    """The pack's matcher as the compile step made it before choices: every placeholder written out."""
    m = Matcher()
    for name, lex in pack.lexicons.items():
        defaults, options_of = lexicon_options(lex), lex.get("term_options", {})
        for entry in lex["terms"]:
            if isinstance(entry, str) and entry in options_of:
                entry = dict(options_of[entry], term=entry)
            phrase = entry["term"] if isinstance(entry, dict) else entry
            own = term_options(entry, defaults)[1]
            # nested gaps kept, and a whole-term placeholder's neighbour conditions
            for one, extra, after, before in written_terms(phrase, pack.lexicons, lex["_where"]):
                item = dict(entry, term=one) if isinstance(entry, dict) else {"term": one}
                if extra or after or before:
                    item = dict(item, gaps=own["gaps"] + extra, not_followed_by=sorted(own["not_followed_by"] | after),
                                not_preceded_by=sorted(own["not_preceded_by"] | before))
                m.add(build_term(name, item, defaults))
    for org, profile in pack.profiles.items():
        for name in profile.names:
            m.add_name(org, name, frozenset({"org", "org_brand"} | (set() if profile.brands else {"org_partner"})))
        for name in profile.brands:
            m.add_name(org, name, frozenset({"org_brand", "org_partner"}))
        for name in profile.venues:
            m.add_name(org, name, frozenset({"org_venue"}))
    return m


def hits(m: Matcher, text: str, org: str | None = "test-su") -> set:
    """(lexicon, words) of every hit. A set: two combinations spelled alike ("lecturers" and "Lecturer"
    stemmed) were two written-out terms, found twice; as a choice they are one."""
    return {(h.lexicon, text[h.start:h.end]) for h in m.find(Text(text), org)}


def same_as_written_out(pack, texts: list[str], lexicon: str) -> list[list[str]]:
    """What `lexicon` finds in each text, after checking that the choices find exactly what the
    written-out terms find (every lexicon, every span)."""
    old, new = written_out(pack), pack.compiled.matcher
    out = []
    for text in texts:
        assert hits(new, text) == hits(old, text), text
        out.append(sorted(span for (name, span) in hits(new, text) if name == lexicon))
    return out


def test_a_product_term_matches_every_combination_with_its_span(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.group]\nterms = ["{adj} {noun}"]\n')
    texts = [f"I saw {a} {n} today" for a in ("female", "Black", "YOUNG") for n in
             ("lecturers", "student union officers", "lecturer")]
    found = same_as_written_out(pack, texts + ["female students", "lecturers female", "black-lecturers"], "group")
    assert found == [[t[len("I saw "):-len(" today")]] for t in texts] + [[], [], ["black-lecturers"]]
    hit = next(h for h in pack.compiled.matcher.find(Text(texts[1])) if h.lexicon == "group")
    assert (hit.first, hit.last, hit.start, hit.end) == (2, 6, 6, 35)      # "female student union officers"


def test_the_first_placeholder_is_written_out_and_the_rest_are_one_shared_choice(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.group]\nterms = ["{adj} {noun}", "all {adj} {noun}", "{adj} {adj}"]\n')
    plain = pack_with(tmp_path / "plain", "")
    assert len(pack.compiled.matcher) - len(plain.compiled.matcher) == 3 + 1 + 3
    assert set(pack.compiled.matcher.choice_tries) == {("{noun}", False), ("{adj}", False)}
    assert expansion(pack.lexicons)["group"][0] == 3 + 3 + 1 + 3 + 3         # terms, and the choices' once
    assert same_as_written_out(pack, ["all young lecturers", "young black", "all black female"], "group") == [
        ["all young lecturers", "young lecturers"], ["young black"], ["black female"]]


def test_filler_inside_and_around_a_choice_counts_towards_the_terms_gaps(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.group]\ngaps = 1\nterms = ["{adj} {noun}", "we {adj} {noun}"]\n')
    texts = ["female new lecturers", "female student new union officers", "female new student union officers",
             "female new student old union officers", "we new female lecturers", "we new female old lecturers",
             "female, lecturers", "female 🎓 lecturers"]
    assert same_as_written_out(pack, texts, "group") == [
        ["female new lecturers"], ["female student new union officers"], ["female new student union officers"],
        [], ["female lecturers", "we new female lecturers"], ["female old lecturers"], [], ["female 🎓 lecturers"]]


def test_a_choice_is_found_inside_hashtags_and_glued_words_as_its_written_out_terms_were(tmp_path):
    """(A compound is looked into when it holds a one-word term of such a lexicon: here "bigot".)"""
    pack = pack_with(tmp_path, '[lexicons.group]\nin_compounds = true\nterms = ["{adj} {noun}"]\n'
                               '[lexicons.insult]\nin_compounds = true\nterms = ["bigot"]\n')
    assert pack.compiled.matcher.choice_tries                      # a choice, not written out
    assert same_as_written_out(pack, ["#BigotFemaleLecturers rock", "#bigotyounglecturers", "#Bigot_Female",
                                      "bigotyounglecturers"],
                               "group") == [["#BigotFemaleLecturers"], ["#bigotyounglecturers"], [],
                                            ["bigotyounglecturers"]]


def test_stemmed_lexicons_stem_their_choices(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.group]\nstem = true\nterms = ["{adj} {noun}"]\n')
    assert set(pack.compiled.matcher.choice_tries) == {("{noun}", True)}
    assert same_as_written_out(pack, ["young lecturer", "young lecturing", "black student unions officer"],
                               "group") == [["young lecturer"], ["young lecturing"], ["black student unions officer"]]


def test_neighbour_conditions_hold_for_a_term_with_a_choice(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.group]\nnot_followed_by = ["union"]\nnot_preceded_by = ["no"]\n'
                               'terms = ["{adj} {noun}"]\n')
    assert same_as_written_out(pack, ["young lecturers union", "no young lecturers", "the young lecturers"],
                               "group") == [[], [], ["young lecturers"]]


def test_an_organisation_slot_inside_a_choice_is_filled_by_that_organisations_names(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.grudge]\nterms = ["we hate {target}"]\n')
    assert pack.compiled.matcher.choice_tries
    assert same_as_written_out(pack, ["we hate Test SU", "we hate the union", "we hate our union", "we hate Other SU"],
                               "grudge") == [["we hate Test SU"], ["we hate the union"], ["we hate our union"], []]


@pytest.mark.parametrize("lexicon, text, found", [
    ('case = "title"\nterms = ["vote {noun}"]', "vote Lecturer", ["vote Lecturer"]),     # case: written out
    ('case = "title"\nterms = ["vote {noun}"]', "vote lecturer", []),
    ('terms = [{ term = "vote {noun}", case = "exact" }]', "vote lecturer", []),
    ('terms = ["{adj}-{noun}"]', "black-lecturers", ["black-lecturers"]),                 # part of a word
])
def test_terms_matched_by_their_written_words_are_still_written_out(tmp_path, lexicon, text, found):
    pack = pack_with(tmp_path, f"[lexicons.group]\n{lexicon}\n")
    assert not pack.compiled.matcher.choice_tries
    assert same_as_written_out(pack, [text], "group") == [found]


def test_a_hashtag_terms_placeholders_are_written_out_for_hashtags_and_choices_in_words(tmp_path):
    """A hashtag is the term's written words run together, so each combination is written out for it; in a
    post's words the term is matched as any other, its placeholders after the first word as choices."""
    pack = pack_with(tmp_path, '[lexicons.group]\nhashtag = true\nterms = ["vote {adj}", "vote for {adj} {noun}"]\n')
    assert set(pack.compiled.matcher.choice_tries) == {("{adj}", False), ("{noun}", False)}
    plain = pack_with(tmp_path / "plain", "")
    assert len(pack.compiled.matcher) - len(plain.compiled.matcher) == 2
    texts = ["#VoteYoung", "#voteblack", "vote young", "#VoteForFemaleLecturers", "vote for female student union officers",
             "#VoteOld", "vote old"]
    assert same_as_written_out(pack, texts, "group") == [
        ["#VoteYoung"], ["#voteblack"], ["vote young"], ["#VoteForFemaleLecturers"],
        ["vote for female student union officers"], [], []]


def test_a_placeholder_of_an_unknown_lexicon_is_still_refused(tmp_path):
    with pytest.raises(PackError, match=r"unknown placeholder \{nouns\}"):
        pack_with(tmp_path, '[lexicons.group]\nterms = ["{adj} {nouns}"]\n')


def test_the_bundled_packs_choices_find_what_its_written_out_terms_found():
    """Every rule's examples, for every organisation: the same lexicons over the same words (as a set:
    a written-out term that two combinations spell alike was found twice)."""
    pack = load_pack(default_rules_dir())
    old, new = written_out(pack), pack.compiled.matcher
    assert len(old) > 2 * len(new)                  # ~36,700 terms written out, ~14,800 with choices
    texts = [t for r in pack.rules for t in [e.text for e in r.warn_examples] + list(r.should_not_warn)]
    for n, text in enumerate(texts):
        org = list(pack.profiles)[n % len(pack.profiles)]
        assert set(hits(new, text, org)) == set(hits(old, text, org)), text


# -- nested placeholders: a lexicon's term that names another lexicon, to any depth ----------------
NESTED = '''
[lexicons.insult]
terms = ["idiot", "{adj} {noun}"]

[lexicons.aimed]
terms = ["you {insult}", "{insult} alert"]
'''


def test_a_choice_whose_term_names_other_lexicons_matches_them_as_written_out(tmp_path):
    pack = pack_with(tmp_path, NESTED)
    matcher = pack.compiled.matcher
    assert ("{insult}", False) in matcher.choice_tries and ("{noun}", False) in matcher.choice_tries
    texts = ["you idiot", "you young lecturers", "you young student union officers!", "you young",
             "young lecturers alert", "idiot alert", "you lecturers"]
    assert same_as_written_out(pack, texts, "aimed") == [
        ["you idiot"], ["you young lecturers"], ["you young student union officers"], [],
        ["young lecturers alert"], ["idiot alert"], []]


def test_placeholders_nest_to_any_depth(tmp_path):
    pack = pack_with(tmp_path, NESTED + '''
[lexicons.deeper]
terms = ["{aimed} again", "oh {aimed}"]

[lexicons.deepest]
gaps = 1
terms = ["so {deeper}"]
''')
    texts = ["you black lecturers again", "oh young lecturers alert", "so oh you idiot", "so very oh you female lecturers",
             "oh you", "you black again"]
    found = same_as_written_out(pack, texts, "deeper")
    assert found == [["you black lecturers again"], ["oh young lecturers alert"], ["oh you idiot"],
                     ["oh you female lecturers"], [], []]
    assert same_as_written_out(pack, texts, "deepest") == [[], [], ["so oh you idiot"],
                                                           ["so very oh you female lecturers"], [], []]


def test_a_nested_placeholder_is_written_out_where_a_term_is_read_by_its_written_words(tmp_path):
    pack = pack_with(tmp_path, NESTED + '[lexicons.tag]\nhashtag = true\nterms = ["stop {insult}"]\n')
    assert same_as_written_out(pack, ["#StopYoungLecturers", "#stopidiot", "#StopYoung"], "tag") == [
        ["#StopYoungLecturers"], ["#stopidiot"], []]


def test_an_organisation_slot_nested_in_a_written_out_placeholder_is_still_the_organisation(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.people]\nterms = ["{target}", "the staff"]\n'
                               '[lexicons.subject]\nterms = ["{people} are useless"]\n')
    assert same_as_written_out(pack, ["Test SU are useless", "our union are useless", "the staff are useless",
                                      "Other SU are useless"], "subject") == [
        ["Test SU are useless"], ["our union are useless"], ["the staff are useless"], []]


def test_nested_placeholders_are_counted_before_anything_is_written_out(tmp_path):
    pack = pack_with(tmp_path, NESTED + '[lexicons.first]\nterms = ["{insult} here", "x-{insult}"]\n')
    sizes = expansion(pack.lexicons)
    # "{insult} here": 'idiot here' and 'young/black/female {noun} here' (the noun a choice, counted once)
    # "x-{insult}": part of a word, so every nested placeholder too: 1 + 3 x 3
    assert sizes["first"][0] == (1 + 3) + (1 + 3 * 3)
    assert sum(t for t, _ in sizes.values()) >= len(pack.compiled.matcher)


@pytest.mark.parametrize("lexicons, circle", [
    ('[lexicons.a]\nterms = ["x {b}"]\n[lexicons.b]\nterms = ["y {a}", "z"]\n', "{a} -> {b} -> {a}"),
    ('[lexicons.a]\nterms = ["{a} again", "x"]\n', "{a} -> {a}"),
    ('[lexicons.a]\nterms = ["x {b}"]\n[lexicons.b]\nterms = ["y {c}"]\n[lexicons.c]\nterms = ["{b}"]\n',
     "{b} -> {c} -> {b}"),
])
def test_placeholders_that_name_each_other_in_a_circle_are_refused_with_the_circle(tmp_path, lexicons, circle):
    with pytest.raises(PackError, match="names itself through its placeholders") as refused:
        pack_with(tmp_path, lexicons)
    assert circle in str(refused.value)


def test_lint_refuses_a_circle_of_placeholders(tmp_path):
    from thinktwice.quality.lint import errors, lint_pack
    root = write_pack(tmp_path / "pack", detectors=DETECTORS + BLOCKS + '[lexicons.a]\nterms = ["x {b}"]\n'
                                                                       '[lexicons.b]\nterms = ["y {a}"]\n')
    problems = errors(lint_pack(root, time_patterns=False))
    assert len(problems) == 1 and "names itself through its placeholders ({a} -> {b} -> {a})" in problems[0].message


def test_terms_without_placeholders_are_counted_as_one_term_each_whatever_their_options(tmp_path):
    pack = pack_with(tmp_path, '[lexicons.plain_ones]\nstem = true\nterms = ["young lecturers", '
                               '{ term = "student union officers", gaps = 2, case = "title" }, "Lecturer"]\n'
                               '[lexicons.mixed]\nterms = ["we {adj} {noun}", "all of us"]\n')
    sizes = expansion(pack.lexicons)
    assert sizes["plain_ones"] == (3, len("young lecturers") + len("student union officers") + len("Lecturer"))
    assert sizes["mixed"][0] == 1 + 1 + 3 + 3      # each term, and its choices' terms once
    assert sum(t for t, _ in sizes.values()) >= len(pack.compiled.matcher)
