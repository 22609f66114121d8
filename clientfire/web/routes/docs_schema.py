"""Pieces of the OpenAPI document: request bodies, the result's schema and the answers each route documents."""

from __future__ import annotations

from typing import Any

from ..replies import ERROR_SCHEMA

__all__ = ["CLIENT_BODY", "LINES_BODY", "answers", "result_schema", "CLIENT_REF", "RESULT_KEYS", "object_of"]

Json = dict[str, Any]
#: filled in from the knowledge in use when the document is generated (app.openapi)
CLIENT_REF = {"$ref": "#/components/schemas/ClientFile"}
CLIENT_BODY: Json = {"requestBody": {"required": True, "description": "The client's facts, as a client file holds them",
                                     "content": {"application/json": {"schema": CLIENT_REF},
                                                 "application/yaml": {"schema": {"type": "string"}}}}}
LINES_BODY: Json = {"requestBody": {"required": True, "description": "One client (a JSON object) per line",
                                    "content": {"application/x-ndjson": {"schema": {"type": "string"}}}}}
RESULT_KEYS = ("client", "verdict", "verdict_text", "strength", "strength_text", "signs", "remedies", "guidance",
               "prevention", "fired_rules", "unknown_facts", "knowledge_version", "facts", "derived_facts", "date",
               "lang")
_ARRAYS = ("signs", "remedies", "guidance", "prevention", "fired_rules", "unknown_facts")


def object_of(required: tuple[str, ...], **properties: Json) -> Json:
    """An object schema with these keys required (more may come)."""
    return {"type": "object", "required": list(required), "properties": properties}


def result_schema(decision: bool = False, how: bool = False) -> Json:
    """The result of `verdict --format json` (and `decision_id`, `how`)."""
    props: dict[str, Json] = {k: {"type": "array"} if k in _ARRAYS else {"type": "string"} for k in RESULT_KEYS}
    props.update(facts={"type": "object"}, derived_facts={"type": "object"})
    keys: tuple[str, ...] = RESULT_KEYS
    if decision:
        props["decision_id"] = {"type": ["integer", "null"], "description": "the audit record's id"}
        keys += ("decision_id",)
    if how:
        props["how"] = {"type": "object"}
        keys += ("how",)
    return object_of(keys, **props)


def _error(description: str) -> Json:
    return {"description": description, "content": {"application/json": {"schema": ERROR_SCHEMA}}}


def answers(ok: Json | None, *, stream: bool = False, found: bool = False, body: bool = True) -> dict[int | str, Any]:
    """The documented answers: 200 (JSON `ok`, or JSON Lines), and the errors the route can give."""
    media = "application/x-ndjson" if stream else "application/json"
    result: dict[int | str, Any] = {200: {"description": "OK", "content": {media: {"schema": ok or {"type": "string"}}}}}
    result[422] = _error("Bad input: the error the command line prints, as data")
    if body:
        result[413] = _error("The request body is too large")
    if found:
        result[404] = _error("No such audit record")
    result[503] = _error("The audit log cannot be used (locked, read-only, corrupt)")
    return result
