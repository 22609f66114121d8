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
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .formulas import formula_names, formula_tree
from .model import FactDef, FactTest, Knowledge
from .prepared import per_knowledge

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


IntervalFn = Callable[[dict[str, Interval], dict[str, Any], dt.date], "Interval | None"]


def _compiled(node: ast.AST) -> IntervalFn:
    """The formula's interval arithmetic as nested closures, built once per formula."""
    if isinstance(node, ast.Constant):
        value = float(node.value) if isinstance(node.value, (int, float)) else 0.0  # formula_tree admits only numbers
        point: Interval = (value, value)
        return lambda env, dates, today: point
    if isinstance(node, ast.Name):
        name = node.id
        return lambda env, dates, today: env[name]
    if isinstance(node, ast.UnaryOp):
        inner = _compiled(node.operand)

        def negate(env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
            found = inner(env, dates, today)
            return None if found is None else (-found[1], -found[0])
        return negate
    if isinstance(node, ast.Call):
        return _compiled_call(node)
    if isinstance(node, ast.BinOp):
        left, right, op = _compiled(node.left), _compiled(node.right), node.op
        apply = {ast.Add: _add, ast.Sub: _sub, ast.Mult: _mult}.get(type(op))  # chosen once; division: _binop

        def binop(env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
            a, b = left(env, dates, today), right(env, dates, today)
            if a is None or b is None:
                return None
            return apply(a, b) if apply is not None else _binop(op, a, b)
        return binop
    return lambda env, dates, today: None


def _compiled_call(node: ast.Call) -> IntervalFn:
    name = node.func.id  # type: ignore[attr-defined]
    if name == "days_until":
        alias = node.args[0].id  # type: ignore[attr-defined]

        def days(env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
            day = dates.get(alias)
            return ((day - today).days, (day - today).days) if isinstance(day, dt.date) else _ANY
        return days
    parts = [_compiled(arg) for arg in node.args]
    pick = max if name == "max" else min

    def call(env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
        found = [p(env, dates, today) for p in parts]
        if None in found:
            return None
        return (pick([f[0] for f in found if f]), pick([f[1] for f in found if f]))
    return call


@lru_cache(maxsize=256)
def _interval_fn(formula: str) -> IntervalFn:
    tree, _ = formula_tree(formula)
    return _compiled(tree.body)


def _add(left: Interval, right: Interval) -> Interval:
    return (left[0] + right[0], left[1] + right[1])


def _sub(left: Interval, right: Interval) -> Interval:
    return (left[0] - right[1], left[1] - right[0])


def _mult(left: Interval, right: Interval) -> Interval:
    ends = [_mul(a, b) for a in left for b in right]
    return (min(ends), max(ends))


def _binop(op: ast.operator, left: Interval, right: Interval) -> Interval | None:
    if isinstance(op, ast.Add):
        return _add(left, right)
    if isinstance(op, ast.Sub):
        return _sub(left, right)
    if isinstance(op, ast.Mult):
        return _mult(left, right)
    if right == (0, 0):
        return None  # division by zero: the formula has no value
    if right[0] <= 0 <= right[1]:
        return _ANY
    ends = [_div(a, b) for a in left for b in right]
    return (min(ends), max(ends))


def formula_interval(kb: Knowledge, formula: str, values: dict[str, Any], today: dt.date) -> Interval | None:
    """The formula's value range over every value its unknown inputs can take; None when it has none."""
    env: dict[str, Interval] = {}
    dates: dict[str, Any] = {}
    for alias, fact_id, is_date, lo_name, hi_name, unknown in _inputs(kb, formula):
        value = values.get(fact_id)
        if is_date:
            dates[alias] = value
            env[alias] = _ANY
        elif value is not None:  # as fact_interval reads it, with the keys and the domain looked up once
            env[alias] = _point(value) or _ANY
        else:
            lo, hi = values.get(lo_name), values.get(hi_name)
            env[alias] = unknown if lo is None and hi is None else (-INF if lo is None else lo, INF if hi is None else hi)
    found = _interval_fn(formula)(env, dates, today)
    if found is None or math.isnan(found[0]) or math.isnan(found[1]):
        return None
    return (_round(found[0]), _round(found[1]))


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


def _round(value: float) -> float:
    if math.isinf(value):
        return value
    rounded = round(value, _DIGITS)
    return int(rounded) if float(rounded).is_integer() else rounded


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
