"""The comms team's page, served by the service itself at /admin: plain HTML and a little JavaScript.

Only this machine may use it: the security hook already refuses Host names other than this
machine's; here the connection itself must also come from a loopback address (so `--allow-remote`
does not expose it). Nothing under /admin is served to another site: a request a browser marks
`Sec-Fetch-Site: cross-site` or `same-site` (a page loading /admin/admin.js to learn that ThinkTwice runs
here) is refused, as the security hook refuses a foreign Origin.

The page holds no data and no secret: everything it shows comes from the API with the pairing token,
which the page keeps in memory only. The user pastes the token, or types the one-time code
`thinktwice admin` prints, which POST /admin/session trades for the token once (service/admin_code.py).
"""
from __future__ import annotations

from importlib.resources import files

from flask import Blueprint, Response, current_app, jsonify, request

from ..request import RequestError
from ..service.admin_code import CODE_SHAPE, normalise
from .api import json_body
from .errors import Refusal

bp = Blueprint("admin", __name__, url_prefix="/admin")
# Static, no data, so no token needed; and /admin/session, which takes a one-time code instead.
OPEN_PATHS = frozenset({"/admin", "/admin/admin.js", "/admin/admin.css", "/admin/session"})
LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}
SAME_PAGE = ("same-origin", "none")       # Sec-Fetch-Site of the page's own requests, and of typing its address
_TYPES = {"html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}


@bp.before_request
def local_only():
    if request.remote_addr not in LOOPBACK:
        raise Refusal("forbidden_remote", "the comms-team page is only available on this machine", 403)
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in SAME_PAGE:
        raise Refusal("forbidden_site", f"the comms-team page is not served to other sites (Sec-Fetch-Site: "
                                        f"{site[:40]}); open it by typing its address", 403)


def _asset(name: str) -> Response:
    body = files("thinktwice.web").joinpath("static", name).read_text(encoding="utf-8")
    response = Response(body, content_type=_TYPES[name.rsplit(".", 1)[1]])
    response.headers["Content-Security-Policy"] = ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                                   "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                                                   "form-action 'none'; frame-ancestors 'none'")
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("")
def page():
    return _asset("admin.html")


@bp.get("/admin.js")
def script():
    return _asset("admin.js")


@bp.get("/admin.css")
def style():
    return _asset("admin.css")


@bp.post("/session")
def session():
    """Trade the one-time code `thinktwice admin` printed for the pairing token (once)."""
    body = json_body()
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, str) or not CODE_SHAPE.match(normalise(code)):
        raise RequestError("invalid_code", "send {\"code\": \"ABCD-EFGH\"}: the one-time code `thinktwice admin` "
                                           "prints")
    svc = current_app.extensions["thinktwice"]
    if not svc["admin_codes"].redeem(code):
        raise Refusal("code_refused", "that code is wrong, used or expired: run `thinktwice admin` for a new one, "
                                      "or paste the token `thinktwice token` prints", 403)
    response = jsonify({"token": svc["pairing"].token})
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/clauses")
def clauses():
    """Each organisation's clauses with the rules that cite them and those rules' examples."""
    pack = current_app.extensions["thinktwice"]["engine"].pack
    orgs = []
    for profile in pack.profiles.values():
        by_clause = []
        for clause in profile.clauses.values():
            mappings = [m for m in profile.mappings if m.clause == clause.ref]
            rules = [r for r in pack.rules if r.category != "signal" and any(
                r.id in m.rules or (not m.rules and r.category in m.categories) for m in mappings)]
            by_clause.append({
                "ref": clause.ref, "title": clause.title, "summary": clause.summary,
                "when": [{"severity": m.severity, "accounts": m.accounts, "roles": m.roles, "actions": m.actions,
                          "categories": m.categories, "rules": m.rules} for m in mappings],
                "rules": [{"id": r.id, "category": r.category, "message": r.message, "source": r.source,
                           "should_warn": r.should_warn, "should_not_warn": r.should_not_warn} for r in rules],
            })
        orgs.append({"id": profile.id, "name": profile.name, "policy": profile.policy_title,
                     "clauses": by_clause,
                     "examples": [{"text": e.get("text"), "action": e.get("action", "post"),
                                   "context": e.get("context", {}), "expect": e.get("expect", [])}
                                  for e in profile.examples]})
    return jsonify({"version": pack.version, "orgs": orgs})
