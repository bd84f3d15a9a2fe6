"""Writing files so that a crash or a kill leaves the old contents or the new, never a torn file.

The bottom layer: it imports nothing from thinktwice, so every part (release/, service/) can use it.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path

from tinydb.storages import Storage

log = logging.getLogger(__name__)
STALE_TEMP_SECONDS = 60


def write_atomic(path: str | Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data`: a temporary file beside it (`.NAME.*`), flushed and fsynced, given
    `mode`, renamed over `path`, then the directory fsynced so the rename itself survives a power cut.
    On any failure the temporary file is removed and `path` is left as it was."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"write_atomic writes bytes, not {type(data).__name__}")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)     # made 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(path: str | Path) -> None:
    """Make a rename in `path` durable (POSIX); a no-op where directories cannot be opened."""
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


class AtomicJSONStorage(Storage):
    """tinydb storage written with write_atomic; a file that cannot be read is moved aside (NAME.corrupt-TIME)
    and the database starts from empty rather than crashing."""

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
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def close(self):
        pass
