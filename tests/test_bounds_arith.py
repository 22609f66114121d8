"""Bounds arithmetic: a formula over intervals of its aliases, and three-valued comparisons."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine.bounds_arith import ANY, INF, compare, interval_of
from clientfire.engine.formulas import formula_tree
from tests.conftest import TODAY

Interval = tuple[float, float]


def _env(formula: str, by_name: dict[str, Interval]) -> dict[str, Interval]:
    """Each alias of the formula's syntax tree bound to the interval given for its name (`a.x` -> `x`)."""
    return {alias: by_name.get(name.split(".")[1], ANY) for alias, name in formula_tree(formula)[1].items()}


@pytest.mark.parametrize(("formula", "env", "interval"), [
    ("a.x + a.y", {"x": (1, 2), "y": (10, INF)}, (11, INF)),
    ("a.x - a.y", {"x": (1, 2), "y": (10, INF)}, (-INF, -8)),
    ("a.x * a.y", {"x": (0, 0), "y": (0, INF)}, (0, 0)),
    ("a.x * a.y", {"x": (-INF, -600), "y": (0, 5)}, (-INF, 0)),  # an infinite end times 0 is 0, not NaN
    ("a.x * a.y", {"x": (-2, 3), "y": (4, 5)}, (-10, 15)),
    ("a.x / a.y", {"x": (1, 1), "y": (0, 0)}, None),
    ("a.x / a.y", {"x": (1, 1), "y": (-1, 2)}, ANY),
    ("a.x / a.y", {"x": (6, 6), "y": (2, INF)}, (0, 3)),
    ("a.x / a.y", {"x": (1, 1), "y": (3, 3)}, (0.333333, 0.333333)),
    ("-a.x", {"x": (2, 5)}, (-5, -2)),
    ("max(0, a.x)", {"x": (-4, 7)}, (0, 7)),
    ("min(a.x, a.y)", {"x": (1, 9), "y": (3, 4)}, (1, 4)),
    ("a.x / a.y + 1", {"x": (1, 1), "y": (0, 0)}, None),
])
def test_a_formula_ranges_over_the_intervals_of_its_aliases(formula: str, env: dict[str, Interval],
                                                            interval: Interval | None) -> None:
    assert interval_of(formula, _env(formula, env), {}, TODAY) == interval


@pytest.mark.parametrize(("dates", "interval"), [
    ({"end": TODAY + dt.timedelta(days=5)}, (5, 5)), ({"end": TODAY - dt.timedelta(days=2)}, (-2, -2)), ({}, ANY),
])
def test_days_until_reads_the_day_or_ranges_over_any_value(dates: dict[str, Any], interval: Interval) -> None:
    formula = "days_until(a.end)"
    aliases = formula_tree(formula)[1]
    assert interval_of(formula, _env(formula, {}), {alias: dates.get("end") for alias in aliases}, TODAY) == interval


@pytest.mark.parametrize(("left", "op", "right", "expected"), [
    ((0, INF), ">=", (3, 3), None), ((3, 5), ">=", (3, 3), True), ((0, 2), ">=", (3, 3), False),
    ((-INF, -600), "<", (0, 0), True), ((-INF, 10), "<", (0, 0), None), ((0, 100), "<=", (100, 100), True),
    ((0, INF), "<", (0, 0), False), ((2, 2), "==", (2, 2), True), ((0, 5), "==", (7, 7), False),
    ((0, 5), "!=", (7, 7), True), ((0, 5), "!=", (3, 3), None), ((1, 4), ">", (0, 2), None),
])
def test_three_valued_comparison(left: Interval, op: str, right: Interval, expected: bool | None) -> None:
    assert compare(left, op, right) is expected
