"""Pictures attached to a post (issue 17, the extension's side), in Chromium with the real extension and the
real service with its images extra: a picture chosen in a file input or pasted into the composer is checked
with the post; the card lists its concern with a thumbnail (and the place found, drawn on it) and the
clause; Post asks with the picture's concern; a picture with nothing in it raises nothing; a new profile
photo is checked on its own; a service without the images extra makes the card say "Pictures not checked"
while the text's concerns still show. axe finds nothing in a card with a picture concern."""

import io
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from axe_check import axe_violations
from e2e_helpers import CARD, DIALOG, type_into

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

pytestmark = pytest.mark.e2e

PICTURE_CONCERN = f"{CARD} li.tt-warning:has(.tt-thumb)"


def save(image, path, kind="PNG"):
    image.convert("RGB").save(path, kind)
    return str(path)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    d = tmp_path_factory.mktemp("pictures")
    return {
        "poster": save(cases.poster(["VOTE LABOUR"], size=90), d / "poster.png"),
        "face": save(cases.sample("astronaut"), d / "astronaut.jpg", "JPEG"),
        "quiet": save(cases.poster(["Bake sale Friday 2pm"], size=80), d / "bake-sale.png"),
    }


@pytest.fixture()
def feed(ext, page):
    """The fixture feed on a site no adapter knows, posted to from an official account."""
    ext.configure(officialAccounts=[{"site": "generic", "handle": "*"}])
    page.goto(page.site_url("generic", "pictures.html"))
    return page


def picture_items(ui):
    """Each picture concern in the card: [(rule, message, clause, has a thumbnail shown, box drawn)]."""
    return ui.call("""function (sel) {
        return [...this.querySelectorAll(sel)].map(li => {
            const img = li.querySelector(".tt-thumb img");
            const box = li.querySelector(".tt-box");
            return [li.dataset.rule, li.querySelector(".tt-message").innerText, (li.querySelector(".tt-clause") || {}).innerText || "",
                    Boolean(img && img.complete && img.naturalWidth > 0), Boolean(box && box.style.width)];
        });
    }""", PICTURE_CONCERN) or []


def wait_picture_concern(ui, rule, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        items = picture_items(ui)
        if any(r == rule and shown for r, _, _, shown, _ in items):
            return items
        time.sleep(0.05)
    srcs = ui.call("function () { return [...this.querySelectorAll('.tt-thumb img')].map(i => [i.src, i.complete, i.naturalWidth]); }")
    raise AssertionError(f"no picture concern {rule} shown: {picture_items(ui)!r}, thumbnails {srcs!r}, cards {ui.count(CARD)}")


def test_file_input_picture_shows_concern_with_thumbnail_and_clause_and_post_asks(feed, ui, pictures, artifacts):
    type_into(feed, "#post-text", "see you there!")
    started = time.monotonic()
    feed.set_input_files("#attach", pictures["poster"])
    items = wait_picture_concern(ui, "political.party-vote")
    print(f"\nfile input -> picture concern shown: {(time.monotonic() - started) * 1000:.0f} ms")
    rule, message, clause, _, boxed = next(i for i in items if i[0] == "political.party-vote")
    assert "VOTE LABOUR" in message.upper()
    assert "10.1" in clause
    assert boxed, "the place the words were found is drawn on the thumbnail"
    assert "Found:" in ui.text(PICTURE_CONCERN)
    # The site's own blob: preview of the same file is not a second picture.
    feed.wait_for_timeout(1800)
    assert [i[0] for i in picture_items(ui)].count("political.party-vote") == 1
    feed.screenshot(path=str(artifacts / "card-picture.png"))  # docs/screenshots (scripts/screenshots)

    feed.click("#post")
    ui.wait_for(DIALOG)
    dialog = ui.text(DIALOG)
    assert "10.1" in dialog and "VOTE LABOUR" in dialog.upper()
    assert ui.count(f"{DIALOG} .tt-thumb img") >= 1
    assert feed.evaluate("window.siteActivity") == []
    ui.click(f'{DIALOG} [data-choice="post"]')
    feed.wait_for_function("window.siteActivity.length === 1")
    assert feed.evaluate("window.siteActivity[0].pictures") == 1


def test_picture_with_a_face_asks_for_consent(feed, ui, pictures):
    feed.set_input_files("#attach", pictures["face"])  # no text at all: the picture is the post
    items = wait_picture_concern(ui, "personal-data.people-in-picture")
    rule, message, clause, _, boxed = next(i for i in items if i[0] == "personal-data.people-in-picture")
    assert "6.9" in clause
    assert boxed


def test_pasted_picture_is_checked(feed, ui, pictures):
    feed.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=feed.site_url("generic", "")[:-1])
    type_into(feed, "#post-text", "see you there! ")
    with open(pictures["poster"], "rb") as f:
        data = list(f.read())
    feed.evaluate("""async (bytes) => {
        const blob = new Blob([new Uint8Array(bytes)], { type: "image/png" });
        await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
    }""", data)
    feed.focus("#post-text")
    started = time.monotonic()
    feed.keyboard.press("Control+V")
    wait_picture_concern(ui, "political.party-vote")
    print(f"\npaste -> picture concern shown: {(time.monotonic() - started) * 1000:.0f} ms")


