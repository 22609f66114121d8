"""`clientfire batch INPUT`: triage a whole portfolio (CSV, JSON Lines or a folder), worst cases first."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from clientfire.escape import visible
from clientfire.options import add_knowledge, add_lang, add_today
from clientfire.output import emit, write_atomic

__all__ = ["register", "run", "report_names"]

_SUMMARY_FORMATS = ("text", "csv", "json", "markdown")


def register(subparsers: Any) -> None:
    """Add the `batch` sub-command."""
    parser = subparsers.add_parser(
        "batch", help="triage a whole portfolio: whom to fire, whom to talk to, worst first",
        description="Evaluate every client of a CSV file (columns named by fact, e.g. payment.late_invoices), "
                    "a JSON Lines file or a folder of client files; print a summary sorted by severity. "
                    "Exit code 2 if any row could not be evaluated (the others are still reported).")
    parser.add_argument("input", help="portfolio: a .csv file, a .jsonl file or a folder of client files")
    parser.add_argument("--format", choices=_SUMMARY_FORMATS, default="text", help="summary format (default text)")
    parser.add_argument("--summary", metavar="FILE", help="write the summary to FILE instead of standard output")
    parser.add_argument("--out", metavar="DIR", help="also write one report per client into DIR")
    parser.add_argument("--report-format", choices=("markdown", "json"), default="markdown",
                        help="format of the reports written with --out (default markdown)")
    parser.add_argument("--diagrams", action="store_true", help="with --out: also write each decision path as DOT")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="processes to use (default 1)")
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    _add_record_options(parser)
    parser.set_defaults(run=run)


def _add_record_options(parser: argparse.ArgumentParser) -> None:
    try:
        from clientfire.audit import add_record_options
    except ImportError:  # the audit log is optional
        return
    add_record_options(parser)


def report_names(clients: list[str], suffix: str) -> list[str]:
    """A file name per client (slug of the name; a number added where two clients share one)."""
    names, used = [], set()
    for client in clients:
        slug = re.sub(r"[^a-z0-9]+", "-", client.casefold()).strip("-")[:60] or "client"
        name, number = slug, 1
        while name in used:
            number += 1
            name = f"{slug}-{number}"
        used.add(name)
        names.append(name + suffix)
    return names


def run(args: argparse.Namespace) -> int:
    """Evaluate the portfolio, print the triage summary, write the reports; 2 if any row failed."""
    from clientfire.batch.inputs import read_rows
    from clientfire.batch.jobs import cap_jobs
    from clientfire.batch.progress import Progress
    from clientfire.batch.triage import render_summary
    from clientfire.batch.workers import Job, evaluate_rows
    from clientfire.errors import InputError
    from clientfire.options import engine_for, lang_of, today_of

    args.jobs, note = cap_jobs(args.jobs)
    if note:
        print(f"clientfire: note: {note}", file=sys.stderr)
    if args.diagrams and not args.out:
        raise InputError("--diagrams needs --out DIR", key="--diagrams")
    engine = engine_for(args)
    record = not getattr(args, "no_record", True)
    job = Job(knowledge=args.knowledge, overrides=getattr(args, "overrides", None), today=today_of(args),
              lang=lang_of(args), report_format=args.report_format if args.out else None,
              diagrams=args.diagrams, record=record)
    rows = list(read_rows(args.input, engine.kb))
    progress = Progress(len(rows))
    try:
        outcomes = evaluate_rows(rows, job, args.jobs, progress.update)
    finally:
        progress.close()
    summaries = [o.summary for o in outcomes if o.summary is not None]
    errors = [o.error for o in outcomes if o.error is not None]
    if args.out:
        _write_reports(Path(args.out), [o for o in outcomes if o.summary is not None], args.report_format)
    if record:
        _record(args, engine.kb, [o.entry for o in outcomes if o.entry is not None], job.lang)
    for error in errors:
        print(f"clientfire: error: {visible(error.where)}: {visible(error.message)}", file=sys.stderr)
    meta = {"input": str(args.input), "knowledge_version": engine.kb.version, "date": job.today.isoformat(),
            "evaluated": len(summaries), "failed": len(errors)}
    emit(render_summary(summaries, errors, args.format, meta), args.summary)
    return 2 if errors else 0


def _write_reports(folder: Path, outcomes: list[Any], fmt: str) -> None:
    suffix = ".json" if fmt == "json" else ".md"
    for outcome, name in zip(outcomes, report_names([o.summary["client"] for o in outcomes], suffix), strict=True):
        write_atomic(folder / name, outcome.report)
        if outcome.diagram is not None:
            write_atomic(folder / (name[: -len(suffix)] + ".dot"), outcome.diagram)


def _record(args: argparse.Namespace, kb: Any, entries: list[Any], lang: str) -> None:
    from clientfire.audit import db_path_of, record_many

    if entries:
        record_many(db_path_of(args), entries, kb, "batch", lang=lang, overrides=getattr(args, "overrides", None))
