"""Derived facts: small arithmetic formulas over client facts, checked and evaluated safely."""

from __future__ import annotations

import ast
import datetime as dt
import re
from functools import lru_cache

__all__ = ["FormulaError", "formula_names", "formula_uses", "evaluate_formula"]

_NAME_RE = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+")
_FUNCS = ("days_until",)


class FormulaError(ValueError):
    """A formula that cannot be read."""


@lru_cache(maxsize=256)  # pure: the same formula text always parses the same way
def _to_python(formula: str) -> tuple[ast.Expression, dict[str, str]]:
    names: dict[str, str] = {}

    def swap(found: re.Match[str]) -> str:
        alias = f"_v{len(names)}"
        names[alias] = found.group(0)
        return alias

    source = _NAME_RE.sub(swap, formula)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"cannot read formula '{formula}'") from exc
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in _FUNCS and len(node.args) == 1):
                raise FormulaError(f"only days_until(<date fact>) may be called in '{formula}'")
        elif not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Constant,
                                   ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.Load)):
            raise FormulaError(f"'{type(node).__name__}' is not allowed in formula '{formula}'")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise FormulaError(f"only numbers may appear in formula '{formula}'")
        if isinstance(node, ast.Name) and node.id not in names and node.id not in _FUNCS:
            raise FormulaError(f"unknown name '{node.id}' in formula '{formula}'")
    return tree, names


def formula_names(formula: str) -> list[str]:
    """The fact ids a formula uses, in order of appearance."""
    return list(_to_python(formula)[1].values())


def formula_uses(formula: str) -> list[tuple[str | None, str | None]]:
    """How a formula uses each fact: (fact, function it is passed to) or (fact, None) in arithmetic;
    (None, function) for an argument that is no fact (validation: days_until() takes one date fact)."""
    tree, names = _to_python(formula)
    uses: list[tuple[str | None, str | None]] = []
    passed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            for arg in node.args:
                fact = names.get(arg.id) if isinstance(arg, ast.Name) else None
                uses.append((fact, node.func.id))
                passed.add(id(arg))
    uses += [(names[n.id], None) for n in ast.walk(tree)
             if isinstance(n, ast.Name) and n.id in names and id(n) not in passed]
    return uses


def evaluate_formula(formula: str, facts: dict[str, object], today: dt.date) -> float | int | None:
    """The formula's value on `facts`, or None when a fact it uses is unknown (or on division by 0)."""
    tree, names = _to_python(formula)
    values = {alias: facts.get(name) for alias, name in names.items()}
    if any(value is None for value in values.values()):
        return None
    try:
        result = _eval(tree.body, values, today)
    except ZeroDivisionError:
        return None
    if isinstance(result, float) and result.is_integer():
        return int(result)
    return result


def _eval(node: ast.AST, values: dict[str, object], today: dt.date) -> float | int:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (int, float)):
            return node.value
        raise FormulaError("only numbers may appear in a formula")
    if isinstance(node, ast.Name):
        value = values[node.id]
        return value if isinstance(value, (int, float)) else 0  # type: ignore[return-value]
    if isinstance(node, ast.UnaryOp):
        return -_eval(node.operand, values, today)
    if isinstance(node, ast.Call):
        arg = node.args[0]
        day = values[arg.id] if isinstance(arg, ast.Name) else None
        if not isinstance(day, dt.date):
            raise FormulaError("days_until() takes a date fact")
        return (day - today).days
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values, today), _eval(node.right, values, today)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    raise FormulaError(f"cannot evaluate {type(node).__name__}")
