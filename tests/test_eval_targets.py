"""The labelled sets: the dev set from shared/ and our own generalisation set, written the same way."""
from pathlib import Path

import pytest

from helpers import SHARED
from thinktwice.quality.evaluation import score

DATA = Path(__file__).parent / "data"
SETS = [SHARED / "eval" / "dev.jsonl", DATA / "generalisation.jsonl", DATA / "generalisation2.jsonl",
        DATA / "generalisation3.jsonl", DATA / "generalisation4.jsonl", DATA / "generalisation5.jsonl"]


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_recall_and_false_alarms(engine, path):
    with open(path, encoding="utf-8") as f:
        result = score(engine, f)
    assert not result.errors
    assert result.recall >= 0.95, f"recall {result.recall:.3f}; missed {result.misses}"
    assert result.false_alarm_rate <= 0.03, f"false alarms {result.false_alarm_rate:.1%}; {result.wrong}"
    assert sum(result.false_hits.values()) <= 0.03 * result.cases, result.wrong
