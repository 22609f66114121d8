"""One export row as an invoice or a time entry: cells read by the layout's rules, errors naming row and column."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from clientfire.errors import InputError
from clientfire.messages import Message, message

from .layout import Invoice, Layout, TimeEntry, fold
from .table import cell_error
from .values import DateReader, ValueProblem, parse_hours, parse_number, to_major

__all__ = ["RowReader", "Options", "clean_text"]

_CURRENCY = re.compile(r"(?:.*\s-\s)?([A-Za-z]{3})", re.ASCII)  # "EUR", "eur", "United States Dollar - USD"
_YES = ("yes", "y", "true", "1", "billable")
_NO = ("no", "n", "false", "0", "non-billable", "")


@dataclass(frozen=True)
class Options:
    """How to read cells: day/month order, time zone, decimal comma, encoding."""

    date_order: str | None = None
    zone: dt.tzinfo | None = None
    decimal_comma: bool = False
    encoding: str | None = None


def clean_text(text: str, limit: int = 120) -> str:
    """A name or number safe to show and write: no control characters, spacing collapsed, not too long."""
    if text.isprintable() and "  " not in text and text == text.strip():  # the usual case, quickly
        return text[:limit]
    shown = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    return " ".join(shown.split())[:limit]


class RowReader:
    """Reads the rows of one export with one layout."""

    def __init__(self, layout: Layout, columns: dict[str, tuple[str, ...]], path: str, dates: DateReader,
                 options: Options) -> None:
        self.layout, self.columns, self.path, self.dates, self.options = layout, columns, path, dates, options

    def cell(self, cells: dict[str, str], name: str) -> tuple[str, str] | None:
        """(column, text) of the first non-empty column for `name`, or None."""
        for column in self.columns.get(name, ()):
            text = cells.get(column, "").strip()
            if text:
                return column, text
        return None

    def fail(self, what: Message, line: int, column: str | None) -> InputError:
        return cell_error(what, self.path, line, column)

    def _read(self, cells: dict[str, str], name: str, line: int, convert: object) -> object:
        found = self.cell(cells, name)
        if found is None:
            return None
        try:
            return convert(found[1])  # type: ignore[operator]
        except ValueProblem as exc:
            raise self.fail(exc.args[0], line, found[0]) from exc

    def date(self, cells: dict[str, str], name: str, line: int) -> dt.date | None:
        utc = name in self.layout.utc
        if self.layout.epoch:
            found = self.cell(cells, name)
            if found and found[1].isdigit() and found[1].isascii():
                moment = dt.datetime.fromtimestamp(int(found[1]), dt.timezone.utc)
                return moment.astimezone(self.options.zone).date()
        value = self._read(cells, name, line, lambda text: self.dates.date(text, utc))
        return value if isinstance(value, dt.date) else None

    def amount(self, cells: dict[str, str], name: str, line: int, currency: str) -> Decimal | None:
        def convert(text: str) -> Decimal:
            value = parse_number(text, self.options.decimal_comma, self.layout.thousands)
            return to_major(value, currency) if self.layout.minor_units else value

        value = self._read(cells, name, line, convert)
        return value if isinstance(value, Decimal) else None

    def currency(self, cells: dict[str, str], line: int) -> str:
        found = self.cell(cells, "currency")
        if found is None:
            return self.layout.currency
        match = _CURRENCY.fullmatch(found[1])
        if not match:
            raise self.fail(message("import.not_currency", raw=found[1]), line, found[0])
        return match[1].upper()

    def _word(self, cells: dict[str, str], name: str, line: int, words: dict[str, str]) -> str | None:
        found = self.cell(cells, name)
        if found is None:
            return None
        meaning = words.get(fold(found[1]))
        if meaning is None:
            known = ", ".join(sorted({w for w in words}))
            raise self.fail(message("import.unknown_word", name=name, raw=found[1], known=known), line, found[0])
        return meaning

    def client(self, cells: dict[str, str], line: int) -> str:
        found = self.cell(cells, "client")
        return clean_text(found[1]) if found else ""

    def invoice(self, line: int, cells: dict[str, str]) -> Invoice | None:
        """The row as an invoice; None for a row to skip (a payment row, a report's total row)."""
        kind = self._word(cells, "type", line, self.layout.types) if self.layout.types else None
        number, client = self.cell(cells, "number"), self.client(cells, line)
        if kind == "skip" or (self.layout.report and (number is None or not client)):
            return None
        if not client:
            raise self.fail(message("import.no_client"), line, self.columns.get("client", ("client",))[0])
        if number is None:
            raise self.fail(message("import.no_number"), line, self.columns.get("number", ("number",))[0])
        currency = self.currency(cells, line)
        total = self.amount(cells, "total", line, currency)
        line_amount = self.amount(cells, "line_amount", line, currency)
        invoice = Invoice(
            source=self.path, line=line, last_line=line, client=client, number=clean_text(number[1], 60), state="",
            issue_date=self.date(cells, "issue_date", line), due_date=self.date(cells, "due_date", line),
            paid_date=self.date(cells, "paid_date", line), total=total if total is not None else line_amount,
            paid=self.amount(cells, "amount_paid", line, currency), due=self.amount(cells, "amount_due", line, currency),
            currency=currency, from_lines=total is None and line_amount is not None)
        invoice.state = self._state(cells, line, invoice, kind)
        return invoice

    def _state(self, cells: dict[str, str], line: int, invoice: Invoice, kind: str | None) -> str:
        status = self._word(cells, "status", line, self.layout.statuses) if self.layout.statuses else None
        if status in ("draft", "void"):
            return status
        if kind == "credit" or status == "credit" or (invoice.total is not None and invoice.total < 0):
            return "credit"
        if status:
            return status
        if self.date(cells, "written_off_date", line):
            return "written_off"
        if invoice.due is not None:
            return "open" if invoice.due > 0 else "paid"
        return "paid" if invoice.paid_date else "open"

    def time(self, line: int, cells: dict[str, str]) -> TimeEntry | None:
        """The row as a time entry; None for an entry with no client."""
        client = self.client(cells, line)
        if not client:
            return None
        day = self.date(cells, "date", line)
        if day is None:
            raise self.fail(message("import.no_date"), line, self.columns["date"][0])
        found = self.cell(cells, "hours") or self.cell(cells, "duration")
        if found is None:
            raise self.fail(message("import.no_hours"), line, (self.columns.get("hours") or self.columns["duration"])[0])
        try:
            hours = parse_hours(found[1], self.options.decimal_comma)
        except ValueProblem as exc:
            raise self.fail(exc.args[0], line, found[0]) from exc
        flag = self.cell(cells, "billable")
        billable = None if flag is None else fold(flag[1]) in _YES if fold(flag[1]) in _YES + _NO else None
        return TimeEntry(self.path, line, client, day, hours, billable)
