"""One typed answer as a fact value (checked with engine.client.check_value); answer files and lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from clientfire.engine.client import MAX_CLIENT_BYTES, check_value, client_from_mapping
from clientfire.engine.files import read_regular
from clientfire.engine.model import FactDef, Knowledge
from clientfire.engine.yamlio import decode_text, parse_text, read_document
from clientfire.errors import ClientFileError, ClientfireError, InputError, suggest
from clientfire.messages import message

from .words import say, unit_word, yes_no

__all__ = ["parse_answer", "read_answers", "parse_answers", "hint", "yes_or_no", "choice_of", "YES", "NO"]

YES, NO = yes_no("en")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)  # ASCII digits: `٩٠` is no number (issue 17)
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?", re.ASCII)
_CHOICE = re.compile(r"\d+(\s*[,;]?\s*\d+)*", re.ASCII)
_LINE = re.compile(r"^\s*([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)?)\s*=\s*(.*?)\s*$")


_HINTS = {"bool": "yes or no", "count": "a whole number{unit}", "scale": "a whole number from 0 to 10",
          "percent": "a percentage from 0 to 100", "money": "an amount of money (your currency)",
          "number": "a number{unit}", "date": "a date (YYYY-MM-DD)"}


def hint(fact: FactDef, lang: str = "en") -> str:
    """What an answer looks like, in `lang`: `yes or no` (`ya atau tidak`), `a whole number (invoices)`, ..."""
    unit = f" ({unit_word(fact.unit, lang)})" if fact.unit and fact.unit != "percent" else ""
    return say(_HINTS.get(fact.type, "text"), lang, unit=unit)


def yes_or_no(text: str, lang: str = "en") -> bool | None:
    """True for a yes word of `lang` (or English), False for a no word, None for anything else."""
    yes, no = yes_no(lang)
    word = text.strip().lower()
    return True if word in yes else False if word in no else None


def choice_of(text: str, count: int, lang: str = "en") -> bool | tuple[int, ...] | None:
    """A checklist answer: True (yes: each part asked on its own), False (no), the chosen item numbers (1 to
    `count`, each once, in order), or None when it is none of those."""
    found = yes_or_no(text, lang)
    if found is not None:
        return found
    word = text.strip()
    if not _CHOICE.fullmatch(word):
        return None
    numbers = sorted({int(n) for n in re.findall(r"\d+", word, re.ASCII)})
    return tuple(numbers) if all(1 <= n <= count for n in numbers) else None


def _raw(fact: FactDef, text: str, lang: str) -> Any:
    """The typed text as the kind of value check_value expects."""
    word = text.strip()
    if fact.type == "bool":
        found = yes_or_no(word, lang)
        return word if found is None else found
    if fact.type in ("count", "scale", "percent", "money", "number"):
        plain = word.removesuffix("%").strip() if fact.type == "percent" else word
        plain = plain.replace(",", "") if _THOUSANDS.fullmatch(plain) else plain
        if _NUMBER.fullmatch(plain):
            number = float(plain)
            return int(number) if number.is_integer() else number
    return word


def parse_answer(fact: FactDef, text: str, lang: str = "en") -> Any:
    """The answer as a valid value of `fact`, or an InputError that says what is expected (in `lang`)."""
    if not text.strip():
        raise InputError(say("please answer with {hint}", lang, hint=hint(fact, lang)), key=fact.id)
    try:
        return check_value(fact, _raw(fact, text, lang))
    except ClientfireError as exc:
        raise InputError(say("{message}; answer with {hint}", lang, message=exc.what_text(lang), hint=hint(fact, lang)),
                         key=fact.id) from exc


def parse_answers(text: str, kb: Knowledge, shown: str, lang: str = "en") -> dict[str, Any]:
    """Answers given as text: `fact=value` lines (a bad value told in `lang`), or a YAML/JSON mapping like a client
    file."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if lines and all(_LINE.match(line) for _, line in lines):
        return _from_lines(lines, kb, shown, lang)
    data = parse_text(text, shown) if text.strip() else {}
    return _from_mapping(data, kb, shown)


def read_answers(path: str, kb: Knowledge, lang: str = "en") -> dict[str, Any]:
    """The answers in a file: a client file (YAML or JSON), or `fact=value` lines."""
    file = Path(path)
    text = decode_text(read_regular(file, MAX_CLIENT_BYTES, path), path)  # a regular file only: a FIFO would hang
    if file.suffix.lower() in (".yaml", ".yml", ".json"):
        return _from_mapping(read_document(file, max_bytes=MAX_CLIENT_BYTES, label=path), kb, path)
    return parse_answers(text, kb, path, lang)


def _from_mapping(data: Any, kb: Knowledge, shown: str) -> dict[str, Any]:
    client = client_from_mapping(data, kb, shown, default_name="")
    values = dict(client.values)
    if client.name:
        values["client"] = client.name
    return values


def _from_lines(lines: list[tuple[int, str]], kb: Knowledge, shown: str, lang: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for number, line in lines:
        found = _LINE.match(line)
        if found is None:
            continue
        name, text = found.group(1), found.group(2)
        fact = kb.facts.get(name)
        if fact is None or fact.formula:
            raise ClientFileError(message("client.unknown_fact", key=name), path=shown, line=number, key=name,
                                  suggestion=suggest(name, [f for f, d in kb.facts.items() if not d.formula]))
        if text.lower() in ("", "unknown", "?"):
            continue
        try:
            values[name] = parse_answer(fact, text, lang)
        except InputError as exc:
            raise ClientFileError(exc.what, path=shown, line=number, key=name) from exc
    return values
