"""Hypothesis strategies for hostile client files (YAML, JSON, CSV rows, JSON Lines) and knowledge edits, each
with what it means: the oracle of tests/test_properties.py and `make fuzz` (tests/fuzz.py).

A value is drawn as a *meaning* (90, 12.5, a date, true, unknown, or BAD) and a *spelling* in one format.
Good spellings are made from the meaning (`90`, `+90`, `9e1`, `90.0`), bad ones come from a hand-made list
(`1:30`, `٩٠`, `0x5A`, `1_0_0`, `.inf`, ...), so the oracle never asks the code under test what a text means.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from clientfire.engine import Engine
from clientfire.engine.model import FactDef

__all__ = ["BAD", "UNKNOWN", "Doc", "client_docs", "ENGINE", "INPUTS", "knowledge_edits", "json_number"]

ENGINE = Engine()
INPUTS = sorted((f for f in ENGINE.kb.facts.values() if f.formula is None and f.id != "client"), key=lambda f: f.id)
BAD = object()  # the spelling means no valid value: the file must be refused
UNKNOWN = object()  # written down as unknown
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\Z")
_YAML_PRINTABLE = re.compile("[\t\n\r -~\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MAX = 1e12

BAD_NUMBERS = ["1:30", "1:30.5", "0x1F", "0o17", "0b101", "1_000", "1_0_0", "٩٠", "９０", "١٢", "inf", "-inf", "nan",
               ".inf", "-.inf", ".nan", "Infinity", "NaN", "1,5", "1.5.5", "e3", "1e", "--5", "5-", "½", "ten",
               "5 5", "1e999", "-1e999", "1" * 101, "0." + "0" * 99 + "1", "40%%", "%40", "4e1%", "12 %%"]
BAD_BOOLS = ["maybe", "t", "vrai", "ya", "kyllä", "2", "yes please"]
BAD_DATES = ["20270331", "2027-W13-3", "2027-3-31", "2027-02-30", "2026-11-26T10:00:00Z", "2026-11-26 10:00",
             "31.03.2027", "٢٠٢٧-٠٣-٣١", "2027-13-01", "next spring", "2027-03-31x"]
YAML_TRUE, YAML_FALSE = ["true", "True", "TRUE", "yes", "Yes", "on", "ON"], ["false", "False", "no", "NO", "off"]
CSV_TRUE, CSV_FALSE = ["true", "yes", "y", "1", "TRUE", "Yes", "Y"], ["false", "no", "n", "0", "FALSE", "No"]


def json_number(spelling: str) -> bool:
    """The spelling is a number in JSON's own grammar (RFC 8259), written independently of engine/jsonio.py."""
    return bool(_JSON_NUMBER.match(spelling))


def in_range(fact: FactDef, value: Any) -> bool:
    """What the documentation promises a fact accepts (README, `clientfire facts`)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or abs(value) == float("inf"):
        return False
    if fact.type in ("count", "scale") and not float(value).is_integer():
        return False
    high = {"percent": 100, "scale": 10}.get(fact.type, MAX)
    return 0 <= value <= high


@st.composite
def number_spelling(draw: Any, fact: FactDef, decimal: str = ".") -> tuple[Any, str]:
    """(meaning, spelling) of a numeric fact: a good spelling of some number, or a bad one."""
    if draw(st.integers(0, 5)) == 0:  # in a semicolon file `1,5` is one and a half
        return BAD, draw(st.sampled_from([b for b in BAD_NUMBERS if decimal == "." or b != "1,5"]))
    value = draw(st.sampled_from([0, 1, 3, 10, 11, 90, 100, 101, -1, -5, 10**12, 10**12 + 1, 10**13])
                 | st.integers(-3, 10**6) | st.sampled_from([0.5, 2.5, 1e-05, 1e-07, 1e-300, 99.9, 100.0, 100.5,
                                                             -0.5, 1.5e12, 0.1, 12.25, 1500.0])
                 | st.floats(0, 1e13, allow_nan=False))
    if isinstance(value, int):
        forms = [str(value), f"{value}.0", f"{value}e0", f"{value}E0"] + (
            [f"+{value}", f"0{value}", f"{value}."] if value >= 0 else [])
        if value and value % 10 == 0:
            forms.append(f"{value // 10}e1")
    else:
        forms = [repr(value), f"{value:e}".replace("e+", "e")] if repr(value) != "0.0" else ["0.0"]
        forms = [f for f in forms if float(f) == value]
    spelling = draw(st.sampled_from(forms))
    if fact.type == "percent" and draw(st.booleans()) and re.fullmatch(r"(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?)", spelling):
        spelling += draw(st.sampled_from(["%", " %"]))
    if decimal != ".":
        if "." in spelling and draw(st.integers(0, 3)) == 0:
            return BAD, spelling  # a point in a semicolon file: refused, never guessed
        spelling = spelling.replace(".", decimal)
    return (value if in_range(fact, value) and "e999" not in spelling else BAD), spelling


@st.composite
def value_spelling(draw: Any, fact: FactDef, fmt: str, decimal: str = ".") -> tuple[Any, str, bool]:
    """(meaning, spelling, raw): `raw` spellings go in unquoted (YAML plain scalar, JSON token, CSV cell)."""
    if draw(st.integers(0, 12)) == 0:
        return UNKNOWN, {"yaml": "~", "json": "null", "csv": ""}[fmt], True
    kind = fact.type
    if kind == "bool":
        value = draw(st.booleans())
        if draw(st.integers(0, 4)) == 0:
            return BAD, draw(st.sampled_from(BAD_BOOLS)), fmt != "json"
        words = {"yaml": (YAML_TRUE, YAML_FALSE), "csv": (CSV_TRUE, CSV_FALSE),
                 "json": (["true"], ["false"])}[fmt][0 if value else 1]
        return value, draw(st.sampled_from(words)), True
    if kind == "date":
        if draw(st.integers(0, 3)) == 0:
            return BAD, draw(st.sampled_from(BAD_DATES)), False
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2200, 12, 31)))
        return day, day.isoformat(), fmt == "csv" or (fmt == "yaml" and draw(st.booleans()))
    meaning, spelling = draw(number_spelling(fact, decimal))
    if fmt == "json" and not json_number(spelling):
        percent = re.fullmatch(r"(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?) ?%", spelling) and kind == "percent"
        return (meaning if percent else BAD), spelling, False  # a JSON string: a number only as a percentage
    if fmt == "yaml" and draw(st.integers(0, 9)) == 0:
        percent = spelling.endswith("%") and kind == "percent"
        return (meaning if percent else BAD), spelling, False  # quoted: text, not a number
    return meaning, spelling, True


def yaml_quoted(text: str) -> str:
    """A YAML double-quoted scalar for any text (escapes for what YAML refuses raw), written here, not by PyYAML."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char in "\t\n\r\x85\u2028\u2029" or not _YAML_PRINTABLE.match(char):  # YAML folds line breaks
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


