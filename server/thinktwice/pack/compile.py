"""The compile step: a loaded pack turned, once, into what checks run — immutable afterwards.

- one word trie of every lexicon's terms (detectors/lexicon.py), with the organisations' names as
  slots rather than copies of each term per organisation, and other lexicons named in a term as
  choices rather than copies of the term per combination (`expand` says which are written out);
- every rule pattern compiled, with placeholders of other lexicons filled;
- for each organisation, a plan: which rules can matter to it, grouped by the lexicon that lets them
  fire, and, for each rule, the profile's [[map]] entries that name it or its category, in file
  order, each already decided into the warning it makes (clause, severity under the rule's cap,
  message and advice). A plan is compiled when a text is first checked for its organisation: a
  service checks for one, and a pack may carry a profile for each of the UK's ~600 unions.

This and the two inner loops (text.py's tokeniser, the matcher) are where speed work belongs
(docs/architecture.md); a check itself only looks things up here.
"""
from __future__ import annotations

import itertools
import re
import threading
from re import _constants as sre_c, _parser as sre_parse     # the parser `re` itself uses
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

import ahocorasick

from ..budget import _SCANNED_FROM, _WORD_CHARACTER, WINDOWING_FROM, WORD_END, WORD_START, TimedPattern, folded
from ..detectors.lexicon import (ORG_SLOTS, Matcher, Term, build_term, choice_places, forget_phrase_words,
                                 hashtag_compact, lexicon_options, takes_choices, term_options, term_words)
from ..vocab import SEVERITY_RANK
from .load import BUILT_IN_RULES, Pack, PackError, Profile, Rule

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_KEPT = re.compile("\x00([a-z_]+)\x00")        # a choice, hidden from `expand` while it writes the rest out
# What a pack's lexicons may hold once the `{lexicon}` placeholders that are not choices are written out
# (the bundled pack: ~14,800 terms, plus ~800 in the lexicons its choices stand for; ~205,000 characters).
# Counted before anything is written out, so a small pack whose placeholders multiply into millions of
# terms is refused instead of exhausting memory; a choice's lexicon counts once, however many terms name it.
MAX_TERMS = 200_000
MAX_TERM_CHARS = 8_000_000

# The endorsement warning is made by the judge, not found by a detector; profiles map it by category.
ENDORSEMENT_RULE = Rule(id="endorsement.breaching-content", category="endorsement", message="", advice="",
                        source="(built in)", max_severity="warning")


class PackTooLarge(PackError):
    """The lexicons would expand to more terms (or characters) than MAX_TERMS (MAX_TERM_CHARS)."""


@dataclass(frozen=True, slots=True)
class ClauseRef:
    policy: str
    ref: str
    title: str


class Decision(NamedTuple):
    """One [[map]] entry of a profile, for one rule: when it applies, and the warning it makes.
    (A named tuple: a pack for 600 organisations makes some 35,000 of them at start.)"""
    entry: int                  # the entry's number in the profile's [[map]] list, from 1
    accounts: frozenset
    roles: frozenset
    actions: frozenset
    if_signals: frozenset
    unless_signals: frozenset
    rule: str
    category: str
    severity: str               # the entry's, never above the rule's max_severity
    message: str
    advice: str
    clause: ClauseRef

    def applies(self, role: str, account: str, action: str, signals: frozenset) -> bool:
        return ((not self.accounts or account in self.accounts)
                and (not self.roles or role in self.roles)
                and (not self.actions or action in self.actions)
                and self.if_signals <= signals
                and self.unless_signals.isdisjoint(signals))

    def why_not(self, role: str, account: str, action: str, signals: frozenset) -> str | None:
        """Why this entry does not apply (None when it does): for `rules explain`."""
        for what, allowed, value in (("account", self.accounts, account), ("role", self.roles, role),
                                     ("action", self.actions, action)):
            if allowed and value not in allowed:
                return f"{what} {value!r} is not one of {sorted(allowed)}"
        if not self.if_signals <= signals:
            return f"needs signal(s) {sorted(self.if_signals - signals)}"
        if not self.unless_signals.isdisjoint(signals):
            return f"not with signal(s) {sorted(self.unless_signals & signals)}"
        return None


@dataclass(frozen=True)
class Selection:
    """A set of rules arranged for the detector, indexed by the lexicons whose hits let them run, so that a
    text visits only the rules whose lexicons it holds: a lexicon rule under the first lexicon it matches;
    a pattern or code rule with `requires_anywhere` under each of those lexicons; the others always run
    (their own needs gate them: a pattern's needed strings, a number for the personal-data detectors)."""
    always: tuple                     # (pack index, Rule): pattern and code rules that nothing gates
    by_lexicon: MappingProxyType      # lexicon -> ((pack index, Rule), ...): lexicon rules its hits can fire
    required_by: MappingProxyType     # lexicon -> ((pack index, Rule), ...): rules that require it anywhere
    # lexicon -> ((pack index, Rule), ...): rules a reply runs when the post it answers holds that lexicon
    replied_by: MappingProxyType
    # the same, arranged for the rule loop (Detector._candidates), which runs them for every text:
    always_open: MappingProxyType     # pack index -> Rule: the `always` rules without unless_anywhere
    always_gated: tuple               # (pack index, Rule): the `always` rules with unless_anywhere
    lexicons: frozenset               # the lexicons by_lexicon and required_by index rules under
    # lexicon -> ((pack index, Rule, the other lexicons it matches, whether requires/unless_anywhere gate it), ...)
    by_lexicon_rest: MappingProxyType
    # the same three with each rule's requires_anywhere and unless_anywhere as sets (None where it has none), which
    # the rule loop asks of the lexicons found at C speed: ((pack index, Rule, requires, unless), ...);
    # lexicon -> ((pack index, Rule, the other lexicons it matches as a set, requires, unless), ...);
    # lexicon -> ((pack index, Rule, unless), ...)
    always_gated_sets: tuple
    by_lexicon_sets: MappingProxyType
    required_by_sets: MappingProxyType

    @classmethod
    def of(cls, indexed_rules: list) -> "Selection":
        by_lexicon: dict[str, list] = {}
        required_by: dict[str, list] = {}
        replied_by: dict[str, list] = {}
        always = []
        for i, r in indexed_rules:
            for name in dict.fromkeys(r.replied_to_requires_anywhere):
                replied_by.setdefault(name, []).append((i, r))
            if r.match:
                by_lexicon.setdefault(r.match[0], []).append((i, r))
            elif r.requires_anywhere:
                for name in dict.fromkeys(r.requires_anywhere):
                    required_by.setdefault(name, []).append((i, r))
            else:
                always.append((i, r))
        return cls(always=tuple(always),
                   by_lexicon=MappingProxyType({k: tuple(v) for k, v in by_lexicon.items()}),
                   required_by=MappingProxyType({k: tuple(v) for k, v in required_by.items()}),
                   replied_by=MappingProxyType({k: tuple(v) for k, v in replied_by.items()}),
                   always_open=MappingProxyType({i: r for i, r in always if not r.unless_anywhere}),
                   always_gated=tuple((i, r) for i, r in always if r.unless_anywhere),
                   lexicons=frozenset(by_lexicon) | frozenset(required_by),
                   by_lexicon_rest=MappingProxyType({k: tuple((i, r, tuple(r.match[1:]),
                                                               bool(r.requires_anywhere or r.unless_anywhere))
                                                              for i, r in v) for k, v in by_lexicon.items()}),
                   always_gated_sets=tuple((i, r, *_anywhere_sets(r)) for i, r in always if r.unless_anywhere),
                   by_lexicon_sets=MappingProxyType({k: tuple((i, r, frozenset(r.match[1:]), *_anywhere_sets(r))
                                                              for i, r in v) for k, v in by_lexicon.items()}),
                   required_by_sets=MappingProxyType({k: tuple((i, r, _anywhere_sets(r)[1]) for i, r in v)
                                                      for k, v in required_by.items()}))


