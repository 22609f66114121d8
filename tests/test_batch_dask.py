"""`batch --dask` (issue 14): a portfolio over a 2-worker Dask LocalCluster on loopback gives the serial verdicts,
recorded in the shared store."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, TODAY

from clientfire.audit import verify
from clientfire.audit.recorder import opened

DAY = TODAY.isoformat()


def _dask_missing() -> str | None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return "dask.distributed is not installed (pip install 'clientfire[dask]')"
    return None


needs_dask = pytest.mark.skipif(_dask_missing() is not None and not os.environ.get("CI"),
                                reason=str(_dask_missing()))


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    """A 2-worker LocalCluster on loopback, one process per worker, stopped at the end."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=50) as found:
        yield found


def _book(tmp_path: Path, engine: Any, count: int) -> Path:
    path = tmp_path / "book.jsonl"
    lines = []
    for number in range(count):
        client = engine.load_client(EXAMPLES[number % len(EXAMPLES)])
        row = {f: v.isoformat() if hasattr(v, "isoformat") else v for f, v in client.values.items() if f != "client"}
        lines.append(json.dumps({"client": f"{client.name} {number}", **row}))
    lines.insert(5, '{"client": "broken", "payment.late_invoices": -3}')  # a bad row fails alone, as in a serial run
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@needs_dask
def test_a_dask_cluster_gives_the_serial_verdicts_and_records_them(run_cli: Any, cluster: Any, audit_db: str,
                                                                   engine: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import clientfire.batch.dask_run as dask_run

    monkeypatch.setattr(dask_run, "PARTITION", 100)
    book = _book(tmp_path, engine, 600)  # six partitions, more than the workers take at once
    args = ["batch", str(book), "--today", DAY, "--format", "json"]
    serial_code, serial, serial_err = run_cli(*args, "--no-record")
    code, spread, err = run_cli(*args, "--dask", cluster.scheduler_address, "--db", audit_db)
    assert (code, spread, err) == (serial_code, serial, serial_err) and code == 2  # the bad row, reported alike
    with opened(audit_db, False) as store:
        rows = list(store.rows())
        assert verify(store).problem is None
    assert len(rows) == 600 and [r["id"] for r in rows] == list(range(1, 601))
    assert [r["input_path"] for r in rows][:6] == [f"{book}:{n}" for n in (1, 2, 3, 4, 5, 7)]  # in input order
    shown = run_cli("audit", "show", "7", "--db", audit_db, "--format", "json")[1]
    assert json.loads(shown)["client"] == rows[6]["client"]


@needs_dask
def test_dask_local_starts_its_own_cluster(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    for path in EXAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
    args = ["batch", str(folder), "--today", DAY, "--no-record"]
    assert run_cli(*args, "--dask", "local", "--jobs", "2") == run_cli(*args)


def test_without_dask_it_says_what_to_install(run_cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    book = tmp_path / "book.jsonl"
    book.write_text('{"client": "a"}\n', encoding="utf-8")
    code, out, err = run_cli("batch", str(book), "--dask", "local", "--no-record")
    assert (code, out) == (2, "") and "pip install 'clientfire[dask]'" in err
