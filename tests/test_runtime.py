"""durable_rules' sharp edges, each pinned: first how raw durable_rules behaves, then how engine/ contains it."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys

import durable.engine as dre
import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from clientfire.engine.compile import Action, Compiled, refuse_nex_only
from clientfire.engine.runtime import open_session
from clientfire.engine.runtime_registry import QuietHost
from clientfire.errors import ClientFileError, EngineError, KnowledgeError
from tests.conftest import TODAY
from tests.test_lint import copy_knowledge, edit

_names = itertools.count()


def _raw_host(rules: dict, name: str | None = None) -> tuple[dre.Host, str]:
    """A raw durable_rules host (timer threads disabled) with one ruleset of unique name."""
    name = name or f"pin_{next(_names)}"
    host = QuietHost()
    host.register_rulesets({name: rules})
    return host, name


def _client_rule(condition: dict, run) -> dict:  # type: ignore[no-untyped-def]
    return {"r": {"all": [{"m": {"$and": [{"t": "client"}, condition]}}], "run": run}}


def test_raw_exception_in_action_is_swallowed_into_state() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 1}}, lambda c: 1 / 0))
    state = host.assert_fact(name, {"sid": "1", "t": "client", "x": 2})
    assert "division by zero" in state["exception"]


def _tiny_compiled(asserts: tuple) -> Compiled:  # type: ignore[type-arg]
    name = f"tiny_{next(_names)}"
    rule = {"all": [{"client": {"$and": [{"t": "client"}, {"$gte": {"x": 1}}]}}], "run": "r"}
    return Compiled(name, "v", {name: {"r": rule}}, {"r": Action("r", "signs", asserts)}, ())


def test_session_raises_engine_error_when_an_action_fails() -> None:
    compiled = _tiny_compiled(({"t": "sign", "bad": {1, 2}},))  # a set cannot become JSON inside the action
    with open_session(compiled) as session, pytest.raises(EngineError, match="action failed") as caught:
        session.assert_fact({"t": "client", "x": 2})
    # an internal error still says itself in the user's language (durable_rules' own detail stays as it is)
    assert caught.value.text("ko").startswith("엔진 안에서 규칙 동작이 실패했습니다: ")
    assert caught.value.text("fi").startswith("säännön toiminto epäonnistui moottorin sisällä: ")


def test_raw_duplicate_fact_raises_observed() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 1}}, lambda c: None))
    host.assert_fact(name, {"sid": "1", "t": "client", "x": 2})
    with pytest.raises(dre.MessageObservedException):
        host.assert_fact(name, {"sid": "1", "t": "client", "x": 2})


def test_duplicate_outside_actions_is_an_engine_error_inside_is_already_known() -> None:
    compiled = _tiny_compiled(({"t": "sign", "name": "s"},))
    with open_session(compiled) as session:
        session.assert_fact({"t": "client", "x": 2})
        with pytest.raises(EngineError, match="asserted twice") as caught:
            session.assert_fact({"t": "client", "x": 2})
    assert caught.value.text("id").startswith('fakta dimasukkan dua kali: {"t": "client", "x": 2')


def test_conclusions_reached_twice_are_recorded_as_already_known(engine: Engine) -> None:
    client = ClientFacts("x", {"ethics.client_unethical": True, "ethics.mistreats_staff_or_customers": True})
    trace = engine.evaluate(client, TODAY).trace
    ethics = [f for f in trace if f["rule"].startswith("sign.ethics_conflict")]
    assert [len(f["derived"]) for f in ethics] == [1, 0]
    assert [len(f["already_known"]) for f in ethics] == [0, 1]


@pytest.mark.parametrize(("condition", "fact", "fires"), [
    # the three-valued tests (engine/compile._test) rely on these: a comparison with a missing key never matches
    ({"$neq": {"x:lo": 5}}, {"y": 1}, False),
    ({"$lt": {"x:hi": 0}}, {"x:lo": -3}, False),
    # ... except one against a missing `$m` key, which passes: compile._against requires the key first
    ({"$gte": {"a:lo": {"$m": "b:hi"}}}, {"a:lo": 3}, True),
    ({"$and": [{"$ex": {"b:hi": 1}}, {"$gte": {"a:lo": {"$m": "b:hi"}}}]}, {"a:lo": 3}, False),
    ({"$and": [{"$ex": {"b:hi": 1}}, {"$gte": {"a:lo": {"$m": "b:hi"}}}]}, {"a:lo": 3, "b:hi": 2}, True),
    # keys with ':' and '.' are ordinary keys
    ({"$lt": {"money.monthly_margin:hi": 0}}, {"money.monthly_margin:hi": -600}, True),
    # `$or` alternatives that cannot both hold fire once
    ({"$or": [{"$nex": {"x:hi": 1}}, {"$gte": {"x:hi": 5}}]}, {"y": 1}, True),
])
def test_raw_missing_keys_and_comparisons(condition: dict, fact: dict, fires: bool) -> None:  # type: ignore[type-arg]
    seen: list[object] = []
    host, name = _raw_host(_client_rule(condition, lambda c: seen.append(c.m)))
    try:
        host.assert_fact(name, {"sid": "1", "t": "client", **fact})
    except dre.MessageNotHandledException:
        pass
    assert len(seen) == (1 if fires else 0)


def test_raw_unmatched_fact_raises_and_is_not_stored() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 5}}, lambda c: None))
    with pytest.raises(dre.MessageNotHandledException):
        host.assert_fact(name, {"sid": "1", "t": "client", "x": 1})
    assert host.get_facts(name, "1") == []


def test_unmatched_client_fact_gives_keep(engine: Engine) -> None:
    result = engine.evaluate(ClientFacts("empty", {}), TODAY)
    assert (result.verdict, result.strength) == ("keep", "none")
    assert [f["id"] for f in result.fired_rules] == ["verdict.keep", "select.keep.none", "notice.final_choice"]


_NEX_SCRIPT = """
import os
from clientfire.engine.runtime_registry import QuietHost
count = [0]
def act(c):
    count[0] += 1
    if count[0] == 1000:
        print(count[0], flush=True)
        os._exit(0)
