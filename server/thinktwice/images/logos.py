"""Reference logos found in a picture by local features: ORB keypoints of the reference matched to the
picture's, kept when enough of them agree on one placement (a RANSAC fit of scale, turn and shift).
Features are local, so a logo pasted smaller or larger, turned, partly cropped or recoloured is still
found; a different logo, whose keypoints agree with no single placement, is not.

A rule pack names each organisation's logos (its profile's [[logos]]: docs/rules.md); a logo's
`min_matches` is how many consistent keypoints make a match. References are read once, when a picture is
first checked for an organisation.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

REFERENCE_SIDE = 400        # references are scaled to this longer side before their keypoints are taken
SCENE_SIDE = 1280           # pictures are searched at this longer side at most
REFERENCE_FEATURES = 1500   # keypoints taken from a reference
SCENE_FEATURES = 2500       # keypoints taken from a picture
# Matching costs references x picture keypoints (brute force, exact, so an answer never depends on a seed):
# with 5,000 it was 180 of a picture's 205 ms of CPU for two logos. scripts/measure_images.py finds the
# same 157 of 157 pasted logos with no false alarm on 76 at 2,500 (and at 5,000); halving the references'
# keypoints instead (750) lost 6 small cropped logos, 1,000 x 3,000 lost 1.
RATIO = 0.8                 # Lowe's ratio test: a match must be clearly better than the next best
RANSAC_PIXELS = 6.0
MIN_SCALE, MAX_SCALE = 0.08, 8.0    # a placement from a twelfth of the reference's size to eight times it
MIN_SPREAD = 0.12           # the agreeing keypoints' hull covers at least this share of the reference


class Reference(NamedTuple):
    name: str
    rule: str
    min_matches: int
    size: tuple[int, int]           # width, height of the scaled reference
    views: tuple                    # (keypoints, descriptors) as drawn, and with its shades inverted


class Match(NamedTuple):
    name: str
    rule: str
    box: tuple[int, int, int, int]
    matches: int                    # keypoints consistent with the placement


def _orb(features: int):
    import cv2

    return cv2.ORB_create(nfeatures=features, scaleFactor=1.2, nlevels=8, edgeThreshold=15, patchSize=31,
                          fastThreshold=10)


def reference(path: Path, name: str, rule: str, min_matches: int) -> Reference:
    """A logo file made ready for matching. ValueError if it is not a picture with enough detail."""
    import cv2
    import numpy as np

    gray = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        raise ValueError(f"{path.name} is not a picture OpenCV can read")
    scale = REFERENCE_SIDE / max(gray.shape)
    gray = cv2.resize(gray, (round(gray.shape[1] * scale), round(gray.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    orb, views = _orb(REFERENCE_FEATURES), []
    for shade in (gray, 255 - gray):
        keypoints, descriptors = orb.detectAndCompute(shade, None)
        if descriptors is None or len(keypoints) < min_matches:
            raise ValueError(f"{path.name} has too little detail to be matched ({len(keypoints or ())} keypoints)")
        views.append((np.float32([k.pt for k in keypoints]), descriptors))
    return Reference(name, rule, min_matches, (gray.shape[1], gray.shape[0]), tuple(views))


class LogoFinder:
    def __init__(self):
        self._lock = threading.Lock()

    def find(self, gray, references) -> list[Match]:
        """Every reference found in the grayscale picture, with the box it occupies in its pixels."""
        import cv2
        import numpy as np

        if not references:
            return []
        height, width = gray.shape[:2]
        scale = min(1.0, SCENE_SIDE / max(height, width))
        scene = cv2.resize(gray, (round(width * scale), round(height * scale)),
                           interpolation=cv2.INTER_AREA) if scale < 1 else gray
        keypoints, descriptors = _orb(SCENE_FEATURES).detectAndCompute(scene, None)
        if descriptors is None or len(keypoints) < 8:
            return []
        points = np.float32([k.pt for k in keypoints])
        matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        found = []
        for ref in references:
            best = None
            for ref_points, ref_descriptors in ref.views:
                placed = _placement(matcher, ref, ref_points, ref_descriptors, points, descriptors)
                if placed and (best is None or placed[1] > best[1]):
                    best = placed
            if best and best[1] >= ref.min_matches:
                x, y, w, h = best[0]
                box = (int(x / scale), int(y / scale), int(w / scale), int(h / scale))
                found.append(Match(ref.name, ref.rule, _clip(box, width, height), best[1]))
        return found


def _placement(matcher, ref: Reference, ref_points, ref_descriptors, points, descriptors):
    """(box, consistent matches) of the reference's best placement in the scene, or None.

    A placement is a similarity (scale, turn, shift): what pasting a logo into a picture does. Fitting
    one, rather than a full homography, is what keeps a logo's lettering from matching any text: letters
    recur in every poster, but not all in one scaled and turned copy of the logo's layout. The keypoints
    that agree must also be spread over the logo, not bunched in one corner of it."""
    import cv2
    import numpy as np

    pairs = matcher.knnMatch(ref_descriptors, descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    if len(good) < max(8, ref.min_matches // 2):
        return None
    src = ref_points[[m.queryIdx for m in good]]
    dst = points[[m.trainIdx for m in good]]
    transform, mask = cv2.estimateAffinePartial2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PIXELS,
                                                  maxIters=4000, confidence=0.995)
    if transform is None:
        return None
    scale = float(np.hypot(transform[0, 0], transform[1, 0]))
    if not MIN_SCALE <= scale <= MAX_SCALE:
        return None
    chosen = np.flatnonzero(mask.ravel())
    # Keypoints matched to one scene point count once: a flat texture can pull many to one place.
    inliers = {good[i].trainIdx for i in chosen}
    w, h = ref.size
    spread = cv2.contourArea(cv2.convexHull(src[chosen].reshape(-1, 1, 2))) if len(chosen) >= 3 else 0.0
    if spread < MIN_SPREAD * w * h:
        return None
    corners = cv2.transform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2), transform)
    placed = cv2.boundingRect(corners.reshape(-1, 2))
    # A cropped logo's placement reaches past what is in the picture: keep the box to where its agreeing
    # keypoints are, with a margin for the logo's edges, which have no keypoints.
    px, py, pw, ph = cv2.boundingRect(dst[chosen].reshape(-1, 2))
    margin_x, margin_y = 0.15 * pw + 4, 0.15 * ph + 4
    seen = (px - margin_x, py - margin_y, px + pw + margin_x, py + ph + margin_y)
    x0, y0 = max(placed[0], seen[0]), max(placed[1], seen[1])
    x1, y1 = min(placed[0] + placed[2], seen[2]), min(placed[1] + placed[3], seen[3])
    return (int(x0), int(y0), int(x1 - x0), int(y1 - y0)), len(inliers)


def _clip(box, width: int, height: int) -> tuple[int, int, int, int]:
    x, y, w, h = box
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(width, x + w), min(height, y + h)
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))
