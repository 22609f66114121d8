"""The clientfire engine: load -> validate -> compile -> run (durable_rules) -> result."""

from .client import ClientFacts, client_from_mapping, load_client
from .compile import Compiled, compile_knowledge
from .load import bundled_dir, load_knowledge
from .model import Knowledge
from .result import Result
from .run import Engine
from .validate import validate

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
