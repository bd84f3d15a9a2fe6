"""The pictures attached to a post, judged as the post is: the same detectors read the text in them, the
same policy decides, for the same person, account and action (docs/architecture.md, "Pictures").

For each picture, images/ (the optional extra) finds what is there once: its lines of text, faces and the
organisation's reference logos. Then:

- the text, with words run together split as a hashtag's are (images/words.py), is detected and judged
  like a post, with the post's signals; each warning's box is the box of the lines its words are on;
- faces are a finding of the built-in rule personal-data.people-in-picture, which profiles map by its id;
- a reference logo is a finding of the rule its profile names for it (branding.logo-use for the
  organisation's own, branding.partner-logo-use for its university's), so the logo clauses already in the
  profile decide. The caption's approval lifts it as it lifts the text's logo finding: the text's signal
  (signal.logo-approved) needs the logo named beside the approval ("logo approved by the SU"), and beside a
  picture that carries the logo the picture names it, so "Approved by Union Activities" or "used with
  permission" in the caption is enough (`_approval`).

Warnings carry the picture's index and a box in its pixels instead of spans.
"""
from __future__ import annotations

import threading
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from . import images
from .budget import Deadline
from .detectors.detector import Detection, Finding
from .images.decode import ImageRejected, Received
from .judge import Warning, judge, signals_of
from .pack.compile import ENDORSEMENT_RULE
from .pack.load import PEOPLE_IN_PICTURE
from .request import CheckRequest, RequestError
from .text import Text
from .vocab import SEVERITY_RANK

Box = tuple[int, int, int, int]
UNAVAILABLE = ("pictures cannot be checked: this service was installed without the images extra "
               "(pip install 'thinktwice[images]')")


class PictureWarning(NamedTuple):
    warning: Warning
    image: int                  # the picture's index in the request's `images`
    box: Box | None             # x, y, width, height in the picture's pixels
    found: str                  # what was found: the words read, "2 people", the logo's name


