"""The hostile-input corpus (tests/hostile.py) through every command that reads each kind of input.

Each run is in-process, in a fresh folder: it must give the exit code the case says, one line naming file,
line and key (never a traceback, never exit 1), accept good input with its exact values, and write nothing
outside its output folder.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clientfire.batch.inputs import read_rows, to_client
from clientfire.cli import main
from clientfire.engine import Engine
from tests.conftest import ROOT
from tests.hostile import CLIENT_CASES, CSV_CASES, JSONL_CASES, KNOWLEDGE_CASES, OVERRIDES_CASES, Case

DAY = "2026-11-26"
TINY = ROOT / "tests" / "fixtures" / "tiny_knowledge" / "tiny.yaml"


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A command that waits (on a FIFO, say) fails the test instead of hanging the suite."""
    def stop(*_: object) -> None:
        raise TimeoutError("the command hung")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def no_internal_error(code: int, err: str) -> None:
    assert code != 1 or "internal error" not in err, err
    assert "internal error" not in err and "Traceback" not in err, err


def one_line(err: str, message: str, where: str) -> None:
    """stderr is one line: `clientfire: error: <message ...> at <where>`."""
    assert err.count("\n") == 1 and err.startswith("clientfire: error: "), err
    assert message in err, err
    assert err.rstrip("\n").endswith(f" at {where}"), err


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clients").mkdir()
    return tmp_path


def client_commands(file: str) -> dict[str, list[str]]:
    return {
        "verdict": ["verdict", file, "--no-record", "--today", DAY, "--format", "json"],
        "explain": ["explain", file, "--no-record", "--today", DAY],
        "report": ["report", file, "--no-diagram", "-o", "out/r.html", "--today", DAY],
        "diagram": ["diagram", file, "-o", "out/d.dot", "--today", DAY],
        "ask": ["ask", "--answers", file, "--no-record", "--today", DAY, "--format", "json"],
        "batch": ["batch", "clients", "--no-record", "--today", DAY, "--out", "out", "--format", "json"],
        "diff": ["knowledge", "diff", "bundled", "bundled", "--clients", "clients", "--today", DAY, "--format", "json"],
    }


def given(facts: dict[str, Any], fact: str) -> Any:
    if "." not in fact:
        return facts.get(fact)
    group, name = fact.split(".", 1)
    return facts.get(group, {}).get(name)


@pytest.mark.parametrize("case", CLIENT_CASES, ids=[c.name for c in CLIENT_CASES])
def test_client_files_through_every_command(workdir: Path, capsys: pytest.CaptureFixture[str], case: Case) -> None:
    file = f"clients/{case.file}"
    (workdir / file).write_bytes(_bytes(case.content))
    before = _tree(workdir)
    where = f"{file}:{case.line}" if case.line else file
    for command, argv in client_commands(file).items():
        code, out, err = run(capsys, *argv)
        no_internal_error(code, err)
        if case.code == 0:
            assert code == 0, (command, err)
            if command == "verdict":
                facts = json.loads(out)["facts"]
                for fact, value in case.values.items():
                    assert given(facts, fact) == value and type(given(facts, fact)) is type(value), (fact, facts)
        elif command == "diff":  # the report names every client that cannot be read, on both sides
            changed = json.loads(out)["clients"]["changed"][0]
            assert case.message in changed["old"]["error"] and changed["old"]["error"].endswith(f" at {where}")
        elif command == "batch":
            assert code == 2 and f"clientfire: error: {where}: " in err and case.message in err, err
        else:
            assert code == 2, (command, err)
            one_line(err, case.message or "", where)
    assert {p for p in _tree(workdir) - before if not p.startswith("out")} == set()


def _expected_values(path: Path, case: Case, engine: Engine) -> None:
    rows = [r for r in read_rows(path, engine.kb)]
    client = to_client(rows[0], engine.kb)  # type: ignore[arg-type]
    got = {**client.values, "client": client.name}
    for fact, value in case.values.items():
        shown = got[fact].isoformat() if hasattr(got[fact], "isoformat") else got[fact]
        assert shown == value and type(shown) is type(value), (fact, got)


