"""Issue 15 point 1 (per evaluation, near the floor): what is worked out once per knowledge matches working it out
each time, and the fast paths of one evaluation give what the plain definitions give."""

from __future__ import annotations

from typing import Any

import pytest

from bench.portfolio import portfolio
from clientfire.engine import Engine, client_from_mapping
from clientfire.engine.conditions import check, evidence, status
from clientfire.engine.derive import derive_facts
from clientfire.engine.engine_text import without_bookkeeping
from clientfire.engine.model import FactTest
from clientfire.engine.prepared import per_knowledge
from clientfire.record import replace
from tests.conftest import TODAY


def _count(kb: Any) -> int:
    return len(kb.rules)


def test_issue15_1_per_knowledge_builds_once_per_knowledge_base(engine: Engine) -> None:
    calls: list[int] = []

    def build(kb: Any) -> int:
        calls.append(1)
        return len(kb.rules)

    assert per_knowledge(engine.kb, build) == per_knowledge(engine.kb, build) == len(engine.kb.rules)
    other = replace(engine.kb, rules=engine.kb.rules[:3])
    assert per_knowledge(other, build) == 3  # another knowledge base: built again, not the first one's
    assert len(calls) == 2
    assert per_knowledge(other, _count) == 3 and per_knowledge(engine.kb, _count) == len(engine.kb.rules)


@pytest.mark.parametrize(("fact", "kept"), [
    ({"t": "x", "a": 1, "sid": "c1"}, {"t": "x", "a": 1}),
    ({"id": "sid-3", "t": "x", "sid": "c1"}, {"t": "x"}),
    ({"id": "mine", "t": "x"}, {"id": "mine", "t": "x"}),
    ({"id": 7, "b": None, "a": 2}, {"id": 7, "b": None, "a": 2}),
    ({}, {}),
])
def test_issue15_1_without_bookkeeping_drops_only_the_engines_keys_in_order(fact: dict, kept: dict) -> None:  # type: ignore[type-arg]
    before = dict(fact)
    found = without_bookkeeping(fact)
    assert found == kept and list(found) == list(kept)
    assert found is not fact and fact == before  # a copy: the caller's fact is left as it was


def test_issue15_1_firings_are_plain_dicts_with_one_object_per_fact(engine: Engine) -> None:
    """The trace holds plain dicts (no per-run copy); a fact concluded once is the same object where it is matched."""
    client = client_from_mapping(portfolio(40, 3)[7], engine.kb, "p")
    trace = engine.evaluate(client, TODAY).trace
    assert trace and all(type(f) is dict and type(f["matched"]) is dict for f in trace)
    concluded = {id(fact) for f in trace for fact in f["derived"]}
    matched = [fact for f in trace for fact in f["matched"].values() if fact.get("t") not in ("client", "phase")]
    assert matched and all(id(fact) in concluded for fact in matched)


def test_issue15_1_evidence_reads_a_condition_as_check_and_status_do(engine: Engine) -> None:
    """evidence works a condition's truth out once; its `holds` and `status` are check's and status' answers."""
    tests = [c for rule in engine.kb.rules for c in rule.when if isinstance(c, FactTest)]
    seen = set()
    for row in portfolio(60, 5):
        client = client_from_mapping(row, engine.kb, "p")
        values = {**client.values, **derive_facts(engine.kb, client.values, TODAY)}
        for test in tests:
            found = evidence(engine.kb, test, values)
            assert (found["holds"], found["status"]) == (check(engine.kb, test, values), status(engine.kb, test, values))
            seen.add(found["status"])
    assert seen == {"holds", "fails", "unknown", "presumed"}
