"""Numbers, money, percentages and yes/no written the way each language writes them."""

from __future__ import annotations

from typing import Any

__all__ = ["SEPARATORS", "YES_NO", "format_number", "format_money", "format_percent", "format_bool", "NBSP"]

#: no-break space: Finnish groups thousands with it, so a number never splits across lines
NBSP = "\u00a0"
#: language -> (thousands separator, decimal mark)
SEPARATORS: dict[str, tuple[str, str]] = {"en": (",", "."), "ko": (",", "."), "id": (".", ","), "fi": (NBSP, ",")}
#: language -> (word for true, word for false)
YES_NO: dict[str, tuple[str, str]] = {"en": ("yes", "no"), "id": ("ya", "tidak"), "ko": ("예", "아니요"),
                                      "fi": ("kyllä", "ei")}
#: how a percentage is written around the number (Finnish puts a no-break space before the sign)
_PERCENT = {"fi": NBSP + "%"}


def _digits(value: float | int, decimals: int) -> tuple[str, str]:
    """The integer part (with its sign) and the fraction digits, trailing zeros dropped."""
    text = f"{value:.{decimals}f}" if isinstance(value, float) else str(value)
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if whole in ("-0",) and not fraction:
        whole = "0"
    return whole, fraction


def format_number(value: float | int, lang: str = "en", group: bool = False, decimals: int = 2) -> str:
    """`1234.5` as `1234.5` (en), `1234,5` (id, fi); with `group`, `1,234.5`, `1.234,5`, `1 234,5`."""
    thousands, mark = SEPARATORS.get(lang, SEPARATORS["en"])
    whole, fraction = _digits(value, decimals)
    sign, whole = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    if group:
        parts: list[str] = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = thousands.join([whole, *parts])
    return sign + whole + (mark + fraction if fraction else "")


def format_money(value: Any, lang: str = "en") -> str:
    """An amount with thousands separators in the language's style, no currency (it is the user's)."""
    return format_number(value, lang, group=True)


def format_percent(value: float | int, lang: str = "en") -> str:
    """`25%` (en, id, ko), `25 %` (fi, with a no-break space)."""
    return format_number(value, lang) + _PERCENT.get(lang, "%")


def format_bool(value: bool, lang: str = "en") -> str:
    """`yes`/`no` in the language: `ya`/`tidak`, `예`/`아니요`, `kyllä`/`ei`."""
    yes, no = YES_NO.get(lang, YES_NO["en"])
    return yes if value else no