@pytest.mark.parametrize("case", CSV_CASES + JSONL_CASES, ids=[c.name for c in CSV_CASES + JSONL_CASES])
def test_portfolios_through_batch(workdir: Path, capsys: pytest.CaptureFixture[str], engine: Engine,
                                  case: Case) -> None:
    (workdir / case.file).write_bytes(_bytes(case.content))
    before = _tree(workdir)
    for fmt in ("text", "json", "csv"):
        code, out, err = run(capsys, "batch", case.file, "--no-record", "--today", DAY, "--format", fmt,
                             "--out", "out")
        no_internal_error(code, err)
        assert code == case.code, err
        if case.code:
            assert case.message in err, err
            if case.line:
                assert f"{case.file}:{case.line}" in err, err
    if case.code == 0:
        _expected_values(workdir / case.file, case, engine)
    assert {p for p in _tree(workdir) - before if not p.startswith("out")} == set()


def _tiny_folder(root: Path, case: Case | None = None) -> Path:
    folder = root / "kb"
    folder.mkdir(exist_ok=True)
    text = TINY.read_text(encoding="utf-8")
    if case is not None and case.file == "tiny.yaml":
        old, new = str(case.content).split("\0")
        assert old in text, f"test setup: {old!r} not in tiny.yaml"
        text = text.replace(old, new, 1)
    (folder / "tiny.yaml").write_bytes(text.encode("utf-8", "surrogateescape"))
    (root / "c.yaml").write_text("pay:\n  late: 3\n  fee: 10\n  cost: 4\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", KNOWLEDGE_CASES, ids=[c.name for c in KNOWLEDGE_CASES])
def test_knowledge_files_through_check_verdict_and_diagram(workdir: Path, capsys: pytest.CaptureFixture[str],
                                                           case: Case) -> None:
    _tiny_folder(workdir, case)
    before = _tree(workdir)
    code, out, err = run(capsys, "check", "kb")
    no_internal_error(code, err)
    assert code == case.code and (case.message or "") in out + err, out + err
    for argv in (["verdict", "c.yaml", "--knowledge", "kb", "--no-record", "--today", DAY],
                 ["diagram", "--knowledge", "kb", "-o", "out/k.dot"], ["facts", "--knowledge", "kb"],
                 ["knowledge", "diff", "bundled", "kb"], ["batch", ".", "--knowledge", "kb", "--no-record"]):
        code, out, err = run(capsys, *argv)
        no_internal_error(code, err)
        if case.code == 0:
            assert code == 0, err
        else:  # what check calls an error gives no verdict and no diagram
            assert code == 2 and err.count("\n") == 1 and case.message in err and " at kb/tiny.yaml" in err, err
    assert {p for p in _tree(workdir) - before if not p.startswith("out")} == set()


@pytest.mark.parametrize("case", OVERRIDES_CASES, ids=[c.name for c in OVERRIDES_CASES])
def test_overrides_files_through_check_verdict_and_diff(workdir: Path, capsys: pytest.CaptureFixture[str],
                                                        case: Case) -> None:
    _tiny_folder(workdir)
    (workdir / case.file).write_bytes(_bytes(case.content))
    before = _tree(workdir)
    code, out, err = run(capsys, "check", "kb", "--overrides", case.file)
    no_internal_error(code, err)
    assert code == case.code and (case.message or "") in out + err, out + err
    for argv in (["verdict", "c.yaml", "--knowledge", "kb", "--overrides", case.file, "--no-record", "--today", DAY],
                 ["knowledge", "diff", "kb", case.file, "--knowledge", "kb", "--today", DAY]):
        code, out, err = run(capsys, *argv)
        no_internal_error(code, err)
        if case.code == 0:
            assert code == 0, err
        else:
            one_line(err, case.message or "", f"{case.file}:{case.line}")
    assert _tree(workdir) == before


