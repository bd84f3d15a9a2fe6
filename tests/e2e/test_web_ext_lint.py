"""Firefox compatibility: Mozilla's `web-ext lint` finds no errors in the extension."""

import json
import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
WEB_EXT = ROOT / "tests" / "js" / "tooling" / "node_modules" / ".bin" / "web-ext"


def test_web_ext_lint_reports_no_errors():
    if not WEB_EXT.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("web-ext is missing in CI: scripts/setup-browser-tests.sh should have installed it")
        pytest.skip("web-ext is not installed: run scripts/setup-browser-tests.sh")
    result = subprocess.run(
        [str(WEB_EXT), "lint", "--source-dir", str(ROOT / "extension"), "--output", "json", "--no-input"],
        capture_output=True, text=True, timeout=300,
    )
    report = json.loads(result.stdout)
    errors = [f"{m['code']}: {m['message']} ({m.get('file')})" for m in report["errors"]]
    assert errors == [], errors
    # Expected: Firefox ignores background.service_worker (it uses background.scripts).
    unexpected = [m["code"] for m in report["warnings"] if m["code"] != "BACKGROUND_SERVICE_WORKER_IGNORED"]
    assert unexpected == []
