"""The rule network (explain/graph.py): nodes and edges follow the knowledge; path_of follows the trace."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine import Engine, client_from_mapping
from clientfire.engine.model import FactTest, Match, SignsAtLeast
from clientfire.explain.graph import (
    downstream,
    facts_feeding,
    fired_rules,
    flat_facts,
    node_id,
    path_of,
    rule_network,
    rules_concluding,
    split_id,
    upstream,
)

TINY = Path(__file__).parent / "fixtures" / "tiny_knowledge"


@pytest.fixture(scope="module")
def graph(engine: Engine) -> nx.DiGraph:
    return rule_network(engine.kb, engine.compiled)


@pytest.fixture(scope="module")
def tiny() -> Engine:
    return Engine(directory=TINY)


def test_every_rule_item_and_fact_is_a_node(engine: Engine, graph: nx.DiGraph) -> None:
    expected = {node_id("fact", f) for f in engine.kb.facts} | {node_id("rule", r) for r in engine.compiled.actions}
    for kind in ("sign", "verdict", "remedy", "guidance", "prevention", "notice"):
        expected |= {node_id(kind, item.id) for item in engine.kb.items(kind)}
    assert set(graph.nodes) == expected


def test_the_network_has_no_cycle(graph: nx.DiGraph) -> None:
    assert nx.is_directed_acyclic_graph(graph)


def test_each_rule_leads_to_its_conclusion(engine: Engine, graph: nx.DiGraph) -> None:
    for rule in engine.kb.rules:
        rid = node_id("rule", rule.id)
        if rule.then.kind == "verdict":  # through the generated select rule of that (verdict, strength)
            select = node_id("rule", f"select.{rule.then.id}.{rule.then.attr('strength')}")
            assert graph.edges[rid, select]["kind"] == "candidate"
            assert graph.has_edge(select, node_id("verdict", rule.then.id))
        else:
            assert graph.edges[rid, node_id(rule.then.kind, rule.then.id)]["kind"] == "concludes"


def test_each_fact_test_is_an_edge_with_its_threshold(engine: Engine, graph: nx.DiGraph) -> None:
    for rule in engine.kb.rules:
        for cond in rule.when:
            if isinstance(cond, FactTest):
                tests = graph.edges[node_id("fact", cond.fact), node_id("rule", rule.id)]["tests"]
                found = [t for t in tests if t["source_text"] == cond.source_text]
                assert len(found) == 1
                name = str(cond.operand.value)
                if name in engine.kb.thresholds:
                    assert found[0]["threshold"] == name
                    assert found[0]["required"] == engine.kb.thresholds[name].value


def test_two_tests_on_one_fact_share_one_edge(graph: nx.DiGraph) -> None:
    # sign.cannot_stand.mild: dread >= mild_dread and dread < min_dread
    tests = graph.edges["fact:wellbeing.dread", "rule:sign.cannot_stand.mild"]["tests"]
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
def test_a_pattern_without_id_links_every_sign_it_can_match(engine: Engine, graph: nx.DiGraph, rule_id: str,
                                                            attrs: dict[str, object]) -> None:
    rid = node_id("rule", rule_id)
    linked = {n for n in graph.predecessors(rid) if graph.edges[n, rid]["kind"] == "match"}
    assert linked == _concludable(engine, **attrs)
    assert linked  # the bundled knowledge does conclude such signs


def test_signs_at_least_counts_every_observed_sign(engine: Engine, graph: nx.DiGraph) -> None:
    observed = {node_id("sign", r.then.id) for r in engine.kb.rules if r.then.kind == "sign"
                and not any(isinstance(c, (Match, SignsAtLeast)) for c in r.when)}
    for rule in engine.kb.rules:
        if any(isinstance(c, SignsAtLeast) for c in rule.when):
            rid = node_id("rule", rule.id)
            assert {n for n in graph.predecessors(rid) if graph.edges[n, rid]["kind"] == "count"} == observed


def test_formula_edges_feed_derived_facts(engine: Engine, graph: nx.DiGraph) -> None:
    from clientfire.engine.formulas import formula_names

    for fact in engine.kb.facts.values():
        if fact.formula:
            feeders = {n for n in graph.predecessors(node_id("fact", fact.id))}
            assert feeders == {node_id("fact", name) for name in formula_names(fact.formula)}


@pytest.mark.parametrize("node, facts", [
    # B.1: late history, invoices overdue now (counted, or the oldest one's days), and whether they pay in the end
    ("sign:late_payment", ["fact:payment.days_overdue", "fact:payment.late_invoices", "fact:payment.pays_eventually",
                           "fact:payment.unpaid_overdue_invoices"]),
    ("remedy:late_fees", None),  # checked below: includes the late-payment facts
])
def test_facts_feeding(graph: nx.DiGraph, node: str, facts: list[str] | None) -> None:
    found = facts_feeding(graph, node)
    assert found == sorted(found)
    if facts is not None:
        assert found == facts
    else:
        assert {"fact:payment.late_invoices", "fact:payment.pays_eventually"} <= set(found)


def test_upstream_and_downstream_mirror_each_other(graph: nx.DiGraph) -> None:
    assert "verdict:fire" in downstream(graph, "fact:respect.belittles")
    assert "fact:respect.belittles" in upstream(graph, "verdict:fire")
    assert "guidance:give_reason" in downstream(graph, "verdict:fire")
    assert not downstream(graph, "guidance:give_reason")


def test_rules_concluding_and_ids(graph: nx.DiGraph) -> None:
    assert rules_concluding(graph, "verdict:pause_work") == ["rule:select.pause_work.moderate",
                                                             "rule:select.pause_work.strong"]
    assert split_id("fact:payment.late_invoices") == ("fact", "payment.late_invoices")
    assert rules_concluding(graph, "sign:late_payment") == ["rule:sign.late_payment", "rule:sign.late_payment.long_overdue_paid",
                                                            "rule:sign.late_payment.overdue",
                                                            "rule:sign.late_payment.overdue_days"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_path_holds_exactly_the_fired_rules(engine: Engine, graph: nx.DiGraph, example: Path) -> None:
    result = engine.evaluate(engine.load_client(example), TODAY)
    path = path_of(graph, result)
    assert {n for n in path if split_id(n)[0] == "rule"} == {node_id("rule", f["rule"]) for f in result.trace}
    assert f"verdict:{result.verdict}" in path
    assert {f"sign:{s['id']}" for s in result.signs} <= set(path)
    values = {**flat_facts(result.facts), **result.derived_facts}
    for _node, data in path.nodes(data=True):
        if data["kind"] == "fact":
            assert data["value"] == values.get(data["id"])
    for tail, head, data in path.edges(data=True):
        if data["kind"] == "formula":  # fact -> derived fact: the firing that tested the derived fact
            assert data["seq"] in {f["seq"] for f in result.trace}
            continue
        rule = tail if split_id(tail)[0] == "rule" else head  # conclusions: the rule they leave
        assert data["seq"] in path.nodes[rule]["seqs"]


def test_an_outranked_candidate_does_not_reach_the_verdict(engine: Engine, graph: nx.DiGraph) -> None:
    result = engine.evaluate(engine.load_client(ROOT / "examples" / "oakline-late-payer.yaml"), TODAY)
    path = path_of(graph, result)
    assert result.verdict == "pause_work"
    assert "rule:verdict.address.mild_sign" in path  # it fired ...
    assert not list(path.successors("rule:verdict.address.mild_sign"))  # ... and lost to pause_work


def test_tiny_network(tiny: Engine) -> None:
    graph = rule_network(tiny.kb)
    assert sorted(graph.predecessors("rule:verdict.fire")) == ["sign:losing"]  # only `losing` can be serious
    assert sorted(graph.predecessors("fact:pay.margin")) == ["fact:pay.cost", "fact:pay.fee"]
    assert facts_feeding(graph, "verdict:fire") == ["fact:pay.cost", "fact:pay.fee", "fact:pay.margin"]
    client = client_from_mapping({"client": "T", "pay": {"late": 3}}, tiny.kb, "t")
    result = tiny.evaluate(client, TODAY)
    # signs, then verdict candidates, then select, then advice; remedy.fees needs only the sign
    assert fired_rules(result) == {"rule:sign.late": [1], "rule:verdict.keep": [2], "rule:select.keep.none": [3],
                                   "rule:remedy.fees": [4]}
    path = path_of(graph, result)
    assert sorted(path.edges) == [
        ("fact:pay.late", "rule:sign.late"), ("fact:pay.rude", "rule:sign.late"),
        ("rule:remedy.fees", "remedy:fees"), ("rule:select.keep.none", "verdict:keep"),
        ("rule:sign.late", "sign:late"), ("rule:verdict.keep", "rule:select.keep.none"),
        ("sign:late", "rule:remedy.fees"),
    ]
    assert path.nodes["fact:pay.rude"]["value"] is None  # unknown, allowed by `or unknown`
