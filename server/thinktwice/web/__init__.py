"""The local HTTP service: an application factory in the manner of Flask's tutorial.

    app = create_app({"DATA_DIR": "...", "RULES_DIR": "..."})
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask
from flask_cors import CORS

from ..engine import DEFAULT_MAX_TEXT, Engine, default_rules_dir
from ..store import Settings, default_data_dir
from . import api, errors

# Browser extensions are the only web clients; pages on other origins get no CORS grant.
EXTENSION_ORIGINS = [r"^chrome-extension://[a-p]{32}$", r"^moz-extension://[0-9a-f-]{36}$"]


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        DATA_DIR=str(default_data_dir()),
        RULES_DIR=None,
        MAX_TEXT_CHARS=DEFAULT_MAX_TEXT,
        MAX_CONTENT_LENGTH=256 * 1024,
        JSON_SORT_KEYS=False,
    )
    app.config.from_prefixed_env("THINKTWICE")
    if config:
        app.config.update(config)

    data_dir = Path(app.config["DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir)
    engine = Engine.from_directory(app.config["RULES_DIR"] or default_rules_dir(),
                                   max_text=int(app.config["MAX_TEXT_CHARS"]))
    app.extensions["thinktwice"] = {"engine": engine, "settings": settings}

    CORS(app, resources={r"/v1/*": {"origins": EXTENSION_ORIGINS}},
         allow_headers=["Content-Type", "Authorization"], methods=["GET", "POST", "PUT", "OPTIONS"])
    app.register_blueprint(api.bp)
    errors.register(app)
    logging.getLogger("waitress").setLevel(logging.WARNING)
    return app
