"""`clientfire batch INPUT`: triage a whole portfolio (CSV, JSON Lines or a folder), worst cases first."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from clientfire.options import add_knowledge, add_lang, add_today

__all__ = ["register", "run", "report_names", "ReportNames"]

_SUMMARY_FORMATS = ("text", "csv", "json", "markdown", "html")


def register(subparsers: Any) -> None:
    """Add the `batch` sub-command."""
    parser = subparsers.add_parser(
        "batch", help="triage a whole portfolio: whom to fire, whom to talk to, worst first",
        description="Evaluate every client of a CSV file (columns named by fact, e.g. payment.late_invoices), "
                    "a JSON Lines file or a folder of client files; print a summary sorted by severity. "
                    "Exit code 2 if any row could not be evaluated (the others are still reported).")
    parser.add_argument("input", help="portfolio: a .csv file, a .jsonl file or a folder of client files")
    parser.add_argument("--ignore-columns", metavar="A,B",
                        help="CSV columns to leave out (a spreadsheet's own, e.g. 'account manager,notes'); other "
                             "columns that are not facts are left out with a warning naming them")
    parser.add_argument("--format", choices=_SUMMARY_FORMATS, default="text",
                        help="summary format (default text; html: one self-contained page)")
    parser.add_argument("--summary", metavar="FILE", help="write the summary to FILE instead of standard output")
    parser.add_argument("--out", metavar="DIR", help="also write one report per client into DIR")
    parser.add_argument("--report-format", choices=("markdown", "json"), default="markdown",
                        help="format of the reports written with --out (default markdown)")
    parser.add_argument("--diagrams", action="store_true", help="with --out: also write each decision path as DOT")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="processes to use (default 1)")
    parser.add_argument("--dask", metavar="SCHEDULER",
                        help="spread the portfolio over a Dask cluster: a scheduler address (tcp://host:8786), "
                             "or 'local' for a cluster of --jobs workers on this machine")
    parser.add_argument("--resume", action="store_true",
                        help="skip the clients already recorded for this input on this knowledge (after a killed run)")
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


def _slug(client: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", client.casefold()).strip("-")[:60] or "client"


class ReportNames:
    """A file name per client, as they come (slug of the name; a number added where two clients share one)."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix
        self.used: set[str] = set()

    def __call__(self, client: str) -> str:
        slug = _slug(client)
        name, number = slug, 1
        while name in self.used:
            number += 1
            name = f"{slug}-{number}"
        self.used.add(name)
        return name + self.suffix


def report_names(clients: list[str], suffix: str) -> list[str]:
    """A file name per client (slug of the name; a number added where two clients share one)."""
    names = ReportNames(suffix)
    return [names(client) for client in clients]


def _check(args: argparse.Namespace, record: bool) -> None:
    from clientfire.batch.jobs import cap_jobs
    from clientfire.errors import InputError
    from clientfire.messages import message, render
    from clientfire.options import lang_of

    args.jobs, note = cap_jobs(args.jobs)
    if note:
        print(render("frame.note", {"text": note}, lang_of(args)), file=sys.stderr)
    if args.diagrams and not args.out:
        raise InputError(message("batch.diagrams_need_out"), key="--diagrams")
    if args.resume and not record:
        raise InputError(message("batch.resume_no_record"), key="--resume")


def run(args: argparse.Namespace) -> int:
    """Evaluate the portfolio as it is read, record and write as results come, print the triage summary."""
    from clientfire.batch.workers import Job
    from clientfire.options import engine_for, lang_of, today_of

    record = not getattr(args, "no_record", True)
    _check(args, record)
    engine = engine_for(args)
    job = Job(knowledge=args.knowledge, overrides=getattr(args, "overrides", None), today=today_of(args),
              lang=lang_of(args), report_format=args.report_format if args.out else None,
              diagrams=args.diagrams, record=record)
    from clientfire.batch.running import run_batch

    return run_batch(args, engine, job, record, sys.stderr)


def write_report(folder: Path, names: ReportNames, outcome: Any, fmt: str) -> None:
    """One client's report (and decision path) in `folder`."""
    from clientfire.output import write_atomic

    suffix = ".json" if fmt == "json" else ".md"
    name = names(outcome.summary["client"])
    write_atomic(folder / name, outcome.report)
    if outcome.diagram is not None:
        write_atomic(folder / (name[: -len(suffix)] + ".dot"), outcome.diagram)
