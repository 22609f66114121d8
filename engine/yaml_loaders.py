"""PyYAML's loaders, with clientfire's rules: aliases and duplicate keys refused, lines kept, one number rule.

The reference readers of engine/yamlio.py: the pure-Python loader reads everything and words every refusal;
the C loader (libyaml's events under PyYAML's composer) reads what libyaml reads alike. Importing this module
imports PyYAML (~8 ms), so a common client file is read by engine/yaml_fast.py instead, and only what that
leaves comes here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml

from clientfire.errors import InputError
from clientfire.messages import message, problem_message

from .located import MAX_DEPTH, LocDict, LocList
from .values import NumberTooLong, parse_number
from .yaml_fast import pure_only

__all__ = ["LOADERS", "load_yaml", "dump_yaml"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_INT, _FLOAT, _TIMESTAMP = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


_Base = yaml.SafeLoader if TYPE_CHECKING else object  # what _Rules is mixed into, as mypy sees it


class _Rules(_Base):  # type: ignore[misc,valid-type]
    """Refuse aliases and duplicate keys, keep line numbers, read numbers by one rule (mixed into both loaders)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem="YAML aliases (*name) are not allowed", problem_mark=event.start_mark
            )
        self.depth = getattr(self, "depth", 0) + 1
        try:
            if self.depth > MAX_DEPTH:
                event = self.peek_event()
                raise yaml.MarkedYAMLError(
                    problem=f"nesting deeper than {MAX_DEPTH} levels", problem_mark=event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_scalar(self, node: Any) -> Any:
        """A scalar; a surrogate pair written as escapes (`"\\ud83d\\ude00"`, as JSON writes it) is its character,
        a lone surrogate is refused (it is no character: it cannot even be printed)."""
        value = super().construct_scalar(node)
        if isinstance(value, str) and _SURROGATE.search(value):
            try:
                value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            except UnicodeDecodeError as exc:
                found = _LONE.search(value)
                char = found.group() if found else value[0]
                raise yaml.MarkedYAMLError(problem=f"a lone surrogate escape (\\u{ord(char):04x}) is not a character",
                                           problem_mark=node.start_mark) from exc
        return value

    def construct_located_mapping(self, node: yaml.MappingNode) -> LocDict:
        result = LocDict()
        result.line = node.start_mark.line + 1
        result.lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)):
                raise yaml.MarkedYAMLError(problem="keys must be plain words", problem_mark=key_node.start_mark)
            skey = str(key) if not isinstance(key, bool) else str(key).lower()
            if skey in result:
                raise yaml.MarkedYAMLError(
                    problem=f"duplicate key '{skey}' (first at line {result.lines[skey]})",
                    problem_mark=key_node.start_mark)
            result[skey] = self.construct_object(value_node, deep=True)
            result.lines[skey] = key_node.start_mark.line + 1
        return result

    def construct_number(self, node: yaml.ScalarNode) -> int | float:
        """A number by the number rule (engine/values.py), also under an explicit `!!int` or `!!float` tag."""
        text = self.construct_scalar(node)
        try:
            number = parse_number(str(text))
        except NumberTooLong as exc:
            raise yaml.MarkedYAMLError(problem=str(exc), problem_mark=node.start_mark) from exc
        if number is None:
            raise yaml.MarkedYAMLError(problem=f"'{text}' is not a number (digits, a sign, a point, an exponent)",
                                       problem_mark=node.start_mark)
        return number

    def construct_timestamp_text(self, node: yaml.ScalarNode) -> Any:
        """An explicit `!!timestamp` stays text: the validator reads dates, the same way as in JSON."""
        return self.construct_scalar(node)

    def construct_located_sequence(self, node: yaml.SequenceNode) -> LocList:
        result = LocList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.lines = [child.start_mark.line + 1 for child in node.value]
        return result


class _Loader(_Rules, yaml.SafeLoader):  # type: ignore[misc]
    """The pure-Python loader (the fallback, and the reader of every refused document)."""


def _configure(loader: Any) -> Any:
    """The number rule and the located constructors, on one loader class."""
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in pairs if tag not in (_INT, _FLOAT, _TIMESTAMP)]
        for first, pairs in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
    loader.add_implicit_resolver(_FLOAT, re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
                                 list("-+0123456789."))
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, loader.construct_located_mapping)
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, loader.construct_located_sequence)
    loader.add_constructor(_INT, loader.construct_number)
    loader.add_constructor(_FLOAT, loader.construct_number)
    loader.add_constructor(_TIMESTAMP, loader.construct_timestamp_text)
    return loader


def _c_loader() -> Any:
    """libyaml's C parser under the pure composer (which keeps the alias and depth rules), or None without libyaml."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    from yaml._yaml import CParser

    class _CLoader(_Rules, yaml.composer.Composer, yaml.constructor.SafeConstructor, yaml.resolver.Resolver, CParser):
        """The events from libyaml; nodes, rules and values as in `_Loader`."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    return _configure(_CLoader)


_configure(_Loader)
#: the loaders by name; `parse_yaml` uses "c" when libyaml is installed, else "pure"
LOADERS: dict[str, Any] = {name: loader for name, loader in (("c", _c_loader()), ("pure", _Loader)) if loader}


class _Dumper(yaml.SafeDumper):
    """A safe dumper whose plain scalars read back as the same value with `_Loader` (`1e3` as text is quoted)."""

    def represent_str(self, data: str) -> yaml.ScalarNode:
        node = super().represent_str(data)
        if node.style is None and _Loader.resolve(_Loader, yaml.ScalarNode, data, (True, False)) != _STR:  # type: ignore[arg-type]
            node.style = "'"
        return node


_Dumper.add_representer(str, _Dumper.represent_str)


def dump_yaml(data: Any) -> str:
    """YAML text that `read_document` reads back as exactly `data` (keys in the order given)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def load_yaml(text: str, shown: str, loader: str = "c") -> Any:
    """Located data from YAML text with the loader named (see LOADERS); InputError naming the line on any problem."""
    if loader != "pure" and loader in LOADERS and not pure_only(text):
        try:
            return yaml.load(text, Loader=LOADERS[loader])  # noqa: S506 - a SafeConstructor loader
        except Exception:  # noqa: BLE001 - refused (or a character libyaml reads otherwise): the pure parser's words
            pass
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: its position, not a mark
        line = text[: max(exc.position, 0)].count("\n") + 1
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        raise InputError(message("yaml.character", char=char), path=shown, line=line) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise InputError(message("yaml.problem", problem=problem_message(problem)), path=shown, line=where) from exc
    except yaml.YAMLError as exc:
        raise InputError(message("yaml.problem", problem=str(exc)), path=shown) from exc
    except (RecursionError, ValueError, OverflowError) as exc:
        raise InputError(message("yaml.problem", problem=type(exc).__name__), path=shown, line=1) from exc
