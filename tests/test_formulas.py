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
