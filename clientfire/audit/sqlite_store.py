"""The audit log in one SQLite file: WAL mode, append-only records (triggers), the schema checked before any change."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from clientfire.errors import AuditError
from clientfire.messages import message

from .codec import COLUMNS
from .sqlite_schema import TABLES, check_file, guard, peek, schema_of, statements
from .store import SCHEMA_VERSION, Query, Store, Writer, timeout

__all__ = ["SqliteStore", "SqliteWriter", "select"]

Json = dict[str, Any]
_INSERT = f"INSERT INTO records ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class SqliteWriter(Writer):
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
        self.conn.executemany("DELETE FROM texts WHERE record_id = ?", [(i,) for i in ids])

    def delete_through(self, last_id: int) -> int:
        self.conn.execute("DELETE FROM texts WHERE record_id <= ?", (last_id,))
        return int(self.conn.execute("DELETE FROM records WHERE id <= ?", (last_id,)).rowcount)

    def put_texts(self, rows: Sequence[tuple[int, str, bytes]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO texts (record_id, renderer, body) VALUES (?, ?, ?)", rows)


class SqliteStore(Store):
    """An audit log in an SQLite file (created on the first write; a schema-1 file is upgraded then)."""

    kind = "sqlite"

    def __init__(self, path: Path, writable: bool) -> None:
        self.path, self.target, self.writable = path, str(path), writable
        self.wait = wait = timeout()
        exists = check_file(path, writable)
        if exists and not Path(str(path) + "-wal").exists():
            peek(path)  # a file to refuse is refused before SQLite makes its -wal and -shm files beside it
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
        found = schema_of(self.conn, self.target, self.writable)
        if found is None:
            self._create()
            return SCHEMA_VERSION
        if self.writable:
            self._settings()
            if found == "1":
                from .migrate import upgrade_sqlite

                upgrade_sqlite(self.conn)
                return SCHEMA_VERSION
        return int(found)

    def _settings(self) -> None:
        """WAL, normal sync, and overwrite what `audit forget` erases; the WAL switch waits out a racing opener."""
        self._retry_busy("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA secure_delete = ON")

    def _retry_busy(self, statement: str) -> None:
        """Run `statement`, retrying while locked: SQLite answers BUSY at once there when two openers race."""
        deadline = time.monotonic() + self.wait
        pause = 0.005
        while True:
            try:
                self.conn.execute(statement)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)

    def _create(self) -> None:
        self._settings()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:  # not made meanwhile
                for statement in statements(TABLES):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def write(self, retention: str | None = None) -> Iterator[Writer]:
        if not self.writable:
            raise AuditError(message("audit.db_opened_reading"), path=self.target)
        with guard(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if retention:
                    self.conn.execute("INSERT INTO retention (op) VALUES (?)", (retention,))
                yield SqliteWriter(self.conn)
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
        sql, params = select(query or Query())
        with guard(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                yield dict(zip(names, row, strict=True))

    def text(self, record_id: int) -> tuple[str, bytes] | None:
        if self.version < 2:
            return None
        with guard(self.path):
            row = self.conn.execute("SELECT renderer, body FROM texts WHERE record_id = ?", (record_id,)).fetchone()
        return (str(row[0]), bytes(row[1])) if row else None

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


_TESTS = (("client", " AND instr(lower(client), lower(?)) > 0"), ("since", " AND created >= ?"),
          ("command", " AND command = ?"), ("knowledge_hash", " AND knowledge_hash = ?"),
          ("first", " AND id >= ?"), ("last", " AND id <= ?"))


def select(query: Query, columns: Sequence[str] = COLUMNS) -> tuple[str, list[Any]]:
    """The SELECT for a Query (shared with the schema-1 reader)."""
    sql = f"SELECT {', '.join(columns)} FROM records WHERE 1 = 1"
    params: list[Any] = []
    for name, test in _TESTS:
        value = getattr(query, name)
        if value is not None and value != "":
            sql += test
            params.append(value)
    if query.input_prefix is not None:
        sql += " AND substr(input_path, 1, ?) = ?"
        params.extend([len(query.input_prefix), query.input_prefix])
    if query.ids is not None:
        sql += f" AND id IN ({', '.join('?' * len(query.ids))})"
        params.extend(query.ids)
    return sql + " ORDER BY id", params
