"""Property-based robustness: malformed and adversarial knowledge, overrides and client files never raise a traceback.

Every failure must be a ClientfireError naming its file, and its line wherever the input has lines.
A few thousand generated cases in all (see the max_examples below).
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfire.cli import main
from clientfire.engine import Engine, load_knowledge
from clientfire.engine.compile import compile_knowledge
from clientfire.engine.lint import lint
from clientfire.engine.overrides import apply_overrides, load_overrides
from clientfire.engine.validate import validate
from clientfire.errors import ClientfireError
from tests.conftest import EXAMPLES, TODAY
from tests.test_lint import TINY

FAST = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: errors about a file as a whole: they have a path but no line
WHOLE_FILE = ("file is empty", "file is too large", "file is not UTF-8", "malformed YAML: RecursionError",
              "malformed JSON: nesting too deep")
ENGINE = Engine()
TINY_DATA = {name: yaml.safe_load(text) for name, text in TINY.items()}
EXAMPLE_DATA = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES if p.suffix == ".yaml"]
KEYS = ["id", "when", "then", "source", "text", "title", "type", "value", "facts", "rules", "signs", "sign",
        "degree", "thresholds", "disable", "payment", "late_invoices", "client", "notes", "formula", "article"]

scalars = (st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
           | st.sampled_from(["g.x >= 1", "payment.late_invoices > 3 or unknown", "A.one", "keep", "lonely",
                              "2026-02-30", "1e999", "ｆｕｌｌ", "\u202e", "x" * 300]))
junk = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=4),
                    max_leaves=12)


def mutate(data: Any, draw: Any, depth: int = 0) -> Any:
    """`data` with one random change somewhere: a value replaced, a key removed or a key added."""
    if isinstance(data, (dict, list)) and data and depth < 8 and draw(st.booleans()):
        keys = list(data) if isinstance(data, dict) else list(range(len(data)))
        key = draw(st.sampled_from(keys))
        copy = dict(data) if isinstance(data, dict) else list(data)
        copy[key] = mutate(data[key], draw, depth + 1)
        return copy
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete" and isinstance(data, dict) and data:
        return {k: v for k, v in data.items() if k != draw(st.sampled_from(list(data)))}
    if action == "add" and isinstance(data, dict):
        return {**data, draw(st.sampled_from(KEYS) | st.text(max_size=6)): draw(junk)}
    return draw(junk)


def dump(data: Any, as_json: bool) -> str:
    return json.dumps(data, ensure_ascii=False) if as_json else yaml.safe_dump(data, allow_unicode=True)


def located(exc: BaseException, has_lines: bool) -> None:
    """The error is ours, names its file, and its line where the file has lines."""
    assert isinstance(exc, ClientfireError), f"{type(exc).__name__}: {exc}"
    assert exc.path, f"no path: {exc}"
    if has_lines and not exc.message.startswith(WHOLE_FILE):
        assert exc.line, f"no line: {exc}"


def run_knowledge(folder: Path) -> None:
    """Load, lint, validate and compile a knowledge folder; the only exceptions allowed are located ones."""
    try:
        kb = load_knowledge(folder)
        findings = lint(kb)
        assert all(f.path for f in findings), [str(f) for f in findings if not f.path]
        if not [f for f in findings if f.level == "error"]:
            compile_knowledge(validate(kb))
    except Exception as exc:  # noqa: BLE001 - the property under test
        located(exc, has_lines=True)


def run_client(path: Path) -> None:
    try:
        ENGINE.evaluate(ENGINE.load_client(path), TODAY)
    except Exception as exc:  # noqa: BLE001
        located(exc, has_lines=bool(path.read_bytes().strip()))


@settings(FAST, max_examples=500)
@given(st.data())
def test_mutated_knowledge_files(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(TINY_DATA)))
    with tempfile.TemporaryDirectory() as tmp:
        for other, text in TINY.items():
            (Path(tmp) / other).write_text(text, encoding="utf-8")
        changed = mutate(TINY_DATA[name], data.draw)
        (Path(tmp) / name).write_text(dump(changed, False), encoding="utf-8")
        run_knowledge(Path(tmp))


@settings(FAST, max_examples=300)
@given(junk, st.booleans())
def test_random_documents_as_knowledge(document: Any, as_json: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "k.yaml").write_text(dump(document, as_json), encoding="utf-8")
        run_knowledge(Path(tmp))


@settings(FAST, max_examples=400)
@given(st.data())
def test_mutated_overrides_files(data: st.DataObject) -> None:
    start = data.draw(st.sampled_from([yaml.safe_load(TINY["signs.yaml"]), {"thresholds": {"a.b": 1}},
                                       {"disable": ["verdict.keep"]}]))
    base = load_knowledge_tiny()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "overrides.yaml"
        path.write_text(dump(mutate(start, data.draw), False), encoding="utf-8")
        try:
            kb = apply_overrides(base, load_overrides(path))
            if not [f for f in lint(kb) if f.level == "error"]:
                compile_knowledge(validate(kb))
        except Exception as exc:  # noqa: BLE001
            located(exc, has_lines=True)


_TINY_KB: list[Any] = []


def load_knowledge_tiny() -> Any:
    if not _TINY_KB:
        folder = Path(tempfile.mkdtemp())
        for name, text in TINY.items():
            (folder / name).write_text(text, encoding="utf-8")
        _TINY_KB.append(load_knowledge(folder))
    return _TINY_KB[0]


@settings(FAST, max_examples=500)
@given(st.data(), st.booleans())
def test_mutated_client_files(data: st.DataObject, as_json: bool) -> None:
    start = data.draw(st.sampled_from(EXAMPLE_DATA))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("c.json" if as_json else "c.yaml")
        path.write_text(dump(plain_dates(mutate(start, data.draw)), as_json), encoding="utf-8")
        run_client(path)


@settings(FAST, max_examples=300)
@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_random_text_as_a_client_file(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        run_client(path)


def plain_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): plain_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_dates(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


ADVERSARIAL = {
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "deep nesting": "a: " + "[" * 5000 + "]" * 5000 + "\n",
    "deep mappings": "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v: 1\n",
    "python tag": "payment: !!python/object/apply:os.system ['true']\n",
    "huge number": "payment:\n  late_invoices: 1" + "0" * 400 + "\n",
    "huge float": "payment:\n  late_invoices: 1e400\n",
    "nan": "payment:\n  late_invoices: .nan\n",
    "duplicate keys": "payment:\n  late_invoices: 1\n  late_invoices: 2\n",
    "tab indent": "payment:\n\tlate_invoices: 1\n",
    "bom": "\ufeffpayment:\n  late_invoices: 1\n",
    "unicode keys": "päyment:\n  lâte: 1\n",
    "right-to-left": "client: \u202eevil\npayment: {late_invoices: 2}\n",
    "binary tag": "client: !!binary aGVsbG8=\n",
    "set": "payment: !!set {a, b}\n",
    "timestamp": "contract:\n  end_date: 2026-11-26T10:00:00Z\n",
    "multiple documents": "payment: {late_invoices: 1}\n---\npayment: {late_invoices: 2}\n",
    "complex key": "? [a, b]\n: 1\n",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs_exit_cleanly_from_the_cli(tmp_path: Path, name: str) -> None:
    client = tmp_path / "c.yaml"
    client.write_text(ADVERSARIAL[name], encoding="utf-8")
    knowledge = tmp_path / "kb"
    knowledge.mkdir()
    (knowledge / "k.yaml").write_text(ADVERSARIAL[name], encoding="utf-8")
    for argv in (["verdict", str(client), "--today", "2026-11-26"], ["check", str(knowledge)],
                 ["check", "--overrides", str(client)], ["test", str(client)]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        assert code in (0, 1, 2), argv
        assert "internal error" not in err.getvalue() and "Traceback" not in err.getvalue(), err.getvalue()
    run_client(client)
    run_knowledge(knowledge)
