"""Step 4 of a check: what the findings mean for this organisation, given who is posting, from which
account, doing what, and whether an election is on — typed `Warning` values, most severe first.

The policy's logic lives here once: the first [[map]] entry of the organisation's profile that fits a
finding decides its clause and severity (the entries were decided into warnings by pack/compile.py);
where no entry fits, the policy is silent and so are we.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from .detectors.detector import Detection
from .pack.compile import ENDORSEMENT_RULE, ClauseRef, Plan
from .pack.elections import Election, reminder_clause
from .request import Context
from .text import Text
from .vocab import ENDORSING_ACTIONS, REPUBLISHING_ACTIONS, SEVERITY_RANK

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ElectionNote:
    id: str
    name: str
    end: str            # ISO date


@dataclass(frozen=True, slots=True)
class Warning:
    rule: str
    category: str
    severity: str
    message: str        # "{match}" stands for the words of the first span (filled by answer.py)
    advice: str
    clause: ClauseRef
    spans: tuple[Span, ...]     # Python string offsets, sorted
    election: ElectionNote | None = None
    source: str = "text"        # "replying_to": found in the post a like/share/repost/quote republishes


_ENDORSE_VERB = {"like": "Liking", "share": "Sharing", "repost": "Reposting", "quote": "Quoting"}
_RAISE = {"info": "caution", "caution": "warning", "warning": "warning"}


def signals_of(detection: Detection, suffix: str = "") -> frozenset[str]:
    return frozenset(rid + suffix for rid, f in detection.findings.items() if f.rule.category == "signal")


def judge(plan: Plan, detection: Detection, text: Text, ctx: Context, signals: frozenset,
          elections: list[Election], pack, shared: Detection | None = None) -> tuple[Warning, ...]:
    """The warnings, most severe first and then in the order of the text (the shared post's after the
    text's). `shared`: what was found in the post a like, share, repost or quote republishes, when the
    request gives it as `replying_to`; it is judged as the user's own post is."""
    if ctx.action in ENDORSING_ACTIONS:
        warnings = _endorsement(plan, detection, ctx, signals, shared)
    else:
        warnings = _content(plan, detection, ctx, ctx.action, signals)
    if elections:
        warnings = _during_election(elections[0], warnings, detection, text, ctx, pack)
    warnings.sort(key=_most_severe_first)
    return tuple(warnings)


def _most_severe_first(w: Warning) -> tuple[int, bool, int]:
    return -SEVERITY_RANK[w.severity], w.source != "text", w.spans[0][0] if w.spans else 0


def _decide(plan: Plan, rule_id: str, ctx: Context, action: str, signals: frozenset):
    for decision in plan.decisions.get(rule_id, ()):
        if decision.applies(ctx.role, ctx.account, action, signals):
            return decision
    return None


def _content(plan: Plan, detection: Detection, ctx: Context, action: str, signals: frozenset) -> list[Warning]:
    """Each problem explained once: a warning whose words another warning of the same category and at
    least its severity already covers is dropped ("Labour" inside "Vote Labour"), and so is one each of
    whose stretches shares words with a kept warning citing the same clause (two insult rules reading
    "the VC is a total idiot" from different first words)."""
    found = []
    for finding in detection.findings.values():
        if finding.rule.category == "signal":
            continue
        d = _decide(plan, finding.rule.id, ctx, action, signals)
        if d is not None:
            found.append(Warning(d.rule, d.category, d.severity, d.message, d.advice, d.clause, finding.spans))
    # Most severe first, then the most words covered, then in rule order.
    order = sorted(range(len(found)), key=lambda i: (-SEVERITY_RANK[found[i].severity], -_covered_length(found[i]), i))
    kept: list[Warning] = []
    for w in (found[i] for i in order):
        if not w.spans or not any(k.category == w.category and (_within(w.spans, k.spans) or (
                k.clause == w.clause and _each_overlaps(w.spans, k.spans))) for k in kept):
            kept.append(w)
    return kept


def _covered_length(w: Warning) -> int:
    """How much of the text the warning's words cover, each character once (its spans may overlap)."""
    covered, reached = 0, 0
    for start, end in w.spans:
        covered += max(0, end - max(start, reached))
        reached = max(reached, end)
    return covered


def _each_overlaps(inner: tuple[Span, ...], outer: tuple[Span, ...]) -> bool:
    """Every span of `inner` shares words with one of `outer` that it does not wholly hold: "VC is a"
    with "is a total" does, "Vote Labour" with "Labour" does not (it says more about the same words)."""
    def shares(start, end, o_start, o_end):
        holds = start <= o_start and o_end <= end and o_end - o_start < end - start
        return start < o_end and o_start < end and not holds
    return all(any(shares(start, end, o_start, o_end) for o_start, o_end in outer) for start, end in inner)


def _within(inner: tuple[Span, ...], outer: tuple[Span, ...]) -> bool:
    """Every span of `inner` lies within one of `outer` (sorted): for each, the spans of `outer` that
    start at or before it are found by bisection, and the furthest any of them reaches is enough."""
    starts = [start for start, _ in outer]
    reach = list(accumulate((end for _, end in outer), max))
    for start, end in inner:
        i = bisect_right(starts, start) - 1
        if i < 0 or reach[i] < end:
            return False
    return True


def _endorsement(plan: Plan, detection: Detection, ctx: Context, signals: frozenset,
                 shared: Detection | None) -> list[Warning]:
    """A like, share or repost is judged as if the user had posted the content themselves, plus an
    endorsement warning where the policy says endorsing counts; without such a clause a like says
    nothing, but a share still republishes the content on the user's own account. The post shared
    (`shared`) is content too: its warnings carry source "replying_to"."""
    content = _content(plan, detection, ctx, "post", signals)
    if shared is not None:
        content += [replace(w, source="replying_to")
                    for w in _content(plan, shared, ctx, "post", signals | signals_of(shared))]
    if not content:
        return []
    d = next((d for d in plan.endorsement if d.applies(ctx.role, ctx.account, ctx.action, signals)), None)
    if d is None:
        return content if ctx.action in REPUBLISHING_ACTIONS else []
    worst = max((w.severity for w in content), key=SEVERITY_RANK.__getitem__)
    # Explain the endorsement by what matters most: the caution/warning findings, or the info ones if that is all.
    counting = [w for w in content if SEVERITY_RANK[w.severity] >= min(SEVERITY_RANK[worst], 2)]
    kinds = ", ".join(sorted({w.category for w in counting}))
    # Its words are the text's where the text counts, else the shared post's (spans index one string).
    source = "text" if any(w.source == "text" for w in counting) else "replying_to"
    endorsement = Warning(
        ENDORSEMENT_RULE.id, "endorsement", worst if SEVERITY_RANK[worst] < SEVERITY_RANK[d.severity] else d.severity,
        d.message if d.message else f"{_ENDORSE_VERB[ctx.action]} this counts as if you had posted it yourself, "
                                    f"and it contains {kinds} content.",
        d.advice if d.advice else "Leave it, or read it again before you put your name to it.",
        d.clause, tuple(sorted({span for w in counting if w.source == source for span in w.spans})),
        source=source)
    return [endorsement] + content


def _during_election(election: Election, warnings: list[Warning], detection: Detection, text: Text,
                     ctx: Context, pack) -> list[Warning]:
    """Political warnings count a level higher (never above the rule's cap), and a profile that names
    a union role gets a reminder."""
    note = ElectionNote(election.id, election.name, election.end.isoformat())
    rules = pack.compiled.rules
    out = []
    for w in warnings:
        if w.category == "political":
            cap = rules[w.rule].max_severity if w.rule in rules else "warning"
            raised = _RAISE[w.severity]
            if SEVERITY_RANK[raised] <= SEVERITY_RANK[cap] and raised != w.severity:
                w = replace(w, severity=raised, election=note,
                            message=f"{w.message} ({election.name} until {_day(election)}: counts a level higher.)")
        out.append(w)
    if ctx.action == "profile":
        roles = detection.hits.get(election.role_lexicon)
        clause = reminder_clause(election, pack.profiles[ctx.org]) if roles else None
        if clause is not None:
            named = ", ".join(dict.fromkeys(text.raw[h.start:h.end] for h in roles))
            out.append(Warning("political.election-period", "political", "info",
                               f"{election.name} until {_day(election)}, and your profile names your role ({named}).",
                               election.reminder, ClauseRef(ctx.org, clause.ref, clause.title),
                               tuple((h.start, h.end) for h in roles), note))
    return out


def _day(election: Election) -> str:
    return f"{election.end.day} {election.end:%B %Y}"
