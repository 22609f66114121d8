"""Interface words (headings, degrees, stages) per language; knowledge texts live in knowledge/."""

from __future__ import annotations

__all__ = ["LABELS", "label"]

#: English word -> {lang: word}; a missing language falls back to English
LABELS: dict[str, dict[str, str]] = {}


def label(word: str, lang: str) -> str:
    """`word` in `lang` (English when there is no translation)."""
    return LABELS.get(word, {}).get(lang, word.replace("_", " "))
