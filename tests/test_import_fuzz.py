"""Fuzzing every export reader: whatever the file holds, `clientfire import` exits 0 or 2 with one line, never a
traceback or an internal error (a few hundred generated files in all)."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfire.cli import main
from clientfire.importers.reader import FORMATS

FAST = settings(deadline=None, database=None, derandomize=True, max_examples=60,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MAP = ("kind: invoices\ncolumns: {client: Customer, number: Num, issue_date: Date, due_date: Due, paid_date: Paid, "
       "total: Total, amount_due: Balance, status: Status, currency: Cur}\nstatuses: {ok: paid, open: open}\n")
CELLS = st.one_of(
    st.sampled_from(["", "2025-05-01", "01/05/2025", "13/05/2025", "05/13/2025", "2025-06-30 23:30", "1717171717",
                     "10.50", "1,234.56", "10,5", "-5", "1e400", "NaN", "paid", "open", "void", "draft", "uncollectible",
                     "Yes", "No", "01:30:00", "eur", "JPY", "Acme", "ACME  Ltd", "../../etc", "=cmd()", "INV-1", '"', "\x00"]),
    st.text(max_size=12))


def _run(fmt: str, data: bytes, *extra: str) -> tuple[int, str]:
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.csv"
        export.write_bytes(data)
        (Path(folder) / "map.yaml").write_text(MAP)
        args = ["import", "--from", fmt, str(export), "--out", str(Path(folder) / "clients"), "--today", "2025-07-15",
                "--timezone", "UTC", *extra]
        if fmt == "csv":
            args += ["--map", str(Path(folder) / "map.yaml")]
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(args)
        return code, err.getvalue()


def _check(code: int, err: str) -> None:
    assert code in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err
    if code == 2:
        assert err.startswith("clientfire: error: ") and err.count("\n") == 1, err


def _header(fmt: str) -> list[str]:
    if fmt == "csv":
        return ["Customer", "Num", "Date", "Due", "Paid", "Total", "Balance", "Status", "Cur"]
    return [spellings[0] for layout in FORMATS[fmt] for spellings in layout.columns.values()]


@pytest.mark.parametrize("fmt", [*FORMATS, "csv"])
@FAST
@given(data=st.data())
def test_rows_in_the_vendor_layout_never_crash(fmt: str, data: st.DataObject) -> None:
    header = data.draw(st.lists(st.sampled_from(_header(fmt)), min_size=1, max_size=12, unique=True))
    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(header) - 1, max_size=len(header) + 1), max_size=6))
    delimiter = data.draw(st.sampled_from([",", ";", "\t"]))
    lines = [delimiter.join(header)] + [delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows]
    encoding = data.draw(st.sampled_from(["utf-8", "utf-16", "cp1252"]))
    text = "\n".join(lines) + "\n"
    blob = text.encode(encoding, errors="replace")
    extra = data.draw(st.sampled_from([(), ("--date-format", "DD/MM/YYYY"), ("--decimal-comma",), ("--currency", "EUR")]))
    _check(*_run(fmt, blob, *extra))


@pytest.mark.parametrize("fmt", [*FORMATS, "csv"])
@settings(deadline=None, database=None, derandomize=True, max_examples=15)
@given(blob=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(fmt: str, blob: bytes) -> None:
    _check(*_run(fmt, blob))
