"""Pictures on the X-like and Facebook-like fixture pages (issue 17, per site), in Chromium with the real
extension and the real service with its images extra: a picture attached through the site's own media
button and file chooser, or dragged from the desktop and dropped on the composer, is checked with the post;
the card lists its concern (Lancaster SU 10.1 for the official account) with a thumbnail; Post asks once
with it, and going ahead posts once. A drop the page fakes with a scripted DataTransfer causes no check.

The drop is a real one: Chromium's DevTools protocol (Input.dispatchDragEvent) carries a file from disk
into the page as the operating system hands over a user's drop, so the page and ThinkTwice get trusted
dragenter/dragover/drop events whose DataTransfer holds the file."""

import sys
import time
from pathlib import Path

import pytest

from e2e_helpers import CARD, DIALOG, type_into
from test_pictures import picture_items, save, wait_picture_concern

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def poster(tmp_path_factory):
    """A Pillow poster saying VOTE LABOUR (a party's image: Lancaster SU 10.1 on an official account)."""
    return save(cases.poster(["VOTE LABOUR"], size=90), tmp_path_factory.mktemp("site-pictures") / "vote-labour.png")


def drop_file(page, selector, path):
    """A user's drop of a file from the desktop onto the element: drag enters, moves over it, drops."""
    box = page.locator(selector).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    data = {"items": [], "files": [str(path)], "dragOperationsMask": 1}
    try:
        for kind in ("dragEnter", "dragOver", "drop"):
            cdp.send("Input.dispatchDragEvent", {"type": kind, "x": x, "y": y, "data": data})
    finally:
        cdp.detach()


def post_asks_once_then_posts(page, ui, post_button):
    """Post: exactly one question, listing the picture's concern with its thumbnail; going ahead posts once."""
    page.click(post_button)
    ui.wait_for(DIALOG)
    dialog = ui.text(DIALOG)
    assert "10.1" in dialog and "VOTE LABOUR" in dialog.upper(), dialog
    assert ui.count(DIALOG) == 1
    assert ui.count(f"{DIALOG} .tt-thumb img") >= 1
    assert page.evaluate("window.siteActivity") == [], "the page posted before the user chose"
    ui.click(f'{DIALOG} [data-choice="post"]')
    page.wait_for_function("window.siteActivity.length === 1")
    page.wait_for_timeout(600)  # not asked again, not posted twice
    assert ui.count(DIALOG) == 0
    return page.evaluate("window.siteActivity")


def test_x_picture_dropped_on_the_composer_is_checked_and_post_asks_once(ext, page, ui, pages, poster, artifacts):
    page.goto(pages.url("x"))
    page.click("#compose")
    started = time.monotonic()
    drop_file(page, "#compose", poster)
    page.wait_for_function("document.querySelectorAll('[data-testid=attachments] img').length === 1")
    items = wait_picture_concern(ui, "political.party-vote")
    print(f"\nX: drop -> picture concern shown: {(time.monotonic() - started) * 1000:.0f} ms")
    rule, message, clause, _, boxed = next(i for i in items if i[0] == "political.party-vote")
    assert "VOTE LABOUR" in message.upper() and "10.1" in clause and boxed
    page.wait_for_timeout(1800)  # the site's blob: preview of the same file is not a second picture
    assert [i[0] for i in picture_items(ui)].count("political.party-vote") == 1
    page.screenshot(path=str(artifacts / "x-card-picture-dropped.png"))
    # A picture alone is the post.
    assert post_asks_once_then_posts(page, ui, '[data-testid="tweetButtonInline"]') == [{"kind": "post", "text": "", "pictures": 1}]


def picture_from_the_sites_button(page, ui, pages, poster, site, field, button):
    """Write a caption, choose the poster through the site's own attach button; the card's concerns."""
    page.goto(pages.url(site))
    type_into(page, field, "see you there!")
    with page.expect_file_chooser() as chooser:
        page.click(button)
    started = time.monotonic()
    chooser.value.set_files(poster)
    items = wait_picture_concern(ui, "political.party-vote")
    print(f"\n{site}: {button} -> picture concern shown: {(time.monotonic() - started) * 1000:.0f} ms")
    return items


def test_x_picture_from_the_media_button_is_checked_with_the_text(ext, page, ui, pages, poster):
    picture_from_the_sites_button(page, ui, pages, poster, "x", "#compose", '[aria-label="Add photos or video"]')
    assert post_asks_once_then_posts(page, ui, '[data-testid="tweetButtonInline"]') == [
        {"kind": "post", "text": "see you there!", "pictures": 1}]


def test_x_drop_faked_by_the_page_causes_no_check(ext, page, ui, pages, poster):
    page.goto(pages.url("x"))
    before = ext.service.checks()
    with open(poster, "rb") as f:
        data = list(f.read())
    page.evaluate("""(bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], "vote-labour.png", { type: "image/png" }));
        const target = document.getElementById("compose");
        for (const type of ["dragenter", "dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
        }
    }""", data)
    page.wait_for_function("document.querySelectorAll('[data-testid=attachments] img').length === 1")  # the page took it
    page.wait_for_timeout(1500)
    assert ext.service.checks() == before
    assert ui.count(CARD) == 0


def test_facebook_photo_video_button_picture_is_checked_and_post_asks_once(ext, page, ui, pages, poster):
    items = picture_from_the_sites_button(page, ui, pages, poster, "facebook", "#composer", '[aria-label="Photo/video"]')
    assert any("10.1" in clause for rule, _, clause, _, _ in items if rule == "political.party-vote")
    assert post_asks_once_then_posts(page, ui, '[aria-label="Post"][role="button"]') == [
        {"kind": "post", "text": "see you there!", "pictures": 1}]


def test_picture_chosen_before_the_caption_box_exists_is_checked_when_the_caption_is_written(ext, page, ui, pages, poster):
    """Instagram's Create new post asks for the picture first and makes the caption box two steps later."""
    ext.configure(officialAccounts=[{"site": "generic", "handle": "*"}])
    page.goto(pages.url("generic", "create-post-pictures.html"))
    before = ext.service.checks()
    page.set_input_files("#pick", poster)
    page.wait_for_timeout(800)
    assert ext.service.checks() == before, "checked before there was a post to check it with"
    page.click("#next")
    started = time.monotonic()
    type_into(page, "#caption", "see you there!")
    wait_picture_concern(ui, "political.party-vote")
    print(f"\ncreate dialog: caption typed -> picture concern shown: {(time.monotonic() - started) * 1000:.0f} ms")
