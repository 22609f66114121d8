"""The SQLite audit file's schema (tables, indexes, the append-only triggers), its errors in words, and the checks
made before SQLite changes anything: a regular file, SQLite's header, a schema version this clientfire reads."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from clientfire.engine.files import os_said
from clientfire.errors import AuditError, NoAuditDatabase
from clientfire.messages import Message, message

from .store import SCHEMA_VERSION, timeout

__all__ = ["TABLES", "statements", "guard", "check_file", "schema_of", "peek"]

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS knowledge (
    hash TEXT PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL, stored TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS retention (op TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS texts (record_id INTEGER PRIMARY KEY, renderer TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY, created TEXT NOT NULL, command TEXT NOT NULL, client TEXT NOT NULL,
    verdict TEXT NOT NULL, strength TEXT NOT NULL, evaluated_on TEXT NOT NULL, lang TEXT NOT NULL,
    knowledge_version TEXT NOT NULL, knowledge_hash TEXT NOT NULL REFERENCES knowledge(hash),
    input_path TEXT, renderer TEXT NOT NULL, body BLOB, private_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, forgotten_by INTEGER);
CREATE INDEX IF NOT EXISTS records_client ON records(client, created);
CREATE INDEX IF NOT EXISTS records_created ON records(created);
CREATE INDEX IF NOT EXISTS records_input ON records(knowledge_hash, command, input_path);
CREATE TRIGGER IF NOT EXISTS records_no_update BEFORE UPDATE ON records
WHEN NOT (EXISTS (SELECT 1 FROM retention WHERE op = 'forget') AND NEW.body IS NULL AND NEW.client = ''
          AND NEW.input_path IS NULL AND NEW.forgotten_by IS NOT NULL AND OLD.forgotten_by IS NULL
          AND NEW.id = OLD.id AND NEW.hash = OLD.hash AND NEW.prev_hash = OLD.prev_hash
          AND NEW.private_hash = OLD.private_hash AND NEW.created = OLD.created AND NEW.command = OLD.command
          AND NEW.verdict = OLD.verdict AND NEW.strength = OLD.strength AND NEW.evaluated_on = OLD.evaluated_on
          AND NEW.lang = OLD.lang AND NEW.knowledge_version = OLD.knowledge_version
          AND NEW.knowledge_hash = OLD.knowledge_hash AND NEW.renderer = OLD.renderer)
BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS records_no_delete BEFORE DELETE ON records
WHEN NOT EXISTS (SELECT 1 FROM retention WHERE op = 'purge')
BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS texts_no_update BEFORE UPDATE ON texts
BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS texts_no_delete BEFORE DELETE ON texts
WHEN NOT EXISTS (SELECT 1 FROM retention)
BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS knowledge_no_update BEFORE UPDATE ON knowledge
BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS knowledge_no_delete BEFORE DELETE ON knowledge
BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END;
"""


def _message(exc: sqlite3.Error) -> Message:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return message("audit.db_locked")
    if "readonly" in text or "read-only" in text:
        return message("audit.db_read_only")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return message("audit.db_corrupt")
    if "unable to open" in text:
        return message("audit.db_cannot_open")
    if "cannot be changed" in text or "cannot be deleted" in text:
        return message("audit.append_only")
    if "disk" in text and "full" in text:
        return message("audit.disk_full")
    return message("audit.db_error", reason=exc)


@contextlib.contextmanager
def guard(path: Path | str) -> Iterator[None]:
    """Turn any SQLite or file error into one AuditError naming the database."""
    try:
        yield
    except sqlite3.Error as exc:
        raise AuditError(_message(exc), path=str(path)) from exc
    except OSError as exc:
        raise AuditError(message("audit.db_os", reason=os_said(exc, as_is=True)), path=str(path)) from exc


def check_file(path: Path, writable: bool) -> bool:
    """Refuse what cannot be an audit database before SQLite touches it; True if the file exists (and is not empty)."""
    with guard(path):
        if path.is_dir():
            raise AuditError(message("audit.db_folder"), path=str(path))
        if not path.exists():
            if not writable:
                raise NoAuditDatabase(message("audit.db_none_yet"), path=str(path))
            return False
        if not path.is_file():
            raise AuditError(message("audit.db_not_regular"), path=str(path))
        if path.stat().st_size == 0:
            return False
    if not _is_database(path):
        raise AuditError(message("audit.db_corrupt"), path=str(path))
    return True


def _is_database(path: Path) -> bool:
    """Whether the file is an SQLite database, read through SQLite itself (read-only, locking as any reader does,
    so a file another process is creating or checkpointing is read whole). Never with Python's own open(): closing
    that file would drop every POSIX lock this process holds on the database (another connection of ours,
    mid-transaction), and another process could then checkpoint under it and hand out the same record id twice."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, isolation_level=None,
                               timeout=timeout())
    except sqlite3.Error:
        return True  # cannot be opened this way: the real connection says why
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError as exc:
        return "not a database" not in str(exc)  # anything else (busy, read-only folder): the real connection says
    finally:
        conn.close()


def schema_of(conn: sqlite3.Connection, target: str, writable: bool) -> str | None:
    """The schema version of the file ('1' or the current one), None if empty (to create); refuse any other."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables and writable:
        return None
    if not tables:
        raise NoAuditDatabase(message("audit.db_none_yet"), path=target)
    if "meta" not in tables:
        raise AuditError(message("audit.db_no_schema"), path=target)
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    found = str(row[0]) if row else "none"
    if found not in ("1", str(SCHEMA_VERSION)):
        raise AuditError(message("audit.db_schema_versions", found=found, version=SCHEMA_VERSION), path=target)
    return found


def peek(path: Path) -> None:
    """Check the schema of a file that no process has open for writing (no -wal file), reading it as it is."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        schema_of(conn, str(path), True)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise AuditError(_message(exc), path=str(path)) from exc
    finally:
        conn.close()


def statements(script: str) -> list[str]:
    """The statements of a script (a trigger's body, BEGIN ... END, stays whole)."""
    found, current = [], ""
    for part in script.split(";"):
        current += part + ";"
        if current.strip() != ";" and (not re.search(r"\bBEGIN\b", current) or current.rstrip("; \n").endswith("END")):
            found.append(current.strip())
            current = ""
    return found
