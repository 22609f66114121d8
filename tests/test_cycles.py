"""The networkx-free cycle check of a knowledge cache miss (issue 15, cold start): the same cycles, the same words."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from clientfire.engine import compile_knowledge, load_knowledge, validate
from clientfire.engine.cycles import find_cycle
from clientfire.engine.lint import network_findings, refuse_network_errors
from clientfire.errors import KnowledgeError
from clientfire.explain.graph import rule_edges, rule_network
from tests.test_lint import add_rule, copy_knowledge

GRAPHS = [
    # (name, node -> successors, a cycle is expected)
    ("no edges", {"a": [], "b": []}, False),
    ("a chain", {"a": ["b"], "b": ["c"], "c": []}, False),
    ("a diamond", {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}, False),
    ("two nodes", {"a": ["b"], "b": ["a"]}, True),
    ("a self-loop", {"a": ["a"]}, True),
    ("a self-loop down a chain", {"a": ["b"], "b": ["c"], "c": ["c"]}, True),
    ("a cycle behind a dead end", {"a": ["b", "z"], "b": ["c"], "c": ["a"], "z": []}, True),
    ("an edge to a node not listed", {"a": ["b"]}, False),
    ("a long chain", {str(i): [str(i + 1)] for i in range(5000)}, False),
    ("a long cycle", {**{str(i): [str(i + 1)] for i in range(4999)}, "4999": ["0"]}, True),
]


@pytest.mark.parametrize(("name", "succ", "cyclic"), GRAPHS, ids=[g[0] for g in GRAPHS])
def test_find_cycle_finds_a_cycle_networkx_finds(name: str, succ: dict[str, list[str]], cyclic: bool) -> None:
    graph = nx.DiGraph([(a, b) for a, targets in succ.items() for b in targets])
    graph.add_nodes_from(succ)
    found = find_cycle(succ)
    assert (found is not None) == cyclic == bool(next(nx.simple_cycles(graph), None))
    if found:
        assert all(graph.has_edge(a, b) for a, b in zip(found, found[1:] + found[:1], strict=True))  # a cycle, in edge order
        assert len(set(found)) == len(found)  # elementary
        assert found == find_cycle(dict(reversed(list(succ.items()))))  # the same whatever the order given


def test_rule_edges_are_the_networks_edges() -> None:
    kb = validate(load_knowledge())
    compiled = compile_knowledge(kb)
    graph = rule_network(kb, compiled)
    plain = rule_edges(kb, compiled)
    assert sorted(plain) == sorted(graph.nodes)
    assert {(a, b): d for a, targets in plain.items() for b, d in targets.items()} == dict(
        ((a, b), d) for a, b, d in graph.edges(data=True))


def _old_words(kb: object, compiled: object) -> str | None:
    """What the refusal said before (every network finding through networkx), or None when nothing is refused."""
    errors = sorted((f for f in network_findings(kb, compiled) if f.level == "error"),  # type: ignore[arg-type]
                    key=lambda f: (f.path or "", f.line or 0, f.message))
    more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
    return f"{errors[0].message}{more} (`clientfire check` lists them)" if errors else None


KNOWLEDGE = [
    # (name, rules added to signs.yaml: (id, conditions, sign), words the refusal must hold; "" for none)
    ("bundled", [], ""),
    ("a self-loop", [("sign.test.loop", ["sign: non_payment"], "non_payment")],
     "rule cycle: rule:sign.test.loop -> sign:non_payment"),
    ("two rules in a cycle", [("sign.test.one", ["sign: disrespect"], "late_payment"),
                              ("sign.test.two", ["sign: late_payment"], "disrespect")], "rule cycle: rule:sign.test."),
    ("a rule that can never fire", [("sign.test.negative", ["payment.late_invoices < 0"], "disrespect")],
     "rule can never fire"),
]


@pytest.mark.parametrize(("name", "rules", "words"), KNOWLEDGE, ids=[k[0] for k in KNOWLEDGE])
def test_refusal_says_what_it_said_with_networkx(tmp_path: Path, name: str, rules: list[tuple[str, list[str], str]],
                                                  words: str) -> None:
    folder = copy_knowledge(tmp_path)
    for rid, when, sign in rules:
        add_rule(folder, rid, when, sign, "serious")
    kb = validate(load_knowledge(folder))
    compiled = compile_knowledge(kb)
    expected = _old_words(kb, compiled)
    if expected is None:
        assert not words
        refuse_network_errors(kb, compiled)
        return
    with pytest.raises(KnowledgeError) as caught:
        refuse_network_errors(kb, compiled)
    assert words and words in expected
    assert caught.value.message == expected
