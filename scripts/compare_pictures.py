#!/usr/bin/env python3
"""The picture finders of this working tree and of another commit, side by side under the same load:
each in its own process (`images.look.Looker`, in-process, no HTTP), fed the same never-seen 1080×1080
posters (scripts/bench's kind) in blocks taken in turn, the order swapped every block, each block after
one uncounted picture (a process woken from waiting is slow on its first). Prints, per side, the median
wall time and CPU of all its threads per picture, the load average per block, and every poster on which
the two found different faces, logos or text.

    .venv/bin/python scripts/compare_pictures.py REF [--blocks 4] [--per 5]

Needs the images extra and scikit-image. The bundled rules/ (its logos) serve both sides.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOGOS = (("Lancaster SU logo", "logos/lancaster-su.png", "branding.logo-use"),
         ("Lancaster University logo", "logos/lancaster-university.png", "branding.partner-logo-use"))
PHOTOS = ("coffee", "rocket", "chelsea", "astronaut", "hubble_deep_field")


def worker(server: str) -> None:
    """Reads picture numbers on stdin, answers one JSON line each: what was found and what it cost."""
    sys.path[:0] = [server, str(ROOT / "scripts")]
    import image_cases
    from thinktwice.images.decode import received
    from thinktwice.images.look import Looker, LogoRef

    looker = Looker([ROOT / "rules"])
    logos = tuple(LogoRef(name, file, rule, 20) for name, file, rule in LOGOS)

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    for line in sys.stdin:
        n = int(line)
        rng = random.Random(1000 + n)
        words = [f"Open mic night {rng.randint(1, 28)} March", f"Room {rng.randint(1, 400)} at {rng.randint(5, 9)}pm"]
        poster = image_cases.poster(words, size=rng.choice((48, 64, 80)), kind=PHOTOS[n % len(PHOTOS)])
        picture = received(0, image_cases.encoded(poster, "jpeg", quality=88))
        wall, used = time.perf_counter(), cpu()
        seen = looker.look(picture, logos)
        print(json.dumps({"wall": (time.perf_counter() - wall) * 1000, "cpu": (cpu() - used) * 1000,
                          "found": [len(seen.faces), [m.name for m in seen.logos], seen.text.text]}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="the commit to compare with")
    parser.add_argument("--blocks", type=int, default=4)
    parser.add_argument("--per", type=int, default=5, help="pictures per block")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return 0
    with tempfile.TemporaryDirectory(prefix="thinktwice-compare-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "server"], check=True,
                                 capture_output=True).stdout
        tar_path = Path(tmp) / "server.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        sides = {args.ref: str(Path(tmp) / "server"), "working tree": str(ROOT / "server")}
        procs = {name: subprocess.Popen([sys.executable, __file__, args.ref, "--worker", server],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for name, server in sides.items()}

        def ask(name: str, n: int) -> dict:
            procs[name].stdin.write(f"{n}\n")
            procs[name].stdin.flush()
            return json.loads(procs[name].stdout.readline())

        first = {name: ask(name, 0) for name in procs}
        print("first picture (models load): " + ", ".join(f"{k} {v['wall']:.0f} ms wall, {v['cpu']:.0f} ms CPU"
                                                          for k, v in first.items()))
        results: dict[str, list] = {name: [] for name in procs}
        order, n = list(procs), 1
        for block in range(args.blocks):
            for name in (order if block % 2 == 0 else order[::-1]):
                ask(name, 100_000 + n)
                results[name] += [ask(name, n + i) for i in range(args.per)]
            for i in range(args.per):
                a, b = (results[name][i - args.per]["found"] for name in order)
                if a != b:
                    print(f"  poster {n + i}: {order[0]} found {a}, {order[1]} {b}")
            n += args.per
            print(f"  block {block + 1}: load average {os.getloadavg()[0]:.1f}; wall medians " + ", ".join(
                f"{k} {statistics.median(r['wall'] for r in v[-args.per:]):.0f} ms" for k, v in results.items()))
        for proc in procs.values():
            proc.stdin.close()
            proc.wait()
    for name, rows in results.items():
        print(f"{name:>14}: wall median {statistics.median(r['wall'] for r in rows):.0f} ms, CPU (all threads) "
              f"median {statistics.median(r['cpu'] for r in rows):.0f} ms per picture (n={len(rows)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
