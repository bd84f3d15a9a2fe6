"""Score the checker on a labelled set (the format of shared/eval/dev.jsonl).

Each line: {"id": ..., "request": <a /v1/check request>, "expect": [categories], "forbid": [categories]}.
A case is warned for a category when a warning of that category has severity caution or warning.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..engine import Engine
from ..request import RequestError
from ..vocab import CATEGORIES

WARNED = ("caution", "warning")


@dataclass
class Score:
    cases: int = 0
    errors: list = field(default_factory=list)          # (id, message)
    expected: Counter = field(default_factory=Counter)  # category -> cases expecting it
    found: Counter = field(default_factory=Counter)     # category -> of those, warned
    false_hits: Counter = field(default_factory=Counter)  # category -> cases forbidding it that got it
    quiet_cases: int = 0                                 # cases that expect nothing
    false_alarms: int = 0                                # ... that got any caution/warning
    misses: list = field(default_factory=list)           # (id, category)
    wrong: list = field(default_factory=list)            # (id, category, rule)

    @property
    def recall(self) -> float:
        total = sum(self.expected.values())
        return sum(self.found.values()) / total if total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.quiet_cases if self.quiet_cases else 0.0


def score(engine: Engine, lines) -> Score:
    result = Score()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        case = json.loads(line)
        cid = case.get("id", f"line {n}")
        result.cases += 1
        try:
            answer = engine.check(case["request"])
        except RequestError as exc:
            result.errors.append((cid, exc.message))
            continue
        warned = {}
        for w in answer["warnings"]:
            if w["severity"] in WARNED:
                warned.setdefault(w["category"], w["rule"])
        expect, forbid = set(case.get("expect", [])), set(case.get("forbid", []))
        for cat in expect:
            result.expected[cat] += 1
            if cat in warned:
                result.found[cat] += 1
            else:
                result.misses.append((cid, cat))
        for cat in forbid & set(warned):
            result.false_hits[cat] += 1
            result.wrong.append((cid, cat, warned[cat]))
        if not expect:
            result.quiet_cases += 1
            if warned:
                result.false_alarms += 1
                for cat, rule in warned.items():
                    if cat not in forbid:
                        result.wrong.append((cid, cat, rule))
    return result


def report(s: Score) -> str:
    lines = [f"{s.cases} cases", "", f"{'category':<15}{'recall':>14}{'false hits':>12}"]
    for cat in CATEGORIES:
        if s.expected[cat] or s.false_hits[cat]:
            rec = f"{s.found[cat]}/{s.expected[cat]}" if s.expected[cat] else "-"
            lines.append(f"{cat:<15}{rec:>14}{s.false_hits[cat]:>12}")
    lines += ["", f"recall overall: {s.recall:.3f} ({sum(s.found.values())}/{sum(s.expected.values())})",
              f"false alarms on cases expecting nothing: {s.false_alarm_rate:.1%} ({s.false_alarms}/{s.quiet_cases})",
              f"forbidden categories warned: {sum(s.false_hits.values())}"]
    if s.errors:
        lines.append(f"requests refused: {len(s.errors)}")
        lines += [f"  {cid}: {msg}" for cid, msg in s.errors]
    if s.misses:
        lines.append("missed:")
        lines += [f"  {cid}: {cat}" for cid, cat in s.misses]
    if s.wrong:
        lines.append("false hits:")
        lines += [f"  {cid}: {cat} ({rule})" for cid, cat, rule in s.wrong]
    return "\n".join(lines)
