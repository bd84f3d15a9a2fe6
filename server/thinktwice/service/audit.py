"""The audit log: for each warning the user was shown, what it was about and what they did.

One entry per decision, in `audit.json` (tinydb, the same atomic storage and writer lock as the
settings): time, organisation, action, rule ids, severity and outcome. Never the text of a post: every
field is checked against a closed list (the rule ids against those of the installed pack), so no free
text can be stored. Entries
older than the retention period (90 days unless configured) are removed on start and on every write.
A stored record that is not an audit entry (a hand-edited file: a time that is a number, a field too
many) is moved aside to `audit.json.corrupt-TIME` with a note, so it can never break listing or export.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tinydb import TinyDB

from ..files import aside_path, note, write_atomic
from ..pack.compile import ENDORSEMENT_RULE
from ..pack.load import PEOPLE_IN_PICTURE
from ..request import RequestError
from .store import WRITE_LOCK, AtomicJSONStorage
from ..vocab import ACTIONS, SEVERITIES

OUTCOMES = ("edited", "went_ahead", "cancelled", "asked_comms", "ignored")  # ignored: "Don't warn me about this again"
FIELDS = ("org", "action", "rules", "severity", "outcome")
RULE_ID = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+$")
MAX_RULES = 32
MAX_RULE_ID = 100
MAX_ORG_ID = 100
DEFAULT_RETENTION_DAYS = 90
DEFAULT_MAX_ENTRIES = 20_000
STAMP = "%Y-%m-%dT%H:%M:%SZ"
_STAMP_SHAPE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
# Warnings the engine makes itself, not a pack's detectors: the judge's endorsement warning and its
# election-period reminder (judge.py).
BUILT_IN_RULES = (ENDORSEMENT_RULE.id, "political.election-period", PEOPLE_IN_PICTURE.id)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(STAMP)


def rule_ids(pack) -> frozenset[str]:
    """The rule ids a warning can carry with `pack` installed: its rules (not its signals) and the built-in ones."""
    return frozenset(r.id for r in pack.rules if r.category != "signal").union(BUILT_IN_RULES)


def validate(body, orgs=None, rules=None) -> dict:
    """The entry to store from a POST /v1/audit body; a RequestError names the first problem.

    The service passes `orgs` and `rules`, the installed pack's organisation ids and rule_ids(pack).
    Without them (reading back the stored log, whose entries may predate the pack) any organisation id
    and any rule id of the right shape is accepted."""
    if not isinstance(body, dict):
        raise RequestError("invalid_body", "the request body must be a JSON object")
    unknown = set(body) - set(FIELDS)
    if unknown:
        raise RequestError("unknown_field", f"unknown field(s): {', '.join(sorted(unknown))}; "
                                            f"an audit entry has {', '.join(FIELDS)}")
    for key in FIELDS:
        if key not in body:
            raise RequestError("missing_field", f"'{key}' is required")
    for key in ("org", "action", "severity", "outcome"):
        if not isinstance(body[key], str):
            raise RequestError("invalid_type", f"'{key}' must be a string")
    if orgs is None and not 0 < len(body["org"]) <= MAX_ORG_ID:
        raise RequestError("unknown_org", f"'org' must be an organisation id of 1 to {MAX_ORG_ID} characters")
    for key, allowed, code in (("org", orgs, "unknown_org"), ("action", ACTIONS, "unknown_action"),
                               ("severity", SEVERITIES, "invalid_value"), ("outcome", OUTCOMES, "invalid_value")):
        if allowed is not None and body[key] not in allowed:
            allowed = list(allowed)
            raise RequestError(code, f"unknown {key} {body[key][:100]!r}; expected one of {', '.join(allowed)}")
    listed = body["rules"]
    if not isinstance(listed, list) or not all(isinstance(r, str) for r in listed):
        raise RequestError("invalid_type", "'rules' must be a list of rule ids (strings)")
    if not 1 <= len(listed) <= MAX_RULES:
        raise RequestError("invalid_value", f"'rules' must list 1 to {MAX_RULES} rule ids, not {len(listed)}")
    # The ids sent are never quoted back: one that is not a rule may be anything, even a name and address.
    for n, rule in enumerate(listed):
        if len(rule) > MAX_RULE_ID or not RULE_ID.match(rule):
            raise RequestError("invalid_value", f"rules[{n}] is not a rule id (category.name, as in a warning's "
                                                "'rule')")
        if rules is not None and rule not in rules:
            raise RequestError("unknown_rule", f"rules[{n}] is not a rule of the installed rule pack: an audit "
                                               "entry names only the rules of the warnings shown")
    return {"org": body["org"], "action": body["action"], "rules": list(dict.fromkeys(listed)),
            "severity": body["severity"], "outcome": body["outcome"]}


# Why a stored record is not an audit entry, by the code validate() gives; said without quoting the record.
_NOT_AN_ENTRY = {"missing_field": "it lacks one of an entry's fields",
                 "unknown_field": "it has a field an entry has not",
                 "invalid_type": "a field has the wrong type",
                 "unknown_org": "its organisation is not an id",
                 "unknown_action": "its action is not an action of the API",
                 "invalid_value": "its rules, severity or outcome are not values an entry takes"}


def problem_with(doc: dict) -> str | None:
    """Why a stored record is not an audit entry (never quoting it), or None when it is one."""
    time = doc.get("time")
    try:
        if not (isinstance(time, str) and _STAMP_SHAPE.match(time)):
            raise ValueError
        datetime.fromisoformat(time[:-1])
    except ValueError:
        return "its time is not a UTC time such as 2026-11-21T10:02:13Z"
    try:
        validate({k: v for k, v in doc.items() if k != "time"})
    except RequestError as exc:
        return _NOT_AN_ENTRY.get(exc.code, "it is not an audit entry")
    return None


class AuditLog:
    """audit.json in the data directory; every method is safe to call from any thread."""

    def __init__(self, data_dir: str | Path, retention_days: int = DEFAULT_RETENTION_DAYS,
                 max_entries: int = DEFAULT_MAX_ENTRIES, notes: list | None = None):
        if int(retention_days) < 1:
            raise ValueError("the audit retention must be at least one day")
        self.path = Path(data_dir) / "audit.json"
        self.retention = timedelta(days=int(retention_days))
        self.max_entries = int(max_entries)
        self.notes = notes
        self._db = TinyDB(self.path, storage=AtomicJSONStorage, notes=notes)
        if self.path.exists():
            self.prune()

    @property
    def retention_days(self) -> int:
        return self.retention.days

    def record(self, entry: dict, now: datetime | None = None) -> dict:
        """Store an entry already checked by validate(), stamped with the time in UTC."""
        stored = {"time": _stamp(now or datetime.now(timezone.utc)), **{k: entry[k] for k in FIELDS}}
        with WRITE_LOCK:
            self._db.table("audit").insert(stored)
            self.prune(now)
        return stored

    def prune(self, now: datetime | None = None) -> int:
        """Remove entries past the retention period, and the oldest beyond max_entries; answers how many."""
        return self._sweep(now)[1]

    def _sweep(self, now: datetime | None) -> tuple[list, int]:
        """(the entries kept, oldest first; how many were removed as expired or beyond max_entries), after
        moving aside the records that are not audit entries."""
        cutoff = _stamp((now or datetime.now(timezone.utc)) - self.retention)
        with WRITE_LOCK:
            table = self._db.table("audit")
            docs, bad = [], {}
            for d in table.all():
                problem = problem_with(d)
                if problem:
                    bad[d.doc_id] = problem
                else:
                    docs.append(d)
            live = sorted((d for d in docs if d["time"] >= cutoff), key=lambda d: (d["time"], d.doc_id))
            expired = [d.doc_id for d in docs if d["time"] < cutoff]
            if len(live) > self.max_entries:
                expired += [d.doc_id for d in live[:len(live) - self.max_entries]]
                live = live[len(live) - self.max_entries:]
            if bad:
                self._set_aside(table, bad)
            if expired or bad:
                table.remove(doc_ids=[*expired, *bad])
        return live, len(expired)

    def _set_aside(self, table, bad: dict) -> None:
        """Keep records that are not audit entries in audit.json.corrupt-TIME (owner-only), with a note."""
        aside = aside_path(self.path)
        records = {str(i): dict(table.get(doc_id=i)) for i in bad}
        write_atomic(aside, json.dumps({"audit": records}, ensure_ascii=False).encode("utf-8"))
        note(self.notes, f"{self.path.name} held {len(bad)} record(s) that are not audit entries (the first: "
                         f"{next(iter(bad.values()))}); moved them to {aside.name}")

    def entries(self, now: datetime | None = None) -> list[dict]:
        return [dict(d) for d in self._sweep(now)[0]]

    def clear(self) -> int:
        with WRITE_LOCK:
            table = self._db.table("audit")
            removed = len(table)
            table.truncate()
        return removed


__all__ = ["AuditLog", "BUILT_IN_RULES", "OUTCOMES", "problem_with", "rule_ids", "validate"]
