"""The derivation step: a formula's interval kept per what it reads gives what working it out gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.bounds import formula_interval
from clientfire.engine.derive import derive_facts

_REFUND = "contract.refund_owed"
_DAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(("values", "today"), [
    ({}, _DAY),
    ({"contract.prepaid_amount": 0, "contract.work_completed_pct": 50}, _DAY),
    ({"contract.prepaid_amount": 1, "contract.work_completed_pct": 50}, _DAY),
    ({"contract.prepaid_amount": True, "contract.work_completed_pct": 50}, _DAY),  # True == 1, yet no number
    ({"contract.prepaid_amount": 1.0, "contract.work_completed_pct": 50}, _DAY),
    ({"contract.prepaid_amount": 4800, "contract.total_value:hi": 9000, "contract.work_completed_pct": 25}, _DAY),
    ({"contract.end_date": dt.date(2027, 1, 1)}, _DAY),
    ({"contract.end_date": dt.date(2027, 1, 1)}, dt.date(2026, 12, 1)),  # another day: another interval
])
def test_an_interval_kept_is_the_interval_worked_out(engine: Engine, values: dict[str, Any], today: dt.date) -> None:
    kb = engine.kb
    first, again = derive_facts(kb, values, today), derive_facts(kb, dict(values), today)
    assert first == again
    for fact in kb.facts.values():
        if fact.formula and any(values.get(name) is None for name in _inputs(fact.formula)):
            found = formula_interval(kb, fact.formula, values, today)
            if found is not None and found[0] != found[1]:
                assert (first.get(f"{fact.id}:lo"), first.get(f"{fact.id}:hi")) == tuple(
                    end if abs(end) != float("inf") else None for end in found), fact.id


def _inputs(formula: str) -> list[str]:
    from clientfire.engine.formulas import formula_names

    return formula_names(formula)


def test_a_yes_no_input_is_not_taken_for_the_number_it_equals(engine: Engine) -> None:
    number = derive_facts(engine.kb, {"contract.prepaid_amount": 1, "contract.work_completed_pct": 50}, _DAY)
    yes_no = derive_facts(engine.kb, {"contract.prepaid_amount": True, "contract.work_completed_pct": 50}, _DAY)
    assert number.get(f"{_REFUND}:hi") == 1 and yes_no.get(f"{_REFUND}:hi") is None  # a yes/no: any amount
