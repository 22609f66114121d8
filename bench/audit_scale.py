"""The audit log and batch at scale (issue 14), every figure and ratio from one run:

    python bench/audit_scale.py           # 10,000- and 100,000-row portfolios (about five minutes)
    python bench/audit_scale.py --quick   # 2,000 and 10,000 rows (about a minute)

1. recorded batch against --no-record (whole process, --jobs 1 and 2; runs taken in turns, best of 2)
2. bytes per record: what schema 1 kept against the compact records, on the bundled examples
3. the largest resident set of a recorded batch (--jobs 1) over the two portfolios
4. records written per second: SQLite file against a PostgreSQL server (started here, on loopback)
5. a Dask LocalCluster of 2 workers against --jobs 2 and --jobs 1, recorded, on the same portfolio
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.measure import machine  # noqa: E402
from bench.portfolio import portfolio, to_csv  # noqa: E402

TODAY = dt.date(2026, 11, 26)
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".json"))
TARGETS = {"recorded_ratio": 0.8, "rss_mb": 150.0, "bytes": 4096}


def line(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<50} {value:>14}  {note}")


def _peak_mb(pid: int) -> float | None:
    """The process's largest resident set so far (VmHWM: since its exec, so not counting this process's pages)."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            found = next((line for line in handle if line.startswith("VmHWM:")), None)
    except OSError:
        return None
    return int(found.split()[1]) / 1024 if found else None


