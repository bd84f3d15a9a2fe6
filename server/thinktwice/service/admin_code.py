"""One-time codes for the comms-team page: `thinktwice admin` makes one, the page trades it for the token.

The command and the service are separate processes, so a code is handed over in `<data dir>/admin-code`
(0600), which holds the code's SHA-256 and its expiry, never the code itself. `POST /admin/session`
with the code answers the pairing token, once: the file is removed when the code is used, when it has
expired, and after MAX_TRIES wrong codes. The token then lives only in the page's memory, never in an
address, so it is not left in the browser's history.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from pathlib import Path

from ..files import private_directory, write_atomic

CODE_FILE = "admin-code"
LIFETIME_SECONDS = 120
MAX_TRIES = 5
# No 0/O, 1/I/L or U: a code read off a terminal is typed without guessing. 30**8 codes (39 bits).
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
LENGTH = 8
CODE_SHAPE = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")


def normalise(code: str) -> str:
    """'abcd-efgh ' -> 'ABCDEFGH': as typed, in any case, with or without the dash."""
    return re.sub(r"[\s-]", "", code).upper()


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def issue(data_dir: str | Path, now: float | None = None) -> str:
    """Make a fresh code (replacing any earlier one) and answer it as printed: 'ABCD-EFGH'."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    record = {"sha256": _digest(code), "expires": (now or time.time()) + LIFETIME_SECONDS}
    write_atomic(private_directory(data_dir) / CODE_FILE, json.dumps(record).encode("ascii"))
    return f"{code[:4]}-{code[4:]}"


class AdminCodes:
    """The service's side: redeem() a code at most once, within its lifetime and MAX_TRIES attempts."""

    def __init__(self, data_dir: str | Path):
        self.path = Path(data_dir) / CODE_FILE
        self._lock = threading.Lock()
        self._wrong: dict[str, int] = {}      # wrong attempts, by the digest of the code they were against

    def _record(self) -> dict | None:
        try:
            record = json.loads(self.path.read_text(encoding="ascii"))
            if isinstance(record, dict) and isinstance(record.get("sha256"), str) \
                    and isinstance(record.get("expires"), (int, float)):
                return record
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            pass
        self._discard()                       # unreadable: no code can match it
        return None

    def _discard(self) -> None:
        self.path.unlink(missing_ok=True)

    def redeem(self, code: str, now: float | None = None) -> bool:
        """True (and the code is used up) when `code` is the current code and has not expired."""
        with self._lock:
            record = self._record()
            if record is None:
                return False
            if (now or time.time()) > record["expires"]:
                self._discard()
                return False
            if hmac.compare_digest(_digest(normalise(code)), record["sha256"]):
                self._discard()
                return True
            wrong = self._wrong[record["sha256"]] = self._wrong.get(record["sha256"], 0) + 1
            if wrong >= MAX_TRIES:
                self._discard()
            return False


__all__ = ["AdminCodes", "CODE_FILE", "CODE_SHAPE", "LIFETIME_SECONDS", "MAX_TRIES", "issue", "normalise"]
