"""Output that cannot be turned against its reader: terminals, Markdown, spreadsheets, dot and JSON (issue 17).

Each hostile name (tests/hostile.py NAME_CASES) goes through every output that shows a client's name; the
data itself is never changed (JSON carries it exactly).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from clientfire.escape import (
    json_safe,
    markdown_cell,
    markdown_line,
    spreadsheet_cell,
    visible,
    visible_lines,
    write_csv,
)
from clientfire.explain.render import find_dot
from tests.conftest import ROOT
from tests.hostile import NAME_CASES

DAY = "2026-11-26"
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")  # all but \n
NAMES = sorted(NAME_CASES.items())


@pytest.mark.parametrize(("text", "shown"), [
    ("\x1b[2J", "\\x1b[2J"), ("a\rb", "a\\rb"), ("a\nb", "a\\nb"), ("\t", "\\t"), ("\x00\x7f", "\\x00\\x7f"),
    ("\u009b", "\\x9b"), ("\u202eevil", "\\u202eevil"), ("\u2028", "\\u2028"), ("\ud83d", "\\ud83d"),
    ("Koreaｎ 한국 😀 e\u0301", "Koreaｎ 한국 😀 e\u0301"), ("\u200d", "\u200d"),
])
def test_visible_escapes_controls_and_keeps_every_other_character(text: str, shown: str) -> None:
    assert visible(text) == shown
    if "\n" not in text:
        assert visible_lines(f"{text}\n{text}") == f"{shown}\n{shown}"


@pytest.mark.parametrize(("cell", "safe"), [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\\tx"),
    ("\rx", "'\\rx"), (" =1+1", "' =1+1"), ("Acme", "Acme"), ("a=b", "a=b"), (3, 3), (-2, -2), ("", ""),
    ("a\x1b[2J", "a\\x1b[2J"),
])
def test_spreadsheet_cells_never_start_a_formula(cell: object, safe: object) -> None:
    assert spreadsheet_cell(cell) == safe
    assert next(csv.reader(io.StringIO(write_csv([[cell]]))))[0] == str(safe)


@pytest.mark.parametrize(("line", "safe"), [
    ("# <script>alert(1)</script>", "# &lt;script&gt;alert(1)&lt;/script&gt;"),
    ("- **x** (`<b>`): <img src=x>", "- **x** (`<b>`): &lt;img src=x&gt;"),
    ("[click](javascript:x)", "\\[click\\](javascript:x)"), ("a ` <i>", "a ` &lt;i&gt;"),
    ("Willow & Finch < 3", "Willow & Finch < 3"), ("&lt;", "&amp;lt;"), ("a\nb", "a\\nb"),
])
def test_markdown_lines_show_raw_html_as_text(line: str, safe: str) -> None:
    assert markdown_line(line) == safe


def test_markdown_cells_and_json() -> None:
    assert markdown_cell("a | b\nc") == "a \\| b\\nc"
    data = {"client": "a\u009b\u202eb\u2028"}
    text = json_safe(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data and not RAW.search(text)


def _client(tmp_path: Path, name: str) -> str:
    path = tmp_path / "clients" / "c.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"client": name, "payment": {"late_invoices": 6, "pays_eventually": False}}))
    return str(path)


@pytest.mark.parametrize(("what", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_names_in_text_and_markdown(tmp_path: Path, run_cli, what: str, name: str) -> None:  # type: ignore[no-untyped-def]
    file = _client(tmp_path, name)
    plain = _client(tmp_path / "plain", "Acme")
    for argv in (["verdict", "--explain"], ["explain", "--what-if"]):
        for fmt in ("text", "markdown"):
            code, out, err = run_cli(argv[0], file, *argv[1:], "--format", fmt, "--today", DAY, "--no-record")
            assert code == 0, err
            assert not RAW.search(out), out[:200]
            assert out.count("\n") == run_cli(argv[0], plain, *argv[1:], "--format", fmt, "--today", DAY,
                                               "--no-record")[1].count("\n")  # no forged line
            if fmt == "markdown":
                assert "<script" not in out and not re.search(r"(?<!\\)\]\(", out)
        code, out, _ = run_cli(argv[0], file, *argv[1:], "--format", "json", "--today", DAY, "--no-record")
        assert json.loads(out)["client"] == name and not RAW.search(out)  # the data as given, written safely


@pytest.mark.parametrize(("what", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_names_in_every_batch_summary(tmp_path: Path, run_cli, what: str, name: str) -> None:  # type: ignore[no-untyped-def]
    _client(tmp_path, name)
    folder = str(tmp_path / "clients")
    summaries = {fmt: run_cli("batch", folder, "--format", fmt, "--today", DAY, "--no-record") for fmt in
                 ("text", "markdown", "csv", "json", "html")}
    assert all(code == 0 for code, _, _ in summaries.values())
    assert not any(RAW.search(out) for _, out, _ in summaries.values())
    rows = list(csv.reader(io.StringIO(summaries["csv"][1])))
    assert len(rows) == 2 and not rows[1][1].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert rows[1][1].lstrip("'") == visible(name)
    table = [line for line in summaries["markdown"][1].splitlines() if line.startswith("| 1 |")]
    assert len(table) == 1 and len(re.findall(r"(?<!\\)\|", table[0])) == 9, table  # eight cells
    assert "<script" not in summaries["markdown"][1] and "<script" not in summaries["html"][1]
    assert json.loads(summaries["json"][1])["clients"][0]["client"] == name


def test_names_in_the_audit_list_and_error_messages(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "audit.db")
    for _, name in NAMES:
        assert run_cli("verdict", _client(tmp_path, name), "--db", db, "--today", DAY)[0] == 0
    code, out, _ = run_cli("audit", "list", "--db", db)
    assert code == 0 and out.count("\n") == len(NAMES) and not RAW.search(out)
    code, out, _ = run_cli("audit", "list", "--db", db, "--format", "json")
    assert {r["client"] for r in json.loads(out)} == {n for _, n in NAMES}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"\x1b]52;c;eA==\x07": 1, "\nclientfire: ok": 2}))
    code, _, err = run_cli("verdict", str(bad), "--no-record")
    assert code == 2 and err.count("\n") == 1 and not RAW.search(err) and "\\x1b]52" in err


CONTROLLED = [(what, name) for what, name in NAMES if visible(name) != name]


@pytest.mark.skipif(find_dot() is None, reason="Graphviz dot is not installed")
@pytest.mark.parametrize(("what", "name"), CONTROLLED, ids=[n[0] for n in CONTROLLED])
def test_control_characters_in_a_name_do_not_break_dot(tmp_path: Path, run_cli, what: str, name: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d.svg"
    code, _, err = run_cli("diagram", _client(tmp_path, name), "-o", str(out), "--today", DAY)
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert "Acme" in svg and not RAW.search(svg)


def test_audit_show_escapes_what_an_older_version_recorded_raw(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A record of schema 1 keeps the text as printed: one printed raw by a version before the escaping is
    shown escaped (made here by editing the kept text of a schema-1 fixture record, as that version would
    have written it)."""
    import gzip
    import sqlite3

    db = tmp_path / "audit.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(gzip.open(ROOT / "tests/data/audit-v1.sql.gz").read().decode())
        conn.execute("DROP TRIGGER records_no_update")
        rendered = {"text": "\x1b[2Jx: KEEP\n", "markdown": "# x\x07\n", "json": '{"client": "\u009b"}\n'}
        conn.execute("UPDATE records SET rendered = ? WHERE id = 1", (json.dumps(rendered),))
    for fmt, shown in (("text", "\\x1b[2Jx: KEEP\n"), ("markdown", "# x\\x07\n"), ("json", '{"client": "\\u009b"}\n')):
        code, out, err = run_cli("audit", "show", "1", "--db", str(db), "--format", fmt)
        assert code == 0 and out == shown, err


@pytest.mark.parametrize("name", ["1e3", "010", "yes", "1:30", ".inf", "2027-03-31", "~", "\x1b[2J"])
def test_ask_saves_a_file_that_reads_back_the_same(tmp_path: Path, run_cli, name: str) -> None:  # type: ignore[no-untyped-def]
    answers = tmp_path / "answers.txt"
    answers.write_text("payment.late_invoices = 6\nmoney.monthly_revenue = 0.00001\n")
    saved = tmp_path / "saved.yaml"
    code, _, err = run_cli("ask", "--answers", str(answers), "--name", name, "--save", str(saved), "--no-record",
                           "--today", DAY, "--format", "json")
    assert code == 0, err
    code, out, err = run_cli("verdict", str(saved), "--format", "json", "--no-record", "--today", DAY)
    assert code == 0, err
    assert json.loads(out)["client"] == name
