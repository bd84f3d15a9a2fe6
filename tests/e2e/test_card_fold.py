"""The card's "N more concerns ↓" counts other concerns only (issue 17, follow-up): in an 800×600 window the
card below a composer with a picture is too short for its one concern (the thumbnail, the words read, the
advice and the buttons), and it said "1 concern" beside "1 more concern ↓". Now a concern the user is
reading, cut by the card's fold, is not "more": the button says "Rest of this concern ↓" and brings the
rest into view; with several concerns the others below the fold are counted as before."""

import re
import sys
from pathlib import Path

import pytest

from e2e_helpers import CARD, type_into
from test_pictures import save, wait_picture_concern

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

pytestmark = pytest.mark.e2e

FOLD = """function () {
    const card = this.querySelector(".tt-card"), more = card.querySelector(".tt-more");
    const footer = card.querySelector("footer").getBoundingClientRect();
    const c = card.getBoundingClientRect();
    return {
        count: card.querySelector(".tt-count").textContent,
        more: more.hidden ? null : more.textContent,
        clipped: card.scrollHeight > card.clientHeight,
        items: [...card.querySelectorAll("li.tt-warning")].map(li => {
            const r = li.getBoundingClientRect();
            return {top: r.top - c.top, bottom: r.bottom - c.top, fold: footer.top - c.top};
        }),
        buttonsInView: [...card.querySelectorAll("li.tt-warning .tt-dismiss")].map(b => b.getBoundingClientRect().bottom <= footer.top + 1),
    };
}"""


@pytest.fixture()
def small_window(ext, page):
    page.set_viewport_size({"width": 800, "height": 600})
    ext.configure(officialAccounts=[{"site": "generic", "handle": "*"}])
    page.goto(page.site_url("generic", "pictures.html"))
    yield page
    page.set_viewport_size({"width": 1280, "height": 720})


def test_one_concern_cut_by_the_fold_is_not_one_more(small_window, ui, tmp_path):
    feed = small_window
    type_into(feed, "#post-text", "see you there!")
    feed.set_input_files("#attach", save(cases.poster(["VOTE LABOUR"], size=90), tmp_path / "poster.png"))
    wait_picture_concern(ui, "political.party-vote")
    feed.wait_for_timeout(2000)  # the site's preview and the thumbnail have loaded
    fold = ui.call(FOLD)
    assert fold["count"] == "1 concern"
    assert fold["clipped"], f"the card is not cut by its fold here, so this shows nothing: {fold}"
    assert fold["more"] == "Rest of this concern ↓", fold
    assert fold["buttonsInView"] == [False]
    ui.click(f"{CARD} .tt-more")
    feed.wait_for_timeout(300)
    after = ui.call(FOLD)
    assert after["buttonsInView"] == [True], after
    assert after["more"] is None, after


def test_several_concerns_count_the_others_below_the_fold(small_window, ui, tmp_path):
    feed = small_window
    type_into(feed, "#post-text", "Vote Labour! Call Sam on 07700 900123, use code SAVE10 at checkout")
    feed.set_input_files("#attach", save(cases.poster(["VOTE LABOUR"], size=90), tmp_path / "poster.png"))
    wait_picture_concern(ui, "political.party-vote")
    feed.wait_for_timeout(2000)
    fold = ui.call(FOLD)
    n = len(fold["items"])
    assert n >= 3, fold
    below = sum(1 for i in fold["items"] if i["bottom"] > i["fold"] + 1 and i["top"] >= 0)
    match = re.fullmatch(r"(\d+) more concerns? ↓", fold["more"] or "")
    assert match, fold
    assert 1 <= int(match.group(1)) <= below and int(match.group(1)) < n
