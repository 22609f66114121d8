"""The floor of this design: time spent inside durable_rules' C engine calls per explained evaluation."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import durable_rules_engine as core

__all__ = ["ENGINE_CALLS", "engine_floor", "timed_core"]

#: the C engine's entry points a clientfire evaluation may call (each wrapped with a timer while measuring)
ENGINE_CALLS = ("assert_fact", "assert_facts", "retract_fact", "start_action_for_state", "complete_and_start_action",
                "abandon_action", "delete_state", "get_facts", "update_state", "start_action")


@contextmanager
def timed_core(spent: list[float], calls: list[int]) -> Iterator[None]:
    """While inside, every durable_rules_engine entry point adds its own time to spent[0] and counts in calls[0]."""
    originals = {name: getattr(core, name) for name in ENGINE_CALLS if hasattr(core, name)}

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        clock = time.perf_counter

        def timed(*args: Any) -> Any:
            began = clock()
            try:
                return func(*args)
            finally:
                spent[0] += clock() - began
                calls[0] += 1

        return timed

    try:
        for name, func in originals.items():
            setattr(core, name, wrap(func))
        yield
    finally:
        for name, func in originals.items():
            setattr(core, name, func)


def engine_floor(evaluate: Callable[[Any], Any], clients: list[Any], repeat: int, step: int = 50) -> dict[str, float]:
    """Microseconds per evaluation inside the C engine's calls, and of the whole evaluation, in the same run.

    Slices of the portfolio alternate between a measuring pass (calls timed) and a plain pass (nothing
    wrapped), so a busy machine slows both alike; best of `repeat`. The timers' own overhead lands in
    the wrapper, outside each measured call.
    """
    best = {"floor": float("inf"), "full": float("inf")}
    calls = [0]
    for _ in range(repeat):
        spent, full, calls = [0.0], 0.0, [0]
        for start in range(0, len(clients), step):
            part = clients[start:start + step]
            with timed_core(spent, calls):
                for client in part:
                    evaluate(client)
            began = time.perf_counter()
            for client in part:
                evaluate(client)
            full += time.perf_counter() - began
        best = {"floor": min(best["floor"], spent[0]), "full": min(best["full"], full)}
    return {"us": best["floor"] / len(clients) * 1e6, "full_us": best["full"] / len(clients) * 1e6,
            "calls": calls[0] / len(clients)}
