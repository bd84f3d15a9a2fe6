"""The text read from a picture, made into a text the detectors read as they read a post.

OCR loses narrow spaces: "VOTE LABOUR" on a poster comes back "VOTELABOUR". A run of letters that is
not an English word is split the way the matcher splits a hashtag written without capitals
(detectors/lexicon.py's glued_words, by English word frequencies), keeping its case; a word that is a
word ("Scunthorpe") stays whole. Each line of the picture becomes a line of the text, so its findings
can be traced back to the lines, and so to the boxes, they came from.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ..detectors.lexicon import glued_words, is_english_word

_LETTER_RUN = re.compile(r"[^\W\d_]{6,}")


class PictureText(NamedTuple):
    text: str                           # the lines, separated, with glued words split
    starts: tuple[int, ...]             # where each line starts in `text`
    boxes: tuple[tuple[int, int, int, int], ...]


def unglued(line: str) -> str:
    """'VOTELABOUR' -> 'VOTE LABOUR'; 'Call Sam 07700 900461' as it is."""
    def split(m: re.Match) -> str:
        word = m.group()
        if is_english_word(word.lower()):
            return word
        parts, out, at = glued_words(word.lower()), [], 0
        for part in parts:
            out.append(word[at:at + len(part)])
            at += len(part)
        return " ".join(out) if at == len(word) else word
    return _LETTER_RUN.sub(split, line)


def picture_text(lines) -> PictureText:
    """`lines`: ocr.Line values, in reading order."""
    starts, parts, at = [], [], 0
    for line in lines:
        text = unglued(line.text)
        starts.append(at)
        parts.append(text)
        at += len(text) + 1
    return PictureText("\n".join(parts), tuple(starts), tuple(line.box for line in lines))


def box_of(found: PictureText, spans) -> tuple[int, int, int, int] | None:
    """The box around every line the spans touch (x, y, width, height); None without spans."""
    lines = sorted({bisect_right(found.starts, start) - 1 for start, _ in spans} |
                   {bisect_right(found.starts, max(start, end - 1)) - 1 for start, end in spans})
    boxes = [found.boxes[i] for i in lines if 0 <= i < len(found.boxes)]
    return union(boxes)


def union(boxes) -> tuple[int, int, int, int] | None:
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)
