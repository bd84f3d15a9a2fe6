"""Text in a picture, read by RapidOCR (PaddleOCR's models run by ONNX Runtime; the models ship inside the
`rapidocr-onnxruntime` wheel, so nothing is downloaded). The engine loads on the first picture.

Words a poster sets with little space between them come back run together ("VOTELABOUR"); words.py
separates them as the matcher separates a hashtag's.
"""
from __future__ import annotations

import threading
from typing import NamedTuple

# Detection looks at the picture with its longer side at most this many pixels: posters' text stays
# legible at 960 and a 1080 px picture is read in about a third of the time 1080 would take at 'min 736'.
DETECT_SIDE = 960
MIN_SCORE = 0.6         # recognition confidence below which a line is noise (textures, foliage)


class Line(NamedTuple):
    text: str
    box: tuple[int, int, int, int]      # x, y, width, height in the picture's pixels


class Reader:
    """One RapidOCR engine, made on first use; calls are serialised (two cores: parallel reads only
    compete)."""

    def __init__(self, threads: int = 2):
        self.threads = threads
        self._engine = None
        self._lock = threading.Lock()

    def _ready(self):
        if self._engine is None:
            from rapidocr_onnxruntime import RapidOCR

            self._engine = RapidOCR(det_limit_type="max", det_limit_side_len=DETECT_SIDE,
                                    intra_op_num_threads=self.threads, inter_op_num_threads=1)
        return self._engine

    def read(self, bgr) -> list[Line]:
        """The lines of text in the picture (BGR pixels), top to bottom, then left to right."""
        with self._lock:
            found, _ = self._ready()(bgr)
        lines = []
        for points, text, score in found or ():
            text = " ".join(str(text).split())
            if not text or float(score) < MIN_SCORE:
                continue
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            x, y = max(0, int(min(xs))), max(0, int(min(ys)))
            lines.append(Line(text, (x, y, int(round(max(xs))) - x, int(round(max(ys))) - y)))
        lines.sort(key=lambda line: (line.box[1] // max(1, line.box[3]), line.box[0]))
        return lines
