#!/usr/bin/env python3
"""Compare our `offensive` warnings with an offline peer, alt-profanity-check, on the same texts.

    python scripts/compare_profanity_check.py [--data DIR] [--rules-dir DIR] [--peer-dir DIR]

Texts: HatEval's validation tweets (../shared/realdata/tweeteval-hate-val.jsonl, label `hate` = 1,
hateful, the positive class) and Davidson et al.'s tweets by class (hate, offensive, neither).
Ours: a text is flagged when it is warned `offensive` at caution or warning, checked as a post by a
volunteer from Lancaster SU's official account (thinktwice.quality.evaluation.rates, the code of
`thinktwice eval`). Peer: alt-profanity-check's own `predict` (a linear SVM on word n-grams).

The peer is not a dependency of the project: it lives in a throwaway virtual environment under
--peer-dir (default ~/.cache/thinktwice-peer, made on first use with `pip install
alt-profanity-check`, which pulls scikit-learn) and runs there as a subprocess reading texts on
standard input. If it cannot be installed the script says why and prints our figures alone (exit 0).

Note the peer was trained on Davidson et al.'s tweets (and Wikipedia comments), so its Davidson
figures are in-sample; HatEval is unseen by both.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from thinktwice.engine import Engine  # noqa: E402
from thinktwice.quality.evaluation import DEFAULT_CONTEXT, describe_context, precision_recall_f1, rates  # noqa: E402

PEER = "alt-profanity-check"
HATEVAL = "tweeteval-hate-val.jsonl"
DAVIDSON = "davidson-hate-offensive.jsonl"
DAVIDSON_CLASSES = ("hate", "offensive", "neither")
WIDTH = 40                                  # the name column

# Runs inside the peer's environment: one JSON string a line in, one 0/1 a line out.
PEER_SCRIPT = """
import json, sys
from profanity_check import predict
texts = [json.loads(line) for line in sys.stdin if line.strip()]
for flag in (predict(texts) if texts else []):
    print(int(flag))
"""
PEER_VERSION = """
from importlib.metadata import version
print(version("alt-profanity-check"), version("scikit-learn"))
"""


def default_peer_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "thinktwice-peer"


def peer_python(peer_dir: Path) -> tuple[Path | None, str]:
    """The peer environment's python (made or reused), or None and the reason it cannot be had."""
    venv = peer_dir / "venv"
    python = venv / "bin" / "python"
    if python.exists() and _runs(python, "import profanity_check"):
        return python, "reused"
    print(f"installing {PEER} into {venv} (once) ...", file=sys.stderr, flush=True)
    try:
        peer_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, capture_output=True,
                       text=True, timeout=300)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PEER],
                       check=True, capture_output=True, text=True, timeout=1200)
    except subprocess.CalledProcessError as exc:
        tail = (exc.stderr or exc.stdout or "").strip().splitlines()[-5:]
        return None, f"`{' '.join(map(str, exc.cmd))}` failed: " + " | ".join(tail)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{type(exc).__name__}: {exc}"
    if not _runs(python, "import profanity_check"):
        return None, f"{PEER} installed but `import profanity_check` fails in {venv}"
    return python, "installed"


def _runs(python: Path, code: str) -> bool:
    try:
        return subprocess.run([str(python), "-c", code], capture_output=True, timeout=300,
                              env=_quiet_env()).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _quiet_env() -> dict:
    return {**os.environ, "PYTHONWARNINGS": "ignore"}    # scikit-learn's version warnings on the pickled model


def peer_flags(python: Path, texts: list[str]) -> list[int]:
    """The peer's 0/1 for each text, in order."""
    out = subprocess.run([str(python), "-c", PEER_SCRIPT], input="".join(json.dumps(t) + "\n" for t in texts),
                         capture_output=True, text=True, check=True, timeout=1200, env=_quiet_env()).stdout
    flags = [int(x) for x in out.split()]
    if len(flags) != len(texts):
        raise RuntimeError(f"{PEER} answered {len(flags)} flags for {len(texts)} texts")
    return flags


def load(path: Path, label: str) -> list[str]:
    """The non-empty texts of lines labelled `label`: the texts `rates` checks, in the same order."""
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                text = row.get("text")
                if row.get("label") == label and isinstance(text, str) and text.strip():
                    texts.append(text)
    return texts


