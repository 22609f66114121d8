"""Harvest: the invoice report export (Invoices > Export) and the Detailed Time report export (CSV).

Followed: Harvest Help, "Importing and exporting data"
(https://support.getharvest.com/hc/en-us/articles/360048685111-Importing-and-exporting-data): the time export's
Date, Client, Project, Task, Notes, Hours (decimal) and Billable? columns; the invoice export's Issue Date,
Last Payment Date, ID, Client, Subject, Invoice Amount, Paid Amount, Balance, Currency ("United States Dollar - USD")
and Document Type columns. The invoice export has no status and, in the documented layout, no due date: an invoice
is paid when its Balance is 0, and without a Due Date column it cannot tell late or overdue invoices.
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

_DOC = "https://support.getharvest.com/hc/en-us/articles/360048685111-Importing-and-exporting-data"

INVOICES = Layout(
    fmt="harvest", title=message("import.title.harvest_invoices"), kind="invoices", doc=_DOC,
    columns={"client": ("Client",), "number": ("ID", "Invoice ID", "Number"), "issue_date": ("Issue Date",),
             "due_date": ("Due Date",), "paid_date": ("Last Payment Date", "Paid Date"),
             "total": ("Invoice Amount", "Amount"), "amount_paid": ("Paid Amount",), "amount_due": ("Balance",),
             "currency": ("Currency",), "type": ("Document Type",), "status": ("State", "Status")},
    required=("client", "number", "total", "amount_due"),
    statuses={"draft": "draft", "open": "open", "sent": "open", "partial": "open", "paid": "paid", "closed": "void"},
    types={"invoice": "invoice", "credit note": "credit", "credit": "credit"})

TIME = Layout(
    fmt="harvest", title=message("import.title.harvest_time"), kind="time", doc=_DOC,
    columns={"client": ("Client",), "date": ("Date", "Spent Date"), "hours": ("Hours",),
             "billable": ("Billable?", "Billable")},
    required=("client", "date", "hours"))

LAYOUTS = (INVOICES, TIME)
