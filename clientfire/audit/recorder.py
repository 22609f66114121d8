"""Record verdicts: compact records (facts, trace, options) in chunked transactions, each linked into the chain."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clientfire.record import Record

# the chain, codec, snapshot, store and render modules are imported where a record is made: a command run
# with --no-record imports none of them (hashlib, tempfile, sqlite3; issue 15, cold start)
if TYPE_CHECKING:
    from clientfire.engine.model import Knowledge

    from .store import Store

__all__ = ["AuditEntry", "Recorder", "entry_of", "facts_of", "record", "record_many", "record_run", "renderings",
           "add_record_options", "db_path_of", "opened", "FORMATS", "CHUNK"]

Json = dict[str, Any]
FORMATS = ("text", "markdown", "json")
#: records written per transaction by a streaming Recorder
CHUNK = 500
_where: dict[tuple[str, str | None], Any] = {}


class AuditEntry(Record):
    """One verdict ready to record: its summary columns and its body, compressed (made where the verdict was given)."""

    client: str
    verdict: str
    strength: str
    evaluated_on: str
    lang: str
    knowledge_version: str
    input_path: str | None
    body: bytes
    private_hash: str


def _options(explanation: Json | None, options: Json | None) -> Json:
    """How the output was made (to make it again): HOW added, or an explanation with WHY NOT and WHAT IF."""
    if options is not None:
        return {k: v for k, v in options.items() if v not in (None, False)}
    if explanation is None:
        return {}
    if "why_not" in explanation or "what_if" in explanation:
        return {"render": "explanation", "why_not": explanation.get("why_not_given", [True])[0]
                if "why_not_given" in explanation else True, "what_if": "what_if" in explanation}
    return {"how": True} if "how" in explanation else {}


def entry_of(result: Any, kb: Knowledge, facts: Json | None = None, *, lang: str = "en", trace: Any = None,
             explanation: Json | None = None, rendered: dict[str, str] | None = None, input_text: str | None = None,
             input_path: str | None = None, options: Json | None = None, overrides: str | Path | None = None,
             extra: Any = None, where: Json | None = None, level: int = 9) -> AuditEntry:
    """An AuditEntry from a Result (trace included) or from its JSON form (`result.to_json(kb, lang)`, `trace=`).

    `rendered`: the outputs as printed (their digests are kept, to prove `audit show` gives the same text);
    `options`: how they were made (`{"how": True}`, or `{"render": "explanation", "why_not": ..., "what_if": ...}`);
    `where`: how the knowledge files were named then (`snapshot.knowledge_where`; worked out here when not given);
    `level`: zlib's compression level (codec.FAST in a batch).
    """
    from .codec import digest, encode_body, pack_trace, private_hash
    from .snapshot import knowledge_where

    if isinstance(result, dict):
        head = (str(result.get("client", "")), result.get("verdict", ""), result.get("strength", ""),
                result.get("date", ""), result.get("knowledge_version", kb.version))
        steps = list(trace if trace is not None else result.get("trace", []))
    else:
        head = (result.client, result.verdict, result.strength, result.today, result.knowledge_version)
        steps = list(result.trace)
    given = facts if facts is not None else (result.get("facts", {}) if isinstance(result, dict) else {})
    body: Json = {"input": given, "trace": pack_trace(steps)}
    how = _options(explanation, options)
    searched = result.get("unknown_facts") if isinstance(result, dict) else result.unknown_facts
    if searched is not None:
        how["unknowns"] = True  # the unknown facts were searched (verdict, explain, ask): render them again
    if where is None:
        key = (kb.directory, str(overrides) if overrides else None)
        if key not in _where:
            _where[key] = knowledge_where(kb, overrides)
        where = _where[key]
    if where:
        how["where"] = where
    for name, value in (("options", how), ("input_text", input_text), ("extra", extra)):
        if value:
            body[name] = value
    if rendered:
        body["digests"] = {fmt: digest(text) for fmt, text in rendered.items()}
    blob = encode_body(body, level)
    return AuditEntry(head[0], head[1], head[2], head[3], lang, head[4], input_path, blob,
                      private_hash(head[0], input_path, blob))


def now() -> str:
    """The time a record is made: UTC, ISO 8601 to the microsecond."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _row(entry: AuditEntry, command: str, kb_hash: str, now: str) -> Json:
    from .render import RENDERER

    return {"created": now, "command": command, "client": entry.client, "verdict": entry.verdict,
            "strength": entry.strength, "evaluated_on": entry.evaluated_on, "lang": entry.lang,
            "knowledge_version": entry.knowledge_version, "knowledge_hash": kb_hash, "renderer": RENDERER,
            "input_path": entry.input_path, "body": entry.body, "private_hash": entry.private_hash,
            "forgotten_by": None}


@contextlib.contextmanager
def opened(target: str | Path | Store | None, writable: bool) -> Iterator[Store]:
    """The Store `target` (left open if it was given open), or the database it names, opened and closed."""
    from .store import Store, open_store

    if isinstance(target, Store):
        yield target
        return
    store = open_store(target, writable)
    try:
        yield store
    finally:
        store.close()


