"""The labelled sets against their targets: the dev set from shared/, the generalisation sets we wrote
the same way and the blind sets of 2026-11-30 a to k (each tuned on after its first run) are held at
the generalisation targets; the newest (l, of 2026-12-01), scored once after the tenth round and tuned
only on its false alarms, must never fall below where that left it. docs/quality.md records how each was written
and first scored."""
from pathlib import Path

import pytest

from helpers import SHARED
from thinktwice.quality.evaluation import score

DATA = Path(__file__).parent / "data"
DEV = SHARED / "eval" / "dev.jsonl"
TUNED = [DATA / "generalisation.jsonl", DATA / "generalisation2.jsonl", DATA / "generalisation3.jsonl",
         DATA / "generalisation4.jsonl", DATA / "generalisation5.jsonl",
         DATA / "blind-2026-11-30.jsonl", DATA / "blind-2026-11-30b.jsonl", DATA / "blind-2026-11-30c.jsonl",
         DATA / "blind-2026-11-30d.jsonl", DATA / "blind-2026-11-30e.jsonl", DATA / "blind-2026-11-30f.jsonl",
         DATA / "blind-2026-11-30g.jsonl", DATA / "blind-2026-11-30h.jsonl", DATA / "blind-2026-11-30i.jsonl",
         DATA / "blind-2026-11-30j.jsonl", DATA / "blind-2026-11-30k.jsonl"]


def scored(engine, path):
    with open(path, encoding="utf-8") as f:
        result = score(engine, f)
    assert not result.errors, result.errors
    return result


def test_dev_set_targets(engine):
    """The issue's targets: recall at least 0.98, false alarms at most 1%, no forbidden category."""
    result = scored(engine, DEV)
    assert result.cases == 84
    assert result.recall >= 0.98, f"recall {result.recall:.3f}; missed {result.misses}"
    assert result.false_alarm_rate <= 0.01, f"false alarms {result.false_alarm_rate:.1%}; {result.wrong}"
    assert sum(result.false_hits.values()) == 0, result.wrong


def test_dev_set_warnings_cite_only_expected_clauses(engine):
    """Per clause: every clause cited on the dev set is cited for a case that expected it."""
    result = scored(engine, DEV)
    false = {key: c for key, c in result.clauses.items() if c.false}
    assert not false, false
    assert ("lancaster-su", "10.1") in result.clauses


@pytest.mark.parametrize("path", TUNED, ids=[p.stem for p in TUNED])
def test_generalisation_sets(engine, path):
    result = scored(engine, path)
    assert result.recall >= 0.95, f"recall {result.recall:.3f}; missed {result.misses}"
    assert result.false_alarm_rate <= 0.03, f"false alarms {result.false_alarm_rate:.1%}; {result.wrong}"
    assert sum(result.false_hits.values()) <= 0.03 * result.cases, result.wrong


# Each set not tuned to its targets yet: never below where the last round left it (at or above its first
# run). (cases, cases expecting a category, cases expecting none) pin the set as it was scored; the
# first-run figures are in docs/quality.md.
HELD = {
    # first run 139/243, 7/170, 8 forbidden at 047741c, after the tenth round (152/242, 7/170, 6 forbidden with
    # its endorsement labels read as branding); 155/242 after a short round on its false alarms (b10fc8a); after
    # the eleventh and twelfth rounds, 223/242; after the thirteenth:
    "blind-2026-12-01l": ((400, 242, 170), {"recall": 224 / 242, "false_alarms": 0 / 170, "forbidden": 0}),
    # first run 171/239, 5/166, 4 forbidden at 0048730, after the eleventh round; 171/239, 0/166, 0 after a short
    # round on its false alarms (cfc078c); after the twelfth round, which worked on its misses, 212/239; after
    # the thirteenth:
    "blind-2026-12-01m": ((375, 239, 166), {"recall": 215 / 239, "false_alarms": 0 / 166, "forbidden": 0}),
    # first run 186/259, 16/179, 18 forbidden at 06b47c4, after the twelfth round (a short one); after a short
    # round on its false alarms, 186/259; after the thirteenth round, which worked on its misses, 245/259; after the fourteenth:
    "blind-2026-12-01n": ((410, 259, 179), {"recall": 246 / 259, "false_alarms": 0 / 179, "forbidden": 1}),
    # first run 155/215, 7/136, 6 forbidden at 260ee21, after the thirteenth round; after the fourteenth, which
    # worked on its misses and false alarms:
    "blind-2026-12-02o": ((328, 215, 136), {"recall": 215 / 215, "false_alarms": 0 / 136, "forbidden": 0}),
    # first run 156/210, 4/140, 1 forbidden at 030c708, after the fourteenth round; 156/210, 0/140 after a short
    # round on its false alarms (74da32a); after the fifteenth, which worked on its misses:
    "blind-2026-12-02p": ((333, 210, 140), {"recall": 209 / 210, "false_alarms": 0 / 140, "forbidden": 0}),
    # first run 155/208, 13/140, 9 forbidden at 942e267, after the fifteenth round; 155/208, 0/140 after a short
    # round on its false alarms (f0a44a3); after a short round on its misses, 177/208; with the post a share or
    # quote republishes judged (e35e89e), 186/208; after the sixteenth round:
    "blind-2026-12-02q": ((325, 208, 140), {"recall": 206 / 208, "false_alarms": 0 / 140, "forbidden": 0}),
    # first run 136/189, 4/127, 1 forbidden at e35e89e, before the sixteenth round; after it (d12d78f):
    "blind-2026-12-02r": ((310, 189, 127), {"recall": 188 / 189, "false_alarms": 0 / 127, "forbidden": 0}),
    # first run 118/161, 8/116, 7 forbidden at d12d78f, after the sixteenth round (sealed while it ran); 131/161 after
    # short rounds on its false alarms and misses; after the seventeenth round:
    "blind-2026-12-02s": ((273, 161, 116), {"recall": 133 / 161, "false_alarms": 0 / 116, "forbidden": 0}),
    # first run 127/172, 12/132, 10 forbidden at a938e80, before the seventeenth round; after it (one false alarm
    # left: student media reposting the union's own statement reads as speaking for it):
    "blind-2026-12-02t": ((300, 172, 132), {"recall": 172 / 172, "false_alarms": 1 / 132, "forbidden": 1}),
    # first run 123/172, 3/130, 2 forbidden at ea12ebe, after the seventeenth round (sealed while it ran); after a
    # short round on its misses and false alarms:
    "blind-2026-12-02u": ((300, 172, 130), {"recall": 160 / 172, "false_alarms": 0 / 130, "forbidden": 0}),
}


@pytest.mark.parametrize("name", HELD)
def test_blind_sets_no_worse_than_the_last_round_left_them(engine, name):
    (cases, expecting, quiet), first = HELD[name]
    result = scored(engine, DATA / f"{name}.jsonl")
    assert (result.cases, sum(result.expected.values()), result.quiet_cases) == (cases, expecting, quiet)
    assert result.recall >= first["recall"], f"recall {result.recall:.3f}; missed {result.misses}"
    assert result.false_alarm_rate <= first["false_alarms"], result.wrong
    assert sum(result.false_hits.values()) <= first["forbidden"], result.wrong
