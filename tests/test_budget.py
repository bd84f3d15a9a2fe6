"""The time budget of a check counts the check's own work: a pause of the garbage collector (the
process's housekeeping, which walks every object alive) is added to it, and time really spent is not."""
from __future__ import annotations

import gc
import time

import pytest

from thinktwice.budget import CheckTimeout, Deadline, collected_seconds


@pytest.fixture(scope="module")
def big_heap():
    """Enough objects alive that one full collection takes at least 80 ms."""
    heap = []
    while True:
        heap.append([[] for _ in range(200_000)])
        started = time.perf_counter()
        gc.collect()
        if time.perf_counter() - started > 0.08:
            return heap


def _collect_for_at_least(seconds: float) -> None:
    ends = time.perf_counter() + seconds
    while time.perf_counter() < ends:
        gc.collect()


def test_a_garbage_collection_during_a_check_does_not_use_up_its_budget(big_heap):
    deadline = Deadline(50)
    started = time.perf_counter()
    gc.collect()
    assert time.perf_counter() - started > 0.05   # the collection alone outlasted the budget
    deadline.check("test.rule")
    assert deadline.remaining() > 0


def test_time_really_spent_still_runs_the_budget_out():
    deadline = Deadline(30)
    time.sleep(0.05)
    assert deadline.remaining() < 0
    with pytest.raises(CheckTimeout, match="30 ms time budget in rule 'test.rule'"):
        deadline.check("test.rule")


def test_a_collection_before_the_check_began_gives_it_no_extra_time():
    _collect_for_at_least(0.02)
    deadline = Deadline(30)
    time.sleep(0.05)
    with pytest.raises(CheckTimeout):
        deadline.check("test.rule")


def test_an_unbounded_deadline_never_runs_out():
    deadline = Deadline(None)
    _collect_for_at_least(0.01)
    assert deadline.remaining() is None
    deadline.check("test.rule")


def test_the_collectors_time_is_counted_for_those_who_leave_it_out():
    before = collected_seconds()
    garbage = [[] for _ in range(200_000)]
    for a, b in zip(garbage, garbage[1:]):
        a.append(b)
        b.append(a)        # cycles only the collector frees
    del garbage, a, b
    gc.collect()
    assert collected_seconds() > before
