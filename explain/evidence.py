"""One-line forms of evidence: the client's value (or what is proven about it) against what a rule requires."""

from __future__ import annotations

from typing import Any

from .labels import label

__all__ = ["format_value", "format_evidence", "format_money", "format_bounds", "format_records", "SHOWN_RECORDS"]

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


def format_bounds(bounds: list[Any], lang: str = "en") -> str:
    """`at most -600`, `at least 3`, `between 0 and 5000`: what the known facts prove about an unknown one."""
    lo, hi = bounds
    if lo is not None and hi is not None:
        return label("between {lo} and {hi}", lang).format(lo=format_value(lo), hi=format_value(hi))
    if hi is not None:
        return label("at most {value}", lang).format(value=format_value(hi))
    if lo is not None:
        return label("at least {value}", lang).format(value=format_value(lo))
    return label("unknown", lang)


def _value(item: dict[str, Any], lang: str) -> str:
    if item.get("value") is not None:
        return f"= {format_value(item['value'])}"
    if item.get("bounds") and any(b is not None for b in item["bounds"]):
        return format_bounds(item["bounds"], lang)
    return f"= {label('unknown', lang)}"


def _condition(item: dict[str, Any], lang: str) -> str:
    if item["op"] == "!=":
        return label("not {value}", lang).format(value=format_value(item["required"]))
    if item["op"] == "==" and isinstance(item["required"], bool):
        return format_value(item["required"])
    return f"{item['op']} {format_value(item['required'])}"


def format_evidence(item: dict[str, Any], lang: str = "en") -> str:
    """`payment.late_invoices = 6 >= 3 (threshold late_payment.min_late_invoices)`; words in `lang`.

    A fact proven without being known reads `money.monthly_margin at most -600 < 0 (..., whatever
    money.monthly_costs)`; an unknown fact reads `money.cost_is_temporary unknown, presumed not true until
    known` where a rule lets it pass, and `... unknown, and this rule needs true` where it waits for it.
    """
    status = item.get("status")
    undecided = status in ("presumed", "unknown") and not (item.get("bounds") and any(b is not None for b in item["bounds"]))
    if undecided:
        word = "unknown, presumed {condition} until known" if status == "presumed" else "unknown, and this rule needs {condition}"
        text = f"{item['fact']} {label(word, lang).format(condition=_condition(item, lang))}"
    else:
        sep = ", " if item["op"] == "!=" else " "
        text = f"{item['fact']} {_value(item, lang)}"
        if item["op"] != "==" or not isinstance(item["required"], bool):
            text += sep + _condition(item, lang)
    extra = []
    if item.get("threshold"):
        extra.append(label("threshold {id}", lang).format(id=item["threshold"]))
    if item.get("whatever") and item.get("value") is None and not undecided:
        extra.append(label("whatever {facts}", lang).format(facts=", ".join(item["whatever"])))
    if extra:
        text += f" ({'; '.join(extra)})"
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
