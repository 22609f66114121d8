"""The YAML readers (the quick one on libyaml's events, libyaml's C parser under PyYAML, the pure one) read alike:
one table of cases run on each (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from clientfire.engine import yaml_fast
from clientfire.engine.located import MAX_DEPTH
from clientfire.engine.yaml_fast import PURE_ONLY, Unsupported, pure_only, read_fast
from clientfire.engine.yamlio import LOADERS, READERS, parse_yaml
from clientfire.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["c", "pure"]

#: (text, value read) or (text, (error message, line))
CASES: list[tuple[str, Any]] = [
    ("a: 1\nb: [x, 2.5]\n", {"a": 1, "b": ["x", 2.5]}),
    ("a: 010\nb: 1:30\nc: 2026-11-26\nd: 0x1F\ne: .inf\n", {"a": 10, "b": "1:30", "c": "2026-11-26", "d": "0x1F", "e": ".inf"}),
    ("a: !!int 12\nb: !!timestamp 2026-01-02\n", {"a": 12, "b": "2026-01-02"}),
    ('a: "\\ud83d\\ude00"\n', {"a": "\U0001f600"}),
    ("a: yes\nb: true\n1: x\n", {"a": True, "b": True, "1": "x"}),
    ("~: 1\n", ("malformed YAML: keys must be plain words", 1)),
    ("a: 1e999999\nb: -0\nc: 1.\nd: +.5e3\n1e3: ~\nOff: ''\n",
     {"a": float("inf"), "b": 0, "c": 1.0, "d": 500.0, "1000.0": None, "false": ""}),
    ("a: &x [1]\nb: &y {c: NULL}\n", {"a": [1], "b": {"c": None}}),
    ("a: &x 1\nb: *x\n", ("malformed YAML: YAML aliases (*name) are not allowed", 2)),
    ("a: 1\nb: 2\na: 3\n", ("malformed YAML: duplicate key 'a' (first at line 1)", 3)),
    ("x: 1\n[a]: 2\n", ("malformed YAML: keys must be plain words", 2)),
    ("a: !!int 1:30\n", ("malformed YAML: '1:30' is not a number (digits, a sign, a point, an exponent)", 1)),
    ('x: 1\na: "\\ud800"\n', ("malformed YAML: a lone surrogate escape (\\ud800) is not a character", 2)),
    ("a: [1,\nb", ("malformed YAML: expected ',' or ']', but got '<stream end>'", 2)),
    ("a: 1\n b: 2\n", ("malformed YAML: mapping values are not allowed here", 2)),
    ("a: 1\nb:\n\t- 1\n", ("malformed YAML: found character '\\t' that cannot start any token", 3)),
    ("a: 1\nb: \x01\n", ("malformed YAML: character '\\x01' is not allowed", 2)),
    ("é: 1\nb: \x01\n", ("malformed YAML: character '\\x01' is not allowed", 2)),
    ("a: 'open\n\nb: 2\n", ("malformed YAML: found unexpected end of stream", 4)),
    ("- a\nb: 1\n", ("malformed YAML: expected <block end>, but found '?'", 2)),
    ("a: 1\n---\nb: 2\n", ("malformed YAML: but found another document", 2)),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n", (f"malformed YAML: nesting deeper than {MAX_DEPTH} levels", 1)),
    ("[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", "nested"),
]


def test_libyaml_is_in_the_venv() -> None:
    assert yaml.__with_libyaml__ and list(LOADERS) == NAMES


@pytest.mark.parametrize("loader", READERS)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_every_reader_reads_the_table_alike(loader: str, text: str, expected: Any) -> None:
    _check(loader, text, expected)


def _check(loader: str, text: str, expected: Any) -> None:
    if isinstance(expected, tuple):
        with pytest.raises(InputError) as caught:
            parse_yaml(text, "c.yaml", loader)
        assert (caught.value.message, caught.value.line) == expected
    elif expected == "nested":
        assert parse_yaml(text, "c.yaml", loader) is not None
    else:
        assert parse_yaml(text, "c.yaml", loader) == expected


OWN_RULES = ("alias", "duplicate key", "nesting deeper")


@pytest.mark.parametrize(("text", "expected"), [case for case in CASES
                                                 if isinstance(case[1], tuple) and any(w in case[1][0] for w in OWN_RULES)])
def test_libyaml_itself_refuses_aliases_duplicates_and_depth_on_the_same_line(text: str, expected: tuple[str, int]) -> None:
    with pytest.raises(yaml.MarkedYAMLError) as caught:  # the C loader's own refusal, before any fallback
        yaml.load(text, Loader=LOADERS["c"])  # noqa: S506 - a SafeConstructor loader
    assert (f"malformed YAML: {caught.value.problem}", caught.value.problem_mark.line + 1) == expected  # type: ignore[union-attr]


def _lines(data: Any) -> Any:
    """The value with every remembered line, to compare the loaders' located data."""
    if isinstance(data, dict):
        return [(key, getattr(data, "lines", {}).get(key), _lines(value)) for key, value in data.items()], getattr(data, "line", 0)
    if isinstance(data, list):
        return [_lines(value) for value in data], getattr(data, "lines", None)
    return data


