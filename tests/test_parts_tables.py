"""The explanation parts read off per-knowledge tables read as the plain functions they replace."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts, fact_layout
from clientfire.engine.derive import Estimates, derive_facts, estimates
from tests.conftest import EXAMPLES, TODAY

_ODD = [
    {},
    {"contract.prepaid_amount": 1200, "contract.work_completed_pct": 25},  # the refund estimated
    {"contract.prepaid_amount": 1200, "contract.work_completed_pct": 25, "contract.total_value": 2000},  # worked out
    {"contract.end_date": dt.date(2027, 1, 5), "payment.late_invoices": 2},  # a date, shown as ISO text
    {"client": "x", "payment.late_invoices": 1},  # a key outside the vocabulary: read as before
    {"zzz.unknown": 1, "payment.late_invoices": 1},
    {"t": "x", "payment.late_invoices": 1},  # the client fact's own kind key
    {"money.monthly_margin": 5, "money.monthly_revenue": 900},  # a derived fact given: the run's value differs
]


def _clients(engine: Engine) -> list[ClientFacts]:
    return ([engine.load_client(path) for path in EXAMPLES]
            + [ClientFacts(f"odd{n}", values, notes="a note" if n % 2 else None) for n, values in enumerate(_ODD)])


def test_the_facts_as_given_read_in_the_knowledge_s_layout_are_the_facts_as_given(engine: Engine) -> None:
    layout = fact_layout(engine.kb)
    for client in _clients(engine):
        assert repr(client.as_given(layout)) == repr(client.as_given()), client.name


def test_the_facts_as_given_read_off_the_client_fact_are_the_facts_as_given(engine: Engine) -> None:
    from clientfire.engine.assemble import orders
    from clientfire.engine.assemble_parts import facts_as_given
    from clientfire.engine.derive import client_fact

    for client in _clients(engine):
        derived = derive_facts(engine.kb, client.values, TODAY)
        fact = client_fact({**client.values, **derived})
        assert repr(facts_as_given(orders(engine.kb), client, fact, derived)) == repr(client.as_given()), client.name


@pytest.mark.parametrize("values", _ODD[:4])
def test_estimates_looked_up_one_by_one_are_the_estimates(engine: Engine, values: dict[str, Any]) -> None:
    known = {**values, **derive_facts(engine.kb, values, TODAY)}
    whole, lazy = estimates(engine.kb, known, TODAY), Estimates(engine.kb, known, TODAY)
    assert {fact: lazy[fact] for fact in engine.kb.facts if fact in lazy} == whole == dict(lazy)
    assert len(lazy) == len(whole) and "no.such.fact" not in lazy
    with pytest.raises(KeyError):
        lazy["no.such.fact"]


def test_the_refund_is_estimated_only_while_its_total_is_unknown(engine: Engine) -> None:
    given = [{**_ODD[1]}, {**_ODD[2]}]
    found = [Estimates(engine.kb, {**v, **derive_facts(engine.kb, v, TODAY)}, TODAY) for v in given]
    assert ["contract.refund_owed" in f for f in found] == [True, False]


def test_the_run_groups_its_conclusions_as_the_trace_groups_them_afterwards(engine: Engine) -> None:
    from clientfire.engine.assemble import Trace, verdict_of
    from clientfire.engine.derive import client_fact, run_trace

    known_again = 0
    for client in _clients(engine):
        values = {**client.values, **derive_facts(engine.kb, client.values, TODAY)}
        trace = run_trace(engine.compiled, client_fact(values))
        grouped, after = trace.kinds(), Trace(list(trace)).kinds()
        assert {k: [(id(f), r) for f, r in v] for k, v in grouped.items()} == \
               {k: [(id(f), r) for f, r in v] for k, v in after.items()}, client.name
        assert verdict_of(trace) == verdict_of(list(trace))
        known_again += sum(len(f["already_known"]) for f in trace)
    assert known_again > 0  # a conclusion reached twice is grouped after the firing's new ones
