"""One problem found in a knowledge base by `check`: level, code, message and where it is."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from clientfire.errors import ClientfireError, InputError
from clientfire.messages import Message, render

from .files import read_regular
from .model import Loc

__all__ = ["Finding", "finding_at", "from_error", "with_columns", "ERROR", "WARNING"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """An error or warning with its file, line, column, key, rule id and a suggestion."""

    level: str
    code: str
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    key: str | None = None
    rule_id: str | None = None
    suggestion: str | None = None
    #: the message by its code and parameters, to say it in another language (None: English text only)
    said: Message | None = field(default=None, compare=False, repr=False)

    @property
    def location(self) -> str:
        """`path:line:column` as far as known."""
        parts = [str(p) for p in (self.path, self.line, self.column) if p]
        return ":".join(parts)

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The finding as one line in `lang`: place, level, message, [code], rule, suggestion (ids as they are)."""
        said = self.said.text(lang) if self.said is not None else self.message
        text = f"{self.location + ': ' if self.location else ''}{render('level.' + self.level, {}, lang)}: {said} [{self.code}]"
        if self.rule_id:
            text += render("frame.in_rule", {"rule": self.rule_id}, lang)
        if self.suggestion:
            text += render("frame.did_you_mean", {"suggestion": self.suggestion}, lang)
        return text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data with stable keys."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "said"}


def finding_at(level: str, code: str, message: str | Message, loc: Loc | None, **extra: Any) -> Finding:
    """A finding at a model location (its message plain English text or a Message)."""
    said = message if isinstance(message, Message) else None
    return Finding(level, code, str(message), path=loc.path if loc else None, line=loc.line if loc else None,
                   said=said, **extra)


def from_error(exc: ClientfireError, code: str = "schema", level: str = ERROR) -> Finding:
    """A finding from a raised error (the column of a YAML syntax error comes from its mark)."""
    mark = getattr(exc.__cause__, "problem_mark", None) or getattr(exc.__cause__, "context_mark", None)
    column = mark.column + 1 if mark is not None else None
    return Finding(level, code, exc.message, path=exc.path, line=exc.line, column=column, key=exc.key,
                   rule_id=exc.rule_id, suggestion=exc.suggestion,
                   said=exc.what if isinstance(exc.what, Message) else None)


def with_columns(findings: list[Finding]) -> list[Finding]:
    """Fill in each finding's column: where its key (or rule id) starts on its line, else the first word."""
    cache: dict[str, list[str]] = {}
    result = []
    for item in findings:
        if item.column or not item.path or not item.line:
            result.append(item)
            continue
        if item.path not in cache:
            try:  # a regular file only, bounded: a finding never waits on a FIFO
                cache[item.path] = read_regular(item.path, 4_000_000).decode("utf-8").splitlines()
            except (InputError, UnicodeDecodeError):
                cache[item.path] = []
        lines = cache[item.path]
        text = lines[item.line - 1] if 0 < item.line <= len(lines) else ""
        result.append(replace(item, column=_column(text, item.key, item.rule_id)) if text else item)
    return result


def _column(text: str, *words: str | None) -> int:
    for word in words:
        if word:
            found = text.find(word)
            if found < 0 and "." in word:
                found = text.find(word.rsplit(".", 1)[1])
            if found >= 0:
                return found + 1
    return len(text) - len(text.lstrip()) + 1
