"""QuickBooks Online: the Invoice List report (Reports > Invoice List), exported to CSV.

Followed: QuickBooks Online Help, "Run an invoice list report"
(https://quickbooks.intuit.com/learn-support/en-us/help-article/sales-reports/run-invoice-list-report/L6b9mrMYJ_US_en_US):
columns Date, Transaction type, Num, Customer (or Name), Due date, Amount and Open balance. The export carries the
report's title rows above the header and a TOTAL row below it (both skipped), writes amounts with thousands
separators (1,234.56) and US dates (MM/DD/YYYY) unless the company's region says otherwise. It has no payment date, so
it cannot tell late payments or revenue per month; an invoice is open while its Open balance is above 0.
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

LAYOUTS = (Layout(
    fmt="quickbooks", title=message("import.title.quickbooks"), kind="invoices",
    doc="https://quickbooks.intuit.com/learn-support/en-us/help-article/sales-reports/run-invoice-list-report/"
        "L6b9mrMYJ_US_en_US",
    columns={"client": ("Customer", "Name", "Customer full name"), "number": ("Num", "No.", "Invoice no."),
             "issue_date": ("Date", "Invoice date"), "due_date": ("Due date", "Due Date"),
             "paid_date": ("Payment date", "Last payment date"), "total": ("Amount", "Total"),
             "amount_due": ("Open balance", "Balance"), "type": ("Transaction type", "Type"),
             "status": ("Status",), "currency": ("Currency",)},
    required=("client", "number", "due_date", "amount_due"),
    statuses={"open": "open", "overdue": "open", "partial": "open", "paid": "paid", "closed": "paid",
              "deposited": "paid", "voided": "void", "void": "void", "pending": "draft"},
    types={"invoice": "invoice", "credit memo": "credit", "refund receipt": "credit", "payment": "skip",
           "sales receipt": "skip"},
    thousands=True, report=True),)
