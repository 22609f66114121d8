"""Find knowledge texts that lack a language: file, line, which text and which language."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from .i18n_interface import missing_interface_translations, missing_message_translations
from .load import MAX_KNOWLEDGE_BYTES, knowledge_files, shown_path
from .model import LANGUAGES, Knowledge
from .yamlio import LocDict, LocList, read_document

__all__ = ["Missing", "missing_translations", "TEXT_KEYS", "TEXT_GROUPS"]

#: keys whose value is one text (`title: {en: ..., ko: ...}`)
TEXT_KEYS = ("title", "text", "question", "question_solo", "screen", "screen_item", "assumes")
#: keys whose value maps names to texts (article sections, guidance notes, sign degrees)
TEXT_GROUPS = ("sections", "notes", "degrees")


class Missing(NamedTuple):
    """A text without `lang`: where it is written and what it is (`signs/late_payment/title`)."""

    path: str
    line: int
    what: str
    lang: str


def missing_translations(kb: Knowledge) -> list[Missing]:
    """Every user-facing text of `kb`'s knowledge files that lacks one of the languages, in file order; then
    every interface string of the program (labels, page words, `kb`'s vocabulary) that lacks one."""
    found: list[Missing] = []
    for path in knowledge_files(Path(kb.directory)):
        shown = shown_path(path)
        data = read_document(path, max_bytes=MAX_KNOWLEDGE_BYTES, label=shown)
        _walk(data, "", shown, found)
    found += [Missing(path, line, f"interface string '{text}'", lang)
              for path, line, text, lang in missing_interface_translations(kb)]
    found += [Missing(path, line, f"message template '{code}'", lang) for path, line, code, lang in missing_message_translations()]
    return found


def _is_text(value: object) -> bool:
    """A plain string (English only) or a mapping of language codes to strings."""
    if isinstance(value, str):
        return True
    return isinstance(value, LocDict) and bool(value) and all(k in LANGUAGES for k in value)


def _walk(node: object, where: str, path: str, found: list[Missing]) -> None:
    if isinstance(node, LocList):
        for index, item in enumerate(node):
            name = item.get("id") if isinstance(item, LocDict) and isinstance(item.get("id"), str) else index
            _walk(item, f"{where}/{name}" if where else str(name), path, found)
        return
    if not isinstance(node, LocDict):
        return
    for key, value in node.items():
        here = f"{where}/{key}" if where else str(key)
        if key in TEXT_KEYS and _is_text(value):
            _check(value, node.lines.get(key, node.line), here, path, found)
        elif key in TEXT_GROUPS and isinstance(value, LocDict):
            for name, text in value.items():
                if _is_text(text):
                    _check(text, value.lines.get(name, value.line), f"{here}/{name}", path, found)
                else:
                    _walk(text, f"{here}/{name}", path, found)
        else:
            _walk(value, here, path, found)


def _check(text: object, line: int, what: str, path: str, found: list[Missing]) -> None:
    have = set(text) if isinstance(text, LocDict) else {"en"}
    found.extend(Missing(path, line, what, lang) for lang in LANGUAGES if lang not in have)
