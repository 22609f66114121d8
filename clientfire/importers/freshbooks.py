"""FreshBooks: the Invoice Details report exported as CSV (Reports > Invoice Details > Export), one row per line item.

Followed: FreshBooks Support, "How do I manage my invoices?" (https://support.freshbooks.com/hc/en-us/articles/
115011133427) for the invoice statuses (draft, sent, viewed, partial, paid, overdue, disputed, auto-paid, bad debt),
and the Invoice Details report's columns: Client Name, Invoice #, Date Issued, Due Date, Invoice Status, Date Paid,
Currency, Line Total (a line's amount, the invoice's total is their sum), Amount Paid and Amount Outstanding.
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

LAYOUTS = (Layout(
    fmt="freshbooks", title=message("import.title.freshbooks"), kind="invoices",
    doc="https://support.freshbooks.com/hc/en-us/articles/115011133427",
    columns={"client": ("Client Name", "Client", "Organization"), "number": ("Invoice #", "Invoice Number"),
             "issue_date": ("Date Issued", "Issue Date"), "due_date": ("Due Date",), "paid_date": ("Date Paid",),
             "total": ("Invoice Total", "Total"), "line_amount": ("Line Total",),
             "amount_paid": ("Amount Paid", "Paid"), "amount_due": ("Amount Outstanding", "Outstanding", "Amount Due"),
             "status": ("Invoice Status", "Status"), "currency": ("Currency",)},
    required=("client", "number", "status"),
    statuses={"draft": "draft", "sent": "open", "viewed": "open", "partial": "open", "overdue": "open",
              "disputed": "open", "outstanding": "open", "pending": "open", "retry": "open", "failed": "open",
              "paid": "paid", "auto-paid": "paid", "auto paid": "paid", "bad debt": "written_off",
              "written off": "written_off", "deleted": "void", "void": "void"}),)
