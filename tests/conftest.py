"""Shared fixtures: the real engine on the bundled rules, and the real service under waitress on a free port."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from waitress import create_server
from waitress.wasyncore import close_all

from thinktwice.engine import Engine, default_rules_dir
from thinktwice.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_directory(default_rules_dir())


def check(engine: Engine, text: str, org="lancaster-su", role="volunteer", account="official", action="post",
          replying_to=None) -> dict:
    request = {"text": text, "action": action, "context": {"org": org, "role": role, "account": account}}
    if replying_to:
        request["replying_to"] = replying_to
    return engine.check(request)


def warned(answer: dict) -> set[str]:
    """Categories warned at caution or warning (what the eval counts)."""
    return {w["category"] for w in answer["warnings"] if w["severity"] in ("caution", "warning")}


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


class LiveServer:
    """The real Flask app served by waitress on 127.0.0.1 and an ephemeral port."""

    def __init__(self, config: dict):
        self.app = create_app(config)
        self._map: dict = {}
        self.server = create_server(self.app, map=self._map, host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self._thread.start()

    def request(self, method: str, path: str, body=None, headers: dict | None = None, raw: bytes | None = None):
        headers = dict(headers or {})
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return Response(resp.status, dict(resp.headers), resp.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, dict(err.headers), err.read())

    def stop(self):
        close_all(self._map)
        self.server.task_dispatcher.shutdown()
        self._thread.join(timeout=5)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    server = LiveServer({"DATA_DIR": str(tmp_path_factory.mktemp("data"))})
    yield server
    server.stop()
