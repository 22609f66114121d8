"""Ordering by what an answer settles: first the question whose answers leave the fewest others worth asking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["settling_first"]


class _Candidate(Protocol):
    @property
    def fact(self) -> str: ...


T = TypeVar("T", bound=_Candidate)


def settling_first(found: Sequence[T], probes: Callable[[str], tuple[Any, ...]],
                                  still_open: Callable[[str, str, Any], bool]) -> list[T]:
    """`found` re-ordered (stable) by the mean number of the other candidates that still matter after each
    possible answer: `contract.active` (no: nothing of the contract but the exit clause is left) before the
    end date. `still_open(other, fact, value)` says whether `other` still matters once `fact` is `value`."""
    if len(found) < 2:
        return list(found)
    facts = [a.fact for a in found]

    def left(fact: str) -> float:
        values = probes(fact)
        counts = [sum(still_open(o, fact, v) for o in facts if o != fact) for v in values]
        return sum(counts) / len(counts) if counts else len(facts)

    scores = {f: left(f) for f in facts}
    return sorted(found, key=lambda a: scores[a.fact])
