"""The service's memory over many pictures (issue 17): `thinktwice serve` as its own process on a real port,
pictures drawn here with Pillow, resident memory read from /proc. ONNX Runtime's buffers are hundreds of MB
per picture; before images/look.py kept them on one thread, RSS grew 486 -> 743 MB over 42 pictures."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime", reason="the images extra is not installed")
pytest.importorskip("skimage", reason="scikit-image (a test dependency) makes the test pictures")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402
from service_process import ServiceProcess  # noqa: E402

LANCS_OFFICIAL = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
SHAPES = ((1080, 1080), (1200, 800), (800, 1000), (640, 640), (1600, 900))
PHOTOS = ("white", "coffee", "rocket", "dark", "chelsea", "colour", "astronaut")
WARM, MORE = 5, 25
GROWTH_MB = 50      # before one thread kept the buffers, 42 pictures grew the peak by 250 MB


def picture(n: int) -> dict:
    """A different poster each time: its own words, size, shape and background."""
    lines = [f"Quiz night {n % 28 + 1} May", f"Room {100 + 7 * n} at {5 + n % 4}pm"]
    drawn = cases.poster(lines, size=(40, 64, 90)[n % 3], kind=PHOTOS[n % len(PHOTOS)],
                         canvas=SHAPES[n % len(SHAPES)], angle=(0, 8, -12)[n % 3])
    return cases.encoded(drawn, "jpeg" if n % 2 else "png")


def test_thirty_pictures_in_a_row_do_not_grow_the_service(tmp_path):
    service = ServiceProcess(tmp_path / "data")
    try:
        conn = service.connection(timeout=180)
        started = service.rss_kib() / 1024
        samples = []
        for n in range(WARM + MORE):
            status, answer = service.call(conn, "POST", "/v1/check", {"text": "see you there", "images": [picture(n)],
                                                                      "context": LANCS_OFFICIAL})
            assert status == 200, answer
            assert "warnings" in answer
            samples.append(service.rss_kib() / 1024)
        # Memory rises and falls with each picture's size (a 1600x900 picture needs more than a 640 px one):
        # what must not happen is the peak creeping up picture after picture.
        warm_peak, later_peak = max(samples[:WARM]), max(samples[WARM:])
        assert started < 200, f"the service started at {started:.0f} MB: models must not load at start"
        assert later_peak - warm_peak <= GROWTH_MB, (
            f"RSS peaked at {warm_peak:.0f} MB over the first {WARM} pictures, then at {later_peak:.0f} MB over "
            f"{MORE} more: {', '.join(f'{s:.0f}' for s in samples)}")
    finally:
        service.stop()
