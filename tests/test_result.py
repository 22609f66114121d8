"""The result of one evaluation: its explanation parts are worked out when first read, and read the same as given."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from clientfire.engine import Engine, assemble
from clientfire.engine.client import ClientFacts
from clientfire.engine.derive import client_fact, derive_facts, estimates, is_bound_key, run_trace
from clientfire.engine.result import LATER, Result
from clientfire.record import replace
from tests.conftest import EXAMPLES, TODAY

_CLIENT = ClientFacts("x", {"payment.late_invoices": 5, "payment.unpaid_overdue_invoices": 1,
                            "payment.pays_eventually": True, "respect.belittles": True, "money.monthly_revenue": 900,
                            "money.monthly_hours": 10})


def _eager(engine: Engine, client: ClientFacts) -> Result:
    """The result as every field given at once builds it (what evaluate built before its parts were made on read)."""
    kb, day = engine.kb, TODAY
    derived = derive_facts(kb, client.values, day)
    values = {**client.values, **derived}
    fact = client_fact(values)
    trace = run_trace(engine.compiled, fact)
    verdict = assemble.verdict_of(trace)
    assert verdict is not None
    signs = assemble.signs_of(kb, trace, values)
    return Result(client=client.name, verdict=verdict[0], strength=verdict[1], signs=tuple(signs),
                  remedies=tuple(assemble.remedies_of(kb, trace, signs)),
                  guidance=tuple(assemble.guidance_of(kb, trace, fact, estimates(kb, values, day))),
                  prevention=tuple(assemble.prevention_of(kb, trace)), notices=tuple(assemble.notices_of(kb, trace)),
                  fired_rules=tuple({"id": f["rule"], "seq": f["seq"]} for f in trace), unknown_facts=None,
                  knowledge_version=kb.version, facts=client.as_given(),
                  derived_facts={k: v for k, v in derived.items() if not is_bound_key(k)},
                  bounds=assemble.bounds_of(kb, values), trace=tuple(trace), today=day.isoformat(),
                  evidence=dict(client.evidence))


@pytest.mark.parametrize("path", EXAMPLES[:6], ids=lambda p: p.name)
def test_every_part_read_later_is_the_part_given_at_once(engine: Engine, path: Any) -> None:
    client = engine.load_client(path)
    later, eager = engine.evaluate(client, TODAY), _eager(engine, client)
    for name in LATER:
        assert getattr(later, name) == getattr(eager, name), name
    assert later == eager and repr(later) == repr(eager)
    assert later.to_json(engine.kb) == eager.to_json(engine.kb)


@pytest.mark.parametrize("name", LATER)
def test_a_part_is_worked_out_only_when_read(engine: Engine, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    made: list[str] = []
    for func in ("signs_of", "remedies_of", "guidance_of", "prevention_of", "notices_of", "bounds_of"):
        real = getattr(assemble, func)
        monkeypatch.setattr(assemble, func, lambda *a, _real=real, _name=func, **k: made.append(_name) or _real(*a, **k))
    result = engine.evaluate(_CLIENT, TODAY)
    assert (result.verdict, len(result.trace) > 0, made) == ("fire", True, [])
    first = getattr(result, name)
    again = len(made)
    assert getattr(result, name) is first and len(made) == again  # worked out once, then kept


def test_a_result_made_on_read_pickles_and_copies_with_every_part(engine: Engine) -> None:
    result = engine.evaluate(_CLIENT, TODAY)
    back = pickle.loads(pickle.dumps(result))
    assert "_parts" not in back.__dict__ and set(back.__dict__) == set(Result.__fields__)
    assert back == _eager(engine, _CLIENT)
    changed = replace(engine.evaluate(_CLIENT, TODAY), client="y")
    assert (changed.client, changed.signs) == ("y", _eager(engine, _CLIENT).signs)
