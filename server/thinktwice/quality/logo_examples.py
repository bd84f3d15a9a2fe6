"""Run the pictures each [[logos]] entry of a profile carries (`should_match`, `should_not_match`), as
`thinktwice rules test` runs the text examples (quality/examples.py): a `should_match` picture passes only if
the logo is found in it, a `should_not_match` picture only if it is not. The logo is looked for as the
service looks for it: its file and `min_matches`, in the picture as a client would send it.

Kept apart from the text examples: they need the images extra, and the release gate, which runs the text
examples on every rule update, takes packs that carry only TOML.
"""
from __future__ import annotations

from pathlib import Path

from .examples import NOTHING, ExampleResult
from ..images.decode import TYPES, Received, sniff


def _picture(path: Path) -> Received:
    data = path.read_bytes()
    kind = sniff(data)
    if kind not in TYPES:
        raise ValueError(f"{path.name} is not a PNG, JPEG, WebP or GIF picture")
    return Received(0, kind, data, "")


def logo_examples(pack, logo_dirs: list[Path] | None = None) -> list[ExampleResult]:
    """One result per example picture of every logo of every profile. `logo_dirs`: where the files are
    looked for (default: the pack's own directory)."""
    import cv2

    from ..images.decode import ImageRejected, decoded
    from ..images.logos import LogoFinder, reference

    dirs = logo_dirs or [pack.root]
    finder, results = LogoFinder(), []

    def find(relative: str) -> Path | None:
        return next((d / relative for d in dirs if (d / relative).is_file()), None)

    for profile in pack.profiles.values():
        for logo in profile.logos:
            where = f"logo {logo.file} ({profile.id})"
            cases = [(f, True) for f in logo.should_match] + [(f, False) for f in logo.should_not_match]
            if not cases:
                continue
            expected = {True: f"finds the {logo.name}", False: NOTHING}
            try:
                path = find(logo.file)
                if path is None:
                    raise ValueError(f"{logo.file} is not in the rule pack")
                ref = reference(path, logo.name, logo.rule, logo.min_matches)
            except ValueError as exc:
                results += [ExampleResult(where, f, expected[want], f"cannot be looked for: {exc}", False)
                            for f, want in cases]
                continue
            for relative, want in cases:
                try:
                    example = find(relative)
                    if example is None:
                        raise ValueError(f"{relative} is not in the rule pack")
                    gray = cv2.cvtColor(decoded(_picture(example)).pixels, cv2.COLOR_BGR2GRAY)
                except (ValueError, ImageRejected) as exc:
                    results.append(ExampleResult(where, relative, expected[want], f"not run: {exc}", False))
                    continue
                found = finder.find(gray, [ref])
                got = (f"finds the {logo.name} ({found[0].matches} matching points, {logo.min_matches} needed)"
                       if found else NOTHING)
                results.append(ExampleResult(where, relative, expected[want], got, bool(found) == want))
    return results
