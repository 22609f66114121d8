"""YAML read on libyaml's C parser without PyYAML's Python modules: the common client file in ~1 ms of start-up.

Importing PyYAML runs its whole package (~8 ms: its pure reader compiles a large regex, its resolver a dozen);
its C extension, `yaml._yaml`, needs only the error, token, event and node classes from it. `libyaml()` loads
the extension under `_LazyYaml`, the real `yaml` package whose body runs on the first name asked of it (by
anyone, then with the extension's error classes set to PyYAML's own). `read_fast` builds located data
from the parser's events by the rules of engine/yaml_loaders.py and gives up (`Unsupported`) on anything
else: an alias, a duplicate key or anchor, nesting past MAX_DEPTH, a tag, a number the number rule refuses, a
surrogate, a second document, any parser error. The caller then reads the text with the PyYAML loaders, so
every refusal reads the same as before; tests/test_yaml_loaders.py pins that both read every case alike.
"""

from __future__ import annotations

import _thread
import re
import sys
import types
from importlib.machinery import PathFinder
from typing import Any

from .located import MAX_DEPTH, LocDict, LocList
from .values import NumberTooLong, parse_number

__all__ = ["Unsupported", "libyaml", "read_fast", "pure_only", "PURE_ONLY"]

#: the classes `yaml._yaml` reads off its package when it starts, from the modules named (`None`: stand-ins)
_FROM = {"error": ("YAMLError",), "tokens": None, "events": None, "nodes": None}
_STAND_INS = {"reader": "ReaderError", "scanner": "ScannerError", "parser": "ParserError", "composer": "ComposerError",
              "constructor": "ConstructorError", "emitter": "EmitterError", "serializer": "SerializerError",
              "representer": "RepresenterError"}
_NULLS = frozenset(("~", "null", "Null", "NULL", ""))
_BOOLS = {word: value for words, value in (("yes Yes YES true True TRUE on On ON", True),
                                           ("no No NO false False FALSE off Off OFF", False)) for word in words.split()}
_SPECIAL = frozenset(("<<", "=", "!", "&", "*"))  # merge, value and yaml tags: PyYAML's loaders refuse them
_INT = re.compile(r"^[-+]?[0-9]+$")  # engine/yaml_loaders.py's number resolvers
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: where libyaml is laxer than the pure parser (a tab, a tag, `|#`): such text goes to the pure parser alone
PURE_ONLY = re.compile(r"\t|(?:^[ ]*|[-:?][ ]+|[\[{,][ ]*|&\S*[ ]+)!|[|>][-+0-9]*#", re.MULTILINE)
_lock = _thread.RLock()
_found: list[Any] = []  # [the extension module or None], once looked for


class Unsupported(Exception):
    """Text the quick reader leaves to PyYAML's loaders (which read it, or say what is wrong with it)."""


class _LazyYaml(types.ModuleType):
    """The `yaml` package, its body run on the first attribute it lacks (then the extension's errors are its own)."""

    def __getattr__(self, name: str) -> Any:
        with _lock:
            state = self.__dict__.get("_cf_state")
            if state != "waiting":  # running its body (a name it has yet to define), or run already
                raise AttributeError(f"module 'yaml' has no attribute {name!r}")
            self.__dict__["_cf_state"] = "running"
            try:
                self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
            finally:
                self.__dict__["_cf_state"] = "ran"
            extension = sys.modules.get("yaml._yaml")
            for module, error in _STAND_INS.items():
                if extension is not None and hasattr(extension, error):
                    setattr(extension, error, getattr(getattr(self, module), error))
        return getattr(self, name)


def libyaml() -> Any:
    """libyaml's parser module (`yaml._yaml`), PyYAML's package body not run; None when libyaml is missing."""
    with _lock:
        if not _found:
            _found.append(_load())
        return _found[0]


def _load() -> Any:
    if "yaml" in sys.modules:  # PyYAML imported already: its own extension, if it has one
        return sys.modules.get("yaml._yaml")
    spec = PathFinder.find_spec("yaml")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return None
    package = _LazyYaml("yaml")
    package.__dict__.update(__spec__=spec, __loader__=spec.loader, __file__=spec.origin, __package__="yaml",
                            __path__=list(spec.submodule_search_locations), _cf_state="starting")
    sys.modules["yaml"] = package
    try:
        for name in _FROM:
            __import__(f"yaml.{name}")
        base = package.error.YAMLError
        for name, error in _STAND_INS.items():  # classes only raised until the package runs (then replaced)
            setattr(package, name, types.SimpleNamespace(**{error: type(error, (base,), {"__module__": f"yaml.{name}"})}))
        __import__("yaml._yaml")
        return sys.modules["yaml._yaml"]
    except Exception:  # noqa: BLE001 - no libyaml (or an unknown PyYAML): the PyYAML loaders read everything
        for name in [m for m in sys.modules if m == "yaml" or m.startswith("yaml.")]:
            del sys.modules[name]
        return None
    finally:
        for name in _STAND_INS:
            package.__dict__.pop(name, None)
        package.__dict__["_cf_state"] = "waiting"


