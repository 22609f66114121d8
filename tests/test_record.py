"""clientfire/record.py: a frozen record behaves as the frozen dataclass it replaced (issue 15, cold start)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest

from clientfire.engine.model import FactDef, Item, Loc, Sign
from clientfire.record import FrozenRecordError, Record, field, fields, replace


class _Point(Record):
    x: int
    y: int = 0
    tags: dict[str, int] = field(default_factory=dict)


class _Point3(_Point):
    z: int = 0


@dataclasses.dataclass(frozen=True)
class _DataPoint:
    x: int
    y: int = 0
    tags: dict[str, int] = dataclasses.field(default_factory=dict)


_SAME = [  # (what, a check run on the record class and on the dataclass: the same answer)
    ("positional", lambda c: c(1, 2).y),
    ("keyword", lambda c: c(x=1, y=3).y),
    ("default", lambda c: c(1).y),
    ("equal by value", lambda c: c(1, 2) == c(1, 2)),
    ("unequal", lambda c: c(1, 2) == c(1, 3)),
    ("not equal to a tuple", lambda c: c(1, 2) == (1, 2, {})),
    ("made default fresh", lambda c: c(1).tags is not c(1).tags),
    ("no class attribute for a made default", lambda c: hasattr(c, "tags")),
    ("class default", lambda c: c.y),
    ("hash by value", lambda c: hash(c(1, 2, ())) == hash(c(1, 2, ())) != hash(c(1, 3, ()))),
    ("unhashable with a dict", lambda c: _raises(lambda: hash(c(1, 2)), TypeError)),
    ("too many arguments", lambda c: _raises(lambda: c(1, 2, {}, 4), TypeError)),
    ("missing argument", lambda c: _raises(lambda: c(), TypeError)),
    ("unknown keyword", lambda c: _raises(lambda: c(1, w=2), TypeError)),
    ("assignment refused", lambda c: _raises(lambda: setattr(c(1), "x", 2), AttributeError)),
    ("new attribute refused", lambda c: _raises(lambda: setattr(c(1), "w", 2), AttributeError)),
    ("deletion refused", lambda c: _raises(lambda: delattr(c(1), "x"), AttributeError)),
    ("pickled and back", lambda c: pickle.loads(pickle.dumps(c(1, 2, {"a": 1}))) == c(1, 2, {"a": 1})),
    ("copied", lambda c: copy.copy(c(1, 2)) == c(1, 2)),
    ("replaced", lambda c: _replace(c)(c(1, 2), y=5) == c(1, 5)),
    ("replace refuses an unknown field", lambda c: _raises(lambda: _replace(c)(c(1), w=1), TypeError)),
]


def _raises(call: Any, kind: type[Exception]) -> bool:
    try:
        call()
    except kind:
        return True
    return False


def _replace(c: Any) -> Any:
    return replace if issubclass(c, Record) else dataclasses.replace


@pytest.mark.parametrize(("what", "check"), _SAME, ids=[row[0] for row in _SAME])
def test_a_record_does_what_the_frozen_dataclass_did(what: str, check: Any) -> None:
    assert check(_Point) == check(_DataPoint), what


def test_repr_and_fields_are_the_dataclass_ones() -> None:
    assert repr(_Point(1, 2)) == repr(_DataPoint(1, 2)).replace("_DataPoint", "_Point")
    assert fields(_Point) == tuple(f.name for f in dataclasses.fields(_DataPoint)) == ("x", "y", "tags")


def test_a_subclass_adds_its_fields_after_the_inherited_ones() -> None:
    point = _Point3(1, 2, {}, 3)
    assert (fields(point), point.z, point == _Point3(1, 2, {}, 3), point == _Point(1, 2, {})) == (
        ("x", "y", "tags", "z"), 3, True, False)
    assert _raises(lambda: setattr(point, "z", 1), FrozenRecordError)


def test_a_field_without_a_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="non-default field 'b'"):
        type("Bad", (Record,), {"__annotations__": {"a": "int", "b": "int"}, "a": 1})


def test_model_records_keep_their_equality_and_immutability() -> None:
    loc = Loc("facts.yaml", 3)
    fact = FactDef("a.b", "count", {"en": "A"}, loc)
    assert (loc == Loc("facts.yaml", 3), hash(loc) == hash(Loc("facts.yaml", 3)), str(loc)) == (True, True, "facts.yaml:3")
    assert (fact.question, fact.unit, replace(fact, unit="h").unit, fact.unit) == ({}, None, "h", None)
    sign = Sign("sign", "s", {}, {"en": "t"}, ("A.1",), loc, degree_texts={"mild": {"en": "m"}})
    assert (sign.text_for("mild"), sign.text_for("serious"), sign == Item("sign", "s", {}, {"en": "t"}, ("A.1",), loc)) == (
        {"en": "m"}, {"en": "t"}, False)
    with pytest.raises(FrozenRecordError):
        loc.line = 4  # type: ignore[misc]
