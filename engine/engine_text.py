"""The JSON text durable_rules reads and hands back: encoding facts, the fields rules name, engine bookkeeping."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["engine_json", "plain", "names_in", "open_json", "without_bookkeeping"]

Json = dict[str, Any]


_ENCODER = json.JSONEncoder(allow_nan=False)  # json.dumps(value, allow_nan=False) without making one per call


def engine_json(value: Any) -> str:
    """`value` as JSON that durable_rules reads: json.dumps' text, except that a float written with an exponent
    but no point (`1e-05`, `1e+16`: durable_rules refuses them, error 204) gets one (`1.0e-05`); NaN and
    infinity (error 202) raise ValueError (validation refuses them before they get here)."""
    if plain(value):  # the common case: one C-encoder call gives the same text
        return _ENCODER.encode(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {engine_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(engine_json(v) for v in value) + "]"
    if isinstance(value, float):
        text = json.dumps(value, allow_nan=False)
        return text.replace("e", ".0e", 1) if "e" in text and "." not in text else text
    return json.dumps(value)


_SCALARS = frozenset({str, int, bool, type(None)})  # json.dumps writes these exactly as engine_json does


def plain(value: Any) -> bool:
    """True when json.dumps writes `value` as engine_json would: str keys only, no float needing a point."""
    kind = type(value)
    if kind is float:
        if 1e-4 <= abs(value) < 1e16 or value == 0 or value != value:  # repr writes these without an exponent
            return True
        text = float.__repr__(value)
        return "e" not in text or "." in text
    if kind is dict:  # a fact: mostly scalars, checked here without a call each
        for key, item in value.items():
            if type(key) is not str or (type(item) not in _SCALARS and not plain(item)):  # a float: plain() above
                return False
        return True
    if kind is list or kind is tuple:
        return all(type(v) in _SCALARS or plain(v) for v in value)
    return kind in _SCALARS


def names_in(node: Any) -> set[str]:
    """Every dict key and string value in a rule definition: a superset of the fact fields it tests."""
    if isinstance(node, dict):
        return set(node).union(*(names_in(v) for v in node.values()))
    if isinstance(node, (list, tuple)):
        return set().union(*(names_in(v) for v in node))
    return {node} if isinstance(node, str) else set()


def open_json(fact: Json) -> str:
    """`fact` as JSON without its closing brace, ready for the session id to be appended."""
    text = engine_json(fact)
    return text[:-1] + ", " if len(text) > 2 else "{"


def without_bookkeeping(fact: Any) -> Json:
    """A fact without the engine's session id (and ids it made up)."""
    found = dict(fact)
    found.pop("sid", None)
    if "id" in found and str(found["id"]).startswith("sid-"):
        del found["id"]
    return found
