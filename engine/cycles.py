"""A cycle in a directed graph given as node -> successors, without networkx (the lint on a knowledge cache miss)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["find_cycle"]

_NEW, _OPEN, _DONE = 0, 1, 2


def find_cycle(succ: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One cycle (its nodes in the order the edges run), or None when there is none.

    An iterative depth-first search over nodes and successors in sorted order, so the answer is the same on
    every run; a self-loop is a cycle of one node. Linear in nodes and edges (no recursion, any depth).
    """
    state: dict[str, int] = {}
    for root in sorted(succ):
        if state.get(root, _NEW) != _NEW:
            continue
        path = [root]
        state[root] = _OPEN
        stack = [iter(sorted(succ.get(root, ())))]
        while stack:
            node = next(stack[-1], None)
            if node is None:
                stack.pop()
                state[path.pop()] = _DONE
                continue
            seen = state.get(node, _NEW)
            if seen == _OPEN:
                return path[path.index(node):]
            if seen == _NEW:
                state[node] = _OPEN
                path.append(node)
                stack.append(iter(sorted(succ.get(node, ()))))
    return None
