"""One-line forms of evidence: the client's value against what a rule requires."""

from __future__ import annotations

from typing import Any

from .labels import label

__all__ = ["format_value", "format_evidence", "format_money", "format_records", "SHOWN_RECORDS"]

#: records shown beside a sign's evidence (the result JSON and the records section carry them all)
SHOWN_RECORDS = 3


def format_value(value: Any) -> str:
    """A fact value as the user wrote it: true/false, numbers without trailing .0, unknown."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_money(value: Any) -> str:
    """An amount of money with thousands separators, no currency (it is the user's)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return format_value(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def format_evidence(item: dict[str, Any], lang: str = "en") -> str:
    """`payment.late_invoices = 6 >= 3 (threshold late_payment.min_late_invoices)`; words in `lang`."""
    text = f"{item['fact']} = {format_value(item['value'])}"
    if item["op"] == "!=":
        text += ", " + label("not {value}", lang).format(value=format_value(item["required"]))
    elif item["op"] != "==" or not isinstance(item["required"], bool):
        text += f" {item['op']} {format_value(item['required'])}"
    if item.get("threshold"):
        text += " (" + label("threshold {id}", lang).format(id=item["threshold"]) + ")"
    if item.get("value") is None and item.get("or_unknown"):
        text += f" ({label('unknown counts as met', lang)})"
    if item.get("articles"):
        text += f": {', '.join(item['articles'])}"
    return text


def format_records(records: list[str], lang: str = "en", limit: int | None = SHOWN_RECORDS) -> str:
    """`from your books: INV-0012 paid 12 days late; INV-0015 paid 30 days late; and 2 more`."""
    shown = records if limit is None else records[:limit]
    text = "; ".join(shown)
    if len(records) > len(shown):
        text += "; " + label("and {n} more", lang).format(n=len(records) - len(shown))
    return f"{label('from your books', lang)}: {text}"