def pure_only(text: str) -> bool:
    """`PURE_ONLY.search(text)`, ~100x quicker on a knowledge file (~5 ms less of a cache miss): a match lies
    within one line (none of its parts takes a newline) and needs a tab, `!` or `#`, so only such lines are searched."""
    if "\t" in text:
        return True
    if "!" not in text and "#" not in text:
        return False
    return any(("!" in line or "#" in line) and PURE_ONLY.search(line) for line in text.split("\n"))


def read_fast(text: str) -> Any:
    """The located data of one YAML document, as engine/yaml_loaders.py reads it; Unsupported where it may differ."""
    extension = libyaml()
    if extension is None:
        raise Unsupported("no libyaml")
    parser = extension.CParser(text)
    try:
        return _Events(parser, extension).document()
    except Unsupported:
        raise
    except Exception as exc:  # noqa: BLE001 - the parser's own refusal: PyYAML's loaders word it
        raise Unsupported(type(exc).__name__) from exc
    finally:
        parser.dispose()


class _Events:
    """One pass over the parser's events, building LocDict, LocList and scalars."""

    def __init__(self, parser: Any, extension: Any) -> None:
        self.get = parser.get_event
        self.kinds = extension
        self.anchors: set[str] = set()

    def document(self) -> Any:
        kinds, get = self.kinds, self.get
        get()  # the stream's start
        event = get()
        if type(event) is kinds.StreamEndEvent:
            return None
        value, _ = self.node(get(), 1)  # after the document's start
        get()  # the document's end
        if type(get()) is not kinds.StreamEndEvent:
            raise Unsupported("another document")
        return value

    def node(self, event: Any, depth: int) -> tuple[Any, int]:
        """A node's value and its line (1-based)."""
        kinds, kind = self.kinds, type(event)
        if kind is kinds.ScalarEvent:
            if event.tag is not None or depth > MAX_DEPTH:
                raise Unsupported("tag or depth")
            if event.anchor is not None:
                self.anchor(event.anchor)
            return _scalar(event.value, event.implicit[0]), event.start_mark.line + 1
        if depth > MAX_DEPTH or kind is kinds.AliasEvent or getattr(event, "tag", None) is not None:
            raise Unsupported("depth, alias or tag")
        if event.anchor is not None:
            self.anchor(event.anchor)
        line = event.start_mark.line + 1
        if kind is kinds.SequenceStartEvent:
            return self.sequence(line, depth), line
        if kind is kinds.MappingStartEvent:
            return self.mapping(line, depth), line
        raise Unsupported(kind.__name__)

    def anchor(self, name: str) -> None:
        """An anchor (allowed while no alias uses it), refused when it names a second node."""
        if name in self.anchors:
            raise Unsupported("duplicate anchor")
        self.anchors.add(name)

    def sequence(self, line: int, depth: int) -> LocList:
        items: list[Any] = []
        lines: list[int] = []
        end, get, node = self.kinds.SequenceEndEvent, self.get, self.node
        event = get()
        while type(event) is not end:
            value, at = node(event, depth + 1)
            items.append(value)
            lines.append(at)
            event = get()
        result = LocList(items)
        result.line, result.lines = line, lines
        return result

    def mapping(self, line: int, depth: int) -> LocDict:
        result, end, get, node = LocDict(), self.kinds.MappingEndEvent, self.get, self.node
        lines: dict[str, int] = {}
        result.line, result.lines = line, lines
        event = get()
        while type(event) is not end:
            key, at = node(event, depth + 1)
            if type(key) is not str:
                if not isinstance(key, (str, int, float, bool)):
                    raise Unsupported("key")
                key = str(key) if not isinstance(key, bool) else str(key).lower()
            if key in result:
                raise Unsupported("duplicate key")
            result[key] = node(get(), depth + 1)[0]
            lines[key] = at
            event = get()
        return result


def _scalar(value: str, plain: bool) -> Any:
    """A scalar as the PyYAML loaders construct it: null, bool, a number by the number rule, or text."""
    if plain:
        if value in _NULLS:
            return None
        found = _BOOLS.get(value)
        if found is not None:
            return found
        if value[:1] in "-+0123456789." and (_INT.match(value) or _FLOAT.match(value)):
            try:
                number = parse_number(value)
            except NumberTooLong as exc:
                raise Unsupported("number") from exc
            if number is None:
                raise Unsupported("number")
            return number
        if value in _SPECIAL:
            raise Unsupported("special")
    if not value.isascii() and _SURROGATE.search(value):
        raise Unsupported("surrogate")
    return value