def _anywhere_sets(rule: Rule) -> tuple[frozenset | None, frozenset | None]:
    return (frozenset(rule.requires_anywhere) if rule.requires_anywhere else None,
            frozenset(rule.unless_anywhere) if rule.unless_anywhere else None)


@dataclass(frozen=True)
class Plan:
    """What checking for one organisation runs and how its findings are judged."""
    org: str
    decisions: MappingProxyType       # rule id -> tuple[Decision, ...], in the profile's file order
    endorsement: tuple                # the entries that decide the endorsement warning
    selection: Selection              # the rules its profile maps, and every signal rule
    signal_rules: frozenset           # ids of the signal rules (also run on the post replied to)


class Compiled:
    """The compiled pack. An organisation's plan is compiled the first time a text is checked for it
    (a service checks for one organisation; a pack may hold one for every students' union), once,
    under a lock, and never changes after; everything else is compiled when the pack loads."""

    def __init__(self, pack: Pack):
        self.matcher: Matcher = _matcher(pack)
        self.patterns = MappingProxyType(_patterns(pack))     # rule id -> TimedPattern
        self.rules = MappingProxyType({r.id: r for r in pack.rules})
        self.every_rule = Selection.of(list(enumerate(pack.rules)))   # any rule, whoever maps it (examples, explain)
        self._pack = pack
        self._by_id = {r.id: r for r in pack.rules + [ENDORSEMENT_RULE, *BUILT_IN_RULES]}
        self._by_category: dict[str, list[Rule]] = {}
        for rule in pack.rules + [ENDORSEMENT_RULE]:      # picture rules are mapped by their id only
            self._by_category.setdefault(rule.category, []).append(rule)
        self._plans: dict[str, Plan] = {}
        self._lock = threading.Lock()
        self._needs: NeedsScan | None = None

    def needs_scan(self) -> "NeedsScan | None":
        """The one scan for the strings the patterns need (NeedsScan), made once every pattern is compiled
        (by the warm-up thread, or the checks); None until then."""
        scan = self._needs
        if scan is None and all(p._ready is not None for p in self.patterns.values()):
            # two threads may both make it: the same
            scan = self._needs = NeedsScan(self.patterns, {r.id: i for i, r in enumerate(self._pack.rules)})
        return scan

    def plan(self, org: str) -> Plan:
        found = self._plans.get(org)
        if found is None:
            with self._lock:
                found = self._plans.get(org)
                if found is None:
                    found = self._plans[org] = _plan(self._pack, self._pack.profiles[org], self._by_id,
                                                     self._by_category)
        return found


class NeedsScan:
    """Every pattern's needed strings in one Aho-Corasick automaton: one pass over a text tells each
    pattern whether the text holds one of the strings it needs (TimedPattern.may_match), instead of a pass
    per pattern. A tweet naming the organisation ran ~35 patterns' checks (~70 µs); a 20,000-character post
    folded its text again for each (~5 ms). A pattern needing a string of one character ('@', 'c') keeps
    its own check: such strings are in nearly every text, and each of their thousands of occurrences would
    be a step of the scan.

    With the rules' places in the pack (`index_of`, rule id -> pack index), the scan also tells the rule loop
    which pattern rules a text rules out (TextNeeds.may_run), so that it does not visit them at all: a tweet
    naming the organisation visited some 40 such rules at ~1.5 µs each only to be told no."""

    MIN_LENGTH = 2

    def __init__(self, patterns, index_of: dict | None = None):
        self.wants: dict[str, frozenset] = {}       # rule id -> the strings its pattern needs, one of which
        # rule id -> its needs (TimedPattern.needs), for the patterns that take some of them only where they start or
        # end a word ('\\bSt\\b'): the text must hold one so (TextNeeds.may_match)
        self.marked: dict[str, tuple] = {}
        index_of = index_of or {}
        needing: dict[str, set] = {}                # string -> the pack indices of the patterns needing it
        own = {}                                    # pack index -> strings, of the patterns checking their own
        automaton = ahocorasick.Automaton()
        for rule_id, timed in [*patterns.items(), *(part for t in patterns.values() for part in t.parts or ())]:
            strings = timed.prepare()[5]
            if strings and min(map(len, strings)) >= self.MIN_LENGTH:
                self.wants[rule_id] = frozenset(strings)
                needs = timed.prepare()[2]
                if any(starts or ends for _, starts, ends in needs):
                    self.marked[rule_id] = needs
                for string in strings:
                    automaton.add_word(string, string)
                    if rule_id in index_of:
                        needing.setdefault(string, set()).add(index_of[rule_id])
            elif strings and len(strings) < _SCANNED_FROM and rule_id in index_of:
                own[index_of[rule_id]] = strings
        if self.wants:
            automaton.make_automaton()
        self.automaton = automaton if self.wants else None
        self.needing = {string: frozenset(indices) for string, indices in needing.items()}
        self.scanned = frozenset(index_of[r] for r in self.wants if r in index_of)
        self.own = own

    def of(self, raw: str) -> "TextNeeds":
        return TextNeeds(self, raw)


