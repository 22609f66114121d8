"""The query parameters of the verdict endpoints (`lang`, `today`, `record`, ...), read by hand and described for
the OpenAPI document: FastAPI's own parameter checking costs ~0.1 ms a request, a seventh of a verdict."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import Request

from clientfire.engine.model import LANGUAGES
from clientfire.errors import InputError, suggest
from clientfire.messages import message

from .deps import lang_of, settings_of

__all__ = ["lang_param", "day_param", "flag", "text_param", "parameters"]

_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")
#: name -> (schema, description) of every query parameter these endpoints take
_PARAMETERS: dict[str, tuple[dict[str, Any], str]] = {
    "lang": ({"type": "string", "enum": list(LANGUAGES)}, "language of the advice (default: Accept-Language, then en)"),
    "today": ({"type": "string", "format": "date"}, "evaluate as of this date (default: the server's --today, else today)"),
    "record": ({"type": "boolean", "default": True}, "record the verdict in the audit log (its id is `decision_id`)"),
    "explain": ({"type": "boolean", "default": False}, "add `how`: the derivation of the verdict"),
    "why_not": ({"type": "string", "default": "all"}, "a verdict id, `all` (every verdict not given) or empty"),
    "what_if": ({"type": "boolean", "default": False}, "search the smallest changes that give another verdict"),
}


def parameters(*names: str) -> list[dict[str, Any]]:
    """The OpenAPI description of these query parameters."""
    return [{"name": n, "in": "query", "required": False, "schema": _PARAMETERS[n][0], "description": _PARAMETERS[n][1]}
            for n in names]


def lang_param(request: Request) -> str:
    """`?lang=`, else the request's language (an unknown one is an error, not English)."""
    chosen = request.query_params.get("lang")
    if chosen is None:
        return lang_of(request)
    if chosen not in LANGUAGES:
        raise InputError(message("web.lang_unknown", raw=chosen, choices=", ".join(LANGUAGES)), key="lang",
                         suggestion=suggest(chosen, LANGUAGES))
    return chosen


def day_param(request: Request) -> dt.date:
    """`?today=YYYY-MM-DD`, else the server's `--today`, else today."""
    chosen = request.query_params.get("today") or settings_of(request).today
    if not chosen:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(chosen)
    except ValueError as exc:
        raise InputError(message("web.today", raw=chosen), key="today") from exc


def flag(request: Request, name: str) -> bool:
    """A yes/no parameter: true/false (1/0, yes/no, on/off); its default when absent."""
    raw = request.query_params.get(name)
    if raw is None:
        return bool(_PARAMETERS[name][0]["default"])
    if raw.lower() in _TRUE + _FALSE:
        return raw.lower() in _TRUE
    raise InputError(message("web.flag", name=name, raw=raw), key=name)


def text_param(request: Request, name: str) -> str:
    """A text parameter, or its default."""
    return request.query_params.get(name, str(_PARAMETERS[name][0]["default"]))
