"""Two checks on CSV rows as read: an unbalanced quote that swallowed later rows, and bytes that are no UTF-8.

One stray `"` opens a quoted cell that the CSV reader carries on to the next closing quote, or to the end of
the file: every row in between becomes part of one cell (a client's name, say) and the rows are gone without
a word. So a quoted cell that runs over several lines is refused when one of its later lines reads as a row
of the file (as many cells as the header, each a value its column takes), naming the line where the quote
opened. A cell of several lines that reads as no row (a note, the records `clientfire import` writes) is kept.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from clientfire.errors import InputError
from clientfire.messages import message

__all__ = ["check_quotes", "has_bad_bytes"]

_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes that were no UTF-8, as decoded with errors="surrogateescape"
_BREAK = re.compile("\r\n|\r|\n")


def has_bad_bytes(text: str) -> bool:
    """True when text decoded with `surrogateescape` held bytes that are not UTF-8."""
    return bool(_ESCAPED.search(text))


def check_quotes(cells: list[str], delimiter: str, start: int, shown: str,
                 is_row: Callable[[list[str]], bool]) -> None:
    """Raise InputError when a cell spanning lines holds a line that reads as a row (`is_row`) of the file."""
    line = start
    for cell in cells:
        parts = _BREAK.split(cell)
        for offset, text in enumerate(parts[1:], start=1):
            if delimiter in text and is_row(next(csv.reader([text], delimiter=delimiter), [])):
                raise InputError(message("batch.open_quote", count=len(parts), line=line + offset), path=shown, line=line)
        line += len(parts) - 1