class TextNeeds:
    """For one text: whether each pattern may match (TimedPattern.may_match, the same answer), the text
    scanned once, when first asked."""

    __slots__ = ("scan", "raw", "_found", "_folded", "_at")

    def __init__(self, scan: NeedsScan, raw: str):
        self.scan, self.raw, self._found, self._folded, self._at = scan, raw, None, None, None

    @property
    def folded(self) -> str:
        """The text as the patterns' gates read it (budget.folded), made once: a pattern searching a long
        text in windows folded it again for each (~90 µs each for 20,000 characters, ~7 ms a check)."""
        fold = self._folded
        if fold is None:
            fold = self._folded = folded(self.raw)
        return fold

    def _scanned(self) -> set:
        """The needed strings the text holds, read in one pass (and, for a long text, where each starts)."""
        found = self._found
        if found is None:
            if len(self.raw) >= WINDOWING_FROM:     # a long text: where each string is, for the windows too
                at: dict[str, list[int]] = {}
                for end, string in self.scan.automaton.iter(self.folded):
                    at.setdefault(string, []).append(end - len(string) + 1)
                self._at = at
                found = self._found = set(at)
            else:
                found = self._found = {string for _, string in self.scan.automaton.iter(self.folded)}
        return found

    def may_match(self, rule_id: str, timed: TimedPattern) -> bool:
        wants = self.scan.wants.get(rule_id)
        if wants is None:
            return timed.may_match(self.raw)
        found = self._scanned()
        if found.isdisjoint(wants):
            return False
        marked = self.scan.marked.get(rule_id)
        # in a long text, where the scan read each string's places; in a short one, finding them cost more than the
        # patterns it passed over (tweets 1.02x)
        return marked is None or self._at is None or self._as_words(marked, found)

    def _as_words(self, needs: tuple, found: set) -> bool:
        """Whether the long text holds one of `needs` where the pattern can take it: a string marked as starting a word
        (WORD_START) after no word character, one marked as ending a word (WORD_END) before none, as
        TimedPattern.windows reads them ('st' of '\\bSt\\b' inside 'stop' does not count). A pattern without a
        reach searched a long text whole for a string found only inside words (commercial.named-product ~70 µs of
        a 2,000-character post). True when the lower case changed the text's length (no offsets to check)."""
        raw, fold = self.raw, self.folded
        if len(fold) != len(raw):
            return True
        at = self._at
        for needed, starts_word, ends_word in needs:
            if needed not in found:
                continue
            if not (starts_word or ends_word):
                return True
            for start in at[needed]:
                if not (starts_word and start and _WORD_CHARACTER.match(raw, start - 1)) and \
                        not (ends_word and _WORD_CHARACTER.match(raw, start + len(needed))):
                    return True
        return False

    def may_run(self, indices: list) -> list:
        """Of the pack indices of some rules, in order, those the text does not rule out: a pattern rule of the
        scan only when the text holds one of its strings, one checking its own few strings (fewer than
        budget._SCANNED_FROM) only when the text holds one of those; what `may_match` would say of each. The
        text is scanned only if one of the rules is the scan's."""
        scan = self.scan
        scanned, own = scan.scanned, scan.own
        possible = None
        kept = []
        for i in indices:
            if i in scanned:
                if possible is None:
                    possible, needing = set(), scan.needing
                    for string in self._scanned():
                        found = needing.get(string)
                        if found is not None:
                            possible.update(found)
                if i not in possible:
                    continue
            elif i in own:
                fold = self.folded
                for string in own[i]:
                    if string in fold:
                        break
                else:
                    continue
            kept.append(i)
        return kept

    def places(self, rule_id: str) -> dict | None:
        """Where in a long text each string a pattern needs starts (string -> starts, in order; a string the
        text lacks is left out), read by the scan, for TimedPattern.windows; None for a short text or a
        pattern outside the scan. Asked after `may_match` for that pattern."""
        return self._at if rule_id in self.scan.wants else None


def compile_pack(pack: Pack) -> Compiled:
    """PackError names the lexicon or rule that cannot be compiled."""
    return Compiled(pack)


# -- the matcher ----------------------------------------------------------------------------------
def _matcher(pack: Pack) -> Matcher:
    matcher = Matcher()
    lexicons = pack.lexicons
    check_nesting(lexicons)
    choosable = choosable_lexicons(lexicons)
    check_expansion(lexicons, choosable)
    for name in choosable:
        # a choice's own terms may name other lexicons: written out where they open it, choices after;
        # each keeps the filler words it allows of its own, wherever the choice is named
        lex = lexicons[name]
        matcher.add_choices(name, [(one, own + extra) for phrase, own in _phrases_and_gaps(lex)
                                   for one, extra in expand_gapped(phrase, lexicons, lex["_where"],
                                                                   choosable if _opens_with_word(phrase, lexicons)
                                                                   else frozenset())])
    shared: dict[frozenset, frozenset] = {}
    kept: dict = {}                         # the words and texts of the terms so far, each kept once (_one_of)
    read: dict = {}                         # lexicon -> its terms' options, for written_terms
    for name, lex in lexicons.items():
        defaults = lexicon_options(lex)
        options_of = lex.get("term_options", {})
        for unknown in set(options_of) - {t if isinstance(t, str) else t.get("term") for t in lex["terms"]}:
            raise PackError(f"{lex['_where']}: lexicon {name!r} has term_options for {unknown!r}, which is not a term")
        for entry in lex["terms"]:
            if isinstance(entry, str) and entry in options_of:
                entry = dict(options_of[entry], term=entry)
            phrase = entry["term"] if isinstance(entry, dict) else entry
            if not isinstance(phrase, str):
                raise PackError(f"{lex['_where']}: lexicon {name!r} has a term that is not text: {entry!r}")
            if "{" not in phrase:               # most terms: nothing to write out
                try:
                    matcher.add(_one_of(build_term(name, entry, defaults), kept))
                except ValueError as exc:
                    raise PackError(f"{lex['_where']}: {exc}") from None
                continue
            options = term_options(entry, defaults)[1]
            choices = _choices_for(phrase, options, lexicons, choosable)
            hashtag = None
            if options["hashtag"] and not choices and " {" in phrase.strip():
                # a hashtag term: as a hashtag it is its written words run together ('#ThisIsEnglandNotPakistan'),
                # so every combination is written out for that (add_hashtag); in a post's words, its placeholders
                # after the first word are choices, as any other term's
                hashtag, options = options, dict(options, hashtag=False)
                choices = _choices_for(phrase, options, lexicons, choosable)
            widened: dict = {}                  # (extra gaps, after, before) -> the options of terms given them
            first = None
            for expanded, extra, after, before in written_terms(phrase, lexicons, lex["_where"], choices, read):
                own = options
                if extra or after or before:
                    # the terms written in keep the filler words they allow, and, standing for the whole
                    # term, their neighbour conditions: the term allows and requires theirs too (the terms
                    # given them share one set per content, not one each)
                    own = widened.get((extra, after, before))
                    if own is None:
                        followed, preceded = options["not_followed_by"] | after, options["not_preceded_by"] | before
                        own = widened[extra, after, before] = dict(
                            options, gaps=options["gaps"] + extra, not_followed_by=shared.setdefault(followed, followed),
                            not_preceded_by=shared.setdefault(preceded, preceded))
                try:
                    term = _one_of(build_term(name, expanded, own, choices), kept)
                except ValueError as exc:
                    raise PackError(f"{lex['_where']}: {exc}") from None
                matcher.add(term)
                first = first or term
            if hashtag is not None and first is not None:
                # each combination's hashtag found as the term (one lexicon, one hit, whichever it is)
                for expanded, _, _, _ in written_terms(phrase, lexicons, lex["_where"], frozenset(), read):
                    matcher.add_hashtag(hashtag_compact(expanded, hashtag["stem"]), first)
    for org, profile in pack.profiles.items():
        for name in profile.names:
            matcher.add_name(org, name, frozenset({"org", "org_brand"} | (set() if profile.brands else {"org_partner"})))
        for name in profile.brands:
            matcher.add_name(org, name, frozenset({"org_brand", "org_partner"}))
        for name in profile.venues:
            matcher.add_name(org, name, frozenset({"org_venue"}))
    forget_phrase_words()
    matcher.index_choices()
    return matcher


