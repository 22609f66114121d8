"""Messages in four languages: a stable code, its parameters kept apart, one template per language.

Errors (clientfire/errors.py), `check` findings and `test` failures carry a `Message`; the English text is the
template filled in, so English output is what it always was; `text(lang)` renders the same message in Indonesian,
Korean or Finnish. Ids, file names, line numbers and key names are parameters: they stay as they are.
In a template `{name!w}` is a vocabulary word (a verdict, a strength, a degree) shown in the language's words, and
`{name:plural:day|days}` a count with its noun: `1 day`, `3 days` (see `plural_form`).
"""

from __future__ import annotations

import datetime
import functools
import string
from collections.abc import Mapping
from typing import Any

#: MESSAGES comes from __getattr__ (the catalogue, read on first use)
__all__ = ["Message", "message", "render", "text_of", "MESSAGES", "FRAME_MESSAGES", "LANGS", "fields",  # noqa: F822
           "problem_message", "kind_word", "fill", "plurals", "plural_form", "PLURAL"]

#: every language a template is written in (English first: the text the code always printed)
LANGS = ("en", "id", "ko", "fi")

#: the frame around any message: the one-line error, the place, the rule, a suggestion, a finding's level
FRAME_MESSAGES: dict[str, dict[str, str]] = {
    "frame.error": {
        "en": "clientfire: error: {text}", "id": "clientfire: galat: {text}",
        "ko": "clientfire: 오류: {text}", "fi": "clientfire: virhe: {text}"},
    "frame.did_you_mean": {
        "en": " (did you mean '{suggestion}'?)", "id": " (mungkin maksud Anda '{suggestion}'?)",
        "ko": " ('{suggestion}'을(를) 뜻하셨나요?)", "fi": " (tarkoititko '{suggestion}'?)"},
    "frame.in_rule": {
        "en": " in rule '{rule}'", "id": " pada aturan '{rule}'", "ko": " (규칙 '{rule}')", "fi": " säännössä '{rule}'"},
    "frame.at": {"en": " at {where}", "id": " di {where}", "ko": " (위치: {where})", "fi": " kohdassa {where}"},
    "frame.note": {
        "en": "clientfire: note: {text}", "id": "clientfire: catatan: {text}",
        "ko": "clientfire: 참고: {text}", "fi": "clientfire: huomautus: {text}"},
    "level.error": {"en": "error", "id": "galat", "ko": "오류", "fi": "virhe"},
    "level.warning": {"en": "warning", "id": "peringatan", "ko": "경고", "fi": "varoitus"},
}

@functools.lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    """code -> {lang: template}, every family in one table (read on the first message: not on `--help`)."""
    from .message_argparse import ARGPARSE_MESSAGES
    from .message_audit import AUDIT_MESSAGES
    from .message_audit_out import AUDIT_OUT_MESSAGES
    from .message_batch import BATCH_MESSAGES
    from .message_command import COMMAND_MESSAGES
    from .message_engine import ENGINE_MESSAGES
    from .message_help import HELP_MESSAGES
    from .message_help_io import HELP_IO_MESSAGES
    from .message_help_log import HELP_LOG_MESSAGES
    from .message_import import IMPORT_MESSAGES
    from .message_import_evidence import IMPORT_EVIDENCE_MESSAGES
    from .message_import_files import IMPORT_FILE_MESSAGES
    from .message_import_out import IMPORT_OUT_MESSAGES
    from .message_input import INPUT_MESSAGES
    from .message_lint import LINT_MESSAGES
    from .message_run import RUN_MESSAGES
    from .message_schema import SCHEMA_MESSAGES
    from .message_syntax import SYNTAX_MESSAGES
    from .message_test import TEST_MESSAGES
    from .message_web import WEB_MESSAGES

    return {**FRAME_MESSAGES, **INPUT_MESSAGES, **SYNTAX_MESSAGES, **SCHEMA_MESSAGES, **LINT_MESSAGES,
            **TEST_MESSAGES, **AUDIT_MESSAGES, **COMMAND_MESSAGES, **IMPORT_MESSAGES, **IMPORT_FILE_MESSAGES,
            **BATCH_MESSAGES, **ENGINE_MESSAGES, **AUDIT_OUT_MESSAGES, **IMPORT_OUT_MESSAGES, **IMPORT_EVIDENCE_MESSAGES,
            **ARGPARSE_MESSAGES, **HELP_MESSAGES, **HELP_IO_MESSAGES, **HELP_LOG_MESSAGES,
            **RUN_MESSAGES, **WEB_MESSAGES}


def __getattr__(name: str) -> Any:
    """`MESSAGES`, the whole catalogue, built on first use."""
    if name == "MESSAGES":
        return _catalogue()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Message:
    """A message by its code and parameters; `str()` is the English text (immutable, compared by value)."""

    __slots__ = ("code", "params")
    code: str
    params: tuple[tuple[str, Any], ...]

    def __init__(self, code: str, params: tuple[tuple[str, Any], ...] = ()) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", params)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Message is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, self.params))

    def __repr__(self) -> str:
        return f"Message(code={self.code!r}, params={self.params!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.code, self.params))

    def text(self, lang: str = "en") -> str:
        """The message in `lang` (English where a language is unknown)."""
        return render(self.code, dict(self.params), lang)

    def __str__(self) -> str:
        return self.text("en")


