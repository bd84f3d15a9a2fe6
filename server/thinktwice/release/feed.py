"""Reading the update feed over HTTP(S) with conditional requests and size limits.

Only the URL the user configured (and files the signed index names under it) is ever fetched.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import timedelta
from email.utils import parsedate_to_datetime

from .. import __version__

TIMEOUT_SECONDS = 15


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
    return update_url if parts.path.endswith(".json") else update_url.rstrip("/") + "/index.json"


def resolve(index: str, relative: str) -> str:
    """A file the index names, which must stay on the feed's host and under its directory."""
    if not isinstance(relative, str) or not relative or "\\" in relative:
        raise FeedError("invalid_index", f"the index names a file badly: {relative!r}")
    url = urllib.parse.urljoin(index, relative)
    base = index.rsplit("/", 1)[0] + "/"
    if not url.startswith(base) or "/../" in url[len(base) - 1:]:
        raise FeedError("invalid_index", f"the index points outside the feed: {relative!r}")
    return url


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


def fetch(url: str, limit: int, etag: str | None = None, last_modified: str | None = None) -> Fetched:
    headers = {"User-Agent": f"ThinkTwice/{__version__} (rule updates)", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            body = response.read(limit + 1)
            if len(body) > limit:
                raise FeedError("too_large", f"{url} is larger than {limit:,} bytes")
            return Fetched(response.status, body, *validators(response.headers))
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(304, b"", etag, last_modified)
        raise FeedError("http_error", f"{url} answered HTTP {err.code} {err.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise FeedError("unreachable", f"{url} could not be reached: {reason}") from None
