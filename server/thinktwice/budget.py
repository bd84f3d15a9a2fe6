"""A time budget per check, so that no pattern in a rule pack can hang the service.

Rule regular expressions run under the `regex` module, whose matching takes a timeout (the standard
`re` cannot be interrupted), with whatever is left of the check's budget; and the budget is checked
before each rule. A check that runs out answers 503 `check_timeout`, naming the rule, never the text.
"""
from __future__ import annotations

import threading
import time

import regex

from .detectors.detector import Detector

DEFAULT_BUDGET_MS = 1000


class CheckTimeout(Exception):
    """Raised inside the detector; the engine turns it into a 503 `check_timeout` RequestError."""

    def __init__(self, rule_id: str, budget_ms: float):
        super().__init__(f"the check ran out of its {budget_ms:g} ms time budget in rule {rule_id!r}; "
                         "the rule pack may have a slow pattern")
        self.rule_id = rule_id


class Deadline:
    def __init__(self, budget_ms: float):
        self.budget_ms = budget_ms
        self.ends = time.perf_counter() + budget_ms / 1000

    def remaining(self) -> float:
        return self.ends - time.perf_counter()

    def check(self, rule_id: str) -> None:
        if self.remaining() <= 0:
            raise CheckTimeout(rule_id, self.budget_ms)


_current = threading.local()


class deadline_for:
    """`with deadline_for(ms):` — the detector in this thread stops a check that outlasts `ms`."""

    def __init__(self, budget_ms: float | None):
        self.deadline = Deadline(budget_ms) if budget_ms else None

    def __enter__(self):
        self.outer = getattr(_current, "deadline", None)
        _current.deadline = self.deadline
        return self.deadline

    def __exit__(self, *exc):
        _current.deadline = self.outer


class _TimedPattern:
    """A rule's pattern compiled by `regex`, searched with the time left in the current check."""

    def __init__(self, pattern, rule_id: str):
        try:
            self.compiled = regex.compile(pattern.pattern, pattern.flags)
            self.timed = True
        except regex.error:         # a construct only `re` takes: budget checked before it, not during
            self.compiled, self.timed = pattern, False
        self.rule_id = rule_id

    def finditer(self, text: str):
        deadline = getattr(_current, "deadline", None)
        if deadline is None or not self.timed:
            return self.compiled.finditer(text)
        deadline.check(self.rule_id)
        try:
            return iter(list(self.compiled.finditer(text, timeout=max(deadline.remaining(), 0.001))))
        except TimeoutError:
            raise CheckTimeout(self.rule_id, deadline.budget_ms) from None


class BudgetedDetector(Detector):
    """The pack's Detector, with the budget checked between rules and inside every regular expression."""

    def __init__(self, pack):
        super().__init__(pack)
        self._timed: dict = {}

    def regex_for(self, rule, org: str):
        key = (rule.id, org)
        timed = self._timed.get(key)
        if timed is None:
            timed = self._timed[key] = _TimedPattern(super().regex_for(rule, org), rule.id)
        return timed

    def find(self, text, org, only=None, ends=None):
        deadline = getattr(_current, "deadline", None)
        if deadline is None:
            return super().find(text, org, only, ends)
        try:
            return super().find(text, org, only, deadline.ends if ends is None else min(ends, deadline.ends))
        except TimeoutError as exc:
            raise CheckTimeout(exc.args[0], deadline.budget_ms) from None
