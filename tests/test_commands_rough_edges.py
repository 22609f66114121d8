"""Issue 16, Commands: `audit list` on a new database and the input file of each record; `facts` derived apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
OAKLINE = ROOT / "examples/oakline-late-payer.yaml"


@pytest.mark.parametrize(("lang", "said"), [("en", "No audit records yet."), ("fi", "Tarkastusmerkintöjä ei ole vielä.")])
def test_audit_list_on_a_new_database_says_no_records_yet(run_cli: Any, tmp_path: Path, monkeypatch: Any,
                                                          lang: str, said: str) -> None:
    monkeypatch.setenv("CLIENTFIRE_LANG", lang)
    db = tmp_path / "new.db"
    code, out, err = run_cli("audit", "list", "--db", str(db))
    assert (code, out.strip(), err) == (0, said, "")
    assert not db.exists()
    assert run_cli("audit", "list", "--db", str(db), "--format", "json")[:2] == (0, "[]\n")


def test_audit_list_shows_the_input_file_of_each_record(run_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "audit.db")
    assert run_cli("verdict", str(OAKLINE), "--today", "2026-03-10", "--db", db)[0] == 0
    code, out, _ = run_cli("audit", "list", "--db", db)
    assert code == 0 and out.rstrip().endswith(str(OAKLINE))
    rows = json.loads(run_cli("audit", "list", "--db", db, "--format", "json")[1])
    assert [r["input_path"] for r in rows] == [str(OAKLINE)]


def test_facts_lists_derived_facts_apart_marked_computed_not_set(run_cli: Any) -> None:
    code, out, _ = run_cli("facts")
    assert code == 0
    plain, _, derived = out.partition("Derived facts (computed, not set):")
    first = {kind: [line.split()[0] for line in text.strip().splitlines()] for kind, text in (("plain", plain),
                                                                                               ("derived", derived))}
    assert "money.monthly_margin" in first["derived"] and "money.monthly_margin" not in first["plain"]
    assert "money.monthly_revenue" in first["plain"] and "money.monthly_revenue" not in first["derived"]
    assert all("[computed, not set] =" in line for line in derived.strip().splitlines())


def test_facts_percent_percent_reads_once(run_cli: Any) -> None:
    out = run_cli("facts")[1]
    assert "percent (percent)" not in out
    assert "contract.work_completed_pct             percent " in out


def test_diagram_accepts_overrides_like_the_other_commands(run_cli: Any, tmp_path: Path) -> None:
    client = tmp_path / "two.yaml"
    client.write_text("payment: {late_invoices: 2}\n", encoding="utf-8")
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("thresholds:\n  late_payment.min_late_invoices: 2\n", encoding="utf-8")
    plain, flagged = tmp_path / "plain.dot", tmp_path / "flagged.dot"
    assert run_cli("diagram", str(client), "-o", str(plain), "--today", "2026-03-10")[0] == 0
    code, _, err = run_cli("diagram", str(client), "-o", str(flagged), "--today", "2026-03-10",
                           "--overrides", str(overrides))
    assert code == 0, err
    # two late invoices reach late_payment only with the override: the sign is on the path
    assert 'class="sign path"' in flagged.read_text(encoding="utf-8")
    assert 'class="sign path"' not in plain.read_text(encoding="utf-8")
