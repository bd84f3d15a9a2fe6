"""Issue 16 in Firefox ESR: one composer warning and one Like dialog on the X fixture, with the extension
paired with the real checker through the real native host (as in test_firefox_native_pairing.py, whose
fixture this reuses). The browser is driven by puppeteer-core over WebDriver BiDi in
tests/e2e/firefox/composer_and_like.mjs; ThinkTwice's closed shadow root cannot be opened from there,
so the script finds their words with window.find and clicks them with the mouse (see the script)."""

import json
import subprocess
from pathlib import Path

import pytest

from test_firefox_native_pairing import FIREFOX, native_home  # noqa: F401  (the fixture)

pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).resolve().parent / "firefox" / "composer_and_like.mjs"
OFFENSIVE = "That lecturer is a total c*nt"


def test_firefox_highlights_the_composer_asks_once_on_post_and_asks_before_a_like(native_home, pages, tmp_path):
    native_home.setup()
    profile = tmp_path / "firefox-profile"
    profile.mkdir()
    env = dict(native_home.env, TT_PAGE_URL=pages.url("x"), TT_SITE_HOSTS=json.dumps(pages.site_hosts()),
               TT_PROFILE_DIR=str(profile), TT_FIREFOX=str(FIREFOX))
    done = subprocess.run(["node", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=360)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from the Firefox script: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    seen = json.loads(lines[-1])
    assert seen.get("ok"), json.dumps(seen)  # what was seen before the failure, and the error
    print(f"\nFirefox ({seen['browser']}): launched in {seen['launchMs']} ms, paired {seen['pairingMs']} ms after set-up; "
          f"first highlight {seen['toHighlightMs']} ms after the first key (typing took {seen['typingMs']} ms)")

    assert seen["pairingSource"] == "automatic"
    assert seen["firstHighlight"] == ["Vote Labour"] and seen["highlighted"] == ["Vote Labour"]
    assert "political.party-vote" in seen["historyRules"]
    assert seen["clauseShown"] == 1, "the card does not cite the policy's clause 10.1"

    post = seen["postDialog"]
    assert post["title"] == 1, "not exactly one Post dialog"
    assert post["activity"] == [], "the page's post handler ran before the choice"
    assert post["afterEdit"] == 0, "the dialog is still shown after Edit"
    assert seen["afterEdit"] == {"activity": [], "text": "Vote Labour on Thursday!"}

    assert seen["clearedDraft"] == ""
    like = seen["likeDialog"]
    assert like["anyway"] == 1, "not exactly one Like dialog"
    assert like["quoted"] == 2, "the Like dialog does not quote the post (the timeline shows it once)"
    assert like["activity"] == []
    assert seen["afterLike"] == {"activity": [{"kind": "like", "text": OFFENSIVE}], "unliked": 1}
