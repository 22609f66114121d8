"""Evaluate rows in this process or spread over `--jobs N` processes, one Engine in each; outcomes stream back in
input order, with a bounded number of rows in flight (memory stays flat)."""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from clientfire.engine import Engine
from clientfire.errors import ClientfireError, EngineError
from clientfire.messages import Message, message

from .inputs import Row, RowError, to_client
from .triage import summary_of

__all__ = ["Job", "Outcome", "evaluate_rows", "stream_outcomes", "evaluate_one", "error_text", "error_parts", "engine_of", "CHUNK"]

CHUNK = 64
#: rows sent ahead to each worker, at most
AHEAD = 8 * CHUNK
Json = dict[str, Any]


@dataclass(frozen=True)
class Job:
    """What every worker needs to know: the knowledge, the date, the language and what to produce."""

    knowledge: str | None = None
    overrides: str | None = None
    today: dt.date = field(default_factory=dt.date.today)
    lang: str = "en"
    report_format: str | None = None  # markdown | json: render one report per client
    diagrams: bool = False
    record: bool = False  # build the audit entries (compact records, written by the parent in chunks)
    where: tuple[tuple[str, str | None], ...] | None = None  # how the knowledge files are named (set by the parent)


@dataclass(frozen=True)
class Outcome:
    """One row's outcome: its summary line, or the error that stopped it; reports and the audit entry when asked."""

    index: int
    summary: Json | None = None
    error: RowError | None = None
    report: str | None = None
    diagram: str | None = None
    entry: Any = None


_engines: dict[Job, Engine] = {}


def engine_of(job: Job) -> Engine:
    """This process's engine for `job` (compiled once; a forked worker inherits the parent's)."""
    if job not in _engines:
        from clientfire.options import engine_for

        _engines[job] = engine_for(argparse.Namespace(knowledge=job.knowledge, overrides=job.overrides))
    return _engines[job]


_job: Job | None = None


def _init(job: Job) -> None:
    global _job
    engine_of(job)
    _job = job


def error_parts(exc: ClientfireError) -> tuple[Message | str, ...]:
    """The error's message with its suggestion and key, without the location (shown apart), as messages."""
    parts: list[Message | str] = [exc.what]
    if exc.suggestion:
        parts.append(message("frame.did_you_mean", suggestion=exc.suggestion))
    if exc.key and exc.key not in exc.message + (f" (did you mean '{exc.suggestion}'?)" if exc.suggestion else ""):
        parts.append(message("batch.row_key", key=exc.key))
    return tuple(parts)


def error_text(exc: ClientfireError) -> str:
    """The error's message with its suggestion and key, in English."""
    return "".join(str(part) for part in error_parts(exc))


def evaluate_one(row: Row | RowError, job: Job, engine: Engine | None = None) -> Outcome:
    """Evaluate one row (with this process's engine for `job` unless given); a bad row gives its error."""
    if isinstance(row, RowError):
        return Outcome(row.index, error=row)
    engine = engine or engine_of(job)
    try:
        client = to_client(row, engine.kb)
        result = engine.evaluate(client, job.today)
    except ClientfireError as exc:
        return Outcome(row.index, error=RowError(row.index, exc.location or row.where, error_parts(exc)))
    except Exception as exc:  # noqa: BLE001 - one bad row must not stop the portfolio
        return Outcome(row.index, error=RowError(row.index, row.where, f"internal error: {type(exc).__name__}: {exc}"))
    summary = summary_of(result, engine.kb, row.where)
    if not (job.report_format or job.record or job.diagrams):
        return Outcome(row.index, summary)
    return _explained(row, summary, result, client, job, engine)


def _evaluate(row: Row | RowError) -> Outcome:
    if _job is None:
        raise EngineError(message("batch.worker_not_ready"))
    return evaluate_one(row, _job)


def _explained(row: Row, summary: Json, result: Any, client: Any, job: Job, engine: Engine) -> Outcome:
    report = diagram = entry = None
    if job.report_format:
        from clientfire.commands.verdict import render

        report = render(result.to_json(engine.kb, job.lang), job.report_format)
    if job.diagrams:
        from clientfire.explain.dot import decision_dot

        diagram = decision_dot(engine.kb, result, job.lang)
    if job.record:  # the compact record is made here, in the worker: recording runs in parallel too
        from clientfire.audit.codec import FAST
        from clientfire.audit.recorder import entry_of, facts_of

        entry = entry_of(result, engine.kb, facts_of(client, grouped=False), lang=job.lang, input_path=row.where,
                         overrides=job.overrides, extra={"triage": summary["signs"], "money": summary["money"]},
                         where=None if job.where is None else dict(job.where), level=FAST)
    return Outcome(row.index, summary, report=report, diagram=diagram, entry=entry)


def stream_outcomes(rows: Iterable[Row | RowError], job: Job, jobs: int = 1) -> Iterator[Outcome]:
    """Every row's outcome, in input order, as they come."""
    _init(job)  # in the parent too: forked workers inherit the compiled engine
    if jobs <= 1:
        return map(_evaluate, rows)
    return _pooled(iter(rows), job, jobs)


def _pooled(rows: Iterator[Row | RowError], job: Job, jobs: int) -> Iterator[Outcome]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    window = AHEAD * jobs
    gate = threading.Semaphore(window)
    stop = threading.Event()

    def feed() -> Iterator[Row | RowError]:
        for row in rows:
            gate.acquire()
            if stop.is_set():
                return
            yield row

    with context.Pool(jobs, initializer=_init, initargs=(job,)) as pool:
        try:
            for outcome in pool.imap(_evaluate, feed(), chunksize=CHUNK):
                gate.release()
                yield outcome
        finally:
            stop.set()
            for _ in range(window):
                gate.release()


def evaluate_rows(rows: Iterable[Row | RowError], job: Job, jobs: int = 1,
                  on_done: Callable[[int], None] | None = None) -> list[Outcome]:
    """Every row's outcome, in input order (all kept: `stream_outcomes` for a portfolio of any size)."""
    outcomes = []
    for done, outcome in enumerate(stream_outcomes(rows, job, jobs), start=1):
        outcomes.append(outcome)
        if on_done:
            on_done(done)
    return outcomes
