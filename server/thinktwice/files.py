"""Writing files so that a crash or a kill leaves the old contents or the new, never a torn file; moving
aside a file that cannot be used (`NAME.corrupt-TIME`) with a note; keeping the data directory private.

The bottom layer: it imports nothing from thinktwice, so every part (release/, service/) can use it,
and nothing outside the standard library either, so the native messaging host (native/host.py), which
reads the pairing token through service/pairing.py, starts without loading tinydb or platformdirs.
A *note* is one sentence for people about something found and repaired, kept in the caller's list of
notes: the running service's (Notes) are logged as they are made, so printed when it starts, and
listed by GET /v1/health; without a list a note is logged. Notes name files by their name in the data
directory, never by a full path.
"""
from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)
STALE_TEMP_SECONDS = 60
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


class Notes(list):
    """The running service's notes: each is logged as a warning (printed when the service starts) as it is made."""

    def append(self, message: str) -> None:
        log.warning("%s", message)
        super().append(message)


def note(notes: list | None, message: str) -> None:
    """Add `message` to `notes`; without a list to keep it in, log it as a warning."""
    if notes is None:
        log.warning("%s", message)
    else:
        notes.append(message)


def aside_path(path: str | Path) -> Path:
    """A free name beside `path` for a copy that could not be used: NAME.corrupt-TIME[-N]."""
    path = Path(path)
    base = f"{path.name}.corrupt-{int(time.time())}"
    aside, n = path.with_name(base), 1
    while os.path.lexists(aside):
        n += 1
        aside = path.with_name(f"{base}-{n}")
    return aside


def set_aside(path: str | Path, problem: str, notes: list | None = None, then: str = "the defaults apply") -> Path:
    """Move `path` (a file, or anything else in the way of one) to NAME.corrupt-TIME, owner-only, and note
    "NAME <problem>; moved it to NAME.corrupt-TIME and <then>"."""
    path = Path(path)
    aside = aside_path(path)
    os.replace(path, aside)
    _tighten(aside)
    note(notes, f"{path.name} {problem}; moved it to {aside.name} and {then}")
    return aside


def _tighten(path: Path) -> bool:
    """Make `path` owner-only (a directory 0700, a file 0600) if others may use it; True if it was changed.
    Symbolic links and other kinds of file are left alone."""
    if os.name != "posix":
        return False
    st = os.lstat(path)
    wanted = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE if stat.S_ISREG(st.st_mode) else None
    if wanted is None or not stat.S_IMODE(st.st_mode) & 0o077:
        return False
    os.chmod(path, wanted)
    return True


def make_private(paths) -> int:
    """Make each of `paths` owner-only (see _tighten); answers how many others could use."""
    changed = 0
    for path in paths:
        try:
            changed += _tighten(Path(path))
        except OSError:
            pass
    return changed


def private_directory(path: str | Path, notes: list | None = None) -> Path:
    """Create `path` owner-only (0700), or make an existing one so, with a note."""
    path = Path(path)
    mode = stat.S_IMODE(os.stat(path).st_mode) if path.is_dir() else None
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if _tighten(path):
        note(notes, f"the directory {path.name} was open to other users (mode {mode:04o}); it is now "
                    f"{PRIVATE_DIR:04o}")
    return path


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


def _tinydb_shape(data) -> None:
    """A ValueError unless `data` is a tinydb document: {table: {decimal id: {field: value}}}."""
    if not isinstance(data, dict):
        raise ValueError("the top level is not an object")
    for table in data.values():
        if not isinstance(table, dict):
            raise ValueError("a table is not an object")
        for doc_id, doc in table.items():
            if not (doc_id.isascii() and doc_id.isdigit()):
                raise ValueError("a record's id is not a number")
            if not isinstance(doc, dict):
                raise ValueError("a record is not an object")


def default_data_dir() -> Path:
    """THINKTWICE_DATA_DIR, else the per-user data directory platformdirs gives for this platform."""
    configured = os.environ.get("THINKTWICE_DATA_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_data_dir     # here, not at the top: see the module's docstring

    return Path(user_data_dir("thinktwice", appauthor=False))


class AtomicJSONStorage:
    """tinydb storage written with write_atomic. A file that cannot be read as a tinydb document (or that
    `check(data)` refuses with a ValueError naming the problem) is moved aside (NAME.corrupt-TIME) with a
    note, and the database starts from empty rather than crashing. It has tinydb's Storage interface (read,
    write, close) without subclassing it, which tinydb does not need, so this module imports no tinydb."""

    def __init__(self, path: str | Path, notes: list | None = None, check=None):
        self.path = Path(path)
        self.notes = notes
        self.check = check
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
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
            if not stat.S_ISREG(os.stat(self.path).st_mode):     # a directory or a pipe where the file should be
                raise ValueError("is not a regular file")
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            return self._set_aside(f"could not be read ({exc if isinstance(exc, ValueError) else type(exc).__name__})")
        if not raw.strip():
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            _tinydb_shape(data)
            if self.check is not None:
                self.check(data)
            return data
        except RecursionError:
            return self._set_aside("is not valid JSON (nested too deeply)")
        except ValueError as exc:
            return self._set_aside(f"is not valid ({str(exc)[:200]})")

    def _set_aside(self, problem: str):
        set_aside(self.path, problem, self.notes, then="started afresh")
        return None

    def write(self, data):
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def close(self):
        pass
