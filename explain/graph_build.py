"""The rule network built from the compiled knowledge: facts -> rules -> conclusions, as nodes and edges.

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

from typing import TYPE_CHECKING, Any

from clientfire.engine.compile import SELECT_PREFIX, Compiled, compile_knowledge
from clientfire.engine.formulas import formula_names
from clientfire.engine.layers import PRODUCED_IN, layer_of
from clientfire.engine.model import CONCLUSION_KINDS, LANGUAGES, FactTest, Knowledge, Match, SignsAtLeast

from .labels import said, term
from .plain_graph import PlainGraph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ITEM_KINDS", "rule_network", "rule_edges", "node_id", "split_id"]

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
    """Every fact of the vocabulary as a node, and the formula edges into the derived ones."""
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
    """One knowledge rule as a node, with the edges of its conditions and of its conclusion."""
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
    """The attributes of the edge source -> target, added as `kind` when it is not there yet."""
    if not graph.has_edge(source, target):
        graph.add_edge(source, target, kind=kind)
    data: dict[str, Any] = graph.edges[source, target]
    return data


def _add_test(graph: nx.DiGraph, kb: Knowledge, rid: str, test: FactTest) -> None:
    """One fact test of a rule on its fact's ``test`` edge (and a ``compare`` edge from a right-hand fact)."""
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
    """The item nodes a pattern can match: its ids, or every item of its kind some rule can conclude that way."""
    attrs = dict(match.attrs)
    ids = attrs.pop("id", None)
    candidates = [node_id(match.kind, str(i)) for i in ids] if ids else [
        n for n, data in graph.nodes(data=True) if data.get("kind") == match.kind]
    return sorted(n for n in candidates if n in graph and (not attrs or any(
        all(fact.get(name) in values for name, values in attrs.items()) for fact in possible.get(n, []))))


_SELECT_NOTE = "Generated: concludes {verdict} ({strength}) when that is the highest verdict candidate"


def _add_select_rules(graph: nx.DiGraph, compiled: Compiled) -> None:
    """The generated select rules, each concluding its verdict at its strength."""
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

