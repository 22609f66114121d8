"""Merge, never clobber: hand-written facts and lines survive an import; imported ones are marked and refreshed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientfire.importers.plan import safe_file_name
from tests.import_helpers import clients_in, fixture, run_import

HAND = """# Acme, written by hand
client: Acme Widgets Ltd
payment:
  late_invoices: 6          # my own count: two more were paid by cheque
contract:
  active: true
  end_date: 2027-03-31
notes: Long-standing client.
"""
STRIPE_HEAD = "Number,Customer Name,Date (UTC),Due Date (UTC),Paid At (UTC),Status,Total,Amount Paid,Amount Remaining,Currency\n"


def test_hand_written_facts_and_lines_survive(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "acme.yaml").write_text(HAND, encoding="utf-8")
    code, out, err = run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    assert code == 0, err
    text = (folder / "acme.yaml").read_text(encoding="utf-8")
    for line in HAND.splitlines():
        assert line in text.splitlines()  # every line the user wrote is still there
    assert "  unpaid_overdue_invoices: 2  # imported 2025-07-15 from stripe.csv" in text
    assert "  ! payment.late_invoices = 6 kept: your own value (the books say 2)" in out
    facts = clients_in(folder)["Acme Widgets Ltd"]
    assert facts["payment.late_invoices"] == 6 and "payment.late_invoices" not in facts["evidence"]
    assert not (folder / "acme-widgets-ltd.yaml").exists()  # matched by the name inside, not a second file


def test_a_re_import_refreshes_only_imported_facts(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    path = folder / "acme-widgets-ltd.yaml"
    pinned = path.read_text().replace("  days_overdue: 242  # imported 2025-07-15 from stripe.csv", "  days_overdue: 10")
    path.write_text(pinned + "# my note at the end\n")
    code, out, _ = run_cli("import", "--from", "stripe", fixture("stripe.csv"), "--out", str(folder), "--today",
                           "2025-07-20", "--timezone", "UTC")
    text = path.read_text()
    assert code == 0 and "  days_overdue: 10\n" in text and "# my note at the end\n" in text
    assert "  unpaid_overdue_invoices: 2  # imported 2025-07-20 from stripe.csv" in text
    assert "INV-0017 unpaid, 35 days past due" in text


def test_a_fact_the_books_no_longer_show_is_removed(run_cli: Any, tmp_path: Path) -> None:
    folder, export = tmp_path / "clients", tmp_path / "stripe.csv"
    export.write_text(STRIPE_HEAD + "I-1,Ace,2025-04-01,2025-04-10,,uncollectible,100,0,100,eur\n")
    run_import(run_cli, folder, "stripe", str(export))
    assert clients_in(folder)["Ace"]["payment.pays_eventually"] is False
    export.write_text(STRIPE_HEAD + "I-1,Ace,2025-04-01,2025-04-10,2025-06-01,paid,100,100,0,eur\n")
    code, out, _ = run_import(run_cli, folder, "stripe", str(export))
    assert code == 0 and "  - payment.pays_eventually removed: the exports no longer show it" in out
    facts = clients_in(folder)["Ace"]
    assert "payment.pays_eventually" not in facts and "payment.pays_eventually" not in facts["evidence"]
    assert facts["payment.late_invoices"] == 1


def test_dry_run_writes_nothing_and_shows_the_diff(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "acme.yaml").write_text(HAND, encoding="utf-8")
    code, out, _ = run_import(run_cli, folder, "stripe", fixture("stripe.csv"), extra=("--dry-run",))
    assert code == 0 and (folder / "acme.yaml").read_text() == HAND and sorted(p.name for p in folder.iterdir()) == ["acme.yaml"]
    assert f"+++ {folder / 'acme.yaml'}" in out and "+  unpaid_overdue_invoices: 2  # imported" in out
    assert out.endswith("would write 2 client(s) from 10 record(s); 2 file(s) to change\n")


@pytest.mark.parametrize(("name", "file"), [("../../etc/passwd", "etc-passwd.yaml"), ("CON", "con-client.yaml"),
                                            ("주식회사 한빛", "주식회사-한빛.yaml"), ("...", "client.yaml"),
                                            ("C:\\Windows\\x", "c-windows-x.yaml"), ("Acme", "acme-2.yaml")])
def test_client_file_names_are_safe(name: str, file: str) -> None:
    assert safe_file_name(name, {"acme.yaml"}) == file


def test_a_hostile_client_name_stays_in_the_folder(run_cli: Any, tmp_path: Path) -> None:
    export, folder = tmp_path / "stripe.csv", tmp_path / "out" / "clients"
    export.write_text(STRIPE_HEAD + '"../../x\x1b[31m",I-1,2025-04-01,2025-04-10,,open,1,0,1,eur\n'.replace(
        '"../../x\x1b[31m",I-1', 'I-1,"../../x\x1b[31m"'))
    code, _, err = run_import(run_cli, folder, "stripe", str(export))
    assert code == 0, err
    assert [p.name for p in folder.iterdir()] == ["x-31m.yaml"] and not (tmp_path / "x.yaml").exists()
    assert "\x1b" not in (folder / "x-31m.yaml").read_text()


def test_json_client_files_and_broken_files_are_refused(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "acme.json").write_text('{"client": "Acme Widgets Ltd"}')
    code, _, err = run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    assert code == 2 and "'Acme Widgets Ltd' has a JSON client file" in err
    (folder / "acme.json").unlink()
    (folder / "acme.yaml").write_text("client: Acme Widgets Ltd\npayment:\n  late_invoces: 3\n")
    code, _, err = run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    assert code == 2 and "unknown fact 'late_invoces'" in err and "acme.yaml:3" in err
    assert sorted(p.name for p in folder.iterdir()) == ["acme.yaml"]


def test_csv_output_feeds_batch_and_is_never_overwritten(run_cli: Any, tmp_path: Path) -> None:
    portfolio = tmp_path / "portfolio.csv"
    code, _, err = run_cli("import", "--from", "stripe", fixture("stripe.csv"), "--csv", str(portfolio), "--today",
                           "2025-07-15", "--timezone", "UTC")
    assert code == 0, err
    head = portfolio.read_text().splitlines()[0]
    assert head.startswith("client,payment.late_invoices,") and "evidence.payment.late_invoices" in head
    code, out, err = run_cli("batch", str(portfolio), "--today", "2025-07-15", "--no-record", "--out",
                             str(tmp_path / "reports"))
    assert code == 0, err
    assert "Acme Widgets Ltd" in out and "fire" in out
    report = (tmp_path / "reports" / "acme-widgets-ltd.md").read_text()
    assert "from your books: INV-0009 unpaid, 242 days past due" in report and "  - INV-0012 paid 12 days late" in report
    code, _, err = run_cli("import", "--from", "stripe", fixture("stripe.csv"), "--csv", str(portfolio))
    assert code == 2 and "the file exists" in err
