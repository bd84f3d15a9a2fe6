"""`thinktwice rules explain`: one check, step by step — which lexicon or pattern found what, which
rules fired, and which [[map]] entry of the organisation's profile decided each warning (or why none
did). It runs the engine's own steps (engine.py), so what it shows is what a check does."""
from __future__ import annotations

from .. import answer
from ..budget import Deadline
from ..engine import Engine
from ..judge import judge, signals_of
from ..pack.elections import open_elections
from ..text import Text
from ..vocab import ENDORSING_ACTIONS


def _words(raw: str, spans, utf16) -> str:
    return ", ".join(f'"{raw[s:e]}" [{utf16(s)}-{utf16(e)}]' for s, e in spans)


def _how_found(rule) -> str:
    if rule.match:
        near = "" if len(rule.match) == 1 else f" within {rule.within}"
        return f"lexicon{'s' if len(rule.match) > 1 else ''} {' + '.join(rule.match)}{near}"
    if rule.regex:
        return "pattern" + (" (near long numbers)" if rule.near_digits else "")
    return f"built-in detector {rule.detector}"


def explain(engine: Engine, body: dict, defaults: dict | None = None) -> str:
    """The explanation of one /v1/check request; RequestError if the request is not valid."""
    request = engine.validate(body, defaults)
    ctx = request.context
    pack, plan = engine.pack, engine.pack.compiled.plan(request.context.org)
    text = Text(request.text)
    raw, utf16 = text.raw, answer.utf16_offsets(text.raw)
    # Every rule runs, not only those the profile maps, so the explanation can say where the policy is silent;
    # rules it does not map make no warning, so the answer is the check's.
    replied = None
    if request.replying_to:
        replied = engine.detector.find(Text(request.replying_to), ctx.org, Deadline(None), only=plan.signal_rules)
    detection = engine.detector.find(text, ctx.org, Deadline(None), only=frozenset(pack.compiled.rules),
                                     replied=replied.hits if replied else None)
    signals = signals_of(detection)
    if replied:
        signals |= signals_of(replied, "@replying_to")
    elections = open_elections(pack.elections, ctx.org, engine.today()) if pack.elections else []
    warnings = judge(plan, detection, text, ctx, signals, elections, pack)

    out = [f"rules {pack.version}; {ctx.org}, {ctx.role}, {ctx.account} account, action {ctx.action}"]
    out.append("\nlexicons found:")
    for name, hits in sorted(detection.hits.by_name.items()):
        out.append(f"  {name}: {_words(raw, [(h.start, h.end) for h in hits], utf16)}")
    if not detection.hits.by_name:
        out.append("  nothing")

    out.append("\nrules that found something:")
    for rule_id, finding in detection.findings.items():
        out.append(f"  {rule_id} ({finding.rule.category}) by {_how_found(finding.rule)}: "
                   f"{_words(raw, finding.spans, utf16)}")
    if not detection.findings:
        out.append("  none")
    if signals:
        out.append(f"signals: {', '.join(sorted(signals))}")

    action = "post" if ctx.action in ENDORSING_ACTIONS else ctx.action
    out.append(f"\n{ctx.org}'s policy" + (f" (a {ctx.action} is judged as posting the content)"
                                          if action != ctx.action else "") + ":")
    kept = {w.rule for w in warnings}
    for rule_id, finding in detection.findings.items():
        if finding.rule.category == "signal":
            continue
        decisions = plan.decisions.get(rule_id, ())
        if not decisions:
            out.append(f"  {rule_id}: no [[map]] entry names it or {finding.rule.category}: the policy is silent")
            continue
        decided = None
        for d in decisions:
            why = d.why_not(ctx.role, ctx.account, action, signals)
            if why is None and decided is None:
                decided = d
                out.append(f"  {rule_id}: [[map]] #{d.entry} decides: {d.clause.ref} {d.clause.title}, {d.severity}")
            elif decided is None:
                out.append(f"  {rule_id}: [[map]] #{d.entry} ({d.clause.ref}) does not apply: {why}")
        if decided is None:
            out.append(f"  {rule_id}: no entry applies here, so no warning")
        elif rule_id not in kept and ctx.action in ENDORSING_ACTIONS and not warnings:
            out.append(f"  {rule_id}: not shown: the policy does not count a {ctx.action} as posting")
        elif rule_id not in kept:
            out.append(f"  {rule_id}: not shown: its words are inside another {finding.rule.category} warning "
                       "at least as severe")
    if ctx.action in ENDORSING_ACTIONS:
        entries = [d for d in plan.endorsement if d.applies(ctx.role, ctx.account, ctx.action, signals)]
        out.append(f"  endorsement: [[map]] #{entries[0].entry} ({entries[0].clause.ref}) counts the {ctx.action}"
                   if entries else f"  endorsement: no [[map]] entry counts a {ctx.action} as posting")
    if elections:
        out.append(f"  election open: {elections[0].name} until {elections[0].end.isoformat()}")

    out.append("\nanswer:")
    built = answer.build(warnings, raw, pack.version, 0)
    for w in built["warnings"]:
        spans = ", ".join(f'"{s["text"]}" [{s["start"]}-{s["end"]}]' for s in w["spans"])
        out.append(f"  {w['severity'].upper():<8} {w['category']} ({w['rule']}) {spans}: "
                   f"{w['clause']['policy']} {w['clause']['ref']}")
    out.append(f"  verdict: {built['verdict']}")
    return "\n".join(out)
