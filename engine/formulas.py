"""Derived facts: small arithmetic formulas over client facts, checked and evaluated safely."""

from __future__ import annotations

import ast
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from clientfire.messages import Message, message

__all__ = ["FormulaError", "formula_names", "formula_uses", "evaluate_formula", "formula_tree", "formula_function",
           "point_value", "days_until", "FUNCTIONS"]

_NAME_RE = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+")
#: the functions a formula may call, and how many arguments each takes (None: two or more)
FUNCTIONS: dict[str, int | None] = {"days_until": 1, "max": None, "min": None}


class FormulaError(ValueError):
    """A formula that cannot be read; `said` is its message (str() the English)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said)
        self.said = said


@lru_cache(maxsize=256)  # pure: the same formula text always parses the same way
def formula_tree(formula: str) -> tuple[ast.Expression, dict[str, str]]:
    """The formula's syntax tree, with fact ids swapped for aliases (`_v0`), and alias -> fact id."""
    names: dict[str, str] = {}

    def swap(found: re.Match[str]) -> str:
        alias = f"_v{len(names)}"
        names[alias] = found.group(0)
        return alias

    source = _NAME_RE.sub(swap, formula)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(message("formula.unreadable", formula=formula)) from exc
    for node in ast.walk(tree):
        _check_node(node, names, formula)
    return tree, names


def _check_node(node: ast.AST, names: dict[str, str], formula: str) -> None:
    if isinstance(node, ast.Call):
        arity = FUNCTIONS.get(node.func.id, -1) if isinstance(node.func, ast.Name) else -1
        count = len(node.args)
        if arity == -1 or node.keywords or (arity is None and count < 2) or (arity is not None and count != arity):
            raise FormulaError(message("formula.calls", formula=formula))
        if node.func.id == "days_until" and not isinstance(node.args[0], ast.Name):  # type: ignore[attr-defined]
            raise FormulaError(message("formula.days_until_no_fact", formula=formula))
    elif not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Constant,
                               ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.Load)):
        raise FormulaError(message("formula.not_allowed", node=type(node).__name__, formula=formula))
    if isinstance(node, ast.Constant) and (isinstance(node.value, bool) or not isinstance(node.value, (int, float))):
        raise FormulaError(message("formula.numbers_only", formula=formula))
    if isinstance(node, ast.Name) and node.id not in names and node.id not in FUNCTIONS:
        raise FormulaError(message("formula.unknown_name", name=node.id, formula=formula))


def formula_names(formula: str) -> list[str]:
    """The fact ids a formula uses, in order of appearance."""
    return list(formula_tree(formula)[1].values())


def formula_uses(formula: str) -> list[tuple[str | None, str | None]]:
    """How a formula uses each fact: (fact, "days_until") when passed to it, (fact, None) in arithmetic
    (max and min take arithmetic); (None, "days_until") for an argument that is no fact."""
    tree, names = formula_tree(formula)
    uses: list[tuple[str | None, str | None]] = []
    passed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "days_until":
            for arg in node.args:
                fact = names.get(arg.id) if isinstance(arg, ast.Name) else None
                uses.append((fact, node.func.id))
                passed.add(id(arg))
    uses += [(names[n.id], None) for n in ast.walk(tree)
             if isinstance(n, ast.Name) and n.id in names and id(n) not in passed]
    return uses


@lru_cache(maxsize=256)
def _code(formula: str) -> Any:
    """The checked formula compiled to Python bytecode (only names, numbers, + - * / and the FUNCTIONS)."""
    tree, _ = formula_tree(formula)
    return compile(tree, f"<formula {formula}>", "eval")


@lru_cache(maxsize=256)
def formula_function(formula: str) -> Any:
    """The checked formula as a function of its inputs (in `formula_tree`'s alias order) and `days_until`:
    the same expression tree `evaluate_formula` evaluates, compiled once."""
    tree, names = formula_tree(formula)
    source = ast.Expression(body=ast.Lambda(
        args=ast.arguments(posonlyargs=[], args=[ast.arg(arg=a) for a in (*names, "days_until")], kwonlyargs=[],
                           kw_defaults=[], defaults=[]),
        body=tree.body))
    code = compile(ast.fix_missing_locations(source), f"<formula {formula}>", "eval")
    return eval(code, {"__builtins__": {}, "max": max, "min": min})  # noqa: S307 - a checked arithmetic tree


def point_value(function: Any, given: list[Any], days: Any) -> float | int | None:
    """`evaluate_formula`'s value from `formula_function(formula)`, the inputs (none unknown) and `days_until(today)`."""
    args = [value if isinstance(value, _INPUT_TYPES) and not isinstance(value, bool) else 0 for value in given]
    try:
        result = function(*args, days)
    except ZeroDivisionError:
        return None
    if isinstance(result, float) and result.is_integer():
        return int(result)
    return result  # type: ignore[no-any-return]


_INPUT_TYPES = (int, float, dt.date)


def days_until(today: dt.date) -> Any:
    """The formulas' `days_until`, counted from `today`."""
    return _days_until(today)


def _days_until(today: dt.date) -> Any:
    def days_until(day: object) -> int:
        if not isinstance(day, dt.date):
            raise FormulaError(message("formula.days_until"))
        return (day - today).days
    return days_until


def evaluate_formula(formula: str, facts: dict[str, object], today: dt.date) -> float | int | None:
    """The formula's value on `facts`, or None when a fact it uses is unknown (or on division by 0)."""
    _, names = formula_tree(formula)
    env: dict[str, Any] = {"__builtins__": {}, "max": max, "min": min, "days_until": _days_until(today)}
    for alias, name in names.items():
        value = facts.get(name)
        if value is None:
            return None
        env[alias] = value if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool) else 0
    try:
        result = eval(_code(formula), env)  # noqa: S307 - a checked arithmetic tree (formula_tree), no builtins
    except ZeroDivisionError:
        return None
    if isinstance(result, float) and result.is_integer():
        return int(result)
    return result
