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


def engine_floor(evaluate: Callable[[Any], Any], clients: list[Any], repeat: int) -> dict[str, float]:
    """Microseconds per evaluation spent inside the C engine's calls (best of `repeat` passes), and calls made.

    A measuring pass of its own: the timers' own overhead lands in the wrapper, outside the measured span
    of each call, so the floor is not inflated by the measurement (the pass's total time is not reported).
    """
    best, count = float("inf"), 0
    for _ in range(repeat):
        spent, calls = [0.0], [0]
        with timed_core(spent, calls):
            for client in clients:
                evaluate(client)
        best, count = min(best, spent[0]), calls[0]
    return {"us": best / len(clients) * 1e6, "calls": count / len(clients)}
