"""From invoice and time exports to a triaged portfolio: `clientfire import`, then `clientfire batch` and
`clientfire knowledge diff --clients` on the files as written; hand-written facts survive a re-import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.import_helpers import clients_in, fixture, run_import
from tests.test_overrides import TWO_LATE, overrides_file


def _portfolio(run_cli: Any, folder: Path) -> None:
    for fmt, files in (("stripe", ["stripe.csv"]), ("toggl", ["toggl.csv"]),
                       ("harvest", ["harvest_invoices.csv", "harvest_time.csv"]), ("quickbooks", ["quickbooks.csv"])):
        code, _, err = run_import(run_cli, folder, fmt, *map(fixture, files))
        assert code == 0, err


def test_exports_to_a_triaged_portfolio_with_evidence(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    _portfolio(run_cli, folder)
    acme = clients_in(folder)["Acme Widgets Ltd"]
    assert acme["money.monthly_hours"] == 10.17 and acme["payment.days_overdue"] == 242  # two tools, one client
    code, out, err = run_cli("batch", str(folder), "--today", "2025-07-15", "--format", "json", "--no-record", "--out",
                             str(tmp_path / "reports"), "--report-format", "json")
    assert code == 0, err
    triage = json.loads(out)
    assert [(c["client"], c["verdict"]) for c in triage["clients"]] == [
        ("Acme Widgets Ltd", "fire"), ("Greyhaven Partners", "fire"), ("Brightpath Co", "keep"),
        ("Fernhill Studio", "keep")]
    report = json.loads((tmp_path / "reports" / "acme-widgets-ltd.json").read_text())
    non_payment = next(s for s in report["signs"] if s["id"] == "non_payment")
    days = next(e for e in non_payment["evidence"] if e["fact"] == "payment.days_overdue")
    assert days["records"] == ["oldest: INV-0009 unpaid, 242 days past due (due 2024-11-15; 800.00 EUR open)"]
    assert report["evidence"]["money.monthly_hours"][0] == "2025-04: 10 hours (1 time entry)"


def test_hand_written_facts_survive_a_re_import(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    _portfolio(run_cli, folder)
    path = folder / "brightpath-co.yaml"
    path.write_text(path.read_text() + "respect:\n  belittles: true\n", encoding="utf-8")
    _portfolio(run_cli, folder)
    brightpath = clients_in(folder)["Brightpath Co"]
    assert brightpath["respect.belittles"] is True and brightpath["money.monthly_revenue"] == 2000.0
    code, out, _ = run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    assert "Brightpath Co -> " in out and "(unchanged)" in out.split("Brightpath Co -> ")[1].splitlines()[0]


def test_knowledge_diff_reads_the_imported_files(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    _portfolio(run_cli, folder)
    code, out, err = run_cli("knowledge", "diff", "bundled", str(overrides_file(tmp_path, TWO_LATE)), "--clients",
                             str(folder), "--today", "2025-07-15", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["clients"]["count"] == 4
    text = json.dumps(data)
    assert "error" not in text and "ignored_facts" not in text
