"""The audit log (issue 3): every verdict recorded in SQLite; show, replay, export; integrity and clear errors."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.audit import default_db_path, get_record, record, record_many
from clientfire.audit.replay import replay, replay_diff
from clientfire.audit.store import SCHEMA_VERSION
from clientfire.engine import Engine
from clientfire.engine.load import load_knowledge

OAKLINE = str(ROOT / "examples/oakline-late-payer.yaml")
DAY = TODAY.isoformat()


def _count(db: Path, table: str = "records") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _clientfire(*args: str) -> str:
    """Run clientfire in a new process; its standard output (exit code 0 required)."""
    import sys

    done = subprocess.run([sys.executable, "-m", "clientfire", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_verdict_is_recorded_with_its_input_and_knowledge(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    code, out, _ = run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
    assert code == 0
    code, listing, _ = run_cli("audit", "list", "--db", str(db), "--format", "json")
    rows = json.loads(listing)
    assert [(r["id"], r["client"], r["verdict"], r["command"]) for r in rows] == [
        (1, "Oakline Property Management", "pause_work", "verdict")]
    code, shown, _ = run_cli("audit", "show", "1", "--db", str(db))
    assert shown == out
    found = get_record(db, 1)
    assert found["input_text"] == Path(OAKLINE).read_text(encoding="utf-8")
    assert found["input"]["payment"]["late_invoices"] == 5
    assert [f["rule"] for f in found["trace"]][0] == "sign.late_payment"


def test_no_record_writes_nothing(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    assert run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db), "--no-record")[0] == 0
    assert not db.exists()


def test_default_path_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLIENTFIRE_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("CLIENTFIRE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "clientfire" / "audit.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_db_path() == tmp_path / "home" / ".local" / "share" / "clientfire" / "audit.db"


def test_show_is_byte_for_byte_after_knowledge_edit_and_replay_shows_it(run_cli: Any, tmp_path: Path) -> None:
    """Regression for issue 3's 'done when': record, edit a threshold, show the same, replay the difference."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    db = str(tmp_path / "audit.db")
    given = {}
    for fmt in ("text", "markdown", "json"):
        code, given[fmt], _ = run_cli("explain", OAKLINE, "--today", DAY, "--knowledge", str(knowledge),
                                      "--format", fmt, "--what-if", "--db", db)
        assert code == 0
    thresholds = knowledge / "thresholds.yaml"
    text = thresholds.read_text(encoding="utf-8")
    edited = text.replace("min_unpaid_overdue:\n      value: 1", "min_unpaid_overdue:\n      value: 3")
    assert edited != text
    thresholds.write_text(edited, encoding="utf-8")
    for record_id, fmt in enumerate(("text", "markdown", "json"), start=1):
        assert run_cli("audit", "show", str(record_id), "--format", fmt, "--db", db)[1] == given[fmt]
    # a new process, as a user would run it (the in-process engine cache still holds the unedited knowledge)
    out = _clientfire("audit", "replay", "1", "--knowledge", str(knowledge), "--db", db)
    # 2 overdue invoices are below the new threshold 3: no pause; the 5 late ones remain a habit to address
    assert "then:  pause_work (moderate)" in out and "today: address (weak)" in out and "DIFFERENT verdict" in out
    assert "threshold pause_work.min_unpaid_overdue: 1 -> 3" in out
    edited_engine = Engine(directory=knowledge)
    found = replay(Path(db), 1, edited_engine)
    assert found["reproduced"] is True and found["same_verdict"] is False
    assert [t["id"] for t in found["diff"]["thresholds"]] == ["pause_work.min_unpaid_overdue"]
    assert found["diff"]["rules"] == []
    client = edited_engine.load_client(OAKLINE)
    record(db, edited_engine.evaluate(client, TODAY), client.as_given(), edited_engine.kb, "test")
    assert _count(Path(db), "knowledge") == 2  # one snapshot per knowledge version, not per record


LATE_RULE = "      - payment.late_invoices >= late_payment.min_late_invoices\n"


def _edited_knowledge(tmp_path: Path, file: str, old: str, new: str) -> Any:
    folder = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", folder, ignore=shutil.ignore_patterns("*.py", "__pycache__", "scenarios"))
    text = (folder / file).read_text(encoding="utf-8")
    assert text.count(old) == 1
    (folder / file).write_text(text.replace(old, new), encoding="utf-8")
    return load_knowledge(folder)


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("thresholds.yaml", "min_late_invoices:\n      value: 3", "min_late_invoices:\n      value: 6",
     {"thresholds": [("late_payment.min_late_invoices", 3, 6, ["sign.late_payment"], ["sign.late_payment"])],
      "rules": []}),
    ("signs.yaml", LATE_RULE + "      - payment.pays_eventually != false or unknown\n",
     LATE_RULE + "      - payment.pays_eventually != false\n",
     {"thresholds": [], "rules": [("sign.late_payment", "changed", ["when"], True)]}),
    ("signs.yaml", "Repeated pushback on price often", "Repeated pushback on prices often",
     {"thresholds": [], "rules": [("sign.price_mismatch", "changed", ["text"], False)]}),
    ("signs.yaml", "Toistuvat vastaväitteet hinnasta", "Toistuvat vastaväitteet hinnoista",  # only the English text counts
     {"thresholds": [], "rules": []}),
], ids=["threshold", "rule-when", "rule-text-en", "rule-text-fi"])
def test_replay_diff_names_users_of_thresholds_and_fired_rules(engine: Any, tmp_path: Path, file: str, old: str,
                                                               new: str, expected: dict[str, Any]) -> None:
    """replay's view of engine.knowledge_diff: which rules use a changed threshold and which of them fired."""
    diff = replay_diff(engine.kb, _edited_knowledge(tmp_path, file, old, new), {"sign.late_payment", "verdict.keep"})
    assert [(t["id"], t["old"], t["new"], t["used_by"], t["fired"]) for t in diff["thresholds"]] == expected["thresholds"]
    assert [(r["id"], r["change"], r["parts"], r["fired"]) for r in diff["rules"]] == expected["rules"]
    assert diff["old_version"] == engine.kb.version != diff["new_version"]
    for rule in diff["rules"]:
        assert (rule["old"]["when"] != rule["new"]["when"]) == ("when" in rule["parts"])