FIFO = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


@FIFO
@pytest.mark.parametrize("name", ["c.yaml", "c.json", "book.csv", "book.jsonl", "over.yaml", "answers.txt",
                                  "scenarios.yaml", "export.csv"])
def test_a_fifo_is_refused_wherever_a_file_is_read(workdir: Path, capsys: pytest.CaptureFixture[str],
                                                   name: str) -> None:
    os.mkfifo(workdir / name)
    argv = {"c.yaml": ["verdict", name], "c.json": ["explain", name], "book.csv": ["batch", name],
            "book.jsonl": ["batch", name], "over.yaml": ["verdict", "clients", "--overrides", name],
            "answers.txt": ["ask", "--answers", name], "scenarios.yaml": ["test", name],
            "export.csv": ["import", "--from", "stripe", name, "--dry-run"]}[name]
    code, _, err = run(capsys, *argv, "--today", DAY)
    assert code == 2, err
    one_line(err, "not a regular file (a FIFO (named pipe))", name)


@FIFO
def test_a_fifo_among_client_or_knowledge_files_is_passed_over(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tiny_folder(workdir)
    os.mkfifo(workdir / "kb" / "pipe.yaml")
    (workdir / "clients" / "a.yaml").write_text("pay: {late: 1}\n")
    os.mkfifo(workdir / "clients" / "b.yaml")
    assert run(capsys, "check", "kb")[0] == 0
    code, out, err = run(capsys, "batch", "clients", "--knowledge", "kb", "--no-record", "--today", DAY)
    assert code == 0 and "1 client:" in out, err


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: (d / "c.yaml").mkdir(), "not a regular file (a folder)"),
    (lambda d: (d / "c.yaml").symlink_to("/dev/null"), "not a regular file (a device)"),
    (lambda d: (d / "c.yaml").symlink_to(d / "missing.yaml"), "cannot read file: no such file or directory"),
    (lambda d: (d / "c.yaml").symlink_to(d / "c.yaml"), "cannot read file: too many levels of symbolic links"),
])
def test_odd_files_where_a_client_file_is_expected(workdir: Path, capsys: pytest.CaptureFixture[str], make: Any,
                                                   message: str) -> None:
    make(workdir)
    for argv in (["verdict", "c.yaml", "--no-record"], ["report", "c.yaml", "--no-diagram"],
                 ["ask", "--answers", "c.yaml", "--no-record"]):
        code, _, err = run(capsys, *argv, "--today", DAY)
        assert code == 2, err
        one_line(err, message, "c.yaml")


