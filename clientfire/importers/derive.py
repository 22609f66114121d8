"""From one client's invoices and time entries to facts, each with the records behind it, as of a date.

Windows (knowledge/facts.yaml): `late_invoices` counts invoices paid after their due date in the 12 months up to
`today`; `unpaid_overdue_invoices` and `days_overdue` look at invoices open on `today` whose due date has passed;
`monthly_revenue` and `monthly_hours` average the last 3 full calendar months before `today`.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from clientfire.errors import InputError
from clientfire.messages import Message, message, text_of

from .layout import Invoice, TimeEntry
from .values import minor_exponent

__all__ = ["Window", "ClientBooks", "Fact", "Caps", "money", "Joined", "Record", "late_record", "overdue_record"]

Month = tuple[int, int]
#: one record behind a fact: a message (rendered in the chosen language when written), or a text read back from a file
Record = Message | str
MAX_LINES = 50


@dataclass(frozen=True)
class Window:
    """The dates the facts are counted over, as of `today`."""

    today: dt.date

    @property
    def year_start(self) -> dt.date:
        """The day 12 months before today (late payments after it count)."""
        try:
            return self.today.replace(year=self.today.year - 1)
        except ValueError:  # 29 February
            return self.today.replace(year=self.today.year - 1, day=28)

    @property
    def months(self) -> tuple[Month, ...]:
        """The last 3 full calendar months, oldest first."""
        year, month = self.today.year, self.today.month
        found = []
        for _ in range(3):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            found.append((year, month))
        return tuple(reversed(found))

    def month_of(self, day: dt.date | None) -> Month | None:
        """The window month of `day`, or None."""
        return (day.year, day.month) if day and (day.year, day.month) in self.months else None


@dataclass(frozen=True)
class Caps:
    """What an export can show: due dates, payment dates, amounts, write-offs."""

    due: bool
    paid_date: bool
    amounts: bool
    write_off: bool

    def both(self, other: Caps | None) -> Caps:
        """What two exports of one client can both show."""
        if other is None:
            return self
        return Caps(self.due and other.due, self.paid_date and other.paid_date, self.amounts and other.amounts,
                    self.write_off and other.write_off)


@dataclass
class Fact:
    """An imported fact: value, the records behind it, the files it comes from."""

    fact: str
    value: int | float | bool
    records: list[Record]
    sources: tuple[str, ...]

    def texts(self, lang: str = "en") -> list[str]:
        """The records in `lang`."""
        return [text_of(r, lang) for r in self.records]


@dataclass(frozen=True)
class Joined:
    """Records (or invoice numbers) shown one after another, comma-separated, in the language around them."""

    parts: tuple[Record, ...]

    def text(self, lang: str = "en") -> str:
        """The parts in `lang`."""
        return ", ".join(text_of(part, lang) for part in self.parts)

    def __str__(self) -> str:
        return self.text("en")


def money(amount: Decimal, currency: str) -> str:
    """`1,200.00 EUR`, `120,000 JPY`."""
    places = minor_exponent(currency) if currency else 2
    return f"{amount:,.{places}f}" + (f" {currency}" if currency else "")


def _keep(heap: list[Any], item: tuple[Any, ...]) -> None:
    """Keep the MAX_LINES largest items only: memory stays flat however long the export (ordered as the English
    record reads: by the key, then the invoice number and a space; the count breaks a tie before the fields)."""
    if len(heap) < MAX_LINES:
        heapq.heappush(heap, item)
    else:
        heapq.heappushpop(heap, item)


def _capped(lines: list[Record], count: int, code: str) -> list[Record]:
    """The first lines kept, the last one (message `code`) saying how many more there are."""
    if count <= len(lines):
        return lines
    return lines[:-1] + [message(code, count=count - len(lines) + 1)]


def late_record(item: tuple[Any, ...]) -> Message:
    """`INV-2 paid 12 days late (due ..., paid ...)` of a kept `(paid, number + " ", count, due)` (a message made
    only for the records kept: a heap item stays small)."""
    paid, key, _, due = item
    return message("import.ev.late", number=key[:-1], days=(paid - due).days, due=due, paid=paid)


def overdue_record(item: tuple[Any, ...]) -> Message:
    """`INV-1 unpaid, 44 days past due (due ...; 120.00 EUR open)` of a kept `(days, number + " ", count, due,
    amount, part-paid)`."""
    days, key, _, due, amount, part = item
    return message("import.ev.overdue", number=key[:-1], days=days, due=due, amount=amount,
                   part=message("import.ev.part_paid") if part else "")


@dataclass
class ClientBooks:
    """One client's invoices and time, as far as the facts need them (never the whole export)."""

    name: str
    window: Window
    caps: Caps | None = None
    invoice_files: set[str] = field(default_factory=set)
    time_files: set[str] = field(default_factory=set)
    left_out: Counter[str] = field(default_factory=Counter)
    late: list[tuple[Any, ...]] = field(default_factory=list)  # the latest MAX_LINES (a heap: see late_record)
    late_count: int = 0
    paid_in_year: int = 0
    overdue: list[tuple[Any, ...]] = field(default_factory=list)  # the oldest MAX_LINES (a heap: overdue_record)
    overdue_count: int = 0
    max_days: int = 0
    written_off: list[Record] = field(default_factory=list)  # the first MAX_LINES
    written_off_count: int = 0
    revenue: dict[Month, dict[str, Decimal]] = field(default_factory=dict)
    paid_numbers: dict[Month, list[Record]] = field(default_factory=dict)
    hours: dict[Month, Decimal] = field(default_factory=dict)
    entries: Counter[Month] = field(default_factory=Counter)
    seen: dict[str, str] = field(default_factory=dict)

    def add_invoice(self, inv: Invoice, caps: Caps) -> None:
        """Count one invoice (drafts, voids and invoices issued after `today` are left out)."""
        today = self.window.today
        self.invoice_files.add(inv.source)
        self.caps = caps.both(self.caps)
        if inv.state in ("draft", "void") or (inv.issue_date and inv.issue_date > today):
            self.left_out["drafts" if inv.state == "draft" else "voids" if inv.state == "void" else "later"] += 1
            return
        if inv.state == "credit":
            self._credit(inv)
            return
        paid = inv.state == "paid" and (inv.paid_date is None or inv.paid_date <= today)
        if paid:
            self._paid(inv)
        elif inv.state in ("open", "written_off", "paid"):
            self._open(inv)
        if inv.state == "written_off":
            self._relevant(inv)
            self.written_off_count += 1
            if len(self.written_off) < MAX_LINES:
                self.written_off.append(message("import.ev.written_off", number=inv.number,
                                                amount=self._open_amount(inv)))

    def _relevant(self, inv: Invoice) -> None:
        """An invoice that counts in a fact: it must not come twice (two exports, or rows apart)."""
        before = self.seen.get(inv.number)
        if before is not None and before != inv.where:
            raise InputError(message("import.invoice_twice", number=inv.number, name=self.name, where=before),
                             path=inv.source, line=inv.line)
        self.seen[inv.number] = inv.where

    def _paid(self, inv: Invoice) -> None:
        day = inv.paid_date
        if day is None or day <= self.window.year_start:
            return
        self._relevant(inv)
        self.paid_in_year += 1
        if inv.due_date and day > inv.due_date:
            self.late_count += 1
            _keep(self.late, (day, inv.number + " ", self.late_count, inv.due_date))
        amount = inv.paid if inv.paid is not None else inv.total
        self._earn(self.window.month_of(day), amount, inv.currency, inv.number)

    def _open(self, inv: Invoice) -> None:
        if inv.paid and inv.paid > 0 and inv.paid_date and inv.paid_date <= self.window.today:  # a part payment
            self._earn(self.window.month_of(inv.paid_date), inv.paid, inv.currency,
                       message("import.ev.part", number=inv.number))
        if inv.due_date is None or inv.due_date >= self.window.today:
            return
        self._relevant(inv)
        days = (self.window.today - inv.due_date).days
        part = bool(inv.paid and inv.paid > 0)
        self.overdue_count += 1
        self.max_days = max(self.max_days, days)
        _keep(self.overdue, (days, inv.number + " ", self.overdue_count, inv.due_date, self._open_amount(inv), part))

    def _credit(self, inv: Invoice) -> None:
        month = self.window.month_of(inv.issue_date)
        if month is None or inv.total is None:
            self.left_out["credit notes"] += 1
            return
        self._relevant(inv)
        self._earn(month, -abs(inv.total), inv.currency, message("import.ev.credit_note", number=inv.number))

    def _earn(self, month: Month | None, amount: Decimal | None, currency: str, number: Record) -> None:
        if month is None or amount is None:
            return
        per = self.revenue.setdefault(month, {})
        per[currency] = per.get(currency, Decimal(0)) + amount
        self.paid_numbers.setdefault(month, []).append(number)

    def _open_amount(self, inv: Invoice) -> Record:
        if inv.due is not None:
            amount = inv.due
        elif inv.total is not None:
            amount = inv.total - (inv.paid or 0)
        else:
            return message("import.ev.amount_unknown")
        return money(amount, inv.currency)

    def add_time(self, entry: TimeEntry) -> None:
        """Count one time entry (after `today`: left out)."""
        self.time_files.add(entry.source)
        month = self.window.month_of(entry.day)
        if entry.day > self.window.today or month is None:
            return
        self.hours[month] = self.hours.get(month, Decimal(0)) + entry.hours
        self.entries[month] += 1
