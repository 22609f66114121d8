"""The audit log on both stores (issue 14): every test runs on an SQLite file and on a real PostgreSQL server.

Output as printed, compact records, append-only, the hash chain against edits, deletions and insertions,
forget and purge, schema checks, four processes writing at once, a killed batch and --resume."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from audit_raw import Raw
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.audit import forget, list_records, purge, record, record_many, verify
from clientfire.audit.recorder import opened
from clientfire.batch.money import money_of
from clientfire.engine import Engine, client_from_mapping

DAY = TODAY.isoformat()
EX = ROOT / "examples"
OAKLINE = str(EX / "oakline-late-payer.yaml")


def _clientfire(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clientfire", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize(("command", "example", "extra"), [
    ("verdict", "oakline-late-payer.yaml", []),
    ("verdict", "ironbridge-everything-wrong.yaml", ["--explain", "--lang", "ko"]),
    ("explain", "marlow-spec-work.json", ["--what-if"]),
    ("explain", "oakline-late-payer.yaml", ["--why-not", "fire", "--lang", "fi"]),
], ids=["verdict", "verdict-explain-ko", "explain-what-if", "explain-why-not-fi"])
def test_show_gives_every_format_as_printed(run_cli: Any, audit_db: str, command: str, example: str,
                                            extra: list[str]) -> None:
    args = [command, str(EX / example), "--today", DAY, *extra]
    code, printed, _ = run_cli(*args, "--db", audit_db)
    assert code == 0
    for fmt in ("text", "markdown", "json"):
        code, shown, err = run_cli("audit", "show", "1", "--format", fmt, "--db", audit_db)
        expected = printed if fmt == "text" else run_cli(*args, "--format", fmt, "--no-record")[1]
        assert (code, err) == (0, "") and shown == expected


def _size(row: dict[str, Any]) -> int:
    return sum(len(v) if isinstance(v, bytes | str) else 8 for v in row.values() if v is not None)


def test_records_are_compact(run_cli: Any, audit_db: str, tmp_path: Path) -> None:
    """<= 4 KB per record (every column counted) for every bundled example, given by `verdict` and by `batch`."""
    folder = tmp_path / "book"
    folder.mkdir()
    for path in EXAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
        assert run_cli("verdict", str(path), "--today", DAY, "--db", audit_db)[0] == 0
    assert run_cli("batch", str(folder), "--today", DAY, "--db", audit_db)[0] == 0
    with opened(audit_db, False) as store:
        sizes = {(r["command"], r["client"]): _size(r) for r in store.rows()}
    assert len(sizes) == 2 * len(EXAMPLES)
    assert max(sizes.values()) <= 4096, max(sizes.items(), key=lambda kv: kv[1])


def test_records_cannot_be_changed_or_deleted(audit_db: str, engine: Engine) -> None:
    _six(audit_db, engine)
    with Raw(audit_db) as raw:
        for statement in ("UPDATE records SET verdict = 'keep'", "DELETE FROM records", "DELETE FROM knowledge",
                          "UPDATE records SET body = NULL, client = '' WHERE id = 1"):
            with pytest.raises(raw.errors(), match="cannot be"):
                raw.execute(statement)
        assert raw.execute("SELECT count(*) FROM records")[0][0] == 6


def _six(target: str, engine: Engine) -> list[int]:
    items = []
    for path in EXAMPLES[:6]:
        client = engine.load_client(path)
        items.append((engine.evaluate(client, TODAY), client.as_given()))
    return record_many(target, items, engine.kb, "batch")


def test_forget_erases_a_client_keeps_the_chain_and_is_recorded(run_cli: Any, audit_db: str, engine: Engine) -> None:
    for path in (OAKLINE, str(EX / "greyhaven-non-payer.yaml"), OAKLINE):
        assert run_cli("verdict", path, "--today", DAY, "--db", audit_db)[0] == 0
    code, out, _ = run_cli("audit", "forget", "--client", "OAKLINE property management", "--db", audit_db)
    assert code == 0 and "erased 2 record(s): 1, 3 (recorded as 4)" in out
    code, out, err = run_cli("audit", "show", "1", "--db", audit_db)
    assert code == 2 and "erased on request" in err and out == ""
    assert run_cli("audit", "show", "2", "--db", audit_db)[0] == 0
    listing = list_records(audit_db)
    assert [(r["id"], r["client"], r.get("forgotten_by")) for r in listing] == [
        (1, "", 4), (2, "Greyhaven Events", None), (3, "", 4), (4, "", None)]
    assert run_cli("audit", "verify", "--db", audit_db)[1].startswith("valid: 4 records in the chain (2 erased")
    exported = run_cli("audit", "export", "--db", audit_db)[1]
    assert "Oakline" not in exported and "oakline" not in exported and "Greyhaven" in exported
    with Raw(audit_db) as raw:
        rows = raw.execute("SELECT client, input_path, body FROM records WHERE id IN (1, 3)")
    assert rows == [("", None, None), ("", None, None)]
    if not audit_db.startswith("postgresql://"):  # nothing of it left in the file itself
        assert b"Oakline" not in Path(audit_db).read_bytes()
    assert forget(audit_db, "nobody of that name")["erased"] == []


def test_purge_deletes_the_oldest_records_and_the_chain_starts_from_them(audit_db: str, engine: Engine,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import clientfire.audit.recorder as recorder

    client = engine.load_client(OAKLINE)
    result = engine.evaluate(client, TODAY)
    for day in ("2025-01-10", "2025-02-10", "2025-03-10"):
        monkeypatch.setattr(recorder, "now", lambda day=day: f"{day}T09:00:00.000000+00:00")
        record(audit_db, result, client.as_given(), engine.kb, "test")
    monkeypatch.undo()
    assert purge(audit_db, "2025-01-01")["purged"] == 0
    done = purge(audit_db, "2025-03-01")
    assert (done["purged"], done["first"], done["last"], done["record"]) == (2, 1, 2, 4)
    assert [r["id"] for r in list_records(audit_db)] == [3, 4]
    record(audit_db, result, client.as_given(), engine.kb, "test")
    with opened(audit_db, False) as store:
        found = verify(store)
    assert found.problem is None and found.records == 3
    assert purge(audit_db, "2999-01-01")["purged"] == 3  # records 3 to 5: everything, the earlier purge record too
    with opened(audit_db, False) as store:
        assert verify(store).problem is None


def _schema_99(raw: Raw) -> None:
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")


def _foreign(raw: Raw) -> None:
    raw.execute("DROP TABLE meta")


@pytest.mark.parametrize(("change", "expected"), [(_schema_99, "schema version 99"),
                                                   (_foreign, "not a clientfire audit database")],
                         ids=["newer", "foreign"])
def test_refused_database_gives_one_line(run_cli: Any, audit_db: str, engine: Engine, change: Any,
                                         expected: str) -> None:
    _six(audit_db, engine)
    with Raw(audit_db) as raw:
        change(raw)
    for args in (["verdict", OAKLINE, "--today", DAY], ["audit", "list"]):
        code, out, err = run_cli(*args, "--db", audit_db)
        assert code == 2 and out == "" and expected in err and len(err.strip().splitlines()) == 1


_WRITER = """
import sys
from clientfire.audit import record
from clientfire.engine import Engine, client_from_mapping
import datetime as dt
engine = Engine()
client = engine.load_client(sys.argv[2])
result = engine.evaluate(client, dt.date(2026, 11, 26))
for _ in range(int(sys.argv[3])):
    record(sys.argv[1], result, client.as_given(), engine.kb, "serve")
