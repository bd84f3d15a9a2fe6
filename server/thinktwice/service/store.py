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
from tinydb import TinyDB
from tinydb.storages import Storage

log = logging.getLogger(__name__)
# One writer at a time across waitress's threads, for every tinydb file (settings, audit log).
WRITE_LOCK = _LOCK = threading.RLock()
STALE_TEMP_SECONDS = 60


def default_data_dir() -> Path:
    return Path(os.environ.get("THINKTWICE_DATA_DIR") or user_data_dir("thinktwice", appauthor=False))


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._remove_stale_temporaries()

    def _remove_stale_temporaries(self):
        """Temporary files left by a process killed mid-write (old enough not to be another's in flight)."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.path.parent.glob(f".{self.path.name}.*"):
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
            except OSError:
                pass

    def read(self):
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("top level is not an object")
            if not all(isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
                       for table in data.values()):
                raise ValueError("not a tinydb document: a table or record is not an object")
            return data
        except (ValueError, RecursionError) as exc:
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
            fsync_directory(self.path.parent)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def close(self):
        pass


def fsync_directory(path: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
