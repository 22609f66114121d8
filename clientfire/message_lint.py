"""Message templates of `clientfire check`: lint over the rule network (filled in by a later commit)."""

from __future__ import annotations

__all__ = ["LINT_MESSAGES"]

LINT_MESSAGES: dict[str, dict[str, str]] = {}
