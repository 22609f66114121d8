"""Xero sales invoices: Business > Invoices > Export (CSV), one row per line item.

Followed: Xero Central, "Import and export invoices" (https://central.xero.com/s/article/Import-and-export-invoices),
whose export shares the columns of the import template (ContactName, InvoiceNumber, InvoiceDate, DueDate, Total,
InvoiceAmountPaid, InvoiceAmountDue, LineAmount, Currency, Type, Status; the template stars required columns:
`*ContactName`), and the Invoices API (https://developer.xero.com/documentation/api/accounting/invoices) for the
statuses DRAFT, SUBMITTED, AUTHORISED, PAID, VOIDED and DELETED. Dates follow the organisation's region (DD/MM/YYYY
or MM/DD/YYYY): the file itself must show which, or say --date-format. The export has no payment date, so it cannot
tell late payments or revenue per month.
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

LAYOUTS = (Layout(
    fmt="xero", title=message("import.title.xero"), kind="invoices",
    doc="https://central.xero.com/s/article/Import-and-export-invoices",
    columns={"client": ("ContactName", "*ContactName"), "number": ("InvoiceNumber", "*InvoiceNumber"),
             "issue_date": ("InvoiceDate", "*InvoiceDate"), "due_date": ("DueDate", "*DueDate"),
             "paid_date": ("FullyPaidOnDate", "PaidDate"), "total": ("Total",), "line_amount": ("LineAmount",),
             "amount_paid": ("InvoiceAmountPaid", "AmountPaid"), "amount_due": ("InvoiceAmountDue", "AmountDue"),
             "status": ("Status",), "currency": ("Currency",), "type": ("Type",)},
    required=("client", "number", "due_date"),
    statuses={"draft": "draft", "submitted": "draft", "awaiting approval": "draft", "authorised": "open",
              "awaiting payment": "open", "paid": "paid", "voided": "void", "deleted": "void"},
    types={"sales invoice": "invoice", "accrec": "invoice", "sales credit note": "credit", "accreccredit": "credit",
           "credit note": "credit"}),)
