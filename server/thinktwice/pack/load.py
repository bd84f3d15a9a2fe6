"""Loading a rule pack: plain TOML files a comms team edits.

    rules/pack.toml            name, version, dates
    rules/detectors/*.toml     lexicons and detector rules, each with examples both ways
    rules/lexicons/*.toml      large generated lexicons (MPs, candidates), with their source and date
    rules/policies/*.toml      one profile per organisation: clauses and what each finding means there

Anything wrong is a `PackError` naming the file and the problem; nothing half-loads.
"""
from __future__ import annotations

import gc
import re
from re import _constants as sre_c, _parser as sre_parse     # the parser `re` itself uses

import rtoml
from dataclasses import dataclass, field
from pathlib import Path

from ..detectors.builtin import BUILTINS
from . import markers
from .elections import parse as parse_elections
from .schema import (CASES, CLAUSE_KEYS, COMMS_CONTACT_KEYS, DETECTOR_OPTIONS, EXAMPLE_CONTEXT_KEYS, EXAMPLE_KEYS,
                     EXPECT_KEYS, KIND_OPTIONS, KINDS, LEXICON_OPTIONS, LOGO_KEYS, MAP_KEYS, PACK_KEYS, PHONE_KINDS, PROFILE_KEYS,
                     RULE_COMMON, RULE_OPTIONS, TERM_OPTIONS, MAX_GAPS, infer_kind)
from ..vocab import ACCOUNTS, ACTIONS, CATEGORIES, ROLES, SEVERITIES

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MAXCODE = (1 << 32) - 1          # re's own limit on how far a lookbehind looks (re/_compiler.py)


def check_pattern(pattern: str) -> None:
    """re.error for a pattern `re` would refuse, as re.compile finds it, without compiling: parsed, and
    each lookbehind of a fixed width. (Compiling is left to the first check that needs the pattern, and
    parsing costs a fraction of it: start-up is read every time the service starts.)"""
    def walk(items) -> None:
        for op, av in items:
            if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and av[0] < 0:
                lo, hi = av[1].getwidth()
                if lo > _MAXCODE:
                    raise re.error("looks too much behind")
                if lo != hi:
                    raise re.error("look-behind requires fixed-width pattern")
            for child in _children(op, av):
                walk(child)

    walk(sre_parse.parse(pattern))


def _children(op, av) -> list:
    if op == sre_c.SUBPATTERN:
        return [av[-1]]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [av[1]]
    if op == sre_c.ATOMIC_GROUP:
        return [av]
    if op == sre_c.BRANCH:
        return list(av[1])
    if op == sre_c.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []


class PackError(ValueError):
    """A rule pack that cannot be used, with the reason."""


@dataclass(slots=True, frozen=True)
class MarkedExample:
    """A `should_warn` example: as written, its plain text, and the spans its markers pin."""
    written: str
    text: str
    spans: tuple | None         # sorted (start, end); None when nothing is marked (lint refuses it)


@dataclass(slots=True)
class Rule:
    id: str
    category: str
    message: str
    advice: str
    source: str
    max_severity: str = "warning"
    match: list[str] = field(default_factory=list)     # lexicon names (all must hit)
    within: str | int = "sentence"
    ordered: bool = False
    min_distinct: int = 1
    regex: str | None = None
    near_digits: bool = False          # the pattern needs digits: only look around numbers
    detector: str | None = None
    options: dict = field(default_factory=dict)
    unless: list[str] = field(default_factory=list)
    unless_anywhere: list[str] = field(default_factory=list)
    requires: list[str] = field(default_factory=list)
    requires_anywhere: list[str] = field(default_factory=list)
    # a reply naming none of `requires_anywhere` runs when the post it answers holds one of these, and then
    # keeps a finding only where its sentence holds one of `replied_to_requires`; no reply to a post holding
    # one of `replied_to_unless_anywhere` runs the rule at all
    replied_to_requires_anywhere: list[str] = field(default_factory=list)
    replied_to_unless_anywhere: list[str] = field(default_factory=list)
    replied_to_requires: list[str] = field(default_factory=list)
    should_warn: list[str] = field(default_factory=list)        # the examples' plain texts ...
    should_not_warn: list[str] = field(default_factory=list)
    example_org: str = "lancaster-su"
    description: str = ""
    kind: str = ""                     # words | cooccurrence | pattern | code (schema.KINDS)
    kind_declared: bool = True         # False: read from the rule's shape (an old pack); lint refuses it
    warn_examples: list[MarkedExample] = field(default_factory=list)   # ... and should_warn with its markers


