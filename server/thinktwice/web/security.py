"""Who may talk to the service: checked before every request, in this order.

1. Host: the Host header must name this machine (127.0.0.1, localhost, [::1]) or a host the user
   allowed with `serve --allow-remote`. A web page that rebinds its own DNS name to 127.0.0.1 still
   sends its own name, so it is refused (DNS rebinding).
2. Origin: a request that carries an Origin must come from the extension: the Chromium extension's
   fixed origin (the manifest `key` fixes its id), or a Firefox `moz-extension://` origin. Firefox
   gives every profile a random origin, and any Firefox add-on has one, so those are served only with
   the valid token (step 3), except /v1/health, which tells nothing but the versions. Any other Origin
   (a web page, `null`) is refused outright, not merely left without a CORS grant.
3. Token: every path but /v1/health needs `Authorization: Bearer <token>` (see pairing.py), compared in
   constant time. CORS preflights carry no credentials and are answered for the extension's origins.
"""
from __future__ import annotations

import re
import threading
from collections import Counter

from flask import Flask, current_app, request

from . import admin
from .errors import Refusal
from ..native.ids import CHROMIUM_EXTENSION_ID
from ..service.pairing import Pairing

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
MOZ_EXTENSION_ORIGIN = re.compile(r"^moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# /v1/health, and the comms-team page's static files and its one-time-code exchange (web/admin.py).
OPEN_PATHS = frozenset({"/v1/health"}) | admin.OPEN_PATHS


def cors_origins(chromium_ids) -> list:
    """The origins flask-cors may grant: exactly our Chromium id(s), and Firefox's per-profile origins."""
    return [f"chrome-extension://{i}" for i in chromium_ids] + [MOZ_EXTENSION_ORIGIN]


_HOST_HEADER = re.compile(r"^(?:\[(?P<v6>[0-9a-f.]*:[0-9a-f:.]*)\]|(?P<name>[^:\[\]\s]+))(?::\d{1,5})?$")


def host_name(header: str) -> str:
    """'127.0.0.1:8377' -> '127.0.0.1', '[::1]:8377' -> '::1', 'LocalHost.' -> 'localhost'; '' if malformed."""
    match = _HOST_HEADER.match(header.strip().lower())
    if not match:
        return ""
    return match["v6"] or match["name"].rstrip(".")


class Refusals:
    """Counts of refused requests by kind (code), for the figures in docs/reliability.md."""

    def __init__(self):
        self._counts: Counter = Counter()
        self._lock = threading.Lock()

    def add(self, code: str) -> None:
        with self._lock:
            self._counts[code] += 1

    def snapshot(self) -> dict:
        with self._lock:
            return dict(self._counts)


def _refuse(code: str, message: str, status: int):
    current_app.extensions["thinktwice"]["refusals"].add(code)
    return Refusal(code, message, status)


def _bearer() -> str | None:
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def check_request() -> None:
    """The before_request hook: raise a RequestError (403 or 401, JSON) for anything not ours."""
    config = current_app.config
    svc = current_app.extensions["thinktwice"]

    host = request.headers.get("Host", "")
    if host_name(host) not in config["ALLOWED_HOSTS"]:
        raise _refuse("forbidden_host", f"this service only answers requests addressed to this machine "
                                        f"({', '.join(config['ALLOWED_HOSTS'])}), not {host[:100]!r}", 403)

    origin = request.headers.get("Origin")
    chromium = {f"chrome-extension://{i}" for i in config["EXTENSION_IDS"]}
    firefox = origin is not None and bool(MOZ_EXTENSION_ORIGIN.match(origin))
    # The service's own page (/admin) calls it from its own origin; only on a loopback Host, which a
    # rebinding page cannot send (it sends its own name, refused above).
    own = origin is not None and host_name(host) in LOOPBACK_HOSTS and origin == f"http://{host.strip().lower()}"
    if origin is not None and origin not in chromium and not firefox and not own:
        raise _refuse("forbidden_origin", f"requests from {origin[:100]!r} are refused: only the ThinkTwice "
                                          "extension and local programs may use this service", 403)

    preflight = request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
    if preflight and origin is not None:
        return
    presented = _bearer()
    if request.path in OPEN_PATHS and presented is None:
        return
    if presented is None:
        raise _refuse("missing_token", "pair first: send 'Authorization: Bearer <token>' "
                                       "(the token is printed by `thinktwice token`)", 401)
    if not svc["pairing"].matches(presented):
        raise _refuse("invalid_token", "the pairing token is wrong: copy it again from `thinktwice token`", 401)


def install(app: Flask) -> None:
    app.extensions["thinktwice"]["pairing"] = Pairing(app.config["DATA_DIR"], app.extensions["thinktwice"]["notes"])
    app.extensions["thinktwice"]["refusals"] = Refusals()
    app.before_request(check_request)

    @app.after_request
    def challenge(response):
        if response.status_code == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="thinktwice"'
        return response
