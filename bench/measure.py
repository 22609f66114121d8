"""Measuring helpers for the benchmark: timers, resident memory, subprocess timing, the machine."""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any

__all__ = ["rate", "rss_mb", "wall", "median_wall", "machine", "read_every_part"]


def read_every_part(result: Any) -> Any:
    """Every field of a Result read once: a full explained evaluation (the result makes its parts on first read)."""
    for name in result.__fields__:
        getattr(result, name)
    return result


def rate(func: Callable[[Any], Any], items: Sequence[Any], repeat: int = 1) -> tuple[float, list[Any]]:
    """Items per second of `func` over `items` (best of `repeat` runs), and the last run's outputs."""
    best, out = float("inf"), []
    for _ in range(repeat):
        start = time.perf_counter()
        out = [func(item) for item in items]
        best = min(best, time.perf_counter() - start)
    return len(items) / best, out


def rss_mb() -> float:
    """This process's resident memory now (MB): /proc on Linux, else the peak from getrusage."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 1024)


def wall(command: Sequence[str], cwd: str | None = None, env: dict[str, str] | None = None) -> float:
    """Seconds one run of `command` takes (it must succeed or exit 2 on purpose: stdout discarded)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                          env={**os.environ, **(env or {})})
    took = time.perf_counter() - start
    if done.returncode not in (0, 2):
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return took


def median_wall(command: Sequence[str], runs: int, env: dict[str, str] | None = None) -> float:
    """The median wall time of `runs` runs of `command`, after one warm-up run."""
    wall(command, env=env)
    return statistics.median(wall(command, env=env) for _ in range(runs))


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            return next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "?")
    except OSError:
        return platform.processor() or "?"


def machine() -> dict[str, str]:
    """What ran the benchmark."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {"cpu": _cpu(), "cores": str(os.cpu_count()), "os": platform.platform(), "python": platform.python_version(),
            "durable_rules": _version("durable_rules"), "clipspy": _version("clipspy"), "load average": load}
