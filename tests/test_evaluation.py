"""The eval reports on small files written here, with the real engine on the bundled rules: the
per-clause results of a labelled set, and the share of plain texts warned for each category."""
import json

import pytest

from thinktwice.cli import main
from thinktwice.quality.evaluation import (SHOW_CHARS, clause_report, kind_of, parse_where, precision_recall_f1,
                                           rates, rates_report, report, score)
from thinktwice.request import RequestError

AT_LANCASTER = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
AT_LEICESTER = {"org": "leicester-su", "role": "volunteer", "account": "official"}
LONG = "Vote Green on Thursday. " + "The weather by the lake is lovely today. " * 10


def case(cid, text, expect=(), forbid=(), context=AT_LANCASTER):
    return {"id": cid, "request": {"text": text, "action": "post", "context": context},
            "expect": list(expect), "forbid": list(forbid)}


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def labelled(tmp_path):
    return write_jsonl(tmp_path / "cases.jsonl", [
        case("asked", "Vote Labour on 4 July!", expect=["political"]),
        case("quiet-but-warned", "Vote Conservative on Thursday, they are great"),
        case("quiet", "Have a lovely weekend everyone"),
        case("forbidden", "Vote Green on Thursday", expect=["personal-data"], forbid=["political"]),
        case("unlisted", "Vote Green on Thursday, call Jane on 07700 900123", expect=["personal-data"]),
        case("elsewhere", "What a load of shit, fuck this", expect=["offensive"], context=AT_LEICESTER),
    ])


@pytest.fixture
def texts(tmp_path):
    return write_jsonl(tmp_path / "texts.jsonl", [
        {"id": "t1", "text": "Vote Labour on 4 July!", "label": "pol"},
        {"id": "t2", "text": "Vote Conservative on Thursday", "label": "pol"},
        {"id": "t3", "text": "Have a lovely weekend everyone", "label": "calm"},
        {"id": "t4", "text": "What a load of shit, fuck this", "label": "rude"},
        {"id": "t5", "text": "   ", "label": "calm"},
        {"id": "t6", "text": LONG, "label": 1},
    ])


def lines(path):
    return path.read_text(encoding="utf-8").splitlines()


# -- labelled sets: per clause ---------------------------------------------------------------------
def test_clauses_count_cases_warned_citing_them_expected_or_false(engine, labelled):
    s = score(engine, lines(labelled))
    assert s.cases == 6 and not s.errors
    neutrality = s.clauses[("lancaster-su", "10.1")]
    assert neutrality.title == "Political neutrality"
    # asked: expected; quiet-but-warned and forbidden: false; unlisted: expects something else, forbids nothing
    assert (neutrality.warned, neutrality.expected, neutrality.false, neutrality.other) == (4, 1, 2, 1)
    personal = s.clauses[("lancaster-su", "6.17")]
    assert (personal.warned, personal.expected, personal.false) == (1, 1, 0)
    # the same words at another organisation are counted against that organisation's clause
    leicester = [c for (org, _), c in s.clauses.items() if org == "leicester-su"]
    assert [(c.warned, c.expected) for c in leicester] == [(1, 1)]
    assert ("lancaster-su", "App1 4.5.3") not in s.clauses
    # the overall figures are unchanged by the clause counts
    assert s.quiet_cases == 2 and s.false_alarms == 1 and s.false_hits["political"] == 1
    assert ("forbidden", "personal-data") in s.misses


def test_clause_report_has_one_row_per_org_and_clause(engine, labelled):
    s = score(engine, lines(labelled))
    rows = clause_report(s)
    row = next(r for r in rows if r.startswith("lancaster-su") and " 10.1 " in r)
    assert row.split()[2:6] == ["4", "1", "2", "1"] and row.endswith("Political neutrality")
    assert sum(r.startswith(("lancaster-su", "leicester-su")) for r in rows) == len(s.clauses) == 3
    assert "per clause" in report(s)


def test_a_case_warned_only_at_info_cites_no_clause(engine, tmp_path):
    s = score(engine, [json.dumps(case("calm", "Have a lovely weekend everyone"))])
    assert s.clauses == {} and clause_report(s) == ["per clause: no case was warned"]


def test_a_labelled_line_without_a_request_is_named(engine):
    with pytest.raises(ValueError, match="line 2"):
        score(engine, [json.dumps(case("ok", "hello")), json.dumps({"id": "x", "expect": ["political"]})])


