"""The benchmark's pieces still run: the never-seen text stream, the 600-profile pack generator, and
`scripts/bench --quick --only engine` end to end (a few seconds). The HTTP, start-up and scale sections
take longer and are left to `scripts/bench` itself."""
from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
import tomllib

import pytest

from helpers import ROOT, SHARED
from thinktwice.engine import Engine

pytestmark = pytest.mark.skipif(not (SHARED / "realdata").is_dir(), reason="needs ../shared/realdata")


def load_script(name: str, path):
    loader = importlib.machinery.SourceFileLoader(name, str(path))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader))
    loader.exec_module(module)
    return module


def test_texts_are_never_given_twice_and_have_the_asked_size():
    bench = load_script("bench", ROOT / "scripts" / "bench")
    texts = bench.Texts(seed=5)
    drawn = bench.draw(texts, {"tweet": 50, "280": 50, "2000": 5, 'names "the SU"': 50})
    every = [t for kind in drawn.values() for t in kind]
    assert len(every) == len(set(every)) == 155
    assert all(250 <= len(t) <= 280 for t in drawn["280"])
    assert all(1900 <= len(t) <= 2000 for t in drawn["2000"])
    assert all("the SU" in t for t in drawn['names "the SU"'])


def test_generated_pack_has_unique_profiles_that_load_and_keep_the_shared_names(tmp_path):
    make_profiles = load_script("make_profiles", ROOT / "scripts" / "make_profiles.py")
    out = make_profiles.make_pack(tmp_path / "rules", 12)
    files = sorted((out / "policies").glob("*.toml"))
    profiles = [tomllib.loads(f.read_text()) for f in files]
    assert len(profiles) == 12 and len({p["id"] for p in profiles}) == 12
    own = [n for p in profiles for n in p["names"] if n not in ("the SU", "the Students' Union", "the Students Union",
                                                               "the Student Union", "Student Union", "the union",
                                                               "SU", "the University")]
    assert len(own) == len(set(own)), "an organisation's own names are its own"
    assert all("the SU" in p["names"] for p in profiles if p["id"].endswith("-su"))
    engine = Engine.from_directory(out)
    assert len(engine.pack.profiles) == 12
    answer = engine.check({"text": "Vote Labour on Thursday!", "action": "post",
                           "context": {"org": "aberdeen-su", "role": "volunteer", "account": "official"}})
    assert answer["verdict"] == "warning"


def test_bench_quick_engine_section_runs():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench"), "--quick", "--only", "engine"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    for row in ("a tweet as it is", "20,000 characters", 'names "the SU"', "never-seen ÷ repeated",
                "machine speed over the run"):
        assert row in run.stdout
