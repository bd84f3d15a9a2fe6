"""The local HTTP service: an application factory in the manner of Flask's tutorial.

    app = create_app({"DATA_DIR": "...", "RULES_DIR": "..."})

It always starts: a data file that cannot be used (hand-edited, the wrong types, a directory where a
file should be) is moved aside and defaults apply, and each repair is a note, logged at start and
listed by GET /v1/health. There is no static route: the only files served are the comms-team page's,
by web/admin.py, with its headers.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask
from flask_cors import CORS

from ..service.audit import DEFAULT_RETENTION_DAYS, AuditLog
from ..budget import DEFAULT_BUDGET_MS
from ..engine import DEFAULT_MAX_TEXT
from ..files import Notes
from ..service.admin_code import AdminCodes
from ..service.rules import DEFAULT_INTERVAL, RuleService
from ..service.store import Settings, allowed_settings, default_data_dir, private_data_dir
from . import admin, api, errors, security


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, static_folder=None)
    app.config.update(
        DATA_DIR=str(default_data_dir()),
        RULES_DIR=None,
        MAX_TEXT_CHARS=DEFAULT_MAX_TEXT,
        # Four pictures of 10 MB in base64 (api.py refuses over MAX_TEXT_BODY a body that has no pictures).
        MAX_CONTENT_LENGTH=56 * 1024 * 1024,
        CHECK_BUDGET_MS=DEFAULT_BUDGET_MS,
        AUDIT_RETENTION_DAYS=DEFAULT_RETENTION_DAYS,
        # Who may call (web/security.py): Host names, and the Chromium extension id(s) fixed by the manifest key.
        ALLOWED_HOSTS=list(security.LOOPBACK_HOSTS),
        EXTENSION_IDS=[security.CHROMIUM_EXTENSION_ID],
        # Rule updates (service/rules.py): the published feed, the keys trusted to sign it, how often to look.
        UPDATE_URL=None,
        TRUSTED_KEYS=[],
        UPDATE_INTERVAL=DEFAULT_INTERVAL,
        UPDATE_CHECK_AT_START=True,
    )
    # Answers keep their documented field order and skip pretty-printing: every check is serialised.
    app.json.sort_keys = False
    app.json.compact = True
    app.config.from_prefixed_env("THINKTWICE")
    if config:
        app.config.update(config)

    notes = Notes()
    data_dir = private_data_dir(Path(app.config["DATA_DIR"]), notes)
    settings = Settings(data_dir, notes)
    audit = AuditLog(data_dir, retention_days=int(app.config["AUDIT_RETENTION_DAYS"]), notes=notes)
    rule_service = RuleService(app.config, data_dir, notes)
    settings.keep_only(allowed_settings(rule_service.engine.pack))
    app.extensions["thinktwice"] = {"engine": rule_service.engine, "settings": settings, "audit": audit,
                                    "rules": rule_service, "notes": notes, "admin_codes": AdminCodes(data_dir)}
    rule_service.attach(app.extensions["thinktwice"])
    security.install(app)

    CORS(app, resources={r"/v1/*": {"origins": security.cors_origins(app.config["EXTENSION_IDS"])}},
         allow_headers=["Content-Type", "Authorization"], methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
         always_send=False)
    app.register_blueprint(api.bp)
    app.register_blueprint(admin.bp)
    errors.register(app)
    rule_service.start()
    logging.getLogger("waitress").setLevel(logging.WARNING)
    return app
