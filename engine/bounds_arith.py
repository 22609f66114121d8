"""Interval arithmetic: a formula's syntax tree evaluated over intervals, and three-valued comparisons.

Each name of a formula reads an interval (a known input is a point, an unknown one its domain); the
result bounds every value the formula can take. This module knows formulas and intervals, not facts:
engine/bounds.py reads the facts into intervals and asks it.
"""

from __future__ import annotations

import ast
import datetime as dt
import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .formulas import formula_tree

__all__ = ["Interval", "IntervalFn", "INF", "ANY", "interval_of", "compare"]

INF = math.inf
Interval = tuple[float, float]
#: the interval of a value nothing is known about
ANY: Interval = (-INF, INF)
_DIGITS = 6

IntervalFn = Callable[[dict[str, Interval], dict[str, Any], dt.date], "Interval | None"]


def _mul(a: float, b: float) -> float:
    return 0.0 if a == 0 or b == 0 else a * b  # a domain's infinite end times 0 is still 0


def _div(a: float, b: float) -> float:
    if math.isinf(b):
        return 0.0 if not math.isinf(a) else math.copysign(INF, a) * math.copysign(1, b)
    return a / b


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
            return ((day - today).days, (day - today).days) if isinstance(day, dt.date) else ANY
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
        return ANY
    ends = [_div(a, b) for a in left for b in right]
    return (min(ends), max(ends))


def interval_of(formula: str, env: dict[str, Interval], dates: dict[str, Any], today: dt.date) -> Interval | None:
    """The formula's range with each alias in `env` (a date alias's day in `dates`); None when it has none."""
    found = _interval_fn(formula)(env, dates, today)
    if found is None or math.isnan(found[0]) or math.isnan(found[1]):
        return None
    return (_round(found[0]), _round(found[1]))


def _round(value: float) -> float:
    if math.isinf(value):
        return value
    rounded = round(value, _DIGITS)
    return int(rounded) if float(rounded).is_integer() else rounded


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
