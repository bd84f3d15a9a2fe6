"""The service's own data: tinydb files in a per-user data directory.

Post text is never stored here. Writes go to a temporary file that is flushed, fsynced and renamed
over the old one, so a crash mid-write leaves the previous state; one lock serialises writers
across waitress's threads; a file that cannot be read is moved aside and replaced by defaults.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path

from platformdirs import user_data_dir
from tinydb import Query, TinyDB
from tinydb.storages import Storage

log = logging.getLogger(__name__)
_LOCK = threading.RLock()


def default_data_dir() -> Path:
    return Path(os.environ.get("THINKTWICE_DATA_DIR") or user_data_dir("thinktwice", appauthor=False))


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def read(self):
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("top level is not an object")
            return data
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            os.replace(self.path, aside)
            log.warning("%s could not be read (%s); moved it to %s and started from defaults",
                        self.path, exc, aside.name)
            return None

    def write(self, data):
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def close(self):
        pass


class Settings:
    """The user's defaults (organisation, role, account), in settings.json."""

    KEYS = ("org", "role", "account")

    def __init__(self, data_dir: str | Path):
        self.path = Path(data_dir) / "settings.json"
        self._db = TinyDB(self.path, storage=AtomicJSONStorage)

    def get(self) -> dict:
        with _LOCK:
            doc = self._db.table("settings").get(doc_id=1) or {}
        return {k: doc.get(k) for k in self.KEYS}

    def update(self, changes: dict) -> dict:
        with _LOCK:
            table = self._db.table("settings")
            current = table.get(doc_id=1) or {}
            merged = {**{k: current.get(k) for k in self.KEYS}, **changes}
            if table.get(doc_id=1) is None:
                table.insert(merged)
            else:
                table.update(merged, doc_ids=[1])
        return self.get()


__all__ = ["AtomicJSONStorage", "Settings", "Query", "default_data_dir"]
