"""One batch run, streamed: rows read as they are evaluated, each outcome counted, reported and recorded as it
comes (records written in chunked transactions), the summary sorted from disk at the end; `--resume` skips what
an earlier, killed run recorded."""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from clientfire.escape import visible
from clientfire.messages import render

from .inputs import Row, RowError, read_rows
from .progress import Progress, estimate
from .sink import Summaries, output_to
from .triage import severity_key, summary_from, write_summary
from .workers import Job, Outcome, stream_outcomes

__all__ = ["run_batch", "input_prefix"]

Json = dict[str, Any]


def input_prefix(source: str | Path) -> str:
    """What the input path of every row of `source` starts with (`book.csv:`, `folder/`)."""
    path = Path(source)
    return str(path) + (os.sep if path.is_dir() else ":")


def _resumed(store: Any, kb_hash: str, source: str, kb: Any, sink: Summaries) -> set[str]:
    """The rows of `source` recorded on this knowledge by earlier runs: their summary lines into `sink`."""
    from clientfire.audit.codec import decode_body
    from clientfire.audit.store import Query

    found: dict[str, Json] = {}
    for row in store.rows(Query(command="batch", knowledge_hash=kb_hash, input_prefix=input_prefix(source))):
        body = decode_body(row["body"], row["id"]) or {}
        extra = body.get("extra") or {}
        found[row["input_path"]] = summary_from(kb, row["client"], row["verdict"], row["strength"],
                                                extra.get("triage", []), row["input_path"], extra.get("money"))
    for summary in found.values():
        sink.add(summary)
    return set(found)


def _outcomes(args: argparse.Namespace, rows: Iterator[Row | RowError], job: Job) -> Iterator[Outcome]:
    if getattr(args, "dask", None):
        from .dask_run import dask_outcomes

        return dask_outcomes(rows, job, args.dask, args.jobs)
    return stream_outcomes(rows, job, args.jobs)


class _Sinks:
    """Where outcomes go: the summary, the error list, the reports folder, the audit log (opened on first use)."""

    def __init__(self, args: argparse.Namespace, engine: Any, job: Job, record: bool) -> None:
        from clientfire.commands.batch import ReportNames

        self.args, self.engine, self.job = args, engine, job
        self.summaries = Summaries(severity_key)
        self.errors: list[RowError] = []
        self.names = ReportNames(".json" if args.report_format == "json" else ".md")
        self.recorder: Any = None
        if record:
            from clientfire.audit.recorder import Recorder, db_path_of

            self.recorder = Recorder(db_path_of(args), engine.kb, "batch", overrides=job.overrides)

    def take(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.errors.append(outcome.error)
        if outcome.summary is None:
            return
        self.summaries.add(outcome.summary)
        if self.args.out:
            from clientfire.commands.batch import write_report

            write_report(Path(self.args.out), self.names, outcome, self.args.report_format)
        if outcome.entry is not None and self.recorder is not None:
            self.recorder.add(outcome.entry)


def _warn_skipped(source: Any, names: list[str], log: TextIO, lang: str = "en") -> None:
    shown = ", ".join(f"'{visible(n)}'" for n in names)
    said = render("batch.skipped_columns", {"columns": shown}, lang)
    print(f"clientfire: {render('level.warning', {}, lang)}: {visible(str(source))}:1: {said}", file=log)


def run_batch(args: argparse.Namespace, engine: Any, job: Job, record: bool, log: TextIO) -> int:
    """Run the batch; print the errors (one line each) and the summary; 2 if any row failed."""
    from clientfire.audit.snapshot import knowledge_where

    where = knowledge_where(engine.kb, job.overrides)
    job = dataclasses.replace(job, where=tuple(where.items()) if where else ())
    ignore = frozenset(c.strip() for c in (getattr(args, "ignore_columns", None) or "").split(",") if c.strip())
    rows = read_rows(args.input, engine.kb, ignore, lambda names: _warn_skipped(args.input, names, log, job.lang))
    sinks = _Sinks(args, engine, job, record)
    try:
        skip = _resumed(sinks.recorder.store, sinks.recorder.kb_hash, args.input, engine.kb, sinks.summaries) \
            if args.resume else set()
        todo = (r for r in rows if not (skip and isinstance(r, Row) and r.where in skip))
        progress = Progress(estimate(args.input) if Progress.wanted(log) else 0, log, lang=job.lang)
        try:
            for done, outcome in enumerate(_outcomes(args, todo, job), start=len(skip) + 1):
                sinks.take(outcome)
                progress.update(done)
        finally:
            progress.close()
        if sinks.recorder is not None:
            sinks.recorder.close()
    except BaseException:
        if sinks.recorder is not None:
            sinks.recorder.__exit__(RuntimeError, None, None)  # committed chunks stay; the pending one is dropped
        raise
    for error in sinks.errors:
        print(render("frame.error", {"text": f"{visible(error.where)}: {visible(error.text(job.lang))}"}, job.lang),
              file=log)
    meta = {"input": str(args.input), "knowledge_version": engine.kb.version, "date": job.today.isoformat(),
            "evaluated": len(sinks.summaries), "failed": len(sinks.errors)}
    if skip:
        meta["resumed"] = len(skip)
    try:
        with output_to(args.summary) as out:
            write_summary(out, sinks.summaries, sinks.errors, args.format, meta, engine.kb, job.lang)
    finally:
        sinks.summaries.close()
    return 2 if sinks.errors else 0
