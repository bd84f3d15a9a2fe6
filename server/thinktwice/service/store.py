"""The service's own data: tinydb files in a per-user data directory.

Post text is never stored here. Writes are atomic (files.AtomicJSONStorage: a crash mid-write leaves
the previous state, and a file that cannot be read is moved aside and replaced by defaults); one lock
serialises writers across waitress's threads.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from platformdirs import user_data_dir
from tinydb import TinyDB

from ..files import AtomicJSONStorage

# One writer at a time across waitress's threads, for every tinydb file (settings, audit log).
WRITE_LOCK = _LOCK = threading.RLock()


def default_data_dir() -> Path:
    return Path(os.environ.get("THINKTWICE_DATA_DIR") or user_data_dir("thinktwice", appauthor=False))


class Settings:
    """The user's defaults (organisation, role, account), in settings.json."""

    KEYS = ("org", "role", "account")

    def __init__(self, data_dir: str | Path):
        self.path = Path(data_dir) / "settings.json"
        self._db = TinyDB(self.path, storage=AtomicJSONStorage)
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


__all__ = ["AtomicJSONStorage", "Settings", "WRITE_LOCK", "default_data_dir"]
