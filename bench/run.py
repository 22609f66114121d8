"""The benchmark (`make bench`): clientfire against raw durable_rules, plain Python and CLIPS on one portfolio.

    python bench/run.py            # 10,000 clients, 100,000 evaluations for memory (a few minutes)
    python bench/run.py --quick    # a small version (seconds)

Prints clients per second and ratios, checks that every engine gives the same verdicts, memory
before and after many evaluations, the whole-process time of one `clientfire verdict`, and the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.engines.clips_rules import ClipsEngine, available  # noqa: E402
from bench.engines.plain import PlainEvaluator  # noqa: E402
from bench.engines.raw_durable import RawDurable  # noqa: E402
from bench.floor import engine_floor  # noqa: E402
from bench.measure import machine, median_wall, read_every_part, rss_mb, wall  # noqa: E402
from bench.portfolio import portfolio, to_csv  # noqa: E402
from clientfire.batch.inputs import Row  # noqa: E402
from clientfire.batch.workers import Job, evaluate_rows  # noqa: E402
from clientfire.engine import Engine, client_from_mapping  # noqa: E402
from clientfire.engine.run import client_fact, derive_facts  # noqa: E402

TODAY = dt.date(2026, 11, 26)
EXAMPLE = ROOT / "examples" / "crestline-abusive-director.yaml"
_SLICE = 250
TARGETS = {"batch_2_jobs": 2000.0, "overhead": 1.3, "floor": 1.5, "cold_ms": 150.0, "memory_mb": 5.0, "linearity": 1.25}


def line(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<46} {value:>14}  {note}")


def compare_engines(engine: Engine, clients: list[Any], facts: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    """Clients per second of every engine on the same portfolio, and whether their verdicts agree.

    The engines take turns on slices of the portfolio (so a busy machine slows them alike); best of `repeat`.
    Only (verdict, strength) is kept per client: keeping 10,000 full results would load the garbage collector.
    """
    def explained(client: Any) -> tuple[str, str]:
        result = engine.evaluate(client, TODAY)
        return result.verdict, result.strength

    runners: dict[str, tuple[Any, list[Any]]] = {"clientfire": (explained, clients)}
    runners["raw durable_rules"] = (RawDurable(engine.compiled).verdict, facts)
    runners["plain Python"] = (PlainEvaluator(engine.compiled).verdict, facts)
    why = available()
    if why is None:
        runners["CLIPS (clipspy)"] = (ClipsEngine(engine.kb, engine.compiled).verdict, facts)
    best = {name: float("inf") for name in runners}
    verdicts: dict[str, list[Any]] = {}
    for _ in range(repeat):
        took = dict.fromkeys(runners, 0.0)
        found: dict[str, list[Any]] = {name: [] for name in runners}
        for start in range(0, len(clients), _SLICE):
            for name, (func, items) in runners.items():
                began = time.perf_counter()
                found[name] += [func(item) for item in items[start:start + _SLICE]]
                took[name] += time.perf_counter() - began
        best = {name: min(best[name], took[name]) for name in runners}
        verdicts = found
    return {"rates": {name: len(clients) / best[name] for name in runners}, "verdicts": verdicts, "clips_missing": why}


def per_evaluation(engine: Engine, clients: list[Any], rates: dict[str, float], repeat: int) -> dict[str, float]:
    """The C engine's floor per explained evaluation (a measuring pass of its own) beside every engine, as ratios."""
    floor = engine_floor(lambda client: engine.evaluate(client, TODAY), clients, repeat)
    full = floor["full_us"]  # measured beside the floor, slice by slice
    line("inside durable_rules_engine calls (the floor)", f"{floor['us']:.0f} us/eval",
         f"{floor['calls']:.1f} C calls per evaluation (measuring pass)")
    every = engine_floor(lambda client: read_every_part(engine.evaluate(client, TODAY)), clients, repeat)["full_us"]
    found = {"floor_us": floor["us"], "calls": floor["calls"], "full_us": every, "full/floor": every / floor["us"],
             "verdict_us": full, "verdict/floor": full / floor["us"]}
    line("full explained / floor", f"{every / floor['us']:.2f}x",
         f"{every:.0f} us per evaluation with every explanation part read (signs, advice, facts, bounds); "
         f"target <= {TARGETS['floor']}x")
    line("  verdict, strength and trace only", f"{full / floor['us']:.2f}x",
         f"{full:.0f} us beside the floor (the result makes the other parts on first read)")
    for name, key in (("plain Python", "full/plain Python"), ("CLIPS (clipspy)", "full/CLIPS")):
        if name in rates:
            found[key] = rates[name] / rates["clientfire"]
            line(f"clientfire / {name}", f"{found[key]:.2f}x",
                 "verdict, strength and trace; " + ("aim: CLIPS's time" if "CLIPS" in name else "the same rules in Python"))
    return found


def batch_command(csv_path: Path, jobs: int, summary: Path) -> list[str]:
    return [sys.executable, "-m", "clientfire", "batch", str(csv_path), "--today", TODAY.isoformat(), "--no-record",
            "--format", "json", "--summary", str(summary), "--jobs", str(jobs)]