def _one_of(term: Term, kept: dict) -> Term:
    """The term, its words and text the same objects as an earlier term's that are equal: a lexicon that
    names another whole ("{singled_out_person}") holds the same phrases, and ~10,000 of the pack's terms
    would otherwise keep their own copies."""
    words = term.words
    term.words = kept.setdefault(words, words)
    term.written = term.words if term.written == words else kept.setdefault(term.written, term.written)
    term.text = kept.setdefault(term.text, term.text)
    return term


def _phrases(lex: dict) -> list:
    return [t.get("term") if isinstance(t, dict) else t for t in lex["terms"]]


def _phrases_and_gaps(lex: dict) -> list[tuple[str, int]]:
    """Each term of a lexicon, with the filler words it allows of its own: its table's or term_options'
    `gaps`, else the lexicon's."""
    default, options_of = lex.get("gaps", 0), lex.get("term_options", {})
    out = []
    for t in lex["terms"]:
        if isinstance(t, dict):
            out.append((t.get("term"), t.get("gaps", options_of.get(t.get("term"), {}).get("gaps", default))))
        else:
            out.append((t, options_of.get(t, {}).get("gaps", default)))
    return out


def choosable_lexicons(lexicons: dict) -> frozenset:
    """The lexicons another lexicon's term may name as a choice (matched at match time, not written out):
    every one of whose terms is text that opens with a word, once the placeholders it opens with are
    written out. (One that does not — an empty term — is written out, as it always was: what it leaves
    of a term may not open with a word.)"""
    named = {n for lex in lexicons.values() for phrase in _phrases(lex) if isinstance(phrase, str)
             for n in _PLACEHOLDER.findall(phrase)}
    return frozenset(n for n in named if n in lexicons and n not in ORG_SLOTS
                     and all(isinstance(p, str) and _opens_with_word(p, lexicons) for p in _phrases(lexicons[n])))


def _opens_with_word(phrase: str, lexicons: dict | None = None) -> bool:
    """Whether the phrase opens with a word once written out: a first word that is another lexicon's
    placeholder does when each of that lexicon's terms does (nested to any depth; check_nesting has
    refused circles)."""
    chunks = phrase.split()
    if not chunks:
        return False
    opening = _PLACEHOLDER.fullmatch(chunks[0]) if lexicons else None
    if opening and opening[1] in lexicons and opening[1] not in ORG_SLOTS:
        return all(isinstance(p, str) and _opens_with_word(p, lexicons) for p in _phrases(lexicons[opening[1]]))
    return bool(term_words(chunks[0], with_stems=False))


def check_nesting(lexicons: dict) -> None:
    """PackError when lexicons name each other in a circle through their placeholders ({a} holds a term
    naming {b}, which holds one naming {a}): written out, it would never end."""
    names = {name: sorted({n for phrase in _phrases(lex) if isinstance(phrase, str)
                           for n in _PLACEHOLDER.findall(phrase) if n in lexicons and n not in ORG_SLOTS})
             for name, lex in lexicons.items()}
    state: dict[str, int] = {}              # 1: being followed, 2: done
    for start in names:
        if state.get(start):
            continue
        path, stack = [start], [iter(names[start])]
        state[start] = 1
        while stack:
            other = next(stack[-1], None)
            if other is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(other) == 1:
                circle = path[path.index(other):] + [other]
                raise PackError(f"{lexicons[other]['_where']}: lexicon {other!r} names itself through its "
                                "placeholders (" + " -> ".join("{%s}" % n for n in circle) + "): a placeholder "
                                "may name a lexicon whose terms name others, to any depth, but not in a circle")
            elif not state.get(other):
                state[other] = 1
                path.append(other)
                stack.append(iter(names[other]))


def _choices_for(phrase: str, options: dict, lexicons: dict, choosable: frozenset) -> frozenset:
    """The lexicons that `{lexicon}`s of this term may stand for as choices: none when the term is matched
    by its written words (takes_choices) or when its first word may be no word once written out; what is
    not a choice is written out (`expand`), the first word always, so every term opens with a word."""
    if "{" not in phrase or not takes_choices(options):
        return frozenset()
    first = phrase.split()[0]
    opening = _PLACEHOLDER.fullmatch(first)
    leading = _PLACEHOLDER.match(first)
    if opening and opening[1] in lexicons and opening[1] not in ORG_SLOTS:
        opens = opening[1] in choosable                 # each of its terms opens with a word
    elif leading and leading[1] in lexicons and leading[1] not in ORG_SLOTS:
        # opening a word with more after it ("{kin}'s", "{work_credit}:"): written out, the term opens with
        # the first word of each of its terms, when each has one
        opens = _opens_with_word(leading.group(), lexicons)
    elif any(n not in ORG_SLOTS for n in _PLACEHOLDER.findall(first)):
        opens = False                                   # inside a word: "x-{insult}"
    else:
        opens = _opens_with_word(first)
    return choosable if opens else frozenset()


def expansion(lexicons: dict, choosable: frozenset | None = None) -> dict[str, tuple[int, int]]:
    """For each lexicon, the (terms, characters) it holds once expand() has written out the placeholders
    that are not choices (every combination of them, and the placeholders their terms name in turn),
    computed without expanding anything; the terms of the lexicons its choices stand for are counted
    once, with the first lexicon that names them. A written-out placeholder's terms that name other
    lexicons are counted as if every placeholder in them were written out, except where the term opens
    with it: a bound, never less than what is written out."""
    check_nesting(lexicons)
    sizes = {}
    choosable = choosable_lexicons(lexicons) if choosable is None else choosable
    counted = set()                         # (lexicon, stem) of the choices counted
    memo: dict = {}

    def count(phrase, choices: frozenset, stem: bool) -> tuple[int, int]:
        """(terms, characters) that one phrase is written out to, with `choices` kept."""
        if not isinstance(phrase, str) or "{" not in phrase:
            return 1, len(str(phrase))
        key = (phrase, bool(choices), stem)
        if key in memo:
            return memo[key]
        kept = choice_places(phrase, choices) if choices else frozenset()
        n, c = 1, len(phrase)
        for at, chunk in enumerate(phrase.split()):
            others = _PLACEHOLDER.findall(chunk)
            if at in kept:
                if (others[0], stem) not in counted:
                    counted.add((others[0], stem))
                    for one in _phrases(lexicons[others[0]]):
                        extra = count(one, choosable if _opens_with_word(one, lexicons) else frozenset(), stem)
                        totals[0], totals[1] = totals[0] + extra[0], totals[1] + extra[1]
                continue
            for other in others:
                if other not in lexicons or other in ORG_SLOTS:
                    continue
                # where the term opens with it, what its terms name after their first word may be choices
                inner = choices if at == 0 and chunk == "{%s}" % other else frozenset()
                alternatives = [count(t, inner, stem) for t in _phrases(lexicons[other])]
                k, written = sum(a for a, _ in alternatives), sum(b for _, b in alternatives)
                # every combination so far, once with each of its terms in place of "{other}"
                c = k * c + n * (written - k * (len(other) + 2))
                n *= k
        memo[key] = (n, c)
        return n, c

    for name, lex in lexicons.items():
        totals = [0, 0]
        defaults = lexicon_options(lex)
        options_of = lex.get("term_options", {})
        for entry in lex["terms"]:
            phrase = entry.get("term") if isinstance(entry, dict) else entry
            if not isinstance(phrase, str):
                continue                    # refused by _matcher, which names it
            if "{" not in phrase:           # most terms: one term, whatever its options
                totals[0], totals[1] = totals[0] + 1, totals[1] + len(phrase)
                continue
            if isinstance(entry, str) and entry in options_of:
                entry = dict(options_of[entry], term=entry)
            options = term_options(entry, defaults)[1]
            n, c = count(phrase, _choices_for(phrase, options, lexicons, choosable), options["stem"])
            totals[0], totals[1] = totals[0] + n, totals[1] + c
        sizes[name] = (totals[0], totals[1])
    return sizes