def test_picture_with_nothing_in_it_raises_nothing(feed, ui, pictures):
    type_into(feed, "#post-text", "Bake sale on Friday")
    feed.set_input_files("#attach", pictures["quiet"])
    feed.wait_for_timeout(4000)  # the picture's check, done or not, raises nothing
    assert picture_items(ui) == []
    assert ui.count(CARD) == 0
    feed.click("#post")
    feed.wait_for_function("window.siteActivity.length === 1")
    assert ui.count(DIALOG) == 0


def test_profile_photo_is_checked_on_its_own(feed, ui, pictures):
    feed.set_input_files("#avatar", pictures["poster"])
    wait_picture_concern(ui, "political.party-vote")


def test_page_setting_files_by_script_causes_no_check(feed, ui, pictures, ext):
    before = ext.service.checks()
    feed.evaluate("""() => {
        const input = document.getElementById("attach");
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array([137, 80, 78, 71])], "x.png", { type: "image/png" }));
        input.files = dt.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
    }""")
    feed.wait_for_timeout(1500)
    assert ext.service.checks() == before
    assert ui.count(CARD) == 0


def test_card_with_picture_concern_has_no_axe_violations(feed, ui, pictures):
    type_into(feed, "#post-text", "Vote Labour on 4 July")
    feed.set_input_files("#attach", pictures["poster"])
    wait_picture_concern(ui, "political.party-vote")
    feed.wait_for_timeout(400)
    assert axe_violations(feed, ui, ".tt-card") == []
    feed.emulate_media(color_scheme="dark")
    assert axe_violations(feed, ui, ".tt-card") == []
    feed.emulate_media(color_scheme="light")


BLOCK_EXTRA = """
import sys
class _NoImagesExtra:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("rapidocr_onnxruntime", "cv2"):
            raise ImportError(f"{name}: installed without the images extra (test)")
        return None
sys.meta_path.insert(0, _NoImagesExtra())
from thinktwice.cli import main
sys.exit(main())
"""


@pytest.fixture()
def service_without_images(tmp_path, ext):
    """The real service in a process of its own in which the images extra's modules cannot be imported,
    as on a machine where it was installed without `[images]`."""
    from e2e_servers import pairing_token
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = tmp_path / "serve_without_images.py"
    script.write_text(BLOCK_EXTRA)
    env = {**os.environ, "THINKTWICE_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, str(script), "serve", "--port", str(port), "--data-dir", str(tmp_path / "data")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/v1/health", timeout=2).read()
            break
        except OSError:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the service without the images extra did not start"
            time.sleep(0.2)
    yield url, pairing_token(tmp_path / "data")
    proc.terminate()
    proc.wait(10)


def test_service_without_images_extra_says_pictures_not_checked(feed, ui, pictures, ext, service_without_images):
    url, token = service_without_images
    ext.configure(serviceUrl=url, token=token, officialAccounts=[{"site": "generic", "handle": "*"}])
    feed.reload()
    type_into(feed, "#post-text", "Vote Labour on 4 July")
    ui.wait_for(f"{CARD} li.tt-warning")
    feed.set_input_files("#attach", pictures["poster"])
    deadline = time.monotonic() + 20
    while "Pictures not checked" not in (ui.text(CARD) or ""):
        assert time.monotonic() < deadline, ui.everything()
        time.sleep(0.05)
    card = ui.text(CARD)
    assert "political.party-vote" in ui.call("function () { return [...this.querySelectorAll('.tt-card li.tt-warning')].map(l => l.dataset.rule).join(' '); }")
    assert picture_items(ui) == []
    assert "error" not in card.lower()
    feed.click("#post")
    ui.wait_for(DIALOG)
    assert "Pictures not checked" in ui.text(DIALOG)


def add_post(page, text, src):
    page.evaluate("""([text, src]) => {
        const article = document.createElement("article");
        article.innerHTML = '<p></p><img alt="the post\\'s picture"><button type="button" aria-label="Like">Like</button>';
        article.querySelector("p").textContent = text;
        article.querySelector("img").src = src;
        article.querySelector("button").addEventListener("click", () => window.siteActivity.push({ kind: "like" }));
        document.getElementById("feed").appendChild(article);
    }""", [text, src])


def test_like_of_a_post_with_a_picture_lists_the_pictures_concern(feed, ui, pictures):
    import base64
    with open(pictures["poster"], "rb") as f:
        add_post(feed, "Great night at the hustings!", "data:image/png;base64," + base64.b64encode(f.read()).decode())
    started = time.monotonic()
    feed.click("#feed article button")
    ui.wait_for(DIALOG, timeout=30)
    print(f"\nlike of a post with a picture -> dialog: {(time.monotonic() - started) * 1000:.0f} ms")
    dialog = ui.text(DIALOG)
    assert "VOTE LABOUR" in dialog.upper() and "10.1" in dialog
    assert ui.count(f"{DIALOG} .tt-thumb img") == 1
    assert feed.evaluate("window.siteActivity") == []
    ui.click(f'{DIALOG} [data-choice="cancel"]')


def test_like_of_a_post_with_another_sites_picture_says_not_checked(feed, ui, pages):
    add_post(feed, "Vote Labour on 4 July - our society is behind them 100%", pages.url("x", "other-site-photo.png"))
    feed.click("#feed article button")
    ui.wait_for(DIALOG, timeout=30)
    assert "Pictures not checked: one of the post's pictures is on another site" in ui.text(DIALOG)
    ui.click(f'{DIALOG} [data-choice="cancel"]')