def test_permission_denied_on_a_client_knowledge_or_portfolio_file(workdir: Path, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from clientfire.engine import files

    _tiny_folder(workdir)
    (workdir / "book.csv").write_text("client\nA\n")
    real_open = os.open

    def guarded(path: Any, *args: Any, **kwargs: Any) -> int:
        if os.path.basename(os.fspath(path)) in ("c.yaml", "tiny.yaml", "book.csv"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", guarded)
    monkeypatch.setenv("CLIENTFIRE_NO_CACHE", "1")
    for argv, where in ((["verdict", "c.yaml", "--no-record"], "c.yaml"), (["check", "kb"], None),
                        (["verdict", "clients", "--knowledge", "kb"], "kb/tiny.yaml"), (["batch", "book.csv"], "book.csv")):
        code, out, err = run(capsys, *argv)
        assert code == 2, err
        if where:
            one_line(err, "cannot read file: permission denied", where)
        else:
            assert "cannot read file: permission denied" in out


def test_permission_denied_on_a_folder(workdir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def denied(self: Path) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    _tiny_folder(workdir)
    monkeypatch.setattr(Path, "iterdir", denied)
    monkeypatch.setenv("CLIENTFIRE_NO_CACHE", "1")
    for argv, where in ((["batch", "clients", "--no-record"], "clients"), (["verdict", "c.yaml", "--knowledge", "kb"], "kb")):
        code, _, err = run(capsys, *argv)
        assert code == 2, err
        one_line(err, "cannot read folder: permission denied", where)


def test_a_file_name_that_is_no_utf8_with_recording_on(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsdecode(b"caf\xe9.yaml")
    (workdir / "clients" / name).write_text("payment: {late_invoices: 6}\n")
    db = str(workdir / "audit.db")
    code, out, err = run(capsys, "verdict", f"clients/{name}", "--db", db, "--today", DAY)
    assert code == 0 and out.startswith("caf\\xe9: "), err
    assert run(capsys, "batch", "clients", "--db", db, "--today", DAY)[0] == 0
    code, out, err = run(capsys, "audit", "list", "--db", db)
    assert code == 0 and out.count("caf\\xe9") == 4 and "\udce9" not in out, err  # the client and its file, twice


def test_jobs_is_capped_with_a_note(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "book.csv").write_text("client,payment.late_invoices\nA,1\nB,6\n")
    code, out, err = run(capsys, "batch", "book.csv", "--jobs", "500", "--no-record", "--today", DAY)
    assert code == 0 and "2 clients" in out
    assert err.startswith("clientfire: note: --jobs 500 lowered to ") and err.count("\n") == 1, err


def test_non_utf8_names_of_knowledge_files_and_folders(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = workdir / os.fsdecode(b"kb\xe9")
    folder.mkdir()
    (folder / "tiny.yaml").write_text(TINY.read_text(encoding="utf-8"), encoding="utf-8")
    (workdir / "c.yaml").write_text("pay: {late: 3}\n")
    db = str(workdir / "audit.db")
    code, out, err = run(capsys, "verdict", "c.yaml", "--knowledge", str(folder), "--db", db, "--today", DAY)
    assert code == 0, err  # recorded, knowledge snapshot and all
    (folder / "tiny.yaml").rename(folder / os.fsdecode(b"t\xefny.yaml"))
    for argv in (["verdict", "c.yaml", "--knowledge", str(folder), "--db", db], ["check", str(folder)]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and "the file name is not UTF-8 text: rename the file" in out + err, out + err
        assert "t\\xefny.yaml" in out + err and "\udcef" not in out + err


def test_issue16_semicolon_csv_is_detected_with_its_decimal_commas(workdir: Path, engine: Engine) -> None:
    path = workdir / "fi.csv"
    path.write_text("client;money.monthly_revenue;money.monthly_hours;payment.late_invoices\n"
                    "Oy Esimerkki Ab;2500,50;12,5;3\n", encoding="utf-8")
    row = next(r for r in read_rows(path, engine.kb))
    client = to_client(row, engine.kb)  # type: ignore[arg-type]
    assert (client.name, client.values) == ("Oy Esimerkki Ab", {"money.monthly_revenue": 2500.5,
                                                                "money.monthly_hours": 12.5, "payment.late_invoices": 3})


@pytest.mark.parametrize(("file", "text"), [
    ("c.yaml", "control:\n  recommendations_rejected_pct: 40%\n"),
    ("c.json", '{"control": {"recommendations_rejected_pct": "40%"}}'),
    ("book.csv", "client,control.recommendations_rejected_pct\nA,40%\n"),
    ("book.jsonl", '{"control": {"recommendations_rejected_pct": "40 %"}}\n'),
])
def test_issue16_a_percentage_may_be_written_with_its_sign(workdir: Path, engine: Engine, file: str, text: str) -> None:
    path = workdir / file
    path.write_text(text, encoding="utf-8")
    rows = list(read_rows(workdir if file.startswith("c.") else path, engine.kb))
    client = to_client(rows[0], engine.kb)  # type: ignore[arg-type]
    assert client.values == {"control.recommendations_rejected_pct": 40}