def check_expansion(lexicons: dict, choosable: frozenset | None = None) -> None:
    """PackTooLarge when the expanded lexicons would exceed MAX_TERMS terms or MAX_TERM_CHARS characters."""
    sizes = expansion(lexicons, choosable)
    terms, chars = sum(t for t, _ in sizes.values()), sum(c for _, c in sizes.values())
    if terms > MAX_TERMS or chars > MAX_TERM_CHARS:
        name = max(sizes, key=lambda n: sizes[n])
        raise PackTooLarge(f"{lexicons[name]['_where']}: lexicon {name!r}'s placeholders expand to "
                           f"{sizes[name][0]:,} terms; the pack's lexicons would hold {terms:,} terms "
                           f"({chars:,} characters), more than {MAX_TERMS:,} ({MAX_TERM_CHARS:,}): each "
                           "{lexicon} written out in a term (the term's first word, part of a word, or in a "
                           "hashtag or case-sensitive term) multiplies it by that lexicon's size")


def expand(phrase: str, lexicons: dict, where: str, choices: frozenset = frozenset()):
    """'as your {org_role}' -> one phrase per term of the org_role lexicon (every combination when
    there are several placeholders); organisation slots ({org}, {org_brand}, {org_partner}) stay, and
    so do the placeholders that are choices: a `{lexicon}` of `choices` standing as a word of its own
    after the first ('{group_adjective} {people_noun}' -> 'female {people_noun}', 'chinese
    {people_noun}', ...: the matcher walks the choice)."""
    return (one for one, _ in expand_gapped(phrase, lexicons, where, choices))


def expand_gapped(phrase: str, lexicons: dict, where: str, choices: frozenset = frozenset()):
    """`expand`, each phrase with the filler words the terms written into it allow of their own (the sum
    of their `gaps`, to any depth): a nested lexicon keeps its gaps ("{conf_business_change}" written out
    as "losing £" still finds "losing something like £80k")."""
    names = _PLACEHOLDER.findall(phrase) if "{" in phrase else None
    if not names or all(n in ORG_SLOTS for n in names):
        yield phrase, 0
        return
    kept = choice_places(phrase, choices) if choices else ()
    written = phrase
    if kept:
        written = " ".join("\x00%s\x00" % chunk[1:-1] if at in kept else chunk
                          for at, chunk in enumerate(phrase.split()))
        names = _PLACEHOLDER.findall(written)
        if not names or all(n in ORG_SLOTS for n in names):
            yield phrase, 0
            return
    alternatives = []
    for name in names:
        if name in ORG_SLOTS:
            alternatives.append([("{%s}" % name, 0)])
        elif name in lexicons:
            alternatives.append(_phrases_and_gaps(lexicons[name]))
        else:
            raise PackError(f"{where}: unknown placeholder {{{name}}} in {phrase!r}")
    literals = _PLACEHOLDER.split(written)[::2]     # the text around the placeholders
    nested = [any(_names_a_lexicon(t, lexicons) for t, _ in a) for a in alternatives]
    for combo in itertools.product(*alternatives):
        one = "".join(itertools.chain.from_iterable(zip(literals, (t for t, _ in combo)))) + literals[-1]
        one = _KEPT.sub(r"{\1}", one) if kept else one
        own = sum(g for _, g in combo)
        if any(nested) and any(_names_a_lexicon(t, lexicons) for (t, _), is_nested in zip(combo, nested) if is_nested):
            # a term written in names other lexicons in turn: written out (or kept as choices) likewise
            again = choices if choices and _opens_with_word(one, lexicons) else frozenset()
            for deeper, extra in expand_gapped(one, lexicons, where, again):
                yield deeper, own + extra
        else:
            yield one, own


def written_terms(phrase: str, lexicons: dict, where: str, choices: frozenset = frozenset(), cache: dict | None = None):
    """`expand_gapped`, each phrase also with the neighbour conditions (not_followed_by, not_preceded_by) of
    the terms it was written from when a placeholder stands for the whole term ("{conf_business_change}":
    its "cutting", not followed by "it", stays so), to any depth: (phrase, extra gaps, after, before)."""
    whole = _PLACEHOLDER.fullmatch(phrase.strip())
    if not whole or whole[1] in ORG_SLOTS or whole[1] not in lexicons:
        for one, extra in expand_gapped(phrase, lexicons, where, choices):
            yield one, extra, frozenset(), frozenset()
        return
    cache = {} if cache is None else cache
    for inner, options in _terms_with_options(lexicons[whole[1]], cache):
        again = choices if choices and _opens_with_word(inner, lexicons) else frozenset()
        for one, extra, after, before in written_terms(inner, lexicons, where, again, cache):
            yield (one, options["gaps"] + extra, after | options["not_followed_by"],
                   before | options["not_preceded_by"])


def _terms_with_options(lex: dict, cache: dict) -> tuple:
    """A lexicon's (phrase, options) for each term, worked out once per lexicon in `cache` (one compile's:
    a lexicon named whole by many terms is read once)."""
    found = cache.get(id(lex))
    if found is None:
        defaults, options_of = lexicon_options(lex), lex.get("term_options", {})
        entries = (dict(options_of[e], term=e) if isinstance(e, str) and e in options_of else e for e in lex["terms"])
        found = cache[id(lex)] = tuple(term_options(e, defaults) for e in entries)
    return found


def _names_a_lexicon(phrase: str, lexicons: dict) -> bool:
    return "{" in phrase and any(n in lexicons and n not in ORG_SLOTS for n in _PLACEHOLDER.findall(phrase))


