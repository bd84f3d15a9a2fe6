"""Text in a picture, read by RapidOCR (PaddleOCR's models run by ONNX Runtime; the models ship inside the
`rapidocr-onnxruntime` wheel, so nothing is downloaded). The engine loads on the first picture.

RapidOCR's own call is not used: with `det_limit_type="max"` it ignores the side it is given and detects a
1080 px picture at full size (its detector picks 1500 for anything between 960 and 1500), and with "min" it
enlarges a picture's shorter side to 736 px (a 1080 x 540 banner is detected at 1472 x 736). Here the
detector's network runs on a copy scaled down to DETECT_SIDE, and the lines it finds are cut from the
full-size picture for recognition, so small print keeps all its pixels where it matters. Lines are
recognised one at a time: in a batch every line is padded to the longest's width, which cost a quarter more.

Words a poster sets with little space between them come back run together ("VOTELABOUR"); words.py
separates them as the matcher separates a hashtag's.
"""
from __future__ import annotations

import os
import threading
from typing import NamedTuple

# Detection looks at the picture with its longer side at most this many pixels. Measured with
# scripts/measure_images.py: at 736 the posters' warnings were found in 61 of 70 (58 at full size, 1088 px),
# with no false alarm; at 640 and 576 the same 61, and the network's time falls with its area (one core,
# a busy machine: 240 ms at 736, 152 at 640, 117 at 576). 640 keeps a margin for small print, which the
# measurement's 44-110 px lines do not test: of 192 posters with a phone number, code or party slogan set at
# 18-32 px, 184 were read whole at 640 as at 736.
DETECT_SIDE = 640
MIN_SCORE = 0.6         # recognition confidence below which a line is noise (textures, foliage)
MIN_LINE_PIXELS = 7     # a detected line less tall than this, in the picture's pixels, is not read


class Line(NamedTuple):
    text: str
    box: tuple[int, int, int, int]      # x, y, width, height in the picture's pixels


def _engine(threads: int):
    """RapidOCR with ONNX Runtime sessions that reuse memory between pictures of different sizes: no
    memory-pattern cache (one entry per input shape, and every recognition batch has its own width)."""
    from rapidocr_onnxruntime import RapidOCR
    from rapidocr_onnxruntime.utils import infer_engine

    # RapidOCR 1.4.4 builds its SessionOptions in this static method, with no way to pass more; it is
    # wrapped only while the engine is made (under Reader's lock).
    made = infer_engine.OrtInferSession._init_sess_opts

    def options(config):
        opts = made(config)
        opts.enable_mem_pattern = False
        # Threads waiting for work sleep rather than spin: the faces and logos are looked for on the other
        # core at the same time (look.py), and a spinning thread takes the time they need.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return opts

    infer_engine.OrtInferSession._init_sess_opts = staticmethod(options)
    try:
        engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)
    finally:
        infer_engine.OrtInferSession._init_sess_opts = staticmethod(made)
    engine.text_rec.rec_batch_num = 1
    return engine


class Reader:
    """One RapidOCR engine, made on first use; calls are serialised (parallel reads only compete for the
    cores ONNX Runtime already uses)."""

    def __init__(self, threads: int | None = None):
        self.threads = threads or len(os.sched_getaffinity(0))
        self._engine = None
        self._lock = threading.Lock()

    def _ready(self):
        if self._engine is None:
            self._engine = _engine(self.threads)
        return self._engine

    def load(self) -> None:
        with self._lock:
            self._ready()

    def read(self, bgr) -> list[Line]:
        """The lines of text in the picture (BGR pixels), top to bottom, then left to right."""
        with self._lock:
            engine = self._ready()
            boxes = _detect(engine, bgr)
            if not boxes:
                return []
            crops, _, _ = engine.text_cls(engine.get_crop_img_list(bgr, boxes))
            read, _ = engine.text_rec(crops)
        lines = []
        for points, (text, score, *_) in zip(boxes, read):
            text = " ".join(str(text).split())
            if not text or float(score) < MIN_SCORE:
                continue
            xs, ys = points[:, 0], points[:, 1]
            x, y = max(0, int(xs.min())), max(0, int(ys.min()))
            lines.append(Line(text, (x, y, int(round(xs.max())) - x, int(round(ys.max())) - y)))
        lines.sort(key=lambda line: (line.box[1] // max(1, line.box[3]), line.box[0]))
        return lines


def _detect(engine, bgr) -> list:
    """The text lines' corner points (4 x 2, float32) in the picture's pixels, found on a scaled copy."""
    import cv2
    import numpy as np

    height, width = bgr.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(height, width))
    small_w, small_h = max(32, round(width * scale)), max(32, round(height * scale))
    small = cv2.resize(bgr, (small_w, small_h), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    small, record = engine.maybe_add_letterbox(small, {})      # pads a banner or a strip, as RapidOCR does
    padded_h, padded_w = small.shape[:2]
    # The network wants sides that are multiples of 32; its input is (pixel / 255 - 0.5) / 0.5, channels first.
    net_w, net_h = max(32, round(padded_w / 32) * 32), max(32, round(padded_h / 32) * 32)
    if (net_w, net_h) != (padded_w, padded_h):
        small = cv2.resize(small, (net_w, net_h))
    blob = cv2.dnn.blobFromImage(small, scalefactor=2 / 255, mean=(127.5, 127.5, 127.5))
    detector = engine.text_det
    found, _ = detector.postprocess_op(detector.infer(blob)[0], (padded_h, padded_w))
    found = detector.filter_tag_det_res(found, (padded_h, padded_w))
    if not len(found):
        return []
    points = np.array(found, dtype=np.float32)
    points[:, :, 1] -= record["padding_1"]["top"]
    points[:, :, 0] *= width / small_w
    points[:, :, 1] *= height / small_h
    points[:, :, 0] = points[:, :, 0].clip(0, width)
    points[:, :, 1] = points[:, :, 1].clip(0, height)
    tall = np.linalg.norm(points[:, 0] - points[:, 3], axis=1)
    return [p for p, h in zip(points, tall) if h >= MIN_LINE_PIXELS]
