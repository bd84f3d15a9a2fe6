"""Measure the checker on a JSONL file: a labelled set, or plain texts.

A labelled set (the format of shared/eval/dev.jsonl) has one case a line:
    {"id": ..., "request": <a /v1/check request>, "expect": [categories], "forbid": [categories]}
`score` counts recall per category, false alarms on cases expecting nothing, forbidden categories
warned, and for each (organisation, clause) the cases warned citing it and whether each was expected.

Plain texts (real posts nobody here wrote) have one text a line, with any other fields:
    {"id": ..., "text": "...", "label": "hate"}
`rates` checks each text in one context (organisation, role, account, action) and counts the share
of texts warned for each category; `where` keeps only lines whose field equals a value.

Everywhere, a text is warned for a category when a warning of that category has severity caution or
warning (info does not count).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..engine import Engine
from ..request import RequestError
from ..vocab import CATEGORIES

WARNED = ("caution", "warning")
DEFAULT_CONTEXT = {"org": "lancaster-su", "role": "volunteer", "account": "official", "action": "post"}
SHOW_CHARS = 200


def warned_for(answer: dict) -> dict[str, dict]:
    """Category -> the first warning of that category at caution or warning severity."""
    warned: dict[str, dict] = {}
    for w in answer["warnings"]:
        if w["severity"] in WARNED:
            warned.setdefault(w["category"], w)
    return warned


def _rows(lines):
    """(line number, parsed object) for each non-blank line; ValueError naming a line that is not a
    JSON object."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"line {n} is not valid JSON: {exc}") from None
        if not isinstance(row, dict):
            raise ValueError(f"line {n} is not a JSON object")
        yield n, row


def kind_of(lines, text_field: str = "text") -> str:
    """"labelled" when the first line is a case (has "request" or "expect"), "texts" when it has
    `text_field`; ValueError when it is neither or the file has no lines."""
    for n, row in _rows(lines):
        if "request" in row or "expect" in row:
            return "labelled"
        if text_field in row:
            return "texts"
        raise ValueError(f"line {n} is neither a labelled case (no 'request') nor a text (no '{text_field}')")
    raise ValueError("no lines to measure")


# -- labelled sets ---------------------------------------------------------------------------------
@dataclass
class ClauseCount:
    """Cases warned (caution or warning) citing one clause, by whether the case expected it."""
    title: str = ""
    warned: int = 0
    expected: int = 0     # the case expects a category the clause was cited for
    false: int = 0        # the case forbids that category, or expects nothing at all
    other: int = 0        # neither: the case expects something else and does not forbid this


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
    clauses: dict = field(default_factory=dict)          # (org, clause ref) -> ClauseCount

    @property
    def recall(self) -> float:
        total = sum(self.expected.values())
        return sum(self.found.values()) / total if total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.quiet_cases if self.quiet_cases else 0.0


def score(engine: Engine, lines) -> Score:
    """Score a labelled set. ValueError for a line that is not JSON or has no request."""
    result = Score()
    for n, case in _rows(lines):
        cid = case.get("id", f"line {n}")
        if "request" not in case:
            raise ValueError(f"line {n} ({cid}) has no 'request'")
        result.cases += 1
        try:
            answer = engine.check(case["request"])
        except RequestError as exc:
            result.errors.append((cid, exc.message))
            continue
        warned = warned_for(answer)
        expect, forbid = set(case.get("expect", [])), set(case.get("forbid", []))
        for cat in expect:
            result.expected[cat] += 1
            if cat in warned:
                result.found[cat] += 1
            else:
                result.misses.append((cid, cat))
        for cat in forbid & set(warned):
            result.false_hits[cat] += 1
            result.wrong.append((cid, cat, warned[cat]["rule"]))
        if not expect:
            result.quiet_cases += 1
            if warned:
                result.false_alarms += 1
                for cat, w in warned.items():
                    if cat not in forbid:
                        result.wrong.append((cid, cat, w["rule"]))
        _count_clauses(result, case, answer, expect, forbid)
    return result


