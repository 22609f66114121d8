"""Exact unknowns: listed only when some value of the fact changes the verdict, strength or exit plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from clientfire.engine.unknowns import CHANGE_KINDS
from clientfire.explain.verdict_text import SHOWN_UNKNOWN, to_text
from clientfire.record import replace
from tests.conftest import EXAMPLES, TODAY

LOSS = {"money.monthly_revenue": 1000, "money.monthly_hours": 20, "money.target_hourly_rate": 80}


def client(**facts: Any) -> ClientFacts:
    return ClientFacts("t", {k.replace("__", "."): v for k, v in facts.items()})


def outcome(engine: Engine, facts: ClientFacts, changes: dict[str, Any]) -> tuple[Any, ...]:
    values = {k: dt.date.fromisoformat(v) if engine.kb.facts[k].type == "date" else v for k, v in changes.items()}
    result = engine.evaluate(replace(facts, values={**facts.values, **values}), TODAY, unknowns=False)
    return result.verdict, result.strength, tuple((g["id"], tuple(g["notes"])) for g in result.guidance)


def test_c1_a_loss_proven_with_costs_unknown_fires_and_costs_are_not_an_unknown(engine: Engine) -> None:
    result = engine.evaluate(ClientFacts("t", dict(LOSS)), TODAY, unknowns=True)
    assert (result.verdict, result.strength) == ("fire", "moderate")
    assert [s["id"] for s in result.signs] == ["unprofitable"]
    listed = [u["fact"] for u in result.unknown_facts]
    assert "money.monthly_costs" not in listed
    assert listed[:3] == ["money.costs_more_than_pays", "money.cost_is_temporary", "money.strong_future_potential"]
    margin = next(e for e in result.signs[0]["evidence"] if e["fact"] == "money.monthly_margin")
    assert margin["bounds"] == [None, -600] and margin["whatever"] == ["money.monthly_costs"]


@pytest.mark.parametrize("costs", [0, 5, 600, 10**6])
def test_c1_the_other_costs_cannot_change_a_proven_loss(engine: Engine, costs: int) -> None:
    base = outcome(engine, ClientFacts("t", dict(LOSS)), {})
    assert outcome(engine, ClientFacts("t", dict(LOSS)), {"money.monthly_costs": costs}) == base


CASES = [p for p in EXAMPLES if p.stem in ("oakline-late-payer", "quillon-unknown-costs", "willow-mild-friction",
                                           "crestline-abusive-director", "pinnacle-micromanager")]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_unknown_listed_is_confirmed_by_running_the_engine_again(engine: Engine, path: Any) -> None:
    facts = engine.load_client(path)
    result = engine.evaluate(facts, TODAY, unknowns=True)
    base = outcome(engine, facts, {})
    for entry in result.unknown_facts:
        assert entry["fact"] not in facts.values
        for case in entry["cases"]:
            assert entry["fact"] in case["facts"]
            with_it = outcome(engine, facts, case["facts"])
            without = {k: v for k, v in case["facts"].items() if k != entry["fact"]}
            assert with_it != (base if entry["alone"] else outcome(engine, facts, without)), entry
            assert with_it[:2] == (case["verdict"], case["strength"])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_unknowns_are_ranked_verdict_changes_first(engine: Engine, path: Any) -> None:
    found = engine.evaluate(engine.load_client(path), TODAY, unknowns=True).unknown_facts
    kinds = [CHANGE_KINDS.index(u["could_change"]) for u in found]
    assert kinds == sorted(kinds)


def test_a_not6_can_fulfil_is_listed_because_it_decides_the_refund_step(engine: Engine) -> None:
    facts = client(ethics__client_unethical=True, contract__active=True, contract__end_date=dt.date(2027, 6, 30),
                   contract__prepaid_amount=2000, contract__work_completed_pct=20)
    entry = next(u for u in engine.evaluate(facts, TODAY, unknowns=True).unknown_facts if u["fact"] == "contract.can_fulfil")
    assert entry["could_change"] == "exit_plan"
    case = entry["cases"][0]
    assert case["facts"] == {"contract.can_fulfil": False}
    assert set(case["adds"]) == {"refund_unfinished", "offer_replacement"} and case["removes"] == ["honor_contract"]


def test_a_fact_known_to_decide_nothing_is_not_listed(engine: Engine) -> None:
    """A pays-late client with nothing else wrong: whether they pay in the end matters, a missing end
    date of a contract that does not exist does not."""
    facts = client(payment__late_invoices=5, payment__unpaid_overdue_invoices=1, contract__active=False)
    listed = {u["fact"] for u in engine.evaluate(facts, TODAY, unknowns=True).unknown_facts}
    assert "payment.pays_eventually" in listed
    assert not {"contract.end_date", "contract.can_fulfil", "contract.prepaid_amount"} & listed


def test_a_clear_case_lists_few_unknowns(engine: Engine) -> None:
    path = next(p for p in EXAMPLES if p.stem == "crestline-abusive-director")
    assert len(engine.evaluate(engine.load_client(path), TODAY, unknowns=True).unknown_facts) <= 2


def test_text_output_shows_the_top_few_and_counts_the_rest(engine: Engine) -> None:
    result = engine.evaluate(ClientFacts("t", {}), TODAY, unknowns=True)
    data = result.to_json(engine.kb)
    text = to_text(data)
    section = text.split("Unknown facts that could change this\n")[1].split("\n\n")[0].splitlines()
    assert len(section) == SHOWN_UNKNOWN + 1
    assert section[-1].strip() == f"and {len(data['unknown_facts']) - SHOWN_UNKNOWN} more (see --format json)"


def test_the_search_can_be_left_out_and_the_result_says_so(engine: Engine) -> None:
    result = engine.evaluate(ClientFacts("t", {}), TODAY, unknowns=False)
    assert result.unknown_facts is None
    assert "not looked for in this run" in to_text(result.to_json(engine.kb))
