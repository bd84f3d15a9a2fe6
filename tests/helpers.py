"""Helpers shared by the tests: checking shortcuts and the real service under waitress on a free port."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from waitress.wasyncore import close_all
from werkzeug.datastructures import Headers

from thinktwice.engine import Engine
from thinktwice.service.pairing import token_path
from thinktwice.web import create_app
from thinktwice.web.serving import make_server

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def check(engine: Engine, text: str, org="lancaster-su", role="volunteer", account="official", action="post",
          replying_to=None) -> dict:
    request = {"text": text, "action": action, "context": {"org": org, "role": role, "account": account}}
    if replying_to:
        request["replying_to"] = replying_to
    return engine.check(request)


def warned(answer: dict) -> set[str]:
    """Categories warned at caution or warning (what the eval counts)."""
    return {w["category"] for w in answer["warnings"] if w["severity"] in ("caution", "warning")}


def staff_categories(engine: Engine, text: str, org="lancaster-su", role="staff", account="personal", action="post",
                     replying_to=None) -> set[str]:
    """The categories warned (as the eval counts them) for a post by staff from a personal account by default."""
    return warned(check(engine, text, org=org, role=role, account=account, action=action, replying_to=replying_to))


ORGS = ["lancaster-su", "leicester-su", "chester-su", "lancaster-university"]


def offensive_for(engine: Engine, text: str, org: str = "lancaster-su", **kw) -> bool:
    """Warned offensive from a personal account: as staff for the University (its guidance is for staff), as a
    volunteer (or the given role) for a union."""
    role = "staff" if org == "lancaster-university" else kw.pop("role", "volunteer")
    return "offensive" in warned(check(engine, text, org=org, role=role, account=kw.pop("account", "personal"), **kw))


@dataclass
class Response:
    status: int
    headers: Headers                # case-insensitive, as HTTP header names are
    body: bytes

    def json(self):
        return json.loads(self.body)


NO_TOKEN = object()


class LiveServer:
    """The real Flask app served by waitress (with the service's own limits) on 127.0.0.1 and an
    ephemeral port. Requests carry the pairing token read from the data directory, as a paired
    client's do, unless `token=` gives another one or NO_TOKEN."""

    def __init__(self, config: dict, **serve):
        self.app = create_app(config)
        self.token = token_path(self.app.config["DATA_DIR"]).read_text().strip()
        self._map: dict = {}
        self.server = make_server(self.app, host="127.0.0.1", port=0, map=self._map, **serve)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self._thread.start()

    def request(self, method: str, path: str, body=None, headers: dict | None = None, raw: bytes | None = None,
                token=None):
        headers = dict(headers or {})
        token = self.token if token is None else token
        if token is not NO_TOKEN:
            headers.setdefault("Authorization", f"Bearer {token}")
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return Response(resp.status, Headers(list(resp.headers.items())), resp.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, Headers(list(err.headers.items())), err.read())

    def stop(self):
        close_all(self._map)
        self.server.task_dispatcher.shutdown()
        self._thread.join(timeout=5)

