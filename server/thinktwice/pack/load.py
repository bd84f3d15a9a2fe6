"""Loading a rule pack: plain TOML files a comms team edits.

    rules/pack.toml            name, version, dates
    rules/detectors/*.toml     lexicons and detector rules, each with examples both ways
    rules/lexicons/*.toml      large generated lexicons (MPs, candidates), with their source and date
    rules/policies/*.toml      one profile per organisation: clauses and what each finding means there

Anything wrong is a `PackError` naming the file and the problem; nothing half-loads.
"""
from __future__ import annotations

import re
import rtoml
from dataclasses import dataclass, field
from pathlib import Path

from ..detectors.builtin import BUILTINS
from .elections import parse as parse_elections
from ..vocab import ACCOUNTS, ACTIONS, CATEGORIES, ROLES, SEVERITIES

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
LEXICON_OPTIONS = {"description", "terms", "term_options", "case", "stem", "obfuscated", "hashtag", "hashtag_affixes",
                   "not_followed_by", "not_preceded_by", "source", "as_of", "review_by"}
RULE_OPTIONS = {"id", "category", "message", "advice", "max_severity", "match", "within", "ordered",
                "regex", "near_digits", "detector", "options", "min_distinct", "unless", "unless_anywhere", "requires", "requires_anywhere",
                "should_warn", "should_not_warn", "example_org", "description"}


class PackError(ValueError):
    """A rule pack that cannot be used, with the reason."""


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
    should_warn: list[str] = field(default_factory=list)
    should_not_warn: list[str] = field(default_factory=list)
    example_org: str = "lancaster-su"
    description: str = ""


@dataclass(slots=True)
class Clause:
    ref: str
    title: str
    summary: str


@dataclass(slots=True)
class Mapping:
    """One line of a profile: a finding of these rules/categories, in this context, cites this clause."""
    clause: str
    severity: str
    rules: list[str]
    categories: list[str]
    accounts: list[str]
    roles: list[str]
    actions: list[str]
    if_signals: list[str]
    unless_signals: list[str]
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

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


def _read(path: Path) -> dict:
    try:
        return rtoml.loads(path.read_text(encoding="utf-8"))
    except (rtoml.TomlParsingError, UnicodeDecodeError) as exc:
        raise PackError(f"{path.name}: not valid TOML: {exc}") from None


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]



