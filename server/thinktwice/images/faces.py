"""People's faces, found by OpenCV's frontal-face Haar cascade (the XML ships in the OpenCV wheel,
`cv2.data.haarcascades`). A cascade finds faces turned towards the camera; a face in profile or hidden is
missed, and the warning says only what was seen.

The cascade is run octave by octave rather than by one `detectMultiScale` call. OpenCV's call tries every
other window position while a face is at most twice the cascade's 20 px window and every position beyond,
so at 800 px faces of 40-80 px took 60% of its time (~110 of 190 ms of CPU). Here each octave of the
picture (halved again and again) is first searched at every other position for faces of one to two
windows; only around what that coarse pass finds (AROUND, SIZES) is the working picture searched again
at every position, as OpenCV's own call searches it. The raw detections of all passes are then grouped as
`detectMultiScale` groups them (MIN_NEIGHBOURS, OpenCV's 0.2). A face the coarse pass does not touch at
all is missed; on scripts/measure_images.py's pictures none was (found 25 of 26 and alarmed on none of 33,
as before; with a narrower search around, 1 and 1.6, the weakest face found fell from 6 detections to 5),
and a 1080 px poster's faces cost 75-80 ms of CPU instead of 195-200.
"""
from __future__ import annotations

import threading

CASCADE = "haarcascade_frontalface_alt.xml"
WORK_SIDE = 800         # faces are looked for in the picture scaled to this longer side at most
MIN_FACE = 30           # pixels, in the scaled picture: a face narrower than 1/27 of the picture is missed
# Measured on scripts/measure_images.py's pictures. OpenCV's default cascade needed 12 neighbouring
# detections per face at 800 px and scale steps of 1.1 to alarm on none of 33 faceless pictures (photos
# enlarged to 1080 px among them), and then missed 2 of 26 small, blurred faces. Its "alt" cascade with
# steps of 1.2 (half the scales to search, 40% less time) and 5 neighbours misses 1 and alarms on none.
# Evening out the histogram first lost faces and added alarms: not done.
SCALE_STEP = 1.2
MIN_NEIGHBOURS = 5
GROUP_EPS = 0.2         # OpenCV's own, in detectMultiScale
AROUND = 1.5            # a coarse detection is searched again this many of its widths around it
SIZES = 2.5             # for faces from 1/2.5 to 2.5 times its size


class FaceFinder:
    def __init__(self):
        self._cascade = None
        self._lock = threading.Lock()

    def _ready(self):
        if self._cascade is None:
            import cv2

            cascade = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADE)
            if cascade.empty():
                raise RuntimeError(f"OpenCV's {CASCADE} did not load")
            self._cascade = cascade
        return self._cascade

    def find(self, gray) -> list[tuple[int, int, int, int]]:
        """Boxes (x, y, width, height) of faces in a grayscale picture, in its own pixels."""
        import cv2

        height, width = gray.shape[:2]
        scale = min(1.0, WORK_SIDE / max(height, width))
        small = cv2.resize(gray, (round(width * scale), round(height * scale)),
                           interpolation=cv2.INTER_AREA) if scale < 1 else gray
        with self._lock:
            found = self._detections(self._ready(), small)
        if not found:
            return []
        grouped, _ = cv2.groupRectangles(found, MIN_NEIGHBOURS, GROUP_EPS)
        return sorted(tuple(int(round(v / scale)) for v in box) for box in grouped)

    def _detections(self, cascade, picture) -> list[list[int]]:
        """The cascade's raw detections (before grouping) in `picture`'s pixels."""
        import cv2

        window = cascade.getOriginalWindowSize()[0]

        def scan(image, smallest, largest, x0=0, y0=0):
            return [[x0 + int(x), y0 + int(y), int(w), int(h)] for x, y, w, h in
                    cascade.detectMultiScale(image, scaleFactor=SCALE_STEP, minNeighbors=0,
                                             minSize=(round(smallest),) * 2, maxSize=(round(largest),) * 2)]

        found = scan(picture, MIN_FACE, 2 * window)     # OpenCV tries every other position up to here
        wanted, octave, times = [], picture, 1
        while min(octave.shape[:2]) // 2 >= window:
            octave = cv2.resize(octave, (octave.shape[1] // 2, octave.shape[0] // 2), interpolation=cv2.INTER_AREA)
            times *= 2
            for x, y, w, h in scan(octave, window, 2 * window):
                x, y, w, h = x * times, y * times, w * times, h * times
                wanted.append((x - AROUND * w, y - AROUND * h, x + w + AROUND * w, y + h + AROUND * h,
                               max(2 * window + 1, w / SIZES), w * SIZES))
        for x0, y0, x1, y1, smallest, largest in _merged(wanted, picture.shape):
            found += scan(picture[y0:y1, x0:x1], smallest, largest, x0, y0)
        return found


def _merged(regions, shape) -> list[tuple[int, int, int, int, float, float]]:
    """Regions (x0, y0, x1, y1, smallest, largest face) kept inside a picture of `shape` and joined where
    they overlap, with the sizes of both, so no place is searched twice at one size (a detection counted
    twice would count as its own neighbour)."""
    height, width = shape[:2]
    boxes = [[max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(height, int(y1)), lo, hi]
             for x0, y0, x1, y1, lo, hi in regions]
    joined = True
    while joined:
        joined, out = False, []
        for box in boxes:
            for other in out:
                if box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]:
                    other[:] = [min(other[0], box[0]), min(other[1], box[1]), max(other[2], box[2]),
                                max(other[3], box[3]), min(other[4], box[4]), max(other[5], box[5])]
                    joined = True
                    break
            else:
                out.append(box)
        boxes = out
    return [tuple(b) for b in boxes]
