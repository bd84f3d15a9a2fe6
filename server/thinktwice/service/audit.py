"""The audit log: for each warning the user was shown, what it was about and what they did.

One entry per decision, in `audit.json` (tinydb, the same atomic storage and writer lock as the
settings): time, organisation, action, rule ids, severity and outcome. Never the text of a post: every
field is checked against a closed list or a rule-id pattern, so no free text can be stored. Entries
older than the retention period (90 days unless configured) are removed on start and on every write.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tinydb import TinyDB

from ..request import RequestError
from .store import WRITE_LOCK, AtomicJSONStorage
from ..vocab import ACTIONS, SEVERITIES

OUTCOMES = ("edited", "went_ahead", "cancelled", "asked_comms")
FIELDS = ("org", "action", "rules", "severity", "outcome")
RULE_ID = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+$")
MAX_RULES = 32
MAX_RULE_ID = 100
DEFAULT_RETENTION_DAYS = 90
DEFAULT_MAX_ENTRIES = 20_000


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def validate(body, orgs) -> dict:
    """The entry to store from a POST /v1/audit body; a RequestError names the first problem."""
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
    orgs = list(orgs)
    for key, allowed, code in (("org", orgs, "unknown_org"), ("action", ACTIONS, "unknown_action"),
                               ("severity", SEVERITIES, "invalid_value"), ("outcome", OUTCOMES, "invalid_value")):
        if body[key] not in allowed:
            raise RequestError(code, f"unknown {key} {body[key][:100]!r}; expected one of {', '.join(allowed)}")
    rules = body["rules"]
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise RequestError("invalid_type", "'rules' must be a list of rule ids (strings)")
    if not 1 <= len(rules) <= MAX_RULES:
        raise RequestError("invalid_value", f"'rules' must list 1 to {MAX_RULES} rule ids, not {len(rules)}")
    for rule in rules:
        if len(rule) > MAX_RULE_ID or not RULE_ID.match(rule):
            raise RequestError("invalid_value", f"{rule[:100]!r} is not a rule id (category.name, as in a "
                                                "warning's 'rule')")
    return {"org": body["org"], "action": body["action"], "rules": list(dict.fromkeys(rules)),
            "severity": body["severity"], "outcome": body["outcome"]}


class AuditLog:
    """audit.json in the data directory; every method is safe to call from any thread."""

    def __init__(self, data_dir: str | Path, retention_days: int = DEFAULT_RETENTION_DAYS,
                 max_entries: int = DEFAULT_MAX_ENTRIES):
        if int(retention_days) < 1:
            raise ValueError("the audit retention must be at least one day")
        self.path = Path(data_dir) / "audit.json"
        self.retention = timedelta(days=int(retention_days))
        self.max_entries = int(max_entries)
        self._db = TinyDB(self.path, storage=AtomicJSONStorage)
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
        """Remove entries past the retention period, and the oldest beyond max_entries."""
        cutoff = _stamp((now or datetime.now(timezone.utc)) - self.retention)
        with WRITE_LOCK:
            table = self._db.table("audit")
            docs = table.all()
            expired = [d.doc_id for d in docs if str(d.get("time", "")) < cutoff]
            kept = len(docs) - len(expired)
            if kept > self.max_entries:
                live = sorted((d for d in docs if str(d.get("time", "")) >= cutoff), key=lambda d: (d["time"], d.doc_id))
                expired += [d.doc_id for d in live[:kept - self.max_entries]]
            if expired:
                table.remove(doc_ids=expired)
        return len(expired)

    def entries(self, now: datetime | None = None) -> list[dict]:
        with WRITE_LOCK:
            self.prune(now)
            docs = self._db.table("audit").all()
        return [dict(d) for d in sorted(docs, key=lambda d: (d["time"], d.doc_id))]

    def clear(self) -> int:
        with WRITE_LOCK:
            table = self._db.table("audit")
            removed = len(table)
            table.truncate()
        return removed


__all__ = ["AuditLog", "OUTCOMES", "validate"]
