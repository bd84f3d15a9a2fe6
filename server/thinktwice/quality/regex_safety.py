r"""Regular expressions that cannot run away.

A pattern is read structurally first. Refused by shape: a repeat inside an unbounded repeat ("(a+)+"),
a repeated group that can match nothing ("(a|b?)*"), a repeated group that can match the same text in
two ways ("(?:s|s)*", "(?:a|b|ab)*", "(?:aa?)*": its alternatives, and runs of them, are compared
character by character), and back-references. Then it is run, as the service runs it (the `regex`
module, budget.TimedPattern), over long adversarial texts: runs of the characters it is made of, and
for each unbounded repeat the text that reaches it ("vote" for "\bvote(?:s|s)*!") followed by what it
repeats, in a child process within a time budget; a pattern that overruns is killed and refused.

The ThinkTwice decision on google-re2 (README, Dependencies): author patterns stay on `regex`, whose
Unicode \w, \b and \d they are written for and whose lookarounds most of them use; these checks, the
per-check time budget and the update gate's time limit are what keep them bounded.
"""
from __future__ import annotations

import itertools
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
# What follows the text reaching a repeat: long enough that exponential or cubic backtracking overruns
# the budget by far, short enough that a quadratic pattern (several bundled ones, after a label such as
# "NI" or "student", bounded at check time by the per-check budget) does not.
PUMP_SIZE = 2_000
MAX_WAYS = 64               # ways of matching a repeated group compared; past this the timed run decides
MAX_WIDTH = 32              # ... and characters in each
MAX_PUMPED = 8              # unbounded repeats given texts of their own, per pattern

_CATEGORIES = {getattr(sre_c, f"CATEGORY_{name}"): re.compile(rx) for name, rx in (
    ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"),
    ("NOT_WORD", r"\W"), ("LINEBREAK", r"\n"), ("NOT_LINEBREAK", r"[^\n]"))}
# Characters standing for the large classes (\w, \d, \s, [^...], .) when two single-character tests
# are compared, besides the characters the tests themselves name.
_REPRESENTATIVES = " \t\n\xa0!\"#%&'()*+,-./:;<=>?@[]_`{|}~aAzZ09\u00e9\u0663\u2019"
_RANGES = (sre_c.RANGE, getattr(sre_c, "RANGE_UNI_IGNORE", sre_c.RANGE))
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


