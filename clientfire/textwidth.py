"""Terminal cells a text takes: East Asian wide and fullwidth characters take two, combining marks none."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["display_width", "pad", "pad_left", "columns"]


def _cells(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """How many terminal cells `text` takes (`len()` counts a Korean syllable as one; it takes two)."""
    return sum(_cells(char) for char in text)


def pad(text: str, width: int) -> str:
    """`text` followed by spaces up to `width` cells (as `str.ljust`, by display width)."""
    return text + " " * max(0, width - display_width(text))


def pad_left(text: str, width: int) -> str:
    """Spaces then `text`, `width` cells in all (as `str.rjust`, by display width)."""
    return " " * max(0, width - display_width(text)) + text


def columns(rows: Sequence[Sequence[str]], right: Sequence[int] = (), gap: str = "  ") -> list[str]:
    """Rows as aligned lines: every column but the last padded to its widest cell; `right` columns right-aligned."""
    if not rows:
        return []
    count = max(len(row) for row in rows)
    widths = [max((display_width(row[i]) for row in rows if i < len(row)), default=0) for i in range(count)]
    lines = []
    for row in rows:
        cells = [row[i] if i == len(row) - 1 else (pad_left if i in right else pad)(row[i], widths[i])
                 for i in range(len(row))]
        lines.append(gap.join(cells).rstrip())
    return lines