def _load_rule(raw: dict, where: str, lexicons: dict) -> Rule:
    unknown = set(raw) - RULE_OPTIONS
    if unknown:
        raise PackError(f"{where}: unknown rule option(s) {sorted(unknown)}")
    for key in ("id", "category", "message", "advice"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise PackError(f"{where}: rule {raw.get('id', '?')!r} needs a text {key!r}")
    rid = raw["id"]
    if raw["category"] not in CATEGORIES and raw["category"] != "signal":
        raise PackError(f"{where}: rule {rid!r} has unknown category {raw['category']!r}")
    kinds = [k for k in ("match", "regex", "detector") if k in raw]
    if len(kinds) != 1:
        raise PackError(f"{where}: rule {rid!r} needs exactly one of match, regex or detector")
    if raw.get("detector") and raw["detector"] not in BUILTINS:
        raise PackError(f"{where}: rule {rid!r} names unknown detector {raw['detector']!r}")
    if raw.get("max_severity", "warning") not in SEVERITIES:
        raise PackError(f"{where}: rule {rid!r} has unknown max_severity {raw['max_severity']!r}")
    rule = Rule(id=rid, category=raw["category"], message=raw["message"].strip(), advice=raw["advice"].strip(),
                source=where, max_severity=raw.get("max_severity", "warning"),
                match=_as_list(raw.get("match")), within=raw.get("within", "sentence"),
                ordered=bool(raw.get("ordered", False)), near_digits=bool(raw.get("near_digits", False)),
                min_distinct=int(raw.get("min_distinct", 1)), regex=raw.get("regex"), detector=raw.get("detector"),
                options=raw.get("options", {}), unless=_as_list(raw.get("unless")),
                unless_anywhere=_as_list(raw.get("unless_anywhere")), requires=_as_list(raw.get("requires")),
                requires_anywhere=_as_list(raw.get("requires_anywhere")),
                should_warn=_as_list(raw.get("should_warn")), should_not_warn=_as_list(raw.get("should_not_warn")),
                example_org=raw.get("example_org", "lancaster-su"), description=raw.get("description", ""))
    for name in rule.match + rule.unless + rule.unless_anywhere + rule.requires + rule.requires_anywhere:
        if name not in lexicons and name != "org":
            raise PackError(f"{where}: rule {rid!r} refers to unknown lexicon {name!r}")
    if rule.regex:
        try:
            re.compile(_PLACEHOLDER.sub("x", rule.regex))
        except re.error as exc:
            raise PackError(f"{where}: rule {rid!r} has a bad regex: {exc}") from None
    if not isinstance(rule.within, int) and rule.within not in ("sentence", "text"):
        raise PackError(f"{where}: rule {rid!r}: within must be 'sentence', 'text' or a number of words")
    return rule


def _load_profile(raw: dict, where: str, rule_ids: set, categories: set) -> Profile:
    for key in ("id", "name", "policy_title", "names"):
        if key not in raw:
            raise PackError(f"{where}: profile needs {key!r}")
    clauses = {}
    for ref, c in raw.get("clauses", {}).items():
        if not isinstance(c, dict) or "title" not in c:
            raise PackError(f"{where}: clause {ref!r} needs a title")
        clauses[ref] = Clause(ref=ref, title=c["title"], summary=c.get("summary", ""))
    roles = _as_list(raw.get("roles", list(ROLES)))
    for role in roles:
        if role not in ROLES:
            raise PackError(f"{where}: unknown role {role!r}")
    mappings = []
    for i, m in enumerate(raw.get("map", [])):
        at = f"{where}: map #{i + 1}"
        if m.get("clause") not in clauses:
            raise PackError(f"{at}: clause {m.get('clause')!r} is not defined in [clauses]")
        if m.get("severity") not in SEVERITIES:
            raise PackError(f"{at}: severity must be one of {list(SEVERITIES)}")
        mapping = Mapping(clause=m["clause"], severity=m["severity"], rules=_as_list(m.get("rules")),
                          categories=_as_list(m.get("categories")), accounts=_as_list(m.get("accounts")),
                          roles=_as_list(m.get("roles")), actions=_as_list(m.get("actions")),
                          if_signals=_as_list(m.get("if_signals")), unless_signals=_as_list(m.get("unless_signals")),
                          advice=m.get("advice"), message=m.get("message"))
        if not mapping.rules and not mapping.categories:
            raise PackError(f"{at}: needs rules or categories")
        checks = [(mapping.rules, rule_ids, "rule"), (mapping.categories, CATEGORIES, "category"),
                  (mapping.accounts, ACCOUNTS, "account"), (mapping.roles, ROLES, "role"),
                  (mapping.actions, ACTIONS, "action"),
                  ([s.removesuffix("@replying_to") for s in mapping.if_signals + mapping.unless_signals],
                   {r for r in rule_ids if r.startswith("signal.")}, "signal")]
        for values, allowed, what in checks:
            for v in values:
                if v not in allowed:
                    raise PackError(f"{at}: unknown {what} {v!r}")
        mappings.append(mapping)
    return Profile(id=raw["id"], name=raw["name"], short_name=raw.get("short_name", raw["name"]),
                   policy_title=raw["policy_title"], names=_as_list(raw["names"]),
                   brands=_as_list(raw.get("brands")),
                   comms_contact=raw.get("comms_contact", {}), roles=roles, clauses=clauses,
                   mappings=mappings, examples=raw.get("examples", []), source=where)


def load_pack(root: str | Path) -> Pack:
    """Read, check and compile a rule pack directory; PackError names the first problem found."""
    from .compile import compile_pack

    pack = _read_pack(Path(root))
    pack.compiled = compile_pack(pack)
    return pack


def _read_pack(root: Path) -> Pack:
    meta_path = root / "pack.toml"
    if not meta_path.is_file():
        raise PackError(f"{root}: no pack.toml")
    meta = _read(meta_path)
    files = ["pack.toml"]

    lexicons: dict[str, dict] = {}
    raw_rules: list[tuple[dict, str]] = []
    for sub in ("lexicons", "detectors"):
        for path in sorted((root / sub).glob("*.toml")):
            where = f"{sub}/{path.name}"
            files.append(where)
            data = _read(path)
            for name, lex in data.get("lexicons", {}).items():
                if name in lexicons:
                    raise PackError(f"{where}: lexicon {name!r} is defined twice")
                if not isinstance(lex, dict) or not isinstance(lex.get("terms"), list) or not lex["terms"]:
                    raise PackError(f"{where}: lexicon {name!r} needs a non-empty list of terms")
                unknown = set(lex) - LEXICON_OPTIONS
                if unknown:
                    raise PackError(f"{where}: lexicon {name!r} has unknown option(s) {sorted(unknown)}")
                lexicons[name] = dict(lex, _where=where)
            raw_rules += [(r, where) for r in data.get("rules", [])]

    rules, seen = [], set()
    for raw, where in raw_rules:
        rule = _load_rule(raw, where, lexicons)
        if rule.id in seen:
            raise PackError(f"{where}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)

    profiles = {}
    categories = {r.category for r in rules}
    for path in sorted((root / "policies").glob("*.toml")):
        where = f"policies/{path.name}"
        files.append(where)
        profile = _load_profile(_read(path), where, seen, categories)
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
                files=files, elections=elections)


__all__ = ["Pack", "PackError", "Profile", "Rule", "Mapping", "Clause", "load_pack"]
