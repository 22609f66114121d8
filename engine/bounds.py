"""Bounds: what the known facts prove about the unknown ones.

Every numeric fact has a domain (counts and money >= 0, percentages 0-100, scales 0-10). A derived
fact whose inputs are partly unknown is not simply unknown: its formula, evaluated over intervals
(the known inputs as points, the unknown ones as their domains), bounds it. With `monthly_costs`
unknown, `monthly_margin <= revenue - hours * rate`; when that is negative, a loss is proven.

The derivation step asserts these bounds into the engine as `<fact>:lo` / `<fact>:hi` (a missing
key is an infinite end), and the compiled rules test them (engine/compile.py).
"""

from __future__ import annotations

import ast
import datetime as dt
import math
from typing import Any

from .formulas import formula_names, formula_tree
from .model import FactDef, FactTest, Knowledge

__all__ = ["Interval", "DOMAINS", "INF", "domain", "lo_key", "hi_key", "bounded_facts", "fact_interval",
           "formula_interval", "input_bounds", "compare", "unknown_inputs"]

INF = math.inf
Interval = tuple[float, float]
#: the values a numeric fact can take while it is unknown
DOMAINS: dict[str, Interval] = {"count": (0, INF), "number": (0, INF), "money": (0, INF),
                                "percent": (0, 100), "scale": (0, 10)}
_ANY: Interval = (-INF, INF)
_DIGITS = 6


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
        return _point(values[fact_id]) or _ANY
    lo, hi = values.get(lo_key(fact_id)), values.get(hi_key(fact_id))
    if lo is not None or hi is not None:
        return (-INF if lo is None else lo, INF if hi is None else hi)
    fact = kb.facts.get(fact_id)
    return (domain(fact) or _ANY) if fact is not None and not fact.formula else _ANY


def _mul(a: float, b: float) -> float:
    return 0.0 if a == 0 or b == 0 else a * b  # a domain's infinite end times 0 is still 0


def _div(a: float, b: float) -> float:
    if math.isinf(b):
        return 0.0 if not math.isinf(a) else math.copysign(INF, a) * math.copysign(1, b)
    return a / b


def _interval(node: ast.AST, env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
    if isinstance(node, ast.Constant):
        return (node.value, node.value)
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.UnaryOp):
        inner = _interval(node.operand, env, dates, today)
        return None if inner is None else (-inner[1], -inner[0])
    if isinstance(node, ast.Call):
        return _call(node, env, dates, today)
    if isinstance(node, ast.BinOp):
        left, right = _interval(node.left, env, dates, today), _interval(node.right, env, dates, today)
        if left is None or right is None:
            return None
        return _binop(node.op, left, right)
    return None


def _call(node: ast.Call, env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
    name = node.func.id  # type: ignore[attr-defined]
    if name == "days_until":
        day = dates.get(node.args[0].id)  # type: ignore[attr-defined]
        if isinstance(day, dt.date):
            return ((day - today).days, (day - today).days)
        return _ANY
    parts = [_interval(arg, env, dates, today) for arg in node.args]
    if any(p is None for p in parts):
        return None
    los, his = [p[0] for p in parts if p], [p[1] for p in parts if p]
    return (max(los), max(his)) if name == "max" else (min(los), min(his))


def _binop(op: ast.operator, left: Interval, right: Interval) -> Interval | None:
    if isinstance(op, ast.Add):
        return (left[0] + right[0], left[1] + right[1])
    if isinstance(op, ast.Sub):
        return (left[0] - right[1], left[1] - right[0])
    if isinstance(op, ast.Mult):
        ends = [_mul(a, b) for a in left for b in right]
        return (min(ends), max(ends))
    if right == (0, 0):
        return None  # division by zero: the formula has no value
    if right[0] <= 0 <= right[1]:
        return _ANY
    ends = [_div(a, b) for a in left for b in right]
    return (min(ends), max(ends))


def formula_interval(kb: Knowledge, formula: str, values: dict[str, Any], today: dt.date) -> Interval | None:
    """The formula's value range over every value its unknown inputs can take; None when it has none."""
    tree, names = formula_tree(formula)
    env: dict[str, Interval] = {}
    dates: dict[str, Any] = {}
    for alias, fact_id in names.items():
        fact = kb.facts.get(fact_id)
        if fact is not None and fact.type == "date":
            dates[alias] = values.get(fact_id)
            env[alias] = _ANY
        else:
            env[alias] = fact_interval(kb, fact_id, values)
    found = _interval(tree.body, env, dates, today)
    if found is None or math.isnan(found[0]) or math.isnan(found[1]):
        return None
    return (_round(found[0]), _round(found[1]))


def _round(value: float) -> float:
    if math.isinf(value):
        return value
    rounded = round(value, _DIGITS)
    return int(rounded) if float(rounded).is_integer() else rounded


def input_bounds(kb: Knowledge, values: dict[str, Any]) -> dict[str, Any]:
    """The bound keys of the input facts the rules compare with another fact: a point when known, else
    the finite ends of the fact's domain."""
    keys: dict[str, Any] = {}
    for fact_id in sorted(bounded_facts(kb)):
        if kb.facts[fact_id].formula:
            continue
        lo, hi = fact_interval(kb, fact_id, values)
        if not math.isinf(lo):
            keys[lo_key(fact_id)] = lo
        if not math.isinf(hi):
            keys[hi_key(fact_id)] = hi
    return keys


def unknown_inputs(kb: Knowledge, fact_id: str, values: dict[str, Any]) -> list[str]:
    """The unknown inputs of a derived fact's formula (empty for an input fact)."""
    fact = kb.facts.get(fact_id)
    if fact is None or not fact.formula:
        return []
    return [name for name in formula_names(fact.formula) if values.get(name) is None]


_OPS = {">=": (lambda a, b: a >= b), ">": (lambda a, b: a > b), "<=": (lambda a, b: a <= b),
        "<": (lambda a, b: a < b)}


def compare(left: Interval, op: str, right: Interval) -> bool | None:
    """`left op right` over intervals: True when it holds for every pair of values, False when for none."""
    if op in (">=", ">"):
        if _OPS[op](left[0], right[1]):
            return True
        return False if not _OPS[op](left[1], right[0]) else None
    if op in ("<=", "<"):
        if _OPS[op](left[1], right[0]):
            return True
        return False if not _OPS[op](left[0], right[1]) else None
    same = left[0] == left[1] == right[0] == right[1]
    apart = left[1] < right[0] or right[1] < left[0]
    if op == "==":
        return True if same else (False if apart else None)
    return True if apart else (False if same else None)
