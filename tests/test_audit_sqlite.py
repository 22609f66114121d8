"""The SQLite audit file (issues 14 and 17): schema-1 files read and upgraded with their outputs as printed; a
refused file left untouched; odd paths, a read-only folder and a bad CLIENTFIRE_DB_TIMEOUT give one clear line."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TODAY

from clientfire.audit.recorder import opened
from clientfire.audit.store import SCHEMA_VERSION

DAY = TODAY.isoformat()
OAKLINE = str(ROOT / "examples/oakline-late-payer.yaml")
FIXTURE = ROOT / "tests/data/audit-v1.sql.gz"  # 11 records made by clientfire before issue 14 (schema 1)


def _v1(path: Path) -> dict[int, dict[str, str]]:
    """The schema-1 fixture restored into `path`; each record's outputs as they were printed."""
    with sqlite3.connect(path) as conn:
        conn.executescript(gzip.open(FIXTURE, "rt", encoding="utf-8").read())
        rows = conn.execute("SELECT id, rendered FROM records ORDER BY id").fetchall()
    return {int(i): json.loads(r) for i, r in rows}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_schema_1_file_is_read_as_it_is(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    printed = _v1(db)
    before = _files(tmp_path)
    code, out, _ = run_cli("audit", "list", "--db", str(db), "--format", "json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == list(range(1, 12))
    for record_id, texts in printed.items():
        for fmt, text in texts.items():
            assert run_cli("audit", "show", str(record_id), "--format", fmt, "--db", str(db))[1] == text
    code, out, _ = run_cli("audit", "verify", "--db", str(db))
    assert code == 0 and "no hash chain yet" in out
    assert _files(tmp_path) == before  # reading changed nothing


def test_a_schema_1_file_is_upgraded_on_the_next_write(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    printed = _v1(db)
    size = db.stat().st_size
    assert run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))[0] == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta").fetchone()[0] == "2"
    assert db.stat().st_size < size / 2  # the full records made compact (their outputs kept as printed)
    for record_id, texts in printed.items():
        for fmt, text in texts.items():
            assert run_cli("audit", "show", str(record_id), "--format", fmt, "--db", str(db))[1] == text
    code, out, _ = run_cli("audit", "verify", "--db", str(db))
    assert code == 0 and out.startswith("valid: 12 records")
    exported = [json.loads(line) for line in run_cli("audit", "export", "--db", str(db))[1].splitlines()]
    assert exported[1]["result"]["verdict"] == "fire" and exported[1]["rendered"] == printed[2]


def _foreign(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE other (a)")


def _newer(path: Path) -> None:
    """A clientfire database of a later schema, in WAL mode as clientfire leaves it (closed: no -wal left)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '3')")
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize(("make", "expected"), [(_foreign, "not a clientfire audit database"),
                                                (_newer, "schema version 3")], ids=["foreign", "newer"])
def test_a_refused_file_is_not_changed(run_cli: Any, tmp_path: Path, make: Any, expected: str) -> None:
    db = tmp_path / "audit.db"
    make(db)
    before = _files(tmp_path)
    for args in (["verdict", OAKLINE, "--today", DAY], ["audit", "list"], ["batch", str(ROOT / "examples")]):
        code, _, err = run_cli(*args, "--db", str(db))
        assert code == 2 and expected in err
    assert _files(tmp_path) == before  # no -wal, no -shm, not a byte changed


def test_not_a_regular_file(run_cli: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)
    for db in ("/dev/null", str(fifo)):
        for args in (["verdict", OAKLINE, "--today", DAY], ["audit", "list"]):
            code, out, err = run_cli(*args, "--db", db)
            assert (code, out) == (2, "") and "must be a regular file" in err and db in err


@pytest.mark.parametrize("value", ["1e400", "abc", "-1", "nan", "inf"])
def test_a_bad_timeout_is_refused(run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CLIENTFIRE_DB_TIMEOUT", value)
    for args in (["verdict", OAKLINE, "--today", DAY], ["audit", "list"]):
        code, out, err = run_cli(*args, "--db", str(tmp_path / "audit.db"))
        assert (code, out) == (2, "") and "CLIENTFIRE_DB_TIMEOUT" in err and value in err
        assert len(err.strip().splitlines()) == 1


def _read_only(folder: Path) -> Any:
    """Make `folder` read-only for this process (root ignores modes: an immutable folder instead); an undo."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only folder as root here (chattr +i is not supported)")
    return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_database_in_a_read_only_folder_is_read(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "audit.db"
    code, printed, _ = run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
    assert code == 0 and not Path(str(db) + "-wal").exists()
    undo = _read_only(folder)
    try:
        assert run_cli("audit", "list", "--db", str(db))[0] == 0
        assert run_cli("audit", "show", "1", "--db", str(db))[1] == printed
        assert run_cli("audit", "verify", "--db", str(db))[0] == 0
        code, out, err = run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    finally:
        undo()


def test_postgresql_without_psycopg_says_what_to_install(run_cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "clientfire.audit.pg_store", raising=False)
    code, out, err = run_cli("audit", "list", "--db", "postgresql://user:secret@127.0.0.1:1/none")
    assert (code, out) == (2, "") and "pip install 'clientfire[postgres]'" in err
    assert "secret" not in err  # the password is not shown


def test_an_open_store_is_left_open(tmp_path: Path, engine: Any) -> None:
    """A long-lived process (a `serve` worker) opens the database once and passes the Store to every call."""
    from clientfire.audit import list_records, record, show_record

    client = engine.load_client(OAKLINE)
    result = engine.evaluate(client, TODAY)
    with opened(str(tmp_path / "audit.db"), True) as store:
        assert [record(store, result, client.as_given(), engine.kb, "serve") for _ in range(3)] == [1, 2, 3]
        assert [r["id"] for r in list_records(store)] == [1, 2, 3]
        assert show_record(store, 2, "json").texts["json"].startswith("{")
        assert store.conn.execute("SELECT 1").fetchone() == (1,)  # still open


def test_checking_a_file_keeps_this_process_locks_on_it(tmp_path: Path) -> None:
    """Opening a database must not drop the POSIX locks another of this process's connections holds (Python's own
    open()/close() of the file would): else another process checkpoints under it and records get the same id."""
    from clientfire.audit.sqlite_schema import check_file

    db = tmp_path / "audit.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    held = sqlite3.connect(db, isolation_level=None)
    held.execute("SELECT * FROM t").fetchall()  # this process now holds a shared lock on the file
    try:
        assert check_file(db, True) is True
        code = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
                "print(c.execute('PRAGMA journal_mode = DELETE').fetchone()[0])")
        other = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)
        assert "database is locked" in other.stderr, other  # our shared lock still stops it leaving WAL mode
    finally:
        held.close()
        conn.close()


