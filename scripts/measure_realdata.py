#!/usr/bin/env python3
"""Measure the checker on real text nobody here wrote (../shared/realdata/) against its targets.

    python scripts/measure_realdata.py [--data DIR] [--rules-dir DIR] [--show N]

Each data set is one `thinktwice eval FILE.jsonl [--where FIELD=VALUE]` run (the same code,
thinktwice.quality.evaluation.rates), every text checked as a post by a volunteer from Lancaster
SU's official account; this script runs them all once and prints one table:

  @UKLabour tweets, May 2017        political rate             target >= 95%
  TweetEval, 50,000 everyday tweets political rate             target <= 0.02%
                                    personal-data rate         target <= 0.05%
  Davidson et al. `hate`            offensive rate             target >= 90%
  Davidson et al. `offensive`       offensive rate             (reported)
  Davidson et al. `neither`         offensive rate             target <= 5%
  HatEval val (label hate)          offensive precision, recall, F1 (reported)
  UK MPs' tweets, 2021              political rate             (unlabelled; reported)

--show N prints, for each run, N texts warned for the measured category and N warned for nothing.
The script only measures: it exits 0 whether or not targets are met.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from thinktwice.engine import Engine  # noqa: E402
from thinktwice.quality.evaluation import (DEFAULT_CONTEXT, describe_context, precision_recall_f1,  # noqa: E402
                                           rates, shorten)


@dataclass(frozen=True)
class Row:
    name: str            # the data set as the table names it
    file: str
    category: str
    where: tuple = ()    # ((field, value), ...)
    target: str = ""     # ">=0.95", "<=0.0002" or "" (reported only)
    note: str = ""


ROWS = [
    Row("@UKLabour tweets, May 2017", "uklabour-2017-tweets.jsonl", "political", target=">=0.95",
        note="recall: every one is party-political"),
    Row("TweetEval everyday tweets", "tweeteval-emoji-test.jsonl", "political", target="<=0.0002",
        note="false alarms"),
    Row("TweetEval everyday tweets", "tweeteval-emoji-test.jsonl", "personal-data", target="<=0.0005",
        note="false alarms"),
    Row("Davidson et al. 'hate'", "davidson-hate-offensive.jsonl", "offensive", (("label", "hate"),),
        target=">=0.90", note="recall"),
    Row("Davidson et al. 'offensive'", "davidson-hate-offensive.jsonl", "offensive", (("label", "offensive"),),
        note="recall"),
    Row("Davidson et al. 'neither'", "davidson-hate-offensive.jsonl", "offensive", (("label", "neither"),),
        target="<=0.05", note="false alarms (labels are noisy)"),
    Row("UK MPs' tweets, 2021", "uk-mp-tweets-2021.jsonl", "political",
        note="unlabelled; many are not partisan"),
]
HATEVAL = "tweeteval-hate-val.jsonl"        # label "hate" / "not-hate" (HatEval's 1 / 0)


def met(rate: float, target: str) -> str:
    if not target:
        return ""
    bound = float(target[2:])
    ok = rate >= bound if target.startswith(">=") else rate <= bound
    return "met" if ok else "MISSED"


def show_target(target: str) -> str:
    if not target:
        return "-"
    bound = float(target[2:]) * 100
    return f"{target[:2]} {bound:g}%"


def command(row_file: str, where) -> str:
    return " ".join(["thinktwice eval", row_file, *(f"--where {k}={v}" for k, v in where)])


def commit_of(root: Path) -> str:
    """The commit the code was measured at, with '+ uncommitted changes' when the tree differs."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "server"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + (" + uncommitted changes under server/" if dirty else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--rules-dir", type=Path, default=None, help="rule pack directory (default: bundled)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print N texts warned for the measured category and N warned for nothing, per run")
    args = parser.parse_args()
    engine = Engine.from_directory(args.rules_dir, cache_size=0)
    context = dict(DEFAULT_CONTEXT)
    started = time.perf_counter()
    runs: dict = {}

    def run(file: str, where=()):
        key = (file, tuple(where))
        if key not in runs:
            with (args.data / file).open(encoding="utf-8") as f:
                runs[key] = rates(engine, f, context, "text", where, args.show)
        return runs[key]

    print(f"rules {engine.pack.version}; code at {commit_of(ROOT)}")
    print(f"every text checked as: {describe_context(context)}")
    print()
    header = f"{'set':<30}{'measure':<20}{'result':>26}{'target':>10}  {'':<7}note"
    print(header)
    print("-" * len(header))
    shown = []
    for row in ROWS:
        r = run(row.file, row.where)
        n, total = r.warned[row.category], r.texts
        rate = n / total if total else 0.0
        result = f"{n:,}/{total:,} = {rate:.3%}" if rate < 0.01 else f"{n:,}/{total:,} = {rate:.2%}"
        print(f"{row.name:<30}{row.category + ' rate':<20}{result:>26}{show_target(row.target):>10}  "
              f"{met(rate, row.target):<7}{row.note}")
        shown.append((row, r))

    hate, not_hate = run(HATEVAL, (("label", "hate"),)), run(HATEVAL, (("label", "not-hate"),))
    tp, fp = hate.warned["offensive"], not_hate.warned["offensive"]
    precision, recall, f1 = precision_recall_f1(tp, hate.texts, fp)
    result = f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    print(f"{'HatEval val (hate vs not)':<30}{'offensive':<20}{result:>26}{'-':>10}  {'':<7}"
          f"{tp} of {hate.texts} hateful warned, {fp} of {not_hate.texts} others")
    shown += [(Row("HatEval val 'hate'", HATEVAL, "offensive"), hate),
              (Row("HatEval val 'not-hate'", HATEVAL, "offensive"), not_hate)]

    errors = sum(len(r.errors) for r in runs.values())
    empty = sum(r.no_text for r in runs.values())
    checks = sum(r.texts for r in runs.values())
    print()
    print(f"({checks:,} checks in {time.perf_counter() - started:.1f} s; {errors} texts refused, "
          f"{empty} empty texts not counted)")
    print("each row is one run of:")
    for (file, where), r in runs.items():
        print(f"  {command(file, where)}")

    if args.show:
        seen = set()
        for row, r in shown:
            key = (row.file, row.where, row.category)
            if key in seen:
                continue
            seen.add(key)
            print(f"\n{row.name}: warned {row.category}")
            for tid, text in r.examples.get(row.category, []):
                print(f"  {tid}: {shorten(text)}")
            print(f"{row.name}: warned for nothing")
            for tid, text in r.quiet_examples:
                print(f"  {tid}: {shorten(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
