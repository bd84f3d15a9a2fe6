"""Looking at the pictures attached to a post: the text in them (ocr.py), people's faces (faces.py) and
reference logos (logos.py), after decode.py has checked and decoded them.

Everything here needs the optional extra `pip install 'thinktwice[images]'` (Pillow, NumPy, OpenCV,
RapidOCR) except decode.py's first step (base64, size and type), which the request layer runs on every
request. Models load lazily, on the first picture, never at start; pictures stay in memory.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module

EXTRA_MODULES = ("PIL", "numpy", "cv2", "rapidocr_onnxruntime")


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether the images extra is installed and imports; asked when the first picture arrives, so the
    libraries load then, never at start."""
    try:
        for name in EXTRA_MODULES:
            import_module(name)
    except ImportError:
        return False
    return True
