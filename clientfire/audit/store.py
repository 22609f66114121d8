"""The audit database: SQLite in WAL mode, append-only records, a schema version checked on open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from clientfire.errors import AuditError

__all__ = ["SCHEMA_VERSION", "default_db_path", "connect", "guard", "write", "timeout"]

SCHEMA_VERSION = 1
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS knowledge (
    hash TEXT PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL, stored TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL, command TEXT NOT NULL, client TEXT NOT NULL,
    verdict TEXT NOT NULL, strength TEXT NOT NULL, evaluated_on TEXT NOT NULL, lang TEXT NOT NULL,
    knowledge_version TEXT NOT NULL, knowledge_hash TEXT NOT NULL REFERENCES knowledge(hash),
    input TEXT NOT NULL, input_text TEXT, input_path TEXT,
    result TEXT NOT NULL, trace TEXT NOT NULL, explanation TEXT NOT NULL, rendered TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_client ON records(client);
CREATE INDEX IF NOT EXISTS records_created ON records(created);
"""
_FROZEN = ("records", "knowledge")


def default_db_path() -> Path:
    """$CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db, else ~/.local/share/clientfire/audit.db."""
    if os.environ.get("CLIENTFIRE_DB"):
        return Path(os.environ["CLIENTFIRE_DB"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clientfire" / "audit.db"


def timeout() -> float:
    """Seconds to wait for another process's lock ($CLIENTFIRE_DB_TIMEOUT, default 10)."""
    try:
        return max(0.0, float(os.environ.get("CLIENTFIRE_DB_TIMEOUT", "10")))
    except ValueError:
        return 10.0


def _message(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "the audit database is locked by another process (try again, or use --no-record)"
    if "readonly" in text or "read-only" in text:
        return "the audit database is read-only (use --db with a writable file, or --no-record)"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "the audit database is corrupt or not a clientfire audit database"
    if "unable to open" in text:
        return "cannot open the audit database (is the path a writable file?)"
    if "cannot be changed" in text or "cannot be deleted" in text:
        return "audit records cannot be changed or deleted"
    return f"audit database error: {exc}"


@contextlib.contextmanager
def guard(path: Path) -> Iterator[None]:
    """Turn any SQLite or file error into one AuditError naming the database."""
    try:
        yield
    except sqlite3.Error as exc:
        raise AuditError(_message(exc), path=str(path)) from exc
    except OSError as exc:
        raise AuditError(f"cannot use the audit database: {exc.strerror or exc}", path=str(path)) from exc


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in (s for s in _TABLES.split(";") if s.strip()):
            conn.execute(statement)
        for table in _FROZEN:
            for action in ("UPDATE", "DELETE"):
                conn.execute(f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} BEFORE {action} ON {table} "
                             f"BEGIN SELECT RAISE(ABORT, 'audit records cannot be "
                             f"{'changed' if action == 'UPDATE' else 'deleted'}'); END")
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        raise AuditError("not a clientfire audit database (no schema version)", path=str(path))
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or row[0] != str(SCHEMA_VERSION):
        found = row[0] if row else "none"
        raise AuditError(f"audit database schema version {found}, this clientfire reads version {SCHEMA_VERSION}",
                         path=str(path))


def connect(path: Path, writable: bool) -> sqlite3.Connection:
    """Open the database (creating it when writing); check its schema version. Raises AuditError."""
    if path.is_dir():
        raise AuditError("cannot open the audit database: the path is a folder", path=str(path))
    if not writable and not path.exists():
        raise AuditError("no audit database here yet (nothing was recorded)", path=str(path))
    with guard(path):
        if writable:
            path.parent.mkdir(parents=True, exist_ok=True)
        uri = f"file:{quote(str(path.resolve()))}?mode={'rwc' if writable else 'ro'}"
        conn = sqlite3.connect(uri, uri=True, timeout=timeout(), isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout() * 1000)}")
            if writable:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    _create(conn)
            _check_schema(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn


@contextlib.contextmanager
def write(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error)."""
    with guard(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
