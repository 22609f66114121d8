"""Read a portfolio (CSV, JSON Lines or a folder of client files) as rows, and a row as ClientFacts.

CSV: a header of fact names, one client per row; comma- or semicolon-separated (the spreadsheet default where
the decimal mark is a comma: then `12,5` is twelve and a half). JSON Lines: one client object per line.
A row that cannot be read (bad bytes, bad JSON, a fact given twice) fails alone; the file as a whole fails
(exit 2) when it cannot be read at all, has no header or no client rows.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientfire.engine.client import EVIDENCE_KEY, MAX_CLIENT_BYTES, ClientFacts, client_from_mapping, load_client
from clientfire.engine.files import list_folder, open_regular, shown_name
from clientfire.engine.jsonio import parse_json
from clientfire.engine.model import Knowledge
from clientfire.engine.yamlio import decode_text
from clientfire.errors import ClientFileError, ClientfireError, InputError, suggest
from clientfire.messages import Message, message, text_of

from .csvcells import csv_value, row_test
from .csvquote import check_quotes, has_bad_bytes

__all__ = ["Row", "RowError", "read_rows", "to_client", "csv_value", "CLIENT_SUFFIXES", "MAX_ROWS", "MAX_ROW_BYTES"]

CLIENT_SUFFIXES = (".yaml", ".yml", ".json")
MAX_ROWS = 1_000_000
MAX_ROW_BYTES = MAX_CLIENT_BYTES
_NON_FACT_COLUMNS = ("client", "notes")
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Row:
    """One client to evaluate: where it comes from (`file:line`) and its data (a mapping, or a file path)."""

    index: int
    path: str
    line: int | None
    data: Any
    kind: str  # csv | jsonl | file
    decimal: str = "."  # the decimal mark of a CSV file: ',' in a semicolon-separated one

    @property
    def where(self) -> str:
        """`file:line`, or the file of a client file."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class RowError:
    """A row that could not be read or evaluated: where, and the one-line message (a Message, text, or their parts)."""

    index: int
    where: str
    said: Message | str | tuple[Message | str, ...]

    @property
    def message(self) -> str:
        """The message in English."""
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The message in `lang` (ids, keys and names as they are)."""
        parts = self.said if isinstance(self.said, tuple) else (self.said,)
        return "".join(text_of(part, lang) for part in parts)

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data."""
        return {"where": self.where, "error": self.message}


def read_rows(source: str | Path, kb: Knowledge, ignore: frozenset[str] = frozenset(),
              skipped: Callable[[list[str]], None] | None = None) -> Iterator[Row | RowError]:
    """Every row of a CSV file, a JSON Lines file or a folder of client files, in input order.

    CSV columns named in `ignore` are dropped; so is a column that is neither a fact nor close to one (a
    spreadsheet's `account manager`) when `skipped` is given: it is told their names. A near miss of a fact
    stays an error.
    """
    path = Path(source)
    shown = shown_name(source)
    if path.is_dir():
        yield from _folder_rows(path, shown)
        return
    if not path.exists():
        raise InputError(message("batch.no_such_input"), path=shown)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows: Iterator[Row | RowError] = _csv_rows(path, shown, kb, ignore, skipped)
    elif suffix in (".jsonl", ".ndjson"):
        rows = _jsonl_rows(path, shown)
    else:
        raise InputError(message("batch.not_portfolio"), path=shown)
    count = 0
    for row in rows:
        count += 1
        yield row
    if not count:  # the same rule for every kind of portfolio: no clients is no portfolio
        raise InputError(message("batch.no_rows"), path=shown)


def _folder_rows(folder: Path, shown: str) -> Iterator[Row]:
    files = [p for p in list_folder(folder, shown) if p.suffix.lower() in CLIENT_SUFFIXES and p.is_file()]
    if not files:
        raise InputError(message("batch.no_client_files", suffixes=", ".join(CLIENT_SUFFIXES)), path=shown)
    for index, file in enumerate(files):
        yield Row(index, shown_name(file), None, str(file), "file")


def _delimiter(header: str) -> str:
    """`;` when the header has more semicolons than commas (fact names hold neither), else `,`."""
    return ";" if header.count(";") > header.count(",") else ","


