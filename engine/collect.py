"""Schema errors gathered across a knowledge folder, so that `check` reports them all in one run, in line order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from clientfire.errors import KnowledgeError

__all__ = ["KnowledgeErrors", "Collector"]

T = TypeVar("T")


class KnowledgeErrors(KnowledgeError):
    """Several schema errors, in file and line order; it reads (message, place) as the first of them."""

    def __init__(self, errors: list[KnowledgeError]) -> None:
        first = errors[0]
        super().__init__(first.message, path=first.path, line=first.line, key=first.key, rule_id=first.rule_id,
                         suggestion=first.suggestion)
        self.errors = errors
        self.__cause__ = first.__cause__


class Collector:
    """Runs the parts of a load one by one, keeping each part's error and going on with the next part."""

    def __init__(self) -> None:
        self.errors: list[KnowledgeError] = []

    def attempt(self, make: Callable[..., T], *args: Any) -> T | None:
        """`make(*args)`, or None (and the error kept) when it raises a KnowledgeError."""
        try:
            return make(*args)
        except KnowledgeErrors as exc:
            self.errors.extend(exc.errors)
        except KnowledgeError as exc:
            self.errors.append(exc)
        return None

    def raise_any(self) -> None:
        """Raise what was kept: the one error, or every error in file and line order."""
        if not self.errors:
            return
        ordered = sorted(self.errors, key=lambda e: (e.path or "", e.line or 0))
        raise ordered[0] if len(ordered) == 1 else KnowledgeErrors(ordered)
