"""`python bench/cold.py [--runs N]`: cold start, whole processes, as ratios to `python -c pass` from one run.

Each row is the median wall time of N runs (after one warm-up), the commands taken in turn so that a busy
machine slows all of them alike:
  - `python -c pass`: the floor, this Python starting and stopping;
  - `clientfire --help`: the help, built without importing any command (issue 15, target <= 3x);
  - `clientfire verdict --no-record FILE` on a knowledge cache hit (target <= 3x);
  - the same on a cache miss (an empty cache folder each run: read, validate, compile, lint, write the entry):
    target <= 2x the hit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import machine, wall  # noqa: E402

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "crestline-abusive-director.yaml"
TARGETS = {"--help": ("python -c pass", 3.0), "verdict --no-record (cache hit)": ("python -c pass", 3.0),
           "verdict --no-record (cache miss)": ("verdict --no-record (cache hit)", 2.0)}


def _clientfire() -> list[str]:
    script = Path(sys.executable).parent / "clientfire"
    return [str(script)] if script.exists() else [sys.executable, "-m", "clientfire"]


def _medians(runs: int, cache: Path) -> dict[str, float]:
    verdict = [*_clientfire(), "verdict", "--no-record", str(EXAMPLE), "--today", "2026-11-26"]
    hit = {"CLIENTFIRE_CACHE_DIR": str(cache / "warm")}
    rows = {"python -c pass": ([sys.executable, "-c", "pass"], lambda i: {}),
            "--help": ([*_clientfire(), "--help"], lambda i: {}),
            "verdict --no-record (cache hit)": (verdict, lambda i: hit),
            "verdict --no-record (cache miss)": (verdict, lambda i: {"CLIENTFIRE_CACHE_DIR": str(cache / f"cold-{i}")})}
    times: dict[str, list[float]] = {name: [] for name in rows}
    for command, env in rows.values():
        wall(command, env=env(-1))  # warm-up (and the warm cache entry)
    for i in range(runs):
        for name, (command, env) in rows.items():
            times[name].append(wall(command, env=env(i)))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    """Print the cold-start medians and their ratios to the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per row (default 10): the median is printed")
    args = parser.parse_args()
    env = os.environ.copy()
    env.pop("CLIENTFIRE_NO_CACHE", None)
    os.environ.clear()
    os.environ.update(env)
    with tempfile.TemporaryDirectory(prefix="clientfire-cold-") as folder:
        medians = _medians(args.runs, Path(folder))
    print(f"Cold start (whole process, median of {args.runs}, one run; {sys.executable})")
    for name, took in medians.items():
        print(f"  {name:34} {took * 1000:8.1f} ms")
    print("Ratios (target):")
    for name, (base, target) in TARGETS.items():
        ratio = medians[name] / medians[base]
        verdict = "ok" if ratio <= target else "OVER"
        print(f"  {name:34} {ratio:5.2f}x {base:32} (<= {target:g}x: {verdict})")
    print("Machine: " + "; ".join(f"{k} {v}" for k, v in machine().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
