"""The audit log in one SQLite file: WAL mode, append-only records (triggers), the schema checked before any change."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from clientfire.errors import AuditError

from .codec import COLUMNS
from .store import SCHEMA_VERSION, Query, Store, Writer, timeout

__all__ = ["SqliteStore", "guard"]

Json = dict[str, Any]
_HEADER = b"SQLite format 3\x00"
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS knowledge (
    hash TEXT PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL, stored TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS retention (op TEXT NOT NULL);
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
CREATE TRIGGER IF NOT EXISTS knowledge_no_update BEFORE UPDATE ON knowledge
BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS knowledge_no_delete BEFORE DELETE ON knowledge
BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END;
"""
_INSERT = f"INSERT INTO records ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


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
    if "disk" in text and "full" in text:
        return "the disk holding the audit database is full"
    return f"audit database error: {exc}"


@contextlib.contextmanager
def guard(path: Path | str) -> Iterator[None]:
    """Turn any SQLite or file error into one AuditError naming the database."""
    try:
        yield
    except sqlite3.Error as exc:
        raise AuditError(_message(exc), path=str(path)) from exc
    except OSError as exc:
        raise AuditError(f"cannot use the audit database: {exc.strerror or exc}", path=str(path)) from exc


def _check_file(path: Path, writable: bool) -> bool:
    """Refuse what cannot be an audit database before SQLite touches it; True if the file exists (and is not empty)."""
    with guard(path):
        if path.is_dir():
            raise AuditError("cannot open the audit database: the path is a folder", path=str(path))
        if not path.exists():
            if not writable:
                raise AuditError("no audit database here yet (nothing was recorded)", path=str(path))
            return False
        if not path.is_file():
            raise AuditError("the audit database must be a regular file (not a device, FIFO or socket)", path=str(path))
        if path.stat().st_size == 0:
            return False
        with path.open("rb") as handle:
            head = handle.read(len(_HEADER))
    if head != _HEADER:
        raise AuditError("the audit database is corrupt or not a clientfire audit database", path=str(path))
    return True


class _SqliteWriter(Writer):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def head(self) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def insert(self, rows: Sequence[Json]) -> None:
        self.conn.executemany(_INSERT, [tuple(r[c] for c in COLUMNS) for r in rows])

    def put_snapshot(self, kb_hash: str, version: str, files: str, stored: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO knowledge (hash, version, files, stored) VALUES (?, ?, ?, ?)",
                          (kb_hash, version, files, stored))

    def tombstone(self, ids: Sequence[int], forgotten_by: int) -> None:
        self.conn.executemany("UPDATE records SET client = '', input_path = NULL, body = NULL, forgotten_by = ? "
                              "WHERE id = ?", [(forgotten_by, i) for i in ids])

    def delete_through(self, last_id: int) -> int:
        return int(self.conn.execute("DELETE FROM records WHERE id <= ?", (last_id,)).rowcount)


