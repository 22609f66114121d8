"""The language the user's environment names: `$CLIENTFIRE_LANG`, then the locale, then English."""

from __future__ import annotations

import os

__all__ = ["LANGS", "LOCALE_VARIABLES", "locale_lang", "env_lang"]

#: the languages of the interface (as engine.model.LANGUAGES, without importing the model at start-up)
LANGS = ("en", "id", "ko", "fi")
#: the locale's variables, in the order they decide the language of messages
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_lang() -> str:
    """The language the locale names (`fi_FI.UTF-8` -> fi), English when it names none of ours."""
    for name in LOCALE_VARIABLES:
        code = (os.environ.get(name) or "")[:2]
        if code in LANGS:
            return code
    import locale  # the last resort (argparse has imported it already)

    code = (locale.getlocale()[0] or "")[:2]
    return code if code in LANGS else "en"


def env_lang() -> str | None:
    """`$CLIENTFIRE_LANG` as set (possibly not a language: the caller says so), None when unset or empty."""
    return os.environ.get("CLIENTFIRE_LANG") or None