def batch_runs(csv_path: Path, count: int, work: Path) -> dict[str, Any]:
    """Whole `clientfire batch` runs (process start, CSV, evaluation, summary) with 1 and 2 jobs."""
    found: dict[str, Any] = {}
    for jobs in (1, 2):
        summary = work / f"summary-{jobs}.json"
        took = wall(batch_command(csv_path, jobs, summary))
        data = json.loads(summary.read_text())
        found[f"batch --jobs {jobs}"] = {"rate": count / took, "seconds": took,
                                         "verdicts": {c["client"]: (c["verdict"], c["strength"]) for c in data["clients"]}}
    return found


def linearity(engine: Engine, rows: list[dict[str, Any]], small: int) -> tuple[float, float]:
    """Microseconds per client of the batch evaluation (in process) on `small` and on all rows."""
    warm = [Row(i, "portfolio.csv", i + 2, row, "jsonl") for i, row in enumerate(rows[:20])]
    evaluate_rows(warm, Job(today=TODAY), jobs=1)  # the batch's engine compiled (or read from the cache) first
    per = []
    for count in (small, len(rows)):
        batch_rows = [Row(i, "portfolio.csv", i + 2, row, "jsonl") for i, row in enumerate(rows[:count])]
        start = time.perf_counter()
        evaluate_rows(batch_rows, Job(today=TODAY), jobs=1)
        per.append((time.perf_counter() - start) / count * 1e6)
    return per[0], per[1]


