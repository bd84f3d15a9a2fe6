"""`thinktwice rules lint`: what a pack must satisfy beyond loading.

Errors (the pack is refused: `rules build` builds nothing and the update gate does not install it):
- it loads (schema, each rule's options belong to its kind, unique ids, every clause cited exists, markers
  that can be read);
- every detector rule declares its `kind`, has examples both ways, and every should_warn example marks
  the words it must find; every profile example states its outcome as {category, clause, severity};
- the dates in pack.toml are dates;
- no regular expression can take unbounded time (regex_safety.py: refused by shape, then run against
  adversarial texts within a time budget);
- `near_digits` changes no finding: every example text of the pack gives the same spans with and without it;
- no lexicon lists the same term twice as the matcher sees it (case, spacing and joining punctuation aside);
- no [[map]] entry is dead: each decides some finding in some context (one that an earlier entry always
  decides first, or that no finding can reach, is reported with the reason);
- every clause is cited by a [[map]] entry or an election, or says why not (`not_cited`), and a clause
  that says so is not cited;
- no profile drops a finding silently: every category a detector rule produces, and every such rule, is
  mapped by some entry or declared in the profile's `silent_on` (and nothing mapped is declared silent).

Notes (printed only): review_by dates that have passed; terms a `stem = true` lexicon already matches
through another term's stem.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..pack import Pack, PackError, load_pack
from ..pack.load import BUILT_IN_RULES
from ..vocab import ACCOUNTS, ACTIONS, CATEGORIES, ENDORSING_ACTIONS
from .regex_safety import pattern_shape_problems, timed_patterns

ENDORSEMENT = "endorsement.breaching-content"      # the engine's own rule for likes and shares (category endorsement)


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
    """pack.toml's [as_of] and [review_by] tables, and each lexicon's own as_of and review_by."""
    dated = [("pack.toml", f"[{table}] {name}", table, value)
             for table in ("as_of", "review_by") for name, value in getattr(pack, table).items()]
    dated += [(lex["_where"], f"lexicon {name!r}: {key}", key, lex[key])
              for name, lex in pack.lexicons.items() for key in ("as_of", "review_by") if key in lex]
    problems = []
    for where, what, kind, value in dated:
        try:
            when = value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError:
            problems.append(Problem(where, f"{what} = {value!r} is not a date (YYYY-MM-DD)"))
            continue
        if kind == "review_by" and when < today:
            problems.append(Problem(where, f"{what}: due for review by {when}; check the lexicon and move "
                                           "review_by on", "note"))
    return problems


def _example_problems(pack: Pack) -> list[Problem]:
    problems = []
    for rule in pack.rules:
        if not rule.kind_declared:
            problems.append(Problem(rule.source, f"rule {rule.id!r} declares no kind (it reads as "
                                                 f"kind = \"{rule.kind}\"; say so)"))
        missing = [k for k in ("should_warn", "should_not_warn") if not getattr(rule, k)]
        if missing:
            problems.append(Problem(rule.source, f"rule {rule.id!r} has no {' and no '.join(missing)} examples"))
        for example in rule.warn_examples:
            if example.spans is None:
                problems.append(Problem(rule.source, f"rule {rule.id!r}: should_warn example {example.written!r} "
                                                     "marks nothing: put [ ] around the words the rule must find"))
    for profile in pack.profiles.values():
        for i, ex in enumerate(profile.examples, 1):
            if ex["expect"] and all(isinstance(e, str) for e in ex["expect"]):
                problems.append(Problem(f"{profile.source}: example #{i}",
                                        f"expect lists only categories {ex['expect']}: state each warning as "
                                        "{ category = ..., clause = ..., severity = ... }"))
    return problems


def _example_texts(pack: Pack) -> list[tuple[str, str]]:
    """Every example text in the pack, with the organisation it is run for."""
    texts = [(t, r.example_org) for r in pack.rules for t in r.should_warn + r.should_not_warn]
    texts += [(ex["text"], p.id) for p in pack.profiles.values() for ex in p.examples]
    return list(dict.fromkeys(texts))


def _near_digits_problems(root, pack: Pack) -> list[Problem]:
    """`near_digits` only makes a pattern look around long numbers: it must change no finding. Every
    example text of the pack is run through each such rule with and without it: all of them in one
    detection of the text (a rule's findings do not depend on which other rules run), not one each."""
    hinted = [r for r in pack.rules if r.near_digits]
    if not hinted:
        return []
    from ..engine import Engine

    with_hint = Engine(pack, budget_ms=None, today=lambda: None)
    without = Engine(load_pack(root, speed_hints=False), budget_ms=None, today=lambda: None)
    only = frozenset(r.id for r in hinted)
    first: dict[str, Problem] = {}
    for text, org in _example_texts(pack):
        for where in dict.fromkeys([org, *(r.example_org for r in hinted)]):
            found_with = with_hint.detect(text, where, only).findings
            found_without = without.detect(text, where, only).findings
            for rule in hinted:
                if rule.id in first or where not in (org, rule.example_org):
                    continue
                a, b = _spans(found_with, rule.id), _spans(found_without, rule.id)
                if a != b:
                    first[rule.id] = Problem(rule.source, f"rule {rule.id!r}: near_digits changes what it finds in "
                                                          f"{text!r} ({a} with it, {b} without): drop near_digits "
                                                          "or make the pattern need the number")
    return [first[r.id] for r in hinted if r.id in first]


def _spans(findings: dict, rule_id: str) -> list:
    found = findings.get(rule_id)
    return list(found.spans) if found else []


# -- lexicons ---------------------------------------------------------------------------------------
def _term_problems(pack: Pack) -> list[Problem]:
    """Terms a lexicon lists twice, as the matcher sees them: the same words once case, spacing and
    joining punctuation ("vice-president", "Students' Union") are set aside (an error: one of them does
    nothing), or the same stems in a `stem = true` lexicon (a note: inflections it matches anyway)."""
    from ..detectors.lexicon import term_words

    problems = []
    for name, lex in pack.lexicons.items():
        where = lex["_where"]
        term_options = lex.get("term_options", {})
        plain: dict[tuple, str] = {}
        stemmed: dict[tuple, str] = {}
        collapsed = []
        for entry in lex["terms"]:
            phrase = entry if isinstance(entry, str) else entry["term"]
            own = term_options.get(phrase, {}) if isinstance(entry, str) else {k: v for k, v in entry.items()
                                                                                 if k != "term"}
            options = {**{k: v for k, v in lex.items() if not k.startswith("_")}, **own}
            written = tuple(w for w, _ in term_words(phrase, with_stems=False))
            case = options.get("case", "any")
            shape = (None if case == "any" else tuple(w[:1].isupper() for w in written) if case == "title"
                     else written)
            conditions = (shape, bool(options.get("obfuscated")), bool(options.get("hashtag")),
                          frozenset(options.get("hashtag_affixes", ())), frozenset(options.get("not_followed_by", ())),
                          frozenset(options.get("not_preceded_by", ())))
            key = (tuple(n for _, n in term_words(phrase, with_stems=False)), conditions)
            if key in plain:
                problems.append(Problem(where, f"lexicon {name!r} lists {phrase!r} twice (as {plain[key]!r}): "
                                               "the matcher sees the same words; remove one"))
                continue
            plain[key] = phrase
            if options.get("stem"):
                compact = ("".join(written).lower().replace("'", "").replace("’", "") if options.get("hashtag")
                           else None)
                skey = (tuple(s for _, s in term_words(phrase, with_stems=True)), conditions, compact)
                if skey in stemmed:
                    collapsed.append(f"{phrase!r} (as {stemmed[skey]!r})")
                else:
                    stemmed[skey] = phrase
        if collapsed:
            problems.append(Problem(where, f"lexicon {name!r} has stem = true, which already matches "
                                           f"{len(collapsed)} of its terms through another's stem: "
                                           + ", ".join(collapsed), "note"))
    return problems


# -- profiles ---------------------------------------------------------------------------------------
def _rules_of(pack: Pack, m) -> list:
    """The findings (rule id, category) an entry names: its rules, or every rule of its categories."""
    rules = [(r.id, r.category) for r in pack.rules if r.category != "signal"] + [(ENDORSEMENT, "endorsement")]
    if m.rules:
        return [(r.id, r.category) for r in BUILT_IN_RULES if r.id in m.rules] + \
            [(rid, cat) for rid, cat in rules if rid in m.rules]
    return [(rid, cat) for rid, cat in rules if cat in m.categories]      # picture rules are mapped by id only


def _applies(m, role: str, account: str, action: str, signals: frozenset) -> bool:
    return ((not m.accounts or account in m.accounts) and (not m.roles or role in m.roles)
            and (not m.actions or action in m.actions) and set(m.if_signals) <= signals
            and signals.isdisjoint(m.unless_signals))


def _dead_entry_problems(pack: Pack, profile) -> list[Problem]:
    """Every [[map]] entry must decide some finding in some context. Findings are judged as the engine
    judges them: the first entry (in file order) naming the rule or its category whose account, role,
    action and signal conditions hold decides; a like or share is judged as a post of its content, plus
    the endorsement finding under the like or share itself."""
    content_actions = [a for a in ACTIONS if a not in ENDORSING_ACTIONS]
    entries_for: dict[str, list[int]] = {}
    for i, m in enumerate(profile.mappings):
        for rid, _ in _rules_of(pack, m):
            entries_for.setdefault(rid, []).append(i)
    # Rules named by the same entries are judged alike, and only the signals those entries test can change
    # which applies: each such group is walked once, over the combinations of its own signals.
    groups = {(tuple(entries), rid == ENDORSEMENT) for rid, entries in entries_for.items()}
    decides = [False] * len(profile.mappings)
    deciders: list[set] = [set() for _ in profile.mappings]    # for each entry, the entries that decide its cases
    reachable = [False] * len(profile.mappings)
    for entries, endorsement in groups:
        actions = sorted(ENDORSING_ACTIONS) if endorsement else content_actions
        signals = sorted({s for i in entries for s in profile.mappings[i].if_signals + profile.mappings[i].unless_signals})
        situations = [frozenset(c) for n in range(len(signals) + 1) for c in itertools.combinations(signals, n)]
        for role, account, action, sig in itertools.product(profile.roles, ACCOUNTS, actions, situations):
            winner = None
            for i in entries:
                if _applies(profile.mappings[i], role, account, action, sig):
                    reachable[i] = True
                    if winner is None:
                        winner = i
                        decides[i] = True
                    else:
                        deciders[i].add(winner)
    problems = []
    for i, m in enumerate(profile.mappings):
        if decides[i]:
            continue
        at = f"{profile.source}: map #{i + 1} (clause {m.clause!r}, {m.severity})"
        named = _rules_of(pack, m)
        if not named:
            reason = f"no detector rule produces {' or '.join(map(repr, m.categories))}"
        elif not reachable[i]:
            reason = ("no finding it names can meet its conditions (roles outside the profile's, a like or share's "
                      "content is judged as a post, or signals it both needs and excludes)")
        else:
            earlier = ", ".join(f"#{j + 1}" for j in sorted(deciders[i]))
            several = len(deciders[i]) > 1
            reason = f"earlier entr{'ies' if several else 'y'} {earlier} always decide{'' if several else 's'} first"
        problems.append(Problem(at, f"never decides anything: {reason}"))
    return problems


def _clause_problems(pack: Pack, profile) -> list[Problem]:
    cited = {m.clause for m in profile.mappings}
    cited |= {e.clause[profile.id] for e in pack.elections if profile.id in e.clause}
    problems = []
    for ref, clause in profile.clauses.items():
        if ref not in cited and not clause.not_cited:
            problems.append(Problem(profile.source, f"clause {ref!r} is cited by no [[map]] entry or election: map "
                                                    "a finding to it, or say why not with not_cited = \"...\""))
        elif ref in cited and clause.not_cited:
            problems.append(Problem(profile.source, f"clause {ref!r} says not_cited, but it is cited; "
                                                    "remove not_cited"))
    return problems


def _silence_problems(pack: Pack, profile) -> list[Problem]:
    """What detector rules find but the profile never maps must be declared in `silent_on`."""
    mapped = {rid for m in profile.mappings for rid, _ in _rules_of(pack, m)}
    produced = [(r.id, r.category) for r in pack.rules if r.category != "signal"] + [(ENDORSEMENT, "endorsement")]
    silent = set(profile.silent_on)
    problems = []
    for rule in BUILT_IN_RULES:         # picture findings: only the images extra makes them
        if rule.id not in mapped and rule.id not in silent and rule.category not in silent:
            problems.append(Problem(profile.source, f"no [[map]] entry names the picture rule {rule.id!r}: map it by "
                                                    "its id, or declare it in silent_on if the policy says nothing",
                                    "note"))
    for category in CATEGORIES:
        rules = [rid for rid, cat in produced if cat == category]
        if not rules:
            continue
        unmapped = [rid for rid in rules if rid not in mapped]
        if len(unmapped) == len(rules):
            if category not in silent:
                problems.append(Problem(profile.source, f"no [[map]] entry takes category {category!r}: its findings "
                                                        "are dropped silently; map them, or declare "
                                                        f"silent_on = [\"{category}\"] if the policy says nothing"))
            continue
        if category in silent:
            problems.append(Problem(profile.source, f"silent_on names {category!r}, but [[map]] entries take it"))
        for rid in unmapped:
            if rid not in silent:
                problems.append(Problem(profile.source, f"no [[map]] entry takes rule {rid!r} (its category "
                                                        f"{category!r} is mapped for other rules): map it, or declare "
                                                        f"it in silent_on if the policy says nothing"))
    for name in sorted(silent):
        if name not in CATEGORIES and name in mapped:
            problems.append(Problem(profile.source, f"silent_on names {name!r}, but a [[map]] entry takes it"))
    return problems


def lint_pack(root: str | Path, time_patterns: bool = True, today: date | None = None) -> list[Problem]:
    """Every problem found in the pack directory `root`; errors refuse the pack."""
    try:
        pack = load_pack(root)
    except PackError as exc:
        return [Problem(str(exc).split(":", 1)[0], str(exc).split(":", 1)[-1].strip())]
    problems = _date_problems(pack, today or date.today())
    problems += _example_problems(pack)
    problems += _term_problems(pack)
    for profile in pack.profiles.values():
        problems += _dead_entry_problems(pack, profile) + _clause_problems(pack, profile)
        problems += _silence_problems(pack, profile)
    patterns = _rule_patterns(pack)
    unsafe = set()
    to_time = []
    for rule_id, rule_patterns in patterns.items():
        where = pack.rule(rule_id).source
        shape = [p for pattern in rule_patterns for p in pattern_shape_problems(pattern)]
        for message in dict.fromkeys(shape):
            problems.append(Problem(where, f"rule {rule_id!r}'s regex {message}"))
            unsafe.add(rule_id)
        if not shape:
            to_time += [(rule_id, where, pattern) for pattern in rule_patterns]
    if time_patterns and to_time:
        slow = timed_patterns([p for _, _, p in to_time])
        reported = set()
        for rule_id, where, pattern in to_time:
            if pattern in slow and rule_id not in reported:
                reported.add(rule_id)
                unsafe.add(rule_id)
                problems.append(Problem(where, f"rule {rule_id!r}'s regex {slow[pattern]}"))
    if not unsafe:         # examples run through the patterns: only once they are known to be safe
        problems += _near_digits_problems(root, pack)
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
