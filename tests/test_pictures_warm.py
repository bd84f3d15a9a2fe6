"""POST /v1/pictures/warm (issue 17): the extension asks the service to load its picture models when the
user starts attaching, so the first picture does not wait for them. Through the real service in its own
process: the same token and origin checks as /v1/check, idempotent, and images_unavailable without the extra."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime", reason="the images extra is not installed")

from service_process import ServiceProcess  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

LANCS_OFFICIAL = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
WARM = "/v1/pictures/warm"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = ServiceProcess(tmp_path_factory.mktemp("warm") / "data")
    yield svc
    svc.stop()


def refused(svc, headers: dict) -> tuple[int, dict]:
    import json

    conn = svc.connection()
    conn.request("POST", WARM, headers=headers)
    resp = conn.getresponse()
    return resp.status, json.loads(resp.read())


def test_warming_needs_the_token_and_the_extensions_origin(service):
    status, answer = refused(service, {})
    assert status == 401 and answer["error"]["code"] == "missing_token"
    status, answer = refused(service, {"Authorization": "Bearer wrong"})
    assert status == 401 and answer["error"]["code"] == "invalid_token"
    status, answer = refused(service, {"Authorization": f"Bearer {service.token}", "Origin": "https://evil.example"})
    assert status == 403 and answer["error"]["code"] == "forbidden_origin"


def test_warming_loads_the_models_once_and_the_first_picture_finds_them_loaded(service):
    conn = service.connection(timeout=120)
    before = service.rss_kib()
    status, answer = service.call(conn, "POST", WARM)
    assert (status, answer) == (202, {"status": "started"})
    status, answer = service.call(conn, "POST", WARM)
    assert (status, answer) == (200, {"status": "already_started"})
    # The text reader's models (ONNX Runtime sessions) load on a thread of their own: the service grows by
    # them without any picture sent.
    deadline = time.monotonic() + 90
    while service.rss_kib() < before + 60 * 1024 and time.monotonic() < deadline:
        time.sleep(0.2)
    grown = (service.rss_kib() - before) / 1024
    assert grown >= 60, f"the service grew by only {grown:.0f} MB after warming"
    status, answer = service.call(conn, "POST", WARM, body={})
    assert (status, answer) == (200, {"status": "already_started"})
    poster = cases.encoded(cases.poster(["VOTE LABOUR"]))
    status, answer = service.call(conn, "POST", "/v1/check", {"text": "", "images": [poster], "context": LANCS_OFFICIAL})
    assert status == 200 and any(w.get("image") == 0 and w["clause"]["ref"] == "10.1" for w in answer["warnings"]), answer


def test_without_the_extra_warming_says_images_unavailable(tmp_path):
    """The test of /v1/check's images_unavailable (tests/test_images.py): a rapidocr_onnxruntime that raises
    ImportError shadows the installed one."""
    blocker = tmp_path / "blocked" / "rapidocr_onnxruntime"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n")
    svc = ServiceProcess(tmp_path / "data", env={"PYTHONPATH": f"{blocker.parent}:{ROOT / 'server'}"})
    try:
        conn = svc.connection(timeout=60)
        for _ in range(2):
            status, answer = svc.call(conn, "POST", WARM)
            assert status == 503 and answer["error"]["code"] == "images_unavailable"
            assert "thinktwice[images]" in answer["error"]["message"]
    finally:
        svc.stop()
