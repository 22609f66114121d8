"""Derived facts: formulas read safely, unknown in -> unknown out."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfire.engine.formulas import FormulaError, evaluate_formula, formula_names

DAY = dt.date(2026, 11, 26)
MARGIN = "money.monthly_revenue - money.monthly_hours * money.target_hourly_rate - money.monthly_costs"


@pytest.mark.parametrize(("formula", "facts", "value"), [
    (MARGIN, {"money.monthly_revenue": 4200, "money.monthly_hours": 32, "money.target_hourly_rate": 85,
              "money.monthly_costs": 180}, 1300),
    (MARGIN, {"money.monthly_revenue": 4200}, None),
    ("contract.prepaid_amount * (100 - contract.work_completed_pct) / 100",
     {"contract.prepaid_amount": 4800, "contract.work_completed_pct": 25}, 3600),
    ("days_until(contract.end_date)", {"contract.end_date": dt.date(2027, 3, 31)}, 125),
    ("a.b / a.c", {"a.b": 1, "a.c": 0}, None),
    ("-a.b", {"a.b": 2}, -2),
])
def test_evaluate(formula: str, facts: dict[str, object], value: object) -> None:
    assert evaluate_formula(formula, facts, DAY) == value


@pytest.mark.parametrize("formula", [
    "__import__('os').system('true')", "a.b ** 2", "open(a.b)", "a.b if a.c else 1", "'text'", "a.b +",
])
def test_refuses_anything_but_arithmetic(formula: str) -> None:
    with pytest.raises(FormulaError):
        formula_names(formula)


def test_names_in_order() -> None:
    assert formula_names(MARGIN) == ["money.monthly_revenue", "money.monthly_hours", "money.target_hourly_rate",
                                     "money.monthly_costs"]


@pytest.mark.parametrize(("formula", "facts"), [
    (MARGIN, {"money.monthly_revenue": 4200, "money.monthly_hours": 32, "money.target_hourly_rate": 85,
              "money.monthly_costs": 180}),
    (MARGIN, {"money.monthly_revenue": 0.1, "money.monthly_hours": 0.2, "money.target_hourly_rate": 3,
              "money.monthly_costs": 0}),  # a float result stays a float
    ("a.x / a.y", {"a.x": 3, "a.y": 0}),  # division by zero: no value
    ("a.x / a.y", {"a.x": 3.0, "a.y": 1.5}),  # 2.0 becomes 2
    ("a.x + a.y", {"a.x": True, "a.y": "text"}),  # a yes/no or text input counts as 0
    ("max(0, a.x - a.y * a.x / 100)", {"a.x": 4800, "a.y": 25}),  # one fact twice
    ("days_until(a.end) - a.x", {"a.end": dt.date(2027, 1, 1), "a.x": 2}),
    ("-min(a.x, 2, a.y)", {"a.x": 5, "a.y": -1.5}),
])
def test_the_compiled_formula_gives_what_evaluate_gives(formula: str, facts: dict[str, object]) -> None:
    from clientfire.engine.formulas import days_until, formula_function, formula_tree, point_value

    given = [facts[name] for name in formula_tree(formula)[1].values()]
    value = point_value(formula_function(formula), given, days_until(DAY))
    expected = evaluate_formula(formula, facts, DAY)
    assert (value, type(value)) == (expected, type(expected))
