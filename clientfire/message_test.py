"""Message templates of `clientfire test`: how a scenario differs from what it expects (filled in by a later commit)."""

from __future__ import annotations

__all__ = ["TEST_MESSAGES"]

TEST_MESSAGES: dict[str, dict[str, str]] = {}
