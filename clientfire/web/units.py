"""A fact's unit after its value on the pages: the unit words of clientfire/web/words.py are plural (English `days`,
Finnish partitive `päivää`, the case after any number but 1); after a value shown as 1 or -1 a count takes the
singular (`1 day`, Finnish nominative `1 päivä`). Indonesian and Korean do not mark number: their word is as it is."""

from __future__ import annotations

from clientfire.messages import plural_form

from .words import word

__all__ = ["ONE", "unit_after"]

#: unit (the English plural, the key of WORDS) -> {lang: the word after the number 1}
ONE: dict[str, dict[str, str]] = {
    "invoices": {"en": "invoice", "fi": "lasku"},
    "days": {"en": "day", "fi": "päivä"},
    "weeks": {"en": "week", "fi": "viikko"},
    "hours": {"en": "hour", "fi": "tunti"},
    "percent": {"en": "percent", "fi": "prosentti"},
    "requests": {"en": "request", "fi": "pyyntö"},
    "changes": {"en": "change", "fi": "muutos"},
    "times": {"en": "time", "fi": "kerta"},
    "messages": {"en": "message", "fi": "viesti"},
    "disagreements": {"en": "disagreement", "fi": "erimielisyys"},
    "objections": {"en": "objection", "fi": "vastalause"},
    "signs": {"en": "sign", "fi": "merkki"},
}


def unit_after(shown: str, unit: str, lang: str) -> str:
    """`3 days`, `1 day`, `1 päivä`: the value as shown, then its unit in `lang` (the singular only after 1 or -1)."""
    other = word(unit, lang)
    return plural_form(shown, f"plural:{ONE.get(unit, {}).get(lang, other)}|{other}")