# People's faces in a picture: found by the images extra (images/faces.py), not by a text detector, and
# mapped by profiles by its id like any rule (rule packs cannot declare picture detectors).
PEOPLE_IN_PICTURE = Rule(
    id="personal-data.people-in-picture", category="personal-data", source="(built in)", max_severity="caution",
    message="The picture shows {match}: have they agreed to be posted?",
    advice="Ask everyone pictured before posting, or choose a picture without identifiable people.")
BUILT_IN_RULES = (PEOPLE_IN_PICTURE,)


@dataclass(slots=True, frozen=True)
class Logo:
    """A reference logo a profile names: looked for in pictures, a match counts as a finding of `rule`."""
    name: str
    file: str                          # relative to the pack directory: logos/NAME.png
    rule: str
    min_matches: int = 20
    should_match: tuple[str, ...] = ()       # pictures it must be found in: logos/examples/NAME.jpg
    should_not_match: tuple[str, ...] = ()   # pictures it must not be found in (look-alikes, other logos)


@dataclass(slots=True)
class Clause:
    ref: str
    title: str
    summary: str
    not_cited: str | None = None       # why no [[map]] entry or election cites it (lint checks it is so)


@dataclass(frozen=True, slots=True)
class Mapping:
    """One line of a profile: a finding of these rules/categories, in this context, cites this clause.
    Immutable, so that profiles holding the same line share one (a pack for ~600 unions holds ~18,000)."""
    clause: str
    severity: str
    rules: tuple[str, ...]
    categories: tuple[str, ...]
    accounts: tuple[str, ...]
    roles: tuple[str, ...]
    actions: tuple[str, ...]
    if_signals: tuple[str, ...]
    unless_signals: tuple[str, ...]
    advice: str | None
    message: str | None


@dataclass(slots=True)
class Profile:
    id: str
    name: str
    short_name: str
    policy_title: str
    names: list[str]
    brands: list[str]
    comms_contact: dict
    roles: list[str]
    clauses: dict[str, Clause]
    mappings: list[Mapping]
    examples: list[dict]
    source: str
    silent_on: list[str] = field(default_factory=list)   # categories and rule ids the policy says nothing on
    logos: list[Logo] = field(default_factory=list)      # reference logos looked for in pictures
    venues: list[str] = field(default_factory=list)      # its own venues and buildings: what {org_venue} matches


@dataclass
class Pack:
    name: str
    version: str
    created: str
    as_of: dict
    review_by: dict
    lexicons: dict[str, dict]
    rules: list[Rule]
    profiles: dict[str, Profile]
    files: list[str]
    elections: list = field(default_factory=list)      # pack.elections.Election, from pack.toml [[elections]]
    compiled: object = field(default=None, repr=False)   # pack.compile.Compiled, made by load_pack
    root: Path | None = None                             # the pack's directory (its logos/ are there)

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in [*self.rules, *BUILT_IN_RULES] if r.id == rule_id)


def _read(path: Path) -> dict:
    try:
        return rtoml.loads(path.read_text(encoding="utf-8"))
    except (rtoml.TomlParsingError, UnicodeDecodeError) as exc:
        raise PackError(f"{path.name}: not valid TOML: {exc}") from None


def _one_copy(value, shared: dict):
    """`value` (parsed TOML) with each string that an earlier file of the pack also holds replaced by that
    file's copy: a pack for ~600 unions repeats the same clause titles, messages and advice in every
    profile, which would otherwise each be kept ~600 times (some 25 MB)."""
    keep = shared.setdefault
    if type(value) is dict:
        return {keep(k, k): keep(v, v) if type(v) is str else _one_copy(v, shared) for k, v in value.items()}
    if type(value) is list:
        return [keep(v, v) if type(v) is str else _one_copy(v, shared) for v in value]
    return keep(value, value) if type(value) is str else value


def _as_tuple(value) -> tuple:
    return tuple(value) if isinstance(value, (list, tuple)) else () if value is None else (value,)


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]



def _lexicon_list(raw: dict, key: str, at: str) -> list[str]:
    value = _as_list(raw.get(key))
    if not all(isinstance(v, str) for v in value):
        raise PackError(f"{at}: {key} must name lexicons")
    return value


