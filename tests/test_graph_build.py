"""The rule network's construction (explain/graph_build.py): ids, nodes and edges follow the knowledge."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from clientfire.engine import Engine
from clientfire.engine.model import FactTest, Match, SignsAtLeast
from clientfire.explain import graph, graph_build
from clientfire.explain.graph_build import node_id, rule_edges, rule_network, split_id

TINY = Path(__file__).parent / "fixtures" / "tiny_knowledge"


@pytest.fixture(scope="module")
def network(engine: Engine) -> nx.DiGraph:
    return rule_network(engine.kb, engine.compiled)


@pytest.mark.parametrize("kind, ident, node", [
    ("fact", "payment.late_invoices", "fact:payment.late_invoices"),
    ("rule", "select.keep.none", "rule:select.keep.none"),
    ("verdict", "pause_work", "verdict:pause_work"),
    ("sign", "a:b", "sign:a:b"),  # split at the first colon only
])
def test_node_id_and_split_id_round_trip(kind: str, ident: str, node: str) -> None:
    assert node_id(kind, ident) == node
    assert split_id(node) == (kind, ident)


@pytest.mark.parametrize("name", graph_build.__all__)
def test_explain_graph_still_exports_the_builders(name: str) -> None:
    assert getattr(graph, name) is getattr(graph_build, name)
    assert name in graph.__all__


def test_every_rule_item_and_fact_is_a_node(engine: Engine, network: nx.DiGraph) -> None:
    expected = {node_id("fact", f) for f in engine.kb.facts} | {node_id("rule", r) for r in engine.compiled.actions}
    for kind in ("sign", "verdict", "remedy", "guidance", "prevention", "notice"):
        expected |= {node_id(kind, item.id) for item in engine.kb.items(kind)}
    assert set(network.nodes) == expected


def test_the_network_has_no_cycle(network: nx.DiGraph) -> None:
    assert nx.is_directed_acyclic_graph(network)


def test_each_rule_leads_to_its_conclusion(engine: Engine, network: nx.DiGraph) -> None:
    for rule in engine.kb.rules:
        rid = node_id("rule", rule.id)
        if rule.then.kind == "verdict":  # through the generated select rule of that (verdict, strength)
            select = node_id("rule", f"select.{rule.then.id}.{rule.then.attr('strength')}")
            assert network.edges[rid, select]["kind"] == "candidate"
            assert network.has_edge(select, node_id("verdict", rule.then.id))
        else:
            assert network.edges[rid, node_id(rule.then.kind, rule.then.id)]["kind"] == "concludes"


def test_each_fact_test_is_an_edge_with_its_threshold(engine: Engine, network: nx.DiGraph) -> None:
    for rule in engine.kb.rules:
        for cond in rule.when:
            if isinstance(cond, FactTest):
                tests = network.edges[node_id("fact", cond.fact), node_id("rule", rule.id)]["tests"]
                found = [t for t in tests if t["source_text"] == cond.source_text]
                assert len(found) == 1
                name = str(cond.operand.value)
                if name in engine.kb.thresholds:
                    assert found[0]["threshold"] == name
                    assert found[0]["required"] == engine.kb.thresholds[name].value


def test_two_tests_on_one_fact_share_one_edge(network: nx.DiGraph) -> None:
    # sign.cannot_stand.mild: dread >= mild_dread and dread < min_dread
    tests = network.edges["fact:wellbeing.dread", "rule:sign.cannot_stand.mild"]["tests"]
    assert sorted(t["op"] for t in tests) == ["<", ">="]


def _concludable(engine: Engine, **attrs: object) -> set[str]:
    """Signs that some knowledge rule concludes with these attributes (defaults as in the format doc)."""
    found = set()
    for rule in engine.kb.rules:
        if rule.then.kind != "sign":
            continue
        actual = {"degree": rule.then.attr("degree", "mild"), "remedy_tried": rule.then.attr("remedy_tried", False)}
        if all(actual[k] == v for k, v in attrs.items()):
            found.add(node_id("sign", rule.then.id))
    return found


@pytest.mark.parametrize("rule_id, attrs", [
    ("verdict.fire.serious_sign", {"degree": "serious"}),
    ("verdict.fire.remedy_tried", {"degree": "serious", "remedy_tried": True}),
    ("verdict.address.mild_sign", {"degree": "mild"}),
])
def test_a_pattern_without_id_links_every_sign_it_can_match(engine: Engine, network: nx.DiGraph, rule_id: str,
                                                            attrs: dict[str, object]) -> None:
    rid = node_id("rule", rule_id)
    linked = {n for n in network.predecessors(rid) if network.edges[n, rid]["kind"] == "match"}
    assert linked == _concludable(engine, **attrs)
    assert linked  # the bundled knowledge does conclude such signs


def test_signs_at_least_counts_every_observed_sign(engine: Engine, network: nx.DiGraph) -> None:
    observed = {node_id("sign", r.then.id) for r in engine.kb.rules if r.then.kind == "sign"
                and not any(isinstance(c, (Match, SignsAtLeast)) for c in r.when)}
    for rule in engine.kb.rules:
        if any(isinstance(c, SignsAtLeast) for c in rule.when):
            rid = node_id("rule", rule.id)
            assert {n for n in network.predecessors(rid) if network.edges[n, rid]["kind"] == "count"} == observed


def test_formula_edges_feed_derived_facts(engine: Engine, network: nx.DiGraph) -> None:
    from clientfire.engine.formulas import formula_names

    for fact in engine.kb.facts.values():
        if fact.formula:
            feeders = {n for n in network.predecessors(node_id("fact", fact.id))}
            assert feeders == {node_id("fact", name) for name in formula_names(fact.formula)}



def test_rule_edges_are_the_networks_edges(engine: Engine, network: nx.DiGraph) -> None:
    edges = rule_edges(engine.kb, engine.compiled)
    assert {(a, b): data for a, succ in edges.items() for b, data in succ.items()} == {
        (a, b): data for a, b, data in network.edges(data=True)}


def test_tiny_network_edges() -> None:
    network = rule_network(Engine(directory=TINY).kb)
    assert sorted(network.predecessors("rule:verdict.fire")) == ["sign:losing"]  # only `losing` can be serious
    assert sorted(network.predecessors("fact:pay.margin")) == ["fact:pay.cost", "fact:pay.fee"]
