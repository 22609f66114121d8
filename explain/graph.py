"""The rule network as a networkx graph: facts -> rules -> conclusions, built from the compiled knowledge.

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

Nodes (id ``<kind>:<id>``; attributes ``kind``, ``id``, ``layer``, ``title``/``text`` as language maps):

* ``fact:<fact id>`` -- every fact of the vocabulary; ``type``, ``unit``, ``formula`` (derived facts), ``derived``.
* ``rule:<rule id>`` -- every knowledge rule, plus the generated select rules ``rule:select.<verdict>.<strength>``
  (``generated=True``) that pick the highest verdict candidate; ``layer`` (signs, case, verdict, select, advice),
  ``concludes`` (the node id it concludes), ``strength`` (verdict and select rules).
* ``sign:``, ``verdict:``, ``remedy:``, ``guidance:``, ``prevention:``, ``notice:`` + item id -- the conclusions.

Thresholds are not nodes: each fact test on a ``test`` edge names its ``threshold`` id and ``required`` value.

Edges (attribute ``kind``):

* ``test`` fact -> rule: ``tests`` lists the rule's conditions on that fact: ``op``, ``required``, ``threshold``
  (id or None), ``operand_fact`` (when compared with another fact), ``or_unknown``, ``source_text``.
* ``match`` sign/verdict/remedy/... -> rule: the rule matches that conclusion (``matches``: the pattern attributes).
  A pattern without an id (``sign: {degree: serious}``) links every item that some rule can conclude that way.
* ``count`` sign -> rule: ``signs_at_least`` counts that sign's article (every sign a signs-layer rule concludes).
* ``compare`` fact -> rule: the fact is the right-hand side of a fact test (``a.x >= b.y``).
* ``formula`` fact -> derived fact: the derived fact's formula uses it.
* ``concludes`` rule -> item: what the rule concludes (``attrs``); select rules conclude the verdict.
* ``candidate`` verdict rule -> select rule: the rule proposes that (verdict, strength) candidate; the select rule
  fires for the highest candidate only, so a verdict rule may fire and still lose.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from clientfire.engine.compile import SELECT_PREFIX, Compiled, compile_knowledge
from clientfire.engine.formulas import formula_names
from clientfire.engine.layers import PRODUCED_IN, layer_of
from clientfire.engine.model import CONCLUSION_KINDS, LANGUAGES, FactTest, Knowledge, Match, SignsAtLeast
from clientfire.engine.result import Result

from .labels import said, term
from .plain_graph import PlainGraph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ITEM_KINDS", "rule_network", "rule_edges", "node_id", "split_id", "upstream", "downstream", "facts_feeding",
           "rules_concluding", "path_of", "fired_rules", "flat_facts"]

ITEM_KINDS = CONCLUSION_KINDS


def node_id(kind: str, ident: str) -> str:
    """The node id of a fact, rule or item: ``fact:payment.late_invoices``."""
    return f"{kind}:{ident}"


def split_id(node: str) -> tuple[str, str]:
    """``("fact", "payment.late_invoices")`` from ``"fact:payment.late_invoices"``."""
    kind, _, ident = node.partition(":")
    return kind, ident


def rule_network(kb: Knowledge, compiled: Compiled | None = None) -> nx.DiGraph:
    """The rule network of a validated knowledge base (pass the compiled form when you already have it)."""
    import networkx as nx  # ~150 ms to import: only where the graph itself is wanted

    graph = nx.DiGraph(version=kb.version)
    _build(graph, kb, compiled or compile_knowledge(kb))
    return graph


def rule_edges(kb: Knowledge, compiled: Compiled | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """The edges of `rule_network` without networkx: every node -> {successor: edge attributes}."""
    graph = PlainGraph()
    _build(graph, kb, compiled or compile_knowledge(kb))
    return graph.succ


def _build(graph: Any, kb: Knowledge, compiled: Compiled) -> None:
    """Facts, items, rules and the generated select rules, with their edges, into `graph` (either kind)."""
    _add_facts(graph, kb)
    for kind in ITEM_KINDS:
        for item in kb.items(kind):
            graph.add_node(node_id(kind, item.id), kind=kind, id=item.id, layer=PRODUCED_IN[kind],
                           title=dict(item.title), text=dict(item.text), data=item)
    possible = _possible_facts(compiled)
    for rule in kb.rules:
        _add_rule(graph, kb, rule, possible)
    _add_select_rules(graph, compiled)


def _add_facts(graph: nx.DiGraph, kb: Knowledge) -> None:
    for fact in kb.facts.values():
        graph.add_node(node_id("fact", fact.id), kind="fact", id=fact.id, layer="facts", title=dict(fact.text),
                       text=dict(fact.text), type=fact.type, unit=fact.unit, formula=fact.formula,
                       derived=bool(fact.formula), data=fact)
    for fact in kb.facts.values():
        for name in sorted(set(formula_names(fact.formula))) if fact.formula else ():
            if name in kb.facts:
                graph.add_edge(node_id("fact", name), node_id("fact", fact.id), kind="formula")


def _possible_facts(compiled: Compiled) -> dict[str, list[dict[str, Any]]]:
    """Every fact each (kind:name) conclusion can be asserted as, from the action table."""
    found: dict[str, list[dict[str, Any]]] = {}
    for action in compiled.actions.values():
        for fact in action.asserts:
            if fact.get("t") in ITEM_KINDS:
                found.setdefault(node_id(fact["t"], fact["name"]), []).append(dict(fact))
    return found


def _add_rule(graph: nx.DiGraph, kb: Knowledge, rule: Any, possible: dict[str, list[dict[str, Any]]]) -> None:
    rid = node_id("rule", rule.id)
    target = node_id(rule.then.kind, rule.then.id)
    strength = rule.then.attr("strength")
    graph.add_node(rid, kind="rule", id=rule.id, layer=layer_of(rule), title={"en": rule.id}, text=dict(rule.text),
                   concludes=target, strength=strength, generated=False, data=rule)
    for cond in rule.when:
        if isinstance(cond, FactTest):
            _add_test(graph, kb, rid, cond)
        elif isinstance(cond, Match):
            for source in _matching(graph, cond, possible):
                _edge(graph, source, rid, "match").setdefault("matches", []).append(dict(cond.attrs))
        elif isinstance(cond, SignsAtLeast):
            for source in sorted(n for n, facts in possible.items() if any(f.get("kind") == "observed"
                                                                           for f in facts)):
                _edge(graph, source, rid, "count")["threshold"] = cond.threshold
    if rule.then.kind == "verdict":
        graph.add_edge(rid, node_id("rule", f"{SELECT_PREFIX}{rule.then.id}.{strength}"), kind="candidate",
                       attrs=dict(rule.then.attrs))
    else:
        graph.add_edge(rid, target, kind="concludes", attrs=dict(rule.then.attrs))


def _edge(graph: nx.DiGraph, source: str, target: str, kind: str) -> dict[str, Any]:
    if not graph.has_edge(source, target):
        graph.add_edge(source, target, kind=kind)
    data: dict[str, Any] = graph.edges[source, target]
    return data


def _add_test(graph: nx.DiGraph, kb: Knowledge, rid: str, test: FactTest) -> None:
    operand = test.operand
    threshold = str(operand.value) if operand.kind == "name" and operand.value in kb.thresholds else None
    other = str(operand.value) if operand.kind == "name" and threshold is None else None
    required = kb.thresholds[threshold].value if threshold else (None if other else operand.value)
    _edge(graph, node_id("fact", test.fact), rid, "test").setdefault("tests", []).append(
        {"op": test.op, "required": required, "threshold": threshold, "operand_fact": other,
         "or_unknown": test.or_unknown, "source_text": test.source_text})
    if other:
        _edge(graph, node_id("fact", other), rid, "compare")


def _matching(graph: nx.DiGraph, match: Match, possible: dict[str, list[dict[str, Any]]]) -> list[str]:
    attrs = dict(match.attrs)
    ids = attrs.pop("id", None)
    candidates = [node_id(match.kind, str(i)) for i in ids] if ids else [
        n for n, data in graph.nodes(data=True) if data.get("kind") == match.kind]
    return sorted(n for n in candidates if n in graph and (not attrs or any(
        all(fact.get(name) in values for name, values in attrs.items()) for fact in possible.get(n, []))))


_SELECT_NOTE = "Generated: concludes {verdict} ({strength}) when that is the highest verdict candidate"


def _add_select_rules(graph: nx.DiGraph, compiled: Compiled) -> None:
    for rule_id, action in compiled.actions.items():
        if action.layer != "select":
            continue
        fact = action.asserts[0]
        verdict = node_id("verdict", fact["name"])
        graph.add_node(node_id("rule", rule_id), kind="rule", id=rule_id, layer="select", title={"en": rule_id},
                       text={lang: said(_SELECT_NOTE, lang, verdict=term(fact["name"], lang),
                                                         strength=term(fact["strength"], lang))
                             for lang in LANGUAGES},
                       concludes=verdict, strength=fact["strength"], generated=True, data=action)
        graph.add_edge(node_id("rule", rule_id), verdict, kind="concludes", attrs={"strength": fact["strength"]})


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