# -- patterns -------------------------------------------------------------------------------------
def _patterns(pack: Pack) -> dict[str, TimedPattern]:
    out = {}
    for rule in pack.rules:
        if not rule.regex:
            continue

        def fill(m: re.Match) -> str:
            name = m.group(1)
            if name in ORG_SLOTS:
                raise PackError(f"{rule.source}: rule {rule.id!r}: a pattern cannot name the organisation "
                                f"({{{name}}}); use a lexicon rule with {{{name}}} in its terms")
            if name not in pack.lexicons:
                return m.group()            # a repetition such as {2}, not a placeholder
            values = [t if isinstance(t, str) else t["term"] for t in pack.lexicons[name]["terms"]]
            return "(?:" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")"
        pattern = _PLACEHOLDER.sub(fill, rule.regex)
        ways = alternatives(pattern)
        parts = tuple((f"{rule.id}|{n}", TimedPattern(way, re.IGNORECASE, rule.id, analyse=_needs_and_reach))
                      for n, way in enumerate(ways)) if ways else None
        out[rule.id] = TimedPattern(pattern, re.IGNORECASE, rule.id, analyse=_needs_and_reach, parts=parts)
    return out


# -- a pattern that is one alternation, as its alternatives ----------------------------------------
_GROUP_HEADER = re.compile(r"\((?:\?:|\?P<\w+>|\?[a-zA-Z]*-?[a-zA-Z]*:)?")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_NUMBERED = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)")    # back-references, conditionals, global flags
MOST_ALTERNATIVES = 16


def alternatives(pattern: str) -> list[str] | None:
    """The pattern as the alternatives it is one of, each a pattern of its own, when it is one alternation
    with nothing around it that takes a character: 'A|B', or '(?<!@)\\b(?P<hit>A|B)\\b' as
    '(?<!@)\\b(?P<hit>A)\\b' and '(?<!@)\\b(?P<hit>B)\\b' (groups entered, lookarounds and \\b kept either
    side). The whole matches at a position what its first alternative that matches there does, so the
    alternatives searched apart and merged (budget._Bounded._apart) find what it finds. The regex engine
    tries every alternative at every position of the whole; apart, each is gated by its own needed strings
    and found by its own first characters: handle-in-state's two alternatives cost together 6x what they cost
    apart (round 14). TimedPattern.prepare keeps them together where two or more need no string. None for any other shape, and with back-references, conditionals or global flags
    (group numbers and flags would not carry over), or more than MOST_ALTERNATIVES alternatives."""
    if _NUMBERED.search(pattern):
        return None
    read = _group_structure(pattern)
    if read is None:
        return None
    groups, bars = read
    if bars[-1]:
        return _cut(pattern, -1, bars[-1], len(pattern), "", "")
    prefix, suffix, outside, lo, hi = "", "", "", 0, len(pattern)
    while True:
        top, at = [], lo
        while at < hi:                      # the groups at this level
            if at in groups:
                top.append(at)
                at = groups[at] + 1
            else:
                at += 1
        body = [o for o in top if not pattern.startswith(_LOOKAROUND, o)]
        if len(body) != 1:
            return None
        o, close = body[0], groups[body[0]]
        if close + 1 < hi and pattern[close + 1] in "?*+{":
            return None                     # a repeated group
        head = _GROUP_HEADER.match(pattern, o)
        if head is None:
            return None
        outside += pattern[lo:o] + pattern[close + 1:hi]
        if not _zero_width(outside):
            return None
        prefix, suffix = prefix + pattern[lo:o] + head.group(), ")" + pattern[close + 1:hi] + suffix
        lo, hi = head.end(), close
        if bars[o]:
            return _cut(pattern, lo - 1, bars[o], hi, prefix, suffix)


def _cut(pattern: str, before: int, bars: list[int], after: int, prefix: str, suffix: str) -> list[str] | None:
    cuts = [before, *bars, after]
    ways = [prefix + pattern[a + 1:b] + suffix for a, b in zip(cuts, cuts[1:])]
    return ways if len(ways) <= MOST_ALTERNATIVES else None


def _zero_width(source: str) -> bool:
    """Whether every item of `source` takes no character (lookarounds, \\b, anchors)."""
    parsed = _parsed(source)
    return parsed is not None and all(op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT) for op, _ in parsed)


def _group_structure(pattern: str) -> tuple[dict, dict] | None:
    """(group opening -> its closing, group opening (-1: the pattern) -> the '|' directly in it) of a
    pattern's text; None when its parentheses do not pair."""
    stack, groups, bars, at, in_class = [], {}, {-1: []}, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class, at = True, at + 1
            if pattern[at:at + 1] == "^":
                at += 1
            if pattern[at:at + 1] == "]":
                at += 1
            continue
        elif char == "(":
            stack.append(at)
            bars[at] = []
        elif char == ")":
            if not stack:
                return None
            groups[stack.pop()] = at
        elif char == "|":
            bars[stack[-1] if stack else -1].append(at)
        at += 1
    return (groups, bars) if not stack and not in_class else None


def _needs_and_reach(pattern: str) -> tuple[frozenset | None, tuple | None, tuple | None, str]:
    """What TimedPattern asks when it first compiles a pattern: needed_strings, its reach as a span
    (`_span`: characters, and runs of white space, each at most the text's longest), how far a match can
    look before and after a needed string (`_around`, two spans), and the lookahead a match opens with
    (`opening`), from one parse."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None, None, None, ""
    where: list = []
    needs = _needed(parsed, where=where)
    # a pattern opening with global flags ("(?i)...") keeps them first; one opening with its own lookahead
    # for its first characters (written in the rule) is not given a second
    first = "" if _GLOBAL_FLAGS.match(pattern) or pattern.startswith("(?=") else opening(parsed)
    return needs, _span(parsed), _around(list(parsed), where[0] if where else None), first


_GLOBAL_FLAGS = re.compile(r"\(\?[a-zA-Z]+\)")


def opening(parsed) -> str:
    """A lookahead for the characters a match can start with, read from the pattern's parse, for a pattern
    that opens with a lookaround (other than \\b) before any character it takes: the regex engine cannot
    look for a match's first character past it, so it tries the lookaround, and every alternative after
    it, at every position of the text. Put before the pattern, the lookahead passes over the positions
    where no match can start at once, and the pattern finds exactly what it found. Each character keeps
    the case rule of the place it comes from ('(?-i:[A-Z])' stays capitals only). '' for other patterns,
    and where the characters cannot be told, could be any letter or are one character (which the engine
    looks for itself). Only where some first character is case-sensitive ('(?-i:[A-Z])' in a caseless
    pattern): where every one is caseless ('(?<![\\w'’])(?:no one|nobody)…': 27 of 40 patterns in round 14)
    the lookahead made the search 10-30% slower, not faster, on long texts."""
    found = _first_characters(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    if found is None or found[1] or not found[2]:
        return ""                               # unknown, a match may be empty, or no lookaround first
    folded = "".join(sorted({one for one, caseless in found[0] if caseless}))
    exact = "".join(sorted({one for one, caseless in found[0] if not caseless}))
    if len(found[0]) < 2 and len(folded + exact) < 2 or "a-z" in folded or "A-Z" in folded:
        return ""
    if not exact:
        return ""           # caseless characters only: measured slower with the lookahead (round 14)
    parts = ([f"(?i:[{folded}])"] if folded else []) + [f"(?-i:[{exact}])"]
    return "(?=" + "|".join(parts) + ")"


def _first_characters(items, caseless: bool, behind: bool = False) -> tuple[list, bool, bool] | None:
    """The characters the items' first consumed character can be, as (class text, caseless) pairs, whether
    the items can match nothing, and whether a lookaround comes before a first character (`behind`: one
    came before the items); None when that cannot be told from literals and ranges (a class of categories
    or negated, any character, a back-reference, a conditional)."""
    found: list = []
    for op, av in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            behind = True                       # a lookaround: takes no character
            continue
        if op == sre_c.AT:
            continue                            # \\b, ^: take no character
        if op == sre_c.LITERAL:
            return found + [(_class_char(av), caseless)], False, behind
        if op == sre_c.IN:
            if any(kind not in (sre_c.LITERAL, sre_c.RANGE) for kind, _ in av):
                return None
            return found + [(_class_char(v) if kind == sre_c.LITERAL else f"{_class_char(v[0])}-{_class_char(v[1])}",
                             caseless) for kind, v in av], False, behind
        if op == sre_c.SUBPATTERN:
            _, add, remove, inner = av
            inner_caseless = (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            sub = _first_characters(list(inner), inner_caseless, behind)
            lowest = 1
        elif op == sre_c.ATOMIC_GROUP:
            sub, lowest = _first_characters(list(av), caseless, behind), 1
        elif op in _REPEATS:
            sub, lowest = _first_characters(list(av[2]), caseless, behind), av[0]
        elif op == sre_c.BRANCH:
            ways = [_first_characters(list(way), caseless, behind) for way in av[1]]
            if None in ways:
                return None
            sub, lowest = ([one for way in ways for one in way[0]], any(way[1] for way in ways),
                           any(way[2] for way in ways)), 1
        else:
            return None
        if sub is None:
            return None
        found += sub[0]
        behind = behind or sub[2]
        if lowest >= 1 and not sub[1]:
            return found, False, behind
    return found, True, behind


def _class_char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def needed_strings(pattern: str) -> frozenset | None:
    """Strings one of which every match of `pattern` holds (or the text holds, for a lookaround), as its
    parse shows: a text holding none of them cannot match, and the pattern is not run over it. Read
    from the pattern's runs of literal characters, through groups, repeats of at least one, lookarounds
    and alternatives that all need something; of the candidates, the one whose shortest string is the
    longest. None when nothing is needed for certain (or `re` cannot parse the pattern)."""
    parsed = _parsed(pattern)
    return None if parsed is None else _needed(parsed)


def _parsed(pattern: str):
    """The pattern as `re`'s parser reads it, or None when it cannot (a construct only `regex` has)."""
    try:
        return sre_parse.parse(pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError):
        return None


