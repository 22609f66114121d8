"""Read one export, streamed: pick its layout (or say which export it looks like), learn its date order, merge
line-item rows into invoices, and yield invoices or time entries one by one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clientfire.errors import InputError
from clientfire.messages import message

from . import freshbooks, harvest, quickbooks, stripe, toggl, xero
from .layout import Invoice, Layout, TimeEntry
from .records import Options, RowReader
from .table import Table, cell_error, open_table
from .values import DateReader

__all__ = ["FORMATS", "LAYOUTS", "Export", "open_export"]

FORMATS: dict[str, tuple[Layout, ...]] = {"stripe": stripe.LAYOUTS, "xero": xero.LAYOUTS, "harvest": harvest.LAYOUTS,
                                          "toggl": toggl.LAYOUTS, "freshbooks": freshbooks.LAYOUTS,
                                          "quickbooks": quickbooks.LAYOUTS}
LAYOUTS = tuple(layout for layouts in FORMATS.values() for layout in layouts)
_PRESCAN_PLAIN_ROWS = 500  # rows of ISO dates only after which the first pass stops
_MERGED = ("client", "issue_date", "due_date", "paid_date", "state", "currency", "paid", "due")


@dataclass
class Export:
    """An opened export: its layout, and its records (streamed; `skipped` counts rows left out, by reason)."""

    path: str
    layout: Layout
    columns: dict[str, tuple[str, ...]]
    options: Options
    header: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def fills(self, name: str) -> bool:
        """Whether the export has a column for `name`."""
        return name in self.columns

    def records(self) -> Iterator[Invoice | TimeEntry]:
        """The invoices (line items merged) or time entries, in file order."""
        dates = DateReader(self.options.date_order, self.options.zone)
        if dates.order is None:
            self._prescan(dates)
        table = self._table()
        reader = RowReader(self.layout, self.columns, self.path, dates, self.options)
        if self.layout.kind == "time":
            for line, cells in table.rows:
                entry = reader.time(line, cells)
                if entry is None:
                    self._skip("time entries without a client")
                else:
                    yield entry
            return
        yield from self._merged(reader, table)

    def _skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    def _table(self) -> Table:
        return open_table(Path(self.path), lambda h: h == self.header, self.options.encoding)

    def _prescan(self, dates: DateReader) -> None:
        names = [c for f in ("issue_date", "due_date", "paid_date", "date", "written_off_date")
                 for c in self.columns.get(f, ())]
        plain = 0
        for line, cells in self._table().rows:
            found = False
            for column in names:
                text = cells.get(column, "").strip()
                if text and not text[:4].isdigit():
                    found = True
                    if dates.observe(text, f"{self.path}:{line}"):
                        return
            plain = 0 if found else plain + 1
            if plain >= _PRESCAN_PLAIN_ROWS and dates.ambiguous_at is None:
                return

    def _merged(self, reader: RowReader, table: Table) -> Iterator[Invoice]:
        current: Invoice | None = None
        for line, cells in table.rows:
            invoice = reader.invoice(line, cells)
            if invoice is None:
                self._skip("rows that are no invoice (payments, totals)")
                continue
            if current is not None and (current.client, current.number) == (invoice.client, invoice.number):
                _merge(current, invoice, self.path)
                continue
            if current is not None:
                yield current
            current = invoice
        if current is not None:
            yield current


def _merge(into: Invoice, row: Invoice, path: str) -> None:
    """A further line-item row of the same invoice: the invoice's own fields must agree; line totals add up."""
    for name in _MERGED:
        if getattr(into, name) != getattr(row, name):
            raise cell_error(message("import.lines_disagree", number=row.number, field=name.replace("_", " "),
                                     first=into.line, second=row.line), path, row.line)
    if into.from_lines and row.total is not None:
        into.total = (into.total or 0) + row.total
    elif into.total != row.total:
        raise cell_error(message("import.lines_disagree_total", number=row.number, first=into.line, second=row.line),
                         path, row.line)
    into.last_line = row.line


def _is_header(extra: Layout | None) -> object:
    layouts = LAYOUTS + ((extra,) if extra else ())
    return lambda header: max(layout.score(header) for layout in layouts) >= 2


def open_export(path: str, fmt: str, options: Options, mapped: Layout | None = None) -> Export:
    """Open `path` as an export of `fmt` (`mapped`: the layout of a --map file); errors say what it looks like."""
    table = open_table(Path(path), _is_header(mapped), options.encoding)  # type: ignore[arg-type]
    header = table.header
    table.rows.close()  # type: ignore[attr-defined]
    candidates = (mapped,) if mapped else FORMATS[fmt]
    layout = max(candidates, key=lambda c: (not c.missing(header), c.score(header)))
    missing = layout.missing(header)
    if missing:
        raise _wrong_kind(path, fmt, layout, missing, header, table.header_line)
    columns = layout.resolve(header)
    _check_duplicates(header, columns, path, table.header_line)
    return Export(path, layout, columns, options, header)


def _wrong_kind(path: str, fmt: str, layout: Layout, missing: list[str], header: list[str], line: int) -> InputError:
    others = [c for c in LAYOUTS if c.fmt != fmt and not c.missing(header)]
    if others:
        guess = max(others, key=lambda c: c.score(header))
        return InputError(message("import.looks_like", guess=guess.title, title=layout.title, fmt=guess.fmt),
                          path=path, line=line)
    shown = ", ".join(f"'{m}'" for m in missing)
    return InputError(message("import.not_layout", title=layout.title, columns=shown), path=path, line=line, key=missing[0])


def _check_duplicates(header: list[str], columns: dict[str, tuple[str, ...]], path: str, line: int) -> None:
    used = {c for cols in columns.values() for c in cols}
    for name in used:
        if header.count(name) > 1:
            raise cell_error(message("import.header_twice"), path, line, name)
