"""`clientfire batch`: portfolio triage from CSV, JSON Lines and folders (issue 7)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from clientfire.engine import Engine
from tests.conftest import EXAMPLES, TODAY

DAY = TODAY.isoformat()


def _dotted(engine: Engine, path: Path, name: str | None = None) -> dict[str, Any]:
    """An example client as one flat row: dotted fact names, ISO dates."""
    client = engine.load_client(path)
    row: dict[str, Any] = {"client": name or client.name}
    for fact, value in client.values.items():
        row[fact] = value.isoformat() if hasattr(value, "isoformat") else value
    return row


def _csv_text(rows: list[dict[str, Any]]) -> str:
    columns = sorted({k for row in rows for k in row} - {"client"})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["client", *columns])
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in ["client", *columns]])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _expected(engine: Engine, rows: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """What the engine itself says for each row (the truth the batch must report)."""
    from clientfire.engine import client_from_mapping

    found = {}
    for row in rows:
        result = engine.evaluate(client_from_mapping(row, engine.kb, "row"), TODAY)
        found[row["client"]] = (result.verdict, result.strength)
    return found


@pytest.fixture
def example_rows(engine: Engine) -> list[dict[str, Any]]:
    return [_dotted(engine, path) for path in EXAMPLES]


def _json_summary(run_cli, *args: str) -> tuple[int, dict[str, Any], str]:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("batch", *args, "--today", DAY, "--format", "json", "--no-record")
    return code, json.loads(out), err


def test_csv_portfolio_gives_each_client_the_engines_verdict(run_cli, engine, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows))
    code, summary, err = _json_summary(run_cli, str(source))
    assert (code, err) == (0, "")
    got = {c["client"]: (c["verdict"], c["strength"]) for c in summary["clients"]}
    assert got == _expected(engine, example_rows)
    assert sum(summary["counts"].values()) == len(example_rows) == summary["evaluated"]


def test_summary_orders_by_severity_serious_signs_and_failed_remedies_before_the_count(  # type: ignore[no-untyped-def]
        run_cli, example_rows, tmp_path) -> None:
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows))
    _, summary, _ = _json_summary(run_cli, str(source))
    keys = [(-c["verdict_rank"], -c["strength_rank"], -sum(s["degree"] == "serious" for s in c["signs"]),
             -sum(s["remedy_tried"] for s in c["signs"]), -len(c["signs"]), c["client"].casefold())
            for c in summary["clients"]]
    assert keys == sorted(keys)
    assert summary["clients"][0]["verdict"] == "fire" and summary["clients"][-1]["verdict"] == "keep"


@pytest.mark.parametrize(("cell", "message"), [
    ("lots", "'payment.late_invoices' must be a number, not 'lots'"),
    ("-3", "'payment.late_invoices' must be zero or more"),
    ("2.5", "'payment.late_invoices' must be a whole number"),
])
def test_bad_row_is_reported_with_its_row_number_and_the_rest_go_on(
        run_cli, engine, example_rows, tmp_path, cell: str, message: str) -> None:  # type: ignore[no-untyped-def]
    rows = [dict(r) for r in example_rows[:4]]
    rows[2]["payment.late_invoices"] = cell
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(rows))
    code, summary, err = _json_summary(run_cli, str(source))
    assert code == 2
    assert f"{source}:4" in err and message in err  # header is line 1: the third row is line 4
    assert len(err.strip().splitlines()) == 1
    assert sorted(c["client"] for c in summary["clients"]) == sorted(r["client"] for i, r in enumerate(rows) if i != 2)
    assert summary["errors"][0]["where"] == f"{source}:4"


def test_unknown_column_is_refused_at_the_header(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text("client,payment.late_invoice\nAcme,3\n")
    code, out, err = run_cli("batch", str(source), "--today", DAY, "--no-record")
    assert code == 2 and out == ""
    assert f"{source}:1" in err and "payment.late_invoices" in err and "Traceback" not in err


def test_jsonl_bad_line_is_reported_and_the_rest_go_on(run_cli, engine, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps(example_rows[0]), "{not json", "", json.dumps(example_rows[1]), json.dumps([1, 2])]
    source = tmp_path / "book.jsonl"
    source.write_text("\n".join(lines) + "\n")
    code, summary, err = _json_summary(run_cli, str(source))
    assert code == 2
    assert [e["where"] for e in summary["errors"]] == [f"{source}:2", f"{source}:5"]
    assert {c["client"] for c in summary["clients"]} == {example_rows[0]["client"], example_rows[1]["client"]}


def test_folder_of_client_files_matches_the_verdict_command(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(EXAMPLES[0]).parent
    code, summary, _ = _json_summary(run_cli, str(folder))
    assert code == 0 and summary["evaluated"] == len(EXAMPLES)
    by_name = {c["where"]: c for c in summary["clients"]}
    for path in EXAMPLES[:4]:
        _, out, _ = run_cli("verdict", str(path), "--today", DAY, "--format", "json", "--no-record")
        one = json.loads(out)
        assert (by_name[str(path)]["verdict"], by_name[str(path)]["strength"]) == (one["verdict"], one["strength"])


def test_two_jobs_give_the_same_summary_as_one(run_cli, engine, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [{**row, "client": f"{row['client']} #{n}"} for n in range(10) for row in example_rows]  # > 2 chunks
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(rows))
    one = _json_summary(run_cli, str(source), "--jobs", "1")
    two = _json_summary(run_cli, str(source), "--jobs", "2")
    assert one[0] == two[0] == 0
    assert one[1]["clients"] == two[1]["clients"]
    assert len(two[1]["clients"]) == len(rows)


def test_out_writes_one_report_per_client(run_cli, engine, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = example_rows[:3] + [dict(example_rows[0])]  # two clients with the same name
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(rows))
    out = tmp_path / "reports"
    code, _, _ = run_cli("batch", str(source), "--today", DAY, "--no-record", "--out", str(out),
                         "--report-format", "json")
    assert code == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 4 and any(name.endswith("-2.json") for name in files)
    expected = _expected(engine, rows)
    for path in out.iterdir():
        report = json.loads(path.read_text())
        assert (report["verdict"], report["strength"]) == expected[report["client"]]


def test_markdown_reports_and_diagrams(run_cli, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows[:2]))
    out = tmp_path / "reports"
    code, _, _ = run_cli("batch", str(source), "--today", DAY, "--no-record", "--out", str(out), "--diagrams")
    assert code == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".dot", ".dot", ".md", ".md"]
    assert all(p.read_text().startswith("digraph") for p in out.glob("*.dot"))


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown"])
def test_summary_formats_list_every_client_once(run_cli, example_rows, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows))
    code, out, _ = run_cli("batch", str(source), "--today", DAY, "--no-record", "--format", fmt)
    assert code == 0
    for row in example_rows:
        assert out.count(row["client"]) == 1
    if fmt == "csv":
        parsed = list(csv.DictReader(io.StringIO(out)))
        assert [int(r["rank"]) for r in parsed] == list(range(1, len(example_rows) + 1))


def test_no_progress_bar_when_stderr_is_not_a_terminal(run_cli, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows))
    code, _, err = run_cli("batch", str(source), "--today", DAY, "--no-record")
    assert code == 0 and err == ""


def test_batch_verdicts_are_recorded_in_the_audit_log(run_cli, example_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows[:5]))
    db = tmp_path / "audit.db"
    code, _, _ = run_cli("batch", str(source), "--today", DAY, "--db", str(db))
    assert code == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT client, verdict FROM records WHERE command = 'batch'").fetchall()
    assert sorted(r[0] for r in rows) == sorted(r["client"] for r in example_rows[:5])


@pytest.mark.parametrize(("args", "message"), [
    (["--jobs", "0"], "--jobs must be 1 or more"),
    (["--diagrams"], "--diagrams needs --out"),
])
def test_bad_options_exit_2(run_cli, example_rows, tmp_path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(_csv_text(example_rows[:1]))
    code, _, err = run_cli("batch", str(source), "--no-record", *args)
    assert code == 2 and message in err


@pytest.mark.parametrize("name", ["book.txt", "missing.csv"])
def test_unreadable_input_exits_2(run_cli, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / name
    if name.endswith(".txt"):
        source.write_text("x")
    code, _, err = run_cli("batch", str(source), "--no-record")
    assert code == 2 and str(source) in err
