"""The clientfire engine: load -> validate -> compile -> run (durable_rules) -> result.

The names below are imported on first use (a knowledge cache hit imports neither the loader nor the validator).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .validate import validate  # at once: the name is its module's too, which a later import would bind here

if TYPE_CHECKING:
    from .client import ClientFacts, client_from_mapping, load_client
    from .compile import Compiled, compile_knowledge
    from .load import bundled_dir, load_knowledge
    from .model import Knowledge
    from .result import Result
    from .run import Engine

_WHERE = {"ClientFacts": "client", "client_from_mapping": "client", "load_client": "client", "Compiled": "compile",
          "compile_knowledge": "compile", "bundled_dir": "folder", "load_knowledge": "load", "Knowledge": "model",
          "Result": "result", "Engine": "run"}

__all__ = [
    "ClientFacts",
    "Compiled",
    "Engine",
    "Knowledge",
    "Result",
    "bundled_dir",
    "client_from_mapping",
    "compile_knowledge",
    "load_client",
    "load_knowledge",
    "validate",
]


def __getattr__(name: str) -> Any:
    """One of the names above, from its module (imported then)."""
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
