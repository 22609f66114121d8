"""Located data: dicts and lists that remember the line of every key and item (built by the YAML and JSON readers)."""

from __future__ import annotations

__all__ = ["LocDict", "LocList", "line_of", "MAX_DEPTH"]

#: deeper nesting is refused by every reader (no client or knowledge file needs more than a handful)
MAX_DEPTH = 50


class LocDict(dict):  # type: ignore[type-arg]
    """A dict with `line` (its own) and `lines` (the line of each key)."""

    line: int = 0
    lines: dict[str, int]


class LocList(list):  # type: ignore[type-arg]
    """A list with `line` (its own) and `lines` (the line of each item)."""

    line: int = 0
    lines: list[int]


def line_of(container: object, key: object = None) -> int | None:
    """The line of `key` in `container`, or of the container itself."""
    if isinstance(container, LocDict):
        lines = getattr(container, "lines", {})
        return lines.get(str(key), container.line) if key is not None else container.line
    if isinstance(container, LocList):
        lines = getattr(container, "lines", [])
        if isinstance(key, int) and 0 <= key < len(lines):
            return lines[key]
        return container.line
    return None
