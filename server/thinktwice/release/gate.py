"""The update gate: a downloaded pack is loaded, linted and run against its own examples in a child
process under explicit limits, before the service loads it itself or installs it.

    terms     the lexicons' terms once the `{lexicon}` placeholders that are not choices are written
              out (pack/compile.py MAX_TERMS, MAX_TERM_CHARS), counted before anything is
                                                                          -> pack_too_large
    memory    the child's address space (RLIMIT_AS, 1 GiB), where the system has one (Linux, macOS;
              not Windows): running out is                                 -> pack_too_large
    time      loading, lint and every example together (60 s, wall clock); the child and anything it
              started are killed, which also frees the service's update lock -> pack_too_slow
    and, as before, a pack that does not load (invalid_pack), fails lint's checks (lint_failed, the
    adversarial timing of patterns aside: that is `rules build`'s) or any of its examples (examples_fail).

What the child reports on success is the pack's size (`pack_size`): its version, its rules and each
profile's [[map]] entries, which the updater compares with the installed pack (`shrinkage`).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from ..engine import Engine
from ..pack import Pack, PackError, load_pack
from ..pack.compile import PackTooLarge
from ..quality import lint
from ..quality.examples import all_examples

SECONDS = 60
MEMORY_BYTES = 1 << 30
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])

# The child limits itself before importing anything of ThinkTwice: its address space (RLIMIT_AS) and, as
# a backstop should the service die meanwhile, its CPU time (RLIMIT_CPU, SIGXCPU).
_CHILD = r"""
import json, sys
args = json.loads(sys.argv[1])
try:
    import resource
    for limit, value in ((resource.RLIMIT_AS, args["memory"]), (resource.RLIMIT_CPU, args["cpu"])):
        hard = resource.getrlimit(limit)[1]
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(limit, (value, hard))
except (ImportError, ValueError, OSError):
    pass
sys.path[:0] = args["path"]
from thinktwice.release.gate import child
child(args["directory"])
"""


class Refused(Exception):
    """The feed offered something that must not be installed; `code` is stable, the message says why."""

    def __init__(self, code: str, message: str, offered: str | None = None):
        super().__init__(message)
        self.code, self.message, self.offered = code, message, offered


def example_failures(pack: Pack) -> tuple[int, list]:
    """Run the pack's own examples with no election window open (examples describe ordinary days)."""
    results = all_examples(Engine(pack, budget_ms=None, today=lambda: None))
    return len(results), [r for r in results if not r.passed]


def pack_size(pack: Pack) -> dict:
    """What a newer pack must not have less of: {"version", "rules", "profiles": {id: [[map]] entries}}."""
    return {"version": pack.version, "rules": len(pack.rules),
            "profiles": {pid: len(profile.mappings) for pid, profile in pack.profiles.items()}}


def shrinkage(installed: dict, offered: dict) -> list[str]:
    """What `offered` (a pack_size) has less of than `installed`: profiles dropped, profiles with fewer
    [[map]] entries, fewer rules. Empty when it keeps everything."""
    problems = []
    dropped = sorted(set(installed["profiles"]) - set(offered["profiles"]))
    if dropped:
        problems.append(f"drops the profile{'s' if len(dropped) > 1 else ''} {', '.join(dropped)}")
    fewer = [f"{pid} ({offered['profiles'][pid]}, was {n})" for pid, n in sorted(installed["profiles"].items())
             if pid in offered["profiles"] and offered["profiles"][pid] < n]
    if fewer:
        problems.append("has fewer [[map]] entries for " + ", ".join(fewer))
    if offered["rules"] < installed["rules"]:
        problems.append(f"has {offered['rules']} rules, the installed pack {installed['rules']}")
    return problems


def examine(directory: str | Path) -> dict:
    """Load the pack in `directory`, lint it and run its examples (in this process); its pack_size, or
    Refused."""
    try:
        pack = load_pack(directory)
    except PackTooLarge as exc:
        raise Refused("pack_too_large", f"the pack is too large to load: {exc}") from None
    except PackError as exc:
        raise Refused("invalid_pack", f"the pack does not load: {exc}") from None
    problems = lint.errors(lint.lint_pack(directory, time_patterns=False))
    if problems:
        raise Refused("lint_failed", f"the pack fails lint: {problems[0]}" +
                      (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    total, failed = example_failures(pack)
    if failed:
        first = failed[0]
        raise Refused("examples_fail", f"{len(failed)} of the pack's {total} examples fail, e.g. {first.where}: "
                                       f"{first.text!r} expected {first.expected}, got {first.got}")
    return pack_size(pack)


def child(directory: str) -> None:
    """The child process: one JSON line, {"size": ...} or {"code", "message"}."""
    try:
        verdict = {"size": examine(directory)}
    except Refused as exc:
        verdict = {"code": exc.code, "message": exc.message}
    except MemoryError:
        verdict = {"code": "pack_too_large", "message": "loading and testing the pack ran out of its memory limit"}
    print(json.dumps(verdict), flush=True)


def gate(directory: str | Path, seconds: float = SECONDS, memory: int = MEMORY_BYTES) -> dict:
    """Examine a staged pack in a child process limited to `seconds` (wall clock) and `memory` bytes of
    address space; its pack_size, or Refused. Nothing of the pack is loaded in this process."""
    args = {"path": [_PACKAGE_ROOT], "directory": str(directory), "memory": int(memory), "cpu": int(seconds) + 5}
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, json.dumps(args)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=os.name == "posix")
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise Refused("pack_too_slow", f"loading the pack, its lint and its examples took more than {seconds:g} s "
                                       "(a pattern that backtracks without end?); it was stopped") from None
    verdict = _verdict(out)
    if "size" in verdict:
        return verdict["size"]
    if "code" in verdict:
        raise Refused(verdict["code"], verdict["message"])
    if b"MemoryError" in err:
        raise Refused("pack_too_large", "loading and testing the pack ran out of its memory limit "
                                        f"({memory / (1 << 20):,.0f} MiB)")
    if proc.returncode == -getattr(signal, "SIGXCPU", 0):
        raise Refused("pack_too_slow", f"loading the pack, its lint and its examples used more than {seconds:g} s "
                                       "of processor time; it was stopped")
    raise Refused("invalid_pack", f"checking the pack stopped without an answer (exit status {proc.returncode})")


def _verdict(out: bytes) -> dict:
    for line in reversed(out.decode("utf-8", "replace").splitlines()):
        try:
            verdict = json.loads(line)
        except ValueError:
            continue
        if isinstance(verdict, dict):
            return verdict
    return {}


def _kill(proc: subprocess.Popen) -> None:
    """Kill the running child and its process group (POSIX: anything it started), then reap it."""
    if os.name == "posix" and proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    elif proc.poll() is None:
        proc.kill()
    proc.communicate()
