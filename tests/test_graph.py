"""Reading the rule network (explain/graph.py): what feeds what; path_of follows the trace."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine import Engine, client_from_mapping
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


def test_rules_concluding(graph: nx.DiGraph) -> None:
    assert rules_concluding(graph, "verdict:pause_work") == ["rule:select.pause_work.moderate",
                                                             "rule:select.pause_work.strong"]
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


def test_tiny_network_path(tiny: Engine) -> None:
    graph = rule_network(tiny.kb)
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
