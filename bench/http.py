"""`python bench/http.py [--quick]`: verdicts over HTTP (`clientfire serve`, 1 and 2 workers) beside in-process.

In one run, on the same generated clients (bench/portfolio.py):
  1. in process: the work the server does for POST /v1/verdict without HTTP (parse the JSON body, check the facts,
     evaluate, the result's JSON, serialise it), one after another: verdicts/s and latency;
  2. over HTTP on loopback, per worker count: one connection one request at a time (latency, and its ratio to
     in process at p50), the most verdicts/s with a bounded number of connections (closed loop), then p50/p99
     latency at 80 % of that rate (open loop: requests sent on a schedule, latency counted from the scheduled
     time, so a server falling behind shows);
  3. the client form page (GET /): time per page.
Requests use record=false, as the in-process side records nothing; one row shows the cost of recording.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# run as a script, this file's folder would come first on the path and its name would hide the standard `http`
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.measure import machine  # noqa: E402
from bench.portfolio import portfolio  # noqa: E402
from clientfire.engine import Engine, client_from_mapping  # noqa: E402

TODAY = dt.date(2026, 11, 26)
CONNECTIONS = 8  # concurrent loopback clients, at most
TARGETS = {"overhead": 1.5, "p99_ms": 25.0, "form_ms": 100.0}


def in_process(engine: Engine, bodies: list[bytes]) -> list[float]:
    """Seconds per verdict for the server's work without HTTP."""
    times = []
    for body in bodies:
        start = time.perf_counter()
        client = client_from_mapping(json.loads(body), engine.kb, "request")
        json.dumps(engine.evaluate(client, TODAY).to_json(engine.kb, "en"), ensure_ascii=False).encode()
        times.append(time.perf_counter() - start)
    return times


def in_process_spaced(engine: Engine, bodies: list[bytes], pause: float = 0.001) -> list[float]:
    """The same, one verdict every `pause` seconds, as requests come to a server: caches cool down between them."""
    times = []
    for body in bodies:
        time.sleep(pause)
        times += in_process(engine, [body])
    return times


@contextmanager
def served(workers: int, folder: Path) -> Iterator[tuple[str, int]]:
    """`clientfire serve --port 0` with `workers` processes; (host, port). It stops by itself after 10 minutes."""
    env = {**os.environ, "CLIENTFIRE_SERVE_LIFETIME": "600"}
    command = [sys.executable, "-m", "clientfire", "serve", "--port", "0", "--workers", str(workers),
               "--db", str(folder / f"audit-{workers}.db"), "--today", TODAY.isoformat()]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        found = re.search(r"http://(127\.0\.0\.1):(\d+)/", process.stdout.readline() if process.stdout else "")
        if not found:
            raise RuntimeError("clientfire serve did not start")
        yield found.group(1), int(found.group(2))
    finally:
        process.terminate()
        process.wait(timeout=30)


