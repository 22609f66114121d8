"""WHAT IF (issue 3): the smallest changes that flip the verdict, each confirmed by re-running the engine."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine import Engine
from clientfire.engine.formulas import formula_names
from clientfire.explain.candidates import verdict_rules
from clientfire.explain.what_if import build_what_if
from clientfire.record import replace

Json = dict[str, Any]


@cache
def _what_if(name: str) -> tuple[Any, Any, Json]:
    engine = _engine()
    client = engine.load_client(ROOT / "examples" / name)
    result = engine.evaluate(client, TODAY)
    return client, result, build_what_if(engine, client, TODAY, result)


@lru_cache(maxsize=1)
def _engine() -> Engine:
    return Engine()


def _rerun(client: Any, flip: Json) -> Any:
    values = {**client.values, **{c["fact"]: c["to"] for c in flip["changes"]}}
    return _engine().evaluate(replace(client, values=values), TODAY)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_what_if_finds_a_real_flip(path: Any) -> None:
    client, result, found = _what_if(path.name)
    flips = found["flips"] + found["unknown_facts"]
    others = [v.id for v in _engine().kb.verdicts if v.id != result.verdict]
    if not flips:  # several serious signs that stand: no change of one or two facts gives another verdict
        assert found["not_reached"] == others and found["searched"]["single_changes"] > 0
    assert {f["verdict"] for f in flips} | set(found["not_reached"]) == set(others)
    for flip in flips:
        rerun = _rerun(client, flip)
        assert rerun.verdict == flip["verdict"] != result.verdict
        assert rerun.strength == flip["strength"]
        for change in flip["changes"]:
            assert change["from"] == client.values.get(change["fact"])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_what_if_single_changes_before_pairs(path: Any) -> None:
    _, _, found = _what_if(path.name)
    flips = found["flips"] + found["unknown_facts"]
    singles = {f["verdict"] for f in flips if len(f["changes"]) == 1}
    for flip in flips:
        assert 1 <= len(flip["changes"]) <= 2
        if len(flip["changes"]) == 2:
            assert flip["verdict"] not in singles
            assert flip["changes"][0]["fact"] != flip["changes"][1]["fact"]
    unknown = [f for f in found["unknown_facts"]]
    assert all(any(c["from"] is None for c in f["changes"]) for f in unknown)
    assert all(c["from"] is not None for f in found["flips"] for c in f["changes"])


def test_what_if_changes_only_facts_the_rules_use(engine: Any) -> None:
    used: set[str] = set()
    for rule in verdict_rules(engine.kb):
        for cond in rule.when:
            fact = getattr(cond, "fact", None)
            if fact:
                formula = engine.kb.facts[fact].formula
                used |= set(formula_names(formula)) if formula else {fact}
    for path in EXAMPLES:
        _, _, found = _what_if(path.name)
        changed = {c["fact"] for f in found["flips"] + found["unknown_facts"] for c in f["changes"]}
        assert changed <= used


@pytest.mark.parametrize(("fact", "value", "verdict"), [
    # B.1: nothing overdue any more, the late history alone (a mild sign) gives address
    ("payment.unpaid_overdue_invoices", 0, "address"),
    # B.1: a client who does not pay in the end is a non-payer
    ("payment.pays_eventually", False, "fire"),
    # C.6: dread of 7 or more is a serious sign
    ("wellbeing.dread", 7, "fire"),
])
def test_what_if_oakline_flips(fact: str, value: Any, verdict: str) -> None:
    _, _, found = _what_if("oakline-late-payer.yaml")
    flips = [(f["changes"][0]["fact"], f["changes"][0]["to"], f["verdict"]) for f in found["flips"]
             if len(f["changes"]) == 1]
    assert (fact, value, verdict) in flips


def test_what_if_unknown_fact_that_matters_oakline() -> None:
    """Oakline says nothing about ethics; a client known to be unethical gives a serious sign: fire."""
    _, _, found = _what_if("oakline-late-payer.yaml")
    unknown = {(f["changes"][0]["fact"], f["changes"][0]["to"]): f["verdict"] for f in found["unknown_facts"]}
    assert unknown[("ethics.client_unethical", True)] == "fire"


def test_what_if_pair_when_no_single_change_reaches_juniper() -> None:
    """Juniper pauses for two invoices overdue now (B.1); to address it instead needs both nothing overdue
    and a late history long enough to be a sign: a pair of changes."""
    _, _, found = _what_if("juniper-overdue-now.yaml")
    address = [f for f in found["flips"] + found["unknown_facts"] if f["verdict"] == "address"]
    assert address and len(address[0]["changes"]) == 2
    assert {c["fact"] for c in address[0]["changes"]} == {"payment.unpaid_overdue_invoices", "payment.late_invoices"}


def test_explain_what_if_cli(run_cli: Any) -> None:
    code, out, err = run_cli("explain", str(ROOT / "examples/oakline-late-payer.yaml"), "--what-if", "--today",
                             TODAY.isoformat(), "--no-record")
    assert code == 0, err
    assert "if payment.unpaid_overdue_invoices were 0: address (weak)" in out
    assert "if ethics.client_unethical were known to be true: fire" in out
