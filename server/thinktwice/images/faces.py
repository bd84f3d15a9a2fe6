"""People's faces, found by OpenCV's frontal-face Haar cascade (the XML ships in the OpenCV wheel,
`cv2.data.haarcascades`). A cascade finds faces turned towards the camera; a face in profile or hidden is
missed, and the warning says only what was seen.
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
            found = self._ready().detectMultiScale(small, scaleFactor=SCALE_STEP, minNeighbors=MIN_NEIGHBOURS,
                                                   minSize=(MIN_FACE, MIN_FACE))
        return sorted(tuple(int(round(v / scale)) for v in box) for box in found)