def message(code: str, **params: Any) -> Message:
    """The message `code` with its parameters (a code not in the catalogue is a programming error)."""
    if code not in _catalogue():
        raise KeyError(f"no message template '{code}'")
    return Message(code, tuple(params.items()))


def problem_message(text: str) -> Message | str:
    """A parser's English problem as the message that says it in any language (the text itself when none does)."""
    from .message_syntax import SYNTAX_PATTERNS

    for pattern, code in SYNTAX_PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            said = message(code, **found.groupdict())
            return said if said.text("en") == text else text
    return text


def kind_word(kind: str) -> Message | str:
    """A kind of knowledge (`sign`, `threshold or fact`) as a message in any language; an unlisted one as it is."""
    from .message_lint import KIND_CODES

    code = KIND_CODES.get(kind)
    return message(code) if code else kind


def text_of(value: object, lang: str = "en") -> str:
    """A message in `lang`, or any other value as text."""
    return value.text(lang) if isinstance(value, Message) else str(value)


#: parameter types a template shows as `format()` does (no `text` of their own, no vocabulary word)
_PLAIN = (str, int, float, datetime.date)
#: a count's format spec: `{days:plural:day|days}` (the singular, a bar, the plural; no braces or bars in a form)
PLURAL = "plural:"


def plural_form(shown: str, spec: str) -> str:
    """`1 day` or `3 days` for `spec` `plural:day|days`: the singular only when the number shows as 1 or -1.

    The number is read as shown, as CLDR does for English and Finnish: 1, -1 and "1" take the singular; 0, 2, 21,
    1.0 and 1.5 (shown with decimals) the plural."""
    one, other = spec[len(PLURAL):].split("|")
    return f"{shown} {one if shown in _ONE else other}"


#: the numbers, as shown, that take the singular
_ONE = frozenset(("1", "-1"))


#: template -> its plan for the quick path (made on a template's first use)
_PLANS: dict[str, tuple[str, tuple[tuple[str, str, str, str], ...]]] = {}


def _plain_template(template: str) -> tuple[str, tuple[tuple[str, str, str, str], ...]]:
    """The template with each plural field as `{days}{days|0}` (the noun a plain field), and each one's name, key and
    two nouns (with their space)."""
    parts: list[str] = []
    counts: list[tuple[str, str, str, str]] = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if spec and spec.startswith(PLURAL):
            key = f"{name}|{len(counts)}"
            one, other = spec[len(PLURAL):].split("|")
            counts.append((name, key, f" {one}", f" {other}"))
            parts.append(f"{{{name}}}{{{key}}}")
        else:
            parts.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return "".join(parts), tuple(counts)


def _render_plural(template: str, params: Mapping[str, Any]) -> str:
    """A template with plural fields, every parameter plain: each count's noun chosen, then str.format_map."""
    plan = _PLANS.get(template)
    if plan is None:
        plan = _PLANS[template] = _plain_template(template)
    plain, counts = plan
    values = dict(params)
    for name, key, one, other in counts:
        value = values[name]
        values[key] = one if (value in (1, -1) if type(value) is int else format(value) in _ONE) else other
    return plain.format_map(values)


class _Formatter(string.Formatter):
    """Fills a template: a nested Message in the same language, `!w` a vocabulary word in the language's words."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "w":
            if self.lang == "en":
                return value
            from clientfire.explain.labels import label

            return label(str(value), self.lang)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, Message) or callable(getattr(value, "text", None)):  # a Message, or an error
            value = value.text(self.lang)
        if format_spec.startswith(PLURAL):
            return plural_form(format(value), format_spec)
        return super().format_field(value, format_spec)


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """The template of `code` in `lang` (else English) filled with `params` (Korean particles then fit the values)."""
    templates = _catalogue()[code]
    text = _filled(templates.get(lang) or templates["en"], params, lang)
    return _korean(text) if lang == "ko" else text


def _filled(template: str, params: Mapping[str, Any], lang: str) -> str:
    if "!w" not in template:
        for value in params.values():
            if not isinstance(value, _PLAIN):
                break
        else:
            if ":plural:" not in template:
                return template.format_map(params)  # plain values only: what the formatter does, at C speed
            return _render_plural(template, params)
    return _Formatter(lang).vformat(template, (), params)


def fill(template: str, lang: str = "en", **params: Any) -> str:
    """An interface template that is no catalogue code (a label) filled in as `render` fills one (plurals and
    Korean particles too)."""
    text = _Formatter(lang).vformat(template, (), params) if ":plural:" in template else template.format(**params)
    return _korean(text) if lang == "ko" else text


def _korean(text: str) -> str:
    """Korean text with its two-form particles fitted to the values before them (clientfire/korean.py)."""
    from .korean import particles  # Korean only: not imported at start-up

    return particles(text)


def fields(template: str) -> set[str]:
    """The parameter names a template uses (`{name}`, `{name!w}`, `{high:g}`, `{days:plural:day|days}` -> name)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def plurals(template: str) -> dict[str, tuple[str, ...]]:
    """Each count a template says with its noun, and the forms given: `{days:plural:day|days}` -> days: (day, days)."""
    return {name: tuple(spec[len(PLURAL):].split("|")) for _, name, spec, _ in string.Formatter().parse(template)
            if name and spec and spec.startswith(PLURAL)}
