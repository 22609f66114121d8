"""`clientfire audit list|show|replay|export|verify|forget|purge|seal`: the recorded verdicts (append-only: only
forget and purge change the log, and they are recorded in it; seal adds the outputs as text)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from clientfire.audit.recorder import FORMATS, db_path_of
from clientfire.engine.model import LANGUAGES
from clientfire.errors import InputError, NoAuditDatabase
from clientfire.escape import json_safe, visible, visible_lines
from clientfire.explain.labels import label, term
from clientfire.messages import message, render
from clientfire.options import add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit, write_atomic
from clientfire.textwidth import pad

__all__ = ["register", "run"]


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH|URL", default=None,
                        help="audit database: a file, or postgresql://... (default: $CLIENTFIRE_DB, else "
                             "$XDG_DATA_HOME/clientfire/audit.db)")


def register(subparsers: Any) -> None:
    """Add the `audit` sub-command and its actions."""
    parser = subparsers.add_parser("audit", help="the audit log of every verdict given",
                                   description="List, show, replay, export and verify the recorded verdicts; "
                                               "erase a client's records on request or purge old ones.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the records")
    listing.add_argument("--client", metavar="NAME", help="only clients whose name contains NAME (any case)")
    listing.add_argument("--since", metavar="DATE", help="only records made on or after DATE (YYYY-MM-DD)")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_lang(listing)
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
    check = actions.add_parser("verify", help="check the hash chain: name the first record changed, removed or inserted")
    check.add_argument("--head", metavar="ID:HASH", help="a head noted earlier (from `audit verify`): it must still "
                                                         "be in the chain (catches records removed from the end)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    erase = actions.add_parser("forget", help="erase a client's records on request (their hashes stay in the chain)")
    erase.add_argument("--client", metavar="NAME", required=True, help="the client's whole name (any case)")
    erase.add_argument("--dry-run", action="store_true", help="only list the records that would be erased")
    cut = actions.add_parser("purge", help="delete the records made before a date (the chain starts anew from them)")
    cut.add_argument("--before", metavar="DATE", required=True, help="YYYY-MM-DD")
    cut.add_argument("--dry-run", action="store_true", help="only count the records that would be deleted")
    keep = actions.add_parser("seal", help="keep every record's output as text, to show it as it is after an upgrade "
                                           "that renders differently")
    for sub in (listing, show, again, export, check, erase, cut, keep):
        _db(sub)
        if sub is not listing:  # the record is shown as it was given: --lang is the language of the errors
            sub.add_argument("--lang", choices=LANGUAGES, default=None,
                             help="language of the error messages and this action's own lines (default: "
                                  "$CLIENTFIRE_LANG, then the locale, then en)")
        sub.set_defaults(run=run)


def _list(args: argparse.Namespace) -> int:
    from clientfire.audit.query import list_records

    lang = lang_of(args)
    try:
        rows = list_records(db_path_of(args), args.client, args.since)
    except NoAuditDatabase:
        rows = []
    if args.format == "json":
        emit(json_safe(json.dumps(rows, indent=2, ensure_ascii=False)))
    elif not rows:
        emit(label("No record matches." if args.client or args.since else "No audit records yet.", lang))
    else:
        emit("\n".join(visible(_line(r, lang)) for r in rows))
    return 0


def _line(r: dict[str, Any], lang: str = "en") -> str:
    when = r["created"][:19].replace("T", " ")
    if r["command"] in ("forget", "purge"):
        return f"{r['id']:>5}  {when}  ({r['command']}: `audit show {r['id']}`)"
    verdict, strength = pad(term(r["verdict"], lang), 10), pad(term(r["strength"], lang), 9)
    if r.get("forgotten_by") is not None:
        return f"{r['id']:>5}  {when}  {verdict} {strength} " + \
            label("(erased on request, record {record})", lang).format(record=r["forgotten_by"])
    return (f"{r['id']:>5}  {when}  {verdict} {strength} {r['client']}  "
            + label("({command}, knowledge {version})", lang).format(command=r["command"],
                                                                     version=r["knowledge_version"])
            + (f"  {r['input_path']}" if r.get("input_path") else ""))


def _show(args: argparse.Namespace) -> int:
    from clientfire.audit.query import show_record

    made = show_record(db_path_of(args), args.id, args.format)
    if args.format not in made.texts:
        raise InputError(message("audit.not_kept_as", id=args.id, fmt=args.format, kept=", ".join(made.texts)),
                         key="--format")
    if made.note:
        print(visible(render("frame.note", {"text": made.note}, lang_of(args))), file=sys.stderr)
    text = made.texts[args.format]  # as given: what this version renders has no raw control character left
    sys.stdout.write(json_safe(text) if args.format == "json" else visible_lines(text))
    return 0


def _replay(args: argparse.Namespace) -> int:
    from clientfire.audit.replay import replay, replay_lines

    day = today_of(args) if args.today else None
    found = replay(db_path_of(args), args.id, engine_for(args), day)
    emit(json_safe(json.dumps(found, indent=2, ensure_ascii=False)) if args.format == "json"
         else "\n".join(visible(line) for line in replay_lines(found)))
    return 0


def _export(args: argparse.Namespace) -> int:
    from clientfire.audit.query import iter_records

    lines = (json_safe(json.dumps(r, ensure_ascii=False, sort_keys=True)) + "\n" for r in iter_records(db_path_of(args)))
    if args.out:
        write_atomic(args.out, "".join(lines))
    else:
        for line in lines:
            sys.stdout.write(line)
    return 0


def _head(raw: str | None) -> tuple[int, str] | None:
    if not raw:
        return None
    number, _, digest = raw.partition(":")
    if not number.isdigit() or len(digest) != 64:
        raise InputError(message("audit.head", raw=raw), key="--head")
    return int(number), digest


def _verify(args: argparse.Namespace) -> int:
    from clientfire.audit.chain import verify
    from clientfire.audit.recorder import opened

    with opened(db_path_of(args), False) as store:
        found = verify(store, _head(args.head))
    if args.format == "json":
        emit(json.dumps(found.to_json(), indent=2))
    else:
        emit("\n".join(_verify_lines(found, lang_of(args))))
    return 2 if found.problem else 0


def _verify_lines(found: Any, lang: str) -> list[str]:
    lines = [note.text(lang) for note in found.notes]
    if found.notes and not found.records and not found.problem:
        pass
    elif found.problem:
        lines.append(render("audit.out.not_valid", {"problem": found.problem.said, "count": found.records}, lang))
    else:
        lines.append(render("audit.out.valid", {"count": found.records, "erased": found.tombstones}, lang))
    if found.head and not found.problem:
        lines.append(render("audit.out.head", {"id": found.head[0], "hash": found.head[1]}, lang))
    return lines


def _forget(args: argparse.Namespace) -> int:
    from clientfire.audit.retention import forget

    lang = lang_of(args)
    done = forget(db_path_of(args), args.client, dry_run=args.dry_run)
    said = {"count": len(done["erased"]), "ids": ", ".join(map(str, done["erased"])) or message("audit.out.none")}
    if args.dry_run:
        emit(render("audit.out.would_erase", said, lang))
    else:
        emit(render("audit.out.erased", said, lang)
             + (render("audit.out.recorded_as", {"record": done["record"]}, lang) if done["record"] else ""))
    return 0


def _purge(args: argparse.Namespace) -> int:
    from clientfire.audit.retention import purge

    lang = lang_of(args)
    done = purge(db_path_of(args), args.before, dry_run=args.dry_run)
    span = message("audit.out.span", first=done["first"], last=done["last"]) if done["last"] \
        else message("audit.out.no_record")
    said = {"count": done["purged"], "span": span}
    if args.dry_run:
        emit(render("audit.out.would_delete", said, lang))
    else:
        emit(render("audit.out.deleted", said, lang)
             + (render("audit.out.recorded_as_then", {"record": done["record"]}, lang) if done["record"] else ""))
    return 0


def _seal(args: argparse.Namespace) -> int:
    from clientfire.audit.seal import seal

    done = seal(db_path_of(args))
    emit(render("audit.out.sealed", {"count": done["sealed"]}, lang_of(args)))
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one audit action."""
    return {"list": _list, "show": _show, "replay": _replay, "export": _export, "verify": _verify,
            "forget": _forget, "purge": _purge, "seal": _seal}[args.action](args)
