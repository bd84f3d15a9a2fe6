"""The service loads its picture models when the user starts attaching (issue 17, follow-up), in Chromium
with the real extension and a real service of its own (a fresh process, so nothing has loaded them yet):
a click that opens the composer's picture file chooser, or a file dragged over the composer, has the
service load them (it grows by the models) before any picture is chosen; a file input for something else
does not."""

import sys
import time
from pathlib import Path

import pytest

from service_process import ServiceProcess
from test_pictures import save, wait_picture_concern

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402

pytestmark = pytest.mark.e2e

MODELS_MB = 60  # the text reader's models (ONNX Runtime sessions), measured at 120-200 MB


@pytest.fixture()
def fresh(tmp_path, ext, page):
    """The pictures page, checked by a service that has not loaded its picture models."""
    svc = ServiceProcess(tmp_path / "data")
    ext.configure(serviceUrl=f"http://127.0.0.1:{svc.port}", token=svc.token, officialAccounts=[{"site": "generic", "handle": "*"}])
    page.goto(page.site_url("generic", "pictures.html"))
    yield svc, page
    svc.stop()


def grown_mb(svc, before_kib, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        grown = (svc.rss_kib() - before_kib) / 1024
        if grown >= MODELS_MB:
            return grown
        time.sleep(0.2)
    return (svc.rss_kib() - before_kib) / 1024


def test_opening_the_picture_chooser_loads_the_models_before_a_picture_is_chosen(fresh, ui, tmp_path):
    svc, feed = fresh
    feed.fill("#post-text", "")  # the page is loaded and the content script started
    time.sleep(1.0)
    before = svc.rss_kib()
    with feed.expect_file_chooser() as chosen:
        feed.click("#attach")
    started = time.monotonic()
    grown = grown_mb(svc, before)
    print(f"\nchooser opened -> service grew by {grown:.0f} MB in {time.monotonic() - started:.1f} s, no picture sent")
    assert grown >= MODELS_MB, f"the service grew by only {grown:.0f} MB: the models were not loaded"
    poster = save(cases.poster(["VOTE LABOUR"], size=90), tmp_path / "poster.png")
    chosen.value.set_files(poster)
    wait_picture_concern(ui, "political.party-vote")


def test_a_file_dragged_over_the_composer_loads_the_models(fresh, tmp_path):
    svc, feed = fresh
    time.sleep(1.0)
    before = svc.rss_kib()
    path = save(cases.poster(["Bake sale"], size=60), tmp_path / "bake.png")
    box = feed.locator("#post-text").bounding_box()
    cdp = feed.context.new_cdp_session(feed)
    try:
        cdp.send("Input.dispatchDragEvent", {"type": "dragEnter", "x": box["x"] + 20, "y": box["y"] + 20,
                                             "data": {"items": [], "files": [str(path)], "dragOperationsMask": 1}})
        cdp.send("Input.dispatchDragEvent", {"type": "dragCancel", "x": 0, "y": 0,
                                             "data": {"items": [], "dragOperationsMask": 1}})
    finally:
        cdp.detach()
    grown = grown_mb(svc, before)
    assert grown >= MODELS_MB, f"the service grew by only {grown:.0f} MB: the models were not loaded"


def test_a_file_input_for_documents_does_not(fresh):
    svc, feed = fresh
    feed.evaluate("""() => {
        const input = Object.assign(document.createElement("input"), { type: "file", id: "cv", accept: ".pdf,.docx" });
        document.body.appendChild(input);
    }""")
    time.sleep(1.0)
    before = svc.rss_kib()
    with feed.expect_file_chooser():
        feed.click("#cv")
    time.sleep(8)
    assert (svc.rss_kib() - before) / 1024 < MODELS_MB / 2