def _count_clauses(result: Score, case: dict, answer: dict, expect: set, forbid: set) -> None:
    request = case["request"] if isinstance(case["request"], dict) else {}
    context = request.get("context") if isinstance(request.get("context"), dict) else {}
    cited: dict[tuple[str, str], tuple[str, set]] = {}     # (org, ref) -> (title, categories)
    for w in answer["warnings"]:
        if w["severity"] in WARNED:
            clause = w["clause"]
            key = (context.get("org") or clause["policy"], clause["ref"])
            cited.setdefault(key, (clause["title"], set()))[1].add(w["category"])
    for key, (title, categories) in cited.items():
        count = result.clauses.setdefault(key, ClauseCount(title=title))
        count.warned += 1
        if categories & expect:
            count.expected += 1
        elif categories & forbid or not expect:
            count.false += 1
        else:
            count.other += 1


def report(s: Score) -> str:
    lines = [f"{s.cases} cases", "", f"{'category':<15}{'recall':>14}{'false hits':>12}"]
    for cat in CATEGORIES:
        if s.expected[cat] or s.false_hits[cat]:
            rec = f"{s.found[cat]}/{s.expected[cat]}" if s.expected[cat] else "-"
            lines.append(f"{cat:<15}{rec:>14}{s.false_hits[cat]:>12}")
    lines += ["", f"recall overall: {s.recall:.3f} ({sum(s.found.values())}/{sum(s.expected.values())})",
              f"false alarms on cases expecting nothing: {s.false_alarm_rate:.1%} ({s.false_alarms}/{s.quiet_cases})",
              f"forbidden categories warned: {sum(s.false_hits.values())}"]
    lines += ["", *clause_report(s)]
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


def clause_report(s: Score) -> list[str]:
    """One row per (organisation, clause ref): cases warned citing it, and of those how many expected
    the category it was cited for, how many were false (forbidden, or the case expected nothing) and
    how many neither."""
    if not s.clauses:
        return ["per clause: no case was warned"]
    org_width = max(len("org"), *(len(org) for org, _ in s.clauses)) + 2
    ref_width = max(len("clause"), *(len(ref) for _, ref in s.clauses)) + 2
    lines = ["per clause (cases warned citing it at caution or warning):",
             "(expected: the case expects the category cited; false: the case forbids it or expects nothing; "
             "other: neither)",
             f"{'org':<{org_width}}{'clause':<{ref_width}}{'warned':>6}{'expected':>10}{'false':>7}{'other':>7}  title"]
    for (org, ref), c in sorted(s.clauses.items(), key=lambda item: (item[0][0], _ref_order(item[0][1]))):
        lines.append(f"{org:<{org_width}}{ref:<{ref_width}}{c.warned:>6}{c.expected:>10}{c.false:>7}{c.other:>7}"
                     f"  {c.title}")
    return lines


def _ref_order(ref: str):
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in ref.replace("-", ".").split(".")]


# -- plain texts -----------------------------------------------------------------------------------
@dataclass
class Rates:
    context: dict
    text_field: str = "text"
    where: tuple = ()                                    # ((field, value), ...)
    lines: int = 0                                       # non-blank lines read
    passed_over: int = 0                                 # ... that `where` left out
    no_text: int = 0                                     # ... kept but with no (or an empty) text
    texts: int = 0                                       # texts checked and answered
    errors: list = field(default_factory=list)           # (id, code, message): refused requests
    warned: Counter = field(default_factory=Counter)     # category -> texts warned for it
    any_warned: int = 0                                  # texts warned for any category
    examples: dict = field(default_factory=dict)         # category -> [(id, text)], at most `show`
    quiet_examples: list = field(default_factory=list)   # [(id, text)] warned for nothing, at most `show`

    def rate(self, category: str) -> float:
        return self.warned[category] / self.texts if self.texts else 0.0


def parse_where(specs) -> tuple:
    """["label=hate", ...] -> (("label", "hate"), ...); ValueError for a spec without '='."""
    pairs = []
    for spec in specs or ():
        name, sep, value = spec.partition("=")
        if not sep or not name:
            raise ValueError(f"--where wants FIELD=VALUE, not {spec!r}")
        pairs.append((name, value))
    return tuple(pairs)


def _matches(row: dict, name: str, value: str) -> bool:
    if name not in row:
        return False
    got = row[name]
    return got == value if isinstance(got, str) else json.dumps(got) == value


