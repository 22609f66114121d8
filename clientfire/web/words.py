"""Interface words of the pages per language (English is the key); the report's words come from explain/labels.py."""

from __future__ import annotations

from clientfire.explain.labels import label

__all__ = ["WORDS", "word"]

#: English text -> {lang: text}; a word not here is looked up in explain/labels.py, else shown in English
WORDS: dict[str, dict[str, str]] = {
}


def word(text: str, lang: str) -> str:
    """`text` in `lang`: a page word, else an explain label, else the English."""
    found = WORDS.get(text, {})
    if lang in found:
        return found[lang]
    return found["en"] if lang == "en" and "en" in found else label(text, lang)
