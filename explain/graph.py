"""Reading the rule network: what feeds what, and the decision path of one evaluation.

API (later work imports it; keep it stable):

* ``rule_network(kb, compiled=None) -> nx.DiGraph`` -- the whole network of one knowledge base.
* ``rule_edges(kb, compiled=None) -> dict`` -- the same edges without networkx: node -> its successors (the lint's
  cycle check on a knowledge cache miss, where importing networkx would cost more than the rest of the build).
* ``node_id(kind, id)`` / ``split_id(node)`` -- ``"fact:payment.late_invoices"`` <-> ``("fact", "payment...")``.
* ``upstream(graph, node)`` / ``downstream(graph, node)`` -- every node that can feed / follow from ``node``.
* ``facts_feeding(graph, node)`` -- the fact node ids upstream of ``node`` (sorted; through formulas too).
* ``rules_concluding(graph, node)`` -- the rule node ids whose conclusion is ``node`` (sorted).
* ``path_of(graph, result)`` -- the fired subgraph of one evaluation (from ``Result.trace``).
* ``fired_rules(result)`` -- rule node id -> firing seqs; ``flat_facts(result.facts)`` -- fact id -> value.

The first four are built in `graph_build`, which describes the network's nodes and edges; import them from either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from clientfire.engine.result import Result

from .graph_build import ITEM_KINDS, node_id, rule_edges, rule_network, split_id

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ITEM_KINDS", "rule_network", "rule_edges", "node_id", "split_id", "upstream", "downstream", "facts_feeding",
           "rules_concluding", "path_of", "fired_rules", "flat_facts"]


def upstream(graph: nx.DiGraph, node: str) -> set[str]:
    """Every node from which ``node`` can be reached (what can feed it)."""
    import networkx as nx

    return set(nx.ancestors(graph, node))


def downstream(graph: nx.DiGraph, node: str) -> set[str]:
    """Every node reachable from ``node`` (what it can lead to)."""
    import networkx as nx

    return set(nx.descendants(graph, node))


def facts_feeding(graph: nx.DiGraph, node: str) -> list[str]:
    """The fact node ids that can feed ``node``, sorted (through formulas, signs and verdicts too)."""
    return sorted(n for n in upstream(graph, node) if graph.nodes[n]["kind"] == "fact")


def rules_concluding(graph: nx.DiGraph, node: str) -> list[str]:
    """The rule node ids whose conclusion is ``node``, sorted."""
    return sorted(n for n in graph.predecessors(node) if graph.nodes[n]["kind"] == "rule")


def fired_rules(result: Result) -> dict[str, list[int]]:
    """Rule node id -> the seqs of its firings, from the trace (a rule fires once per match)."""
    fired: dict[str, list[int]] = {}
    for firing in result.trace:
        fired.setdefault(node_id("rule", firing["rule"]), []).append(int(firing["seq"]))
    return fired


def path_of(graph: nx.DiGraph, result: Result) -> nx.DiGraph:
    """The decision path of one evaluation: the fired rules, what they matched and what they concluded.

    A copy of that part of ``graph``; fired rule nodes get ``seqs`` (all firings) and ``seq`` (the first),
    every edge of the path gets ``seq`` (the first firing that used it: of the rule it leaves, else of the one it
    enters), fact nodes
    get ``value`` (the client's value, derived facts included; None when unknown).
    """
    import networkx as nx

    fired = fired_rules(result)
    values = {**flat_facts(result.facts), **result.derived_facts}
    nodes: set[str] = set(fired)
    edges: dict[tuple[str, str], int] = {}
    for firing in result.trace:
        rid, seq = node_id("rule", firing["rule"]), int(firing["seq"])
        for source in _inputs(graph, rid, firing, fired):
            edges.setdefault((source, rid), seq)
        for target in graph.successors(rid):
            if graph.edges[rid, target]["kind"] == "concludes" or target in fired:
                edges.setdefault((rid, target), seq)
    for (source, _target), seq in list(edges.items()):
        for feeder in _formula_inputs(graph, source):
            edges.setdefault(feeder, seq)
    for source, target in edges:
        nodes.update((source, target))
    path = nx.DiGraph(graph.subgraph(nodes))
    path.remove_edges_from([e for e in list(path.edges) if e not in edges])
    for rid, seqs in fired.items():
        path.nodes[rid].update(seqs=seqs, seq=seqs[0])
    for edge, seq in edges.items():
        path.edges[edge]["seq"] = seq
    for _node, data in path.nodes(data=True):
        if data["kind"] == "fact":
            data["value"] = values.get(data["id"])
    return path


def flat_facts(grouped: dict[str, Any]) -> dict[str, Any]:
    """``{"payment.late_invoices": 5, ...}`` from the grouped facts of a Result (``{"payment": {...}}``)."""
    flat: dict[str, Any] = {}
    for key, value in grouped.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{name}": item for name, item in value.items()})
        else:
            flat[key] = value
    return flat


def _inputs(graph: nx.DiGraph, rid: str, firing: dict[str, Any], fired: dict[str, list[int]]) -> Iterable[str]:
    """The nodes one firing used: its fact tests and the conclusions its patterns matched."""
    for source in graph.predecessors(rid):
        if graph.edges[source, rid]["kind"] in ("test", "compare"):
            yield source
    for fact in firing.get("matched", {}).values():
        kind = fact.get("t")
        if kind in ITEM_KINDS:
            source = node_id(kind, fact["name"])
            if graph.has_edge(source, rid):
                yield source
        elif kind == "candidate":
            yield from (s for s in graph.predecessors(rid) if s in fired and graph.edges[s, rid]["kind"] == "candidate")


def _formula_inputs(graph: nx.DiGraph, node: str) -> list[tuple[str, str]]:
    """The formula edges into a derived fact, recursively."""
    found = []
    for source in graph.predecessors(node):
        if graph.edges[source, node]["kind"] == "formula":
            found.append((source, node))
            found.extend(_formula_inputs(graph, source))
    return found
