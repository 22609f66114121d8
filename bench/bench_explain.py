"""Benchmark explanations: a plain verdict, `explain` (HOW + WHY NOT) and `explain --what-if`, per example (ms)."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clientfire.engine import Engine  # noqa: E402
from clientfire.explain.explain_render import render_explanation, render_verdict  # noqa: E402
from clientfire.explain.explanation import explanation  # noqa: E402

TODAY = dt.date(2026, 11, 26)
REPEAT = 5
TARGET_MS = 250.0


def _ms(run: Callable[[], Any]) -> float:
    """The median wall time of `run` in milliseconds (after one warm-up run)."""
    run()
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def verdict(engine: Engine, client: Any) -> str:
    """`clientfire verdict`: evaluate and render."""
    return render_verdict(engine.evaluate(client, TODAY).to_json(engine.kb, "en"), "text")


def explain(engine: Engine, client: Any, what_if: bool) -> str:
    """`clientfire explain [--what-if]`: evaluate, explain (HOW, every WHY NOT) and render."""
    result = engine.evaluate(client, TODAY)
    doc = explanation(engine, client, result, "en", why_not=True, what_if=what_if, today=TODAY)
    return render_explanation(doc, "text")


def main() -> int:
    engine = Engine()
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".json"))
    print(f"{'example':36} {'verdict':>8} {'explain':>8} {'ratio':>6} {'what-if':>8} {'ratio':>6}  runs")
    worst = 0.0
    for path in examples:
        client = engine.load_client(path)
        base = _ms(lambda c=client: verdict(engine, c))
        plain = _ms(lambda c=client: explain(engine, c, False))
        full = _ms(lambda c=client: explain(engine, c, True))
        runs = explanation(engine, client, engine.evaluate(client, TODAY), "en", what_if=True,
                           today=TODAY)["what_if"]["searched"]["engine_runs"]
        worst = max(worst, full)
        print(f"{path.stem:36} {base:8.1f} {plain:8.1f} {plain / base:6.1f} {full:8.1f} {full / base:6.1f}  {runs}")
    verdict_word = "met" if worst < TARGET_MS else "MISSED"
    print(f"worst explain --what-if: {worst:.1f} ms per client (target < {TARGET_MS:.0f} ms: {verdict_word})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
