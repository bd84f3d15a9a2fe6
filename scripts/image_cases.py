"""Pictures made for measuring and testing the picture checks (scripts/measure_images.py, tests/test_images*.py):
posters and screenshots with text rendered by Pillow in several fonts, sizes, angles and backgrounds;
photos with and without faces from scikit-image's bundled public-domain samples; logos pasted into photos
scaled, turned, cropped and recoloured. Needs the images extra and scikit-image (a test dependency).
"""
from __future__ import annotations

import base64
import io
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parents[1]
LOGOS = ROOT / "rules" / "logos"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# Texts a post would be warned for (the category warned for Lancaster SU, official account), and texts it
# would not.
WARN_TEXTS = [
    (["VOTE LABOUR"], "political"),
    (["Vote Conservative", "on 4 July"], "political"),
    (["BACK THE GREENS"], "political"),
    (["Call Sam 07700 900461"], "personal-data"),
    (["Text Jess on 07700 900123"], "personal-data"),
    (["Use code SAVE20 at checkout", "for 20% off"], "commercial"),
    (["The SU are useless idiots"], "disparaging"),
]
QUIET_TEXTS = [
    ["Bake sale Friday 2pm"], ["Welcome to Freshers Week"], ["Open mic night", "at the Sugarhouse"],
    ["Society AGM in Room 4 at 6pm"], ["Join the hiking club", "this Saturday"], ["Photo competition:", "win a camera"],
]


def fonts() -> dict:
    """Label -> a function of the size giving the font: Pillow's own scalable font, and DejaVu's where the
    system has it (the Debian package fonts-dejavu-core)."""
    found = {"pillow-default": lambda size: ImageFont.load_default(size=size)}
    for label, name in (("dejavu-sans-bold", "DejaVuSans-Bold.ttf"), ("dejavu-serif", "DejaVuSerif.ttf"),
                        ("dejavu-mono", "DejaVuSansMono.ttf")):
        if (DEJAVU / name).is_file():
            found[label] = (lambda path: lambda size: ImageFont.truetype(str(path), size))(DEJAVU / name)
    return found


@lru_cache(maxsize=None)
def sample(name: str) -> Image.Image:
    """A scikit-image sample picture, as RGB."""
    import skimage.data

    return Image.fromarray(getattr(skimage.data, name)()).convert("RGB")


def background(kind: str, size: tuple[int, int]) -> tuple[Image.Image, str, str]:
    """(picture, text colour, outline colour)."""
    if kind == "white":
        return Image.new("RGB", size, "white"), "black", "white"
    if kind == "dark":
        return Image.new("RGB", size, "#1b1f3a"), "white", "#1b1f3a"
    if kind == "colour":
        gradient = np.linspace((230, 60, 90), (250, 180, 40), size[0], dtype=np.float32)
        return Image.fromarray(np.broadcast_to(gradient, (size[1], size[0], 3)).astype(np.uint8)), "white", "black"
    photo = sample(kind).resize(size)            # a meme: white letters outlined in black over a photo
    return photo, "white", "black"


