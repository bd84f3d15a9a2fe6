"""Every error is JSON: {"error": {"code": ..., "message": ...}}; nothing answers with a traceback."""
from __future__ import annotations

import json
import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from ..request import RequestError

log = logging.getLogger(__name__)

# The HTTP status of each refusal the checker itself makes (request.py, engine.py); any other is a 400.
STATUS = {"text_too_long": 413, "check_timeout": 503, "image_too_large": 413, "images_unavailable": 503}


class Refusal(RequestError):
    """A refusal made by the web layer itself, with its HTTP status (401, 403, 409, 415...)."""

    def __init__(self, code: str, message: str, status: int):
        super().__init__(code, message)
        self.status = status


def status_of(exc: RequestError) -> int:
    return exc.status if isinstance(exc, Refusal) else STATUS.get(exc.code, 400)


def error_body(code: str, message: str) -> bytes:
    """The JSON of an error, for answers made outside Flask (web/serving.py: waitress's own, the load shedder)."""
    return json.dumps({"error": {"code": code, "message": message}}).encode("utf-8")


def error_response(code: str, message: str, status: int):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(RequestError)
    def request_error(exc: RequestError):
        return error_response(exc.code, exc.message, status_of(exc))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        code = (exc.name or "error").lower().replace(" ", "_")
        if exc.code == 413:
            message = f"the request body is larger than {app.config['MAX_CONTENT_LENGTH']} bytes"
        else:
            message = exc.description or exc.name
        response = error_response(code, message, exc.code or 500)
        for name, value in exc.get_headers():
            if name.lower() in ("allow", "retry-after"):        # e.g. the methods a 405 path takes
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # Log the type only: the request may carry post text, which never goes to logs.
        log.error("internal error: %s", type(exc).__name__)
        return error_response("internal_error", "the checker failed on this request", 500)
