"""Two checks on CSV rows as read: an unbalanced quote that swallowed later rows, and bytes that are no UTF-8.

One stray `"` opens a quoted cell that the CSV reader carries on to the next closing quote, or to the end of
the file: every row in between becomes part of one cell (a client's name, say) and the rows are gone without
a word. A quoted cell that runs over several lines is refused when a later line of it holds the delimiter (it
looks like swallowed rows), naming the line where the quote opened. A cell over several lines without the
delimiter (a note of two lines) is kept.
"""

from __future__ import annotations

import re

from clientfire.errors import InputError

__all__ = ["check_quotes", "has_bad_bytes"]

_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes that were no UTF-8, as decoded with errors="surrogateescape"


def has_bad_bytes(text: str) -> bool:
    """True when text decoded with `surrogateescape` held bytes that are not UTF-8."""
    return bool(_ESCAPED.search(text))


def check_quotes(cells: list[str], delimiter: str, start: int, shown: str) -> None:
    """Raise InputError when a cell spanning lines looks like rows swallowed by an unbalanced quote."""
    line = start
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            rest = cell.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[1]
            if delimiter in rest:
                lines = cell.replace("\r\n", "\n").rstrip("\r\n").count("\n") + 1
                raise InputError(f"a quoted cell opened here runs over {lines} lines and holds the delimiter "
                                 f"'{delimiter}': a closing quote (\") is missing, or a quote in a cell is not doubled",
                                 path=shown, line=line)
        line += cell.count("\n") or cell.count("\r")
