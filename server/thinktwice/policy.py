"""What findings mean for one organisation, given who is posting, from which account, doing what."""
from __future__ import annotations

from types import SimpleNamespace
from typing import NamedTuple

from .pack import Mapping, Profile
from .text import Text
from .vocab import ENDORSING_ACTIONS, REPUBLISHING_ACTIONS, SEVERITY_RANK


class Context(NamedTuple):          # a named tuple: made once per check, and cheaper to make than a frozen dataclass
    org: str
    role: str
    account: str
    action: str
    platform: str | None = None


_UNDECIDED = object()


def _lower(a: str, b: str) -> str:
    return a if SEVERITY_RANK[a] <= SEVERITY_RANK[b] else b


def _mapping_for(profile: Profile, rule, ctx: Context, action: str, signals: set[str]) -> Mapping | None:
    for m in profile.mappings_for(rule):
        if m.accounts and ctx.account not in m.accounts:
            continue
        if m.roles and ctx.role not in m.roles:
            continue
        if m.actions and action not in m.actions:
            continue
        if m.if_signals and not signals.issuperset(m.if_signals):
            continue
        if m.unless_signals and not signals.isdisjoint(m.unless_signals):
            continue
        return m
    return None


def _warning(profile: Profile, m: Mapping, category: str, rule_id: str, severity: str,
             message: str, advice: str, spans: list[dict]) -> dict:
    clause = profile.clauses[m.clause]
    return {
        "rule": rule_id,
        "category": category,
        "severity": severity,
        "message": m.message or message,
        "advice": m.advice or advice,
        "clause": {"policy": profile.id, "ref": clause.ref, "title": clause.title},
        "spans": spans,
    }


def _decision(profile: Profile, rule, ctx: Context, action: str, signals: set[str]) -> tuple[dict, bool] | None:
    """What a finding of `rule` means here: the warning without its spans, and whether its message
    still names the match; None if the policy says nothing. Decided once per rule and context."""
    key = (rule.id, ctx.role, ctx.account, action, frozenset(signals) if signals else None)
    decided = profile.decisions.get(key, _UNDECIDED)
    if decided is _UNDECIDED:
        m = _mapping_for(profile, rule, ctx, action, signals)
        decided = None if m is None else (
            _warning(profile, m, rule.category, rule.id, _lower(m.severity, rule.max_severity), rule.message,
                     rule.advice, []),
            not m.message and "{match}" in rule.message)
        profile.decisions[key] = decided
    return decided


def _content_warnings(profile: Profile, findings: dict, text: Text, ctx: Context, action: str,
                      signals: set[str]) -> list[dict]:
    """The warnings the findings make here, each problem explained once: a warning whose words another
    warning of the same category and at least its severity already covers is dropped ("Labour" inside
    "Vote Labour"). Overlaps are judged on offsets, and a warning is made only when it is kept."""
    found = []
    for finding in findings.values():
        if finding.rule.category == "signal":
            continue
        decided = _decision(profile, finding.rule, ctx, action, signals)
        if decided is None:
            continue
        pairs = text.utf16_pairs(finding.spans)
        length = pairs[0][1] - pairs[0][0] if len(pairs) == 1 else sum(e - s for s, e in pairs)
        # Most severe first, then the most words covered, then in rule order (sorted as plain tuples).
        found.append((-SEVERITY_RANK[decided[0]["severity"]], -length, len(found), decided, pairs, finding.spans))
    if len(found) > 1:
        found.sort()
        kept = []
        for item in found:
            pairs = item[4]
            if pairs:
                category = item[3][0]["category"]
                for k in kept:
                    if k[3][0]["category"] == category and _covered(pairs, k[4]):
                        break
                else:
                    kept.append(item)
            else:
                kept.append(item)
        found = kept
    warnings = []
    for *_, (template, names_match), _, python_pairs in found:
        spans = text.spans(python_pairs)
        if names_match and spans:
            warnings.append({**template, "message": template["message"].replace("{match}", spans[0]["text"]),
                             "spans": spans})
        else:
            warnings.append({**template, "spans": spans})
    return warnings


def _covered(inner: list, outer: list) -> bool:
    """Every (start, end) of `inner` lies within one of `outer`."""
    for start, end in inner:
        for o_start, o_end in outer:
            if o_start <= start and end <= o_end:
                break
        else:
            return False
    return True


# The endorsement warning is made by the engine, not found by a detector; profiles map it by category.
ENDORSEMENT_RULE = SimpleNamespace(id="endorsement.breaching-content", category="endorsement", max_severity="warning")

_ENDORSE_VERB = {"like": "Liking", "share": "Sharing", "repost": "Reposting", "quote": "Quoting"}


def apply_policy(profile: Profile, findings: dict, text: Text, ctx: Context, signals: set[str]) -> list[dict]:
    if ctx.action not in ENDORSING_ACTIONS:
        return _content_warnings(profile, findings, text, ctx, ctx.action, signals)

    # A like, share or repost is judged as if the user had posted the content themselves ...
    content = _content_warnings(profile, findings, text, ctx, "post", signals)
    if not content:
        return []
    m = _mapping_for(profile, ENDORSEMENT_RULE, ctx, ctx.action, signals)
    if m is None:
        # ... where the policy says so. Without such a clause a like says nothing, but a share still
        # republishes the content on the user's own account.
        return content if ctx.action in REPUBLISHING_ACTIONS else []
    worst = max((w["severity"] for w in content), key=SEVERITY_RANK.__getitem__)
    # Explain the endorsement by what matters most: the caution/warning findings, or the info ones if that is all.
    content_that_counts = [w for w in content if SEVERITY_RANK[w["severity"]] >= min(SEVERITY_RANK[worst], 2)]
    kinds = sorted({w["category"] for w in content_that_counts})
    message = (f"{_ENDORSE_VERB[ctx.action]} this counts as if you had posted it yourself, "
               f"and it contains {', '.join(kinds)} content.")
    advice = "Leave it, or read it again before you put your name to it."
    spans = sorted({(s["start"], s["end"], s["text"]) for w in content_that_counts for s in w["spans"]})
    endorsement = _warning(profile, m, "endorsement", ENDORSEMENT_RULE.id, _lower(m.severity, worst), message, advice,
                           [{"start": s, "end": e, "text": t} for s, e, t in spans])
    return [endorsement] + content
