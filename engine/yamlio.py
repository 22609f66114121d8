"""Read YAML and JSON into dicts and lists that remember the line of every key and item.

`.json` files are read as JSON (engine/jsonio.py); everything else as YAML with the number rule of
engine/values.py instead of YAML 1.1's implicit typing: `1:30`, `010`, `0x1F`, `1_000` and `.inf` are
no numbers (`010` is ten), and dates stay text for the validator to read as `YYYY-MM-DD`, as in JSON.
A common document is read from libyaml's events without importing PyYAML (engine/yaml_fast.py); what that
leaves, PyYAML's loaders read (engine/yaml_loaders.py): libyaml's C parser when it is installed, the rules
(aliases, duplicate keys, depth, numbers) run on its events as on the pure parser's; a document it refuses,
and text where libyaml is laxer (`PURE_ONLY`), is read by the pure parser, so errors read the same with or
without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientfire.errors import InputError
from clientfire.messages import message

from .files import read_regular, shown_name
from .located import MAX_DEPTH, LocDict, LocList, line_of
from .yaml_fast import Unsupported, pure_only, read_fast

# `LOADERS` is importable too (from engine/yaml_loaders.py, on first use: __getattr__ below)
__all__ = ["LocDict", "LocList", "read_document", "parse_text", "parse_yaml", "decode_text", "dump_yaml", "line_of", "MAX_DEPTH",
           "READERS"]

#: the names `parse_yaml` takes: "fast" (the default) falls back to "c" (or "pure" without libyaml)
READERS = ("fast", "c", "pure")


def __getattr__(name: str) -> Any:
    """`LOADERS`, PyYAML's loader classes by name (engine/yaml_loaders.py), imported on first use."""
    if name == "LOADERS":
        from .yaml_loaders import LOADERS

        return LOADERS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def dump_yaml(data: Any) -> str:
    """YAML text that `read_document` reads back as exactly `data` (keys in the order given)."""
    from .yaml_loaders import dump_yaml as dump

    return dump(data)


def decode_text(raw: bytes, shown: str, first_line: int = 1) -> str:
    """UTF-8 bytes as text (a BOM dropped); InputError naming the line of the first bad byte."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = first_line + raw[: exc.start].count(b"\n")
        utf16 = first_line == 1 and raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        said = message("text.not_utf8_utf16" if utf16 else "text.not_utf8", byte=raw[exc.start], position=exc.start)
        raise InputError(said,
                         path=shown, line=line) from exc


def read_document(path: Path, *, max_bytes: int, label: str | None = None) -> Any:
    """Parse a YAML or JSON file (by suffix) into located data; raise InputError on any problem."""
    shown = label or shown_name(path)
    text = decode_text(read_regular(path, max_bytes, shown), shown)
    if not text.strip():
        raise InputError(message("file.empty"), path=shown)
    if path.suffix.lower() == ".json":
        return _parse_json(text, shown)
    return _parse_yaml(text, shown)


def parse_text(text: str, label: str) -> Any:
    """Parse YAML (or JSON) text that is not in a file, e.g. from standard input; InputError on any problem."""
    if text.lstrip().startswith(("{", "[")):
        return _parse_json(text, label)
    return _parse_yaml(text, label)


def _parse_json(text: str, shown: str) -> Any:
    from .jsonio import parse_json  # a JSON file only: a YAML client file's start does without it

    return parse_json(text, shown)


def _parse_yaml(text: str, shown: str) -> Any:
    return parse_yaml(text, shown)


def parse_yaml(text: str, shown: str, loader: str = "fast") -> Any:
    """Located data from YAML text with the reader named (see READERS); InputError naming the line on any problem."""
    if loader == "fast":
        if not pure_only(text):
            try:
                return read_fast(text)
            except Unsupported:
                pass
        loader = "c"
    from .yaml_loaders import load_yaml

    return load_yaml(text, shown, loader)
