"""Bounds: the facts read as intervals (each fact's domain, a formula over its inputs), agreeing with the engine."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.bounds import fact_interval, formula_interval
from clientfire.engine.bounds_arith import INF
from clientfire.engine.client import ClientFacts
from clientfire.engine.conditions import check, truth
from clientfire.engine.derive import client_fact, derive_facts, run_trace
from clientfire.engine.layers import layer_of
from clientfire.engine.model import FactTest
from tests.conftest import TODAY

MARGIN = "money.monthly_revenue - money.monthly_hours * money.target_hourly_rate - money.monthly_costs"
REFUND = "max(0, contract.prepaid_amount - contract.total_value * contract.work_completed_pct / 100)"


@pytest.mark.parametrize(("formula", "values", "interval"), [
    (MARGIN, {"money.monthly_revenue": 1000, "money.monthly_hours": 20, "money.target_hourly_rate": 80,
              "money.monthly_costs": 50}, (-650, -650)),
    (MARGIN, {"money.monthly_revenue": 1000, "money.monthly_hours": 20, "money.target_hourly_rate": 80}, (-INF, -600)),
    (MARGIN, {"money.monthly_revenue": 1000, "money.monthly_hours": 0}, (-INF, 1000)),
    (MARGIN, {"money.monthly_hours": 0, "money.monthly_costs": 0, "money.monthly_revenue": 5}, (5, 5)),
    (MARGIN, {}, (-INF, INF)),
    (REFUND, {"contract.prepaid_amount": 5000, "contract.work_completed_pct": 30}, (0, 5000)),
    (REFUND, {"contract.prepaid_amount": 5000, "contract.work_completed_pct": 0}, (5000, 5000)),
    (REFUND, {"contract.prepaid_amount": 0}, (0, 0)),
    (REFUND, {"contract.prepaid_amount": 5000, "contract.total_value": 10000}, (0, 5000)),
    ("days_until(contract.end_date)", {"contract.end_date": dt.date(2026, 12, 1)}, (5, 5)),
    ("days_until(contract.end_date)", {}, (-INF, INF)),
    ("money.monthly_revenue / money.monthly_hours", {"money.monthly_revenue": 100}, (-INF, INF)),
    ("money.monthly_revenue / money.monthly_hours", {"money.monthly_revenue": 100, "money.monthly_hours": 4}, (25, 25)),
    ("money.monthly_revenue / money.monthly_hours", {"money.monthly_revenue": 100, "money.monthly_hours": 0}, None),
    ("min(money.monthly_revenue, 10)", {}, (0, 10)),
    ("-money.monthly_costs", {}, (-INF, 0)),
])
def test_formula_interval_over_the_unknown_inputs_domains(engine: Engine, formula: str, values: dict[str, Any],
                                                          interval: tuple[float, float] | None) -> None:
    assert formula_interval(engine.kb, formula, values, TODAY) == interval


@pytest.mark.parametrize(("fact", "interval"), [
    ("payment.late_invoices", (0, INF)), ("control.recommendations_rejected_pct", (0, 100)),
    ("wellbeing.dread", (0, 10)), ("money.monthly_revenue", (0, INF)), ("money.monthly_margin", (-INF, INF)),
])
def test_an_unknown_fact_ranges_over_its_domain(engine: Engine, fact: str, interval: tuple[float, float]) -> None:
    assert fact_interval(engine.kb, fact, {}) == interval


def _random_client(engine: Engine, rng: random.Random) -> dict[str, Any]:
    """A client near every threshold: each fact unknown, or a value on either side of where rules turn."""
    values: dict[str, Any] = {}
    for fact in engine.kb.facts.values():
        if fact.formula or fact.type == "text" or rng.random() < 0.4:
            continue
        if fact.type == "bool":
            values[fact.id] = rng.random() < 0.5
        elif fact.type == "date":
            values[fact.id] = TODAY + dt.timedelta(days=rng.choice((-400, -1, 0, 1, 90)))
        elif fact.type in ("count", "scale"):
            values[fact.id] = rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 10, 90, 100))
            values[fact.id] = min(values[fact.id], 10) if fact.type == "scale" else values[fact.id]
        elif fact.type == "percent":
            values[fact.id] = rng.choice((0, 25, 49.5, 50, 100))
        else:
            values[fact.id] = rng.choice((0, 1, 20, 60, 80, 1000, 1600.5, 5000))
    return values


def test_the_python_reading_of_a_condition_is_the_engine_s(engine: Engine) -> None:
    """conditions.check mirrors the compiled durable_rules tests exactly: on 300 random clients, every
    first-layer rule fires in the engine exactly when all its conditions check True in Python."""
    rng = random.Random(11)
    first = [r for r in engine.kb.rules if layer_of(r) == "signs"]
    for _ in range(300):
        values = _random_client(engine, rng)
        known = {**values, **derive_facts(engine.kb, values, TODAY)}
        fired = {f["rule"] for f in run_trace(engine.compiled, client_fact(known))}
        for rule in first:
            python = all(check(engine.kb, c, known) is True for c in rule.when if isinstance(c, FactTest))
            assert python == (rule.id in fired), (rule.id, values)


def test_a_derived_fact_the_unknown_inputs_cannot_move_is_known(engine: Engine) -> None:
    derived = derive_facts(engine.kb, {"money.monthly_hours": 0, "money.monthly_costs": 0,
                                       "money.monthly_revenue": 900}, TODAY)
    assert derived["money.monthly_margin"] == 900
    assert truth(engine.kb, next(c for r in engine.kb.rules for c in r.when if isinstance(c, FactTest)
                                 and c.fact == "money.monthly_margin"), derived) is False


def test_bounds_reach_the_engine_as_keys_with_finite_ends_only(engine: Engine) -> None:
    derived = derive_facts(engine.kb, {"money.monthly_revenue": 1000, "money.monthly_hours": 20,
                                       "money.target_hourly_rate": 80}, TODAY)
    assert derived["money.monthly_margin:hi"] == -600
    assert "money.monthly_margin:lo" not in derived and "money.monthly_margin" not in derived
    assert not any(isinstance(v, float) and math.isinf(v) for v in derived.values())
    assert engine.evaluate(ClientFacts("t", {}), TODAY, unknowns=False).verdict == "keep"


@pytest.mark.parametrize("when", [
    ["money.monthly_costs > money.monthly_revenue"],
    ["money.monthly_costs >= money.monthly_revenue or unknown"],
    ["money.monthly_margin < money.monthly_costs"],
    ["contract.refund_owed >= contract.prepaid_amount or unknown"],
    ["money.monthly_hours == money.target_hourly_rate"],
    ["money.monthly_hours != money.target_hourly_rate"],
])
def test_a_comparison_of_two_facts_reads_the_same_in_python_and_in_the_engine(tmp_path: Any, when: list[str]) -> None:
    from clientfire.engine import load_knowledge
    from tests.test_lint import add_rule, copy_knowledge

    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.pair", when)
    engine = Engine(load_knowledge(folder))
    rule = engine.kb.rule("sign.test.pair")
    assert rule is not None
    rng = random.Random(5)
    outcomes = set()
    for _ in range(200):
        values = _random_client(engine, rng)
        known = {**values, **derive_facts(engine.kb, values, TODAY)}
        fired = {f["rule"] for f in run_trace(engine.compiled, client_fact(known))}
        python = all(check(engine.kb, c, known) is True for c in rule.when if isinstance(c, FactTest))
        assert python == ("sign.test.pair" in fired), values
        outcomes.add(python)
    assert outcomes == {True, False}