host = QuietHost()
host.register_rulesets({"nex": {"r": {"all": [{"m": {"$nex": {"zz": 1}}}], "run": act}}})
host.assert_fact("nex", {"sid": "1", "t": "client"})
print("finished", count[0])
"""


def test_raw_nex_only_rule_fires_for_ever_on_one_fact() -> None:
    done = subprocess.run([sys.executable, "-c", _NEX_SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "1000"  # one fact, no new assertions, a thousand firings and counting


@pytest.mark.parametrize("pattern", [
    {"m": {"$nex": {"x": 1}}},
    {"m": {"$and": [{"$nex": {"x": 1}}, {"$nex": {"y": 1}}]}},
])
def test_compile_refuses_nex_only_patterns(pattern: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(KnowledgeError, match="missing fact"):
        refuse_nex_only("r", pattern)


def test_raw_or_fires_once_per_alternative() -> None:
    fired = []
    rules = _client_rule({"$or": [{"$gte": {"x": 1}}, {"$gte": {"y": 1}}]}, lambda c: fired.append(1))
    host, name = _raw_host(rules)
    host.assert_fact(name, {"sid": "1", "t": "client", "x": 2, "y": 2})
    assert len(fired) == 2


@pytest.mark.parametrize("values", [{}, {"money.cost_is_temporary": False}])
def test_or_unknown_fires_once(engine: Engine, values: dict) -> None:  # type: ignore[type-arg]
    facts = {"money.monthly_revenue": 100, "money.monthly_hours": 10, "money.target_hourly_rate": 50,
             "money.monthly_costs": 0, "money.strong_future_potential": False, **values}
    result = engine.evaluate(ClientFacts("x", facts), TODAY)
    assert [f["id"] for f in result.fired_rules].count("sign.unprofitable") == 1


def test_raw_loose_typing_lets_text_pass_numeric_tests() -> None:
    fired = []
    host, name = _raw_host(_client_rule({"$gte": {"x": 3}}, lambda c: fired.append(1)))
    host.assert_fact(name, {"sid": "1", "t": "client", "x": "4"})
    assert fired == [1]


def test_text_for_a_count_is_refused_before_the_engine(engine: Engine) -> None:
    from clientfire.engine import client_from_mapping

    with pytest.raises(ClientFileError, match="must be a number"):
        client_from_mapping({"payment": {"late_invoices": "4"}}, engine.kb, "acme.yaml")


def test_raw_dates_are_not_json() -> None:
    with pytest.raises(TypeError):
        json.dumps({"end": dt.date(2027, 1, 1)})


def test_dates_reach_the_engine_as_iso_text(engine: Engine) -> None:
    client = ClientFacts("x", {"contract.end_date": dt.date(2027, 1, 1), "contract.active": True})
    result = engine.evaluate(client, TODAY)
    assert result.derived_facts["contract.days_to_end"] == 36


def test_session_state_is_deleted_after_each_run(engine: Engine) -> None:
    compiled = engine.compiled
    session = open_session(compiled)
    with session:
        session.assert_fact({"t": "client", "ethics.client_unethical": True})
        assert session.facts()
    with pytest.raises(EngineError):
        session.facts()


def test_select_layer_sees_every_candidate(engine: Engine) -> None:
    """Stratified: candidates are all asserted before the select phase, so `$not` over them is sound."""
    client = ClientFacts("x", {"payment.late_invoices": 5, "payment.unpaid_overdue_invoices": 1,
                               "payment.pays_eventually": True, "respect.belittles": True})
    result = engine.evaluate(client, TODAY)
    selects = [f["id"] for f in result.fired_rules if f["id"].startswith("select.")]
    assert selects == ["select.fire.strong"]
    assert engine.compiled.actions["select.fire.strong"].layer == "select"


@pytest.mark.parametrize("number", ["1e-05", "1E-5", "1e+16", "5e-324"])
def test_raw_engine_refuses_an_exponent_without_a_point(number: str) -> None:
    import durable_rules_engine as core

    handle = core.create_ruleset(f"pin_exp_{next(_names)}", json.dumps(
        {"r": {"all": [{"m": {"$and": [{"t": "client"}, {"$gte": {"x": 0.5}}]}}]}}))
    with pytest.raises(Exception, match="error code: 204"):
        core.assert_fact(handle, '{"t": "client", "x": ' + number + ', "sid": "1"}')
    pointed = number.replace("e", ".0e", 1).replace("E", ".0E", 1)
    assert core.assert_fact(handle, '{"t": "client", "x": ' + pointed + ', "sid": "2"}')[0] in (0, 1)  # a number
    with pytest.raises(Exception, match="error code: 204"):
        core.create_ruleset(f"pin_exp_{next(_names)}", '{"r": {"all": [{"m": {"$gte": {"x": ' + number + '}}}]}}')


def test_raw_engine_refuses_infinity() -> None:
    import durable_rules_engine as core

    handle = core.create_ruleset(f"pin_inf_{next(_names)}", json.dumps(
        {"r": {"all": [{"m": {"$and": [{"t": "client"}, {"$gte": {"x": 0.5}}]}}]}}))
    with pytest.raises(Exception, match="error code: 20"):
        core.assert_fact(handle, '{"t": "client", "x": Infinity, "sid": "1"}')


def test_engine_json_writes_numbers_the_engine_reads() -> None:
    from clientfire.engine.engine_text import engine_json

    fact = {"t": "client", "a": 1e-05, "b": -1e16, "c": 0.5, "d": 12, "e": True, "f": "1e-05", "g": [1e-07]}
    assert engine_json(fact) == ('{"t": "client", "a": 1.0e-05, "b": -1.0e+16, "c": 0.5, "d": 12, "e": true, '
                                 '"f": "1e-05", "g": [1.0e-07]}')
    assert json.loads(engine_json(fact)) == fact
    assert engine_json({"x": 0.25, "y": "é"}) == json.dumps({"x": 0.25, "y": "é"})  # what json.dumps wrote before
    with pytest.raises(ValueError):
        engine_json({"x": float("inf")})


def test_tiny_numbers_in_facts_and_thresholds_reach_the_engine(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client = ClientFacts("x", {"money.monthly_revenue": 0.00001, "money.monthly_hours": 0.00001,
                               "money.target_hourly_rate": 0.5, "money.monthly_costs": 1e-07})
    result = engine.evaluate(client, TODAY)
    assert result.verdict in ("keep", "address", "pause_work", "fire")
    folder = copy_knowledge(tmp_path)
    edit(folder / "thresholds.yaml", "value: 3\n", "value: 0.00001\n")
    tiny = Engine(directory=folder)
    assert tiny.evaluate(ClientFacts("x", {"payment.late_invoices": 1}), TODAY).verdict != ""


def test_engine_json_encodes_a_plain_fact_in_one_call_with_the_same_text() -> None:
    """Issue 15 (per evaluation, near the floor): the fast path writes what the per-value path wrote."""
    from clientfire.engine.engine_text import engine_json
    from clientfire.engine.engine_text import plain as _plain

    for value, plain in (({"a": 1, "b": [0.5, None], "c": {"d": "x"}}, True), ({"a": 1e-05}, False),
                         ({1: "a"}, False), ([{"a": 3e16}], False), ({"a": True, "b": "1e5"}, True)):
        assert _plain(value) is plain
        assert json.loads(engine_json(value)) == json.loads(json.dumps(value))


def test_client_fact_carries_only_what_rules_test(engine: Engine) -> None:
    """Issue 15: the engine gets the client fact's tested fields only; the trace still shows the whole fact."""
    fact = {"t": "client", "ethics.client_unethical": True, "note.never_tested": "x" * 50}
    with open_session(engine.compiled) as session:
        session.assert_fact(fact)
        held = [f for f in session.facts() if f.get("t") == "client"]
        assert held == [{"t": "client", "ethics.client_unethical": True}]
        session.assert_fact({"t": "phase", "layer": engine.compiled.phases[0]})
        matched = [m for f in session.firings for m in f["matched"].values() if m.get("t") == "client"]
    assert matched and all(m == fact for m in matched)


