"""CSV cells as the values a client file would hold: booleans, numbers by the number rule with the file's decimal
mark, percentages with their sign; and whether a line reads as a row of the file (see csvquote.py)."""

from __future__ import annotations

from typing import Any

from clientfire.engine.model import NUMERIC_TYPES, Knowledge
from clientfire.engine.values import NumberTooLong, parse_date, parse_number, parse_percent
from clientfire.errors import ClientFileError
from clientfire.messages import message, problem_message

__all__ = ["csv_value", "row_test", "TRUE", "FALSE"]

TRUE, FALSE = ("true", "yes", "y", "1"), ("false", "no", "n", "0")


def csv_value(text: str, kind: str, decimal: str = ".", column: str = "") -> Any:
    """One CSV cell as a typed value; text it cannot read stays text (the fact's check names it)."""
    if kind == "bool":
        low = text.lower()
        return True if low in TRUE else False if low in FALSE else text
    if kind not in NUMERIC_TYPES:
        return text
    try:
        number = _number(text, kind, decimal)
        if number is None and decimal == "," and "." in text and _number(text, kind, ".") is not None:
            raise ClientFileError(message("batch.decimal_comma", column=column, text=text, comma=text.replace(".", ","),
                                          plain=text.replace(".", "")), key=column)
    except NumberTooLong as exc:
        raise ClientFileError(message("batch.cell_problem", column=column, what=problem_message(str(exc))), key=column) from exc
    return text if number is None else number


def _number(text: str, kind: str, decimal: str) -> int | float | None:
    """A number, or a percentage written with its sign, by the number rule with the file's decimal mark."""
    if kind == "percent" and text.endswith("%"):
        return parse_percent(text, decimal)
    return parse_number(text, decimal)


def row_test(columns: list[str], kb: Knowledge, decimal: str) -> Any:
    """Whether cells read as a row of this file: one per column, a name first, each a value its column takes."""
    kinds = [kb.facts[c].type if c in kb.facts else "text" for c in columns]

    def fits(text: str, kind: str) -> bool:
        if not text or kind == "text":
            return True
        if kind == "date":
            return parse_date(text) is not None
        try:
            return not isinstance(csv_value(text, kind, decimal), str)
        except ClientFileError:
            return False

    def is_row(cells: list[str]) -> bool:
        return (len(cells) == len(columns) and bool(cells[0].strip())
                and all(fits(cell.strip(), kind) for cell, kind in zip(cells, kinds, strict=True)))

    return is_row
