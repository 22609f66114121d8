"""One-line forms of evidence: the client's value (or what is proven about it) against what a rule requires."""

from __future__ import annotations

from typing import Any

from clientfire.messages import fill

from .labels import label, said
from .numbers import SEPARATORS, format_bool, format_percent
from .numbers import format_money as _money

__all__ = ["format_value", "distinct", "format_evidence", "format_money", "format_typed", "format_bounds", "format_records",
           "SHOWN_RECORDS"]

#: records shown beside a sign's evidence (the result JSON and the records section carry them all)
SHOWN_RECORDS = 3


def format_value(value: Any, lang: str = "en") -> str:
    """A fact value: in English as the user wrote it (true/false, numbers without trailing .0, unknown); in
    another language yes/no in its words and numbers with its decimal mark."""
    if value is None:
        return label("unknown", lang)
    if isinstance(value, bool):
        return ("true" if value else "false") if lang == "en" else format_bool(value, lang)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(value).replace(".", SEPARATORS.get(lang, SEPARATORS["en"])[1])
    return str(value)


def format_money(value: Any, lang: str = "en") -> str:
    """An amount of money with the language's thousands separators (`12,345.5`, `12.345,5`), no currency."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return format_value(value, lang)
    return _money(value, lang)


def format_typed(value: Any, kind: str | None, lang: str = "en") -> str:
    """A value of a fact of type `kind`: money grouped, percentages with `%`, the rest as `format_value`."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if kind == "money":
            return _money(value, lang)
        if kind == "percent":
            return format_percent(value, lang)
    return format_value(value, lang)


def format_bounds(bounds: list[Any], lang: str = "en") -> str:
    """`at most -600`, `at least 3`, `between 0 and 5000`: what the known facts prove about an unknown one."""
    lo, hi = bounds
    if lo is not None and hi is not None:
        return label("between {lo} and {hi}", lang).format(lo=format_value(lo, lang), hi=format_value(hi, lang))
    if hi is not None:
        return label("at most {value}", lang).format(value=format_value(hi, lang))
    if lo is not None:
        return label("at least {value}", lang).format(value=format_value(lo, lang))
    return label("unknown", lang)


def _value(item: dict[str, Any], lang: str) -> str:
    if item.get("value") is not None:
        return f"= {format_value(item['value'], lang)}"
    if item.get("bounds") and any(b is not None for b in item["bounds"]):
        return format_bounds(item["bounds"], lang)
    return f"= {label('unknown', lang)}"


def _plain_bool(item: dict[str, Any], lang: str) -> bool:
    """A yes/no test read as its value alone: `= true` in English; in another language `!= false` too (`ya`,
    never `bukan tidak`)."""
    return isinstance(item["required"], bool) and (item["op"] == "==" or (lang != "en" and item["op"] == "!="))


def _condition(item: dict[str, Any], lang: str) -> str:
    if _plain_bool(item, lang):
        return format_value(item["required"] if item["op"] == "==" else not item["required"], lang)
    if item["op"] == "!=":
        return label("not {value}", lang).format(value=format_value(item["required"], lang))
    return f"{item['op']} {format_value(item['required'], lang)}"


def distinct(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A sign's evidence as shown: each line once, and a yes/no fact once (`x = true` already says what
    `x = true, not false` says when both hold; the JSON keeps every test)."""
    said = {(i["fact"], i.get("value")) for i in items
            if i.get("op") == "==" and i.get("status") == "holds" and isinstance(i.get("value"), bool)}
    shown: list[dict[str, Any]] = []
    for item in items:
        redundant = (item.get("op") == "!=" and item.get("status") == "holds" and isinstance(item.get("value"), bool)
                     and (item["fact"], item.get("value")) in said)
        if not redundant and item not in shown:
            shown.append(item)
    return shown


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
        text = f"{item['fact']} {said(word, lang, condition=_condition(item, lang))}"
    else:
        sep = ", " if item["op"] == "!=" else " "
        text = f"{item['fact']} {_value(item, lang)}"
        if not _plain_bool(item, lang):
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
        text += "; " + fill(label("and {n} more", lang), lang, n=len(records) - len(shown))
    return f"{label('from your books', lang)}: {text}"
