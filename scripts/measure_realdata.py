#!/usr/bin/env python3
"""Measure the checker on real text nobody here wrote (../shared/realdata/).

    python scripts/measure_realdata.py [--data DIR] [--show N]

Every tweet is checked as a post from an official Lancaster SU account by a volunteer.
Prints: @UKLabour tweets warned `political` (recall), TweetEval tweets warned `political`
(false alarms on everyday text), MP tweets warned `political`, and Davidson et al.'s
hate/offensive tweets warned `offensive` (recall) beside its `neither` tweets (false alarms).
"""
import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from thinktwice.engine import Engine  # noqa: E402

WARNED = ("caution", "warning")
CONTEXT = {"org": "lancaster-su", "role": "volunteer", "account": "official"}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def warned(engine: Engine, text: str, category: str) -> bool:
    if not text.strip():
        return False
    answer = engine.check({"text": text[:engine.max_text], "action": "post", "context": CONTEXT})
    return any(w["category"] == category and w["severity"] in WARNED for w in answer["warnings"])


def rate(engine, rows, category, show=0, label=""):
    hits = [r for r in rows if warned(engine, r["text"], category)]
    for r in hits[:show]:
        print(f"    {label} {r['id']}: {r['text'][:140]!r}")
    return len(hits), len(rows), hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of misses and false alarms")
    args = parser.parse_args()
    engine = Engine.from_directory(cache_size=0)
    started = time.perf_counter()

    labour = load(args.data / "uklabour-2017-tweets.jsonl")
    n, total, hits = rate(engine, labour, "political")
    print(f"@UKLabour 2017 tweets warned political:   {n}/{total} = {n / total:.1%}  (target >= 90%)")
    if args.show:
        hit_ids = {r["id"] for r in hits}
        for r in [r for r in labour if r["id"] not in hit_ids][:args.show]:
            print(f"    missed {r['id']}: {r['text'][:140]!r}")

    tweeteval = load(args.data / "tweeteval-emoji-test.jsonl")
    n, total, _ = rate(engine, tweeteval, "political", args.show, "false alarm")
    print(f"TweetEval tweets warned political:       {n}/{total} = {n / total:.2%}  (target <= 0.2%)")

    mps = load(args.data / "uk-mp-tweets-2021.jsonl")
    n, total, _ = rate(engine, mps, "political")
    print(f"UK MP tweets 2021 warned political:      {n}/{total} = {n / total:.1%}  (unlabelled; many are not partisan)")

    davidson = load(args.data / "davidson-hate-offensive.jsonl")
    for label in ("hate", "offensive", "neither"):
        rows = [r for r in davidson if r["label"] == label]
        n, total, hits = rate(engine, rows, "offensive", args.show if label == "neither" else 0, "false alarm")
        what = "false alarms" if label == "neither" else "recall"
        print(f"Davidson '{label}' tweets warned offensive: {n}/{total} = {n / total:.1%}  ({what})")
        if args.show and label != "neither":
            hit_ids = {r["id"] for r in hits}
            for r in [r for r in rows if r["id"] not in hit_ids][:args.show]:
                print(f"    missed {r['id']}: {r['text'][:140]!r}")
    checks = len(labour) + len(tweeteval) + len(mps) + len(davidson)
    print(f"({checks} checks in {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
