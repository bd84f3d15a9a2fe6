"""Issue 15 in Firefox ESR: the same pairing as test_native_pairing.py, with the real `thinktwice setup`
(which writes Firefox's manifest to ~/.mozilla/native-messaging-hosts, the only per-user place Firefox
reads, HOME being the test's own) and the real host. The browser is driven by puppeteer-core over
WebDriver BiDi in tests/e2e/firefox/native_pairing.mjs; this test prepares the home, serves the
fixture pages, checks what the script saw, and stops the checker the host started."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from native_helpers import NativeHome

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "firefox" / "native_pairing.mjs"
FIREFOX = Path(os.environ.get("THINKTWICE_FIREFOX", "/usr/bin/firefox-esr"))
PUPPETEER = ROOT / "tests" / "js" / "tooling" / "node_modules" / "puppeteer-core" / "package.json"


def missing(what):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing in CI: scripts/setup-browser-tests.sh should have installed it")
    pytest.skip(f"{what} is not installed (run scripts/setup-browser-tests.sh)")


@pytest.fixture()
def native_home(tmp_path):
    for need in (FIREFOX, PUPPETEER):
        if not need.exists():
            missing(need)
    if not shutil.which("node"):
        missing("node")
    home = NativeHome(tmp_path)
    assert home.health() is None
    yield home
    home.stop_service()
    assert home.health() is None, "the checker started by the host still answers"


def test_firefox_starts_and_pairs_through_the_host_and_warns_with_no_token_typed(native_home, pages, tmp_path):
    written = native_home.setup()         # as a user runs it: for the browsers found
    manifest = native_home.home / ".mozilla" / "native-messaging-hosts" / "org.thinktwice.host.json"
    assert str(manifest) in written
    assert json.loads(manifest.read_text())["allowed_extensions"] == ["thinktwice@thinktwice.invalid"]
    assert native_home.health() is None

    env = dict(native_home.env, TT_PAGE_URL=pages.url("x"), TT_SITE_HOSTS=json.dumps(pages.site_hosts()),
               TT_PROFILE_DIR=str(tmp_path / "firefox-profile"), TT_FIREFOX=str(FIREFOX))
    (tmp_path / "firefox-profile").mkdir()
    done = subprocess.run(["node", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=360)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from the Firefox script: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    seen = json.loads(lines[-1])
    assert seen.get("ok"), seen.get("error") or seen

    print(f"\nFirefox ({seen['browser']}): browser start -> first warning {seen['toWarningMs'] / 1000:.2f} s "
          f"(launched {seen['launchedMs'] / 1000:.2f} s, extension installed {seen['installedMs'] / 1000:.2f} s, "
          f"paired {seen['pairedMs'] / 1000:.2f} s, "
          f"host asked {seen['askedHostMs'] / 1000:.2f} s; hello/start/pair took "
          f"{seen['native']['finishedAt'] - seen['native']['attemptAt']} ms, checker started: {seen['native']['started']})")
    times = sorted(t["ms"] for t in seen["helloTrips"])
    print(f"Firefox: host round trip (hello) median {times[len(times) // 2]:.0f} ms, "
          f"range {times[0]:.0f}-{times[-1]:.0f} ms over {len(times)}")
    assert all(t["running"] for t in seen["helloTrips"])
    assert any("Vote Labour" in h for h in seen["highlighted"])
    assert "political.party-vote" in seen["historyRules"]
    # Started by the host on the test's port, paired with the token in the data directory; none typed.
    assert native_home.record()["address"] == native_home.address
    assert native_home.health()["status"] == "ok"
    assert seen["native"]["host"] == "found" and seen["native"]["started"] is True
    assert seen["pairing"]["source"] == "automatic"
    assert seen["pairing"]["address"] == native_home.address
    assert seen["pairing"]["token"] == (native_home.data_dir / "token").read_text().strip()
    assert seen["settingsToken"] == ""
    options = seen["options"]
    assert options["summary"].startswith("Checker running · paired · rules ")
    assert options["pairing"] == "Paired automatically: nothing to type."
    assert options["setupHelpHidden"] is True and options["tokenField"] == ""
    assert sorted(options["orgs"]) == ["chester-su", "lancaster-su", "lancaster-university", "leicester-su"]
    assert seen["optionsHasToken"] is False
