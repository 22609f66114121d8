"""Client names across tools: compared without case, spacing and punctuation, plus an alias file for the rest."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from clientfire.engine.yamlio import line_of, read_document
from clientfire.errors import InputError
from clientfire.messages import message

__all__ = ["name_key", "Aliases", "load_aliases"]

_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """`ACME  Widgets, Ltd.` and `Acme Widgets Ltd` share one key: `acme widgets ltd`."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_SEPARATORS.sub(" ", folded).split())


class Aliases:
    """Other names of a client -> the name to use (an alias file: `Acme Widgets Ltd: [ACME, Acme Inc]`)."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {}

    def canonical(self, name: str) -> str:
        """The name to use for `name`: its alias file entry, else `name` itself."""
        return self.names.get(name_key(name), name)


def load_aliases(path: str | None) -> Aliases:
    """Read an alias file: each key a client's name, each value one other name or a list of them."""
    if not path:
        return Aliases()
    data = read_document(Path(path), max_bytes=256_000, label=path)
    if not isinstance(data, dict):
        raise InputError(message("import.alias_not_mapping"), path=path, line=1)
    names: dict[str, str] = {}
    for canonical, others in data.items():
        line = line_of(data, canonical)
        items = [others] if isinstance(others, str) else others
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise InputError(message("import.alias_not_names", name=canonical), path=path,
                             line=line, key=str(canonical))
        for other in [str(canonical), *items]:
            key = name_key(other)
            if names.get(key, canonical) != canonical:
                raise InputError(message("import.alias_twice", other=other, first=names[key], second=canonical), path=path,
                                 line=line, key=str(canonical))
            names[key] = str(canonical)
    return Aliases(names)