def _hold_write_lock(path: Path, seconds: float) -> tuple[sqlite3.Connection, Any]:
    """Another opener in the middle of making the file: a write lock held for `seconds`, then let go."""
    import threading

    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(seconds, lambda: other.execute("COMMIT"))
    release.start()
    return other, release


@pytest.mark.parametrize("seconds", [0.05, 0.3])
def test_two_openers_racing_to_make_the_file_both_get_it(tmp_path: Path, seconds: float) -> None:
    # SQLite refuses the switch to WAL at once, without waiting, while another connection holds a write lock
    from clientfire.audit.sqlite_store import SqliteStore

    db = tmp_path / "audit.db"
    other, release = _hold_write_lock(db, seconds)
    try:
        store = SqliteStore(db, True)
    finally:
        release.join()
        other.close()
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.version == SCHEMA_VERSION
    finally:
        store.conn.close()


def test_a_write_lock_held_past_the_timeout_is_still_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientfire.audit.sqlite_store import SqliteStore
    from clientfire.errors import AuditError

    monkeypatch.setenv("CLIENTFIRE_DB_TIMEOUT", "0.2")
    db = tmp_path / "audit.db"
    other, release = _hold_write_lock(db, 1.0)
    try:
        with pytest.raises(AuditError, match="locked by another process"):
            SqliteStore(db, True)
    finally:
        release.join()
        other.close()
