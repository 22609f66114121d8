"""Which input facts feed which rules, read from the rule network (explain.graph)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from clientfire.engine.compile import Compiled
from clientfire.engine.model import CONCLUSION_KINDS, FactTest, Knowledge, Rule
from clientfire.explain.graph import downstream, node_id, rule_network, split_id

__all__ = ["Feed", "Links", "VERDICT_LAYERS", "EXIT_LAYERS"]

#: the layers whose rules decide the verdict and its strength
VERDICT_LAYERS = ("signs", "case", "verdict")
#: the layer whose rules shape the advice (exit plan, prevention)
EXIT_LAYERS = ("advice",)


@dataclass(frozen=True)
class Feed:
    """One way an input fact reaches a rule: directly, or through a derived fact (`via`)."""

    rule: Rule
    layer: str
    tested: str  # the fact the rule tests: the input itself, or the derived fact computed from it
    via: str | None = None

    def tests(self) -> tuple[FactTest, ...]:
        """The rule's conditions on the tested fact."""
        return tuple(c for c in self.rule.when if isinstance(c, FactTest) and c.fact == self.tested)


class Links:
    """An index over the rule network: fact -> rules it feeds, derived fact -> its inputs."""

    def __init__(self, kb: Knowledge, compiled: Compiled | None = None) -> None:
        self.kb = kb
        self.graph: nx.DiGraph = rule_network(kb, compiled)
        self.inputs = [f.id for f in kb.facts.values() if f.formula is None and f.type != "text"]
        self._feeds = {fact: self._feeds_of(fact) for fact in self.inputs}
        self.shown = {fact for g in kb.guidance for fact in g.shows}
        self._verdict = [f for f in self.inputs if self.feeds(f, VERDICT_LAYERS)]
        self._exit = [f for f in self.inputs if f not in self._verdict and (
            self.feeds(f, EXIT_LAYERS) or f in self.shown or any(d in self.shown for d in self.derived_from(f)))]

    def _rule_edges(self, fact: str) -> list[tuple[Rule, str]]:
        node = node_id("fact", fact)
        found = []
        for target in sorted(self.graph.successors(node)):
            data = self.graph.nodes[target]
            if data["kind"] == "rule" and self.graph.edges[node, target]["kind"] == "test":
                found.append((data["data"], data["layer"]))
        return found

    def _feeds_of(self, fact: str) -> list[Feed]:
        feeds = [Feed(rule, layer, fact) for rule, layer in self._rule_edges(fact)]
        for derived in self.derived_from(fact):
            feeds.extend(Feed(rule, layer, derived, via=derived) for rule, layer in self._rule_edges(derived))
        return feeds

    def derived_from(self, fact: str) -> list[str]:
        """The derived facts whose formulas use `fact` (directly or through other derived facts)."""
        node = node_id("fact", fact)
        found = [split_id(n)[1] for n in nx.descendants(self.graph, node)
                 if self.graph.nodes[n]["kind"] == "fact" and self.graph.nodes[n].get("derived")]
        return sorted(found)

    def inputs_of(self, derived: str) -> list[str]:
        """The input facts a derived fact is computed from, in knowledge order."""
        ancestors = nx.ancestors(self.graph, node_id("fact", derived))
        return [f for f in self.inputs if node_id("fact", f) in ancestors]

    def feeds(self, fact: str, layers: tuple[str, ...]) -> list[Feed]:
        """The rules of `layers` that `fact` feeds."""
        return [feed for feed in self._feeds.get(fact, []) if feed.layer in layers]

    def verdict_facts(self) -> list[str]:
        """Input facts that feed a sign, case or verdict rule, in knowledge order."""
        return list(self._verdict)

    def exit_facts(self) -> list[str]:
        """Input facts that only shape the advice: they feed advice rules or details of the exit plan."""
        return list(self._exit)

    def candidates(self, fact: str) -> list[tuple[str, str]]:
        """The (verdict, strength) candidates of every verdict rule the fact can feed, in rule order."""
        below = downstream(self.graph, node_id("fact", fact))
        return [(r.then.id, str(r.then.attr("strength"))) for r in self.kb.rules
                if r.then.kind == "verdict" and node_id("rule", r.id) in below]

    def reaches(self, fact: str) -> dict[str, list[str]]:
        """What the fact can lead to in the network: signs, verdicts, guidance, ... (ids, knowledge order)."""
        below = downstream(self.graph, node_id("fact", fact))
        result: dict[str, list[str]] = {}
        for kind in CONCLUSION_KINDS:
            ids = [item.id for item in self.kb.items(kind) if node_id(kind, item.id) in below]
            if ids:
                result[kind] = ids
        return result