def test_match_messages_are_read_without_decoding(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: every message of a run is read off its text; the trace is the one json decoding gives."""
    from clientfire.engine.runtime import Session

    client = ClientFacts("x", {"payment.late_invoices": 5, "payment.unpaid_overdue_invoices": 1,
                               "payment.pays_eventually": True, "respect.belittles": True})
    decoded = engine.evaluate(client, TODAY).trace
    monkeypatch.setattr(Session, "_decode", lambda self, message: pytest.fail(f"decoded: {message[:80]}"))
    assert engine.evaluate(client, TODAY).trace == decoded


@pytest.mark.parametrize("value", [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 1e-05, 1.5e-05,
                                   -1e-05, -1e16, 1.5e16, 5e-324, 1.7976931348623157e308, 0.1, -123.456, 2.5e-7,
                                   float("inf"), float("-inf"), float("nan")])
def test_issue15_1_a_float_is_plain_exactly_when_its_repr_needs_no_point(value: float) -> None:
    """plain() skips repr() for floats repr writes without an exponent; the answer is repr's (error 204 otherwise)."""
    from clientfire.engine.engine_text import plain

    text = float.__repr__(value)
    assert plain(value) is ("e" not in text or "." in text)
    assert plain({"x": value}) is plain(value) and plain([value]) is plain(value)


def test_a_closed_sessions_sid_is_taken_again_never_a_live_ones(engine: Engine) -> None:
    """Messages then repeat across sessions (read once per ruleset); two live sessions never share a state."""
    first = open_session(engine.compiled)
    second = open_session(engine.compiled)
    assert first.sid != second.sid
    first.close()
    first.close()  # closing twice frees the sid once
    third, fourth = open_session(engine.compiled), open_session(engine.compiled)
    assert third.sid == first.sid and len({second.sid, third.sid, fourth.sid}) == 3
    for session in (second, third, fourth):
        session.close()


def test_a_message_read_in_an_earlier_session_gives_this_sessions_facts(engine: Engine,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The second run reads its messages off the ruleset's kept ones, and gets its own facts, as a fresh read would."""
    from clientfire.engine.derive import run_trace
    from clientfire.engine.runtime_registry import plan

    fact = {"t": "client", "payment.late_invoices": 5, "respect.belittles": True}
    first = run_trace(engine.compiled, dict(fact))
    assert plan(engine.compiled).messages  # messages without the client fact are kept
    second = run_trace(engine.compiled, dict(fact))
    monkeypatch.setattr(plan(engine.compiled), "messages", {})
    fresh = run_trace(engine.compiled, dict(fact))
    assert first == second == fresh
    facts = {id(f) for firing in second for f in firing["derived"]}
    assert all(id(m) in facts or m.get("t") in ("client", "phase") for firing in second
               for m in firing["matched"].values())  # the matched conclusions are this run's own
    assert not {id(f) for firing in first for f in firing["derived"]} & facts
    other = {**fact, "payment.late_invoices": 6}  # another client text, the same rules: its messages are kept ones
    kept = len(plan(engine.compiled).messages)
    again = run_trace(engine.compiled, other)
    assert len(plan(engine.compiled).messages) == kept
    clients = [m for firing in again for m in firing["matched"].values() if m.get("t") == "client"]
    assert clients and all(m is other for m in clients)