def _needed(items, at_word_start: bool = False, where: list | None = None,
            at_word_end: bool = False) -> frozenset | None:
    """`at_word_start`: the items follow a \\b or a space, so a run of letters they open starts a word (marked with
    WORD_START: a long text is searched only around such a string where it starts a word, so "rm" after
    \\b is not looked for inside "form"). `at_word_end`: what follows the items opens with a \\b or a space, so
    a run of letters they end with ends a word (marked with WORD_END: "St" before \\b is not looked for inside
    "Stop"). `where`, when given, gets the first and last of `items` that the strings chosen come from."""
    best: frozenset | None = None
    best_at = None
    run: list[str] = []
    run_starts_word = False
    run_from = 0
    after_boundary = at_word_start
    count = len(items)

    def gap_at(k: int) -> bool:
        """Whether what starts at item k (past the items: what follows them) opens with a \\b or a space."""
        return at_word_end if k >= count else _ends_a_word_gap(*items[k])

    for n, (op, av) in enumerate([*items, (None, None)]):
        if op == sre_c.LITERAL:
            if not run:
                run_starts_word = after_boundary and chr(av).isalnum()
                run_from = n
            run.append(chr(av))
            after_boundary = False
            continue
        found = None
        if run:
            ends_word = run[-1].isalnum() and gap_at(n)
            found, run = frozenset({(WORD_START if run_starts_word else "") + "".join(run)
                                    + (WORD_END if ends_word else "")}), []
            if _better(found, best) is found:
                best, best_at = found, (run_from, n - 1)
        boundary, after_boundary = after_boundary, _starts_a_word_after(op, av, after_boundary)
        if op == sre_c.SUBPATTERN:
            found = _needed(av[-1], boundary, at_word_end=gap_at(n + 1))
        elif op in _REPEATS and av[0] >= 1:
            found = _needed(av[2], boundary)
        elif op == sre_c.ATOMIC_GROUP:
            found = _needed(av, boundary, at_word_end=gap_at(n + 1))
        elif op == sre_c.ASSERT:                     # a lookahead or lookbehind: in the text, if not the match
            found = _needed(av[1])
        elif op == sre_c.IN:                         # one of a few characters ('[0-9]')
            found = _class_strings(av)
        elif op == sre_c.BRANCH:
            each = [_needed(alternative, boundary, at_word_end=gap_at(n + 1)) for alternative in av[1]]
            found = frozenset().union(*each) if all(each) else None
        if found is not None and _better(found, best) is found:
            best, best_at = found, (n, n)
    if where is not None:
        where[:] = [best_at]
    return best


_FEWEST_CHARACTERS = 10


def _class_strings(items) -> frozenset | None:
    """The characters a class of literals and ranges takes, as strings, when there are no more than
    _FEWEST_CHARACTERS of them ('[0-9]': a plate or a sum needs a digit); None for a negated class, a category
    ('\\d' takes every script's digits) or more characters."""
    chars: set[str] = set()
    for kind, v in items:
        if kind == sre_c.LITERAL:
            chars.add(chr(v))
        elif kind == sre_c.RANGE and v[1] - v[0] < _FEWEST_CHARACTERS:
            chars.update(map(chr, range(v[0], v[1] + 1)))
        else:
            return None
        if len(chars) > _FEWEST_CHARACTERS:
            return None
    return frozenset(chars) or None