# -- plain texts: rate per category ----------------------------------------------------------------
def test_rates_count_texts_warned_for_each_category(engine, texts):
    r = rates(engine, lines(texts))
    assert r.context == {**AT_LANCASTER, "action": "post"}
    assert (r.lines, r.texts, r.no_text, r.passed_over) == (6, 5, 1, 0)
    assert r.warned["political"] == 3 and r.warned["offensive"] == 1 and r.any_warned == 4
    assert r.rate("political") == pytest.approx(0.6)
    assert r.warned["personal-data"] == 0 and r.rate("personal-data") == 0.0


def test_where_keeps_lines_whose_field_equals_the_value(engine, texts):
    r = rates(engine, lines(texts), where=parse_where(["label=pol"]))
    assert (r.texts, r.passed_over, r.warned["political"]) == (2, 4, 2)
    assert r.rate("political") == 1.0
    numeric = rates(engine, lines(texts), where=parse_where(["label=1"]))     # a JSON number matches its text
    assert (numeric.texts, numeric.warned["political"]) == (1, 1)
    both = rates(engine, lines(texts), where=parse_where(["label=pol", "id=t2"]))
    assert both.texts == 1
    assert rates(engine, lines(texts), where=parse_where(["nofield=x"])).texts == 0


def test_the_context_decides_what_is_warned(engine, texts):
    r = rates(engine, lines(texts), {"org": "leicester-su"})
    assert r.context["org"] == "leicester-su" and r.context["account"] == "official"
    assert r.warned["offensive"] == 1 and r.warned["political"] == 0
    with pytest.raises(RequestError):
        rates(engine, lines(texts), {"org": "no-such-union"})


def test_text_from_another_field(engine, tmp_path):
    path = write_jsonl(tmp_path / "bodies.jsonl", [{"body": "Vote Labour on 4 July!", "text": "hello"},
                                                   {"body": "hello", "text": "Vote Labour on 4 July!"}])
    assert kind_of(lines(path), "body") == "texts"
    r = rates(engine, lines(path), text_field="body")
    assert r.texts == 2 and r.warned["political"] == 1


def test_show_keeps_examples_and_the_report_cuts_them(engine, texts):
    r = rates(engine, lines(texts), show=1)
    assert [tid for tid, _ in r.examples["political"]] == ["t1"]
    assert [tid for tid, _ in r.quiet_examples] == ["t3"]
    r = rates(engine, lines(texts), where=parse_where(["label=1"]), show=5)
    out = rates_report(r)
    shown = next(line for line in out.splitlines() if line.startswith("  t6: "))
    assert len(shown) - len("  t6: ") == SHOW_CHARS and shown.endswith("…") and len(LONG) > SHOW_CHARS
    assert "political" in out and "100.00%" in out and "org lancaster-su" in out


def test_kind_of_and_where_refuse_what_they_cannot_read(labelled, texts):
    assert kind_of(lines(labelled)) == "labelled" and kind_of(lines(texts)) == "texts"
    with pytest.raises(ValueError, match="line 1"):
        kind_of(['{"id": 1, "words": "no text here"}'])
    with pytest.raises(ValueError, match="line 2"):
        kind_of(["", "not json"])
    with pytest.raises(ValueError):
        kind_of([])
    with pytest.raises(ValueError):
        parse_where(["label"])


def test_precision_recall_f1():
    assert precision_recall_f1(30, 40, 10) == pytest.approx((0.75, 0.75, 0.75))
    assert precision_recall_f1(0, 10, 0) == (0.0, 0.0, 0.0)


# -- the command ----------------------------------------------------------------------------------
def test_eval_command_on_plain_texts(texts, tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "eval", str(texts), "--where", "label=pol", "--org", "lancaster-su",
                 "--role", "volunteer", "--account", "official", "--action", "post", "--show", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].startswith("rules ")
    assert "2 texts checked as: org lancaster-su, role volunteer, account official, action post" in out
    political = next(line for line in out.splitlines() if line.startswith("political"))
    assert political.split() == ["political", "2", "100.00%"]
    assert "warned political:\n  t1: Vote Labour on 4 July!" in out


def test_eval_command_on_a_labelled_set_reports_clauses(labelled, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "eval", str(labelled)]) == 0
    out = capsys.readouterr().out
    assert "recall overall:" in out and "per clause" in out
    assert any(line.startswith("lancaster-su") and "Political neutrality" in line for line in out.splitlines())


def test_eval_command_refuses_plain_options_on_a_labelled_set(labelled, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "eval", str(labelled), "--org", "leicester-su"]) == 2
    assert "--org" in capsys.readouterr().err


def test_eval_command_refuses_an_unknown_org(texts, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "eval", str(texts), "--org", "no-such-union"]) == 2
    assert "error:" in capsys.readouterr().err
