"""The import benchmark: rows per second reading a generated Stripe invoice export, and memory that stays flat.

    python bench/importer.py            # 10,000 / 50,000 / 100,000-row exports (about a minute)
    python bench/importer.py --quick    # 2,000 / 10,000 rows (seconds)

Each export has 200 clients invoiced 10,000 times a year (paid on time or late, a few open, written off or drafts):
a longer export is a longer history, as it is for a real business. Prints, from one run: rows per second per size,
the peak memory Python allocated while importing (tracemalloc) against the file's size, and the ratios between the
largest and the smallest export (time should grow with the rows, memory should not).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clientfire.engine import Engine  # noqa: E402
from clientfire.importers.records import Options  # noqa: E402
from clientfire.importers.session import Request, run_import  # noqa: E402

TODAY = dt.date(2026, 11, 26)
HEADER = ("id,Number,Customer Name,Date (UTC),Due Date (UTC),Paid At (UTC),Status,Total,Amount Paid,Amount Remaining,"
          "Currency\n")


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    """A Stripe-shaped export of `rows` invoices, 10,000 a year up to TODAY, written line by line."""
    rng = random.Random(seed)
    span = max(365, 365 * rows // 10_000)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(rows):
            issued = TODAY - dt.timedelta(days=span - span * n // rows)
            due = issued + dt.timedelta(days=30)
            kind = rng.random()
            paid = due + dt.timedelta(days=rng.randint(-20, 25))
            if kind < 0.005:
                status, paid_at, remaining = "uncollectible", "", "1200.00"
            elif kind < 0.015:
                status, paid_at, remaining = "draft", "", "1200.00"
            elif paid >= TODAY or (kind < 0.05 and TODAY - due < dt.timedelta(days=120)):
                status, paid_at, remaining = "open", "", "1200.00"
            else:
                status, paid_at, remaining = "paid", f"{paid} 10:00", "0.00"
            out.write(f"in_{n},INV-{n:06d},Client {n % 200:03d},{issued} 09:00,{due} 00:00,{paid_at},{status},1200.00,"
                      f"{'1200.00' if status == 'paid' else '0.00'},{remaining},eur\n")


def measure(path: Path, engine: Engine) -> tuple[float, float, int]:
    """(seconds, peak MiB allocated while importing, clients) of one dry import of `path`."""
    request = Request("stripe", (str(path),), TODAY, path.parent / "clients", Options(zone=dt.timezone.utc))
    start = time.perf_counter()
    outcome = run_import(request, engine.kb)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    run_import(request, engine.kb)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, len(outcome.plans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small exports (seconds)")
    sizes = (2_000, 10_000) if parser.parse_args().quick else (10_000, 50_000, 100_000)
    engine = Engine()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            path = Path(folder) / f"stripe-{rows}.csv"
            write_export(path, rows)
            seconds, peak, clients = measure(path, engine)
            size = path.stat().st_size / 2**20
            results.append((rows, seconds, peak, size))
            print(f"{rows:>7,} rows ({size:5.1f} MiB, {clients} clients): {rows / seconds:>9,.0f} rows/s, "
                  f"peak {peak:5.1f} MiB allocated ({peak / size:.2f} x the file)")
    (small, t_small, m_small, _), (large, t_large, m_large, _) = results[0], results[-1]
    print(f"{large // small}x the rows: {t_large / t_small:.2f}x the time, {m_large / m_small:.2f}x the peak memory")


if __name__ == "__main__":
    main()
