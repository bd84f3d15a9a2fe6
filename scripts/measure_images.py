#!/usr/bin/env python3
"""Recall and false alarms of the picture checks, on pictures made here (scripts/image_cases.py):

- text: posters with words a post is warned for, rendered by Pillow in several fonts, sizes, angles and
  backgrounds, checked through the whole engine (OCR -> the same detectors -> Lancaster SU's policy, official
  account): found when the picture's warnings include the expected category; posters with harmless words
  count a false alarm for any warning;
- faces: the astronaut at several sizes and pasted into other photos, faces of the LFW subset enlarged into
  photos; against photos without a frontal face, LFW's non-faces and posters;
- logos: each bundled stand-in logo pasted into photos scaled, turned, cropped and recoloured: found when
  that logo (and no other) is reported; against scikit-image's own logo pasted the same ways, photos and
  posters.

    .venv/bin/python scripts/measure_images.py [--quick] [--show]

Needs the images extra and scikit-image.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "server"), str(ROOT / "scripts")]

import cv2  # noqa: E402
import numpy as np  # noqa: E402

import image_cases as cases  # noqa: E402
from thinktwice.engine import Engine  # noqa: E402
from thinktwice.images.faces import FaceFinder  # noqa: E402
from thinktwice.images.logos import LogoFinder, reference  # noqa: E402

CONTEXT = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
LOGO_FILES = ("lancaster-su.png", "lancaster-university.png", "leicester-su.png", "university-of-leicester.png")


class Row:
    def __init__(self, name: str):
        self.name, self.hits, self.positives, self.alarms, self.negatives = name, 0, 0, 0, 0
        self.times: list[float] = []
        self.missed: list[str] = []
        self.false: list[str] = []

    def positive(self, label: str, found: bool) -> None:
        self.positives += 1
        self.hits += found
        if not found:
            self.missed.append(label)

    def negative(self, label: str, alarmed: bool) -> None:
        self.negatives += 1
        self.alarms += alarmed
        if alarmed:
            self.false.append(label)


def text_variants(quick: bool):
    fonts = list(cases.fonts())
    sizes, angles = (44, 72, 110), (0, 8, -15, 30)
    kinds = ("white", "dark", "colour", "coffee", "rocket")
    combos = list(itertools.product(fonts, sizes, angles, kinds))
    per_text = 4 if quick else 10
    step = max(1, len(combos) // per_text)
    for n, (lines, category) in enumerate(cases.WARN_TEXTS):
        for font, size, angle, kind in combos[n % step::step][:per_text]:
            yield lines, category, font, size, angle, kind
    for n, lines in enumerate(cases.QUIET_TEXTS):
        for font, size, angle, kind in combos[(n + 3) % step::step][:per_text // 2]:
            yield lines, None, font, size, angle, kind


def measure_text(engine: Engine, quick: bool) -> Row:
    row = Row("text in pictures (OCR -> detectors -> policy)")
    for lines, category, font, size, angle, kind in text_variants(quick):
        label = f"{' / '.join(lines)!r} {font} {size}px {angle}° on {kind}"
        picture = cases.encoded(cases.poster(lines, font, size, angle, kind), "jpeg")
        t = time.perf_counter()
        answer = engine.check({"text": "", "images": [picture], "context": CONTEXT})
        row.times.append((time.perf_counter() - t) * 1000)
        found = {w["category"] for w in answer["warnings"] if w.get("image") == 0}
        if category:
            row.positive(label, category in found)
        else:
            row.negative(label, bool(found))
    return row


def gray(image) -> np.ndarray:
    return cv2.cvtColor(np.asarray(image.convert("RGB"))[:, :, ::-1], cv2.COLOR_BGR2GRAY)


def measure_faces() -> tuple[Row, list[str]]:
    finder, row = FaceFinder(), Row("faces (OpenCV Haar cascade)")
    for label, image in cases.face_pictures():
        t = time.perf_counter()
        row.positive(label, bool(finder.find(gray(image))))
        row.times.append((time.perf_counter() - t) * 1000)
    for label, image in cases.faceless_pictures():
        t = time.perf_counter()
        row.negative(label, bool(finder.find(gray(image))))
        row.times.append((time.perf_counter() - t) * 1000)
    profile = finder.find(gray(cases.sample("camera")))
    return row, [f"camera.png (a man in profile): {'found' if profile else 'not found'} (frontal cascade)"]


def logo_variants(quick: bool):
    scales, angles, crops = (0.12, 0.22, 0.4), (0, 20, -35, 90, 180), (0, 0.25)
    recolours, photos = ("none", "grey", "hue", "inverted"), ("coffee", "rocket", "astronaut", "chelsea",
                                                              "hubble_deep_field")
    combos = list(itertools.product(scales, angles, crops, recolours, photos))
    n = 12 if quick else 40
    step = max(1, len(combos) // n)
    return combos[::step][:n]


def measure_logos(quick: bool) -> Row:
    refs = [reference(cases.LOGOS / name, name, "branding.logo-use", 20) for name in LOGO_FILES]
    finder, row = LogoFinder(), Row("logos (ORB + RANSAC similarity)")
    marks = [(name, cases.logo(name)) for name in LOGO_FILES]
    for k, (name, mark) in enumerate(marks):
        for scale, angle, crop, recolour, photo in logo_variants(quick)[k % 3::1]:
            image, _ = cases.pasted(mark, photo, scale, angle, crop, recolour)
            t = time.perf_counter()
            found = {m.name for m in finder.find(gray(image), refs)}
            row.times.append((time.perf_counter() - t) * 1000)
            row.positive(f"{name} {scale:.0%} wide, {angle}°, crop {crop:.0%}, {recolour}, in {photo}",
                         found == {name})
    other = cases.other_logo()
    for scale, angle, crop, recolour, photo in logo_variants(quick):
        image, _ = cases.pasted(other, photo, scale, angle, crop, recolour)
        row.negative(f"scikit-image logo {scale:.0%}, {angle}°, crop {crop:.0%}, {recolour}, in {photo}",
                     bool(finder.find(gray(image), refs)))
    for label, image in cases.faceless_pictures() + cases.face_pictures()[:3]:
        row.negative(label, bool(finder.find(gray(image), refs)))
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer pictures (a smoke run)")
    parser.add_argument("--show", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--only", default="text,faces,logos", help="comma-separated: text, faces, logos")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules",
                        help="the rule pack the text in pictures is judged by (default: the bundled one), to "
                             "compare two versions of the picture code on the same rules")
    args = parser.parse_args()
    only = set(args.only.split(","))
    engine = Engine.from_directory(args.rules)
    rows, notes = [], []
    if "faces" in only:
        row, more = measure_faces()
        rows.append(row)
        notes += more
    if "logos" in only:
        rows.append(measure_logos(args.quick))
    if "text" in only:
        rows.append(measure_text(engine, args.quick))
    print(f"\n{'detector':<46} {'with':>5} {'found':>6} {'recall':>7}   {'without':>7} {'alarms':>6} {'rate':>6}"
          f"   {'median ms':>9}")
    for r in rows:
        recall = r.hits / r.positives if r.positives else float("nan")
        rate = r.alarms / r.negatives if r.negatives else float("nan")
        print(f"{r.name:<46} {r.positives:>5} {r.hits:>6} {recall:>7.1%}   {r.negatives:>7} {r.alarms:>6} {rate:>6.1%}"
              f"   {statistics.median(r.times):>9.0f}")
    for note in notes:
        print(f"  note: {note}")
    if args.show:
        for r in rows:
            for label in r.missed:
                print(f"  missed  [{r.name.split(' ')[0]}] {label}")
            for label in r.false:
                print(f"  alarm   [{r.name.split(' ')[0]}] {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
