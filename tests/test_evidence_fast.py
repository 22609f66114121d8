"""A rule's evidence read off the tables laid out once per knowledge is `conditions.evidence`, key for key."""

from __future__ import annotations

import random
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.conditions import evidence
from clientfire.engine.derive import derive_facts
from clientfire.engine.evidence_fast import rule_evidence, rule_readers
from clientfire.engine.model import FactTest, SignsAtLeast
from tests.conftest import EXAMPLES, TODAY
from tests.test_bounds import _random_client


def _pair_engine(tmp_path: Any, when: list[str]) -> Engine:
    from clientfire.engine import load_knowledge
    from tests.test_lint import add_rule, copy_knowledge

    folder = copy_knowledge(tmp_path)
    add_rule(folder, "sign.test.pair", when)
    return Engine(load_knowledge(folder))


def _same_evidence(engine: Engine, values: dict[str, Any]) -> int:
    """Compare both readings on every rule; the number of fact conditions compared."""
    kb, known, compared = engine.kb, {**values, **derive_facts(engine.kb, values, TODAY)}, 0
    for rule in kb.rules:
        articles = sorted({"A", "C"})
        expected = []
        for cond in rule.when:
            if isinstance(cond, FactTest):
                expected.append(evidence(kb, cond, known))
                compared += 1
            elif isinstance(cond, SignsAtLeast):
                expected.append({"fact": "distinct_article_signs", "value": 2, "op": ">=",
                                 "required": kb.thresholds[cond.threshold].value, "threshold": cond.threshold,
                                 "or_unknown": False, "holds": True, "articles": articles})
        got = rule_evidence(rule_readers(kb, rule), known, articles)
        assert repr(got) == repr(expected), (rule.id, values)  # repr: True and 1, 1.0 and 1 told apart
    return compared


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_condition_of_every_rule_reads_as_conditions_evidence_on_an_example(engine: Engine, path: Any) -> None:
    assert _same_evidence(engine, dict(engine.load_client(path).values)) > 100


@pytest.mark.parametrize("values", [
    {},  # everything unknown: domains, presumed conditions, every input of a formula waited on
    {"money.monthly_revenue": 1000, "money.monthly_hours": 20, "money.target_hourly_rate": 80},  # a proven loss
    {"money.monthly_revenue": True, "payment.late_invoices": "3"},  # values of the wrong type: no number
])
def test_unknown_and_ill_typed_values_read_as_conditions_evidence(engine: Engine, values: dict[str, Any]) -> None:
    assert _same_evidence(engine, values) > 100


def test_random_clients_near_every_threshold_read_as_conditions_evidence(engine: Engine) -> None:
    rng = random.Random(3)
    for _ in range(150):
        _same_evidence(engine, _random_client(engine, rng))


@pytest.mark.parametrize("when", [
    ["money.monthly_costs > money.monthly_revenue"],
    ["money.monthly_margin < money.monthly_costs or unknown"],
    ["money.monthly_hours != money.target_hourly_rate"],
])
def test_a_comparison_of_two_facts_reads_as_conditions_evidence(tmp_path: Any, when: list[str]) -> None:
    engine, rng = _pair_engine(tmp_path, when), random.Random(8)
    for _ in range(60):
        _same_evidence(engine, _random_client(engine, rng))
