"""durable_rules' sharp edges, each pinned: first how raw durable_rules behaves, then how engine/ contains it."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import subprocess
import sys
import threading

import durable.engine as dre
import pytest

from clientfire.engine import Engine, bundled_dir
from clientfire.engine.client import ClientFacts
from clientfire.engine.compile import Action, Compiled, refuse_nex_only
from clientfire.engine.runtime import QuietHost, open_session, register, registered_names
from clientfire.errors import ClientFileError, EngineError, KnowledgeError
from clientfire.record import replace
from tests.conftest import TODAY

_names = itertools.count()


def _raw_host(rules: dict, name: str | None = None) -> tuple[dre.Host, str]:
    """A raw durable_rules host (timer threads disabled) with one ruleset of unique name."""
    name = name or f"pin_{next(_names)}"
    host = QuietHost()
    host.register_rulesets({name: rules})
    return host, name


def _client_rule(condition: dict, run) -> dict:  # type: ignore[no-untyped-def]
    return {"r": {"all": [{"m": {"$and": [{"t": "client"}, condition]}}], "run": run}}


def test_raw_registry_refuses_a_name_twice() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 1}}, lambda c: None))
    with pytest.raises(Exception, match="already registered"):
        host.register_rulesets({name: _client_rule({"$gte": {"x": 1}}, lambda c: None)})


def test_register_is_idempotent_per_knowledge_version(engine: Engine) -> None:
    register(engine.compiled)
    register(engine.compiled)
    assert registered_names().count(engine.compiled.name) == 1


def test_two_knowledge_versions_coexist(tmp_path, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "kb"
    folder.mkdir()
    for path in bundled_dir().glob("*.yaml"):
        text = path.read_text()
        if path.name == "thresholds.yaml":
            text = text.replace("value: 3\n", "value: 2\n", 1)
        (folder / path.name).write_text(text)
    other = Engine(directory=folder)
    assert other.compiled.name != engine.compiled.name
    client = ClientFacts("x", {"payment.late_invoices": 2, "payment.pays_eventually": True})
    assert engine.evaluate(client, TODAY).verdict == "keep"
    assert other.evaluate(client, TODAY).verdict == "address"


def test_raw_host_starts_timer_threads_quiet_host_does_not() -> None:
    before = {t.ident for t in threading.enumerate()}
    raw = dre.Host()
    started = [t for t in threading.enumerate() if t.ident not in before]
    raw._d_timer.cancel()
    raw._t_timer.cancel()
    assert any(isinstance(t, threading.Timer) for t in started)
    before = {t.ident for t in threading.enumerate()}
    QuietHost()
    assert [t for t in threading.enumerate() if t.ident not in before] == []


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
    with open_session(compiled) as session, pytest.raises(EngineError, match="action failed"):
        session.assert_fact({"t": "client", "x": 2})


def test_raw_duplicate_fact_raises_observed() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 1}}, lambda c: None))
    host.assert_fact(name, {"sid": "1", "t": "client", "x": 2})
    with pytest.raises(dre.MessageObservedException):
        host.assert_fact(name, {"sid": "1", "t": "client", "x": 2})


def test_duplicate_outside_actions_is_an_engine_error_inside_is_already_known() -> None:
    compiled = _tiny_compiled(({"t": "sign", "name": "s"},))
    with open_session(compiled) as session:
        session.assert_fact({"t": "client", "x": 2})
        with pytest.raises(EngineError, match="asserted twice"):
            session.assert_fact({"t": "client", "x": 2})


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
from clientfire.engine.runtime import QuietHost
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
    from clientfire.engine.runtime import engine_json

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
    folder = tmp_path / "kb"
    folder.mkdir()
    for path in bundled_dir().glob("*.yaml"):
        text = path.read_text()
        if path.name == "thresholds.yaml":
            text = text.replace("value: 3\n", "value: 0.00001\n", 1)
        (folder / path.name).write_text(text)
    tiny = Engine(directory=folder)
    assert tiny.evaluate(ClientFacts("x", {"payment.late_invoices": 1}), TODAY).verdict != ""


# --- issue 15, knowledge that grows: the C core's fixed limits (engine/network.py), each pinned raw -------------

def _same_pattern(count: int, terms: list[dict]) -> dict:  # type: ignore[type-arg]
    return {f"r{i}": {"all": [{"m": {"$and": [{"t": "x"}, *[{**t, "b": i} if "b" in t else t for t in terms]]}}]}
            for i in range(count)}


def _create(definition: dict) -> str:  # type: ignore[type-arg]
    import durable_rules_engine as core

    try:
        core.create_ruleset(f"pin_{next(_names)}", json.dumps(definition))
    except Exception as exc:  # noqa: BLE001 - the error code is what is pinned
        return str(exc).rsplit(" ", 1)[-1]
    return "built"


@pytest.mark.parametrize(("count", "terms", "outcome", "what"), [
    (256, [{"a": 1}], "built", None),
    (257, [{"a": 1}], "108|built", "patterns"),  # BETA_LIST_LENGTH: the shared phase node of issue 15
    (128, [{"$or": [{"a": 1}, {"a": 2}]}], "built", "stack"),  # built, but a fact with a = 1 would overflow
    (129, [{"$or": [{"a": 1}, {"a": 2}]}], "107|built", "absent,stack"),  # NEXT_LIST_LENGTH: one forward node per `$or`
    (1, [{"$or": [{"$nex": {f"f{i}": 1}}, {f"f{i}": 1}]} for i in range(14)], "built", None),
    (1, [{"$or": [{"$nex": {f"f{i}": 1}}, {f"f{i}": 1}]} for i in range(15)], "113", "expressions"),
])
def test_durable_rules_limits_of_one_node_match_the_network_model(count: int, terms: list, outcome: str,
                                                                   what: str | None) -> None:
    from clientfire.engine.network import over_limits, shape

    """rete.c linkAlpha checks a full list one entry past its end: the ruleset is refused, or (when that entry
    happens to be zero) the entry is written over the next array. Either way the model flags it."""
    definition = _same_pattern(count, terms)
    assert _create(definition) in outcome.split("|")
    assert {limit.what for limit in over_limits(shape(definition))} == (set(what.split(",")) if what else set())


@pytest.mark.parametrize(("rules", "outcome"), [(64, "(1, 1)"), (65, "303")])
def test_durable_rules_overflows_its_stack_past_64_pending_nodes(rules: int, outcome: str) -> None:
    """events.c MAX_STACK_SIZE: a fact reaching 65 `$or` forward nodes at once fails at run time (error 303)."""
    import durable_rules_engine as core

    from clientfire.engine.network import over_limits, shape

    definition = _same_pattern(rules, [{"$or": [{"a": 1}, {"a": 2}]}, {"b": 0}])
    handle = core.create_ruleset(f"pin_{next(_names)}", json.dumps(definition))
    try:
        found = str(core.assert_event(handle, json.dumps({"t": "x", "a": 1, "b": -1, "sid": "1", "id": "e"})))
    except Exception as exc:  # noqa: BLE001
        found = str(exc).rsplit(" ", 1)[-1]
    assert found == outcome
    assert bool(over_limits(shape(definition))) is (outcome == "303")


def test_create_ruleset_spins_for_ever_past_512_tests_under_one_node_and_the_trial_build_stops_it() -> None:
    """rete.c findAlpha probes a full hash set for ever: the trial build in a child process is killed at its
    time limit with a one-line EngineError; 512 tests still build."""
    from clientfire.engine.network import over_limits, shape
    from clientfire.engine.runtime import trial_build

    def tests(count: int) -> dict:  # type: ignore[type-arg]
        return {f"r{i}": {"all": [{"m": {"$and": [{"t": "x"}, {"a": i}]}}]} for i in range(count)}

    trial_build(f"pin_{next(_names)}", json.dumps(tests(512)), seconds=20)
    with pytest.raises(EngineError, match=r"did not finish building the rules in 1 s"):
        trial_build(f"pin_{next(_names)}", json.dumps(tests(513)), seconds=1)
    assert [limit.what for limit in over_limits(shape(tests(513)))] == ["tests"]


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


@pytest.mark.parametrize(("text", "seconds"), [("", 20.0), ("2.5", 2.5), (" 7 ", 7.0), ("0", None), ("-1", None),
                                               ("abc", None), ("inf", None), ("nan", None)])
def test_build_time_limit_from_the_environment_or_a_clear_error(monkeypatch: pytest.MonkeyPatch, text: str,
                                                                seconds: float | None) -> None:
    from clientfire.engine.runtime_build import build_seconds
    from clientfire.errors import InputError

    monkeypatch.setenv("CLIENTFIRE_BUILD_SECONDS", text)
    if seconds is None:
        with pytest.raises(InputError, match="CLIENTFIRE_BUILD_SECONDS must be a positive number of seconds"):
            build_seconds()
    else:
        assert build_seconds() == seconds


def test_glibc_keeps_a_large_rulesets_session_states_on_the_heap() -> None:
    """durable_rules memsets ~10 KB per pattern for each new state; past 32 MB glibc maps it fresh each time."""
    import platform

    from clientfire.engine import runtime

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt is glibc's")
    assert runtime.keep_states_on_heap() is True


@pytest.mark.parametrize(("patterns", "tuned"), [(201, False), (3_300, False), (3_400, True)])
def test_only_a_ruleset_past_32_mb_of_state_tunes_the_allocator(patterns: int, tuned: bool) -> None:
    from clientfire.engine import runtime

    rules = {f"r{i}": {"all": [{"m": {"t": "x"}}]} for i in range(patterns)}
    assert runtime._states_are_mapped(rules) is tuned


def test_issue15_cold_hit_cache_entry_carries_the_engine_text(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A knowledge cache hit registers the ruleset from the text stored with it: no encoding, no walk of the rules."""
    from clientfire.engine import runtime
    from clientfire.engine.cache import load_compiled
    from clientfire.engine.engine_text import engine_json, names_in

    monkeypatch.setenv("CLIENTFIRE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLIENTFIRE_NO_CACHE", raising=False)
    load_compiled()  # the miss: builds and stores the entry
    _, compiled = load_compiled()  # the hit
    rules = runtime._definition(compiled)
    assert compiled.__dict__["_prepared"] == (engine_json(rules), frozenset(names_in(rules)) | {"t"})
    monkeypatch.setattr(runtime, "engine_json", None)  # a hit calls neither
    monkeypatch.setattr(runtime, "names_in", None)
    assert runtime.prepared(compiled) == compiled.__dict__["_prepared"]
    changed = replace(compiled, phases=compiled.phases[:1])
    assert "_prepared" not in changed.__dict__  # a changed copy works its own out


