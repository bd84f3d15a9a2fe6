"""Reading the update feed over HTTP(S) with conditional requests, size limits and deadlines.

Only the URL the user configured (and files the signed index names under it) is ever fetched:
- a file the index names must be a plain relative path under the index's directory (letters, digits,
  `._~-`, single slashes; no `..`, no `%`, no `//`), else `bad_path`;
- a redirect must stay on the feed's origin (scheme, host and port) with a normalised path, else
  `redirect_off_feed` (or `bad_path`);
- every download has a size cap (a Content-Length over it is refused before reading) and a total
  deadline, however slowly the server sends: past it the connection is shut and the fetch is
  `too_slow`. Each read also times out after READ_SECONDS.
"""
from __future__ import annotations

import functools
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import timedelta
from email.utils import parsedate_to_datetime

from .. import __version__

READ_SECONDS = 15           # any one read
INDEX_SECONDS = 15          # the whole of index.json (and of a signature)
PACK_SECONDS = 60           # the whole of a pack
_RELATIVE = re.compile(r"^(?:[A-Za-z0-9_][A-Za-z0-9._~-]*/)*[A-Za-z0-9_][A-Za-z0-9._~-]*$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FeedError(Exception):
    """The feed could not be read; `code` is stable, the message says why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass
class Fetched:
    status: int                 # 200, or 304 when the conditional request says nothing changed
    body: bytes
    etag: str | None            # the validators to send next time (see validators), or None
    last_modified: str | None


def index_url(update_url: str) -> str:
    """The published directory's index.json (or the URL itself when it names a .json file)."""
    parts = urllib.parse.urlsplit(update_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FeedError("bad_url", f"the update URL must be http:// or https://, not {update_url!r}")
    if not normalised(parts.path):
        raise FeedError("bad_url", f"the update URL's path is not normalised (no '..', '.', '//' or encoded "
                                   f"dots and slashes): {update_url!r}")
    return update_url if parts.path.endswith(".json") else update_url.rstrip("/") + "/index.json"


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in."""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        port = None
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def normalised(path: str) -> bool:
    """Is a URL's path free of '.' and '..' segments, empty segments ('//'), backslashes and encoded
    separators, however it is percent-encoded?"""
    if re.search(r"%(?:2f|5c)", path, re.IGNORECASE):
        return False
    decoded = urllib.parse.unquote(path)
    segments = decoded.split("/")[1:-1] + [s for s in decoded.split("/")[-1:] if s]
    return "\\" not in decoded and all(s not in ("", ".", "..") for s in segments)


def resolve(index: str, relative: str) -> str:
    """A file the index names: a plain relative path, which therefore stays under the index's directory."""
    if not isinstance(relative, str) or not _RELATIVE.match(relative):
        raise FeedError("bad_path", f"the index names a file by a path that is not a plain relative one "
                                    f"(no '..', '%', '//' or leading '/'): {str(relative)[:200]!r}")
    return index.rsplit("/", 1)[0] + "/" + relative


def validators(headers) -> tuple[str | None, str | None]:
    """The (ETag, Last-Modified) of an answer that can be sent back to ask "changed since?".

    Last-Modified counts whole seconds, so a file changed again later in the second it was served
    keeps the same date, and asking If-Modified-Since that date would be answered 304 Not Modified
    for as long as the file stays unchanged: a pack re-published within the second would never be
    seen. RFC 9110 (8.8.2.2) treats such a date as a weak validator unless the answer's Date is at
    least a second later; otherwise neither validator is kept (nginx makes its ETag from the same
    whole-second time), and the next request is unconditional.
    """
    etag, last_modified = headers.get("ETag"), headers.get("Last-Modified")
    if last_modified and not _a_second_or_more_before(last_modified, headers.get("Date")):
        return None, None
    return etag, last_modified


def _a_second_or_more_before(last_modified: str, date: str | None) -> bool:
    try:
        return parsedate_to_datetime(date) - parsedate_to_datetime(last_modified) >= timedelta(seconds=1)
    except (TypeError, ValueError):     # no Date, an unreadable date, or one without a time zone
        return False


class _Deadline:
    """Shuts every connection of one fetch when its time is up, so that a read waiting on a server that
    sends a byte now and then returns at once."""

    def __init__(self, seconds: float):
        self.seconds, self.expired = seconds, False
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self):
        self._timer.start()
        return self

    def __exit__(self, *exc):
        self._timer.cancel()

    def past(self) -> bool:
        """Is the time up? (A read timing out on its own at the same moment counts too.)"""
        return self.expired or time.monotonic() >= self.ends

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _watched(connection_class):
    """An http.client connection class whose sockets a _Deadline watches."""

    class Watched(connection_class):
        def __init__(self, *args, deadline: _Deadline, **kwargs):
            super().__init__(*args, **kwargs)
            self._deadline = deadline

        def connect(self):
            super().connect()
            self._deadline.watch(self.sock)

    return Watched


_HTTP, _HTTPS = _watched(http.client.HTTPConnection), _watched(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTP, deadline=self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPS, deadline=self.deadline), req,
                            context=self._context)


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the same scheme, host and port, and a normalised path."""

    def __init__(self, url: str):
        super().__init__()
        self.origin = origin(url)

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        problem = None
        if origin(newurl) != self.origin:
            problem = FeedError("redirect_off_feed", f"{req.full_url} redirects to {newurl}, off the feed's "
                                                     "origin (scheme, host and port); not followed")
        elif not normalised(urllib.parse.urlsplit(newurl).path):
            problem = FeedError("bad_path", f"{req.full_url} redirects to {newurl}, whose path is not "
                                            "normalised; not followed")
        if problem:
            fp.close()
            raise problem
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limit: int, etag: str | None = None, last_modified: str | None = None,
          seconds: float = INDEX_SECONDS) -> Fetched:
    """GET `url` (at most `limit` bytes, all of it within `seconds`), conditionally when given validators."""
    headers = {"User-Agent": f"ThinkTwice/{__version__} (rule updates)", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    with _Deadline(seconds) as deadline:
        opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline),
                                             _SameOriginRedirects(url))
        try:
            with opener.open(request, timeout=min(READ_SECONDS, seconds)) as response:
                length = response.headers.get("Content-Length", "")
                if length.strip().isdigit() and int(length) > limit:
                    raise FeedError("too_large", f"{url} is larger than {limit:,} bytes (Content-Length {length})")
                body = response.read(limit + 1)
                if deadline.expired:            # the connection was shut: what was read may be cut short
                    raise _too_slow(url, seconds)
                if len(body) > limit:
                    raise FeedError("too_large", f"{url} is larger than {limit:,} bytes")
                return Fetched(response.status, body, *validators(response.headers))
        except urllib.error.HTTPError as err:
            err.close()
            if err.code == 304:
                return Fetched(304, b"", etag, last_modified)
            raise FeedError("http_error", f"{url} answered HTTP {err.code} {err.reason}") from None
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as err:
            if deadline.past():
                raise _too_slow(url, seconds) from None
            reason = getattr(err, "reason", None) or err
            raise FeedError("unreachable", f"{url} could not be reached: {reason}") from None


def _too_slow(url: str, seconds: float) -> FeedError:
    return FeedError("too_slow", f"{url} was not received within {seconds:g} s; the download was stopped")
