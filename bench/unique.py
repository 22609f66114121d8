"""The per-evaluation rows of `bench/run.py` on clients whose inputs never repeat (docs/performance.md, fourth pass).

    python bench/unique.py

The bench portfolio repeats formula inputs and field values, which the kept intervals, field texts and messages
(engine/derive.py, engine/runtime*.py) profit from. Here every client has its own prepaid amount, completion,
revenue, costs and hours, and 1,200 other such clients fill what is kept first, so no measured client finds its
interval, its fields' texts or its messages kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import read_every_part  # noqa: E402
from bench.portfolio import portfolio  # noqa: E402
from bench.run import TODAY, per_evaluation  # noqa: E402
from clientfire.engine import Engine, client_from_mapping  # noqa: E402

__all__ = ["unique_clients", "main"]


def unique_clients(engine: Engine, count: int, seed: int, base: int) -> list[Any]:
    """`count` portfolio clients, each with formula inputs no other client numbered from `base` has."""
    rows = portfolio(count, seed)
    for number, row in enumerate(rows, start=base):
        row["contract.prepaid_amount"] = 1000 + number
        row["contract.work_completed_pct"] = (number * 37) % 100 + 0.5
        row["money.monthly_revenue"] = 1500 + 7 * number
        row["money.monthly_costs"] = 3 * number + 1
        row["money.monthly_hours"] = 5 + (number % 40) + number / 100000
    return [client_from_mapping(row, engine.kb, "unique") for row in rows]


def main() -> int:
    """Fill what is kept with 1,200 unique clients, then measure 500 others (best of 5)."""
    engine = Engine()
    for client in unique_clients(engine, 1200, 3, 100_000):
        read_every_part(engine.evaluate(client, TODAY))
    per_evaluation(engine, unique_clients(engine, 500, 7, 0), {"clientfire": 1.0}, 5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