def memory(total: int, count: int, seed: int) -> list[tuple[int, float]]:
    """Resident memory of a fresh process: after a warm-up, then at half and all of `total` evaluations."""
    import subprocess

    command = [sys.executable, str(Path(__file__)), "--memory-only", str(total), "--clients", str(count),
               "--seed", str(seed)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return [tuple(point) for point in json.loads(done.stdout)]  # type: ignore[misc]


def memory_only(total: int, count: int, seed: int) -> int:
    """(In the fresh process) evaluate `total` times, cycling the portfolio; print the RSS points as JSON."""
    engine = Engine()
    clients = [client_from_mapping(row, engine.kb, "portfolio") for row in portfolio(count, seed)]
    for client in clients[:2000]:
        engine.evaluate(client, TODAY)
    points = [(0, rss_mb())]
    for done in range(1, total + 1):
        engine.evaluate(clients[done % len(clients)], TODAY)
        if done in (total // 2, total):
            points.append((done, rss_mb()))
    print(json.dumps(points))
    return 0


def cold_start(runs: int, work: Path) -> dict[str, float]:
    """Median whole-process milliseconds of `clientfire verdict EXAMPLE` (recording in a scratch audit log,
    the default, and with --no-record), and of a bare `python -c pass`."""
    verdict = [sys.executable, "-m", "clientfire", "verdict", str(EXAMPLE), "--today", TODAY.isoformat()]
    scratch = {"CLIENTFIRE_DB": str(work / "audit.db")}
    return {"recorded": median_wall(verdict, runs, scratch) * 1000,
            "no_record": median_wall([*verdict, "--no-record"], runs, scratch) * 1000,
            "no_cache": median_wall([*verdict, "--no-record"], runs, {**scratch, "CLIENTFIRE_NO_CACHE": "1"}) * 1000,
            "python": median_wall([sys.executable, "-c", "pass"], runs) * 1000}


def mismatches(verdicts: dict[str, list[tuple[str, str]]], names: list[str], batch: dict[str, Any]) -> list[str]:
    """Every client on which an engine (or a batch run) differs from clientfire's engine."""
    base = verdicts["clientfire"]
    found = []
    for engine_name, got in verdicts.items():
        found += [f"{engine_name}: {names[i]} {got[i]} != clientfire {base[i]}" for i in range(len(base))
                  if got[i] != base[i]]
    for run_name, run in batch.items():
        found += [f"{run_name}: {name} {run['verdicts'].get(name)} != clientfire {base[i]}"
                  for i, name in enumerate(names) if run["verdicts"].get(name) != base[i]]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small version: 500 clients, 5,000 evaluations")
    parser.add_argument("--clients", type=int, default=None, help="portfolio size (default 10,000; quick 500)")
    parser.add_argument("--evaluations", type=int, default=None, help="for memory (default 100,000; quick 5,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--memory-only", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_only:
        return memory_only(args.memory_only, args.clients or 10_000, args.seed)
    count = args.clients or (500 if args.quick else 10_000)
    evaluations = args.evaluations or (5_000 if args.quick else 100_000)
    repeat = 1 if args.quick else 2
    print("clientfire benchmark")
    for key, value in machine().items():
        print(f"  {key:<14} {value}")
    engine = Engine()
    rows = portfolio(count, args.seed)
    clients = [client_from_mapping(row, engine.kb, "portfolio") for row in rows]
    facts = [client_fact({**c.values, **derive_facts(engine.kb, c.values, TODAY)}) for c in clients]
    names = [c.name for c in clients]
    print(f"\nportfolio: {count} generated clients (seed {args.seed}), knowledge {engine.kb.version}, "
          f"{len(engine.compiled.definition[engine.compiled.name])} compiled rules")
    figures: dict[str, Any] = {"machine": machine(), "clients": count}

    print("\n1. evaluations per second (one process, knowledge compiled once; best of "
          f"{repeat}; baselines get the client fact ready-made)")
    engines = compare_engines(engine, clients, facts, repeat)
    rates = engines["rates"]
    for name, value in rates.items():
        ratio = rates["clientfire"] / value
        line(name, f"{value:,.0f}/s", f"{1e6 / value:7.0f} us/client   clientfire takes {1 / ratio:.2f}x its time")
    if engines["clips_missing"]:
        line("CLIPS (clipspy)", "skipped", engines["clips_missing"])
    overhead = rates["raw durable_rules"] / rates["clientfire"]
    line("overhead: clientfire / raw durable_rules", f"{overhead:.2f}x", f"target <= {TARGETS['overhead']}x")
    figures["rates"] = rates
    figures["overhead"] = overhead
    figures["floor"] = per_evaluation(engine, clients, rates, repeat)

    print("\n2. `clientfire batch` on the portfolio as CSV (whole process: start, read, evaluate, summary)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        csv_path = work / "portfolio.csv"
        csv_path.write_text(to_csv(rows))
        batch = batch_runs(csv_path, count, work)
    for name, run in batch.items():
        line(name, f"{run['rate']:,.0f}/s", f"{run['seconds']:.2f} s for {count} clients")
    speedup = batch["batch --jobs 2"]["rate"] / batch["batch --jobs 1"]["rate"]
    line("speed-up of 2 jobs over 1", f"{speedup:.2f}x", f"target >= {TARGETS['batch_2_jobs']:,.0f}/s with 2 jobs")
    figures["batch"] = {k: {"rate": v["rate"], "seconds": v["seconds"]} for k, v in batch.items()}

    print("\n3. agreement: verdict and strength of every client, every engine")
    wrong = mismatches(engines["verdicts"], names, batch)
    compared = ", ".join(list(engines["verdicts"]) + list(batch))
    line("clients compared", f"{count}", compared)
    line("mismatches", f"{len(wrong)}", "all agree" if not wrong else "")
    for text in wrong[:20]:
        print(f"    {text}")
    figures["mismatches"] = len(wrong)

    print("\n4. time linear in the number of clients (batch evaluation in process, --jobs 1)")
    small = max(count // 10, 50)
    per_small, per_all = linearity(engine, rows, small)
    line(f"{small} clients", f"{per_small:.0f} us/client")
    line(f"{count} clients", f"{per_all:.0f} us/client", f"ratio {per_all / per_small:.2f} (1.00 = linear)")
    figures["linearity"] = {"small": small, "per_small_us": per_small, "per_all_us": per_all}

    print(f"\n5. memory (resident set of a fresh process) over {evaluations:,} evaluations after 2,000 to warm up")
    points = memory(evaluations, count, args.seed)
    for done, mb in points:
        line(f"after {done:,} evaluations", f"{mb:.1f} MB", f"growth {mb - points[0][1]:+.2f} MB" if done else "")
    growth = points[-1][1] - points[0][1]
    figures["memory"] = points

    print("\n6. one cold `clientfire verdict` (whole process, median of 10 runs; knowledge cache warm)")
    with tempfile.TemporaryDirectory() as tmp:
        cold = cold_start(10, Path(tmp))
    line(f"clientfire verdict {EXAMPLE.name}", f"{cold['recorded']:.0f} ms",
         f"records in the audit log (the default); target <= {TARGETS['cold_ms']:.0f} ms")
    line("  the same with --no-record", f"{cold['no_record']:.0f} ms")
    line("  --no-record, knowledge compiled anew (no cache)", f"{cold['no_cache']:.0f} ms",
         "the first run after a knowledge change")
    line("python -c pass (the interpreter alone)", f"{cold['python']:.0f} ms")
    figures["cold_ms"] = cold

    print("\n7. targets")
    checks: list[tuple[str, bool | None]] = [
        ("explained verdicts/s with 2 jobs >= 2,000",
         None if args.quick else batch["batch --jobs 2"]["rate"] >= TARGETS["batch_2_jobs"]),
        ("overhead <= 1.3x raw durable_rules", overhead <= TARGETS["overhead"]),
        ("full explained <= 1.5x the C engine's floor", figures["floor"]["full/floor"] <= TARGETS["floor"]),
        ("cold clientfire verdict <= 150 ms", cold["recorded"] <= TARGETS["cold_ms"]),
        (f"memory growth < 5 MB over {evaluations:,} evaluations", growth < TARGETS["memory_mb"]),
        ("time linear in clients (ratio <= 1.25)", per_all / per_small <= TARGETS["linearity"]),
        ("all engines agree", not wrong),
    ]
    for text, ok in checks:
        line(text, "n/a" if ok is None else "met" if ok else "MISSED", "start-up dominates a quick run" if ok is None else "")
    figures["targets"] = {text: ok for text, ok in checks}
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str) + "\n")
    return 0 if not wrong else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
