"""The little of networkx's DiGraph that building the rule network uses (explain/graph_build.py), without networkx."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["PlainGraph", "EdgeView"]


class PlainGraph:
    """What building the network uses of nx.DiGraph, and no more: nodes and edges with their attributes."""

    def __init__(self) -> None:
        self.attrs: dict[str, dict[str, Any]] = {}
        self.succ: dict[str, dict[str, dict[str, Any]]] = {}
        self.edges = EdgeView(self.succ)

    def __contains__(self, node: object) -> bool:
        return node in self.attrs

    def add_node(self, node: str, **attrs: Any) -> None:
        self.attrs.setdefault(node, {}).update(attrs)
        self.succ.setdefault(node, {})

    def add_edge(self, source: str, target: str, **attrs: Any) -> None:
        for node in (source, target):
            if node not in self.attrs:
                self.add_node(node)
        self.succ[source].setdefault(target, {}).update(attrs)

    def has_edge(self, source: str, target: str) -> bool:
        return target in self.succ.get(source, {})

    def nodes(self, data: bool = False) -> Iterator[Any]:
        return iter(self.attrs.items() if data else self.attrs)


class EdgeView:
    """`graph.edges[source, target]`: an edge's attributes."""

    def __init__(self, succ: dict[str, dict[str, dict[str, Any]]]) -> None:
        self.succ = succ

    def __getitem__(self, edge: tuple[str, str]) -> dict[str, Any]:
        return self.succ[edge[0]][edge[1]]
