"""durable_rules' ruleset build pinned: the C core's fixed limits (engine/network.py models them), a build that
spins for ever stopped by the trial build's time limit, and that trial's child process."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading

import pytest

from clientfire.errors import EngineError

_names = itertools.count()


# --- issue 15, knowledge that grows: the C core's fixed limits (engine/network.py), each pinned raw -------------

def _same_pattern(count: int, terms: list[dict]) -> dict:  # type: ignore[type-arg]
    return {f"r{i}": {"all": [{"m": {"$and": [{"t": "x"}, *[{**t, "b": i} if "b" in t else t for t in terms]]}}]}
            for i in range(count)}


def _create(definition: dict) -> str:  # type: ignore[type-arg]
    import durable_rules_engine as core

    try:
        core.create_ruleset(f"pin_build_{next(_names)}", json.dumps(definition))
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
    handle = core.create_ruleset(f"pin_build_{next(_names)}", json.dumps(definition))
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
    from clientfire.engine.runtime_build import trial_build

    def tests(count: int) -> dict:  # type: ignore[type-arg]
        return {f"r{i}": {"all": [{"m": {"$and": [{"t": "x"}, {"a": i}]}}]} for i in range(count)}

    trial_build(f"pin_build_{next(_names)}", json.dumps(tests(512)), seconds=20)
    with pytest.raises(EngineError, match=r"did not finish building the rules in 1 s"):
        trial_build(f"pin_build_{next(_names)}", json.dumps(tests(513)), seconds=1)
    assert [limit.what for limit in over_limits(shape(tests(513)))] == ["tests"]


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
    trial = Trial(f"pin_build_{next(_names)}", json.dumps(tests(513 if spins else 3)), seconds=1)
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
