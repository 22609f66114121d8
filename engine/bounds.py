"""Bounds: what the known facts prove about the unknown ones.

Every numeric fact has a domain (counts and money >= 0, percentages 0-100, scales 0-10). A derived
fact whose inputs are partly unknown is not simply unknown: its formula, evaluated over intervals
(the known inputs as points, the unknown ones as their domains; engine/bounds_arith.py), bounds it.
With `monthly_costs` unknown, `monthly_margin <= revenue - hours * rate`; when that is negative, a
loss is proven.

The derivation step asserts these bounds into the engine as `<fact>:lo` / `<fact>:hi` (a missing
key is an infinite end), and the compiled rules test them (engine/compile.py).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from .bounds_arith import ANY, INF, Interval, interval_of
from .formulas import formula_names, formula_tree
from .model import FactDef, FactTest, Knowledge
from .prepared import per_knowledge

__all__ = ["DOMAINS", "domain", "lo_key", "hi_key", "bounded_facts", "fact_interval", "formula_interval", "input_bounds",
           "unknown_inputs"]

#: the values a numeric fact can take while it is unknown
DOMAINS: dict[str, Interval] = {"count": (0, INF), "number": (0, INF), "money": (0, INF),
                                "percent": (0, 100), "scale": (0, 10)}


def lo_key(fact: str) -> str:
    """The engine key of a fact's proven lower bound."""
    return f"{fact}:lo"


def hi_key(fact: str) -> str:
    """The engine key of a fact's proven upper bound."""
    return f"{fact}:hi"


def domain(fact: FactDef) -> Interval | None:
    """The interval a numeric fact ranges over while unknown; None for other types."""
    return DOMAINS.get(fact.type)


_BOUNDED: dict[int, tuple[Knowledge, frozenset[str]]] = {}


def _bounded(kb: Knowledge) -> frozenset[str]:
    known = _BOUNDED.get(id(kb))
    if known is not None and known[0] is kb:
        return known[1]
    found = {f.id for f in kb.facts.values() if f.formula}
    for rule in kb.rules:
        for cond in rule.when:
            if isinstance(cond, FactTest) and cond.operand.kind == "name" and cond.operand.value in kb.facts:
                found |= {cond.fact, str(cond.operand.value)}
    if len(_BOUNDED) > 64:
        _BOUNDED.clear()
    _BOUNDED[id(kb)] = (kb, frozenset(found))
    return _BOUNDED[id(kb)][1]


def bounded_facts(kb: Knowledge) -> frozenset[str]:
    """Facts the rules test through their bounds: derived facts, and facts compared with another fact."""
    return _bounded(kb)


def _point(value: Any) -> Interval | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return (value, value)


def fact_interval(kb: Knowledge, fact_id: str, values: dict[str, Any]) -> Interval:
    """What `values` prove about a fact: its value, its asserted bounds, or its domain."""
    if values.get(fact_id) is not None:
        return _point(values[fact_id]) or ANY
    lo, hi = values.get(lo_key(fact_id)), values.get(hi_key(fact_id))
    if lo is not None or hi is not None:
        return (-INF if lo is None else lo, INF if hi is None else hi)
    fact = kb.facts.get(fact_id)
    return (domain(fact) or ANY) if fact is not None and not fact.formula else ANY


def formula_interval(kb: Knowledge, formula: str, values: dict[str, Any], today: dt.date) -> Interval | None:
    """The formula's value range over every value its unknown inputs can take; None when it has none."""
    env: dict[str, Interval] = {}
    dates: dict[str, Any] = {}
    for alias, fact_id, is_date, lo_name, hi_name, unknown in _inputs(kb, formula):
        value = values.get(fact_id)
        if is_date:
            dates[alias] = value
            env[alias] = ANY
        elif value is not None:  # as fact_interval reads it, with the keys and the domain looked up once
            env[alias] = _point(value) or ANY
        else:
            lo, hi = values.get(lo_name), values.get(hi_name)
            env[alias] = unknown if lo is None and hi is None else (-INF if lo is None else lo, INF if hi is None else hi)
    return interval_of(formula, env, dates, today)


_Input = tuple[str, str, bool, str, str, Interval]


def _input_table(kb: Knowledge) -> dict[str, list[_Input]]:
    return {}  # formula -> its inputs, filled as formulas are read


def _inputs(kb: Knowledge, formula: str) -> list[_Input]:
    """Each input of a formula: alias, fact, whether a date, its bound keys and its interval while unknown."""
    table = per_knowledge(kb, _input_table)
    found = table.get(formula)
    if found is None:
        found = []
        for alias, fact_id in formula_tree(formula)[1].items():
            fact = kb.facts.get(fact_id)
            found.append((alias, fact_id, fact is not None and fact.type == "date", lo_key(fact_id), hi_key(fact_id),
                          fact_interval(kb, fact_id, {})))
        table[formula] = found
    return found


def input_bounds(kb: Knowledge, values: dict[str, Any]) -> dict[str, Any]:
    """The bound keys of the input facts the rules compare with another fact: a point when known, else
    the finite ends of the fact's domain."""
    keys: dict[str, Any] = {}
    for fact_id in per_knowledge(kb, _bounded_inputs):
        lo, hi = fact_interval(kb, fact_id, values)
        if not math.isinf(lo):
            keys[lo_key(fact_id)] = lo
        if not math.isinf(hi):
            keys[hi_key(fact_id)] = hi
    return keys


def _bounded_inputs(kb: Knowledge) -> list[str]:
    return [fact_id for fact_id in sorted(bounded_facts(kb)) if not kb.facts[fact_id].formula]


def unknown_inputs(kb: Knowledge, fact_id: str, values: dict[str, Any]) -> list[str]:
    """The unknown inputs of a derived fact's formula (empty for an input fact)."""
    fact = kb.facts.get(fact_id)
    if fact is None or not fact.formula:
        return []
    return [name for name in formula_names(fact.formula) if values.get(name) is None]
