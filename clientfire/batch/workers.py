"""Evaluate rows in this process or spread over `--jobs N` processes, one Engine in each."""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from clientfire.engine import Engine
from clientfire.errors import ClientfireError, EngineError

from .inputs import Row, RowError, to_client
from .triage import summary_of

__all__ = ["Job", "Outcome", "evaluate_rows", "error_text", "CHUNK"]

CHUNK = 64
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
    record: bool = False  # build the audit entries (recorded by the parent in one transaction)


@dataclass(frozen=True)
class Outcome:
    """One row's outcome: its summary line, or the error that stopped it; reports when asked."""

    index: int
    summary: Json | None = None
    error: RowError | None = None
    report: str | None = None
    diagram: str | None = None
    entry: Any = None


_engine: Engine | None = None
_job: Job | None = None


def _init(job: Job) -> None:
    """Set up this process's engine (compiled once; a forked worker inherits the parent's)."""
    global _engine, _job
    from clientfire.options import engine_for

    _engine = engine_for(argparse.Namespace(knowledge=job.knowledge, overrides=job.overrides))
    _job = job


def error_text(exc: ClientfireError) -> str:
    """The error's message with its suggestion and rule, without the location (shown apart)."""
    text = exc.message
    if exc.suggestion:
        text += f" (did you mean '{exc.suggestion}'?)"
    if exc.key and exc.key not in text:
        text += f" [{exc.key}]"
    return text


def _evaluate(row: Row) -> Outcome:
    """Evaluate one row in this process; a bad row becomes an Outcome with its error."""
    if _engine is None or _job is None:
        raise EngineError("a batch worker ran before its engine was set up")
    engine, job = _engine, _job
    try:
        client = to_client(row, engine.kb)
        result = engine.evaluate(client, job.today)
    except ClientfireError as exc:
        return Outcome(row.index, error=RowError(row.index, exc.location or row.where, error_text(exc)))
    except Exception as exc:  # noqa: BLE001 - one bad row must not stop the portfolio
        return Outcome(row.index, error=RowError(row.index, row.where, f"internal error: {type(exc).__name__}: {exc}"))
    summary = summary_of(result, engine.kb, row.where)
    if not (job.report_format or job.record or job.diagrams):
        return Outcome(row.index, summary)
    return _explained(row, summary, result, client, job, engine)


def _explained(row: Row, summary: Json, result: Any, client: Any, job: Job, engine: Engine) -> Outcome:
    from clientfire.commands.verdict import render

    data = result.to_json(engine.kb, job.lang)
    report = render(data, job.report_format) if job.report_format else None
    diagram = None
    if job.diagrams:
        from clientfire.explain.dot import decision_dot

        diagram = decision_dot(engine.kb, result, job.lang)
    entry = None
    if job.record:  # built here, in the worker, so the rendering for the audit log runs in parallel too
        from clientfire.audit.recorder import FORMATS, entry_of
        from clientfire.explain.explain_render import render_verdict

        entry = entry_of(result, engine.kb, client.as_given(), lang=job.lang, input_path=row.where)
        entry = replace(entry, rendered={fmt: render_verdict(entry.result, fmt) for fmt in FORMATS})
    return Outcome(row.index, summary, report=report, diagram=diagram, entry=entry)


def evaluate_rows(rows: Iterable[Row | RowError], job: Job, jobs: int = 1,
                  on_done: Callable[[int], None] | None = None) -> list[Outcome]:
    """Every row's outcome, in input order; `on_done(n)` after each (for a progress bar)."""
    _init(job)  # in the parent too: forked workers inherit the compiled engine
    outcomes: list[Outcome] = []
    todo: list[Row] = []
    for row in rows:
        if isinstance(row, RowError):
            outcomes.append(Outcome(row.index, error=row))
        else:
            todo.append(row)
    done = len(outcomes)
    for outcome in _run(todo, job, jobs):
        outcomes.append(outcome)
        done += 1
        if on_done:
            on_done(done)
    return sorted(outcomes, key=lambda o: o.index)


def _run(todo: list[Row], job: Job, jobs: int) -> Iterable[Outcome]:
    if jobs <= 1 or len(todo) < 2 * CHUNK:
        return map(_evaluate, todo)
    return _pooled(todo, job, jobs)


def _pooled(todo: list[Row], job: Job, jobs: int) -> Iterable[Outcome]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(jobs, initializer=_init, initargs=(job,)) as pool:
        yield from pool.imap(_evaluate, todo, chunksize=CHUNK)
