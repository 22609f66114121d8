"""An export file as a stream of rows: its encoding, delimiter and header row found; every row with its line."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientfire.engine.files import open_regular
from clientfire.errors import InputError
from clientfire.messages import Message, message

__all__ = ["Table", "open_table", "cell_error", "HEADER_SEARCH_ROWS"]

HEADER_SEARCH_ROWS = 30  # report exports (QuickBooks) put a title and a date range above the header
_SNIFF_BYTES = 64_000
_DELIMITERS = (",", ";", "\t")
csv.field_size_limit(1_000_000)


def cell_error(what: Message | str, path: str, line: int | None, column: str | None = None) -> InputError:
    """`what in column 'Due Date' at invoices.csv:7` (exit 2)."""
    said = message("import.in_column", what=what, column=column) if column else what
    return InputError(said, path=path, line=line, key=column)


@dataclass
class Table:
    """The header of an export and an iterator over its rows (line number, cells by column name)."""

    path: str
    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, dict[str, str]]]
    delimiter: str
    encoding: str


def _encoding_of(head: bytes, chosen: str | None) -> str:
    if chosen:
        try:
            return codecs.lookup(chosen).name
        except LookupError as exc:
            raise InputError(message("import.unknown_encoding", encoding=chosen), key="--encoding") from exc
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _delimiter_of(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:HEADER_SEARCH_ROWS] if line.strip()]
    counts = {d: max((line.count(d) for line in lines), default=0) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def open_table(path: Path, is_header: Callable[[list[str]], bool], encoding: str | None = None) -> Table:
    """Open an export; the header is the first of its first rows that `is_header` accepts."""
    shown = str(path)
    handle = open_regular(path, shown)  # a regular file only: a FIFO would hang the read (issue 17)
    head = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    name = _encoding_of(head, encoding)
    sample = _decoded_sample(head, name, shown, encoding is not None)
    if not sample.strip():
        handle.close()
        raise InputError(message("import.empty"), path=shown)
    delimiter = _delimiter_of(sample)
    text = io.TextIOWrapper(handle, encoding=name, newline="")
    reader = csv.reader(text, delimiter=delimiter)
    rows = _rows(reader, shown, name, text)
    for line, cells in rows:
        if line > HEADER_SEARCH_ROWS:
            break
        header = [c.strip() for c in cells]
        if is_header(header):
            return Table(shown, header, line, _named(header, rows, shown), delimiter, name)
    text.close()
    raise InputError(message("import.no_header"), path=shown, line=1)


def _decoded_sample(head: bytes, name: str, shown: str, chosen: bool) -> str:
    cut = head
    for _ in range(4):  # the sample may end inside a multi-byte character
        try:
            return cut.decode(name)
        except UnicodeDecodeError as exc:
            if exc.start < len(cut) - 4 or len(head) < _SNIFF_BYTES:
                raise _not_decodable(exc, head, name, shown, chosen) from exc
            cut = cut[:-1]
    return cut.decode(name, errors="replace")


def _not_decodable(exc: UnicodeDecodeError, data: bytes, name: str, shown: str, chosen: bool) -> InputError:
    line = data[: exc.start].count(b"\n") + 1
    if chosen:
        return InputError(message("import.not_encoding_byte", encoding=name, byte=data[exc.start]), path=shown, line=line)
    return InputError(message("import.not_utf8_byte", byte=data[exc.start]), path=shown, line=line)


def _rows(reader: Any, shown: str, name: str, text: io.TextIOWrapper) -> Iterator[tuple[int, list[str]]]:
    start = 1
    try:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InputError(message("import.bad_csv", reason=str(exc)), path=shown, line=reader.line_num) from exc
            except UnicodeDecodeError as exc:
                code = "import.not_encoding" if name not in ("utf-8", "utf-8-sig") else "import.not_encoding_hint"
                raise InputError(message(code, encoding=name), path=shown, line=reader.line_num + 1) from exc
            line, start = start, reader.line_num + 1
            if cells and any(c.strip() for c in cells):
                yield line, cells
    finally:
        text.close()


def _named(header: list[str], rows: Iterator[tuple[int, list[str]]], shown: str) -> Iterator[tuple[int, dict[str, str]]]:
    width = len(header)
    for line, cells in rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            raise InputError(message("import.too_many_cells", count=len(cells), width=width), path=shown, line=line)
        yield line, dict(zip(header, cells + [""] * (width - len(cells)), strict=False))
