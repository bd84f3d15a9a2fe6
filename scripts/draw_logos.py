#!/usr/bin/env python3
"""Draw the stand-in reference logos of the bundled rule pack (rules/logos/*.png).

We have no real logos and may not copy them, so the bundled profiles name logos drawn here: a crest, a
shield, a hexagon and a tower, each with its organisation's initials and a seeded pattern of shapes.
They exist so the matching can be tested end to end; a comms team replaces the file with its own logo
(docs/rules.md, "Logos"). Needs the images extra (Pillow).

With --examples it also draws the example pictures the profiles' [[logos]] entries name (should_match,
should_not_match; run by `thinktwice rules test`) into OUT_DIR/examples/: each logo pasted into
scikit-image's sample photos smaller and turned, cropped and grey, inverted and upside down; and a
look-alike, another kind of badge with the same initials, words and colours, that must not match.
These need scikit-image too (scripts/image_cases.py).

    .venv/bin/python scripts/draw_logos.py [--examples] [OUT_DIR]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
SIZE = 480


def _pattern(draw: ImageDraw.ImageDraw, rng: random.Random, area, colours, shapes: int = 26) -> None:
    x0, y0, x1, y1 = area
    for _ in range(shapes):
        cx, cy, r = rng.randint(x0, x1), rng.randint(y0, y1), rng.randint(8, 26)
        kind, colour = rng.choice(("circle", "triangle", "square", "star")), rng.choice(colours)
        if kind == "circle":
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
        elif kind == "square":
            draw.rectangle((cx - r, cy - r, cx + r, cy + r), fill=colour)
        elif kind == "triangle":
            draw.polygon([(cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)], fill=colour)
        else:
            draw.regular_polygon((cx, cy, r), 5, rotation=rng.randint(0, 72), fill=colour)


def crest(initials: str, words: str, seed: int, colours) -> Image.Image:
    """A circle crest with a chevron: Lancaster University's stand-in."""
    rng, image = random.Random(seed), Image.new("RGB", (SIZE, SIZE), "white")
    d = ImageDraw.Draw(image)
    d.ellipse((20, 20, SIZE - 20, SIZE - 20), fill=colours[0], outline="black", width=8)
    d.polygon([(80, 300), (240, 120), (400, 300), (400, 350), (240, 190), (80, 350)], fill=colours[1])
    _pattern(d, rng, (110, 230, 370, 400), ["white", colours[2], "black"])
    d.text((SIZE // 2, 90), initials, fill="white", font=ImageFont.load_default(size=64), anchor="mm")
    d.text((SIZE // 2, 430), words, fill="white", font=ImageFont.load_default(size=26), anchor="mm")
    return image


def shield(initials: str, words: str, seed: int, colours) -> Image.Image:
    """A shield with diagonal stripes: Lancaster SU's stand-in."""
    rng, image = random.Random(seed), Image.new("RGB", (SIZE, SIZE), "white")
    d = ImageDraw.Draw(image)
    outline = [(60, 30), (420, 30), (420, 260), (240, 450), (60, 260)]
    stripes = Image.new("RGB", (SIZE, SIZE), colours[0])
    for x in range(-400, 480, 60):
        ImageDraw.Draw(stripes).line([(x, 30), (x + 300, 330)], fill=colours[1], width=16)
    mask = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    image.paste(stripes, mask=mask)
    d.polygon(outline, outline="black", width=6)
    _pattern(d, rng, (100, 200, 380, 330), ["white", colours[2]])
    d.rectangle((90, 60, 390, 170), fill="white", outline="black", width=4)
    d.text((SIZE // 2, 115), initials, fill=colours[0], font=ImageFont.load_default(size=80), anchor="mm")
    d.text((SIZE // 2, 470), words, fill="black", font=ImageFont.load_default(size=22), anchor="mb")
    return image


def hexagon(initials: str, words: str, seed: int, colours) -> Image.Image:
    """A hexagon with a fox's head of triangles: Leicester SU's stand-in."""
    rng, image = random.Random(seed), Image.new("RGB", (SIZE, SIZE), "white")
    d = ImageDraw.Draw(image)
    d.regular_polygon((SIZE // 2, SIZE // 2, 220), 6, fill=colours[0], outline="black", width=8)
    d.polygon([(150, 150), (200, 230), (240, 170), (280, 230), (330, 150), (300, 320), (240, 370), (180, 320)],
              fill=colours[1], outline="white", width=5)
    _pattern(d, rng, (90, 330, 390, 420), ["white", colours[2]], shapes=18)
    d.text((SIZE // 2, 100), initials, fill="white", font=ImageFont.load_default(size=60), anchor="mm")
    d.text((SIZE // 2, 260), words, fill="white", font=ImageFont.load_default(size=24), anchor="mm")
    return image


def tower(initials: str, words: str, seed: int, colours) -> Image.Image:
    """A tower with battlements and windows: the University of Leicester's stand-in."""
    rng, image = random.Random(seed), Image.new("RGB", (SIZE, SIZE), colours[0])
    d = ImageDraw.Draw(image)
    d.rectangle((150, 120, 330, 400), fill=colours[1], outline="black", width=6)
    for x in range(150, 330, 45):
        d.rectangle((x, 80, x + 25, 125), fill=colours[1], outline="black", width=4)
    for row in range(3):
        for col in range(3):
            d.rectangle((170 + col * 55, 160 + row * 70, 200 + col * 55, 205 + row * 70), fill="white")
    d.pieslice((205, 330, 275, 420), 180, 360, fill="black")
    _pattern(d, rng, (20, 20, 130, 460), ["white", colours[2]], shapes=14)
    _pattern(d, rng, (350, 20, 460, 460), ["white", colours[2]], shapes=14)
    d.text((SIZE // 2, 40), initials, fill="white", font=ImageFont.load_default(size=48), anchor="mm")
    d.text((SIZE // 2, 450), words, fill="white", font=ImageFont.load_default(size=26), anchor="mm")
    return image


LOGOS = {
    "lancaster-su.png": (shield, "LUSU", "LANCASTER SU", 11, ("#b5121b", "#f2c500", "#1d3c78")),
    "lancaster-university.png": (crest, "LU", "LANCASTER UNIVERSITY", 12, ("#8b0000", "#d4af37", "#2e8b57")),
    "leicester-su.png": (hexagon, "LSU", "LEICESTER SU", 13, ("#5b2a86", "#ff7f11", "#00a6a6")),
    "university-of-leicester.png": (tower, "UoL", "UNIVERSITY OF LEICESTER", 14, ("#004b8d", "#c8102e", "#ffd100")),
}


# A look-alike per logo: another kind of badge with the same initials, words and colours (what a society's
# home-made version of the union's badge looks like), and its own pattern.
LOOK_ALIKES = {
    "lancaster-su.png": "crest",
    "lancaster-university.png": "tower",
    "leicester-su.png": "shield",
    "university-of-leicester.png": "hexagon",
}
EXAMPLE_SIDE = 720          # example pictures are this size: enough to test, small in the pack


def examples(out: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    import image_cases as cases

    (out / "examples").mkdir(parents=True, exist_ok=True)
    canvas, written = (EXAMPLE_SIDE, EXAMPLE_SIDE), []
    for name, (_, initials, words, seed, colours) in LOGOS.items():
        stem, mark = name.rsplit(".", 1)[0], cases.Image.open(out / name).convert("RGBA")
        other = globals()[LOOK_ALIKES[name]](initials, words, seed + 10, colours).convert("RGBA")
        pictures = {
            f"{stem}-small-turned-in-coffee.jpg": cases.pasted(mark, "coffee", 0.2, 25, canvas=canvas),
            f"{stem}-cropped-grey-in-rocket.jpg": cases.pasted(mark, "rocket", 0.35, 0, 0.25, "grey", canvas=canvas),
            f"{stem}-inverted-upside-down-in-astronaut.jpg": cases.pasted(mark, "astronaut", 0.3, 180, 0, "inverted",
                                                                          at=(0.5, 0.4), canvas=canvas),
            f"{stem}-look-alike-in-chelsea.jpg": cases.pasted(other, "chelsea", 0.35, -10, canvas=canvas),
        }
        for file, (picture, _) in pictures.items():
            picture.convert("RGB").save(out / "examples" / file, "JPEG", quality=82, optimize=True)
            written.append(out / "examples" / file)
    return written


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--examples"]
    out = Path(args[0]) if args else ROOT / "rules" / "logos"
    out.mkdir(parents=True, exist_ok=True)
    for name, (draw, initials, words, seed, colours) in LOGOS.items():
        draw(initials, words, seed, colours).save(out / name, optimize=True)
        print(f"{out / name}")
    if "--examples" in sys.argv[1:]:
        for path in examples(out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
