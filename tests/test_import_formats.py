"""Each vendor layout, read from a small synthetic export: the facts it fills, and those it leaves unknown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.import_helpers import clients_in, fixture, run_import

FORMATS = [
    # (format, files, extra options, client, expected facts (None: must stay unknown))
    ("stripe", ["stripe.csv"], (), "Acme Widgets Ltd",
     {"payment.late_invoices": 2, "payment.unpaid_overdue_invoices": 2, "payment.days_overdue": 242,
      "payment.pays_eventually": False, "money.monthly_revenue": 1333.33, "money.monthly_hours": None}),
    ("stripe", ["stripe.csv"], (), "Brightpath Co",
     {"payment.late_invoices": 0, "payment.unpaid_overdue_invoices": 0, "payment.days_overdue": 0,
      "payment.pays_eventually": None, "money.monthly_revenue": 2000.0}),
    ("stripe", ["stripe_api.csv"], (), "Tanaka KK", {"payment.late_invoices": 1, "money.monthly_revenue": 70000}),
    ("stripe", ["stripe_api.csv"], (), "Lumen Labs", {"money.monthly_revenue": 666.66}),
    ("toggl", ["toggl.csv"], (), "ACME widgets ltd", {"money.monthly_hours": 10.17, "payment.late_invoices": None}),
    ("xero", ["xero.csv"], (), "Copperleaf Ltd",
     {"payment.unpaid_overdue_invoices": 1, "payment.days_overdue": 46, "payment.late_invoices": None,
      "money.monthly_revenue": None}),
    ("harvest", ["harvest_invoices.csv", "harvest_time.csv"], (), "Fernhill Studio",
     {"money.monthly_revenue": 1333.33, "money.monthly_hours": 35.25, "payment.late_invoices": None,
      "payment.unpaid_overdue_invoices": None}),
    ("quickbooks", ["quickbooks.csv"], (), "Greyhaven Partners",
     {"payment.unpaid_overdue_invoices": 2, "payment.days_overdue": 156, "payment.late_invoices": None,
      "money.monthly_revenue": None}),
    ("freshbooks", ["freshbooks_cp1252.csv"], ("--encoding", "cp1252"), "Café Noir",
     {"payment.late_invoices": 1, "payment.unpaid_overdue_invoices": 1, "payment.days_overdue": 30,
      "money.monthly_revenue": 166.67}),
    ("csv", ["mapped.csv"], ("--map", fixture("map.yaml"), "--decimal-comma"), "Marlow & Sons",
     {"payment.late_invoices": 1, "payment.unpaid_overdue_invoices": 1, "payment.days_overdue": 76,
      "money.monthly_revenue": 333.5}),
]


@pytest.mark.parametrize(("fmt", "files", "extra", "client", "expected"), FORMATS,
                         ids=[f"{f[0]}-{f[3]}" for f in FORMATS])
def test_each_layout_fills_its_facts(run_cli: Any, tmp_path: Path, fmt: str, files: list[str], extra: tuple[str, ...],
                                     client: str, expected: dict[str, Any]) -> None:
    code, out, err = run_import(run_cli, tmp_path, fmt, *map(fixture, files), extra=extra)
    assert code == 0, err
    facts = clients_in(tmp_path)[client]
    for fact, value in expected.items():
        assert facts.get(fact) == value, fact
        assert (fact in facts["evidence"]) == (value is not None), fact


def test_every_imported_fact_names_its_records(run_cli: Any, tmp_path: Path) -> None:
    run_import(run_cli, tmp_path, "stripe", fixture("stripe.csv"))
    evidence = clients_in(tmp_path)["Acme Widgets Ltd"]["evidence"]
    assert evidence["payment.late_invoices"] == ["INV-0012 paid 12 days late (due 2025-03-15, paid 2025-03-27)",
                                                 "INV-0015 paid 30 days late (due 2025-04-15, paid 2025-05-15)"]
    assert evidence["payment.pays_eventually"] == ["INV-0009 written off (800.00 EUR unpaid)"]
    assert evidence["money.monthly_revenue"][:3] == ["2025-04: nothing paid", "2025-05: 3,000.00 EUR paid (INV-0015, INV-0016)",
                                                     "2025-06: 1,000.00 EUR paid (INV-0020)"]


def test_the_summary_names_the_records(run_cli: Any, tmp_path: Path) -> None:
    code, out, _ = run_import(run_cli, tmp_path, "stripe", fixture("stripe.csv"))
    assert ("  + payment.late_invoices = 2 (INV-0012 paid 12 days late (due 2025-03-15, paid 2025-03-27), "
            "INV-0015 paid 30 days late (due 2025-04-15, paid 2025-05-15))") in out
    assert out.endswith("wrote 2 client(s) from 10 record(s); 2 file(s) changed\n")
