"""`clientfire import --from FORMAT FILE...`: client files (or a portfolio CSV) from invoicing and time exports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from clientfire.options import add_knowledge, add_lang, add_today

__all__ = ["register", "run", "FROM"]

FROM = ("stripe", "xero", "harvest", "toggl", "freshbooks", "quickbooks", "csv")
_SIGNS = {"add": "+", "update": "~", "same": "=", "kept": "!", "remove": "-"}


def register(subparsers: Any) -> None:
    """Add the `import` sub-command."""
    from clientfire.importers.values import DATE_FORMATS

    parser = subparsers.add_parser(
        "import", help="facts from invoicing and time-tracking exports, into client files",
        description="Read invoice and time exports, derive each client's payment and money facts with the records "
                    "behind them, and write them into client files (merged: facts you wrote by hand are kept). "
                    "See docs/import.md.")
    parser.add_argument("--from", dest="fmt", choices=FROM, required=True, help="the tool the exports come from")
    parser.add_argument("files", nargs="+", metavar="FILE", help="export files (CSV)")
    parser.add_argument("--map", metavar="MAP.yaml", help="with --from csv: which column holds what")
    parser.add_argument("--aliases", metavar="FILE", help="YAML: each client's name -> its other names in your tools")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="DIR", default=None, help="folder of client files to write or update "
                                                                  "(default: clients)")
    where.add_argument("--csv", metavar="FILE", help="write a portfolio CSV for `clientfire batch` instead")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    parser.add_argument("--date-format", choices=sorted(DATE_FORMATS), help="the order of dates like 03/04/2025")
    parser.add_argument("--currency", metavar="CODE", help="the currency of the money facts (others are left out)")
    parser.add_argument("--timezone", metavar="ZONE", help="zone to date timestamps in (default: this machine's)")
    parser.add_argument("--decimal-comma", action="store_true", help="amounts are written 1234,56")
    parser.add_argument("--encoding", metavar="NAME", help="the files' encoding (default UTF-8; e.g. cp1252)")
    add_today(parser)
    add_knowledge(parser)
    add_lang(parser)  # the language of its lines, and of the records and notes it writes
    parser.set_defaults(run=run)


def _request(args: argparse.Namespace) -> Any:
    from clientfire.errors import InputError
    from clientfire.importers.records import Options
    from clientfire.importers.session import Request
    from clientfire.importers.values import DATE_FORMATS
    from clientfire.messages import message
    from clientfire.options import lang_of, today_of

    if args.fmt == "csv" and not args.map:
        raise InputError(message("import.needs_map"), key="--map")
    if args.map and args.fmt != "csv":
        raise InputError(message("import.map_not_csv", fmt=args.fmt), key="--map")
    currency = (args.currency or "").upper() or None
    if currency and not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise InputError(message("import.currency_option", currency=args.currency), key="--currency")
    options = Options(date_order=DATE_FORMATS.get(args.date_format or ""), zone=_zone(args.timezone),
                      decimal_comma=args.decimal_comma, encoding=args.encoding)
    folder = Path(args.out or "clients")
    return Request(args.fmt, tuple(args.files), today_of(args), folder, options, args.map, args.aliases, currency,
                   lang_of(args))


def _zone(name: str | None) -> Any:
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from clientfire.errors import InputError
    from clientfire.messages import message

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(message("import.unknown_zone", zone=name), key="--timezone") from exc


def _fact_line(change: Any, facts: dict[str, Any], lang: str = "en") -> str:
    from clientfire.explain.evidence import format_value
    from clientfire.messages import render, text_of

    fact = facts.get(change.fact)
    shown = [text_of(record, lang) for record in fact.records[:3]] if fact else []
    records = f" ({', '.join(shown)}{', ...' if fact and len(fact.records) > 3 else ''})" if fact else ""
    if change.kind == "kept":
        return render("import.out.kept", {"fact": change.fact, "old": format_value(change.old),
                                          "new": format_value(change.new)}, lang)
    if change.kind == "remove":
        return render("import.out.removed", {"fact": change.fact}, lang)
    was = render("import.out.was", {"old": format_value(change.old)}, lang) if change.kind == "update" else ""
    return f"  {_SIGNS[change.kind]} {change.fact} = {format_value(change.new)}{was}{records}"


def _closing(args: argparse.Namespace, outcome: Any, lang: str) -> str:
    """The count of clients, records and files written (or, with --dry-run, to write)."""
    from clientfire.messages import render

    code = ("import.out.would_write" if args.dry_run else "import.out.wrote") + ("_csv" if args.csv else "")
    changed = sum(1 for p in outcome.plans if p.changed)
    return render(code, {"clients": len(outcome.plans), "rows": outcome.rows, "changed": changed}, lang)


def run(args: argparse.Namespace) -> int:
    """Import the exports; print per client what was (or, with --dry-run, would be) written."""
    from clientfire.errors import InputError
    from clientfire.importers.plan import csv_text, diff_text, write_plans
    from clientfire.importers.session import run_import
    from clientfire.messages import message, render
    from clientfire.options import engine_for, lang_of
    from clientfire.output import write_atomic

    lang = lang_of(args)
    request = _request(args)
    if args.csv and Path(args.csv).exists() and not args.dry_run:
        raise InputError(message("import.csv_exists"), path=args.csv)
    outcome = run_import(request, engine_for(args).kb)
    for note in outcome.notes:
        print(render("frame.note", {"text": note}, lang), file=sys.stderr)
    lines = []
    for plan in outcome.plans:
        state = "import.out.new" if plan.old_text is None else "import.out.updated" if plan.changed \
            else "import.out.unchanged"
        target = args.csv if args.csv else plan.path
        lines.append(f"{plan.name} -> {target} ({render(state, {}, lang)})")
        lines += [_fact_line(c, {f.fact: f for f in plan.facts}, lang) for c in plan.changes]
        if args.dry_run and not args.csv and plan.changed:
            lines.append(diff_text(plan).rstrip("\n"))
    if args.csv:
        if not args.dry_run:
            write_atomic(args.csv, csv_text(outcome.plans, lang))
    elif not args.dry_run:
        write_plans(outcome.plans)
    lines.append(_closing(args, outcome, lang))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
