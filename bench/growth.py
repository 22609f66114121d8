"""Knowledge that grows (issue 15): per-evaluation time at 1x / 5x / 20x the bundled knowledge, from one run.

    python bench/growth.py            # 500 clients timed per size, then 10,000 clients through the 20x knowledge
    python bench/growth.py --quick    # 200 and 1,000 (seconds)

Every rule of every layer is copied N times, copy k guarded by `growth.segment == k` (bench/grow.py): one
client can fire the originals and one copy. The sizes take turns on slices of the same portfolio (a busy
machine slows them alike), best of 3. Then a 10,000-client portfolio runs through the 20x knowledge:
engine errors counted, and every verdict, sign and remedy compared with the bundled knowledge's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.grow import SEGMENT, grow  # noqa: E402
from bench.measure import machine, read_every_part  # noqa: E402
from bench.portfolio import portfolio  # noqa: E402
from clientfire.engine import Engine, client_from_mapping  # noqa: E402
from clientfire.errors import EngineError  # noqa: E402

__all__ = ["main", "advice", "clients_for"]

TODAY = dt.date(2026, 11, 26)
SIZES = (1, 5, 20)
TARGET = 3.0  # 20x per evaluation <= 3x the 1x figure
_SLICE = 100


def clients_for(engine: Engine, rows: list[dict[str, Any]], copies: int) -> list[Any]:
    """The portfolio's clients for one knowledge size (client i in segment i mod `copies`)."""
    grown = [dict(row, **{SEGMENT: i % copies}) if copies > 1 else row for i, row in enumerate(rows)]
    return [client_from_mapping(row, engine.kb, f"client {i}") for i, row in enumerate(grown)]


def advice(result: Any) -> tuple[Any, ...]:
    """What a user reads: verdict, strength, and the ids of the signs, remedies, guidance and prevention."""
    ids = [tuple(sorted(str(entry["id"]) for entry in part))
           for part in (result.signs, result.remedies, result.guidance, result.prevention)]
    return (result.verdict, result.strength, *ids)


def timed(engines: dict[int, Engine], clients: dict[int, list[Any]], repeat: int) -> dict[int, float]:
    """Seconds per evaluation for each size: slices in turn, best of `repeat`."""
    best = {size: float("inf") for size in engines}
    for _ in range(repeat):
        spent = dict.fromkeys(engines, 0.0)
        count = len(next(iter(clients.values())))
        for start in range(0, count, _SLICE):
            for size, engine in engines.items():
                part = clients[size][start:start + _SLICE]
                began = time.perf_counter()
                for client in part:
                    read_every_part(engine.evaluate(client, TODAY))  # a full explained evaluation
                spent[size] += time.perf_counter() - began
        for size in engines:
            best[size] = min(best[size], spent[size] / count)
    return best


def whole_portfolio(one: Engine, big: Engine, rows: list[dict[str, Any]], copies: int) -> tuple[int, int, float]:
    """(engine errors, advice differing from the bundled knowledge's, seconds) over every client at `copies`x."""
    errors = differ = 0
    began = time.perf_counter()
    for plain, grown in zip(clients_for(one, rows, 1), clients_for(big, rows, copies), strict=True):
        try:
            result = big.evaluate(grown, TODAY)
        except EngineError:
            errors += 1
            continue
        differ += advice(result) != advice(one.evaluate(plain, TODAY))
    return errors, differ, time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    """Print the per-evaluation ratios and the 10,000-client run; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    timed_count, portfolio_count = (200, 1000) if args.quick else (500, 10_000)
    info = machine()
    print(f"knowledge that grows · {info.get('cpu', '?')} · Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        engines = {size: Engine() if size == 1 else Engine(directory=grow(Path(tmp) / f"x{size}", size))
                   for size in SIZES}
        rows = portfolio(portfolio_count)
        clients = {size: clients_for(engine, rows[:timed_count], size) for size, engine in engines.items()}
        for size, engine in engines.items():
            engine.evaluate(clients[size][0], TODAY)  # registered in the engine before timing
        per = timed(engines, clients, repeat=3)
        fired = {size: sum(len(engines[size].evaluate(c, TODAY).fired_rules) for c in clients[size][:200]) / 200
                 for size in SIZES}
        for size in SIZES:
            print(f"  {size:>2}x  {len(engines[size].kb.rules):>5} rules  {fired[size]:5.1f} firings/eval  "
                  f"{per[size] * 1e6:8.0f} us/eval  {per[size] / per[1]:5.2f}x the 1x figure")
        errors, differ, seconds = whole_portfolio(engines[1], engines[20], rows, 20)
    print(f"  20x on {portfolio_count:,} clients: {errors} engine errors, {differ} with other advice than 1x "
          f"({seconds:.1f} s)")
    ok = per[20] / per[1] <= TARGET and errors == 0 and differ == 0
    print(f"  target: 20x <= {TARGET:g}x the 1x figure per evaluation, no engine error, same advice: "
          f"{'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
