"""The service's own data: tinydb files in a per-user data directory.

Post text is never stored here. Writes are atomic (files.AtomicJSONStorage: a crash mid-write leaves
the previous state, and a file that cannot be read is moved aside and replaced by defaults); one lock
serialises writers across waitress's threads.
"""
from __future__ import annotations

import threading
from pathlib import Path

from tinydb import TinyDB

from ..files import AtomicJSONStorage, default_data_dir, make_private, note, private_directory, set_aside
from ..vocab import ACCOUNTS, ROLES

# One writer at a time across waitress's threads, for every tinydb file (settings, audit log).
WRITE_LOCK = _LOCK = threading.RLock()
# What the service keeps directly in the data directory (packs/ is release/installs.py's).
DATA_FILES = ("token", "admin-code", "settings.json", "audit.json", "updates.json", "*.corrupt-*")


def private_data_dir(data_dir: str | Path, notes: list | None = None) -> Path:
    """The data directory, created owner-only (0700) or made so, and its files owner-only (0600), with notes."""
    data_dir = private_directory(data_dir, notes)
    loose = make_private(p for pattern in DATA_FILES for p in data_dir.glob(pattern))
    if loose:
        note(notes, f"{loose} file(s) in the data directory were open to other users; they are now owner-only")
    return data_dir


def allowed_settings(pack) -> dict:
    """The values each setting may take with `pack` installed."""
    return {"org": list(pack.profiles), "role": list(ROLES), "account": list(ACCOUNTS)}


class Settings:
    """The user's defaults (organisation, role, account), in settings.json."""

    KEYS = ("org", "role", "account")

    def __init__(self, data_dir: str | Path, notes: list | None = None):
        self.path = Path(data_dir) / "settings.json"
        self.notes = notes
        self._db = TinyDB(self.path, storage=AtomicJSONStorage, notes=notes)
        self._current: dict | None = None     # every check reads the defaults: keep them in memory

    def get(self) -> dict:
        with _LOCK:
            if self._current is None:
                doc = self._db.table("settings").get(doc_id=1) or {}
                self._current = {k: doc.get(k) for k in self.KEYS}
            return dict(self._current)

    def update(self, changes: dict) -> dict:
        with _LOCK:
            table = self._db.table("settings")
            current = table.get(doc_id=1) or {}
            merged = {**{k: current.get(k) for k in self.KEYS}, **changes}
            if table.get(doc_id=1) is None:
                table.insert(merged)
            else:
                table.update(merged, doc_ids=[1])
            self._current = None
        return self.get()

    def keep_only(self, allowed: dict) -> dict:
        """Check the stored defaults against `allowed` ({key: the values it may take}): a value that does
        not fit (the wrong type, an organisation the installed rules lack) is dropped, the file as it was
        is moved aside with a note, and the default applies. Answers the settings in effect."""
        with _LOCK:
            current = self.get()
            bad = {k: v for k, v in current.items() if v is not None and not (isinstance(v, str) and v in allowed[k])}
            if bad:
                problems = "; ".join(f"its {k} is not " + (f"one of the installed rules' {k}s" if isinstance(v, str)
                                                           else "text") for k, v in bad.items())
                set_aside(self.path, problems, self.notes,
                          then=f"{' and '.join(bad)} {'is' if len(bad) == 1 else 'are'} no longer set")
                self._current = None
                self.update({k: (None if k in bad else v) for k, v in current.items()})
        return self.get()


__all__ = ["AtomicJSONStorage", "Settings", "WRITE_LOCK", "allowed_settings", "default_data_dir",
           "private_data_dir"]
