"""Frozen value records, as `@dataclass(frozen=True)` makes them, for the classes every command loads.

A subclass of `Record` lists its fields as annotations (defaults and `field(default_factory=...)` as in a
dataclass) and gets what a frozen dataclass gets: an `__init__` by position or keyword, equality and a hash
by value (same class only), a repr, and no assignment after `__init__`. `replace` is `dataclasses.replace`.

Why not dataclasses: importing them (and inspect) and building ~25 classes costs ~12 ms of every start. Here
a class costs a few microseconds; its `__init__` is compiled on the first call, so a knowledge cache hit
(which unpickles its records, no `__init__` run) compiles none.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

__all__ = ["Record", "FrozenRecordError", "field", "fields", "replace"]

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_: Any) -> Any:
        """At run time a no-op: the decorator only tells type checkers that subclasses work as dataclasses."""
        return lambda cls: cls

R = TypeVar("R", bound="Record")
_NO_DEFAULT = object()


class FrozenRecordError(AttributeError):
    """An attempt to assign or delete a field of a record (as dataclasses' FrozenInstanceError)."""


class _Factory:
    """A field's default made afresh for every record: `field(default_factory=dict)`."""

    __slots__ = ("make",)

    def __init__(self, make: Any) -> None:
        self.make = make


def field(*, default_factory: Any) -> Any:
    """A default made by calling `default_factory` for each new record (as dataclasses.field)."""
    return _Factory(default_factory)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Record:
    """The base of a frozen record: fields from the class's annotations (see the module's docstring)."""

    __fields__: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    _key: ClassVar[Any] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults = dict(cls._defaults)
        names = list(cls.__fields__)
        for name, kind in cls.__dict__.get("__annotations__", {}).items():
            if str(kind).startswith(("ClassVar", "typing.ClassVar")):
                continue
            names += [] if name in names else [name]
            default = cls.__dict__.get(name, _NO_DEFAULT)
            if isinstance(default, _Factory):
                delattr(cls, name)  # as in a dataclass: no class attribute for a made default
            defaults.pop(name, None)
            if default is not _NO_DEFAULT:
                defaults[name] = default
        required = [name for name in names if name not in defaults]
        if required and names.index(required[-1]) >= len(required):
            raise TypeError(f"{cls.__name__}: non-default field {required[-1]!r} follows a default one")
        cls.__fields__, cls._defaults = tuple(names), defaults
        cls._key = attrgetter(*names) if len(names) != 1 else (lambda record, _get=attrgetter(names[0]): (_get(record),))
        if "__init__" not in cls.__dict__:
            cls.__init__ = _first_init(cls)  # type: ignore[method-assign]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._key(self) == self._key(other))

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__fields__)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")


def _first_init(cls: type[Record]) -> Any:
    """An `__init__` that compiles the class's own on its first call, puts it in its place and runs it."""

    def __init__(self: Record, *args: Any, **kwargs: Any) -> None:
        made = _compiled_init(cls)
        type.__setattr__(cls, "__init__", made)
        made(self, *args, **kwargs)

    return __init__


def _compiled_init(cls: type[Record]) -> Any:
    """The class's `__init__`, as dataclasses writes it: each field set in the instance's dictionary."""
    params, lines = ["self"], []
    scope: dict[str, Any] = {"_NO_DEFAULT": _NO_DEFAULT}
    for name in cls.__fields__:
        default = cls._defaults.get(name, _NO_DEFAULT)
        if isinstance(default, _Factory):
            scope[f"_make_{name}"] = default.make
            params.append(f"{name}=_NO_DEFAULT")
            lines.append(f"    _d[{name!r}] = _make_{name}() if {name} is _NO_DEFAULT else {name}")
        else:
            if default is not _NO_DEFAULT:
                scope[f"_default_{name}"] = default
            params.append(name if default is _NO_DEFAULT else f"{name}=_default_{name}")
            lines.append(f"    _d[{name!r}] = {name}")
    source = f"def __init__({', '.join(params)}):\n    _d = self.__dict__\n" + "\n".join(lines) + "\n"
    exec(source, scope)  # noqa: S102 - our own text, from the class's field names
    made = scope["__init__"]
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    return made


def fields(record: Record | type[Record]) -> tuple[str, ...]:
    """The field names of a record (or record class), in order."""
    return record.__fields__


def replace(record: R, /, **changes: Any) -> R:
    """A new record like `record` with some fields changed (as dataclasses.replace)."""
    unknown = set(changes) - set(record.__fields__)
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    values = {name: changes[name] if name in changes else getattr(record, name) for name in record.__fields__}
    return type(record)(**values)
