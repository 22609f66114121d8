"""The one error hierarchy of clientfire: every error names where it happened."""

from __future__ import annotations

from collections.abc import Iterable

from .messages import Message, render

__all__ = [
    "ClientfireError",
    "InputError",
    "KnowledgeError",
    "ClientFileError",
    "EngineError",
    "RenderError",
    "AuditError",
    "NoAuditDatabase",
    "suggest",
]


class ClientfireError(Exception):
    """Base error: a message plus where it happened and what to do about it."""

    exit_code = 1

    def __init__(
        self,
        message: str | Message,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
        rule_id: str | None = None,
        suggestion: str | None = None,
    ) -> None:
        text = str(message)
        super().__init__(text)
        self.message = text
        #: the message as given: a Message (rendered in any language) or plain English text
        self.what: str | Message = message
        self.path = path
        self.line = line
        self.key = key
        self.rule_id = rule_id
        self.suggestion = suggestion

    @property
    def location(self) -> str:
        """`path:line`, `path` or an empty string."""
        if self.path and self.line:
            return f"{self.path}:{self.line}"
        return self.path or ""

    def __str__(self) -> str:
        return self.text("en")

    def what_text(self, lang: str = "en") -> str:
        """The message alone, in `lang` (without suggestion, rule or place)."""
        return self.what.text(lang) if isinstance(self.what, Message) else self.message

    def text(self, lang: str = "en") -> str:
        """The message, the suggestion, the rule and the place, in `lang` (ids, names and places as they are)."""
        text = self.what_text(lang)
        if self.suggestion:
            text += render("frame.did_you_mean", {"suggestion": self.suggestion}, lang)
        if self.rule_id:
            text += render("frame.in_rule", {"rule": self.rule_id}, lang)
        if self.location:
            text += render("frame.at", {"where": self.location}, lang)
        return text

    def to_dict(self) -> dict[str, object]:
        """The error as JSON-ready data."""
        return {
            "error": type(self).__name__,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "key": self.key,
            "rule_id": self.rule_id,
            "suggestion": self.suggestion,
        }


class InputError(ClientfireError):
    """Bad input from the user: exit code 2."""

    exit_code = 2


class KnowledgeError(InputError):
    """A knowledge file is unreadable or invalid."""


class ClientFileError(InputError):
    """A client file is unreadable or invalid."""


class EngineError(ClientfireError):
    """The rule engine failed while running (an internal error)."""


class RenderError(InputError):
    """An output could not be produced (e.g. Graphviz `dot` is missing)."""


class AuditError(InputError):
    """The audit database cannot be used: locked, read-only, corrupt or of another schema (exit 2)."""


class NoAuditDatabase(AuditError):
    """Nothing was recorded yet: the audit database does not exist (exit 2; `audit list` says so and exits 0)."""


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest match to `word` among `choices`, if any is close."""
    import difflib  # only when a word is unknown: not on every start

    matches = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return matches[0] if matches else None
