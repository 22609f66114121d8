"""The values tried for an unknown fact: either side of each threshold it meets, then a spread (engine/unknowns_values.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from clientfire.engine.unknowns_values import GRID, candidates, grid
from tests.conftest import TODAY

LOSS = {"money.monthly_revenue": 1000, "money.monthly_hours": 20, "money.target_hourly_rate": 80}
D = dt.date

CANDIDATES = [  # (case, known facts, today, unknown fact, the values tried for it)
    ("a_bool_is_tried_both_ways", {}, TODAY, "contract.can_fulfil", [True, False]),
    ("a_count_either_side_of_its_threshold_3", {}, TODAY, "payment.late_invoices", [0, 2, 3, 4]),
    ("a_scale_either_side_of_both_thresholds_5_and_7", {}, TODAY, "wellbeing.dread", [0, 4, 5, 6, 7, 8]),
    ("a_formula_input_beside_other_unknown_inputs_is_tried_at_0", {}, TODAY, "contract.work_completed_pct", [0]),
    ("a_formula_input_where_the_margin_turns_revenue_1000", {"money.monthly_revenue": 1000}, TODAY,
     "money.monthly_costs", [0, 999, 1000, 1001]),
    ("a_formula_input_at_a_fraction_1000_over_80_is_12_5", {"money.monthly_revenue": 1000,
                                                           "money.target_hourly_rate": 80}, TODAY,
     "money.monthly_hours", [0, 11.5, 12.5, 13.5]),
    ("a_proven_loss_leaves_the_costs_nothing_to_turn", LOSS, TODAY, "money.monthly_costs", [0]),
    ("a_date_a_month_either_side_and_a_day_either_side_of_today", {}, TODAY, "contract.end_date",
     [D(2026, 10, 27), D(2026, 11, 25), D(2026, 11, 26), D(2026, 11, 27), D(2026, 12, 26)]),
    ("a_date_before_the_calendar_starts_is_left_out", {}, D.min, "contract.end_date",
     [D(1, 1, 1), D(1, 1, 2), D(1, 1, 31)]),
    ("a_date_after_the_calendar_ends_is_left_out", {}, D.max, "contract.end_date",
     [D(9999, 12, 1), D(9999, 12, 30), D(9999, 12, 31)]),
    ("a_text_fact_is_not_tried", {}, TODAY, "client", []),
]


@pytest.mark.parametrize(("known", "today", "fact", "expected"), [c[1:] for c in CANDIDATES],
                         ids=[c[0] for c in CANDIDATES])
def test_candidates_are_the_values_either_side_of_where_a_condition_turns(
        engine: Engine, known: dict[str, Any], today: dt.date, fact: str, expected: list[Any]) -> None:
    assert candidates(engine.kb, engine.probe(ClientFacts("t", known), today), fact) == expected


GRIDS = [  # (case, fact, its own candidates, the values tried in completions)
    ("a_bool_keeps_its_own", "contract.can_fulfil", [True, False], [True, False]),
    ("a_date_keeps_its_own", "contract.end_date", [TODAY], [TODAY]),
    ("a_count_adds_the_spread_it_lacks", "payment.late_invoices", [0, 2, 3, 4], [0, 2, 3, 4, 1, 10, 1_000, 100_000]),
    ("money_already_at_1000_adds_the_rest", "money.monthly_costs", [0, 999, 1000, 1001],
     [0, 999, 1000, 1001, 1, 10, 100_000]),
    ("a_percent_stops_at_its_top_100", "contract.work_completed_pct", [0], [0, 1, 10, 100]),
    ("a_scale_tries_its_top_10_once", "wellbeing.dread", [0, 4, 5], [0, 4, 5, 1, 10]),
]


@pytest.mark.parametrize(("fact", "own", "expected"), [c[1:] for c in GRIDS], ids=[c[0] for c in GRIDS])
def test_the_grid_is_the_fact_s_own_values_then_the_spread_within_its_domain(
        engine: Engine, fact: str, own: list[Any], expected: list[Any]) -> None:
    assert grid(engine.kb, fact, own) == expected


def test_the_grid_leaves_the_candidates_it_is_given_as_they_were(engine: Engine) -> None:
    own = [0, 2]
    grid(engine.kb, "payment.late_invoices", own)
    assert own == [0, 2]


def test_the_spread_is_still_importable_from_the_unknowns_module() -> None:
    from clientfire.engine import unknowns

    assert unknowns.GRID is GRID and "GRID" in unknowns.__all__
