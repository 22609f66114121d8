"""`clientfire audit list|show|replay|export`: the recorded verdicts (read-only: nothing edits or deletes them)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from clientfire.audit.query import get_record, iter_records, list_records
from clientfire.audit.recorder import FORMATS, db_path_of
from clientfire.audit.replay import replay, replay_lines
from clientfire.errors import InputError
from clientfire.escape import json_safe, visible, visible_lines
from clientfire.options import add_knowledge, add_today, engine_for, today_of
from clientfire.output import emit, write_atomic

__all__ = ["register", "run"]


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="audit database (default: $CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db)")


def register(subparsers: Any) -> None:
    """Add the `audit` sub-command and its actions."""
    parser = subparsers.add_parser("audit", help="the audit log of every verdict given",
                                   description="List, show, replay and export the recorded verdicts.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the records")
    listing.add_argument("--client", metavar="NAME", help="only clients whose name contains NAME (any case)")
    listing.add_argument("--since", metavar="DATE", help="only records made on or after DATE (YYYY-MM-DD)")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    show = actions.add_parser("show", help="the explanation exactly as it was given")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=FORMATS, default="text")
    again = actions.add_parser("replay", help="re-run a record on today's knowledge and show what changed")
    again.add_argument("id", type=int, metavar="ID")
    again.add_argument("--format", choices=("text", "json"), default="text")
    add_knowledge(again)
    add_today(again)
    export = actions.add_parser("export", help="every record as JSON Lines")
    export.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    for sub in (listing, show, again, export):
        _db(sub)
        sub.set_defaults(run=run)


def _list(args: argparse.Namespace) -> int:
    rows = list_records(db_path_of(args), args.client, args.since)
    if args.format == "json":
        emit(json_safe(json.dumps(rows, indent=2, ensure_ascii=False)))
    elif not rows:
        emit("no records")
    else:
        emit("\n".join(visible(f"{r['id']:>5}  {r['created'][:19].replace('T', ' ')}  {r['verdict']:<10} "
                               f"{r['strength']:<9} {r['client']}  ({r['command']}, knowledge {r['knowledge_version']})")
                       for r in rows))
    return 0


def _show(args: argparse.Namespace) -> int:
    rendered = get_record(db_path_of(args), args.id)["rendered"]
    if args.format not in rendered:
        raise InputError(f"record {args.id} was not kept as {args.format} (kept: {', '.join(rendered)})",
                         key="--format")
    text = rendered[args.format]  # as given: what this version renders has no raw control character left
    sys.stdout.write(json_safe(text) if args.format == "json" else visible_lines(text))
    return 0


def _replay(args: argparse.Namespace) -> int:
    day = today_of(args) if args.today else None
    found = replay(db_path_of(args), args.id, engine_for(args), day)
    emit(json_safe(json.dumps(found, indent=2, ensure_ascii=False)) if args.format == "json"
         else "\n".join(visible(line) for line in replay_lines(found)))
    return 0


def _export(args: argparse.Namespace) -> int:
    lines = [json_safe(json.dumps(r, ensure_ascii=False, sort_keys=True)) for r in iter_records(db_path_of(args))]
    text = "\n".join(lines) + ("\n" if lines else "")
    if args.out:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one audit action."""
    return {"list": _list, "show": _show, "replay": _replay, "export": _export}[args.action](args)
