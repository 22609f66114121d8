"""The derivation step and one run: what the engine is given beyond the known facts, then one session."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .assemble import Trace, orders
from .bounds import bounded_facts, formula_interval, hi_key, input_bounds, lo_key
from .compile import Compiled
from .formulas import days_until, evaluate_formula, formula_function, formula_tree, point_value
from .model import FactDef, Knowledge
from .prepared import per_knowledge
from .runtime import open_session
from .values import finite

__all__ = ["derive_facts", "derive_one", "estimates", "Estimates", "client_fact", "run_trace", "is_bound_key"]


def is_bound_key(key: str) -> bool:
    """`money.monthly_margin:hi` and the like: a proven bound, not a fact."""
    return ":" in key


def _settled(kb: Knowledge, formula: str, values: dict[str, Any], today: dt.date) -> float | int | None:
    value = evaluate_formula(formula, values, today)
    if value is not None and not finite(value):
        return None
    if value is None:  # settled anyway when the unknown inputs cannot move it (0 hours times any rate)
        found = formula_interval(kb, formula, values, today)
        value = found[0] if found and found[0] == found[1] and math.isfinite(found[0]) else None
    return round(value, 6) if isinstance(value, float) else value


def derive_one(kb: Knowledge, fact: FactDef, values: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """One derived fact's keys for the engine: its value when the known values settle it, and its
    proven bounds (`fact:lo`, `fact:hi`, finite ends only) when the rules test it through bounds."""
    return _derive(_plan_of(kb, fact), kb, values, today, days_until(today))


#: fact, formula, its inputs, bounded?, bound keys, the formula as a function of its inputs and days_until,
#: the keys its interval reads (each input, its bounds) and the intervals worked out, by what they read
_Plan = tuple[str, str, tuple[str, ...], bool, str, str, Callable[..., Any], tuple[str, ...], dict[Any, Any]]
_INTERVALS_KEPT = 1024  # intervals kept per formula fact (clients with the same inputs known get the same one)
_MISSING = object()


def _plan_of(kb: Knowledge, fact: FactDef) -> _Plan:
    formula = fact.formula or ""
    names = tuple(formula_tree(formula)[1].values())
    return (fact.id, formula, names, fact.id in bounded_facts(kb), lo_key(fact.id), hi_key(fact.id),
            formula_function(formula), tuple(k for name in names for k in (name, lo_key(name), hi_key(name))), {})


def _derive(plan: _Plan, kb: Knowledge, values: dict[str, Any], today: dt.date, days: Any) -> dict[str, Any]:
    fact_id, formula, names, bounded, lo_name, hi_name, function, read, kept = plan
    keys: dict[str, Any] = {}
    given = [values.get(name) for name in names]
    if None not in given:  # evaluate_formula's value, without building its namespace per call
        value = point_value(function, given, days)
        found = None if value is None or not finite(value) else (value, value)  # too large: no value
    else:
        found = _interval(kb, formula, values, today, read, kept)
    if found is not None and found[0] == found[1] and math.isfinite(found[0]):
        settled = round(found[0], 6) if isinstance(found[0], float) else found[0]
        keys[fact_id] = int(settled) if isinstance(settled, float) and settled.is_integer() else settled
    if bounded:
        lo, hi = (keys[fact_id], keys[fact_id]) if fact_id in keys else (found or (-math.inf, math.inf))
        if math.isfinite(lo):
            keys[lo_name] = lo
        if math.isfinite(hi):
            keys[hi_name] = hi
    return keys


def _interval(kb: Knowledge, formula: str, values: dict[str, Any], today: dt.date, read: tuple[str, ...],
              kept: dict[Any, Any]) -> Any:
    """`formula_interval`, kept per what it reads: the day and each input's value and bounds, with their types
    (True == 1, yet a yes/no is no number)."""
    got = tuple(map(values.get, read))
    key = (today, got, tuple(map(type, got)))
    try:
        found = kept.get(key, _MISSING)
    except TypeError:  # a value that cannot be hashed: worked out each time
        return formula_interval(kb, formula, values, today)
    if found is _MISSING:
        found = formula_interval(kb, formula, values, today)
        if len(kept) < _INTERVALS_KEPT:
            kept[key] = found
    return found


def derive_facts(kb: Knowledge, values: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """What the engine is given beyond the known inputs: the derived facts (formulas) whose value the
    known values settle, and the proven bounds of the facts the rules test through bounds."""
    derived: dict[str, Any] = {}
    days = days_until(today)
    for plan in per_knowledge(kb, _plans):
        derived.update(_derive(plan, kb, values, today, days))
    derived.update(input_bounds(kb, values))
    return derived


def _plans(kb: Knowledge) -> list[_Plan]:
    return [_plan_of(kb, fact) for fact in kb.facts.values() if fact.formula]


def estimates(kb: Knowledge, values: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Derived facts without a value that have an estimate: fact -> (estimated value, what it assumes)."""
    found: dict[str, Any] = {}
    for fact_id, (formula, assumes) in orders(kb).estimated.items():
        if values.get(fact_id) is None:
            value = _settled(kb, formula, values, today)
            if value is not None:
                found[fact_id] = (value, assumes)
    return found


class Estimates(Mapping[str, Any]):
    """`estimates(kb, values, today)`, each fact's estimate worked out when first looked up (the exit plan
    looks up only the facts its steps show, most plans none)."""

    def __init__(self, kb: Knowledge, values: dict[str, Any], today: dt.date,
                 table: dict[str, tuple[str, Any]] | None = None) -> None:
        self._kb, self._values, self._today = kb, values, today
        self._table = orders(kb).estimated if table is None else table  # `Orders.estimated`
        self._found: dict[str, Any] = {}

    def _get(self, fact_id: str) -> Any:
        found = self._found.get(fact_id, _MISSING)
        if found is _MISSING:
            found = None
            entry = self._table.get(fact_id)
            if entry is not None and self._values.get(fact_id) is None:
                value = _settled(self._kb, entry[0], self._values, self._today)
                found = None if value is None else (value, entry[1])
            self._found[fact_id] = found
        return found

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self._get(fact_id) is not None

    def __getitem__(self, fact_id: str) -> Any:
        found = self._get(fact_id)
        if found is None:
            raise KeyError(fact_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return (fact_id for fact_id in self._table if self._get(fact_id) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def client_fact(values: dict[str, Any]) -> dict[str, Any]:
    """The one `client` fact asserted into the engine: JSON values only (dates as ISO text)."""
    fact: dict[str, Any] = {"t": "client"}
    date = dt.date
    for key in sorted(values):  # the keys alone sort quicker than the items
        value = values[key]
        fact[key] = value.isoformat() if isinstance(value, date) else value
    return fact


def run_trace(compiled: Compiled, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """Assert the client fact, then one phase fact per layer; return the firings in order."""
    with open_session(compiled) as session:
        session.assert_fact(fact)
        for phase in compiled.phases:
            session.assert_fact({"t": "phase", "layer": phase})
        trace = Trace(session.firings)
        trace._kinds = session.kinds  # grouped by kind as the run recorded them
        return trace
