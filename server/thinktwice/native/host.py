"""`thinktwice-host`: the native messaging host the browser starts for the extension.

Every request is {"type": ..., "id": <optional, echoed back>}:
- hello: {"type": "hello", "id", "host_version", "data_dir", "address", "running", "service_version",
  "rules_version"} (running: GET /v1/health answers at the address; the versions are its answer's);
- start: starts `thinktwice serve` detached unless it runs, waits until it answers (at most 20 s):
  {"type": "start", "id", "address", "started"} (started is false when it was already running);
- pair: {"type": "pair", "id", "address", "token"}, the pairing token the service checks (made now,
  as the service would make it, if there is none yet);
- anything else: {"type": "error", "id", "code", "message"}, codes bad_message, too_large,
  unknown_type, start_failed, start_timeout, pair_failed, internal_error.
The browser lets only the extension ids in the host's manifests start it. Standard library only: it
is started afresh for every one-shot message, so its start-up is part of every answer's time.
"""
from __future__ import annotations

import os
import sys

from .. import __version__
from .framing import FrameError, read_message, write_message
from .service import StartError, data_dir, find_service, start_service


def hello(data: str) -> dict:
    address, health = find_service(data)
    health = health or {}
    return {"host_version": __version__, "data_dir": str(data), "address": address, "running": bool(health),
            "service_version": _text(health.get("version")), "rules_version": _text(health.get("rules_version"))}


def start(data: str) -> dict:
    address, started = start_service(data)
    return {"address": address, "started": started}


def pair(data: str) -> dict:
    from ..service.pairing import load_or_create_token

    address, _ = find_service(data)
    return {"address": address, "token": load_or_create_token(data)}


HANDLERS = {"hello": hello, "start": start, "pair": pair}


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def error(request_id, code: str, message: str) -> dict:
    return {"type": "error", "id": request_id, "code": code, "message": message}


def answer(message: dict, data: str) -> dict:
    """The reply to one well-formed message; never raises."""
    request_id, kind = message.get("id"), message.get("type")
    if not isinstance(kind, str):
        return error(request_id, "bad_message", 'the message has no "type" (one of: hello, start, pair)')
    handler = HANDLERS.get(kind)
    if handler is None:
        return error(request_id, "unknown_type", f"the host does not know the message type {kind[:50]!r} "
                                                 "(it knows hello, start and pair)")
    try:
        return {"type": kind, "id": request_id, **handler(data)}
    except StartError as exc:
        return error(request_id, exc.code, exc.message)
    except OSError as exc:           # the data directory cannot be written, Python cannot be started...
        code = {"start": "start_failed", "pair": "pair_failed"}.get(kind, "internal_error")
        return error(request_id, code, f"The host could not {kind} ({exc.strerror or exc}; data directory {data}).")
    except Exception as exc:         # a bug must cost one answer, not the browser's connection
        return error(request_id, "internal_error", f"The host failed: {type(exc).__name__}: {exc}")


def serve(stdin, stdout, data: str) -> int:
    """Answer messages until the browser closes stdin, or the stream cannot be read any further."""
    while True:
        try:
            message = read_message(stdin)
        except FrameError as exc:
            write_message(stdout, error(None, exc.code, exc.message))
            if exc.in_sync:
                continue
            return 0
        if message is None:
            return 0
        write_message(stdout, answer(message, data))


def main(argv: list[str] | None = None) -> int:
    # The browser passes its origin (Chromium) or the manifest's path and the add-on id (Firefox) as
    # arguments; the manifests already say who may start the host, so they are not needed here.
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr          # stdout carries frames only: a stray print() goes to stderr instead
    try:
        return serve(stdin, stdout, data_dir())
    except (BrokenPipeError, KeyboardInterrupt):      # the browser went away mid-answer
        return 0


if __name__ == "__main__":
    sys.exit(main())
