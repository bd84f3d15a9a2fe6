"""Pairing: the random token the extension and other local clients must send as `Authorization: Bearer`.

The token is created on the service's first start, in `<data dir>/token`, readable and writable by its
owner only (mode 0600). `thinktwice token` prints it; the user pastes it into the extension's options.
Deleting the file, or `thinktwice token --new`, makes a new one; a running service notices the change.
Anything else where the file should be (a directory, a pipe) is moved aside with a note and a new token made.
"""
from __future__ import annotations

import hmac
import os
import re
import secrets
import stat
import threading
from pathlib import Path

from ..files import note, set_aside, write_atomic

TOKEN_FILE = "token"
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32,128}$")
_LOCK = threading.Lock()


def token_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / TOKEN_FILE


def _write_token(path: Path, token: str, notes: list | None = None) -> None:
    """Atomic and owner-only (0600): a crash leaves the old token or none."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
        set_aside(path, "is not a file", notes, then="made a new pairing token (pair the extension again)")
    write_atomic(path, (token + "\n").encode("ascii"), mode=0o600)


def new_token(data_dir: str | Path) -> str:
    """Make and store a fresh token, replacing any old one."""
    token = secrets.token_urlsafe(32)
    with _LOCK:
        _write_token(token_path(data_dir), token)
    return token


def _read_token(path: Path, notes: list | None) -> str:
    """The token in `path`, or "" when there is none to read (noted when something was in the way)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):      # never read a pipe; _write_token moves it aside
            return ""
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        note(notes, f"the pairing token in {path.name} could not be read ({type(exc).__name__}); made a new one "
                    "(pair the extension again)")
        return ""


def load_or_create_token(data_dir: str | Path, notes: list | None = None) -> str:
    """The stored token; a missing or malformed file gets a new token, loose permissions are tightened."""
    path = token_path(data_dir)
    with _LOCK:
        token = _read_token(path, notes)
        if not _TOKEN_SHAPE.match(token):
            if token:
                note(notes, f"the pairing token in {path.name} is malformed; made a new one (pair the extension again)")
            token = secrets.token_urlsafe(32)
            _write_token(path, token, notes)
        elif os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, 0o600)
            note(notes, f"{path.name} was readable by other users; its permissions are now 0600")
    return token


class Pairing:
    """Checks presented tokens against the stored one, re-reading the file when it changes."""

    def __init__(self, data_dir: str | Path, notes: list | None = None):
        self.path = token_path(data_dir)
        self.notes = notes
        self._token = load_or_create_token(data_dir, notes)
        self._stamp = self._file_stamp()

    def _file_stamp(self):
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size, st.st_ino

    @property
    def token(self) -> str:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._token = load_or_create_token(self.path.parent, self.notes)
            self._stamp = self._file_stamp()
        return self._token

    def matches(self, presented: str) -> bool:
        """Constant-time comparison, so the answer's timing tells nothing about the token."""
        return hmac.compare_digest(presented.encode("utf-8", "replace"), self.token.encode("ascii"))
