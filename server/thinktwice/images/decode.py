"""Pictures as a request carries them: base64 text of a PNG, JPEG, WebP or GIF, checked before anything
looks at them, then decoded once into pixels.

`received` (pure Python, no extra needed) checks an entry of `images`: the type is one we take, the data is
base64 of at most MAX_BYTES, and its first bytes are the declared type. `decoded` (Pillow) reads the
header first, refusing more than MAX_PIXELS before a single pixel is decompressed, so a small file that
would unpack into gigabytes (a decompression bomb) is refused cheaply.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from typing import NamedTuple

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")
# What Pillow calls each type's format.
_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP", "image/gif": "GIF"}


class ImageRejected(ValueError):
    """A picture that cannot be checked; `code` is stable, `message` names the picture and the problem."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


class Received(NamedTuple):
    index: int
    type: str
    data: bytes
    digest: str             # sha256 of the bytes: what the findings are remembered by


class Decoded(NamedTuple):
    pixels: object          # numpy array, height x width x 3, BGR (OpenCV's order)
    width: int
    height: int


def sniff(data: bytes) -> str | None:
    """The type the bytes are, by their signature."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def received(index: int, entry) -> Received:
    at = f"images[{index}]"
    if not isinstance(entry, dict):
        raise ImageRejected("invalid_type", f"{at} must be an object with 'data' and 'type'")
    unknown = sorted(set(entry) - {"data", "type"})
    if unknown:
        raise ImageRejected("unknown_field", f"{at} has unknown field(s): {', '.join(unknown)}")
    declared, text = entry.get("type"), entry.get("data")
    if declared is None or text is None:
        raise ImageRejected("missing_field", f"{at} needs 'data' (base64) and 'type'")
    if not isinstance(declared, str) or not isinstance(text, str):
        raise ImageRejected("invalid_type", f"{at}: 'data' and 'type' must be strings")
    if declared not in TYPES:
        raise ImageRejected("unsupported_image_type",
                            f"{at} has type {declared[:40]!r}; the types taken are {', '.join(TYPES)}")
    if len(text) > (MAX_BYTES + 2) // 3 * 4 + 4:
        raise ImageRejected("image_too_large", f"{at} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ImageRejected("invalid_image", f"{at}: 'data' is not base64") from None
    if len(data) > MAX_BYTES:
        raise ImageRejected("image_too_large", f"{at} is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if not data:
        raise ImageRejected("invalid_image", f"{at} is empty")
    actual = sniff(data)
    if actual is None:
        raise ImageRejected("invalid_image", f"{at} is not a PNG, JPEG, WebP or GIF picture")
    if actual != declared:
        raise ImageRejected("image_type_mismatch", f"{at} is declared {declared} but its data is {actual}")
    return Received(index, declared, data, hashlib.sha256(data).hexdigest())


def decoded(picture: Received) -> Decoded:
    """The picture's pixels (the first frame of an animation), turned as its EXIF orientation says,
    transparency laid on white. ImageRejected if it is too large, a bomb or cannot be decoded."""
    import io
    import warnings

    import numpy as np
    from PIL import Image, ImageOps

    at = f"images[{picture.index}]"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(picture.data), formats=[_FORMATS[picture.type]])
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageRejected("image_too_large", f"{at} is {width}×{height} pixels "
                                    f"({width * height / 1e6:.1f} megapixels); the limit is {MAX_PIXELS / 1e6:.0f}")
            image.load()
            ImageOps.exif_transpose(image, in_place=True)
            if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            elif image.mode != "RGB":
                image = image.convert("RGB")
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected("image_too_large", f"{at} decompresses to more than "
                            f"{MAX_PIXELS / 1e6:.0f} megapixels (a decompression bomb)") from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, Image.UnidentifiedImageError) as exc:
        raise ImageRejected("invalid_image", f"{at} cannot be decoded as {picture.type}: "
                            f"{type(exc).__name__}") from None
    import cv2

    return Decoded(cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR), image.width, image.height)
