"""The /v1 API. The contract is documented in docs/api.md and served as OpenAPI at /v1/openapi.json."""
from __future__ import annotations

import json
from importlib.resources import files

from flask import Blueprint, Response, current_app, jsonify, request

from .. import __version__, answer
from ..pack.load import BUILT_IN_RULES
from ..request import RequestError
from ..service import audit
from ..service.store import allowed_settings
from ..vocab import ACCOUNTS, ACTIONS, CATEGORIES, ROLES
from .errors import Refusal

bp = Blueprint("api", __name__, url_prefix="/v1")
MAX_JSON_DEPTH = 16
MAX_TEXT_BODY = 256 * 1024      # a body without pictures; with them, up to the app's MAX_CONTENT_LENGTH


def _service():
    return current_app.extensions["thinktwice"]


def _depth(value, limit: int, level: int = 1) -> int:
    if level > limit:
        return level
    if isinstance(value, dict):
        return max((_depth(v, limit, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, limit, level + 1) for v in value), default=level)
    return level


def json_body() -> object:
    if not request.is_json:
        raise Refusal("unsupported_media_type", "send the request as JSON with Content-Type: application/json", 415)
    raw = request.get_data(cache=False)
    if len(raw) > MAX_TEXT_BODY and b'"images"' not in raw:
        raise Refusal("request_entity_too_large", f"the request body is larger than {MAX_TEXT_BODY} bytes "
                                                  "(only a body with 'images' may be larger)", 413)
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        message = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise RequestError("invalid_json", f"the request body is not valid JSON: {message}") from None
    if len(raw) > MAX_TEXT_BODY and not (isinstance(body, dict) and body.get("images")):
        raise Refusal("request_entity_too_large", f"the request body is larger than {MAX_TEXT_BODY} bytes "
                                                  "and carries no pictures (only a body with 'images' may be larger)", 413)
    # Counting brackets bounds the depth in one C-level pass; walk the value only when it might be too deep.
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_DEPTH and _depth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise RequestError("too_deep", f"the request body is nested more than {MAX_JSON_DEPTH} levels deep")
    return body


@bp.get("/health")
def health():
    engine = _service()["engine"]
    return jsonify({"status": "ok", "version": __version__, "rules_version": engine.pack.version,
                    "notes": list(_service()["notes"])})


@bp.post("/check")
def check():
    svc = _service()
    checked = svc["engine"].check(json_body(), defaults=svc["settings"].get())
    return Response(answer.encode(checked), mimetype="application/json")


@bp.post("/pictures/warm")
def warm_pictures():
    """The user is about to attach a picture: load the picture models now. Idempotent; no body needed."""
    started = _service()["engine"].pictures.warm()
    return jsonify({"status": "started" if started else "already_started"}), 202 if started else 200


@bp.get("/orgs")
def orgs():
    pack = _service()["engine"].pack
    return jsonify({"orgs": [{
        "id": p.id, "name": p.name, "short_name": p.short_name, "policy": p.policy_title,
        "roles": p.roles, "accounts": list(ACCOUNTS), "comms_contact": p.comms_contact,
        "categories": sorted({c for m in p.mappings for c in m.categories}
                             | {pack.rule(r).category for m in p.mappings for r in m.rules}),
        "clauses": [{"ref": c.ref, "title": c.title, "summary": c.summary} for c in p.clauses.values()],
    } for p in pack.profiles.values()]})


def _installed_rules() -> dict:
    svc = _service()
    pack = svc["engine"].pack
    updates = svc["rules"].describe()
    return {
        "installed": {"name": pack.name, "version": pack.version, "created": pack.created,
                      "as_of": pack.as_of, "review_by": pack.review_by, "files": pack.files,
                      **updates.pop("installed")},
        **updates,
    }


@bp.get("/rules")
def rules():
    pack = _service()["engine"].pack
    return jsonify({
        **_installed_rules(),
        "rules": [{"id": r.id, "category": r.category, "message": r.message, "advice": r.advice,
                   "max_severity": r.max_severity, "source": r.source} for r in [*pack.rules, *BUILT_IN_RULES]
                  if r.category != "signal"],
        "vocabulary": {"actions": list(ACTIONS), "roles": list(ROLES), "accounts": list(ACCOUNTS),
                       "categories": list(CATEGORIES)},
    })


@bp.post("/rules/update")
def update_rules():
    """Check the update feed now; answers the outcome and what is installed afterwards."""
    outcome = _service()["rules"].check_now()
    if outcome is None:
        raise Refusal("updates_not_configured", "no update feed is configured: start the service with "
                                                "--update-url URL --trusted-key KEY", 409)
    return jsonify({**_installed_rules(), "last_update": outcome})


@bp.get("/settings")
def get_settings():
    return jsonify({"settings": _service()["settings"].get()})


@bp.put("/settings")
def put_settings():
    svc = _service()
    body = json_body()
    if not isinstance(body, dict):
        raise RequestError("invalid_body", "the request body must be a JSON object")
    allowed = allowed_settings(svc["engine"].pack)
    for key, value in body.items():
        if key not in allowed:
            raise RequestError("unknown_field", f"unknown setting {key!r}; settings are {', '.join(allowed)}")
        if value is not None and value not in allowed[key]:
            raise RequestError(f"unknown_{key}", f"unknown {key} {value!r}; expected one of {', '.join(allowed[key])}")
    return jsonify({"settings": svc["settings"].update(body)})


@bp.post("/audit")
def record_audit():
    """One decision on a warning: what it was about and what the user did, never the text."""
    svc = _service()
    pack = svc["engine"].pack
    entry = audit.validate(json_body(), pack.profiles, audit.rule_ids(pack))
    response = jsonify({"recorded": svc["audit"].record(entry)})
    response.status_code = 201
    return response


@bp.get("/audit")
def list_audit():
    log = _service()["audit"]
    return jsonify({"entries": log.entries(), "retention_days": log.retention_days})


@bp.delete("/audit")
def clear_audit():
    return jsonify({"removed": _service()["audit"].clear()})


@bp.get("/openapi.json")
def openapi():
    spec = files("thinktwice.web").joinpath("openapi.json").read_text(encoding="utf-8")
    return Response(spec, mimetype="application/json")