class SqliteStore(Store):
    """An audit log in an SQLite file (created on the first write; a schema-1 file is upgraded then)."""

    kind = "sqlite"

    def __init__(self, path: Path, writable: bool) -> None:
        self.path, self.target, self.writable = path, str(path), writable
        wait = timeout()
        exists = _check_file(path, writable)
        if exists and not Path(str(path) + "-wal").exists():
            _peek(path)  # a file to refuse is refused before SQLite makes its -wal and -shm files beside it
        with guard(path):
            if writable:
                path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = self._connect(wait, writable, exists)
        try:
            with guard(path):
                self.version = self._prepare(exists)
        except BaseException:
            self.conn.close()
            raise

    def _connect(self, wait: float, writable: bool, exists: bool) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.path.resolve()))}?mode={'rwc' if writable else 'ro'}"
        try:
            conn = self._open(uri, wait)
            if not writable:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            wal = Path(str(self.path) + "-wal")
            if writable or not exists or wal.exists():
                raise
        # a database in a folder this process cannot write (no -shm can be made): read the file as it is
        return self._open(uri + "&immutable=1", wait)

    @staticmethod
    def _open(uri: str, wait: float) -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=wait, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        return conn

    def _prepare(self, exists: bool) -> int:
        """Check the schema first; change the file (create, upgrade, WAL) only once it is known to be ours."""
        found = _schema(self.conn, self.target, self.writable)
        if found is None:
            self._create()
            return SCHEMA_VERSION
        if self.writable:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA secure_delete = ON")  # what `audit forget` erases is overwritten
            if found == "1":
                from .migrate import upgrade_sqlite

                upgrade_sqlite(self.conn)
                return SCHEMA_VERSION
        return int(found)

    def _create(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA secure_delete = ON")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:  # not made meanwhile
                for statement in _statements(_TABLES):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def write(self, retention: str | None = None) -> Iterator[Writer]:
        if not self.writable:
            raise AuditError("the audit database was opened for reading", path=self.target)
        with guard(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if retention:
                    self.conn.execute("INSERT INTO retention (op) VALUES (?)", (retention,))
                yield _SqliteWriter(self.conn)
                if retention:
                    self.conn.execute("DELETE FROM retention")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def rows(self, query: Query | None = None) -> Iterator[Json]:
        if self.version == 1:
            from .migrate import v1_rows

            yield from v1_rows(self.conn, query or Query(), self.target)
            return
        sql, params = _select(query or Query())
        with guard(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                yield dict(zip(names, row, strict=True))

    def snapshot(self, kb_hash: str) -> str | None:
        with guard(self.path):
            row = self.conn.execute("SELECT files FROM knowledge WHERE hash = ?", (kb_hash,)).fetchone()
        return str(row[0]) if row else None

    def snapshots(self) -> Iterator[tuple[str, str]]:
        with guard(self.path):
            yield from ((str(h), str(f)) for h, f in self.conn.execute("SELECT hash, files FROM knowledge ORDER BY hash"))

    def scrub(self) -> None:
        """Erased cells were zeroed (secure_delete); copy the pages into the file and empty the write-ahead log."""
        with guard(self.path):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with guard(self.path):
            self.conn.close()


def _schema(conn: sqlite3.Connection, target: str, writable: bool) -> str | None:
    """The schema version of the file ('1' or the current one), None if empty (to create); refuse any other."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables and writable:
        return None
    if not tables:
        raise AuditError("no audit database here yet (nothing was recorded)", path=target)
    if "meta" not in tables:
        raise AuditError("not a clientfire audit database (no schema version)", path=target)
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    found = str(row[0]) if row else "none"
    if found not in ("1", str(SCHEMA_VERSION)):
        raise AuditError(f"audit database schema version {found}, this clientfire reads versions 1 to "
                         f"{SCHEMA_VERSION}", path=target)
    return found


def _peek(path: Path) -> None:
    """Check the schema of a file that no process has open for writing (no -wal file), reading it as it is."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        _schema(conn, str(path), True)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise AuditError(_message(exc), path=str(path)) from exc
    finally:
        conn.close()


def _statements(script: str) -> list[str]:
    """The statements of a script (a trigger's body, BEGIN ... END, stays whole)."""
    found, current = [], ""
    for part in script.split(";"):
        current += part + ";"
        if current.strip() != ";" and (not re.search(r"\bBEGIN\b", current) or current.rstrip("; \n").endswith("END")):
            found.append(current.strip())
            current = ""
    return found


def _select(query: Query, columns: Sequence[str] = COLUMNS) -> tuple[str, list[Any]]:
    """The SELECT for a Query (shared with the schema-1 reader)."""
    sql = f"SELECT {', '.join(columns)} FROM records WHERE 1 = 1"
    params: list[Any] = []
    if query.client:
        sql += " AND instr(lower(client), lower(?)) > 0"
        params.append(query.client)
    if query.since:
        sql += " AND created >= ?"
        params.append(query.since)
    if query.command:
        sql += " AND command = ?"
        params.append(query.command)
    if query.knowledge_hash is not None:
        sql += " AND knowledge_hash = ?"
        params.append(query.knowledge_hash)
    if query.input_prefix is not None:
        sql += " AND substr(input_path, 1, ?) = ?"
        params.extend([len(query.input_prefix), query.input_prefix])
    if query.ids is not None:
        sql += f" AND id IN ({', '.join('?' * len(query.ids))})"
        params.extend(query.ids)
    if query.first is not None:
        sql += " AND id >= ?"
        params.append(query.first)
    if query.last is not None:
        sql += " AND id <= ?"
        params.append(query.last)
    return sql + " ORDER BY id", params
