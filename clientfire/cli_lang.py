"""The command line in the chosen language: argparse's own words and every command's help, from the catalogue.

argparse asks gettext for its words through its module's `_` and `ngettext`; for the length of a parse in another
language those two answer from the catalogue (clientfire/message_argparse.py), keyed by argparse's English msgid.
The descriptions and option helps the commands register in English are looked up the same way, by their English
(clientfire/message_help*.py). A text without an entry stays English. English itself never comes here (cold start).
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from clientfire.textwidth import display_width

__all__ = ["in_language", "translate_parser", "words", "help_texts", "parsers", "wrap", "WideHelpFormatter"]

T = TypeVar("T")
#: the catalogue families said on the command line
_FAMILIES = ("argparse.", "help.")


@functools.lru_cache(maxsize=4)
def words(lang: str) -> dict[str, str]:
    """English text -> its `lang` text, for argparse's words and the commands' help."""
    from clientfire.messages import MESSAGES

    return {t["en"]: t[lang] for code, t in MESSAGES.items() if code.startswith(_FAMILIES) and lang in t}


def in_language(lang: str, run: Callable[[], T]) -> T:
    """`run()` with argparse's words in `lang` (argparse's own gettext hook, put back afterwards)."""
    said = words(lang)

    def gettext(text: str) -> str:
        return said.get(text, text)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    setattr(argparse, "_", gettext)  # noqa: B010 - argparse reads the name at each call
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        return run()
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description, group title and help the parser and its sub-commands show (English, as registered)."""
    return [text for item, name in _texts(parser) if (text := getattr(item, name))]


def translate_parser(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """The parser with its descriptions, group titles and helps (its sub-commands' too) in `lang`."""
    said = words(lang)
    for item, name in _texts(parser):
        text = getattr(item, name)
        if isinstance(text, str):
            setattr(item, name, said.get(text, text))
    for each in parsers(parser):
        each.formatter_class = WideHelpFormatter
    return parser


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's help wrapped by terminal cells, not characters: a Korean syllable takes two."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = wrap(self._whitespace_matcher.sub(" ", text).strip(), width - len(indent))
        return "\n".join(indent + line for line in lines)

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None) -> str:
        said = getattr(argparse, "_")("usage: ") if prefix is None else prefix  # noqa: B009 - the language's word
        wider = display_width(said) - len(said)  # argparse measures the prefix by len(): a wide one takes more cells
        if wider <= 0:
            return super()._format_usage(usage, actions, groups, said)
        self._width -= wider  # the first line fits the terminal
        try:
            text = super()._format_usage(usage, actions, groups, said)
        finally:
            self._width += wider
        return text.replace("\n ", "\n" + " " * (wider + 1))  # the lines after the first line up under it


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken between words (a longer word has a line of its own)."""
    lines: list[str] = []
    line, cells = "", 0
    for word in text.split(" "):
        size = display_width(word)
        if line and cells + 1 + size > width:
            lines.append(line)
            line, cells = "", 0
        line, cells = (f"{line} {word}", cells + 1 + size) if line else (word, size)
    return [*lines, line] if line else lines


def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parser and its sub-commands' parsers (an alias is the same parser: listed once)."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                found += parsers(sub)
    return found


def _texts(parser: argparse.ArgumentParser) -> list[tuple[object, str]]:
    """(object, attribute) of every text the help shows, sub-commands included."""
    found: list[tuple[object, str]] = []
    for each in parsers(parser):
        found += [(each, "description"), (each, "epilog")]
        found += [(group, name) for group in each._action_groups for name in ("title", "description")]
        found += [(action, "help") for action in each._actions if action.help is not argparse.SUPPRESS]
        found += [(choice, "help") for action in each._actions if isinstance(action, argparse._SubParsersAction)
                  for choice in action._choices_actions]
    return found
