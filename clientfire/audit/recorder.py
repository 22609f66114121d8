"""Record verdicts in the audit database: one record per verdict, many in one transaction."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientfire.engine.model import Knowledge

from .snapshot import snapshot_of
from .store import connect, default_db_path, guard, write

__all__ = ["AuditEntry", "entry_of", "record", "record_many", "record_run", "add_record_options", "db_path_of",
           "FORMATS"]

Json = dict[str, Any]
FORMATS = ("text", "markdown", "json")


@dataclass(frozen=True)
class AuditEntry:
    """One verdict to record: the result JSON, its trace, the facts as given and the output as given."""

    result: Json
    facts: Json
    trace: list[Json] = field(default_factory=list)
    explanation: Json | None = None
    rendered: dict[str, str] | None = None
    input_text: str | None = None
    input_path: str | None = None


def entry_of(result: Any, kb: Knowledge, facts: Json | None = None, *, lang: str = "en", **extra: Any) -> AuditEntry:
    """An AuditEntry from a Result (trace included) or from its JSON form (`result.to_json(kb, lang)`)."""
    given = extra.pop("trace", None)
    if isinstance(result, dict):
        trace = list(given or result.get("trace", []))
        data = {k: v for k, v in result.items() if k != "trace"}
    else:
        data, trace = result.to_json(kb, lang), [dict(f) for f in result.trace]
    return AuditEntry(result=data, facts=facts if facts is not None else data.get("facts", {}), trace=trace, **extra)


def _rendered(entry: AuditEntry) -> dict[str, str]:
    if entry.rendered is not None:
        return entry.rendered
    from clientfire.explain.explain_render import render_verdict

    return {fmt: render_verdict(entry.result, fmt) for fmt in FORMATS}


def _row(entry: AuditEntry, kb_hash: str, kb: Knowledge, command: str, now: str) -> tuple[Any, ...]:
    res = entry.result
    dumps = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=False)  # noqa: E731
    return (now, command, str(res.get("client", "")), res.get("verdict", ""), res.get("strength", ""),
            res.get("date", ""), res.get("lang", "en"), res.get("knowledge_version", kb.version), kb_hash,
            dumps(entry.facts), entry.input_text, entry.input_path, dumps(res), dumps(entry.trace),
            dumps(entry.explanation if entry.explanation is not None else res), dumps(_rendered(entry)))


_INSERT = ("INSERT INTO records (created, command, client, verdict, strength, evaluated_on, lang, knowledge_version, "
           "knowledge_hash, input, input_text, input_path, result, trace, explanation, rendered) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def record_many(db_path: str | Path | None, items: Iterable[AuditEntry | tuple[Any, Json | None]], kb: Knowledge,
                command: str, *, lang: str = "en", overrides: str | Path | None = None) -> list[int]:
    """Record several verdicts in one transaction; return their ids. Items: AuditEntry or (result, facts).

    `overrides`: the overrides file merged into `kb`, if any (it is kept in the knowledge snapshot).
    """
    path = Path(db_path) if db_path else default_db_path()
    entries = [i if isinstance(i, AuditEntry) else entry_of(i[0], kb, i[1], lang=lang) for i in items]
    kb_hash, files = snapshot_of(kb, overrides)
    rows = []
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
    for entry in entries:
        rows.append(_row(entry, kb_hash, kb, command, now))
    conn = connect(path, writable=True)
    try:
        with write(conn, path):
            conn.execute("INSERT OR IGNORE INTO knowledge (hash, version, files, stored) VALUES (?, ?, ?, ?)",
                         (kb_hash, kb.version, json.dumps(files, ensure_ascii=False, sort_keys=True), now))
            return [int(conn.execute(_INSERT, row).lastrowid or 0) for row in rows]
    finally:
        with guard(path):
            conn.close()


def record(db_path: str | Path | None, result: Any, facts: Json | None, kb: Knowledge, command: str,
           **extra: Any) -> int:
    """Record one verdict (a Result, or its JSON plus `trace=`); extra: lang, explanation, rendered, input_text..."""
    lang = extra.pop("lang", "en")
    overrides = extra.pop("overrides", None)
    return record_many(db_path, [entry_of(result, kb, facts, lang=lang, **extra)], kb, command,
                       overrides=overrides)[0]


def add_record_options(parser: argparse.ArgumentParser) -> None:
    """`--db PATH` and `--no-record` for a command that gives verdicts."""
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="audit database (default: $CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db)")
    parser.add_argument("--no-record", action="store_true", help="do not record this verdict in the audit log")


def db_path_of(args: argparse.Namespace) -> Path:
    """The audit database chosen by --db, or the default one."""
    chosen = getattr(args, "db", None)
    return Path(chosen).expanduser() if chosen else default_db_path()


def _input_text(path: str) -> str | None:
    try:
        return Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def record_run(args: argparse.Namespace, kb: Knowledge, result: Any, client: Any, lang: str, command: str,
               **extra: Any) -> int | None:
    """Record one command's verdict unless --no-record; the client file's text is kept as given."""
    if getattr(args, "no_record", False):
        return None
    return record(db_path_of(args), result, client.as_given(), kb, command, lang=lang,
                  overrides=getattr(args, "overrides", None), input_text=_input_text(client.path),
                  input_path=client.path, **extra)
