"""What is in a picture: its text, its faces and the organisation's logos, found once per picture.

`Looker.look` decodes a received picture and runs the three finders on it. What they found (never the
pixels) is remembered by the picture's sha256, least recently used out first, so a picture sent again
with an edited caption, or checked for a like after its post, is not read again. Models and reference
logos load on the first picture, never at start.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple

from .decode import Received, decoded
from .faces import FaceFinder
from .logos import LogoFinder, Match, reference
from .ocr import Reader
from .words import PictureText, picture_text


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
        seen = self._look(picture, self.references(logos))
        with self._lock:
            self._seen[key] = seen
            while len(self._seen) > self.remember:
                self._seen.popitem(last=False)
        return seen

    def _look(self, picture: Received, references: tuple) -> Seen:
        import cv2

        image = decoded(picture)
        gray = cv2.cvtColor(image.pixels, cv2.COLOR_BGR2GRAY)
        return Seen(image.width, image.height, picture_text(self.reader.read(image.pixels)),
                    tuple(self.faces.find(gray)), tuple(self.logos.find(gray, references)))