_ALONE = """
import _thread, json, sys, time
from clientfire.engine.runtime_build import _alone
found = [_alone(), "threading" in sys.modules]
lock = _thread.allocate_lock()
lock.acquire()
_thread.start_new_thread(lock.acquire, ())  # a thread started without threading
time.sleep(0.05)
found.append(_alone())
print(json.dumps(found))
"""


def test_issue15_cold_hit_the_trial_build_forks_only_when_alone_without_importing_threading() -> None:
    done = subprocess.run([sys.executable, "-c", _ALONE], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == [True, False, False]
    from clientfire.engine.runtime_build import _alone

    assert "threading" in sys.modules and _alone() == (threading.active_count() == 1)


def _reaped(pid: int | None) -> bool:
    """The child is gone and waited for (or there was none)."""
    if pid is None:
        return True
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("how", ["wait", "cancel", "spin"])
def test_issue15_cold_hit_a_trial_begun_is_waited_for_or_cancelled_and_its_child_reaped(how: str) -> None:
    """The knowledge cache begins the trial build, lints while the child builds, then waits (or cancels on a lint error)."""
    from clientfire.engine.runtime_build import Trial, _alone

    def tests(n: int) -> dict:  # type: ignore[type-arg]
        return {f"r{i}": {"all": [{"m": {"$and": [{"t": "client"}, {how: i}]}}]} for i in range(n)}  # a text per case

    spins = how == "spin"
    trial = Trial(f"pin_{next(_names)}", json.dumps(tests(513 if spins else 3)), seconds=1)
    assert (trial.child is not None) == _alone()  # forked while alone, else a child interpreter when waited for
    pid = trial.child[0] if trial.child else None
    if how == "cancel":
        trial.cancel()
    elif spins:
        with pytest.raises(EngineError, match="did not finish building the rules in 1 s"):
            trial.wait()
    else:
        trial.wait()
    assert trial.child is None and _reaped(pid)


@pytest.mark.parametrize("value", [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 1e-05, 1.5e-05,
                                   -1e-05, -1e16, 1.5e16, 5e-324, 1.7976931348623157e308, 0.1, -123.456, 2.5e-7,
                                   float("inf"), float("-inf"), float("nan")])
def test_issue15_1_a_float_is_plain_exactly_when_its_repr_needs_no_point(value: float) -> None:
    """plain() skips repr() for floats repr writes without an exponent; the answer is repr's (error 204 otherwise)."""
    from clientfire.engine.engine_text import plain

    text = float.__repr__(value)
    assert plain(value) is ("e" not in text or "." in text)
    assert plain({"x": value}) is plain(value) and plain([value]) is plain(value)
