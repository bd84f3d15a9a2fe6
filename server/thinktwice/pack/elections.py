"""Election periods a pack declares in pack.toml: dated windows that make political content count more.

    [[elections]]
    id = "lancaster-su-2027"
    name = "Lancaster SU elections"
    kind = "union"                       # general | local | by-election | union
    start = "2027-02-22"                 # first day
    end = "2027-03-05"                   # last day (inclusive)
    orgs = ["lancaster-su"]              # optional: only these organisations (default: every one)
    clause = { "lancaster-su" = "App1 3.3" }   # optional: the clause the profile reminder cites
    reminder = "Candidates and officers: ..."  # optional: the reminder's advice

While a window is open for the user's organisation, political warnings are raised one level
(info -> caution -> warning, never above the rule's max_severity), and a profile or bio that names a
union role (the `org_role` lexicon) gets an info reminder. Outside the window nothing changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("general", "local", "by-election", "union")
KEYS = {"id", "name", "kind", "start", "end", "orgs", "clause", "reminder", "role_lexicon"}
DEFAULT_REMINDER = ("While the election is on, keep your union role apart from any campaigning: don't pair it "
                    "with support for a party, candidate or slate, and say your views are your own.")


@dataclass(frozen=True)
class Election:
    id: str
    name: str
    kind: str
    start: date
    end: date
    orgs: tuple[str, ...] = ()
    clause: dict = field(default_factory=dict)
    reminder: str = DEFAULT_REMINDER
    role_lexicon: str = "org_role"

    def open_for(self, org: str, today: date | None) -> bool:
        return today is not None and self.start <= today <= self.end and (not self.orgs or org in self.orgs)

    def describe(self, today: date | None = None) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "orgs": list(self.orgs),
                "open": today is not None and self.start <= today <= self.end}


def parse(raw, profiles: dict, lexicons: dict) -> list[Election]:
    """Elections from pack.toml's [[elections]]; ValueError naming the problem."""
    if not isinstance(raw, list):
        raise ValueError("[[elections]] must be an array of tables")
    out, seen = [], set()
    for i, e in enumerate(raw, 1):
        at = f"election #{i}"
        if not isinstance(e, dict):
            raise ValueError(f"{at} must be a table")
        unknown = set(e) - KEYS
        if unknown:
            raise ValueError(f"{at}: unknown option(s) {sorted(unknown)}")
        for key in ("id", "name", "kind", "start", "end"):
            if key not in e:
                raise ValueError(f"{at} needs {key!r}")
        at = f"election {e['id']!r}"
        if e["id"] in seen:
            raise ValueError(f"{at} is declared twice")
        seen.add(e["id"])
        if e["kind"] not in KINDS:
            raise ValueError(f"{at}: kind must be one of {', '.join(KINDS)}")
        try:
            start, end = (d if isinstance(d, date) else date.fromisoformat(str(d)) for d in (e["start"], e["end"]))
        except ValueError:
            raise ValueError(f"{at}: start and end must be dates (YYYY-MM-DD)") from None
        if end < start:
            raise ValueError(f"{at}: ends before it starts")
        orgs = tuple(e.get("orgs", ()))
        for org in orgs:
            if org not in profiles:
                raise ValueError(f"{at}: unknown organisation {org!r}")
        clause = e.get("clause", {})
        if not isinstance(clause, dict):
            raise ValueError(f"{at}: clause must be a table of organisation = clause")
        for org, ref in clause.items():
            if org not in profiles or ref not in profiles[org].clauses:
                raise ValueError(f"{at}: clause {ref!r} is not a clause of {org!r}")
        role_lexicon = e.get("role_lexicon", "org_role")
        if "role_lexicon" in e and role_lexicon not in lexicons:
            raise ValueError(f"{at}: unknown lexicon {role_lexicon!r}")
        out.append(Election(e["id"], e["name"], e["kind"], start, end, orgs, dict(clause),
                            str(e.get("reminder") or DEFAULT_REMINDER), role_lexicon))
    return out


def open_elections(elections: list[Election], org: str, today: date | None) -> list[Election]:
    return [e for e in elections if e.open_for(org, today)]


def reminder_clause(election: Election, profile):
    """The clause a profile's election reminder cites: the pack's choice, else the profile's political
    clause for accounts tied to the union, else its plain political clause."""
    ref = election.clause.get(profile.id)
    if ref is None:
        political = [m for m in profile.mappings
                     if "political" in m.categories or any(r.startswith("political.") for r in m.rules)]
        tied = [m for m in political if any(s.startswith("signal.org-tie") for s in m.if_signals)]
        plain = [m for m in political if not m.if_signals]
        chosen = (tied or plain or [None])[0]
        ref = chosen.clause if chosen else None
    return profile.clauses.get(ref) if ref else None
