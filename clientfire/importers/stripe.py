"""Stripe invoices: the Dashboard's Invoices > Export (CSV), and the API-shaped export (amounts in cents).

Followed: Stripe Docs, "Manage invoices" > Export invoices (https://stripe.com/docs/invoicing/dashboard/manage-invoices)
and the Invoice object of the API reference (https://stripe.com/docs/api/invoices/object) for the fields and states:
draft, open, paid, uncollectible, void. Dashboard timestamps are in UTC (their columns say "(UTC)"); its amounts are
in major units (19.99), while the API's `amount_*` fields are integers in the currency's smallest unit (1999; a JPY
amount of 1999 is 1999 yen) and its timestamps Unix seconds.
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

_STATES = {"draft": "draft", "open": "open", "paid": "paid", "uncollectible": "written_off", "void": "void",
           "deleted": "void"}
_DOC = "https://stripe.com/docs/invoicing/dashboard/manage-invoices"

DASHBOARD = Layout(
    fmt="stripe", title=message("import.title.stripe"), kind="invoices", doc=_DOC,
    columns={"client": ("Customer Name", "Customer Email", "Customer"), "number": ("Number", "id"),
             "issue_date": ("Date (UTC)", "Created (UTC)", "Finalized At (UTC)"),
             "due_date": ("Due Date (UTC)", "Due Date"), "paid_date": ("Paid At (UTC)",),
             "total": ("Total",), "amount_paid": ("Amount Paid",), "amount_due": ("Amount Remaining",),
             "status": ("Status",), "currency": ("Currency",),
             "written_off_date": ("Marked Uncollectible At (UTC)",)},
    required=("client", "number", "status", "total", "currency"), statuses=_STATES,
    utc=("issue_date", "due_date", "paid_date", "written_off_date"))

API = Layout(
    fmt="stripe", title=message("import.title.stripe_api"), kind="invoices", doc=_DOC,
    columns={"client": ("customer_name", "customer_email", "customer"), "number": ("number", "id"),
             "issue_date": ("created",), "due_date": ("due_date",),
             "paid_date": ("status_transitions.paid_at", "paid_at"), "total": ("total",),
             "amount_paid": ("amount_paid",), "amount_due": ("amount_remaining",), "status": ("status",),
             "currency": ("currency",),
             "written_off_date": ("status_transitions.marked_uncollectible_at", "marked_uncollectible_at")},
    required=("client", "number", "status", "total", "currency", "amount_due"),
    statuses=_STATES, minor_units=True, epoch=True,
    utc=("issue_date", "due_date", "paid_date", "written_off_date"))

LAYOUTS = (DASHBOARD, API)