def _check_kind(raw: dict, kind: str, at: str) -> None:
    """The keys a rule of this kind must have, and the values they may take."""
    if kind in ("words", "cooccurrence"):
        match = raw.get("match")
        if match is None:
            raise PackError(f"{at}: a {kind} rule needs match (the lexicon"
                            f"{'s' if kind == 'cooccurrence' else ''} to find)")
        names = _as_list(match)
        if kind == "words" and len(names) != 1:
            raise PackError(f"{at}: a words rule matches exactly one lexicon; for several found near each other "
                            "use kind = \"cooccurrence\"")
        if kind == "cooccurrence" and len(names) < 2:
            raise PackError(f"{at}: a cooccurrence rule matches two or more lexicons; for one use kind = \"words\"")
        within = raw.get("within", "sentence")
        if not (within in ("sentence", "text") or isinstance(within, int) and not isinstance(within, bool)
                and within >= 0):
            raise PackError(f"{at}: within must be 'sentence', 'text' or a number of words")
        if not isinstance(raw.get("ordered", False), bool):
            raise PackError(f"{at}: ordered must be true or false")
    elif kind == "pattern":
        if not isinstance(raw.get("regex"), str) or not raw["regex"]:
            raise PackError(f"{at}: a pattern rule needs regex")
        try:
            check_pattern(_PLACEHOLDER.sub("x", raw["regex"]))
        except re.error as exc:
            raise PackError(f"{at}: has a bad regex: {exc}") from None
        if not isinstance(raw.get("near_digits", False), bool):
            raise PackError(f"{at}: near_digits must be true or false")
    else:                                                   # code
        detector = raw.get("detector")
        if detector is None:
            raise PackError(f"{at}: a code rule needs detector (one of {', '.join(BUILTINS)})")
        if detector not in BUILTINS:
            raise PackError(f"{at}: names unknown detector {detector!r}")
        options = raw.get("options", {})
        if not isinstance(options, dict):
            raise PackError(f"{at}: options must be a table")
        allowed = DETECTOR_OPTIONS.get(detector, set())
        for key in sorted(set(options) - allowed):
            raise PackError(f"{at}: detector {detector!r} has no option {key!r}"
                            + (f" (it takes {', '.join(sorted(allowed))})" if allowed else " (it takes none)"))
        if "kinds" in options and (not isinstance(options["kinds"], list) or not options["kinds"]
                                   or not set(options["kinds"]) <= set(PHONE_KINDS)):
            raise PackError(f"{at}: options.kinds must list some of {', '.join(PHONE_KINDS)}")
        if "role_mailboxes" in options and not (isinstance(options["role_mailboxes"], list)
                                                and all(isinstance(v, str) for v in options["role_mailboxes"])):
            raise PackError(f"{at}: options.role_mailboxes must be a list of texts")
        for key in ("birth_year", "verdict_follows"):
            if key in options and not isinstance(options[key], bool):
                raise PackError(f"{at}: options.{key} must be true or false")
        for key in ("negative", "positive", "neutral", "events", "irony_markers"):
            if key in options and not (isinstance(options[key], list)
                                       and all(isinstance(v, str) and v for v in options[key])):
                raise PackError(f"{at}: options.{key} must be a list of texts")
        for key, low, high in (("threshold", -1, 1), ("negative_valence", -4, 0)):
            if key in options and not (isinstance(options[key], (int, float)) and not isinstance(options[key], bool)
                                       and low <= options[key] <= high):
                raise PackError(f"{at}: options.{key} must be a number from {low} to {high}")


def _examples(raw: dict, at: str) -> tuple[list[MarkedExample], list[str]]:
    """should_warn with its markers read, and should_not_warn's plain texts (pack/markers.py)."""
    warn, quiet = [], []
    for key in ("should_warn", "should_not_warn"):
        for written in _as_list(raw.get(key)):
            if not isinstance(written, str) or not written.strip():
                raise PackError(f"{at}: every {key} example must be a text")
            try:
                text, spans = markers.parse(written)
            except markers.MarkerError as exc:
                raise PackError(f"{at}: {key} example {written!r}: {exc}") from None
            if key == "should_warn":
                warn.append(MarkedExample(written, text, tuple(spans) if spans else None))
            elif spans:
                raise PackError(f"{at}: should_not_warn example {written!r} marks words; only should_warn examples "
                                "mark what is found (write \\[ and \\] for literal brackets)")
            else:
                quiet.append(text)
    return warn, quiet


