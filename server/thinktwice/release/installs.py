"""Installed packs on disk, and the record of installs in tinydb.

    DATA_DIR/packs/VERSION/            one directory per installed pack (the current and the previous),
                                       with the signed pack file it came from (pack.ttpack)
    DATA_DIR/packs/.incoming-*/        an install being written; removed at start if a crash left one
    DATA_DIR/updates.json              tinydb: which pack is current and previous, the feed's validators,
                                       the last check and the history of installs and refusals

An install writes every file (flushed and fsynced) into a fresh .incoming directory, renames it into
place, and only then records it as current with one atomic tinydb write. Killed at any moment, the
record still names a complete directory: the old one or the new one. An updates.json that is not such a
record (edited by hand: `current` a string, a history row without a status) is moved aside with a note
(files.AtomicJSONStorage) and the service starts from the bundled pack.

Before an installed pack is used (`verified`), the pack file kept beside it must still have the sha256
recorded at install (the signed index's), and its files must be exactly that pack's: a pack edited on
disk is not used.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from tinydb import TinyDB

from ..files import AtomicJSONStorage, fsync_directory, write_atomic
from ..pack import PackError
from . import bundle
from .publish import parse_time

HISTORY_LIMIT = 100
PACK_FILE = "pack.ttpack"       # the signed pack an install came from, kept in its directory
_LOCK = threading.RLock()
_TEXTS = ("name", "created", "installed_at", "sha256", "source", "status", "code", "reason", "offered",
          "checked_at", "url", "etag", "last_modified", "body", "last_seen", "version", "previous", "installed")
_NONE = type(None)


def _malformed(row) -> bool:
    """Is `row` (an installed pack, a check's outcome, the feed cache) not shaped as the updater writes it?"""
    return (not isinstance(row, dict) or not all(isinstance(row.get(k), (str, _NONE)) for k in _TEXTS)
            or not isinstance(row.get("signer"), (dict, _NONE)) or not isinstance(row.get("times", 1), int))


def check_record(data: dict) -> None:
    """A ValueError naming what in updates.json is not as InstallStore and the updater write it."""
    state = data.get("state", {}).get("1", {})
    for key in ("current", "previous"):
        entry = state.get(key)
        try:
            if entry is not None and (_malformed(entry) or not bundle.version_key(entry["version"])):
                raise ValueError
        except (ValueError, TypeError, KeyError, PackError):
            raise ValueError(f"'{key}' does not name an installed pack") from None
    for key in ("last_check", "feed"):
        if state.get(key) is not None and _malformed(state[key]):
            raise ValueError(f"'{key}' is not the record of a check")
    if any(_malformed(row) for row in data.get("history", {}).values()):
        raise ValueError("a row of the history is not the record of a check")
    try:
        if state.get("index_published") is not None:
            parse_time(state["index_published"])
    except ValueError:
        raise ValueError("'index_published' is not a date-time") from None


class InstallStore:
    def __init__(self, data_dir: str | Path, notes: list | None = None):
        self.root = Path(data_dir) / "packs"
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._db = TinyDB(self.record_path(data_dir), storage=AtomicJSONStorage, notes=notes, check=check_record)

    @staticmethod
    def record_path(data_dir: str | Path) -> Path:
        """updates.json, which exists once anything was installed or checked for."""
        return Path(data_dir) / "updates.json"

    # -- state -------------------------------------------------------------------------------------
    def state(self) -> dict:
        with _LOCK:
            return dict(self._db.table("state").get(doc_id=1) or {})

    def update_state(self, **changes) -> dict:
        with _LOCK:
            table = self._db.table("state")
            merged = {**(table.get(doc_id=1) or {}), **changes}
            if table.get(doc_id=1) is None:
                table.insert(merged)
            else:
                table.update(merged, doc_ids=[1])
            return merged

    def history(self, limit: int = 20) -> list[dict]:
        with _LOCK:
            rows = self._db.table("history").all()
        return [dict(r) for r in rows[-limit:]][::-1]

    def record(self, event: dict) -> None:
        """Add an outcome to the history; a refusal repeating the last one only counts again."""
        with _LOCK:
            table = self._db.table("history")
            rows = table.all()
            last = rows[-1] if rows else None
            same = ("code", "offered", "status")
            if last and event["status"] != "installed" and all(last.get(k) == event.get(k) for k in same):
                table.update({"times": last.get("times", 1) + 1, "last_seen": event["checked_at"]},
                             doc_ids=[last.doc_id])
                return
            table.insert(event)
            if len(rows) + 1 > HISTORY_LIMIT:
                table.remove(doc_ids=[r.doc_id for r in rows[:len(rows) + 1 - HISTORY_LIMIT]])

    # -- files -------------------------------------------------------------------------------------
    def directory(self, version: str) -> Path:
        bundle.version_key(version)
        return self.root / version

    def clean_leftovers(self) -> list[str]:
        """Remove what an interrupted install left behind; returns their names."""
        removed = []
        for path in self.root.iterdir():
            if path.name.startswith(".incoming-"):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path.name)
        return removed

    def stage(self, files: dict[str, str], signed: bytes | None = None) -> Path:
        """Write a pack's files (and the signed pack they came from) into a fresh .incoming directory
        (not yet installed)."""
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        bundle.write_tree(files, staging)
        if signed is not None:
            write_atomic(staging / PACK_FILE, signed)
        return staging

    def verified(self, entry: dict) -> Path:
        """The directory of an installed pack once it is found as installed: its pack file has the sha256
        recorded at install, and the pack's files on disk are exactly that pack's. PackError says what
        differs. (An entry without a sha256, which the updater always records, is not checked.)"""
        directory = self.directory(entry["version"])
        if not entry.get("sha256"):
            return directory
        try:
            data = (directory / PACK_FILE).read_bytes()
        except OSError:
            raise PackError(f"its pack file {PACK_FILE} is missing, so it cannot be checked") from None
        if bundle.sha256(data) != entry["sha256"]:
            raise PackError(f"{PACK_FILE} is not the pack that was installed (its sha256 differs)")
        files = bundle.read(data)[1]
        on_disk = set(bundle.pack_files(directory))
        for name in sorted(on_disk ^ set(files)):
            raise PackError(f"{name} was {'added' if name in on_disk else 'removed'} after it was installed")
        for name, text in sorted(files.items()):
            try:
                same = (directory / name).read_bytes() == text.encode("utf-8")
            except OSError:
                same = False
            if not same:
                raise PackError(f"{name} was changed on disk after it was installed")
        return directory

    def commit(self, staging: Path, entry: dict) -> Path:
        """Move a staged pack into place and record it as current; the old current becomes previous."""
        target = self.directory(entry["version"])
        with _LOCK:
            state = self.state()
            if target.exists():                 # a directory an interrupted install renamed but never recorded
                shutil.rmtree(target)
            os.replace(staging, target)
            fsync_directory(self.root)
            previous = state.get("current")
            self.update_state(current=entry, previous=previous)
            keep = {entry["version"], (previous or {}).get("version")}
            for path in self.root.iterdir():
                if not path.name.startswith(".") and path.is_dir() and path.name not in keep:
                    shutil.rmtree(path, ignore_errors=True)
        return target