class Connection:
    """One keep-alive HTTP/1.1 connection with requests written by hand (the client costs little)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> Connection:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    def request(self, method: str, path: str, body: bytes = b"") -> bytes:
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        return head.encode() + b"\r\n" + body

    async def send(self, data: bytes) -> int:
        """Write one request, read its whole answer; its status."""
        if self.reader is None or self.writer is None:
            raise RuntimeError("open the connection first")
        self.writer.write(data)
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
        await self.reader.readexactly(length)
        return int(head[9:12])

    def close(self) -> None:
        if self.writer:
            self.writer.close()


async def _connections(host: str, port: int, count: int) -> list[Connection]:
    return [await Connection(host, port).open() for _ in range(count)]


async def sequential(host: str, port: int, requests: list[bytes]) -> list[float]:
    """One connection, one request at a time: seconds per request."""
    (conn,) = await _connections(host, port, 1)
    times = []
    for data in requests:
        start = time.perf_counter()
        if await conn.send(data) != 200:
            raise RuntimeError("a request failed")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


async def closed_loop(host: str, port: int, requests: list[bytes], seconds: float) -> float:
    """Requests per second with CONNECTIONS clients, each sending its next request once answered."""
    conns = await _connections(host, port, CONNECTIONS)
    done = 0
    end = time.perf_counter() + seconds

    async def client(index: int, conn: Connection) -> None:
        nonlocal done
        k = index
        while time.perf_counter() < end:
            await conn.send(requests[k % len(requests)])
            done, k = done + 1, k + CONNECTIONS

    start = time.perf_counter()
    await asyncio.gather(*(client(i, c) for i, c in enumerate(conns)))
    elapsed = time.perf_counter() - start
    for conn in conns:
        conn.close()
    return done / elapsed


async def open_loop(host: str, port: int, requests: list[bytes], rate: float, seconds: float) -> list[float]:
    """Latency (from each request's scheduled time) with requests scheduled at `rate` per second."""
    conns = await _connections(host, port, CONNECTIONS)
    gap = CONNECTIONS / rate
    latencies: list[float] = []
    start = time.perf_counter() + 0.05

    async def client(index: int, conn: Connection) -> None:
        k = 0
        while True:
            due = start + index * gap / CONNECTIONS + k * gap
            if due > start + seconds:
                return
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            await conn.send(requests[(index + k * CONNECTIONS) % len(requests)])
            latencies.append(time.perf_counter() - due)
            k += 1

    await asyncio.gather(*(client(i, c) for i, c in enumerate(conns)))
    for conn in conns:
        conn.close()
    return latencies


def run(coroutine: Any) -> Any:
    """Run the load on uvloop where it is installed (as the server does): the client costs the machine less."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def pct(values: list[float], q: float) -> float:
    """The q-th percentile in milliseconds."""
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def line(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<52} {value:>14}  {note}")


def measure_server(workers: int, folder: Path, bodies: list[bytes], sizes: dict[str, Any]) -> dict[str, Any]:
    """Latency one at a time, the most verdicts/s, latency at 80 % of it; with one worker also recording and the form."""
    found: dict[str, Any] = {}
    with served(workers, folder) as (host, port):
        conn = Connection(host, port)
        verdicts = [conn.request("POST", "/v1/verdict?record=false", b) for b in bodies]
        run(sequential(host, port, verdicts[: sizes["warm"]]))  # every worker compiled and warm
        run(closed_loop(host, port, verdicts, 1.0))
        found["one"] = run(sequential(host, port, verdicts[: sizes["sequential"]]))
        found["max"] = run(closed_loop(host, port, verdicts, sizes["seconds"]))
        found["at80"] = run(open_loop(host, port, verdicts, 0.8 * found["max"], sizes["seconds"]))
        if workers == 1:
            recorded = [conn.request("POST", "/v1/verdict", b) for b in bodies[: sizes["recorded"]]]
            found["recorded"] = run(sequential(host, port, recorded))
            found["form"] = run(sequential(host, port, [conn.request("GET", "/")] * sizes["pages"]))
            found["health"] = run(sequential(host, port, [conn.request("GET", "/health")] * sizes["sequential"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small run, in seconds")
    args = parser.parse_args(argv)
    sizes = ({"clients": 300, "warm": 100, "sequential": 300, "seconds": 2.0, "recorded": 100, "pages": 20}
             if args.quick else
             {"clients": 2000, "warm": 400, "sequential": 2000, "seconds": 8.0, "recorded": 500, "pages": 100})
    info = machine()
    print("clientfire HTTP benchmark")
    for key in ("cpu", "cores", "python", "durable_rules", "load average"):
        print(f"  {key:<14} {info.get(key, '?')}")
    engine = Engine()
    bodies = [json.dumps({"client": f"client {i}", **row}).encode() for i, row in enumerate(portfolio(sizes["clients"]))]
    in_process(engine, bodies[:200])  # warm
    local = in_process(engine, bodies)
    print(f"\n{len(bodies)} generated clients (seed 7), knowledge {engine.kb.version}; "
          f"loopback clients: {CONNECTIONS} connections at most\n")
    line("in process (parse, check, evaluate, JSON)", f"{len(local) / sum(local):,.0f}/s",
         f"p50 {pct(local, 50):.2f} ms, p99 {pct(local, 99):.2f} ms")
    spaced = in_process_spaced(engine, bodies[: sizes["sequential"] // 2])
    line("  the same, one every millisecond (caches cool down)", f"p50 {pct(spaced, 50):.2f} ms",
         f"p99 {pct(spaced, 99):.2f} ms")
    with tempfile.TemporaryDirectory(prefix="clientfire-bench-http-") as tmp:
        runs = {w: measure_server(w, Path(tmp), bodies, sizes) for w in (1, 2)}
    for workers, run in runs.items():
        print(f"\n{workers} worker{'s' * (workers > 1)}")
        one = run["one"]
        line("one request at a time, latency", f"p50 {pct(one, 50):.2f} ms",
             f"p99 {pct(one, 99):.2f} ms; {pct(one, 50) / pct(local, 50):.2f}x in process at p50 "
             f"({pct(one, 50) / pct(spaced, 50):.2f}x one every millisecond)")
        line(f"most verdicts/s ({CONNECTIONS} connections, closed loop)", f"{run['max']:,.0f}/s",
             f"{run['max'] / (len(local) / sum(local)):.2f}x in process")
        at80 = run["at80"]
        line(f"latency at 80 % of that ({0.8 * run['max']:,.0f}/s, open loop)", f"p50 {pct(at80, 50):.2f} ms",
             f"p99 {pct(at80, 99):.2f} ms ({len(at80)} requests)")
    first = runs[1]
    line("\nrecording each verdict (record=true), one at a time", f"p50 {pct(first['recorded'], 50):.2f} ms",
         f"p99 {pct(first['recorded'], 99):.2f} ms")
    line("client form page (GET /)", f"p50 {pct(first['form'], 50):.1f} ms", f"p99 {pct(first['form'], 99):.1f} ms")
    line("an answer with no verdict (GET /health): HTTP itself", f"p50 {pct(first['health'], 50):.2f} ms",
         f"p99 {pct(first['health'], 99):.2f} ms")
    overhead = pct(first["one"], 50) / pct(local, 50)
    worst_p99 = max(pct(r["at80"], 99) for r in runs.values())
    print("\ntargets")
    for label, ok in ((f"HTTP overhead at p50 <= {TARGETS['overhead']}x ({overhead:.2f}x)", overhead <= TARGETS["overhead"]),
                      (f"p99 <= {TARGETS['p99_ms']:.0f} ms at 80 % of the maximum ({worst_p99:.1f} ms)",
                       worst_p99 <= TARGETS["p99_ms"]),
                      (f"form page <= {TARGETS['form_ms']:.0f} ms ({pct(first['form'], 50):.1f} ms)",
                       pct(first["form"], 50) <= TARGETS["form_ms"])):
        line(label, "met" if ok else "NOT met")
    print(f"  most verdicts/s, 2 workers over 1: {runs[2]['max'] / runs[1]['max']:.2f}x")
    print(f"\nload average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