BUNDLED = sorted(p for folder in ("knowledge", "examples", "tests/fixtures") for p in (ROOT / folder).rglob("*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_reader_reads_every_bundled_file_with_the_same_lines(path: Path) -> None:
    """The quick reader reads each itself (no fallback), as both PyYAML loaders do."""
    text = path.read_text(encoding="utf-8")
    pure = _lines(yaml.load(text, Loader=LOADERS["pure"]))  # noqa: S506
    assert _lines(yaml.load(text, Loader=LOADERS["c"])) == pure  # noqa: S506
    assert _lines(read_fast(text)) == pure


def _outcome(text: str, loader: str) -> Any:
    try:
        return "read", _lines(parse_yaml(text, "c.yaml", loader))
    except InputError as exc:
        return "refused", exc.message, exc.line


PIECES = [*"ab1.-:#&*!?|>'\"[]{},% \t\n\x01é", "- ", ": ", "\n  ", "---\n", "!!int ", "\\u"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_every_reader_reads_generated_text_alike(text: str) -> None:
    assert _outcome(text, "fast") == _outcome(text, "c") == _outcome(text, "pure")


#: what the quick reader leaves to PyYAML's loaders (each then reads it, or words the refusal, as in CASES)
LEFT = ["a: &x 1\nb: *x\n", "a: 1\na: 2\n", "[a]: 1\n", "~: 1\n", "a: 1\n---\nb: 2\n", "a: [1,\nb", "a: &x 1\nb: &x 2\n",
        "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "a: !!int 12\n", "a: ! x\n", 'a: "\\ud83d\\ude00"\n', "<<: {a: 1}\n",
        "a: =\n", "a: " + "1" * 400 + "\n"]


@pytest.mark.parametrize("text", LEFT)
def test_issue15_cold_hit_the_quick_reader_leaves_what_it_does_not_read_alike(text: str) -> None:
    with pytest.raises(Unsupported):
        read_fast(text)
    assert _outcome(text, "fast") == _outcome(text, "pure")


def test_issue15_cold_hit_without_libyaml_the_pyyaml_loaders_read_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback: no libyaml (the extension not found), every document still read, every refusal still worded."""
    monkeypatch.setattr(yaml_fast, "_found", [None])
    with pytest.raises(Unsupported):
        read_fast("a: 1\n")
    for text, expected in CASES:
        _check("fast", text, expected)


_LAZY = """
import json, sys
from clientfire.engine.yaml_fast import read_fast
read_fast("a: 1\\n")
ran = "yaml.reader" in sys.modules  # PyYAML's body not run by the quick reader
import yaml
ext = sys.modules["yaml._yaml"]
try:
    yaml.load("a: \\x01", Loader=yaml.CSafeLoader)
except yaml.reader.ReaderError as exc:  # the extension raises PyYAML's own class once its body has run
    caught = type(exc) is yaml.reader.ReaderError
print(json.dumps([ran, caught, ext.ParserError is yaml.parser.ParserError, yaml.safe_load("b: [1]"), read_fast("c: 2\\n")]))
"""


def test_issue15_cold_hit_pyyaml_loaded_after_the_quick_reader_is_pyyaml() -> None:
    """In a fresh process: the quick reader runs none of PyYAML's package; `import yaml` later gets all of it."""
    done = subprocess.run([sys.executable, "-c", _LAZY], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == [False, True, True, {"b": [1]}, {"c": 2}]


PURE_PIECES = [*"ab-:?[{,&|>+09#! \t\n\r\x85\u2028", "  ", "- ", ": ", "&a ", "|-", ">+2"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PURE_PIECES), max_size=20).map("".join))
def test_issue15_cold_hit_pure_only_is_the_regex_line_by_line(text: str) -> None:
    assert pure_only(text) == bool(PURE_ONLY.search(text))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_issue15_cold_hit_pure_only_on_every_bundled_file(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert pure_only(text) == bool(PURE_ONLY.search(text))
