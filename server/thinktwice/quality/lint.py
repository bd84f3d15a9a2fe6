"""`thinktwice rules lint`: what a pack must satisfy beyond loading.

- it loads (schema, unique ids, every clause a profile cites exists in that profile);
- every detector rule has examples both ways (should_warn and should_not_warn);
- every profile example names a known role, account and action;
- the dates in pack.toml are dates, and review_by dates that have passed are reported;
- no regular expression can take unbounded time (regex_safety.py: refused by shape, then run against
  adversarial texts within a time budget).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..pack import Pack, PackError, load_pack
from ..vocab import ACCOUNTS, ACTIONS, ROLES
from .regex_safety import pattern_shape_problems, timed_patterns


@dataclass
class Problem:
    where: str
    message: str
    severity: str = "error"     # "error" refuses the pack; "note" is printed only

    def __str__(self) -> str:
        return f"{self.severity.upper()} {self.where}: {self.message}"


# -- the pack ---------------------------------------------------------------------------------------
def _rule_patterns(pack: Pack) -> dict[str, list[str]]:
    """rule id -> its regular expression, placeholders filled, as the compiled pack runs it."""
    return {rule_id: [pattern.pattern] for rule_id, pattern in pack.compiled.patterns.items()}


def _date_problems(pack: Pack, today: date) -> list[Problem]:
    problems = []
    for table in ("as_of", "review_by"):
        for name, value in pack.as_of.items() if table == "as_of" else pack.review_by.items():
            try:
                when = date.fromisoformat(str(value))
            except ValueError:
                problems.append(Problem("pack.toml", f"[{table}] {name} = {value!r} is not a date (YYYY-MM-DD)"))
                continue
            if table == "review_by" and when < today:
                problems.append(Problem("pack.toml", f"{name} was due for review by {when}; check the lexicon "
                                                     "and move review_by on", "note"))
    return problems


def lint_pack(root: str | Path, time_patterns: bool = True, today: date | None = None) -> list[Problem]:
    """Every problem found in the pack directory `root`; errors refuse the pack."""
    try:
        pack = load_pack(root)
    except PackError as exc:
        return [Problem(str(exc).split(":", 1)[0], str(exc).split(":", 1)[-1].strip())]
    problems = _date_problems(pack, today or date.today())
    for rule in pack.rules:
        missing = [k for k in ("should_warn", "should_not_warn") if not getattr(rule, k)]
        if missing:
            problems.append(Problem(rule.source, f"rule {rule.id!r} has no {' and no '.join(missing)} examples"))
    for profile in pack.profiles.values():
        for i, ex in enumerate(profile.examples, 1):
            at = f"{profile.source}: example #{i}"
            if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or not ex["text"].strip():
                problems.append(Problem(at, "needs a text"))
                continue
            ctx = ex.get("context", {})
            for key, allowed in (("role", ROLES), ("account", ACCOUNTS)):
                if key in ctx and ctx[key] not in allowed:
                    problems.append(Problem(at, f"unknown {key} {ctx[key]!r}"))
            if ex.get("action", "post") not in ACTIONS:
                problems.append(Problem(at, f"unknown action {ex.get('action')!r}"))
    patterns = _rule_patterns(pack)
    to_time = []
    for rule_id, rule_patterns in patterns.items():
        where = pack.rule(rule_id).source
        shape = [p for pattern in rule_patterns for p in pattern_shape_problems(pattern)]
        for message in dict.fromkeys(shape):
            problems.append(Problem(where, f"rule {rule_id!r}'s regex {message}"))
        if not shape:
            to_time += [(rule_id, where, pattern) for pattern in rule_patterns]
    if time_patterns and to_time:
        slow = timed_patterns([p for _, _, p in to_time])
        reported = set()
        for rule_id, where, pattern in to_time:
            if pattern in slow and rule_id not in reported:
                reported.add(rule_id)
                problems.append(Problem(where, f"rule {rule_id!r}'s regex {slow[pattern]}"))
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
