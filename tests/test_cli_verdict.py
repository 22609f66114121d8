"""`clientfire verdict` and `clientfire facts` as a user runs them: formats, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

CRESTLINE = str(ROOT / "examples" / "crestline-abusive-director.yaml")
JSON_KEYS = ["client", "verdict", "verdict_text", "strength", "strength_text", "signs", "remedies", "guidance",
             "prevention", "notices", "fired_rules", "unknown_facts", "knowledge_version", "facts", "derived_facts",
             "bounds", "date", "lang"]


def test_json_has_stable_keys_and_ids(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("verdict", CRESTLINE, "--format", "json", "--today", "2026-11-26", "--lang", "en")
    data = json.loads(out)
    assert code == 0 and err == ""
    assert list(data)[: len(JSON_KEYS)] == JSON_KEYS
    assert (data["verdict"], data["strength"]) == ("fire", "strong")
    assert data["signs"][0]["source"]["refs"] == ["B.4"]
    assert data["signs"][0]["evidence"][0]["fact"].startswith("behaviour.")
    assert [f["seq"] for f in data["fired_rules"]] == list(range(1, len(data["fired_rules"]) + 1))
    refund = next(g for g in data["guidance"] if g["id"] == "refund_unfinished")
    assert refund["details"]["contract.refund_owed"] == 3600  # an estimate: the contract's value is unknown
    assert "contract.total_value" in refund["assumed"]["contract.refund_owed"]


def test_json_output_is_deterministic(run_cli) -> None:  # type: ignore[no-untyped-def]
    first = run_cli("verdict", CRESTLINE, "--format", "json", "--today", "2026-11-26")[1]
    second = run_cli("verdict", CRESTLINE, "--format", "json", "--today", "2026-11-26")[1]
    assert first == second


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_renders(run_cli, path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("verdict", str(path), "--format", fmt, "--today", "2026-11-26", "--lang", "en")
    assert code == 0
    assert "\033[" not in out  # not a terminal: no colour
    assert "knowledge version" in out


def test_out_file_is_written(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "acme.md"
    code, out, _ = run_cli("verdict", CRESTLINE, "--format", "markdown", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text().startswith("# Crestline Motors: FIRE")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["verdict", "missing.yaml"], 2, "cannot read file"),
    (["verdict", CRESTLINE, "--today", "tomorrow"], 2, "--today must be a date"),
    (["verdict", CRESTLINE, "--knowledge", "/nonexistent"], 2, "knowledge folder not found"),
])
def test_bad_input_exit_codes(run_cli, args: list[str], code: int, message: str) -> None:  # type: ignore[no-untyped-def]
    got, out, err = run_cli(*args)
    assert got == code
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_typo_in_a_client_file_through_the_real_command(tmp_path: Path) -> None:
    client = tmp_path / "acme.yaml"
    client.write_text("client: Acme\npayment:\n  late_invoces: 4\n")
    done = subprocess.run([sys.executable, "-m", "clientfire", "verdict", str(client)], capture_output=True,
                          text=True, cwd=tmp_path, env={**os.environ, "CLIENTFIRE_DB": str(tmp_path / "a.db")})
    assert done.returncode == 2
    assert done.stderr == ("clientfire: error: unknown fact 'late_invoces' (did you mean 'late_invoices'?) "
                           f"at {client}:3\n")


def test_facts_lists_the_vocabulary(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("facts", "--format", "json", "--lang", "en")
    rows = json.loads(out)
    ids = [r["id"] for r in rows]
    assert code == 0
    assert "payment.late_invoices" in ids and "contract.end_date" in ids
    assert next(r for r in rows if r["id"] == "money.monthly_margin")["derived"]


def test_edited_knowledge_gets_a_fresh_engine_in_one_process(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import shutil

    from clientfire.engine import bundled_dir

    folder = tmp_path / "kb"
    shutil.copytree(bundled_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__", "scenarios"))
    client = tmp_path / "late.yaml"
    client.write_text("payment:\n  late_invoices: 2\n")
    args = ("verdict", str(client), "--knowledge", str(folder), "--format", "json", "--no-record")
    assert json.loads(run_cli(*args)[1])["verdict"] == "keep"
    thresholds = folder / "thresholds.yaml"
    thresholds.write_text(thresholds.read_text().replace("value: 3\n", "value: 2\n", 1))
    os.utime(thresholds, ns=(1, 1))  # a different change time even on a coarse clock
    assert json.loads(run_cli(*args)[1])["verdict"] == "address"