def ours(engine: Engine, path: Path, label: str) -> tuple[int, int]:
    """(texts warned offensive, texts checked) among lines labelled `label`."""
    with path.open(encoding="utf-8") as f:
        r = rates(engine, f, DEFAULT_CONTEXT, "text", (("label", label),))
    return r.warned["offensive"], r.texts


def prf_cells(tp: int, positives: int, fp: int, negatives: int) -> str:
    p, r, f1 = precision_recall_f1(tp, positives, fp)
    return f"{p:>10.3f}{r:>8.3f}{f1:>7.3f}{f'{tp}/{positives}':>17}{f'{fp}/{negatives}':>16}"


def rate_cell(n: int, total: int) -> str:
    return f"{f'{n / total:.2%}' if total else '-':>11}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--rules-dir", type=Path, default=None, help="rule pack directory (default: bundled)")
    parser.add_argument("--peer-dir", type=Path, default=default_peer_dir(),
                        help="where the peer's throwaway environment lives (default ~/.cache/thinktwice-peer)")
    args = parser.parse_args()

    engine = Engine.from_directory(args.rules_dir, cache_size=0)
    python, how = peer_python(args.peer_dir)
    peer_name = PEER
    if python is None:
        print(f"{PEER} is not available, so only our figures follow: {how}")
    else:
        versions = subprocess.run([str(python), "-c", PEER_VERSION], capture_output=True, text=True,
                                  env=_quiet_env()).stdout.split()
        if len(versions) == 2:
            peer_name = f"{PEER} {versions[0]}"
            print(f"peer: {peer_name} (scikit-learn {versions[1]}), {how} in {python.parent.parent}")
    print(f"ours: rules {engine.pack.version}, `offensive` at caution or warning, "
          f"as {describe_context(DEFAULT_CONTEXT)}")

    hateval = args.data / HATEVAL
    pos, neg = load(hateval, "hate"), load(hateval, "not-hate")
    print(f"\nHatEval val: {len(pos)} hateful (label hate = 1) and {len(neg)} not; hateful is positive")
    print(f"{'':<{WIDTH}}{'precision':>10}{'recall':>8}{'F1':>7}{'hateful flagged':>17}{'others flagged':>16}")
    (tp, n_pos), (fp, n_neg) = ours(engine, hateval, "hate"), ours(engine, hateval, "not-hate")
    assert (n_pos, n_neg) == (len(pos), len(neg))
    print(f"{'ThinkTwice (offensive)':<{WIDTH}}{prf_cells(tp, n_pos, fp, n_neg)}")
    if python is not None:
        flags_pos, flags_neg = peer_flags(python, pos), peer_flags(python, neg)
        print(f"{peer_name:<{WIDTH}}{prf_cells(sum(flags_pos), len(pos), sum(flags_neg), len(neg))}")

    davidson = args.data / DAVIDSON
    by_class = {label: load(davidson, label) for label in DAVIDSON_CLASSES}
    sizes = ", ".join(f"{len(t):,} {label}" for label, t in by_class.items())
    print(f"\nDavidson et al.: share of each class flagged ({sizes}); P/R/F1 with hate or offensive positive")
    print(f"{'':<{WIDTH}}" + "".join(f"{label:>11}" for label in DAVIDSON_CLASSES)
          + f"{'precision':>11}{'recall':>8}{'F1':>7}")
    rows = {"ThinkTwice (offensive)": {label: ours(engine, davidson, label) for label in DAVIDSON_CLASSES}}
    if python is not None:
        peer = {}
        for label, texts in by_class.items():
            peer[label] = (sum(peer_flags(python, texts)), len(texts))
        rows[f"{peer_name} (in-sample)"] = peer
    for name, counts in rows.items():
        tp = counts["hate"][0] + counts["offensive"][0]
        p, r, f1 = precision_recall_f1(tp, counts["hate"][1] + counts["offensive"][1], counts["neither"][0])
        print(f"{name:<{WIDTH}}" + "".join(rate_cell(*counts[label]) for label in DAVIDSON_CLASSES)
              + f"{p:>11.3f}{r:>8.3f}{f1:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
