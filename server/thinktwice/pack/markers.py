"""Marked examples: a detector rule's `should_warn` text pins the exact words the rule must find.

    "Vote [Labour] on 4 July"                  the rule must find "Labour", and nothing else
    "[Girls] [can't play] football"            two spans (a co-occurrence rule finds one per lexicon)
    "[Scottish [Labour]] have a new leader"    nested: both "Scottish Labour" and "Labour"
    "[STRICTLY {CONFIDENTIAL]:}"               crossing spans: the second family of markers, { }
    "Reply \\[STOP\\] to [opt out]"            \\[ \\] \\{ \\} \\\\ are a literal [ ] { } \\

`[...]` and `{...}` both mark a span; each family nests on its own, so two spans that cross (neither
inside the other, nor apart) are written one with [ ] and one with { }. In a TOML "..." string a
backslash is itself escaped: write "\\\\[" for a literal "[", or use a '...' string and write "\\[".
"""
from __future__ import annotations

OPEN = {"[": "]", "{": "}"}
CLOSE = {"]": "[", "}": "{"}
ESCAPABLE = "[]{}\\"


class MarkerError(ValueError):
    """An example whose markers cannot be read."""


def parse(written: str) -> tuple[str, list[tuple[int, int]]]:
    """(the plain text, the marked spans sorted) from a marked example; MarkerError says what is wrong."""
    plain: list[str] = []
    pos = 0
    stacks: dict[str, list[int]] = {"[": [], "{": []}
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(written):
        ch = written[i]
        if ch == "\\":
            if i + 1 >= len(written) or written[i + 1] not in ESCAPABLE:
                raise MarkerError("a backslash must escape one of [ ] { } \\ (write \\\\ for a backslash)")
            plain.append(written[i + 1])
            pos += 1
            i += 2
            continue
        if ch in OPEN:
            stacks[ch].append(pos)
        elif ch in CLOSE:
            opener = CLOSE[ch]
            if not stacks[opener]:
                raise MarkerError(f"{ch!r} at character {i + 1} closes no {opener!r} (write \\{ch} for a literal {ch})")
            start = stacks[opener].pop()
            if start == pos:
                raise MarkerError(f"the marker ending at character {i + 1} is empty")
            if (start, pos) in spans:
                raise MarkerError(f"{''.join(plain)[start:pos]!r} is marked twice")
            spans.append((start, pos))
        else:
            plain.append(ch)
            pos += 1
        i += 1
    for opener, stack in stacks.items():
        if stack:
            raise MarkerError(f"{opener!r} is never closed with {OPEN[opener]!r} "
                              f"(write \\{opener} for a literal {opener})")
    return "".join(plain), sorted(spans)


def _escape(text: str) -> str:
    return "".join("\\" + c if c in ESCAPABLE else c for c in text)


def _laminar_with(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    s, e = span
    return all(e <= a or b <= s or (a <= s and e <= b) or (s <= a and b <= e) for a, b in others)


def render(text: str, spans) -> str:
    """The text with `spans` marked as `parse` reads them (parse(render(t, s)) == (t, sorted(s))).
    Spans that cross go in the { } family; a third crossing span (which markers cannot show) is
    added after the text as (start, end)."""
    spans = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    families: dict[str, list[tuple[int, int]]] = {"[": [], "{": []}
    unshown = []
    for span in spans:
        for opener in ("[", "{"):
            if _laminar_with(span, families[opener]):
                families[opener].append(span)
                break
        else:
            unshown.append(span)
    events = []         # (offset, closers before openers, inner spans closed first and opened last, mark)
    for opener, members in families.items():
        for s, e in members:
            events.append((e, 0, e - s, OPEN[opener]))
            events.append((s, 1, s - e, opener))
    events.sort()
    out, pos = [], 0
    for offset, _, _, mark in events:
        out.append(_escape(text[pos:offset]))
        out.append(mark)
        pos = offset
    out.append(_escape(text[pos:]))
    shown = "".join(out)
    if unshown:
        shown += " + " + ", ".join(f"({s}, {e})" for s, e in unshown)
    return shown
