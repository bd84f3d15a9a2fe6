"""Every trie node's choices are indexed when the pack compiles (Matcher.index_choices, sixteenth round), not in
the first check that walks the node: the indexes are part of the compiled pack, and a check finds the same."""
from __future__ import annotations

from thinktwice.detectors.lexicon import Matcher, Term
from thinktwice.text import Text


def _nodes(matcher: Matcher):
    stack, seen = [*matcher.by_norm.values(), *matcher.by_stem.values()], set()
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            yield node
            stack += node.next.values()
            stack += (trie for _, trie in node.choices)


def test_every_node_with_choices_is_indexed_when_the_pack_compiles(engine):
    nodes = [node for node in _nodes(engine.pack.compiled.matcher) if node.choices]
    assert len(nodes) > 1_000
    assert all(hasattr(node, "chosen") for node in nodes)


def test_an_indexed_matcher_finds_what_one_indexed_as_it_walks_finds():
    def matcher(indexed: bool) -> Matcher:
        m = Matcher()
        m.add_choices("adj", ["utter", "complete", "total"])
        m.add_choices("noun", ["joke", "shambles", "{adj} mess"])
        for phrase in ("what a {noun}", "a {adj} {noun}", "such a {noun}"):
            m.add(Term(lexicon="verdict", text=phrase, words=tuple(phrase.split()), gaps=1))
        if indexed:
            m.index_choices()
        return m
    text = Text("What a joke, such a total mess. A complete utter shambles and a total joke")
    lazy, eager = matcher(False), matcher(True)
    assert all(hasattr(node, "chosen") for node in _nodes(eager) if node.choices)
    assert not any(hasattr(node, "chosen") for node in _nodes(lazy) if node.choices)
    found = [(h.term.text, h.first, h.last) for h in eager.find(text)]
    assert found == [(h.term.text, h.first, h.last) for h in lazy.find(text)] and len(found) >= 3
