"""Issue 17 in Firefox ESR: a picture chosen in the composer's file input is checked with the post and the
card shows its concern (a VOTE LABOUR poster: Lancaster SU 10.1 on an official account); Post asks once.
The browser is driven by puppeteer-core over WebDriver BiDi in tests/e2e/firefox/pictures.mjs, with the
extension set to the session's real checker (its images extra installed) by address and token."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_firefox_native_pairing import FIREFOX, PUPPETEER, missing

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).resolve().parent / "firefox" / "pictures.mjs"


def test_firefox_picture_by_file_input_shows_its_concern_and_post_asks_once(service, pages, tmp_path, artifacts):
    for need in (FIREFOX, PUPPETEER):
        if not need.exists():
            missing(need)
    if not shutil.which("node"):
        missing("node")
    poster = tmp_path / "vote-labour.png"
    cases.poster(["VOTE LABOUR"], size=90).convert("RGB").save(poster, "PNG")
    profile = tmp_path / "firefox-profile"
    profile.mkdir()
    home = tmp_path / "home"  # no native host registered here: the address and token are the settings'
    home.mkdir()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "TT_SERVICE_URL": service.url,
           "TT_TOKEN": service.token, "TT_PAGE_URL": pages.url("generic", "pictures.html"),
           "TT_SITE_HOSTS": json.dumps(pages.site_hosts()), "TT_PICTURE": str(poster),
           "TT_SCREENSHOT": str(artifacts / "firefox-card-picture.png"),
           "TT_PROFILE_DIR": str(profile), "TT_FIREFOX": str(FIREFOX)}
    done = subprocess.run(["node", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=360)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from the Firefox script: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    seen = json.loads(lines[-1])
    assert seen.get("ok"), json.dumps(seen)
    print(f"\nFirefox ({seen['browser']}): file chosen -> picture concern on the card {seen['toConcernMs']} ms")

    assert seen["changeTrusted"] is True, "the file input's change did not arrive as a user's would"
    assert seen["beforePicture"] == 0, "the caption alone raised a 10.1 concern"
    card = seen["card"]
    assert card["clause"] >= 1 and card["found"] >= 1, card
    assert card["words"] >= 1, "the words read in the picture are not shown"
    assert card["previews"] == 1
    assert "political.party-vote" in seen["historyRules"]
    post = seen["postDialog"]
    assert post["title"] == 1, "not exactly one Post dialog"
    assert post["activity"] == [], "the page's post handler ran before the choice"
