"""The runtime's ruleset registry pinned: a name registered once per process, a host without timers, the
allocator set-up for large session states, the engine text kept with the compiled knowledge."""

from __future__ import annotations

import threading

import durable.engine as dre
import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from clientfire.engine.runtime_registry import QuietHost, register, registered_names
from clientfire.record import replace
from tests.conftest import TODAY
from tests.test_lint import copy_knowledge, edit
from tests.test_runtime import _client_rule, _raw_host


def test_raw_registry_refuses_a_name_twice() -> None:
    host, name = _raw_host(_client_rule({"$gte": {"x": 1}}, lambda c: None))
    with pytest.raises(Exception, match="already registered"):
        host.register_rulesets({name: _client_rule({"$gte": {"x": 1}}, lambda c: None)})


def test_register_is_idempotent_per_knowledge_version(engine: Engine) -> None:
    register(engine.compiled)
    register(engine.compiled)
    assert registered_names().count(engine.compiled.name) == 1


def test_two_knowledge_versions_coexist(tmp_path, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    folder = copy_knowledge(tmp_path)
    edit(folder / "thresholds.yaml", "value: 3\n", "value: 2\n")
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


def test_glibc_keeps_a_large_rulesets_session_states_on_the_heap() -> None:
    """durable_rules memsets ~10 KB per pattern for each new state; past 32 MB glibc maps it fresh each time."""
    import platform

    from clientfire.engine import runtime_registry

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt is glibc's")
    assert runtime_registry.keep_states_on_heap() is True


@pytest.mark.parametrize(("patterns", "tuned"), [(201, False), (3_300, False), (3_400, True)])
def test_only_a_ruleset_past_32_mb_of_state_tunes_the_allocator(patterns: int, tuned: bool) -> None:
    from clientfire.engine import runtime_registry

    rules = {f"r{i}": {"all": [{"m": {"t": "x"}}]} for i in range(patterns)}
    assert runtime_registry._states_are_mapped(rules) is tuned


def test_issue15_cold_hit_cache_entry_carries_the_engine_text(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A knowledge cache hit registers the ruleset from the text stored with it: no encoding, no walk of the rules."""
    from clientfire.engine import runtime_registry
    from clientfire.engine.cache import load_compiled
    from clientfire.engine.engine_text import engine_json, names_in

    monkeypatch.setenv("CLIENTFIRE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLIENTFIRE_NO_CACHE", raising=False)
    load_compiled()  # the miss: builds and stores the entry
    _, compiled = load_compiled()  # the hit
    rules = runtime_registry._definition(compiled)
    assert compiled.__dict__["_prepared"] == (engine_json(rules), frozenset(names_in(rules)) | {"t"})
    monkeypatch.setattr(runtime_registry, "engine_json", None)  # a hit calls neither
    monkeypatch.setattr(runtime_registry, "names_in", None)
    assert runtime_registry.prepared(compiled) == compiled.__dict__["_prepared"]
    changed = replace(compiled, phases=compiled.phases[:1])
    assert "_prepared" not in changed.__dict__  # a changed copy works its own out


@pytest.mark.parametrize("fact", [
    {"t": "client", "a": True, "b": 1, "c": 1.0, "d": "x"},
    {"t": "client", "a": 1, "b": True, "c": 1, "d": "é \"q\""},  # True == 1 == 1.0: each kept under its type
    {"t": "client", "a": 1e-05, "b": 3e16, "c": -0.0, "d": None, "never_tested": 2},
    {"t": "client", "a": [1e-07, 2], "b": {"x": 1}, "c": 12, "d": False},
    {"t": "client"},
])
def test_a_client_fact_is_encoded_field_by_field_as_the_whole_fact_was(fact: dict) -> None:  # type: ignore[type-arg]
    """The engine's text of a client fact: its tested fields only, the very text `open_json` writes for them."""
    from clientfire.engine.engine_text import open_json
    from clientfire.engine.runtime_registry import Plan

    plan = Plan(0, {}, frozenset({"t", "a", "b", "c", "d"}))
    whole = open_json({k: v for k, v in fact.items() if k != "never_tested"})
    assert plan.opened(fact) == whole
    assert plan.opened(fact) == whole  # read back from the fields' texts kept
    assert plan.opened({**fact, "t": "sign"}) == open_json({**fact, "t": "sign"})  # other facts whole


def test_a_client_fields_text_that_cannot_be_json_is_refused_as_before() -> None:
    from clientfire.engine.runtime_registry import Plan

    plan = Plan(0, {}, frozenset({"t", "a"}))
    for _ in range(2):
        with pytest.raises(ValueError):
            plan.opened({"t": "client", "a": float("nan")})