def batch(source: Path, work: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Seconds, CPU seconds (the process and its workers) and largest resident set (MB, of the main process,
    read every 50 ms) of one whole `clientfire batch` process."""
    command = [sys.executable, "-m", "clientfire", "batch", str(source), "--today", TODAY.isoformat(),
               "--format", "json", "--summary", str(work / "summary.json"), *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, **(env or {})})
    peak = [0.0]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _peak_mb(proc.pid) or 0.0)
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    watcher.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode})")
    return took, usage.ru_utime + usage.ru_stime, peak[0]


def recorded_vs_not(source: Path, count: int, work: Path, rounds: int) -> dict[str, Any]:
    """Clients per second with and without recording, for 1 and 2 jobs (turns taken, best of `rounds`)."""
    best: dict[str, tuple[float, float, float]] = {}
    for _ in range(rounds):
        for jobs in ("1", "2"):
            for mode in ("--no-record", "record"):
                db = work / "rec.db"
                for leftover in work.glob("rec.db*"):
                    leftover.unlink()
                extra = ["--no-record"] if mode == "--no-record" else ["--db", str(db)]
                took, cpu, rss = batch(source, work, "--jobs", jobs, *extra)
                key = f"{mode} --jobs {jobs}"
                if key not in best or took < best[key][0]:
                    best[key] = (took, min(cpu, best.get(key, (0, cpu, 0))[1]), rss)
    return {k: {"rate": count / t, "seconds": t, "cpu_ms": c / count * 1000, "rss_mb": r}
            for k, (t, c, r) in best.items()}


def _v1_bytes(engine: Any, path: Path) -> int:
    """What schema 1 kept of one `verdict` record: facts, file text, result, trace, explanation, three renderings."""
    from clientfire.explain.explain_render import render_verdict

    client = engine.load_client(path)
    result = engine.evaluate(client, TODAY)
    data = result.to_json(engine.kb, "en")
    parts = [client.as_given(), data, [dict(f) for f in result.trace], data,
             {fmt: render_verdict(data, fmt) for fmt in ("text", "markdown", "json")}]
    return sum(len(json.dumps(p, ensure_ascii=False).encode()) for p in parts) + len(path.read_bytes())


def record_bytes(work: Path) -> dict[str, Any]:
    """Bytes per record (every column counted) on the bundled examples: schema 1 against compact records."""
    from clientfire.audit.recorder import opened
    from clientfire.engine import Engine

    engine = Engine()
    folder = work / "examples"
    folder.mkdir(exist_ok=True)
    db = work / "bytes.db"
    for path in EXAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
        subprocess.run([sys.executable, "-m", "clientfire", "verdict", str(path), "--today", TODAY.isoformat(),
                        "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "clientfire", "batch", str(folder), "--today", TODAY.isoformat(),
                    "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
    with opened(str(db), False) as store:
        rows = list(store.rows())
    size = {c: [sum(len(v) if isinstance(v, bytes | str) else 8 for v in r.values() if v is not None)
                for r in rows if r["command"] == c] for c in ("verdict", "batch")}
    old = [_v1_bytes(engine, path) for path in EXAMPLES]
    return {"v1_mean": sum(old) / len(old), "v1_max": max(old),
            **{f"{c}_mean": sum(v) / len(v) for c, v in size.items()}, **{f"{c}_max": max(v) for c, v in size.items()}}


def write_rates(count: int) -> dict[str, float]:
    """Records per second through a Recorder (chunks of 500) into an SQLite file and into PostgreSQL."""
    from clientfire.audit.codec import FAST
    from clientfire.audit.recorder import Recorder, entry_of
    from clientfire.engine import Engine, client_from_mapping

    engine = Engine()
    clients = [client_from_mapping(r, engine.kb, "portfolio") for r in portfolio(1000, 7)]
    entries = []
    for client in clients:
        result = engine.evaluate(client, TODAY)
        entries.append(entry_of(result, engine.kb, client.as_given(), input_path="portfolio.csv", level=FAST))
    found: dict[str, float] = {}

    def timed(target: str) -> float:
        start = time.perf_counter()
        with Recorder(target, engine.kb, "bench") as recorder:
            for number in range(count):
                recorder.add(entries[number % len(entries)])
        return count / (time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as tmp:
        found["sqlite"] = timed(str(Path(tmp) / "rate.db"))
    import pg_server

    why = pg_server.missing()
    if why is None:
        with pg_server.running() as server:
            found["postgresql"] = timed(server.create("bench"))
    else:
        print(f"  (PostgreSQL skipped: {why})")
    return found


def dask_vs_jobs(source: Path, count: int, work: Path, figures: dict[str, Any]) -> dict[str, float]:
    """Clients per second of a recorded batch over a 2-worker LocalCluster (start-up included)."""
    for leftover in work.glob("rec.db*"):
        leftover.unlink()
    took, _, _ = batch(source, work, "--dask", "local", "--jobs", "2", "--db", str(work / "rec.db"))
    return {"dask": count / took, "jobs2": figures["record --jobs 2"]["rate"], "jobs1": figures["record --jobs 1"]["rate"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 and 10,000 rows")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    small, large = (2_000, 10_000) if args.quick else (10_000, 100_000)
    print("clientfire audit and batch at scale")
    for key, value in machine().items():
        print(f"  {key:<14} {value}")
    figures: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = portfolio(large, 7)
        small_csv, large_csv = work / "small.csv", work / "large.csv"
        small_csv.write_text(to_csv(rows[:small]))
        large_csv.write_text(to_csv(rows))

        print(f"\n1. recorded batch against --no-record ({small:,}-row CSV, whole process, best of 2, turns taken)")
        runs = recorded_vs_not(small_csv, small, work, 1 if args.quick else 2)
        for key, run in runs.items():
            line(f"batch {key}", f"{run['rate']:,.0f}/s", f"{run['seconds']:.2f} s, {run['cpu_ms']:.2f} ms of CPU a client")
        for jobs in ("1", "2"):
            ratio = runs[f"record --jobs {jobs}"]["rate"] / runs[f"--no-record --jobs {jobs}"]["rate"]
            cpu = runs[f"--no-record --jobs {jobs}"]["cpu_ms"] / runs[f"record --jobs {jobs}"]["cpu_ms"]
            line(f"recorded / unrecorded, --jobs {jobs}", f"{ratio:.2f}x",
                 f"target >= {TARGETS['recorded_ratio']}x (by CPU time: {cpu:.2f}x)")
            figures[f"recorded_ratio_jobs{jobs}"] = ratio
            figures[f"recorded_cpu_ratio_jobs{jobs}"] = cpu
        speedup = runs["record --jobs 2"]["rate"] / runs["record --jobs 1"]["rate"]
        line("recorded, --jobs 2 / --jobs 1", f"{speedup:.2f}x", "target > 1 (with a free core)")
        figures["runs"], figures["speedup"] = runs, speedup

        print("\n2. bytes per record on the bundled examples (every column)")
        size = record_bytes(work)
        line("schema 1 (before): mean / largest", f"{size['v1_mean']:,.0f} / {size['v1_max']:,.0f}")
        line("compact, `verdict`: mean / largest", f"{size['verdict_mean']:,.0f} / {size['verdict_max']:,.0f}",
             f"target <= {TARGETS['bytes']:,}")
        line("compact, `batch`: mean / largest", f"{size['batch_mean']:,.0f} / {size['batch_max']:,.0f}")
        line("schema 1 / compact (verdict, mean)", f"{size['v1_mean'] / size['verdict_mean']:.1f}x")
        figures["bytes"] = size

        print(f"\n3. largest resident set of a recorded batch, --jobs 1 ({small:,} and {large:,} rows)")
        for leftover in work.glob("rec.db*"):
            leftover.unlink()
        took, _, rss_large = batch(large_csv, work, "--jobs", "1", "--db", str(work / "rec.db"))
        db_bytes = (work / "rec.db").stat().st_size
        rss_small = runs["record --jobs 1"]["rss_mb"]
        line(f"{small:,} rows", f"{rss_small:.1f} MB")
        line(f"{large:,} rows", f"{rss_large:.1f} MB",
             f"{rss_large - rss_small:+.1f} MB; {large / took:,.0f}/s; target < {TARGETS['rss_mb']:.0f} MB")
        line(f"database file after {large:,} records", f"{db_bytes / large:,.0f} B/record")
        figures["rss_mb"] = {"small": rss_small, "large": rss_large, "db_bytes_per_record": db_bytes / large}

        print("\n4. records written per second (a Recorder, 500 a transaction, entries made beforehand)")
        rates = write_rates(20_000 if not args.quick else 5_000)
        for name, value in rates.items():
            line(name, f"{value:,.0f}/s")
        if "postgresql" in rates:
            line("PostgreSQL / SQLite", f"{rates['postgresql'] / rates['sqlite']:.2f}x")
        figures["write_rates"] = rates

        print(f"\n5. Dask LocalCluster (2 workers) against --jobs, recorded, {small:,} rows (start-up included)")
        spread = dask_vs_jobs(small_csv, small, work, runs)
        line("batch --dask local --jobs 2", f"{spread['dask']:,.0f}/s")
        line("Dask / --jobs 2", f"{spread['dask'] / spread['jobs2']:.2f}x")
        line("Dask / --jobs 1", f"{spread['dask'] / spread['jobs1']:.2f}x")
        figures["dask"] = spread

    print("\n6. targets")
    checks = [("recorded >= 0.8x unrecorded (--jobs 1)", figures["recorded_ratio_jobs1"] >= TARGETS["recorded_ratio"]),
              ("recorded >= 0.8x unrecorded (--jobs 2)", figures["recorded_ratio_jobs2"] >= TARGETS["recorded_ratio"]),
              (f"largest resident set < 150 MB over {large:,} rows", rss_large < TARGETS["rss_mb"]),
              ("<= 4 KB per record on the examples", max(size["verdict_max"], size["batch_max"]) <= TARGETS["bytes"]),
              ("--jobs 2 faster than --jobs 1", speedup > 1.0)]
    for text, ok in checks:
        line(text, "met" if ok else "MISSED")
    print(f"  load average at the end: {machine()['load average']}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
