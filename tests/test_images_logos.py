"""The example pictures of each profile's [[logos]] (should_match, should_not_match): loaded from the pack,
run by `thinktwice rules test` and here. The pictures are the ones scripts/draw_logos.py --examples drew."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime", reason="the images extra is not installed")

from thinktwice.quality.logo_examples import logo_examples  # noqa: E402
from thinktwice.pack.load import PackError, load_pack  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"


@pytest.fixture(scope="module")
def bundled():
    return load_pack(RULES)


def test_every_bundled_logo_carries_examples_both_ways(bundled):
    logos = [logo for profile in bundled.profiles.values() for logo in profile.logos]
    assert logos
    for logo in logos:
        assert len(logo.should_match) >= 3 and len(logo.should_not_match) >= 2, logo.file
        for example in logo.should_match + logo.should_not_match:
            assert (RULES / example).is_file(), example


def test_every_bundled_logo_example_passes(bundled):
    results = logo_examples(bundled)
    assert len(results) == sum(len(l.should_match) + len(l.should_not_match)
                               for p in bundled.profiles.values() for l in p.logos)
    failed = [f"{r.where} {r.text}: expected {r.expected}, got {r.got}" for r in results if not r.passed]
    assert not failed, failed
    assert any(r.got.startswith("finds the") for r in results) and any(r.got == "nothing" for r in results)


def _pack_copy(tmp_path: Path, old: str, new: str) -> Path:
    pack = tmp_path / "rules"
    shutil.copytree(RULES, pack)
    policy = pack / "policies" / "leicester-su.toml"
    text = policy.read_text()
    assert old in text
    policy.write_text(text.replace(old, new, 1))
    return pack


def test_rules_test_fails_on_a_look_alike_said_to_match_and_names_it(tmp_path):
    """A comms team that lists the look-alike under should_match sees `rules test` fail on that picture."""
    look_alike = "logos/examples/university-of-leicester-look-alike-in-chelsea.jpg"
    pack = _pack_copy(tmp_path, 'should_match = [\n    "logos/examples/university-of-leicester-small-turned-in-coffee.jpg",\n',
                      f'should_match = [\n    "{look_alike}",\n')
    out = subprocess.run([sys.executable, "-m", "thinktwice", "rules", "test", str(pack)],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert out.returncode != 0, out.stdout
    assert f"FAIL logo logos/university-of-leicester.png (leicester-su): '{look_alike}'" in out.stdout
    assert "expected finds the University of Leicester logo, got nothing" in out.stdout
    assert "1 failed" in out.stdout


def test_a_missing_example_picture_fails_rather_than_passes(tmp_path):
    pack = _pack_copy(tmp_path, '    "logos/examples/leicester-su-look-alike-in-chelsea.jpg",\n',
                      '    "logos/examples/no-such-picture.jpg",\n')
    results = [r for r in logo_examples(load_pack(pack)) if r.text.endswith("no-such-picture.jpg")]
    assert len(results) == 1 and not results[0].passed and "is not in the rule pack" in results[0].got


@pytest.mark.parametrize("value, named", [
    ('["../secret.jpg"]', "should_match must be a list of logos/examples/NAME.png"),
    ('"logos/examples/one.jpg"', "should_match must be a list"),
    ('["logos/elsewhere.jpg"]', "should_match must be a list of logos/examples/"),
    ('[3]', "should_match must be a list"),
])
def test_the_loader_refuses_example_paths_outside_logos_examples(tmp_path, value, named):
    block = "".join(f'    "logos/examples/leicester-su-{kind}.jpg",\n' for kind in
                    ("small-turned-in-coffee", "cropped-grey-in-rocket", "inverted-upside-down-in-astronaut"))
    pack = _pack_copy(tmp_path, f"should_match = [\n{block}]\n", f"should_match = {value}\n")
    with pytest.raises(PackError) as refused:
        load_pack(pack)
    assert named in str(refused.value) and "logo #1" in str(refused.value)
