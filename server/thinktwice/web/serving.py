"""Serving the app under waitress with every limit set on purpose.

- A slow or idle client cannot hold a thread: waitress reads whole requests asynchronously before a
  thread sees them, and closes connections idle for `channel_timeout` seconds.
- At most `connection_limit` connections; headers up to 16 KiB; bodies up to 1 MiB at the connection
  level (the app answers anything over MAX_CONTENT_LENGTH, 256 KiB, with a JSON 413 itself).
- Request and answer buffers stay in memory (the overflow thresholds are above those limits), because
  waitress would otherwise spill large bodies, which hold post text, into temporary files.
- Under overload, requests waiting for a thread beyond `max_waiting` are answered at once with a
  JSON 503 and `Retry-After: 1` instead of queueing without bound (LoadShedder).
"""
from __future__ import annotations

import json

from waitress import create_server

HEADER_LIMIT = 16 * 1024
BODY_LIMIT = 1024 * 1024
OUTBUF_LIMIT = 16 * 1024 * 1024


class LoadShedder:
    """WSGI middleware: when too many requests are already waiting for a thread, say 503 quickly."""

    def __init__(self, app, max_waiting: int):
        self.app = app
        self.max_waiting = max_waiting
        self.waiting = lambda: 0          # set by make_server to the dispatcher's queue length
        self.shed = 0

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") != "/v1/health" and self.waiting() > self.max_waiting:
            self.shed += 1
            body = json.dumps({"error": {"code": "overloaded", "message":
                               "the checker is busy; try again in a second"}}).encode()
            start_response("503 Service Unavailable", [("Content-Type", "application/json"),
                                                        ("Content-Length", str(len(body))), ("Retry-After", "1")])
            return [body]
        return self.app(environ, start_response)


def make_server(app, host: str = "127.0.0.1", port: int = 8377, threads: int = 4, max_waiting: int = 32,
                connection_limit: int = 100, channel_timeout: int = 15, map=None, **extra):
    """A waitress server for `app` (not yet running: call .run()); `.shedder` counts 503s sent."""
    shedder = LoadShedder(app, max_waiting)
    server = create_server(
        shedder, map=map, host=host, port=port, threads=threads, ident="thinktwice",
        connection_limit=connection_limit, channel_timeout=channel_timeout, cleanup_interval=5,
        backlog=128, max_request_header_size=HEADER_LIMIT, max_request_body_size=BODY_LIMIT,
        inbuf_overflow=BODY_LIMIT + HEADER_LIMIT + 1, outbuf_overflow=OUTBUF_LIMIT,
        expose_tracebacks=False, asyncore_use_poll=True, **extra)
    dispatcher = server.task_dispatcher
    shedder.waiting = lambda: len(dispatcher.queue)
    server.shedder = shedder
    return server