class Pictures:
    """Built with the engine, cheaply: the image libraries and models load on the first picture."""

    def __init__(self, pack, detector, budget_ms: float | None, logo_dirs: list[Path]):
        self.pack, self.detector, self.budget_ms = pack, detector, budget_ms
        self.logo_dirs = logo_dirs
        self._looker = None

    @property
    def looker(self):
        if self._looker is None:
            from .images.look import Looker

            self._looker = Looker(self.logo_dirs)
        return self._looker

    _warming: threading.Thread | None = None

    def warm(self) -> bool:
        """POST /v1/pictures/warm: the image libraries imported now, and the text reader's models and the face
        finder loaded on a thread of their own, as the first picture would load them, so that picture does
        not wait for them. -> True when this call started the loading, False when an earlier call had.
        Without the images extra: images_unavailable, as for a picture."""
        if not images.available():
            raise RequestError("images_unavailable", UNAVAILABLE)
        if self._warming is not None:
            return False
        looker = self.looker

        def load():
            import numpy as np

            looker.reader.load()
            looker.faces.find(np.zeros((64, 64), dtype=np.uint8))

        self._warming = threading.Thread(target=load, name="thinktwice-pictures-warm", daemon=True)
        self._warming.start()
        return True

    def warnings(self, request: CheckRequest, elections: list) -> tuple[PictureWarning, ...]:
        if not images.available():
            raise RequestError("images_unavailable", UNAVAILABLE)
        from .images.look import LogoRef

        ctx = request.context
        plan = self.pack.compiled.plan(ctx.org)
        logos = tuple(LogoRef(logo.name, logo.file, logo.rule, logo.min_matches)
                      for logo in self.pack.profiles[ctx.org].logos)
        post = self._post_signals(request, plan)
        out: list[PictureWarning] = []
        for picture in request.images:
            try:
                seen = self.looker.look(picture, logos)
            except ImageRejected as exc:
                raise RequestError(exc.code, exc.message) from None
            out += self._text_warnings(picture, seen, plan, ctx, post, elections)
            approval = self._approval(request, {m.rule for m in seen.logos}) if seen.logos else frozenset()
            out += self._whole_picture_warnings(picture, seen, plan, ctx, post | approval, elections)
        return tuple(out)

    def _post_signals(self, request: CheckRequest, plan) -> frozenset:
        """The signals of the post's own text and of the post it answers, as the text's check finds them."""
        deadline, signals = Deadline(self.budget_ms), frozenset()
        if request.text.strip():
            signals = signals_of(self.detector.find(Text(request.text), request.context.org, deadline,
                                                    only=plan.signal_rules))
        if request.replying_to:
            signals |= signals_of(self.detector.find(Text(request.replying_to), request.context.org, deadline,
                                                     only=plan.signal_rules), "@replying_to")
        return signals

    def _approval(self, request: CheckRequest, logo_rules: set[str]) -> frozenset:
        """The signals the caption gives a logo the picture carries: each signal rule that needs a logo's
        words beside its own (signal.logo-approved requires the lexicon `logo` in its sentence), run on the
        caption without needing the words the picture stands for, those its logo rules match and require
        (a logo, used, the owner's). "Approved by Union Activities" then counts; "not approved" and "need
        approval?" still do not, as the signal's own lexicon options decide."""
        if not request.text.strip():
            return frozenset()
        rules = self.pack.compiled.rules
        pictured = {name for rule_id in logo_rules for name in (*rules[rule_id].match, *rules[rule_id].requires)}
        relaxed = [replace(rule, requires=[n for n in rule.requires if n not in pictured])
                   for rule in self._signal_rules if pictured & set(rule.requires)]
        if not relaxed:
            return frozenset()
        deadline, text = Deadline(self.budget_ms), Text(request.text)
        hits = self.detector.find(text, request.context.org, deadline, only=frozenset()).hits
        return frozenset(rule.id for rule in relaxed if self.detector.rule_spans(rule, text, hits, deadline))

    @cached_property
    def _signal_rules(self) -> list:
        return [rule for rule in self.pack.compiled.rules.values() if rule.category == "signal" and rule.requires]

    def _text_warnings(self, picture: Received, seen, plan, ctx, post: frozenset, elections) -> list[PictureWarning]:
        from .images.words import box_of

        if not seen.text.text.strip():
            return []
        text = Text(seen.text.text)
        detection = self.detector.find(text, ctx.org, Deadline(self.budget_ms))
        judged = judge(plan, detection, text, ctx, post | signals_of(detection), elections, self.pack)
        return [PictureWarning(w, picture.index, box_of(seen.text, w.spans),
                               " ".join(text.raw[s:e] for s, e in w.spans) or seen.text.text)
                for w in judged]

    def _whole_picture_warnings(self, picture: Received, seen, plan, ctx, post: frozenset,
                                elections) -> list[PictureWarning]:
        from .images.words import union

        found: dict[str, tuple[str, Box | None]] = {}
        findings: dict[str, Finding] = {}
        if seen.faces:
            n = len(seen.faces)
            found[PEOPLE_IN_PICTURE.id] = ("a person" if n == 1 else f"{n} people", union(seen.faces))
            findings[PEOPLE_IN_PICTURE.id] = Finding(PEOPLE_IN_PICTURE, ())
        for rule_id in dict.fromkeys(m.rule for m in seen.logos):
            matches = [m for m in seen.logos if m.rule == rule_id]
            found[rule_id] = (" and the ".join(m.name for m in matches), union([m.box for m in matches]))
            findings[rule_id] = Finding(self.pack.compiled.rules[rule_id], ())
        if not findings:
            return []
        judged = judge(plan, Detection(findings, {}), Text(""), ctx, post, elections, self.pack)
        out = []
        for w in judged:
            if w.rule == ENDORSEMENT_RULE.id:
                what, box = ", ".join(f[0] for f in found.values()), union([f[1] for f in found.values() if f[1]])
            else:
                what, box = found[w.rule]
                if w.rule != PEOPLE_IN_PICTURE.id:
                    w = replace(w, message=f"The picture carries the {what}.")
            out.append(PictureWarning(w, picture.index, box, what))
        return out


def one_endorsement(text_warnings: tuple[Warning, ...], pictured: tuple[PictureWarning, ...]):
    """A like or share is one endorsement: the text's and each picture's endorsement warning become the
    most severe of them (the text's when they tie)."""
    candidates = [w for w in text_warnings if w.rule == ENDORSEMENT_RULE.id] + \
                 [p for p in pictured if p.warning.rule == ENDORSEMENT_RULE.id]
    if len(candidates) < 2:
        return text_warnings, pictured
    rank = lambda c: SEVERITY_RANK[(c.warning if isinstance(c, PictureWarning) else c).severity]
    keep = max(candidates, key=rank)
    return (tuple(w for w in text_warnings if w.rule != ENDORSEMENT_RULE.id or w is keep),
            tuple(p for p in pictured if p.warning.rule != ENDORSEMENT_RULE.id or p is keep))