class Recorder:
    """Record verdicts as they come, `chunk` to a transaction (each transaction linked into the chain)."""

    def __init__(self, target: str | Path | Store | None, kb: Knowledge, command: str, *,
                 overrides: str | Path | None = None, chunk: int = CHUNK) -> None:
        from .snapshot import snapshot_of
        from .store import Store

        self.kb_hash, files = snapshot_of(kb, overrides)
        self.snapshot = (self.kb_hash, kb.version, json.dumps(files, ensure_ascii=False, sort_keys=True))
        self.command, self.chunk = command, max(1, chunk)
        self.pending: list[AuditEntry] = []
        self.ids: list[int] = []
        self._kept = False
        self._target = target
        self._store: Store | None = target if isinstance(target, Store) else None
        self._own = not isinstance(target, Store)

    @property
    def store(self) -> Store:
        """The database, opened on first use (nothing is created before a verdict is recorded)."""
        from .store import Store, open_store

        if self._store is None:
            self._store = open_store(self._target if not isinstance(self._target, Store) else None, True)
        return self._store

    def add(self, entry: AuditEntry) -> None:
        """Record `entry` (written when the chunk is full, or on `flush`)."""
        self.pending.append(entry)
        if len(self.pending) >= self.chunk:
            self.flush()

    def flush(self) -> list[int]:
        """Write what is pending in one transaction; the new records' ids."""
        if not self.pending:
            return []
        from .chain import append

        made = now()
        rows = [_row(e, self.command, self.kb_hash, made) for e in self.pending]
        with self.store.write() as writer:
            if not self._kept:  # the knowledge snapshot, with the first records (once per Recorder)
                writer.put_snapshot(*self.snapshot, made)
            ids = append(writer, rows)
        self._kept = True
        self.pending.clear()
        self.ids.extend(ids)
        return ids

    def close(self) -> None:
        """Write what is pending and close the database (if this Recorder opened it)."""
        try:
            self.flush()
        finally:
            if self._own and self._store is not None:
                self._store.close()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.close()
        elif self._own and self._store is not None:  # what was committed stays; what was pending is dropped
            self._store.close()


def record_many(db_path: str | Path | Store | None, items: Iterable[AuditEntry | tuple[Any, Json | None]],
                kb: Knowledge, command: str, *, lang: str = "en", overrides: str | Path | None = None) -> list[int]:
    """Record several verdicts in one transaction; return their ids. Items: AuditEntry or (result, facts).

    `overrides`: the overrides file merged into `kb`, if any (it is kept in the knowledge snapshot).
    """
    entries = [i if isinstance(i, AuditEntry) else entry_of(i[0], kb, i[1], lang=lang, overrides=overrides)
               for i in items]
    with Recorder(db_path, kb, command, overrides=overrides, chunk=len(entries) + 1) as recorder:
        for entry in entries:
            recorder.add(entry)
        recorder.flush()
        return recorder.ids


def record(db_path: str | Path | Store | None, result: Any, facts: Json | None, kb: Knowledge, command: str,
           **extra: Any) -> int:
    """Record one verdict (a Result, or its JSON plus `trace=`); extra: lang, explanation, rendered, options,
    input_text, input_path, overrides."""
    overrides = extra.get("overrides")
    return record_many(db_path, [entry_of(result, kb, facts, **extra)], kb, command, overrides=overrides)[0]


def add_record_options(parser: argparse.ArgumentParser) -> None:
    """`--db PATH|URL` and `--no-record` for a command that gives verdicts."""
    parser.add_argument("--db", metavar="PATH|URL", default=None,
                        help="audit database: a file, or postgresql://... (default: $CLIENTFIRE_DB, else "
                             "$XDG_DATA_HOME/clientfire/audit.db)")
    parser.add_argument("--no-record", action="store_true", help="do not record this verdict in the audit log")


def db_path_of(args: argparse.Namespace) -> str | Path:
    """The audit database chosen by --db (a path or a postgresql:// URL), or the default one."""
    from .store import default_target, is_url

    chosen = getattr(args, "db", None)
    if not chosen:
        return default_target()
    return chosen if is_url(chosen) else Path(chosen).expanduser()


def _input_text(path: str) -> str | None:
    try:
        return Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def facts_of(client: Any, grouped: bool = True) -> Json:
    """A client's facts as given (grouped as in a client file, or by dotted name), with the records behind imported
    facts (`evidence`): what makes the same client again."""
    if grouped:
        found: Json = client.as_given()
    else:
        found = {"client": client.name}
        for fact, value in client.values.items():
            found[fact] = value.isoformat() if isinstance(value, dt.date) else value
        if client.notes:
            found["notes"] = client.notes
    evidence = getattr(client, "evidence", None)
    if evidence:
        found["evidence"] = {fact: list(lines) for fact, lines in evidence.items()}
    return found


def renderings(args: argparse.Namespace, render: Callable[[str], str]) -> dict[str, str]:
    """Each format a record keeps, rendered; under --no-record only the format asked for (nothing else is kept)."""
    formats = (args.format,) if getattr(args, "no_record", False) else FORMATS
    return {fmt: render(fmt) for fmt in formats}


def record_run(args: argparse.Namespace, kb: Knowledge, result: Any, client: Any, lang: str, command: str,
               **extra: Any) -> int | None:
    """Record one command's verdict unless --no-record; the client file's text is kept as given."""
    if getattr(args, "no_record", False):
        return None
    return record(db_path_of(args), result, facts_of(client), kb, command, lang=lang,
                  overrides=getattr(args, "overrides", None), input_text=_input_text(client.path),
                  input_path=client.path, **extra)