def poster(lines: list[str], font: str = "pillow-default", size: int = 80, angle: float = 0,
           kind: str = "white", canvas: tuple[int, int] = (1080, 1080)) -> Image.Image:
    image, colour, outline = background(kind, canvas)
    layer = Image.new("RGBA", canvas, (0, 0, 0, 0))
    draw, face = ImageDraw.Draw(layer), fonts()[font](size)
    y = canvas[1] // 2 - len(lines) * size * 0.7
    for line in lines:
        draw.text((canvas[0] // 2, y), line, font=face, fill=colour, anchor="mm",
                  stroke_width=max(1, size // 16) if kind not in ("white", "dark") else 0, stroke_fill=outline)
        y += size * 1.4
    if angle:
        layer = layer.rotate(angle, resample=Image.BICUBIC, center=(canvas[0] // 2, canvas[1] // 2))
    image.paste(layer, (0, 0), layer)
    return image


def logo(name: str) -> Image.Image:
    return Image.open(LOGOS / name).convert("RGBA")


def other_logo() -> Image.Image:
    """scikit-image's own logo: a logo that is no organisation's."""
    import skimage.data

    return Image.fromarray(skimage.data.logo()).convert("RGBA")


def recoloured(image: Image.Image, how: str) -> Image.Image:
    if how == "none":
        return image
    alpha = image.getchannel("A")
    rgb = image.convert("RGB")
    if how == "grey":
        rgb = ImageOps.grayscale(rgb).convert("RGB")
    elif how == "inverted":
        rgb = ImageOps.invert(rgb)
    elif how == "hue":                            # the colours turned a third of the way round
        hsv = np.array(rgb.convert("HSV"))
        hsv[..., 0] = (hsv[..., 0].astype(int) + 85) % 256
        rgb = Image.fromarray(hsv, "HSV").convert("RGB")
    out = rgb.convert("RGBA")
    out.putalpha(alpha)
    return out


def pasted(mark: Image.Image, onto: str, width_share: float, angle: float = 0, crop: float = 0,
           recolour: str = "none", at: tuple[float, float] = (0.1, 0.15), canvas: tuple[int, int] = (1080, 1080)):
    """`mark` pasted into the sample photo `onto`: `width_share` of its width, turned by `angle` degrees,
    its bottom `crop` share cut off, recoloured. Returns (picture, the box it occupies)."""
    photo = sample(onto).resize(canvas)
    if crop:
        mark = mark.crop((0, 0, mark.width, int(mark.height * (1 - crop))))
    width = int(canvas[0] * width_share)
    mark = recoloured(mark.resize((width, max(1, int(width * mark.height / mark.width))), Image.LANCZOS), recolour)
    if angle:
        mark = mark.rotate(angle, resample=Image.BICUBIC, expand=True)
    x, y = int(canvas[0] * at[0]), int(canvas[1] * at[1])
    photo.paste(mark, (x, y), mark)
    return photo, (x, y, mark.width, mark.height)


def face_pictures() -> list[tuple[str, Image.Image]]:
    """Pictures with at least one frontal face: the astronaut at several sizes and in other photos, and
    faces of scikit-image's Labeled Faces in the Wild subset enlarged into photos."""
    import skimage.data

    astronaut = sample("astronaut")
    out = [("astronaut", astronaut), ("astronaut, 1080 px", astronaut.resize((1080, 1080))),
           ("astronaut, 300 px", astronaut.resize((300, 300)))]
    head = astronaut.crop((150, 30, 300, 200))
    for onto in ("coffee", "rocket", "chelsea"):
        photo = sample(onto).copy()
        photo.paste(head, (20, 20))
        out.append((f"astronaut's head in {onto}", photo))
    faces = skimage.data.lfw_subset()[:100]
    rng = random.Random(5)
    for i in rng.sample(range(100), 20):
        face = Image.fromarray((faces[i] * 255).astype(np.uint8)).convert("RGB").resize((160, 160), Image.BICUBIC)
        photo = sample(rng.choice(("coffee", "rocket", "chelsea", "hubble_deep_field"))).resize((800, 600))
        photo.paste(face, (rng.randint(0, 600), rng.randint(0, 400)))
        out.append((f"LFW face {i} in a photo", photo))
    return out


def faceless_pictures() -> list[tuple[str, Image.Image]]:
    """Pictures without a face turned to the camera (camera.png's man is in profile: a frontal cascade
    cannot see him, and the measurement lists him apart)."""
    import skimage.data

    names = ("coffee", "chelsea", "rocket", "logo", "page", "text", "horse", "brick", "grass", "gravel", "coins",
             "hubble_deep_field", "moon", "retina", "motorcycle_left", "clock", "cell", "immunohistochemistry")
    out = []
    for name in names:
        try:
            out.append((name, sample(name)))
        except Exception:               # a sample this scikit-image does not bundle
            continue
    nonfaces = skimage.data.lfw_subset()[100:]
    rng = random.Random(6)
    for i in rng.sample(range(100), 10):
        patch = Image.fromarray((nonfaces[i] * 255).astype(np.uint8)).convert("RGB").resize((160, 160), Image.BICUBIC)
        photo = sample("coffee").resize((800, 600))
        photo.paste(patch, (300, 200))
        out.append((f"LFW non-face {i} in coffee", photo))
    out += [(" / ".join(lines), poster(lines)) for lines in QUIET_TEXTS[:3]]
    return out


def encoded(image: Image.Image, kind: str = "png", quality: int = 90) -> dict:
    """The `images` entry a client sends for the picture."""
    buffer = io.BytesIO()
    if kind == "jpeg":
        image.convert("RGB").save(buffer, "JPEG", quality=quality)
    elif kind == "webp":
        image.save(buffer, "WEBP", quality=quality)
    elif kind == "gif":
        image.convert("P", palette=Image.ADAPTIVE).save(buffer, "GIF")
    else:
        image.save(buffer, "PNG")
    return {"data": base64.b64encode(buffer.getvalue()).decode("ascii"), "type": f"image/{kind}"}