def test_replay_on_unchanged_knowledge(run_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "audit.db")
    run_cli("verdict", str(ROOT / "examples/greyhaven-non-payer.yaml"), "--today", DAY, "--db", db)
    code, out, _ = run_cli("audit", "replay", "1", "--db", db)
    assert code == 0 and "same verdict" in out and "knowledge unchanged" in out


def test_list_filters_and_export(run_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "audit.db")
    for path in EXAMPLES[:3]:
        assert run_cli("verdict", str(path), "--today", DAY, "--db", db)[0] == 0
    _, out, _ = run_cli("audit", "list", "--db", db, "--client", "COPPER", "--format", "json")
    assert [r["client"] for r in json.loads(out)] == ["Copperleaf Interiors"]
    assert run_cli("audit", "list", "--db", db, "--since", "2999-01-01")[1].strip() == "No record matches."
    code, _, err = run_cli("audit", "list", "--db", db, "--since", "March")
    assert code == 2 and "--since" in err
    _, out, _ = run_cli("audit", "export", "--db", db)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in lines] == [1, 2, 3]
    assert all({"input", "result", "trace", "knowledge_version", "rendered"} <= set(r) for r in lines)


def test_records_cannot_be_changed_or_deleted(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
    conn = sqlite3.connect(db)
    try:
        for sql in ("UPDATE records SET verdict = 'keep'", "DELETE FROM records", "DELETE FROM knowledge"):
            with pytest.raises(sqlite3.DatabaseError, match="cannot be"):
                conn.execute(sql)
    finally:
        conn.close()
    assert _count(db) == 1


def test_record_many_is_one_transaction(engine: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    items = []
    for path in EXAMPLES:
        client = engine.load_client(path)
        items.append((engine.evaluate(client, TODAY), client.as_given()))
    ids = record_many(db, items, engine.kb, "batch")
    assert ids == list(range(1, len(EXAMPLES) + 1))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)
        verdicts = [r[0] for r in conn.execute("SELECT verdict FROM records ORDER BY id")]
    assert verdicts == [r.verdict for r, _ in items]


def _write(db: str, count: int, start: Any) -> None:
    """One writer process: wait for the start signal, then record `count` verdicts one by one."""
    engine = Engine()
    client = engine.load_client(OAKLINE)
    result = engine.evaluate(client, TODAY)
    start.wait(60)
    for _ in range(count):
        record(db, result, client.as_given(), engine.kb, "test")


def test_two_writer_processes_lose_nothing(tmp_path: Path) -> None:
    db, count = str(tmp_path / "audit.db"), 25
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_write, args=(db, count, start)) for _ in range(2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    assert _count(Path(db)) == 2 * count
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT id) FROM records").fetchone()[0] == 2 * count


def _corrupt(path: Path) -> None:
    path.write_bytes(b"this is not a database, just some bytes " * 200)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE other (a)")


def _newer(path: Path) -> None:
    record(path, *_oakline())
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS records_no_update")
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")


def _oakline() -> tuple[Any, Any, Any, str]:
    engine = Engine()
    client = engine.load_client(OAKLINE)
    return engine.evaluate(client, TODAY), client.as_given(), engine.kb, "test"


@pytest.mark.parametrize(("make", "expected"), [
    (_corrupt, "corrupt"),
    (_foreign, "not a clientfire audit database"),
    (_newer, "schema version 99"),
    (lambda p: p.mkdir(), "cannot open"),
], ids=["corrupt", "foreign", "newer-schema", "directory"])
@pytest.mark.parametrize("command", [["verdict", OAKLINE, "--today", DAY], ["audit", "list"]], ids=["write", "read"])
def test_bad_database_gives_one_clear_error(run_cli: Any, tmp_path: Path, make: Any, expected: str,
                                            command: list[str]) -> None:
    db = tmp_path / "audit.db"
    make(db)
    code, out, err = run_cli(*command, "--db", str(db))
    assert code == 2
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


def test_missing_database_for_reading(run_cli: Any, tmp_path: Path) -> None:
    code, _, err = run_cli("audit", "show", "1", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "nothing was recorded" in err


def test_locked_database(run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "audit.db"
    record(db, *_oakline())
    monkeypatch.setenv("CLIENTFIRE_DB_TIMEOUT", "0.2")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        code, out, err = run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and "locked" in err and out == ""
    assert _count(db) == 1


def test_read_only_database(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    record(db, *_oakline())
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    db.chmod(0o444)
    immutable = False
    if os.access(db, os.W_OK):  # root ignores file modes: make the file immutable instead
        immutable = subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode == 0
        if not immutable:
            pytest.skip("cannot make a read-only file as this user")
    try:
        code, _, err = run_cli("verdict", OAKLINE, "--today", DAY, "--db", str(db))
        assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1
        assert run_cli("audit", "list", "--db", str(db))[0] == 0  # reading still works
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(db)], check=True)
        db.chmod(0o644)
