"""Request bodies as client facts: JSON (or YAML) checked like a client file, with the same errors."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from clientfire.engine.client import ClientFacts, client_from_mapping
from clientfire.engine.model import Knowledge
from clientfire.engine.yamlio import parse_text
from clientfire.errors import InputError
from clientfire.message_web import JSON_PROBLEMS
from clientfire.messages import Message, message

__all__ = ["client_body", "json_document", "text_of", "content_type", "JSON_TYPES", "YAML_TYPES", "LINES_TYPES", "SHOWN"]

JSON_TYPES = ("application/json",)
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml")
LINES_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-lines")
#: how the request body is named in error messages (as a client file's name is)
SHOWN = "request"


def content_type(request: Request) -> str:
    """The media type of the body, without parameters."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise InputError(message("web.duplicate_key", key=key), path=SHOWN, key=key)
        found[key] = value
    return found


def _problem(text: str) -> Message | str:
    """The JSON decoder's problem as the message that says it in any language (else as it is)."""
    code = JSON_PROBLEMS.get(text)
    return message(code) if code else text


def json_document(text: str, shown: str = SHOWN, line: int | None = None) -> Any:
    """Parse JSON strictly: duplicate keys, NaN and Infinity are errors, not values quietly taken."""
    def constant(name: str) -> Any:
        raise InputError(message("web.json_constant", name=name), path=shown, line=line)

    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise InputError(message("json.problem", problem=_problem(exc.msg), column=exc.colno), path=shown,
                         line=line or exc.lineno) from exc
    except RecursionError as exc:
        raise InputError(message("web.json_too_deep"), path=shown, line=line) from exc


def text_of(raw: bytes, shown: str, max_bytes: int | None = None) -> str:
    """Uploaded bytes as text: not too large, UTF-8, not empty (else an InputError naming `shown`)."""
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputError(message("web.too_large", size=len(raw), most=max_bytes), path=shown)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(message("web.not_utf8", position=exc.start), path=shown) from exc
    if not text.strip():
        raise InputError(message("web.empty"), path=shown)
    return text


async def client_body(request: Request, kb: Knowledge) -> ClientFacts:
    """The client facts of a JSON (or YAML) body, checked against the vocabulary (InputError otherwise)."""
    kind = content_type(request)
    if kind not in JSON_TYPES + YAML_TYPES:
        raise InputError(message("web.client_type", kind=kind or message("web.no_type")), key="content-type")
    text = text_of(await request.body(), SHOWN)
    data = json_document(text) if kind in JSON_TYPES else parse_text(text, SHOWN)
    return client_from_mapping(data, kb, SHOWN, default_name="client")
