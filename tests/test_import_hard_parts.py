"""The hard parts of real exports: each a clear one-line error (exit 2, file, row, column) or a documented choice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.import_helpers import clients_in, fixture, run_import

STRIPE_HEAD = ("Number,Customer Name,Date (UTC),Due Date (UTC),Paid At (UTC),Status,Total,Amount Paid,Amount Remaining,"
               "Currency\n")
XERO_HEAD = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,LineAmount,Currency,Status\n"

ERRORS = [
    # (name, format, file content (str, or bytes as written), extra options, message part, line)
    ("ambiguous day/month", "xero", XERO_HEAD + "Ace,I-1,03/04/2025,05/06/2025,10,0,10,10,GBP,Authorised\n", (),
     "the date '03/04/2025' can be read day-first or month-first: say --date-format DD/MM/YYYY or MM/DD/YYYY "
     "in column 'InvoiceDate'", 2),
    ("day/month contradicted", "xero", XERO_HEAD + "Ace,I-1,13/04/2025,05/06/2025,10,0,10,10,GBP,Authorised\n"
     "Ace,I-2,04/13/2025,05/06/2025,10,0,10,10,GBP,Authorised\n", (), "not a real date: '04/13/2025' read day-first", 3),
    ("line items disagree", "xero", XERO_HEAD + "Ace,I-1,2025-04-01,2025-05-01,20,0,20,10,GBP,Authorised\n"
     "Ace,I-1,2025-04-01,2025-05-09,20,0,20,10,GBP,Authorised\n", (), "line-item rows that disagree on its due date", 3),
    ("invoice twice, rows apart", "stripe", STRIPE_HEAD + "I-1,Ace,2025-04-01,2025-04-10,,open,10,0,10,eur\n"
     "I-2,Ace,2025-04-01,2025-04-10,,open,10,0,10,eur\nI-1,Ace,2025-04-01,2025-04-10,,open,10,0,10,eur\n", (),
     "invoice I-1 of 'Ace' appears twice", 4),
    ("several currencies", "stripe", STRIPE_HEAD + "I-1,Ace,2025-05-01,2025-05-10,2025-05-05,paid,10,10,0,eur\n"
     "I-2,Ace,2025-05-01,2025-05-10,2025-05-05,paid,10,10,0,usd\n", (),
     "client 'Ace' was paid in EUR and USD in the last 3 months: choose the currency of the money facts with --currency",
     None),
    ("not a number", "stripe", STRIPE_HEAD + "I-1,Ace,2025-05-01,2025-05-10,,open,1_000,0,1_000,eur\n", (),
     "not a plain number: '1_000' in column 'Total'", 2),
    ("decimal comma", "stripe", STRIPE_HEAD.replace(",", ";") + "I-1;Ace;2025-05-01;2025-05-10;;open;10,50;0;10,50;eur\n",
     (), "not a plain number: '10,50' (a decimal comma? say --decimal-comma) in column 'Total'", 2),
    ("unknown status", "stripe", STRIPE_HEAD + "I-1,Ace,2025-05-01,2025-05-10,,pending,10,0,10,eur\n", (),
     "unknown status 'pending' (known: deleted, draft, open, paid, uncollectible, void) in column 'Status'", 2),
    ("no client", "stripe", STRIPE_HEAD + "I-1,,2025-05-01,2025-05-10,,open,10,0,10,eur\n", (),
     "no client name in column 'Customer Name'", 2),
    ("not UTF-8", "stripe", (STRIPE_HEAD + "I-1,Café,2025-05-01,2025-05-10,,open,10,0,10,eur\n").encode("cp1252"), (),
     "the file is not UTF-8 (byte 0xe9): say its encoding, e.g. --encoding cp1252", 2),
    ("wrong kind", "stripe", "Date,Client,Project,Task,Notes,Hours\n2025-05-01,Ace,P,T,,2\n", (),
     "this looks like a Harvest detailed time export, not a Stripe invoice export (say --from harvest)", 1),
    ("not an export", "toggl", "name,age\nbob,3\n", (), "no header row found", 1),
    ("too many cells", "stripe", STRIPE_HEAD + "I-1,Ace,2025-05-01,2025-05-10,,open,10,0,10,eur,extra\n", (),
     "11 cells but the header has 10 columns", 2),
    ("two-digit year", "stripe", STRIPE_HEAD + "I-1,Ace,1/5/25,2025-05-10,,open,10,0,10,eur\n", ("--date-format", "DD/MM/YYYY"),
     "a date with a two-digit year", 2),
    ("empty", "toggl", "", (), "the export is empty", None),
]


@pytest.mark.parametrize(("fmt", "content", "extra", "message", "line"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_a_bad_export_is_one_line_and_exit_2(run_cli: Any, tmp_path: Path, fmt: str, content: str | bytes,
                                             extra: tuple[str, ...], message: str, line: int | None) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run_import(run_cli, tmp_path / "clients", fmt, str(export), extra=extra)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("clientfire: error: ") and "Traceback" not in err
    assert message in err
    if line:
        assert err.rstrip().endswith(f"export.csv:{line}")
    assert not (tmp_path / "clients").exists()  # nothing written


def _one(run_cli: Any, tmp_path: Path, fmt: str, content: str, *extra: str) -> dict[str, Any]:
    export = tmp_path / "export.csv"
    export.write_text(content, encoding="utf-8")
    code, _, err = run_import(run_cli, tmp_path / "clients", fmt, str(export), extra=extra)
    assert code == 0, err
    return clients_in(tmp_path / "clients")


CHOICES = [
    # (name, format, content, options, client, fact, value)
    ("--date-format settles the order", "xero", XERO_HEAD + "Ace,I-1,03/04/2025,05/06/2025,10,0,10,10,GBP,Authorised\n",
     ("--date-format", "MM/DD/YYYY"), "Ace", "payment.days_overdue", 70),
    ("the file shows the order", "xero", XERO_HEAD + "Ace,I-1,03/04/2025,05/06/2025,10,0,10,10,GBP,Authorised\n"
     "Ace,I-2,03/04/2025,25/06/2025,10,0,10,10,GBP,Authorised\n", (), "Ace", "payment.days_overdue", 40),
    ("line items are one invoice", "xero", XERO_HEAD + "Ace,I-1,2025-04-01,2025-05-01,20,0,20,10,GBP,Authorised\n"
     "Ace,I-1,2025-04-01,2025-05-01,20,0,20,10,GBP,Authorised\n", (), "Ace", "payment.unpaid_overdue_invoices", 1),
    ("a part-paid invoice is still open", "stripe",
     STRIPE_HEAD + "I-1,Ace,2025-04-01,2025-04-10,,open,100,40,60,eur\n", (), "Ace", "payment.unpaid_overdue_invoices", 1),
    ("a credit note lowers the revenue", "csv", "Client,No,Date,Due,Paid,Total,Status\nAce,I-1,2025-05-01,2025-05-30,"
     "2025-05-20,300,paid\nAce,C-1,2025-06-01,2025-06-01,,-90,paid\n", ("--map", "MAP"), "Ace", "money.monthly_revenue", 70.0),
    ("drafts and voids are left out", "stripe", STRIPE_HEAD + "I-1,Ace,2025-04-01,2025-04-10,,draft,100,0,100,eur\n"
     "I-2,Ace,2025-04-01,2025-04-10,,void,100,0,100,eur\nI-3,Ace,2025-04-01,2025-04-10,2025-04-09,paid,30,30,0,eur\n",
     (), "Ace", "payment.unpaid_overdue_invoices", 0),
    ("--currency picks the money facts' currency", "stripe",
     STRIPE_HEAD + "I-1,Ace,2025-05-01,2025-05-10,2025-05-05,paid,30,30,0,eur\n"
     "I-2,Ace,2025-05-01,2025-05-10,2025-05-05,paid,99,99,0,usd\n", ("--currency", "eur"), "Ace", "money.monthly_revenue", 10.0),
    ("a semicolon file with a decimal comma", "stripe",
     STRIPE_HEAD.replace(",", ";") + "I-1;Ace;2025-05-01;2025-05-10;2025-05-05;paid;10,50;10,50;0;eur\n",
     ("--decimal-comma",), "Ace", "money.monthly_revenue", 3.5),
    ("a UTC payment late on 30 June is July in Helsinki", "stripe",
     STRIPE_HEAD + "I-1,Ace,2025-06-01,2025-06-30,2025-06-30 22:30,paid,30,30,0,eur\n", ("--timezone", "Europe/Helsinki"),
     "Ace", "payment.late_invoices", 1),
    ("an unpaid invoice due today is not overdue", "stripe",
     STRIPE_HEAD + "I-1,Ace,2025-06-01,2025-07-15,,open,30,0,30,eur\n", (), "Ace", "payment.unpaid_overdue_invoices", 0),
    ("paid after --today was open on --today", "stripe",
     STRIPE_HEAD + "I-1,Ace,2025-06-01,2025-07-01,2025-07-20,paid,30,30,0,eur\n", (), "Ace", "payment.days_overdue", 14),
    ("a late payment 13 months ago does not count", "stripe",
     STRIPE_HEAD + "I-1,Ace,2024-05-01,2024-05-10,2024-06-10,paid,30,30,0,eur\n", (), "Ace", "payment.late_invoices", 0),
]


@pytest.mark.parametrize(("fmt", "content", "extra", "client", "fact", "value"), [c[1:] for c in CHOICES],
                         ids=[c[0] for c in CHOICES])
def test_documented_choices(run_cli: Any, tmp_path: Path, fmt: str, content: str, extra: tuple[str, ...], client: str,
                            fact: str, value: Any) -> None:
    if "MAP" in extra:
        (tmp_path / "map.yaml").write_text("kind: invoices\ncolumns: {client: Client, number: 'No', issue_date: Date, "
                                           "due_date: Due, paid_date: Paid, total: Total, status: Status}\n")
        extra = ("--map", str(tmp_path / "map.yaml"))
    assert _one(run_cli, tmp_path, fmt, content, *extra)[client][fact] == value


def test_names_match_across_tools_by_case_spacing_and_aliases(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    run_import(run_cli, folder, "stripe", fixture("stripe.csv"))
    (tmp_path / "time.csv").write_text("Date,Client,Hours\n2025-05-02,ACME,30\n2025-06-02,acme   widgets ltd.,3\n")
    code, out, err = run_import(run_cli, folder, "harvest", str(tmp_path / "time.csv"),
                                extra=("--aliases", fixture("aliases.yaml")))
    assert code == 0, err
    clients = clients_in(folder)
    assert sorted(clients) == ["Acme Widgets Ltd", "Brightpath Co"]
    assert clients["Acme Widgets Ltd"]["money.monthly_hours"] == 11.0


def test_a_bad_alias_file_names_its_line(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "aliases.yaml").write_text("Acme: [ACME]\nAcme Two: [acme]\n")
    code, _, err = run_import(run_cli, tmp_path / "c", "stripe", fixture("stripe.csv"),
                              extra=("--aliases", str(tmp_path / "aliases.yaml")))
    assert code == 2 and "'acme' is an alias of both 'Acme' and 'Acme Two'" in err and "aliases.yaml:2" in err


def test_a_client_paid_only_in_another_currency_gets_no_revenue_and_a_note(run_cli: Any, tmp_path: Path) -> None:
    code, _, err = run_import(run_cli, tmp_path / "clients", "stripe", fixture("stripe.csv"), extra=("--currency", "EUR"))
    assert code == 0
    assert "clientfire: note: Brightpath Co: paid only in USD in the last 3 months, so monthly_revenue in EUR stays unknown" in err
    assert "money.monthly_revenue" not in clients_in(tmp_path / "clients")["Brightpath Co"]
