"""Turn a run's trace (the facts each firing derived) into the parts of a Result (engine/assemble_parts.py makes
them from the trace's conclusions grouped by kind)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import assemble_parts as parts
from .assemble_parts import Kinds, Orders
from .model import Knowledge, Text
from .prepared import per_knowledge

__all__ = ["Trace", "Kinds", "Orders", "derived_of", "verdict_of", "signs_of", "remedies_of", "guidance_of",
           "prevention_of", "notices_of", "bounds_of", "orders", "kinds_of"]


def orders(kb: Knowledge) -> Orders:
    """The knowledge's items as assembly reads them (worked out once per knowledge base)."""
    return per_knowledge(kb, Orders)


class Trace(list):  # type: ignore[type-arg]
    """A run's firings in order, with the facts they concluded grouped by kind in one pass (on first use), or
    as the run grouped them (`derive.run_trace` sets them from engine/runtime.py's `Session.kinds`)."""

    _kinds: dict[str, list[tuple[dict[str, Any], str]]] | None = None

    def kinds(self) -> dict[str, list[tuple[dict[str, Any], str]]]:
        """Kind -> every (fact, rule) concluded, derived or already known, in firing order."""
        if self._kinds is None:
            found: dict[str, list[tuple[dict[str, Any], str]]] = {}
            for firing in self:
                rule = firing["rule"]
                for group in (firing["derived"], firing["already_known"]):
                    for fact in group:
                        found.setdefault(fact.get("t"), []).append((fact, rule))
            self._kinds = found
        return self._kinds


def derived_of(trace: list[dict[str, Any]], kind: str) -> list[tuple[dict[str, Any], str]]:
    """Every fact of `kind` the run derived, with the rule that derived it, in firing order."""
    if isinstance(trace, Trace):
        return list(trace.kinds().get(kind, ()))
    return [(fact, firing["rule"]) for firing in trace for fact in firing["derived"] + firing["already_known"]
            if fact.get("t") == kind]


def verdict_of(trace: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The verdict and strength the select layer concluded (read off the firings, or the run's grouping by kind)."""
    kinds = trace._kinds if isinstance(trace, Trace) else None
    if kinds is not None:
        concluded = {(fact["name"], fact["strength"]) for fact, _ in kinds.get("verdict", ())}
        return concluded.pop() if len(concluded) == 1 else None
    found = set()
    for firing in trace:
        for fact in firing["derived"]:
            if fact.get("t") == "verdict":
                found.add((fact["name"], fact["strength"]))
        for fact in firing["already_known"]:
            if fact.get("t") == "verdict":
                found.add((fact["name"], fact["strength"]))
    return found.pop() if len(found) == 1 else None


def kinds_of(trace: list[dict[str, Any]]) -> Kinds:
    """Kind -> every (fact, rule) the run concluded, in firing order (a `Trace` groups them once)."""
    return (trace if isinstance(trace, Trace) else Trace(trace)).kinds()


def signs_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The signs found, in knowledge order, each with its degree, rules and evidence."""
    return parts.signs(orders(kb), kinds_of(trace), values)


def remedies_of(kb: Knowledge, trace: list[dict[str, Any]], signs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The remedies to try, in knowledge order, with the signs each one answers."""
    return parts.remedies(orders(kb), kinds_of(trace), signs)


def guidance_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any],
                estimated: Mapping[str, tuple[Any, Text]] | None = None) -> list[dict[str, Any]]:
    """The exit plan: guidance items in the order to follow, numbered, with their notes and details.

    A detail with no value of its own but an estimate (the refund, without the contract's value)
    shows the estimate, and `assumed` says what it rests on.
    """
    return parts.guidance(orders(kb), kinds_of(trace), values, estimated)


def prevention_of(kb: Knowledge, trace: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What to put in the next contract."""
    return parts.prevention(orders(kb), kinds_of(trace))


def notices_of(kb: Knowledge, trace: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The notices the run concluded (warnings about the input first), in knowledge order."""
    return parts.notices(orders(kb), kinds_of(trace))


def bounds_of(kb: Knowledge, values: dict[str, Any]) -> dict[str, Any]:
    """What the known facts prove about each derived fact still without a value: its bounds and the
    unknown inputs it waits on (`money.monthly_margin` at most -600, whatever `monthly_costs`)."""
    return parts.bounds(orders(kb), values)
