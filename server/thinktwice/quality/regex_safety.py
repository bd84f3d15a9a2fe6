"""Regular expressions that cannot run away.

A pattern is read structurally first: a repeat inside an unbounded repeat ("(a+)+"), a repeated
group that can match nothing ("(a|b?)*") and back-references are refused. Then it is run over long
adversarial texts (runs of the characters it is made of, at the longest size the service accepts)
in a child process, within a time budget; a pattern that overruns is killed and refused.

Standard library only, so the child process starts quickly.
"""
from __future__ import annotations

import json
import queue
import re
import subprocess
import sys
import threading
from pathlib import Path
from re import _constants as sre_c, _parser as sre_parse     # the parser `re` itself uses

UNBOUNDED_AFTER = 10        # a repeat allowing more than this many is treated as unbounded
# Per pattern, for all its adversarial texts together. Well-behaved patterns take well under half a
# second on a slow machine; catastrophic ones take minutes, so the margin is wide both ways.
BUDGET_SECONDS = 2.5
TEXT_SIZE = 20_000          # the service's longest text (engine.DEFAULT_MAX_TEXT)



def _is_repeat(op) -> bool:
    return op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))


def _children(op, av):
    if _is_repeat(op):
        yield av[2]
    elif op == sre_c.SUBPATTERN:
        yield av[-1]
    elif op == sre_c.BRANCH:
        yield from av[1]
    elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        yield av[1]
    elif op == getattr(sre_c, "ATOMIC_GROUP", None):
        yield av
    elif op == sre_c.GROUPREF_EXISTS:
        yield av[1]
        if av[2] is not None:
            yield av[2]


def _min_width(items) -> int:
    return items.getwidth()[0] if hasattr(items, "getwidth") else 1


def _has_unbounded_repeat(items) -> bool:
    for op, av in items:
        if _is_repeat(op) and (av[1] == sre_c.MAXREPEAT or av[1] > UNBOUNDED_AFTER):
            return True
        if any(_has_unbounded_repeat(child) for child in _children(op, av)):
            return True
    return False


def pattern_shape_problems(pattern: str) -> list[str]:
    """Structural reasons a pattern can backtrack without bound (empty when none are found)."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error as exc:
        return [f"does not compile: {exc}"]
    problems: list[str] = []

    def walk(items):
        for op, av in items:
            if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
                problems.append("uses a back-reference, which can take exponential time")
            if _is_repeat(op) and (av[1] == sre_c.MAXREPEAT or av[1] > UNBOUNDED_AFTER):
                body = av[2]
                if _has_unbounded_repeat(body):
                    problems.append("has a nested quantifier (a repeat inside an unbounded repeat, like (a+)+)")
                elif _min_width(body) == 0:
                    problems.append("repeats a group that can match nothing (like (a|b?)*)")
            for child in _children(op, av):
                walk(child)

    walk(parsed)
    return list(dict.fromkeys(problems))


def _literal_chars(pattern: str) -> list[str]:
    chars: list[str] = []

    def walk(items):
        for op, av in items:
            if op == sre_c.LITERAL:
                chars.append(chr(av))
            elif op == sre_c.IN:
                for kind, value in av:
                    if kind == sre_c.LITERAL:
                        chars.append(chr(value))
                    elif kind == sre_c.RANGE:
                        chars.append(chr(value[0]))
            for child in _children(op, av):
                walk(child)

    try:
        walk(sre_parse.parse(pattern, re.IGNORECASE))
    except re.error:
        pass
    return chars


def adversarial_texts(pattern: str, size: int = TEXT_SIZE) -> list[str]:
    """Long runs of the characters a pattern is made of, which is where backtracking hurts."""
    chars = list(dict.fromkeys([" ", "a", "A", "1", ".", "-", ",", "\n"] + _literal_chars(pattern)))[:40]
    texts = [c * size for c in chars]
    texts += [(a + b) * (size // 2) for a, b in (("A", "a"), ("1", " "), ("a", " "), ("A", " "), ("1", "a"))]
    texts += ["Aa " * (size // 3), "1a, " * (size // 4)]
    return texts


_CHILD = r"""
import json, re, sys
sys.path[:0] = json.loads(sys.argv[1])
from thinktwice.quality.regex_safety import adversarial_texts
for line in sys.stdin:
    pattern = json.loads(line)
    compiled = re.compile(pattern, re.IGNORECASE)
    for text in adversarial_texts(pattern):
        for _ in compiled.finditer(text):
            pass
    print("done", flush=True)
"""


def timed_patterns(patterns: list[str], budget: float = BUDGET_SECONDS) -> dict[str, str]:
    """Run each pattern over adversarial texts in a child process; {pattern: reason} for the ones that overrun."""
    slow: dict[str, str] = {}
    pending = list(patterns)
    package_root = str(Path(__file__).resolve().parents[2])
    while pending:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, json.dumps([package_root])], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines: queue.Queue = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout] + [lines.put(None)],
                                  daemon=True)
        reader.start()
        try:
            # Warm-up: the first answer covers starting Python, which is not held to the budget.
            proc.stdin.write(json.dumps("x") + "\n")
            proc.stdin.flush()
            lines.get(timeout=30)
            while pending:
                pattern = pending.pop(0)
                proc.stdin.write(json.dumps(pattern) + "\n")
                proc.stdin.flush()
                try:
                    answer = lines.get(timeout=budget)
                except queue.Empty:
                    slow[pattern] = (f"took more than {budget:g} s on a {TEXT_SIZE:,}-character text "
                                     "(catastrophic backtracking)")
                    break
                if answer is None:
                    slow[pattern] = "could not be run"
                    break
        except (queue.Empty, BrokenPipeError, OSError):
            slow.update({p: "could not be run" for p in pending})
            pending = []
        finally:
            proc.kill()
            proc.wait()
            if proc.stdin:
                proc.stdin.close()
    return slow