def _load_rule(raw: dict, where: str, lexicons: dict) -> Rule:
    if not isinstance(raw, dict):
        raise PackError(f"{where}: [[rules]] must be tables")
    unknown = set(raw) - RULE_OPTIONS
    if unknown:
        raise PackError(f"{where}: rule {raw.get('id', '?')!r}: unknown rule option(s) {sorted(unknown)}")
    for key in ("id", "category", "message", "advice"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise PackError(f"{where}: rule {raw.get('id', '?')!r} needs a text {key!r}")
    rid = raw["id"]
    at = f"{where}: rule {rid!r}"
    if raw["category"] not in CATEGORIES and raw["category"] != "signal":
        raise PackError(f"{at} has unknown category {raw['category']!r}")
    # The kind: declared, or (an old pack, which lint refuses) read from the rule's shape.
    declared = "kind" in raw
    kind = raw["kind"] if declared else infer_kind(raw)
    if declared and kind not in KINDS:
        raise PackError(f"{at}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind is None:
        raise PackError(f"{at} needs a kind ({', '.join(KINDS)}) and what it finds (match, regex or detector)")
    foreign = sorted(set(raw) - RULE_COMMON - KIND_OPTIONS[kind])
    if foreign:
        raise PackError(f"{at}: option{'s' if len(foreign) > 1 else ''} {', '.join(map(repr, foreign))} "
                        f"{'do' if len(foreign) > 1 else 'does'} not belong to kind = \"{kind}\" (a {kind} rule "
                        f"takes {', '.join(sorted(KIND_OPTIONS[kind]))} besides the common options)")
    _check_kind(raw, kind, at)
    if raw.get("max_severity", "warning") not in SEVERITIES:
        raise PackError(f"{at} has unknown max_severity {raw['max_severity']!r}")
    min_distinct = raw.get("min_distinct", 1)
    if not isinstance(min_distinct, int) or isinstance(min_distinct, bool) or min_distinct < 1:
        raise PackError(f"{at}: min_distinct must be a whole number, 1 or more")
    for key in ("example_org", "description"):
        if key in raw and not isinstance(raw[key], str):
            raise PackError(f"{at}: {key} must be a text")
    warn, quiet = _examples(raw, at)
    rule = Rule(id=rid, category=raw["category"], message=raw["message"].strip(), advice=raw["advice"].strip(),
                source=where, max_severity=raw.get("max_severity", "warning"),
                match=_lexicon_list(raw, "match", at), within=raw.get("within", "sentence"),
                ordered=raw.get("ordered", False), near_digits=raw.get("near_digits", False),
                min_distinct=min_distinct, regex=raw.get("regex"), detector=raw.get("detector"),
                options=raw.get("options", {}), unless=_lexicon_list(raw, "unless", at),
                unless_anywhere=_lexicon_list(raw, "unless_anywhere", at),
                requires=_lexicon_list(raw, "requires", at),
                requires_anywhere=_lexicon_list(raw, "requires_anywhere", at),
                replied_to_requires_anywhere=_lexicon_list(raw, "replied_to_requires_anywhere", at),
                replied_to_unless_anywhere=_lexicon_list(raw, "replied_to_unless_anywhere", at),
                replied_to_requires=_lexicon_list(raw, "replied_to_requires", at),
                should_warn=[e.text for e in warn], should_not_warn=quiet,
                example_org=raw.get("example_org", "lancaster-su"), description=raw.get("description", ""),
                kind=kind, kind_declared=declared, warn_examples=warn)
    if (rule.replied_to_unless_anywhere or rule.replied_to_requires) and not rule.replied_to_requires_anywhere:
        raise PackError(f"{at}: replied_to_unless_anywhere and replied_to_requires need replied_to_requires_anywhere")
    for name in (rule.match + rule.unless + rule.unless_anywhere + rule.requires + rule.requires_anywhere
                 + rule.replied_to_requires_anywhere + rule.replied_to_unless_anywhere + rule.replied_to_requires):
        if name not in lexicons and name != "org":
            raise PackError(f"{at} refers to unknown lexicon {name!r}")
    return rule


def _check_keys(raw, allowed: set, at: str, what: str) -> None:
    if not isinstance(raw, dict):
        raise PackError(f"{at}: {what} must be a table")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise PackError(f"{at}: unknown {what} option(s) {unknown} (allowed: {', '.join(sorted(allowed))})")


def _load_example(ex, at: str, profile_roles: list[str], clauses: dict) -> dict:
    """A profile's [[examples]] entry, checked: a request in context and the outcome it states."""
    _check_keys(ex, EXAMPLE_KEYS, at, "example")
    if not isinstance(ex.get("text"), str) or not ex["text"].strip():
        raise PackError(f"{at}: needs a text")
    if ex.get("action", "post") not in ACTIONS:
        raise PackError(f"{at}: unknown action {ex.get('action')!r}")
    if "replying_to" in ex and not isinstance(ex["replying_to"], str):
        raise PackError(f"{at}: replying_to must be a text")
    context = ex.get("context", {})
    _check_keys(context, EXAMPLE_CONTEXT_KEYS, at, "context")
    if context.get("role", "volunteer") not in profile_roles:
        raise PackError(f"{at}: role {context.get('role')!r} is not one of the profile's roles")
    if context.get("account", "personal") not in ACCOUNTS:
        raise PackError(f"{at}: unknown account {context.get('account')!r}")
    if "expect" not in ex:
        raise PackError(f"{at}: needs expect: each warning as {{ category, clause, severity }}, or [] for none")
    expect = ex["expect"]
    if not isinstance(expect, list):
        raise PackError(f"{at}: expect must be a list")
    if expect and all(isinstance(e, str) for e in expect):
        return ex                   # an old pack's list of categories: it loads, but lint and its examples fail
    seen = set()
    for e in expect:
        if not isinstance(e, dict):
            raise PackError(f"{at}: expect lists each warning as {{ category = ..., clause = ..., severity = ... }}")
        missing = sorted(EXPECT_KEYS - set(e))
        if missing:
            raise PackError(f"{at}: an expected warning needs {', '.join(missing)}")
        _check_keys(e, EXPECT_KEYS, at, "expected warning")
        if e["category"] not in CATEGORIES:
            raise PackError(f"{at}: unknown category {e['category']!r}")
        if e["clause"] not in clauses:
            raise PackError(f"{at}: clause {e['clause']!r} is not defined in [clauses]")
        if e["severity"] not in SEVERITIES:
            raise PackError(f"{at}: severity must be one of {list(SEVERITIES)}")
        triple = (e["category"], e["clause"], e["severity"])
        if triple in seen:
            raise PackError(f"{at}: expects {triple} twice")
        seen.add(triple)
    return ex


_LOGO_FILE = re.compile(r"^logos/[A-Za-z0-9_.-]+\.(?:png|jpg|jpeg|webp)$")
_LOGO_EXAMPLE = re.compile(r"^logos/examples/[A-Za-z0-9_.-]+\.(?:png|jpg|jpeg|webp)$")


def _logo_examples(entry: dict, key: str, at: str) -> tuple[str, ...]:
    files = entry.get(key, [])
    if not isinstance(files, list) or not all(isinstance(f, str) and _LOGO_EXAMPLE.match(f) for f in files):
        raise PackError(f"{at}: {key} must be a list of logos/examples/NAME.png (or .jpg, .webp) inside the pack")
    return tuple(files)


def _load_logos(raw, where: str, rule_ids: set) -> list[Logo]:
    logos = []
    for i, entry in enumerate(_as_list(raw), 1):
        at = f"{where}: logo #{i}"
        _check_keys(entry, LOGO_KEYS, at, "[[logos]]")
        for key in ("name", "file", "rule"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise PackError(f"{at} needs a text {key!r}")
        if not _LOGO_FILE.match(entry["file"]):
            raise PackError(f"{at}: file must be logos/NAME.png (or .jpg, .webp) inside the pack, not {entry['file']!r}")
        if entry["rule"] not in rule_ids:
            raise PackError(f"{at}: unknown rule {entry['rule']!r}")
        min_matches = entry.get("min_matches", 20)
        if not isinstance(min_matches, int) or isinstance(min_matches, bool) or not 8 <= min_matches <= 500:
            raise PackError(f"{at}: min_matches must be a whole number from 8 to 500")
        logos.append(Logo(entry["name"], entry["file"], entry["rule"], min_matches,
                          _logo_examples(entry, "should_match", at), _logo_examples(entry, "should_not_match", at)))
    return logos


class _ProfileChecks:
    """What checking a pack's profiles needs of its rules, worked out once for all of them, and the [[map]]
    lines its earlier profiles hold, already checked: a pack for ~600 unions repeats the same ~30 lines in
    every profile, which share one Mapping each."""

    def __init__(self, rules: list):
        self.rule_ids = {r.id for r in rules} | {r.id for r in BUILT_IN_RULES}
        self.signal_ids = {r for r in self.rule_ids if r.startswith("signal.")}
        self.findable = set(CATEGORIES) | {r.id for r in rules if r.category != "signal"} | \
            {r.id for r in BUILT_IN_RULES}
        self.mappings: dict[Mapping, Mapping] = {}
        self.lines: dict[tuple, Mapping] = {}       # a line as written -> its Mapping

    @staticmethod
    def line_key(line) -> tuple | None:
        """A [[map]] line as written, to look up; None for one that is not a table of words and lists of words."""
        if type(line) is not dict:
            return None
        key = tuple((k, tuple(v) if type(v) is list else v) for k, v in line.items())
        try:
            hash(key)
        except TypeError:
            return None
        return key


def _load_profile(raw: dict, where: str, rules: list, checks: _ProfileChecks | None = None) -> Profile:
    """`checks`: what the pack's earlier profiles have had checked (_ProfileChecks), to share."""
    checks = _ProfileChecks(rules) if checks is None else checks
    rule_ids = checks.rule_ids
    _check_keys(raw, PROFILE_KEYS, where, "profile")
    for key in ("id", "name", "policy_title", "names"):
        if key not in raw:
            raise PackError(f"{where}: profile needs {key!r}")
    for key in ("names", "brands", "venues"):
        if not all(isinstance(v, str) and v.strip() for v in _as_list(raw.get(key))):
            raise PackError(f"{where}: {key} must be a list of names, each in words")
    _check_keys(raw.get("comms_contact", {}), COMMS_CONTACT_KEYS, where, "comms_contact")
    clauses = {}
    for ref, c in raw.get("clauses", {}).items():
        if not isinstance(c, dict) or "title" not in c:
            raise PackError(f"{where}: clause {ref!r} needs a title")
        _check_keys(c, CLAUSE_KEYS, f"{where}: clause {ref!r}", "clause")
        if "not_cited" in c and (not isinstance(c["not_cited"], str) or not c["not_cited"].strip()):
            raise PackError(f"{where}: clause {ref!r}: not_cited says why no entry cites it, in words")
        clauses[ref] = Clause(ref=ref, title=c["title"], summary=c.get("summary", ""), not_cited=c.get("not_cited"))
    roles = _as_list(raw.get("roles", list(ROLES)))
    for role in roles:
        if role not in ROLES:
            raise PackError(f"{where}: unknown role {role!r}")
    mappings = []
    signal_ids = checks.signal_ids
    for i, m in enumerate(raw.get("map", [])):
        key = checks.line_key(m)
        known = checks.lines.get(key) if key is not None else None
        if known is not None and known.clause in clauses:   # the same line as an earlier profile's, checked
            mappings.append(known)
            continue
        at = f"{where}: map #{i + 1}"
        _check_keys(m, MAP_KEYS, at, "[[map]]")
        if m.get("clause") not in clauses:
            raise PackError(f"{at}: clause {m.get('clause')!r} is not defined in [clauses]")
        if m.get("severity") not in SEVERITIES:
            raise PackError(f"{at}: severity must be one of {list(SEVERITIES)}")
        mapping = Mapping(clause=m["clause"], severity=m["severity"], rules=_as_tuple(m.get("rules")),
                          categories=_as_tuple(m.get("categories")), accounts=_as_tuple(m.get("accounts")),
                          roles=_as_tuple(m.get("roles")), actions=_as_tuple(m.get("actions")),
                          if_signals=_as_tuple(m.get("if_signals")),
                          unless_signals=_as_tuple(m.get("unless_signals")),
                          advice=m.get("advice"), message=m.get("message"))
        if mapping in checks.mappings:      # an earlier profile holds the same line, already checked: share it
            mappings.append(checks.mappings[mapping])
            continue
        if not mapping.rules and not mapping.categories:
            raise PackError(f"{at}: needs rules or categories")
        if mapping.rules and mapping.categories:
            raise PackError(f"{at}: names rules and categories; an entry names one or the other")
        named = [(mapping.rules, rule_ids, "rule"), (mapping.categories, CATEGORIES, "category"),
                  (mapping.accounts, ACCOUNTS, "account"), (mapping.roles, ROLES, "role"),
                  (mapping.actions, ACTIONS, "action"),
                  ([s.removesuffix("@replying_to") for s in mapping.if_signals + mapping.unless_signals],
                   signal_ids, "signal")]
        for values, allowed, what in named:
            for v in values:
                if v not in allowed:
                    raise PackError(f"{at}: unknown {what} {v!r}")
        mapping = checks.mappings.setdefault(mapping, mapping)
        if key is not None:
            checks.lines[key] = mapping
        mappings.append(mapping)
    silent_on = _as_list(raw.get("silent_on"))
    for name in silent_on:
        if name not in checks.findable:
            raise PackError(f"{where}: silent_on names {name!r}, which is neither a category nor a detector rule")
    examples = [_load_example(ex, f"{where}: example #{i}", roles, clauses)
                for i, ex in enumerate(_as_list(raw.get("examples")), 1)]
    return Profile(id=raw["id"], name=raw["name"], short_name=raw.get("short_name", raw["name"]),
                   policy_title=raw["policy_title"], names=_as_list(raw["names"]),
                   brands=_as_list(raw.get("brands")),
                   comms_contact=raw.get("comms_contact", {}), roles=roles, clauses=clauses,
                   mappings=mappings, examples=examples, source=where, silent_on=silent_on,
                   logos=_load_logos(raw.get("logos"), where, rule_ids), venues=_as_list(raw.get("venues")))


def _check_lexicon(name: str, lex, where: str) -> None:
    at = f"{where}: lexicon {name!r}"
    if not isinstance(lex, dict) or not isinstance(lex.get("terms"), list) or not lex["terms"]:
        raise PackError(f"{at} needs a non-empty list of terms")
    unknown = set(lex) - LEXICON_OPTIONS
    if unknown:
        raise PackError(f"{at} has unknown option(s) {sorted(unknown)}")
    tables = [(f"{at}", lex)]
    term_options = lex.get("term_options", {})
    if not isinstance(term_options, dict):
        raise PackError(f"{at}: term_options must be a table of tables")
    for term, options in term_options.items():
        _check_keys(options, TERM_OPTIONS, f"{at}: term_options.{term!r}", "term")
        tables.append((f"{at}: term_options.{term!r}", options))
    for entry in lex["terms"]:
        if isinstance(entry, dict):
            _check_keys(entry, TERM_OPTIONS | {"term"}, f"{at}: term {entry.get('term')!r}", "term")
            tables.append((f"{at}: term {entry.get('term')!r}", entry))
    for where_, table in tables:
        if table.get("case", "any") not in CASES:
            raise PackError(f"{where_}: case must be one of {', '.join(CASES)}")
        for key in ("stem", "obfuscated", "hashtag", "in_compounds"):
            if not isinstance(table.get(key, False), bool):
                raise PackError(f"{where_}: {key} must be true or false")
        for key in ("hashtag_affixes", "not_followed_by", "not_preceded_by"):
            value = table.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PackError(f"{where_}: {key} must be a list of words")
        gaps = table.get("gaps", 0)
        if not isinstance(gaps, int) or isinstance(gaps, bool) or not 0 <= gaps <= MAX_GAPS:
            raise PackError(f"{where_}: gaps must be a whole number from 0 to {MAX_GAPS}")
        unless = table.get("unless_anywhere", [])
        if not isinstance(unless, list) or not all(isinstance(v, str) for v in unless):
            raise PackError(f"{where_}: unless_anywhere must be a list of lexicon names")


def load_pack(root: str | Path, speed_hints: bool = True) -> Pack:
    """Read, check and compile a rule pack directory; PackError names the first problem found.
    `speed_hints=False` ignores `near_digits` (lint compares a pack's findings with and without it)."""
    from .compile import compile_pack

    # A pack is some 250,000 objects (450,000 with 600 profiles), none of them garbage: the cyclic
    # collector would walk them all, again and again, while they are made (a third of the load's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        pack = _read_pack(Path(root))
        if not speed_hints:
            for rule in pack.rules:
                rule.near_digits = False
        pack.compiled = compile_pack(pack)
    finally:
        if collecting:
            if not gc.get_freeze_count():
                # Everything made while the collector was off waits in its youngest generation, and
                # the first collection after would walk all of it (~0.11 s at start): passed through
                # the permanent generation, it lands in the oldest instead, as if it had survived.
                # (Not once the service has frozen its start-up: that would thaw it.)
                gc.freeze()
                gc.unfreeze()
            gc.enable()
    return pack


def _read_pack(root: Path) -> Pack:
    meta_path = root / "pack.toml"
    if not meta_path.is_file():
        raise PackError(f"{root}: no pack.toml")
    meta = _read(meta_path)
    unknown = sorted(set(meta) - PACK_KEYS)
    if unknown:
        raise PackError(f"pack.toml: unknown option(s) {unknown} (allowed: {', '.join(sorted(PACK_KEYS))})")
    for table in ("as_of", "review_by"):
        if not isinstance(meta.get(table, {}), dict):
            raise PackError(f"pack.toml: [{table}] must be a table of name = date")
    files = ["pack.toml"]

    lexicons: dict[str, dict] = {}
    raw_rules: list[tuple[dict, str]] = []
    for sub in ("lexicons", "detectors"):
        for path in sorted((root / sub).glob("*.toml")):
            where = f"{sub}/{path.name}"
            files.append(where)
            data = _read(path)
            unknown = sorted(set(data) - {"lexicons", "rules"})
            if unknown:
                raise PackError(f"{where}: unknown table(s) {unknown} (a detector file has [lexicons.NAME] "
                                "and [[rules]])")
            for name, lex in data.get("lexicons", {}).items():
                if name in lexicons:
                    raise PackError(f"{where}: lexicon {name!r} is defined twice")
                _check_lexicon(name, lex, where)
                lexicons[name] = dict(lex, _where=where)
            raw_rules += [(r, where) for r in data.get("rules", [])]
    for name, lex in lexicons.items():
        tables = [lex, *lex.get("term_options", {}).values(), *(t for t in lex["terms"] if isinstance(t, dict))]
        for other in (o for table in tables for o in table.get("unless_anywhere", ())):
            if other not in lexicons:
                raise PackError(f"{lex['_where']}: lexicon {name!r}: unless_anywhere names unknown lexicon {other!r}")

    rules, seen = [], set()
    for raw, where in raw_rules:
        rule = _load_rule(raw, where, lexicons)
        if rule.id in seen:
            raise PackError(f"{where}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)

    profiles = {}
    shared: dict = {}
    checks = _ProfileChecks(rules)
    for path in sorted((root / "policies").glob("*.toml")):
        where = f"policies/{path.name}"
        files.append(where)
        raw = _read(path)
        # its [[map]] lines are kept once, as the Mappings every profile holding them shares (_ProfileChecks)
        lines = raw.pop("map", None) if type(raw.get("map")) is list else None
        raw = _one_copy(raw, shared)
        if lines is not None:
            raw["map"] = lines
        profile = _load_profile(raw, where, rules, checks)
        if profile.id in profiles:
            raise PackError(f"{where}: profile id {profile.id!r} is used twice")
        profiles[profile.id] = profile
    if not profiles:
        raise PackError(f"{root}: no organisation profiles in policies/")
    for rule in rules:
        if rule.example_org not in profiles:
            raise PackError(f"{rule.source}: rule {rule.id!r}: example_org {rule.example_org!r} is not a profile")

    try:
        elections = parse_elections(meta.get("elections", []), profiles, lexicons)
    except ValueError as exc:
        raise PackError(f"pack.toml: {exc}") from None
    return Pack(name=meta.get("name", "thinktwice-rules"), version=str(meta.get("version", "0")),
                created=str(meta.get("created", "")), as_of=meta.get("as_of", {}),
                review_by=meta.get("review_by", {}), lexicons=lexicons, rules=rules, profiles=profiles,
                files=files, elections=elections, root=root)


__all__ = ["Pack", "PackError", "Profile", "Rule", "Mapping", "Clause", "Logo", "MarkedExample", "BUILT_IN_RULES",
           "PEOPLE_IN_PICTURE", "load_pack"]
