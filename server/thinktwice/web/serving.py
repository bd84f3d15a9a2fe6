"""Serving the app under waitress with every limit set on purpose.

- A slow or idle client cannot hold a thread: waitress reads whole requests asynchronously before a
  thread sees them.
- A slow client cannot hold a connection either (GuardedServer): a request's headers must arrive within
  HEADER_DEADLINE seconds of its first byte (and of the connection opening), and the whole request
  within REQUEST_DEADLINE, or it is answered with a JSON 408 and the connection closed; an idle
  keep-alive connection is closed after `channel_timeout` seconds. When all `connection_limit`
  connections are taken and another is waiting, the one that has gone longest without a complete
  request (a trickling or silent one first, then the longest idle) is closed to make room, so local
  programs holding connections open cannot starve the extension.
- Headers up to 16 KiB; bodies up to 64 MiB at the connection level (the app answers anything over
  MAX_CONTENT_LENGTH, 56 MiB: four 10 MB pictures in base64, or over 256 KiB without pictures, with a JSON
  413 itself).
- Every answer is JSON, waitress's own included: a malformed request (400), a body or headers over the
  limits (413, 431), an unsupported transfer coding (501), a request too slow to arrive (408) and a
  failure outside the app (500) are answered by JSONErrorTask as {"error": {"code", "message"}}.
- Request and answer buffers stay in memory (the overflow thresholds are above those limits), because
  waitress would otherwise spill large bodies, which hold post text, into temporary files.
- Under overload, requests waiting for a thread beyond `max_waiting` are answered at once with a
  JSON 503 and `Retry-After: 1` instead of queueing without bound (LoadShedder).
"""
from __future__ import annotations

import select
import time

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import MultiSocketServer, TcpWSGIServer
from waitress.task import ErrorTask, ThreadedTaskDispatcher
from waitress.utilities import Error

from .errors import error_body

HEADER_LIMIT = 16 * 1024
BODY_LIMIT = 64 * 1024 * 1024
OUTBUF_LIMIT = 16 * 1024 * 1024
HEADER_DEADLINE = 5
REQUEST_DEADLINE = 15


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
            body = error_body("overloaded", "the checker is busy; try again in a second")
            start_response("503 Service Unavailable", [("Content-Type", "application/json"),
                                                        ("Content-Length", str(len(body))), ("Retry-After", "1")])
            return [body]
        return self.app(environ, start_response)


# -- waitress's own answers, as JSON -----------------------------------------------------------------
class RequestTimeout(Error):
    code = 408
    reason = "Request Timeout"


def _waitress_error(error: Error) -> tuple[str, str]:
    """(code, message) for an error waitress itself answers; the message names the problem and never
    quotes the request (waitress's own text may: 'Malformed HTTP method "..."')."""
    detail = str(error.body).split('"', 1)[0].strip().rstrip(".")
    return {
        400: ("bad_request", f"the request is not valid HTTP: {detail}"),
        408: ("request_timeout", str(error.body)),
        413: ("request_entity_too_large", f"the request body is larger than {BODY_LIMIT} bytes"),
        431: ("request_header_fields_too_large", f"the request's headers are larger than {HEADER_LIMIT} bytes"),
        501: ("not_implemented", f"the server does not implement this: {detail}"),
    }.get(error.code, ("internal_error", "the checker failed on this request"))


class JSONErrorTask(ErrorTask):
    """waitress's error answers, made as the app's are: {"error": {"code", "message"}}."""

    def execute(self):
        error = self.request.error
        body = error_body(*_waitress_error(error))
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


# -- connections that cannot hold the service hostage ------------------------------------------------
class GuardedChannel(HTTPChannel):
    """A connection that knows when its current request began, so a slow one can be timed out."""

    error_task_class = JSONErrorTask

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.silent = True                # nothing received yet
        self.partial_since = None         # when the request being received began (its first byte)

    def received(self, data):
        before = self.request
        result = super().received(data)
        self.silent = False
        if self.request is None:
            self.partial_since = None
        elif self.request is not before:
            self.partial_since = time.time()
        return result

    def busy(self) -> bool:
        """Being answered, or closing: never timed out or evicted."""
        return bool(self.requests or self.total_outbufs_len or self.will_close or self.close_when_flushed)

    def overdue(self, now: float) -> bool:
        if self.busy():
            return False
        if self.partial_since is not None:
            deadline = REQUEST_DEADLINE if self.request.headers_finished else HEADER_DEADLINE
            return now - self.partial_since > deadline
        return self.silent and now - self.creation_time > HEADER_DEADLINE

    def idle_since(self) -> tuple[int, float]:
        """For choosing whom to evict: trickling or silent connections first, then the longest idle."""
        if self.partial_since is not None:
            return 0, self.partial_since
        return (0, self.creation_time) if self.silent else (1, self.last_activity)

    def time_out(self) -> None:
        """Answer a request that is too slow to arrive with a JSON 408 and close; a silent connection just closes."""
        if self.partial_since is None:
            self.will_close = True
            return
        limit = REQUEST_DEADLINE if self.request.headers_finished else HEADER_DEADLINE
        request = self.parser_class(self.adj)
        request.error = RequestTimeout(f"the request did not arrive in full within {limit} seconds")
        self.request, self.partial_since = None, None
        task = self.error_task_class(self, request)
        task.service()
        self.close_when_flushed = True


class GuardedServer(TcpWSGIServer):
    channel_class = GuardedChannel

    def maintenance(self, now):
        super().maintenance(now)
        for channel in list(self.active_channels.values()):
            if channel.overdue(now):
                channel.time_out()

    def readable(self):
        if self.accepting and len(self._map) >= self.adj.connection_limit and self._connection_waiting():
            self._make_room()
        return super().readable()

    def _connection_waiting(self) -> bool:
        try:
            return bool(select.select([self.socket], [], [], 0)[0])
        except (OSError, ValueError):
            return False

    def _make_room(self) -> None:
        """Close the connection that has gone longest without a complete request (once it is flushed)."""
        candidates = [c for c in self.active_channels.values() if not c.busy()]
        if candidates:
            min(candidates, key=GuardedChannel.idle_since).will_close = True
            self.pull_trigger()           # wake the loop so the close, then the accept, happen now


def make_server(app, host: str = "127.0.0.1", port: int = 8377, threads: int = 4, max_waiting: int = 32,
                connection_limit: int = 100, channel_timeout: int = 15, map=None, **extra):
    """A waitress server for `app` (not yet running: call .run()); `.shedder` counts 503s sent."""
    shedder = LoadShedder(app, max_waiting)
    adj = Adjustments(
        host=host, port=port, threads=threads, ident="thinktwice",
        connection_limit=connection_limit, channel_timeout=channel_timeout, cleanup_interval=1,
        backlog=128, max_request_header_size=HEADER_LIMIT, max_request_body_size=BODY_LIMIT,
        inbuf_overflow=BODY_LIMIT + HEADER_LIMIT + 1, outbuf_overflow=OUTBUF_LIMIT,
        expose_tracebacks=False, asyncore_use_poll=True, **extra)
    map = {} if map is None else map
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(adj.threads)
    servers = [GuardedServer(shedder, map, dispatcher=dispatcher, adj=adj, sockinfo=info) for info in adj.listen]
    server = servers[0]
    if len(servers) > 1:
        server = MultiSocketServer(map, adj, [(s.effective_host, s.effective_port) for s in servers], dispatcher,
                                   servers[0].log_info)
        server.effective_host, server.effective_port = servers[0].effective_host, servers[0].effective_port
    shedder.waiting = lambda: len(dispatcher.queue)
    server.shedder = shedder
    return server