def rates(engine: Engine, lines, context: dict | None = None, text_field: str = "text", where=(),
          show: int = 0) -> Rates:
    """Check every text (lines whose fields match every (field, value) of `where`) as `context`
    ({org, role, account, action}; DEFAULT_CONTEXT fills what is missing) and count the texts warned
    for each category. Keeps up to `show` example texts per category, and as many warned for nothing.
    RequestError when the context itself is refused (an unknown organisation, say); ValueError for a
    line that is not JSON."""
    ctx = {**DEFAULT_CONTEXT, **{k: v for k, v in (context or {}).items() if v}}
    result = Rates(context=ctx, text_field=text_field, where=tuple(where))
    engine.check(_request("context check", ctx))            # refuse a bad context once, not per line
    for n, row in _rows(lines):
        result.lines += 1
        if not all(_matches(row, name, value) for name, value in result.where):
            result.passed_over += 1
            continue
        text = row.get(text_field)
        if not isinstance(text, str) or not text.strip():
            result.no_text += 1
            continue
        tid = row.get("id", f"line {n}")
        try:
            answer = engine.check(_request(text, ctx))
        except RequestError as exc:
            result.errors.append((tid, exc.code, exc.message))
            continue
        result.texts += 1
        warned = warned_for(answer)
        if warned:
            result.any_warned += 1
        elif len(result.quiet_examples) < show:
            result.quiet_examples.append((tid, text))
        for cat in warned:
            result.warned[cat] += 1
            if show and len(result.examples.setdefault(cat, [])) < show:
                result.examples[cat].append((tid, text))
    return result


def _request(text: str, ctx: dict) -> dict:
    return {"text": text, "action": ctx["action"],
            "context": {"org": ctx["org"], "role": ctx["role"], "account": ctx["account"]}}


def describe_context(ctx: dict) -> str:
    return f"org {ctx['org']}, role {ctx['role']}, account {ctx['account']}, action {ctx['action']}"


def rates_report(r: Rates) -> str:
    kept = f"field '{r.text_field}'"
    if r.where:
        kept += "; where " + ", ".join(f"{k}={v}" for k, v in r.where)
        kept += f"; {r.passed_over} of {r.lines} lines passed over"
    lines = [f"{r.texts} texts checked as: {describe_context(r.context)} ({kept})"]
    if r.no_text:
        lines.append(f"lines without a text: {r.no_text} (not counted)")
    lines += ["", f"{'category':<15}{'texts warned':>14}{'rate':>10}"]
    for cat in CATEGORIES:
        lines.append(f"{cat:<15}{r.warned[cat]:>14}{_pct(r.warned[cat], r.texts):>10}")
    lines.append(f"{'any category':<15}{r.any_warned:>14}{_pct(r.any_warned, r.texts):>10}")
    if r.errors:
        codes = Counter(code for _, code, _ in r.errors)
        lines += ["", f"texts refused (not counted): {len(r.errors)} ("
                  + ", ".join(f"{code} {n}" for code, n in codes.most_common()) + ")"]
        lines += [f"  {tid}: {msg}" for tid, _, msg in r.errors[:10]]
    for cat in CATEGORIES:
        if r.examples.get(cat):
            lines += ["", f"warned {cat}:"]
            lines += [f"  {tid}: {shorten(text)}" for tid, text in r.examples[cat]]
    if r.quiet_examples:
        lines += ["", "warned for nothing:"]
        lines += [f"  {tid}: {shorten(text)}" for tid, text in r.quiet_examples]
    return "\n".join(lines)


def shorten(text: str, limit: int = SHOW_CHARS) -> str:
    """The text on one line, cut to `limit` characters (an ellipsis marks a cut)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _pct(n: int, total: int) -> str:
    return f"{n / total:.2%}" if total else "-"


def precision_recall_f1(true_pos: int, positives: int, false_pos: int) -> tuple[float, float, float]:
    """From texts flagged among `positives` labelled positive, and texts flagged among the negatives."""
    flagged = true_pos + false_pos
    precision = true_pos / flagged if flagged else 0.0
    recall = true_pos / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