@dataclass
class Doc:
    """One generated client file: its text, and what reading it must give (None: it must be refused)."""

    fmt: str  # yaml | json | jsonl | csv
    text: str
    expect: dict[str, Any] | None
    name: str | None = None  # the client's name as written (None: not given)
    delimiter: str = ","
    notes: list[str] = field(default_factory=list)  # why the oracle expects what it does


names = st.text(max_size=12) | st.sampled_from(["\x1b[2J", "=HYPERLINK(\"x\")", "-2+3", "a\rb", "\u202eevil",
                                                   "<script>", "😀", "\ud83d", "", " padded "])


@st.composite
def client_docs(draw: Any, fmt: str) -> Doc:
    """A client file (or one CSV/JSON Lines row) of 0-6 facts with hostile spellings, and its meaning."""
    facts = draw(st.lists(st.sampled_from(INPUTS), max_size=6, unique_by=lambda f: f.id))
    name = draw(names) if draw(st.booleans()) else None
    columns = len(facts) + (name is not None)
    # a header of one column shows no delimiter: such a file is comma-separated
    delimiter = draw(st.sampled_from([",", ";"])) if fmt == "csv" and columns > 1 else ","
    decimal = "," if delimiter == ";" else "."
    spelled = [(fact, *draw(value_spelling(fact, "csv" if fmt == "csv" else "json" if fmt == "jsonl" else fmt,
                                           decimal))) for fact in facts]
    if fmt == "csv" and name is not None:  # a name over lines holding the delimiter may read as swallowed rows:
        name = name.replace("\ud83d", "?")  # that rule has its cases in tests/hostile.py, not here
        if re.search("[\r\n]", name):
            name = name.replace(delimiter, " ")
    expect: dict[str, Any] | None = {}
    doc = Doc(fmt, "", None, name, delimiter)
    for fact, meaning, _, _ in spelled:
        if meaning is BAD:
            expect = None
            doc.notes.append(f"{fact.id}: bad spelling")
        elif expect is not None and meaning is not UNKNOWN:
            expect[fact.id] = meaning
    if name is not None and any(0xD800 <= ord(c) <= 0xDFFF for c in name) and fmt != "csv":
        expect, doc.notes = None, doc.notes + ["lone surrogate in the name"]
    twice = fmt != "csv" and spelled and draw(st.integers(0, 9)) == 0
    if twice:
        expect, doc.notes = None, doc.notes + ["a fact given twice"]
    if fmt == "csv":
        expect = _csv_expect(expect, doc, name, [s for _, _, s, _ in spelled])
    doc.text = _render(fmt, spelled, name, delimiter, bool(twice), draw(st.booleans()))
    if expect is not None and name is not None:
        shown = name.strip() if fmt == "csv" else name
        if shown:
            expect["client"] = shown
    if expect is not None and fmt == "csv" and name is None and not spelled:
        expect["client"] = "x"  # the row written for an empty client
    doc.expect = expect
    return doc


