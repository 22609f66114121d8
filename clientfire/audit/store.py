"""The storage interface of the audit log: one Store per database, SQLite (a file) or PostgreSQL (a URL)."""

from __future__ import annotations

import abc
import contextlib
import math
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from clientfire.errors import AuditError, InputError
from clientfire.messages import message

__all__ = ["SCHEMA_VERSION", "Store", "Writer", "Query", "open_store", "default_db_path", "default_target",
           "is_url", "timeout", "shown"]

#: 1: full records (three renderings, result, trace); 2: compact records in a hash chain, forget and purge
SCHEMA_VERSION = 2
Json = dict[str, Any]
_URL_PREFIXES = ("postgresql://", "postgres://")
_MAX_TIMEOUT = 86_400.0


def is_url(target: str | Path | None) -> bool:
    """Whether `target` names a PostgreSQL database (`postgresql://...`) rather than a file."""
    return isinstance(target, str) and target.startswith(_URL_PREFIXES)


def default_db_path() -> Path:
    """$CLIENTFIRE_DB (a file), else $XDG_DATA_HOME/clientfire/audit.db, else ~/.local/share/clientfire/audit.db."""
    chosen = os.environ.get("CLIENTFIRE_DB")
    if chosen and not is_url(chosen):
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clientfire" / "audit.db"


def default_target() -> str | Path:
    """The audit database to use when none is given: $CLIENTFIRE_DB (a path or a postgresql:// URL), else the file."""
    chosen = os.environ.get("CLIENTFIRE_DB")
    return chosen if chosen and is_url(chosen) else default_db_path()


def shown(target: str | Path) -> str:
    """The database as named in messages (a URL without its password)."""
    if not is_url(target):
        return str(target)
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(str(target))
    if parts.password is None:
        return str(target)
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def timeout() -> float:
    """Seconds to wait for another process's lock: $CLIENTFIRE_DB_TIMEOUT (0 to 86400), default 10."""
    raw = os.environ.get("CLIENTFIRE_DB_TIMEOUT", "").strip()
    if not raw:
        return 10.0
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (0.0 <= value <= _MAX_TIMEOUT):  # also refuses nan and infinities (1e400)
        raise InputError(message("audit.timeout", most=f"{_MAX_TIMEOUT:.0f}", raw=raw), key="CLIENTFIRE_DB_TIMEOUT")
    return value


class Query:
    """Which records to read: part of a client's name (any case), made on or after a date, an id range."""

    def __init__(self, client: str | None = None, since: str | None = None, ids: Sequence[int] | None = None,
                 first: int | None = None, last: int | None = None, command: str | None = None,
                 knowledge_hash: str | None = None, input_prefix: str | None = None) -> None:
        self.client, self.since, self.ids, self.first, self.last, self.command = client, since, ids, first, last, command
        self.knowledge_hash, self.input_prefix = knowledge_hash, input_prefix


class Writer(abc.ABC):
    """One write transaction, holding the chain's lock: read the head, add records, erase or purge."""

    @abc.abstractmethod
    def head(self) -> tuple[int, str] | None:
        """The id and hash of the last record (None in an empty log)."""

    @abc.abstractmethod
    def insert(self, rows: Sequence[Json]) -> None:
        """Add records (every column of codec.COLUMNS), in one statement run over all of them."""

    @abc.abstractmethod
    def put_snapshot(self, kb_hash: str, version: str, files: str, stored: str) -> None:
        """Keep a knowledge snapshot (once per hash)."""

    @abc.abstractmethod
    def tombstone(self, ids: Sequence[int], forgotten_by: int) -> None:
        """Erase the private columns of records (needs the transaction opened for `forget`)."""

    @abc.abstractmethod
    def delete_through(self, last_id: int) -> int:
        """Delete every record up to `last_id` (needs the transaction opened for `purge`); how many."""

    @abc.abstractmethod
    def put_texts(self, rows: Sequence[tuple[int, str, bytes]]) -> None:
        """Keep the outputs of records as text (record id, renderer, compressed JSON by format): `audit seal`."""


class Store(abc.ABC):
    """An open audit database: its schema checked; reads, and write transactions through `write()`."""

    kind = ""
    target = ""
    version = SCHEMA_VERSION

    @abc.abstractmethod
    def write(self, retention: str | None = None) -> contextlib.AbstractContextManager[Writer]:
        """One write transaction (`retention`: 'forget' or 'purge' allows exactly that change)."""

    @abc.abstractmethod
    def rows(self, query: Query | None = None) -> Iterator[Json]:
        """Records in id order (every column of codec.COLUMNS)."""

    @abc.abstractmethod
    def text(self, record_id: int) -> tuple[str, bytes] | None:
        """The outputs kept for a record by `audit seal` (renderer, compressed JSON), or None."""

    @abc.abstractmethod
    def snapshot(self, kb_hash: str) -> str | None:
        """The files (JSON text) of a knowledge snapshot."""

    @abc.abstractmethod
    def snapshots(self) -> Iterator[tuple[str, str]]:
        """Every snapshot: (hash, files as JSON text)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abc.abstractmethod
    def scrub(self) -> None:
        """After an erasure: let no copy of the erased data stay in the database's files (where it can)."""

    def row(self, record_id: int) -> Json | None:
        """One record, or None (also for an id no database column can hold)."""
        if not 0 < record_id < 2**63:
            return None
        return next(self.rows(Query(ids=[record_id])), None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(target: str | Path | None, writable: bool) -> Store:
    """Open the audit database `target` (a file path or a postgresql:// URL; None: the default one)."""
    chosen = default_target() if target is None or target == "" else target
    if is_url(chosen):
        try:
            from .pg_store import PostgresStore
        except ImportError as exc:
            raise AuditError(message("audit.needs_psycopg"),
                             path=shown(chosen)) from exc
        return PostgresStore(str(chosen), writable)
    from .sqlite_store import SqliteStore

    return SqliteStore(Path(chosen).expanduser(), writable)
