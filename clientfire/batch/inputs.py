"""Read a portfolio (CSV, JSON Lines or a folder of client files) as rows, and a row as ClientFacts."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientfire.engine.client import ClientFacts, client_from_mapping, load_client
from clientfire.engine.model import NUMERIC_TYPES, Knowledge
from clientfire.errors import ClientFileError, ClientfireError, InputError

__all__ = ["Row", "RowError", "read_rows", "to_client", "text_value", "CLIENT_SUFFIXES", "MAX_ROWS"]

CLIENT_SUFFIXES = (".yaml", ".yml", ".json")
MAX_ROWS = 1_000_000
_TRUE, _FALSE = ("true", "yes", "y", "1"), ("false", "no", "n", "0")
_NON_FACT_COLUMNS = ("client", "notes")


@dataclass(frozen=True)
class Row:
    """One client to evaluate: where it comes from (`file:line`) and its data (a mapping, or a file path)."""

    index: int
    path: str
    line: int | None
    data: Any
    kind: str  # csv | jsonl | file

    @property
    def where(self) -> str:
        """`file:line`, or the file of a client file."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class RowError:
    """A row that could not be read or evaluated: where, and the one-line message."""

    index: int
    where: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data."""
        return {"where": self.where, "error": self.message}


def read_rows(source: str | Path, kb: Knowledge) -> Iterator[Row | RowError]:
    """Every row of a CSV file, a JSON Lines file or a folder of client files, in input order."""
    path = Path(source)
    if path.is_dir():
        yield from _folder_rows(path)
    elif not path.is_file():
        raise InputError("no such file or folder", path=str(source))
    elif path.suffix.lower() == ".csv":
        yield from _csv_rows(path, kb)
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl_rows(path)
    else:
        raise InputError("a portfolio is a .csv file, a .jsonl file or a folder of client files", path=str(source))


def _folder_rows(folder: Path) -> Iterator[Row]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in CLIENT_SUFFIXES)
    if not files:
        raise InputError(f"no client files ({', '.join(CLIENT_SUFFIXES)}) in the folder", path=str(folder))
    for index, file in enumerate(files):
        yield Row(index, str(file), None, str(file), "file")


def _open_text(path: Path) -> Any:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc


def _csv_rows(path: Path, kb: Knowledge) -> Iterator[Row]:
    with _open_text(path) as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read CSV: {exc}", path=str(path), line=1) from exc
        if not header:
            raise InputError("the CSV file is empty (it needs a header row of fact names)", path=str(path), line=1)
        columns = [name.strip() for name in header]
        _check_header(columns, kb, str(path))
        index = 0
        while True:
            try:
                cells = next(reader, None)
            except (csv.Error, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read CSV: {exc}", path=str(path), line=reader.line_num) from exc
            if cells is None:
                return
            if not any(cell.strip() for cell in cells):
                continue
            if index >= MAX_ROWS:
                raise InputError(f"more than {MAX_ROWS} rows", path=str(path), line=reader.line_num)
            yield Row(index, str(path), reader.line_num, _csv_mapping(columns, cells), "csv")
            index += 1


def _check_header(columns: list[str], kb: Knowledge, shown: str) -> None:
    """Every column is `client`, `notes` or an input fact: else the whole file is misread (exit 2)."""
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            raise InputError(f"column '{column}' appears twice", path=shown, line=1, key=column)
        seen.add(column)
        if column not in _NON_FACT_COLUMNS:
            try:
                client_from_mapping({column: None}, kb, shown)
            except ClientfireError as exc:
                raise InputError(f"unknown column: {exc.message}", path=shown, line=1, key=column,
                                 suggestion=exc.suggestion) from exc


def _csv_mapping(columns: list[str], cells: list[str]) -> dict[str, Any]:
    if len(cells) > len(columns):
        return {"__extra__": cells[len(columns):]}
    return dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))


def _jsonl_rows(path: Path) -> Iterator[Row | RowError]:
    with _open_text(path) as handle:
        index = 0
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                data: Any = json.loads(text)
            except json.JSONDecodeError as exc:
                yield RowError(index, f"{path}:{number}", f"not valid JSON ({exc.msg}, column {exc.colno})")
            else:
                yield Row(index, str(path), number, data, "jsonl")
            index += 1


def to_client(row: Row, kb: Knowledge) -> ClientFacts:
    """The row's client facts, checked against the vocabulary; errors name the file and row."""
    if row.kind == "file":
        return load_client(row.data, kb)
    try:
        data = _typed(row.data, kb) if row.kind == "csv" else row.data
        return client_from_mapping(data, kb, row.where, default_name=f"row {row.line}")
    except ClientfireError as exc:
        raise ClientFileError(exc.message, path=row.path, line=row.line, key=exc.key,
                              suggestion=exc.suggestion) from exc


def _typed(cells: dict[str, str], kb: Knowledge) -> dict[str, Any]:
    """CSV text as the values a client file would hold: empty = unknown, numbers, true/false."""
    if "__extra__" in cells:
        raise ClientFileError(f"{len(cells['__extra__'])} more cells than the header has columns")
    data: dict[str, Any] = {}
    for column, cell in cells.items():
        text = cell.strip()
        if not text:
            continue
        fact = kb.facts.get(column)
        data[column] = text_value(text, fact.type if fact else "text")
    return data


def text_value(text: str, kind: str) -> Any:
    """A cell's (or a form field's) text as the value a client file would hold; left as text when it is none."""
    if kind == "bool":
        low = text.lower()
        return True if low in _TRUE else False if low in _FALSE else text
    if kind in NUMERIC_TYPES:
        for convert in (int, float):
            try:
                return convert(text)
            except ValueError:
                continue
    return text