@contextlib.contextmanager
def _cell_limit(limit: int) -> Iterator[None]:
    """csv's one global bound on a cell, set to ours while a portfolio is read (whoever else changed it)."""
    before = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _csv_rows(path: Path, shown: str, kb: Knowledge, ignore: frozenset[str],
              told: Callable[[list[str]], None] | None) -> Iterator[Row | RowError]:
    with _cell_limit(MAX_ROW_BYTES), open_regular(path, shown, encoding="utf-8-sig", errors="surrogateescape",
                                                  newline="") as handle:
        first = handle.readline()
        if first.startswith("\ufffe") or has_bad_bytes(first):
            utf16 = first.encode("utf-8", "surrogateescape")[:2] in _UTF16
            raise InputError(message("batch.not_utf8_utf16" if utf16 else "batch.not_utf8"), path=shown, line=1)
        delimiter = _delimiter(first)
        reader = csv.reader(itertools.chain([first], handle), delimiter=delimiter)
        header = _next(reader, shown)
        if not header or not any(cell.strip() for cell in header):
            raise InputError(message("batch.csv_empty"), path=shown, line=1)
        columns = [name.strip() for name in header]
        skipped = _check_header(columns, kb, shown, ignore, told is not None)
        if told is not None and skipped - ignore:
            told([c for c in columns if c in skipped - ignore])
        columns = [c if c not in skipped else "" for c in columns]
        decimal = "," if delimiter == ";" else "."
        is_row = row_test(columns, kb, decimal)
        index = 0
        while True:
            start = reader.line_num + 1
            cells = _next(reader, shown)
            if cells is None:
                return
            if not any(cell.strip() for cell in cells):
                continue
            if index >= MAX_ROWS:
                raise InputError(message("batch.too_many_rows", most=MAX_ROWS), path=shown, line=start)
            check_quotes(cells, delimiter, start, shown, is_row)
            if any(has_bad_bytes(cell) for cell in cells):
                yield RowError(index, f"{shown}:{start}", message("batch.not_utf8_byte"))
            else:
                yield Row(index, shown, start, _csv_mapping(columns, cells), "csv", decimal)
            index += 1


def _next(reader: Any, shown: str) -> list[str] | None:
    try:
        return next(reader, None)
    except csv.Error as exc:
        raise InputError(message("import.bad_csv", reason=str(exc)), path=shown, line=reader.line_num or 1) from exc


def _check_header(columns: list[str], kb: Knowledge, shown: str, ignore: frozenset[str], skip: bool) -> set[str]:
    """The columns to skip; every other one is `client`, `notes` or an input fact, else the file is misread (exit 2)."""
    inputs = [f for f, d in kb.facts.items() if d.formula is None]
    seen: set[str] = set()
    skipped: set[str] = set()
    for column in columns:
        if column in seen:
            raise InputError(message("batch.column_twice", column=column), path=shown, line=1, key=column)
        seen.add(column)
        if column in ignore:
            skipped.add(column)
            continue
        if column in _NON_FACT_COLUMNS or column in inputs or (
                column.startswith(f"{EVIDENCE_KEY}.") and column.split(".", 1)[1] in inputs):
            continue  # a fact, or the records behind one (`evidence.<fact>`, written by `clientfire import`)
        members = [f for f in inputs if f.startswith(column + ".")]
        if members:
            raise InputError(message("batch.column_is_group", column=column, fact=members[0]),
                             path=shown, line=1, key=column)
        near = suggest(column, inputs + list(_NON_FACT_COLUMNS))
        if skip and near is None and "." not in column:
            skipped.add(column)
            continue
        raise InputError(message("batch.unknown_column", column=column), path=shown, line=1, key=column, suggestion=near)
    return skipped


def _csv_mapping(columns: list[str], cells: list[str]) -> dict[str, Any]:
    if len(cells) > len(columns):
        return {"__extra__": cells[len(columns):]}
    padded = cells + [""] * (len(columns) - len(cells))
    return {column: cell for column, cell in zip(columns, padded, strict=True) if column}


def _jsonl_rows(path: Path, shown: str) -> Iterator[Row | RowError]:
    with open_regular(path, shown) as handle:
        index = 0
        for number in itertools.count(1):
            raw = handle.readline(MAX_ROW_BYTES + 1)
            if not raw:
                return
            if number == 1 and raw[:2] in _UTF16:
                raise InputError(message("batch.not_utf8_utf16"), path=shown, line=1)
            where = f"{shown}:{number}"
            if len(raw) > MAX_ROW_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                    raw = handle.readline(1 << 20)
                yield RowError(index, where, message("batch.row_too_long", most=MAX_ROW_BYTES))
                index += 1
                continue
            if not raw.strip():
                continue
            try:
                data: Any = parse_json(decode_text(raw, shown, number), shown, number)
            except InputError as exc:
                yield RowError(index, where, exc.what)
            else:
                yield Row(index, shown, number, data, "jsonl")
            index += 1


def to_client(row: Row, kb: Knowledge) -> ClientFacts:
    """The row's client facts, checked against the vocabulary; errors name the file and row."""
    if row.kind == "file":
        return load_client(row.data, kb, row.path)
    try:
        data = _typed(row.data, kb, row.decimal) if row.kind == "csv" else row.data
        return client_from_mapping(data, kb, row.where, default_name=f"row {row.line}")
    except ClientfireError as exc:
        raise ClientFileError(exc.what, path=row.path, line=row.line, key=exc.key,
                              suggestion=exc.suggestion) from exc


def _typed(cells: dict[str, str], kb: Knowledge, decimal: str) -> dict[str, Any]:
    """CSV text as the values a client file would hold: empty = unknown, numbers, true/false."""
    if "__extra__" in cells:
        raise ClientFileError(message("batch.extra_cells", count=len(cells["__extra__"])))
    data: dict[str, Any] = {}
    for column, cell in cells.items():
        text = cell.strip()
        if not text:
            continue
        fact = kb.facts.get(column)
        data[column] = csv_value(text, fact.type if fact else "text", decimal, column)
    return data