"""


def _portfolio(path: Path, count: int, engine: Engine) -> list[dict[str, Any]]:
    rows = []
    for number in range(count):
        client = engine.load_client(EXAMPLES[number % len(EXAMPLES)])
        rows.append({"client": f"Client {number:05d}", **{f: v.isoformat() if hasattr(v, "isoformat") else v
                                                          for f, v in client.values.items() if f != "client"}})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def test_four_processes_writing_at_once_lose_nothing(audit_db: str, engine: Engine, tmp_path: Path) -> None:
    """Two writers like `serve` workers (a record per verdict) and two batches, at once: every record, one chain."""
    _portfolio(tmp_path / "book.jsonl", 700, engine)
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, audit_db, OAKLINE, "40"]) for _ in range(2)]
    procs += [subprocess.Popen([sys.executable, "-m", "clientfire", "batch", str(tmp_path / "book.jsonl"),
                                "--today", DAY, "--db", audit_db, "--format", "json", "--summary",
                                str(tmp_path / f"summary-{n}.json")]) for n in range(2)]
    assert [p.wait(300) for p in procs] == [0, 0, 0, 0]
    with opened(audit_db, False) as store:
        ids = [r["id"] for r in store.rows()]
        found = verify(store)
    assert ids == list(range(1, 2 * 40 + 2 * 700 + 1))
    assert found.problem is None and found.records == len(ids)


def test_a_killed_batch_keeps_its_chunks_and_resume_does_the_rest(audit_db: str, engine: Engine,
                                                                  tmp_path: Path) -> None:
    book, total = tmp_path / "book.jsonl", 1500
    rows = _portfolio(book, total, engine)
    args = [sys.executable, "-m", "clientfire", "batch", str(book), "--today", DAY, "--db", audit_db,
            "--format", "json"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    count, waited = 0, 0.0
    while count < 500 and waited < 120 and proc.poll() is None:
        time.sleep(0.05)
        waited += 0.05
        count = _count(audit_db)
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    kept = _count(audit_db)
    assert 500 <= kept < total and kept % 500 == 0  # whole chunks, nothing half-written
    done = _clientfire(*args[3:], "--resume", "--summary", str(tmp_path / "summary.json"))
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["resumed"] == kept and summary["evaluated"] == total
    assert len({c["where"] for c in summary["clients"]}) == total
    assert _count(audit_db) == total  # every client once
    with opened(audit_db, False) as store:
        assert verify(store).problem is None
    expected = {}
    for row in rows:
        result = engine.evaluate(client_from_mapping(row, engine.kb, "row"), TODAY)
        expected[row["client"]] = (result.verdict, result.strength, money_of(result))
    assert {c["client"]: (c["verdict"], c["strength"], c["money"]) for c in summary["clients"]} == expected  # money kept


def _count(target: str) -> int:
    try:
        with Raw(target) as raw:
            return int(raw.execute("SELECT count(*) FROM records")[0][0])
    except Exception:  # noqa: BLE001 - not created yet
        return 0


def test_a_record_proves_its_text(audit_db: str, engine: Engine) -> None:
    """`audit show` refuses to print a text other than the one printed (the record's digest of it)."""
    from clientfire.audit.codec import decode_body, encode_body
    from clientfire.audit.query import show_record
    from clientfire.errors import AuditError

    client = engine.load_client(OAKLINE)
    result = engine.evaluate(client, TODAY)
    record(audit_db, result, client.as_given(), engine.kb, "verdict", rendered={"text": "not what it renders\n"})
    with pytest.raises(AuditError, match="renders its text output differently"):
        show_record(audit_db, 1, "text")
    with Raw(audit_db) as raw:
        body = decode_body(raw.columns(1)["body"])
    assert body is not None and body["digests"]["text"] == hashlib.sha256(b"not what it renders\n").hexdigest()[:32]
    assert encode_body(body)  # the body is plain JSON once inflated


@pytest.mark.parametrize("record_id", ["0", "-1", "2", "9223372036854775807", "9223372036854775808",
                                       "99999999999999999999"])
@pytest.mark.parametrize("action", ["show", "replay"])
def test_an_id_with_no_record_is_named_even_past_64_bits(run_cli: Any, audit_db: str, action: str,
                                                         record_id: str) -> None:
    assert run_cli("verdict", OAKLINE, "--today", DAY, "--db", audit_db)[0] == 0
    code, out, err = run_cli("audit", action, record_id, "--db", audit_db)
    assert (code, out) == (2, "") and f"no audit record with id {record_id}" in err, err
