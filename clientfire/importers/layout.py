"""What an export looks like: its columns (with the names each vendor uses), status words and conventions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from clientfire.messages import Message

__all__ = ["Layout", "Invoice", "TimeEntry", "STATES", "INVOICE_FIELDS", "TIME_FIELDS", "fold"]

#: the states every invoice status is read as
STATES = ("draft", "open", "paid", "void", "written_off", "credit")
INVOICE_FIELDS = ("client", "number", "issue_date", "due_date", "paid_date", "total", "line_amount", "amount_paid",
                  "amount_due", "status", "currency", "type", "written_off_date")
TIME_FIELDS = ("client", "date", "hours", "duration", "billable")


def fold(name: str) -> str:
    """A column name compared without case and spacing."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Layout:
    """One vendor export: the header names of each field, which are required, and how to read the cells."""

    fmt: str  # the --from name
    title: Message  # "Stripe invoice export", in any language
    kind: str  # invoices | time
    columns: dict[str, tuple[str, ...]]  # field -> header names, the vendor's own spelling first
    required: tuple[str, ...]
    statuses: dict[str, str] = field(default_factory=dict)  # folded status word -> one of STATES
    types: dict[str, str] = field(default_factory=dict)  # folded document type -> invoice | credit
    minor_units: bool = False  # amounts in cents (Stripe's API-shaped exports)
    utc: tuple[str, ...] = ()  # fields whose timestamps are in UTC
    thousands: bool = False  # amounts written 1,234.56 (QuickBooks reports)
    epoch: bool = False  # timestamps as Unix seconds
    report: bool = False  # title rows above the header, total rows below (skipped)
    currency: str = ""  # the currency when the export has no currency column
    doc: str = ""  # the vendor's documentation page

    def resolve(self, header: list[str]) -> dict[str, tuple[str, ...]]:
        """field -> the header's columns for it, in order of preference (the fields this header has)."""
        present = {fold(h): h for h in header}
        found = {}
        for name, spellings in self.columns.items():
            columns = tuple(present[fold(s)] for s in spellings if fold(s) in present)
            if columns:
                found[name] = columns
        return found

    def missing(self, header: list[str]) -> list[str]:
        """The required fields this header lacks, as the vendor names their columns."""
        found = self.resolve(header)
        return [self.columns[f][0] for f in self.required if f not in found]

    def score(self, header: list[str]) -> int:
        """How many of this layout's columns the header has (to tell which export a file is)."""
        return len(self.resolve(header))


@dataclass
class Invoice:
    """One invoice (its line-item rows merged), with where it comes from."""

    source: str
    line: int
    client: str
    number: str
    state: str  # one of STATES, as the export says it now
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    paid_date: dt.date | None = None
    total: Decimal | None = None
    paid: Decimal | None = None
    due: Decimal | None = None
    currency: str = ""
    last_line: int = 0
    from_lines: bool = False  # the total is the sum of line-item rows

    @property
    def where(self) -> str:
        """`invoices.csv:7`."""
        return f"{self.source}:{self.line}"


@dataclass
class TimeEntry:
    """One time entry: client, day and hours."""

    source: str
    line: int
    client: str
    day: dt.date
    hours: Decimal
    billable: bool | None = None
