"""Each derivation over its window, table-driven, on invoices and time entries made in the test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from clientfire.importers.derive import Caps, ClientBooks, Window
from clientfire.importers.facts import facts_of
from clientfire.importers.layout import Invoice, TimeEntry

TODAY = dt.date(2025, 7, 15)
ALL = Caps(due=True, paid_date=True, amounts=True, write_off=True)
D = dt.date.fromisoformat


def inv(number: str, state: str, due: str | None = None, paid_on: str | None = None, total: str = "100",
        issued: str = "2025-01-01", **extra: Any) -> Invoice:
    return Invoice("x.csv", int(number.split("-")[-1]), "Ace", number, state, issue_date=D(issued),
                   due_date=D(due) if due else None, paid_date=D(paid_on) if paid_on else None, total=Decimal(total),
                   currency="EUR", **extra)


def facts(invoices: list[Invoice], caps: Caps = ALL, time: list[TimeEntry] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    books = ClientBooks("Ace", Window(TODAY))
    for invoice in invoices:
        books.add_invoice(invoice, caps)
    for entry in time:
        books.add_time(entry)
    return {f.fact: f.value for f in facts_of(books)}


DERIVATIONS = [
    # (name, invoices, fact, value)
    ("late: paid after due, in 12 months", [inv("I-1", "paid", "2025-03-01", "2025-03-05")], "payment.late_invoices", 1),
    ("late: paid on the due date is on time", [inv("I-1", "paid", "2025-03-01", "2025-03-01")], "payment.late_invoices", 0),
    ("late: the window starts 12 months back", [inv("I-1", "paid", "2024-07-01", "2024-07-15"),
                                                inv("I-2", "paid", "2024-07-01", "2024-07-16")], "payment.late_invoices", 1),
    ("overdue: open and past due", [inv("I-1", "open", "2025-07-14"), inv("I-2", "open", "2025-07-15")],
     "payment.unpaid_overdue_invoices", 1),
    ("overdue: days of the oldest", [inv("I-1", "open", "2025-07-14"), inv("I-2", "written_off", "2025-05-16")],
     "payment.days_overdue", 60),
    ("overdue: none is 0 days", [inv("I-1", "paid", "2025-03-01", "2025-03-01")], "payment.days_overdue", 0),
    ("pays_eventually: a write-off is false", [inv("I-1", "written_off", "2025-03-01")], "payment.pays_eventually", False),
    ("pays_eventually: silence is unknown", [inv("I-1", "paid", "2025-03-01", "2025-03-09")], "payment.pays_eventually", None),
    ("revenue: last 3 full months", [inv("I-1", "paid", "2025-04-01", "2025-04-02", "300"),
                                     inv("I-2", "paid", "2025-07-01", "2025-07-02", "900"),
                                     inv("I-3", "paid", "2025-03-01", "2025-03-31", "900")], "money.monthly_revenue", 100.0),
    ("revenue: amount paid, not total", [inv("I-1", "paid", "2025-05-01", "2025-05-02", "300", paid=Decimal("150"))],
     "money.monthly_revenue", 50.0),
    ("revenue: a credit note subtracts", [inv("I-1", "paid", "2025-05-01", "2025-05-02", "300"),
                                          inv("C-2", "credit", total="-60", issued="2025-06-03")], "money.monthly_revenue", 80.0),
    ("revenue: credits above payments are 0", [inv("C-2", "credit", total="-60", issued="2025-06-03")],
     "money.monthly_revenue", 0.0),
    ("drafts and voids count nowhere", [inv("I-1", "draft", "2025-03-01"), inv("I-2", "void", "2025-03-01")],
     "payment.unpaid_overdue_invoices", 0),
    ("invoices issued after today count nowhere", [inv("I-1", "open", "2025-07-01", issued="2025-07-16")],
     "payment.unpaid_overdue_invoices", 0),
]


@pytest.mark.parametrize(("invoices", "fact", "value"), [d[1:] for d in DERIVATIONS], ids=[d[0] for d in DERIVATIONS])
def test_derivations(invoices: list[Invoice], fact: str, value: Any) -> None:
    assert facts(invoices).get(fact) == value


def test_what_an_export_cannot_show_stays_unknown() -> None:
    found = facts([inv("I-1", "paid", "2025-03-01", "2025-03-05")], Caps(due=True, paid_date=False, amounts=True,
                                                                         write_off=False))
    assert set(found) == {"payment.unpaid_overdue_invoices", "payment.days_overdue"}


def test_hours_average_the_last_three_full_months() -> None:
    time = [TimeEntry("t.csv", n, "Ace", D(day), Decimal(hours)) for n, (day, hours) in
            enumerate([("2025-03-31", "50"), ("2025-04-01", "10"), ("2025-05-20", "20"), ("2025-06-30", "30"),
                       ("2025-07-01", "40")])]
    assert facts([], time=time) == {"money.monthly_hours": 20.0}


def test_many_records_are_counted_but_at_most_50_kept() -> None:
    books = ClientBooks("Ace", Window(TODAY))
    for n in range(60):
        books.add_invoice(inv(f"I-{n}", "open", str(D("2025-01-01") + dt.timedelta(days=n))), ALL)
    overdue = next(f for f in facts_of(books) if f.fact == "payment.unpaid_overdue_invoices")
    assert overdue.value == 60 and len(overdue.records) == 50
    texts = overdue.texts()
    assert texts[0].startswith("I-0 unpaid, 195 days past due") and texts[-1] == "... and 11 more open past due"