def _plain_parse_sub(source, state, verbose, nested):
    """`re`'s own _parse_sub without its rewrites (a prefix common to the alternatives moved out of them,
    alternatives of single characters merged into one set): the pattern as written, which is what the
    `regex` module backtracks over ("(?:[a-z]|[k-z])*!" is one set to `re` and exponential to `regex`)."""
    items = []
    while True:
        items.append(sre_parse._parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & sre_c.SRE_FLAG_VERBOSE
    if len(items) == 1:
        return items[0]
    branch = sre_parse.SubPattern(state)
    branch.append((sre_c.BRANCH, (None, items)))
    return branch


_PARSING = threading.Lock()


def parse(pattern: str):
    """The parse tree of `pattern` as written, case-insensitive as rule patterns run; re.error if it
    does not compile. (Patterns `re` compiles meanwhile in other threads are parsed the same way: unoptimised, and
    still correct.)"""
    with _PARSING:
        optimising = sre_parse._parse_sub
        sre_parse._parse_sub = _plain_parse_sub
        try:
            return sre_parse.parse(pattern, re.IGNORECASE)
        finally:
            sre_parse._parse_sub = optimising


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
        if _unbounded(op, av):
            return True
        if any(_has_unbounded_repeat(child) for child in _children(op, av)):
            return True
    return False


def _unbounded(op, av) -> bool:
    return _is_repeat(op) and (av[1] == sre_c.MAXREPEAT or av[1] > UNBOUNDED_AFTER)


# -- single characters ------------------------------------------------------------------------------
def _accepts(test, ch: str) -> bool:
    """Does one single-character test of a parsed pattern (LITERAL, NOT_LITERAL, ANY or IN) take `ch`?"""
    op, av = test
    if op == sre_c.LITERAL:
        return ch == chr(av)
    if op == sre_c.NOT_LITERAL:
        return ch != chr(av)
    if op == sre_c.ANY:
        return ch != "\n"
    negate = hit = False
    for kind, value in av:
        if kind == sre_c.NEGATE:
            negate = True
        elif kind == sre_c.LITERAL:
            hit = hit or ch == chr(value)
        elif kind in _RANGES:
            hit = hit or value[0] <= ord(ch) <= value[1]
        elif kind == sre_c.CATEGORY and value in _CATEGORIES:
            hit = hit or bool(_CATEGORIES[value].match(ch))
    return hit != negate


def _takes(test, ch: str) -> bool:
    """`_accepts`, ignoring case (patterns run with IGNORECASE)."""
    return any(_accepts(test, c) for c in {ch, ch.lower(), ch.upper()})


def _named(test) -> str:
    """The characters a test names (its literals and the ends of its ranges), in both cases."""
    op, av = test
    if op in (sre_c.LITERAL, sre_c.NOT_LITERAL):
        chars = chr(av)
    elif op == sre_c.IN:
        chars = "".join(chr(v) if k == sre_c.LITERAL else chr(v[0]) + chr(v[1]) if k in _RANGES else ""
                        for k, v in av)
    else:
        chars = ""
    return chars + chars.swapcase()


def _overlap(a, b) -> bool:
    """Can one character pass both tests?"""
    return any(_takes(a, c) and _takes(b, c) for c in dict.fromkeys(_named(a) + _named(b) + _REPRESENTATIVES))


def _pick(test) -> str:
    """A character the test takes."""
    return next((c for c in dict.fromkeys(_named(test) + _REPRESENTATIVES) if _takes(test, c)), "a")


# -- the ways a repeated group matches --------------------------------------------------------------
def _ways(items) -> list[tuple] | None:
    """Each way `items` can match, as a sequence of single-character tests; a list, so alternatives
    matching the same text are there twice. None when there are more than MAX_WAYS, wider than
    MAX_WIDTH, or a part has no fixed width (an unbounded repeat, a back-reference, an atomic group)."""
    ways: list[tuple] = [()]
    for op, av in items:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
            options = [((op, av),)]
        elif op in _ZERO_WIDTH:
            continue
        elif op == sre_c.SUBPATTERN:
            options = _ways(av[-1])
        elif op == sre_c.BRANCH:
            options = []
            for branch in av[1]:
                more = _ways(branch)
                if more is None:
                    return None
                options += more
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and not _unbounded(op, av):
            inner = _ways(av[2])
            if inner is None or sum(len(inner) ** k for k in range(av[0], av[1] + 1)) > MAX_WAYS:
                return None
            options = [sum(combo, ()) for k in range(av[0], av[1] + 1)
                       for combo in itertools.product(inner, repeat=k)]
        else:
            return None
        if options is None or len(ways) * len(options) > MAX_WAYS:
            return None
        ways = [w + o for w in ways for o in options]
        if any(len(w) > MAX_WIDTH for w in ways):
            return None
    return ways


def _same_text(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(_overlap(x, y) for x, y in zip(a, b))


def _ambiguous(ways: list[tuple]) -> bool:
    """Can a repeat of these ways match some text in two ways: two of them match the same text, or one
    matches what two or more of them match in a row? Either makes backtracking exponential."""
    for i, a in enumerate(ways):
        if any(_same_text(a, b) for b in ways[i + 1:]):
            return True
    for a in ways:
        ends = [True] + [False] * len(a)        # where a run of other ways inside `a` can end
        for at in range(len(a)):
            if ends[at]:
                for b in ways:
                    if 0 < len(b) <= len(a) - at and len(b) < len(a) and _same_text(a[at:at + len(b)], b):
                        ends[at + len(b)] = True
        if len(a) and ends[len(a)]:
            return True
    return False


def pattern_shape_problems(pattern: str) -> list[str]:
    """Structural reasons a pattern can backtrack without bound (empty when none are found)."""
    try:
        parsed = parse(pattern)
    except re.error as exc:
        return [f"does not compile: {exc}"]
    problems: list[str] = []

    def walk(items):
        for op, av in items:
            if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
                problems.append("uses a back-reference, which can take exponential time")
            if _unbounded(op, av):
                body = av[2]
                if _has_unbounded_repeat(body):
                    problems.append("has a nested quantifier (a repeat inside an unbounded repeat, like (a+)+)")
                elif _min_width(body) == 0:
                    problems.append("repeats a group that can match nothing (like (a|b?)*)")
                elif op != getattr(sre_c, "POSSESSIVE_REPEAT", None) and _ambiguous(_ways(body) or []):
                    problems.append("repeats a group that can match the same text in two ways (alternatives "
                                    "that overlap, like (?:s|s)* or (?:a|b|ab)*), which can take exponential time")
            for child in _children(op, av):
                walk(child)

    walk(parsed)
    return list(dict.fromkeys(problems))


def _literal_chars(parsed) -> list[str]:
    chars: list[str] = []

    def walk(items):
        for op, av in items:
            if op == sre_c.LITERAL:
                chars.append(chr(av))
            elif op == sre_c.IN:
                for kind, value in av:
                    if kind == sre_c.LITERAL:
                        chars.append(chr(value))
                    elif kind in _RANGES:
                        chars.append(chr(value[0]))
            for child in _children(op, av):
                walk(child)

    walk(parsed)
    return chars


def _sample(items) -> str:
    """A short text `items` match: the first alternative, the fewest repeats, lookarounds ignored."""
    out = []
    for op, av in items:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
            out.append(_pick((op, av)))
        elif op == sre_c.SUBPATTERN:
            out.append(_sample(av[-1]))
        elif op == sre_c.BRANCH:
            out.append(_sample(av[1][0]))
        elif _is_repeat(op):
            out.append(_sample(av[2]) * av[0])
    return "".join(out)


def _pumps(parsed) -> list[tuple[str, list[str], str]]:
    """For each unbounded repeat (the first MAX_PUMPED): a text that reaches it from the start of the
    pattern, what it repeats (each way it matches, and all of them in a row), and a text of what must
    follow it."""
    found: list[tuple[str, list[str], str]] = []

    def walk(items, prefix: str, suffix: str):
        for i, (op, av) in enumerate(items):
            here, after = prefix + _sample(items[:i]), _sample(items[i + 1:]) + suffix
            if _unbounded(op, av) and len(found) < MAX_PUMPED:
                ways = _ways(av[2]) or []
                pumps = list(dict.fromkeys("".join(_pick(t) for t in way) for way in ways[:4])) or [_sample(av[2])]
                if len(pumps) > 1:
                    pumps.append("".join(pumps))
                found.append((here, [p for p in pumps if p], after))
            for child in _children(op, av):
                walk(child, here, after)

    walk(parsed, "", "")
    return found


def adversarial_texts(pattern: str, size: int = TEXT_SIZE) -> list[str]:
    """Long runs of the characters a pattern is made of, which is where backtracking hurts; and for each
    unbounded repeat, the text that reaches it followed by PUMP_SIZE characters of what it repeats, alone
    and then broken off before what must follow (so that an engine looking for the pattern's required
    characters first still tries it)."""
    try:
        parsed = parse(pattern)
    except re.error:
        parsed = []
    chars = list(dict.fromkeys([" ", "a", "A", "1", ".", "-", ",", "\n"] + _literal_chars(parsed)))[:40]
    texts = [c * size for c in chars]
    texts += [(a + b) * (size // 2) for a, b in (("A", "a"), ("1", " "), ("a", " "), ("A", " "), ("1", "a"))]
    texts += ["Aa " * (size // 3), "1a, " * (size // 4)]
    for prefix, pumps, after in _pumps(parsed):
        for pump in pumps:
            run = prefix + pump * (min(size, PUMP_SIZE) // len(pump))
            texts += [run, run + "\x00" + after]
    return list(dict.fromkeys(texts))


_CHILD = r"""
import json, re, sys
sys.path[:0] = json.loads(sys.argv[1])
from thinktwice.budget import TimedPattern
from thinktwice.quality.regex_safety import adversarial_texts
for line in sys.stdin:
    pattern = json.loads(line)
    compiled = TimedPattern(pattern, re.IGNORECASE, "lint").compiled      # as the service runs it
    for text in adversarial_texts(pattern):
        for _ in compiled.finditer(text):
            pass
    print("done", flush=True)
"""


def timed_patterns(patterns: list[str], budget: float = BUDGET_SECONDS) -> dict[str, str]:
    """Run each pattern over adversarial texts in a child process, compiled as the service compiles it;
    {pattern: reason} for the ones that overrun."""
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
                    slow[pattern] = (f"took more than {budget:g} s on texts of up to {TEXT_SIZE:,} characters "
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