def _csv_expect(expect: dict[str, Any] | None, doc: Doc, name: str | None, cells: list[str]) -> dict[str, Any] | None:
    """What the CSV rules add: a row of empty cells is no row."""
    text = [name or ""] + cells if name is not None else cells
    if (name is not None or cells) and not any(c.strip() for c in text):
        doc.notes.append("a blank row: no client rows")
        return None
    return expect


def _render(fmt: str, spelled: list[tuple[FactDef, Any, str, bool]], name: str | None, delimiter: str,
            twice: bool, dotted: bool) -> str:
    if fmt == "csv":
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter)  # \r\n endings: cells holding \r or \n get quoted
        header = (["client"] if name is not None else []) + [f.id for f, *_ in spelled]
        writer.writerow(header or ["client"])
        cells = ([name.replace("\ud83d", "?")] if name is not None else []) + [s for _, _, s, _ in spelled]
        writer.writerow(cells or ["x"])
        return out.getvalue()
    if fmt in ("json", "jsonl"):
        parts = [f'"client": {json.dumps(name)}'] if name is not None else []
        groups: dict[str, list[str]] = {}
        for fact, _, spelling, raw in spelled:
            token = spelling if raw else json.dumps(spelling, ensure_ascii=False)
            if dotted:
                parts.append(f"{json.dumps(fact.id)}: {token}")
            else:
                group, key = fact.id.split(".", 1)
                groups.setdefault(group, []).append(f"{json.dumps(key)}: {token}")
        parts += [f'{json.dumps(g)}: {{{", ".join(items)}}}' for g, items in groups.items()]
        if twice:
            fact, _, spelling, raw = spelled[0]
            group, key = fact.id.split(".", 1)
            parts.append(f'"{fact.id}": null' if not dotted else f'"{group}": {{"{key}": null}}')
        sep = ", " if fmt == "jsonl" else ",\n  "
        return "{" + sep.join(parts) + "}" + "\n"
    lines = [f"client: {yaml_quoted(name)}"] if name is not None else []
    by_group: dict[str, list[str]] = {}
    for fact, _, spelling, raw in spelled:
        shown = spelling if raw else yaml_quoted(spelling)
        if dotted:
            lines.append(f"{fact.id}: {shown}")
        else:
            group, key = fact.id.split(".", 1)
            by_group.setdefault(group, []).append(f"  {key}: {shown}")
    for group, items in by_group.items():
        lines += [f"{group}:"] + items
    if twice:
        fact = spelled[0][0]
        group, key = fact.id.split(".", 1)
        lines += [f"{fact.id}: ~"] if not dotted else [f"{group}:", f"  {key}: ~"]
    return "\n".join(lines) + "\n" if lines else "{}\n"


THRESHOLD_SPELLINGS = ["2", "0", "3.5", "0.00001", "1e-5", "-5", "-0.5", ".nan", ".inf", "-.inf", "1e400", "1:30",
                       "010", "1_000", "٣", "1e15", "1e16", "1" + "0" * 200, "'3'", "true", "~", "[1]", "100", "150"]
FORMULAS = ["pay.fee - pay.cost", "pay.fee * 0.00001", "pay.fee / pay.cost", "pay.fee / 0", "days_until(pay.late)",
            "days_until(pay.fee + 1)", "pay.fee - pay.rude", "pay.fee ** 2", "max(pay.fee)", "pay.fee +",
            "(" * 300 + "pay.fee" + ")" * 300, "-" * 400 + "pay.fee", " + ".join(["pay.fee"] * 20_000),
            "pay.fee * 1e300 * 1e300", "pay.fee - pay.nothing", "__import__('os')", "pay.fee if 1 else 2",
            "1e400 - pay.fee", "pay.late * pay.late * pay.late * pay.late"]
CONDITIONS = ["pay.late >= tiny.min_late", "pay.late >= ٣", "pay.late >= 1e400", "pay.late >= -1", "pay.late > 1:30",
              "pay.late >= 0.00001", "pay.margin < -0.00001", "pay.margin < 1e-300", "pay.rude == true",
              "pay.rude >= 1", "pay.late == pay.rude", "pay.fee > pay.cost", "pay.late >= " + "9" * 500,
              "pay.late >> 3", "pay.late >= tiny.nothing or unknown", "sign: late", "pay.late != 0 or unknown"]


@st.composite
def knowledge_edits(draw: Any) -> dict[str, str]:
    """Edits of tests/fixtures/tiny_knowledge/tiny.yaml: a threshold, the derived fact's formula, one condition
    (each left as it is half of the time)."""
    edits = {"value: 2\n": f"value: {draw(st.sampled_from(THRESHOLD_SPELLINGS))}\n",
             'formula: "pay.fee - pay.cost"': "formula: " + json.dumps(draw(st.sampled_from(FORMULAS))),
             "      - pay.margin < 0\n": f"      - {json.dumps(draw(st.sampled_from(CONDITIONS)))}\n"}
    return {old: new for old, new in edits.items() if draw(st.booleans())}
