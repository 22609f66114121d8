"""What every evaluation needs from one knowledge base, worked out once per knowledge (not per client)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .model import Knowledge

__all__ = ["per_knowledge"]

T = TypeVar("T")
_KEPT = 16  # knowledge bases kept (a process normally has one or two; tests make many)
_CACHE: dict[int, tuple[Knowledge, dict[Callable[[Knowledge], Any], Any]]] = {}


def per_knowledge(kb: Knowledge, build: Callable[[Knowledge], T]) -> T:
    """`build(kb)`, worked out on the first call for this knowledge base and kept (knowledge is frozen)."""
    entry = _CACHE.get(id(kb))
    if entry is None or entry[0] is not kb:
        if len(_CACHE) >= _KEPT:
            _CACHE.clear()
        entry = _CACHE[id(kb)] = (kb, {})
    found = entry[1].get(build)
    if found is None:
        found = entry[1][build] = build(kb)
    return found  # type: ignore[no-any-return]
