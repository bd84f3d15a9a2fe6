"""Looking at the pictures attached to a post: the text in them (ocr.py), people's faces (faces.py) and
reference logos (logos.py), after decode.py has checked and decoded them.

Everything here needs the optional extra `pip install 'thinktwice[images]'` (Pillow, NumPy, OpenCV,
RapidOCR) except decode.py's first step (base64, size and type), which the request layer runs on every
request. Models load lazily, on the first picture, never at start; pictures stay in memory.
"""
from __future__ import annotations

from importlib.util import find_spec

EXTRA_MODULES = ("PIL", "numpy", "cv2", "rapidocr_onnxruntime")


def available() -> bool:
    """Whether the images extra is installed (without importing any of it)."""
    return all(find_spec(name) is not None for name in EXTRA_MODULES)
