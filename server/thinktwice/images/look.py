"""What is in a picture: its text, its faces and the organisation's logos, found once per picture.

`Looker.look` decodes a received picture and runs the three finders on it. What they found (never the
pixels) is remembered by the picture's sha256, least recently used out first, so a picture sent again
with an edited caption, or checked for a like after its post, is not read again. Models and reference
logos load on the first picture, never at start; the text reader's models load in the background while
the first picture is decoded and searched for faces and logos.

The text is read on the pictures' own thread while faces and logos are looked for on a second one: ONNX
Runtime and OpenCV let go of Python's lock while they work, so on two cores the two halves, of about equal
cost, run side by side. The C allocator gives each thread that allocates its own heap, and ONNX Runtime's
buffers are hundreds of MB: on the service's request threads each heap grew to that peak (RSS 486 -> 743 MB
over 42 pictures). So the text reader always runs on the one pictures' thread and reuses one heap (faces
and logos need a few MB); and should the service's memory still grow by more than RELEASE_ABOVE_MB over
what it was after the first picture, the heap's free memory is handed back to the system (not after every
picture: memory handed back costs page faults when the next picture takes it again).
"""
from __future__ import annotations

import ctypes
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from .decode import Received, decoded
from .faces import FaceFinder
from .logos import LogoFinder, Match, reference
from .ocr import Reader
from .words import PictureText, picture_text

RELEASE_ABOVE_MB = 48       # growth over the memory after the first picture at which free memory is returned


class Seen(NamedTuple):
    width: int
    height: int
    text: PictureText
    faces: tuple[tuple[int, int, int, int], ...]
    logos: tuple[Match, ...]


class LogoRef(NamedTuple):
    """A logo a profile names: its display name, the file, the rule a match counts as, its threshold."""
    name: str
    file: str
    rule: str
    min_matches: int


class Looker:
    def __init__(self, logo_dirs: list[Path], remember: int = 64):
        self.logo_dirs = logo_dirs          # where logo files are looked for, in order
        self.reader, self.faces, self.logos = Reader(), FaceFinder(), LogoFinder()
        self._references: dict[tuple, tuple] = {}
        self.unusable: dict[str, str] = {}  # logo file -> why it is not looked for
        self._seen: OrderedDict = OrderedDict()
        self.remember = remember
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thinktwice-pictures")
        self._beside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thinktwice-faces-logos")
        self._warming = None
        self._settled_mb = None     # the service's memory after its first picture

    def references(self, logos: tuple[LogoRef, ...]) -> tuple:
        """The reference logos, read on first use. A file missing from every directory (a one-file update
        pack carries only TOML: the logos come with the installed service), or one with too little detail
        to match, is left out and named in `unusable`."""
        found = self._references.get(logos)
        if found is None:
            refs = []
            for logo in logos:
                path = next((d / logo.file for d in self.logo_dirs if (d / logo.file).is_file()), None)
                try:
                    if path is None:
                        raise ValueError(f"{logo.file} is not in the rule pack")
                    refs.append(reference(path, logo.name, logo.rule, logo.min_matches))
                except ValueError as exc:
                    self.unusable[logo.file] = str(exc)
            found = self._references[logos] = tuple(refs)
        return found

    def look(self, picture: Received, logos: tuple[LogoRef, ...] = ()) -> Seen:
        """ImageRejected (decode.py) when the picture cannot be decoded."""
        key = (picture.digest, logos)
        with self._lock:
            seen = self._seen.get(key)
            if seen is not None:
                self._seen.move_to_end(key)
                return seen
        if self._warming is None:
            self._warming = threading.Thread(target=self.reader.load, name="thinktwice-ocr-load", daemon=True)
            self._warming.start()
        seen = self._worker.submit(self._look, picture, logos).result()
        with self._lock:
            self._seen[key] = seen
            while len(self._seen) > self.remember:
                self._seen.popitem(last=False)
        return seen

    def _look(self, picture: Received, logos: tuple[LogoRef, ...]) -> Seen:
        """On the pictures' thread: the text is read here (its models may still be loading) while faces
        and logos are looked for beside it."""
        import cv2

        image = decoded(picture)
        gray = cv2.cvtColor(image.pixels, cv2.COLOR_BGR2GRAY)
        beside = self._beside.submit(self._faces_and_logos, gray, logos)
        try:
            text = picture_text(self.reader.read(image.pixels))
        finally:
            faces, found_logos = beside.result()
        seen = Seen(image.width, image.height, text, faces, found_logos)
        del image, gray
        self._bound_memory()
        return seen

    def _faces_and_logos(self, gray, logos: tuple[LogoRef, ...]) -> tuple[tuple, tuple]:
        return tuple(self.faces.find(gray)), tuple(self.logos.find(gray, self.references(logos)))

    def _bound_memory(self) -> None:
        now = resident_mb()
        if self._settled_mb is None:
            self._settled_mb = now
        elif now > self._settled_mb + RELEASE_ABOVE_MB and _LIBC is not None:
            _LIBC.malloc_trim(0)        # glibc: every heap's free pages go back to the system


def _libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


_LIBC = _libc()     # None where the C library is not glibc: nothing to hand back with


def resident_mb() -> float:
    """The process's resident memory (Linux /proc; 0 elsewhere, where the bound is not kept)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0
