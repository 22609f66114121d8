"""`batch --dask SCHEDULER|local`: the portfolio in partitions over a Dask cluster. The knowledge is sent to every
worker once (workers need no knowledge folder); each worker builds its engine once; partitions are read and
sent as the cluster takes them, a few per worker in flight; outcomes come back in input order, to be recorded
by this process in the store it writes (a PostgreSQL server shared by several machines, or a local file)."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator
from typing import Any

from clientfire.engine import Engine
from clientfire.engine.model import Knowledge
from clientfire.errors import InputError
from clientfire.messages import message

from .inputs import Row, RowError
from .workers import Job, Outcome, engine_of, evaluate_one

__all__ = ["dask_outcomes", "evaluate_partition", "PARTITION"]

#: rows per Dask task
PARTITION = 500
_IN_FLIGHT = 3  # partitions per worker sent ahead
_engines: dict[tuple[str, str], Engine] = {}


def evaluate_partition(kb: Knowledge, job: Job, rows: list[Row | RowError]) -> list[Outcome]:
    """(On a worker) the outcomes of one partition, with this worker's engine for `kb` (built on its first task)."""
    key = (kb.directory, kb.version)
    if key not in _engines:
        _engines[key] = Engine(kb=kb)
    engine = _engines[key]
    return [evaluate_one(row, job, engine) for row in rows]


def _client(scheduler: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(message("batch.no_dask"),
                         key="--dask") from exc
    if scheduler != "local":
        try:
            return Client(scheduler, timeout=30), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(message("batch.no_scheduler", scheduler=scheduler, reason=str(exc)), key="--dask") from exc
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0", silence_logs=50)
    return Client(cluster), cluster


def _partitions(rows: Iterator[Row | RowError]) -> Iterator[list[Row | RowError]]:
    while chunk := list(itertools.islice(rows, PARTITION)):
        yield chunk


def dask_outcomes(rows: Iterator[Row | RowError], job: Job, scheduler: str, workers: int = 2) -> Iterator[Outcome]:
    """Every row's outcome, in input order, evaluated on the cluster at `scheduler` ('local': `workers` processes)."""
    kb = engine_of(job).kb  # with any overrides merged: what every worker runs
    client, cluster = _client(scheduler, max(1, workers))
    try:
        shared = client.scatter(kb, broadcast=True)
        ahead = _IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque[Any] = deque()
        for part in _partitions(rows):
            pending.append(client.submit(evaluate_partition, shared, job, part, pure=False))
            if len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