def _around(items, at: tuple[int, int] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """How far a match can look before the start and after the end of a needed string that items
    at[0]..at[1] hold: (what the items before can take, plus theirs), (twice theirs, plus what the items
    after can take or a lookahead before them can look, whichever is more), as spans (`_span`). None when
    one is unbounded."""
    if at is None:
        return None
    before, own, after = _span(items[:at[0]]), _span(items[at[0]:at[1] + 1]), _span(items[at[1] + 1:])
    ahead = _lookahead_reach(items[:at[0]])
    if None in (before, own, after, ahead):
        return None
    return _plus(before, own), _plus(_times(own, 2), _widest([after, ahead]))


def _lookahead_reach(items) -> tuple[int, int] | None:
    """The widest lookahead among `items`, at any depth (what one may look at past the items that follow
    it), as a span (`_span`)."""
    widest = _NOTHING
    for op, av in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            width = _span(av[1]) if av[0] >= 0 else _NOTHING
            inner = _lookahead_reach(av[1])
        elif op == sre_c.SUBPATTERN:
            width, inner = _NOTHING, _lookahead_reach(av[-1])
        elif op == sre_c.ATOMIC_GROUP:
            width, inner = _NOTHING, _lookahead_reach(av)
        elif op in _REPEATS:
            width, inner = _NOTHING, _lookahead_reach(av[2])
        elif op == sre_c.BRANCH:
            widths = [_lookahead_reach(alternative) for alternative in av[1]]
            width, inner = _NOTHING, _widest(widths)
        else:
            continue
        if width is None or inner is None:
            return None
        widest = _widest([widest, width, inner])
    return widest


def _starts_a_word_after(op, av, before: bool) -> bool:
    """Whether what follows this item starts where a word may start, `before` saying whether the item
    itself does: after \\b or a space; after an item that ends with one (a group whose every way ends
    with a space); after an optional item when it ends with one and what precedes it does too (skipped
    or not); after a lookaround, as before it (it takes no characters)."""
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return before
    if op in _REPEATS and av[0] == 0:
        return before and _ends_with_word_gap(av[2])
    return _ends_with_word_gap([(op, av)])


def _ends_with_word_gap(items) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if _ends_a_word_gap(op, av):
        return True
    if op == sre_c.SUBPATTERN:
        return _ends_with_word_gap(av[-1])
    if op == sre_c.BRANCH:
        return all(_ends_with_word_gap(alternative) for alternative in av[1])
    if op in _REPEATS and av[0] >= 1:
        return _ends_with_word_gap(av[2])
    return False


def _ends_a_word_gap(op, av) -> bool:
    """Whether what follows this item starts where a word may start: after \\b, or after at least one space."""
    if op == sre_c.AT:
        return av == sre_c.AT_BOUNDARY
    if op in _REPEATS and av[0] >= 1:
        op, av = av[2][0] if len(av[2]) == 1 else (None, None)
    return op == sre_c.IN and av == [(sre_c.CATEGORY, sre_c.CATEGORY_SPACE)]


def _better(found: frozenset | None, best: frozenset | None) -> frozenset | None:
    if not found or best and _rarity(found) <= _rarity(best):
        return best
    return found


def _rarity(strings: frozenset) -> tuple:
    """How rarely a text holds one of `strings`, to rank candidates: a set with one of the commonest
    English words ("the", "has", "with") holds in nearly every long text, so its windows would cover
    all of it; then the longer the shortest string, and the fewer the strings, the rarer."""
    words = [s.removeprefix(WORD_START).removesuffix(WORD_END) for s in strings]
    common = any(w.strip().lower() in _COMMON_WORDS for w in words)
    return (not common, min(map(len, words)), -len(words))


# The commonest English words in posts: a needed string among them gates nothing.
_COMMON_WORDS = frozenset("""a an the and or but if so to of in on at by for from with as is are was were be been
being am has have had having do does did it its it's this that these those there here what which who whom whose
when where why how i me my we us our you your he him his she her they them their not no yes all any some one
just about up out over into than then too very can will would should could get got go going went make made
like lol""".split())


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


def pattern_reach(pattern: str) -> int | None:
    """How many characters a match can examine at most, lookarounds counted as if they consumed their
    text: every character the pattern looks at for one match lies within this distance of any other.
    None when a repeat is unbounded (or `re` cannot parse the pattern)."""
    parsed = _parsed(pattern)
    return None if parsed is None else _reach(parsed)


_ONE_CHARACTER = (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN, sre_c.CATEGORY)
_NOTHING = (0, 0)
# characters every `\s` matches, in `re` and in `regex` alike
_WHITE = frozenset(map(ord, " \t\n\r\f\v"))


def _reach(items) -> int | None:
    """pattern_reach of parsed items: their span with no unbounded run of white space."""
    span = _span(items)
    return span[0] if span is not None and not span[1] else None


def _span(items) -> tuple[int, int] | None:
    """How far one match of the items can look, as (characters, runs of white space): an unbounded repeat of
    white space alone ('\\s+', '\\s*', ' +') takes one run of it, so no more than the text's longest run
    (budget.longest_white_run) — the reach for a text is characters + runs x that run. None when another
    repeat is unbounded. Upper bounds: the widest of several ways is read part by part."""
    total = _NOTHING
    for op, av in items:
        if op in _ONE_CHARACTER:
            width = (1, 0)
        elif op == sre_c.AT:
            width = _NOTHING
        elif op == sre_c.SUBPATTERN:
            width = _span(av[-1])
        elif op == sre_c.ATOMIC_GROUP:
            width = _span(av)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            width = _span(av[1])
        elif op in _REPEATS:
            if av[1] == sre_c.MAXREPEAT:
                width = (0, 1) if _white_only(av[2]) else None
            else:
                inner = _span(av[2])
                width = None if inner is None else _times(inner, av[1])
        elif op == sre_c.BRANCH:
            width = _widest([_span(alternative) for alternative in av[1]])
        else:                                       # back-references and the like: no bound known
            width = None
        if width is None:
            return None
        total = _plus(total, width)
    return total


def _white_only(items) -> bool:
    """Whether the items are one character that only white space can be: '\\s', ' ', '[ \\t]'."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op == sre_c.LITERAL:
        return av in _WHITE
    if op == sre_c.IN:
        return bool(av) and all(kind == sre_c.CATEGORY and v == sre_c.CATEGORY_SPACE or
                                kind == sre_c.LITERAL and v in _WHITE for kind, v in av)
    return False


def _plus(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _times(a: tuple[int, int], n: int) -> tuple[int, int]:
    return a[0] * n, a[1] * n


def _widest(spans) -> tuple[int, int] | None:
    """At least as far as any of the spans, whatever the run of white space: the most of each part."""
    if None in spans:
        return None
    return max((s[0] for s in spans), default=0), max((s[1] for s in spans), default=0)


# -- plans ----------------------------------------------------------------------------------------
def _lower(a: str, b: str) -> str:
    return a if SEVERITY_RANK[a] <= SEVERITY_RANK[b] else b


def _plan(pack: Pack, profile: Profile, rules: dict[str, Rule], by_category: dict[str, list[Rule]]) -> Plan:
    decisions: dict[str, list[Decision]] = {}
    clauses = {ref: ClauseRef(profile.id, c.ref, c.title) for ref, c in profile.clauses.items()}
    for n, m in enumerate(profile.mappings, 1):
        named = [rules[r] for r in m.rules] if m.rules else [r for c in m.categories for r in by_category.get(c, ())]
        when = (frozenset(m.accounts), frozenset(m.roles), frozenset(m.actions), frozenset(m.if_signals),
                frozenset(m.unless_signals))
        for rule in named:
            decisions.setdefault(rule.id, []).append(Decision(
                n, *when, rule.id, rule.category, _lower(m.severity, rule.max_severity),
                m.message or rule.message, m.advice or rule.advice, clauses[m.clause]))
    used = [(i, r) for i, r in enumerate(pack.rules) if r.category == "signal" or r.id in decisions]
    return Plan(org=profile.id,
                decisions=MappingProxyType({rid: tuple(ds) for rid, ds in decisions.items()}),
                endorsement=tuple(decisions.get(ENDORSEMENT_RULE.id, ())),
                selection=Selection.of(used),
                signal_rules=frozenset(r.id for r in pack.rules if r.category == "signal"))
