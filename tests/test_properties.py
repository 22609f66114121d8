"""Property-based tests (issue 17): generated hostile client files and knowledge edits, against their meaning.

For every generated file the reader either accepts it with exactly the values it spells, or refuses it with
one located message; never an internal error, a hang or a silent change. The hand-written validator and the
shipped `schemas/client.schema.json` agree on every generated JSON file. Knowledge that `check` passes
gives verdicts; knowledge it fails gives none. `make fuzz` runs the same properties 50,000 times in all
(tests/fuzz.py) and prints the counts; CI runs a few thousand (CLIENTFIRE_FUZZ_EXAMPLES scales them).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from clientfire.batch.inputs import RowError, read_rows, to_client
from clientfire.commands.check import check_folder
from clientfire.engine import Engine
from clientfire.engine.client import load_client
from clientfire.errors import ClientfireError
from tests.conftest import ROOT, TODAY
from tests.generators import ENGINE, Doc, client_docs, knowledge_edits

#: outcome counts of this process (printed by `make fuzz`)
STATS: Counter[str] = Counter()
FAILURES: list[str] = []
FUZZ = bool(os.environ.get("CLIENTFIRE_FUZZ"))  # count failures instead of stopping at the first
SCALE = float(os.environ.get("CLIENTFIRE_FUZZ_SCALE", "1"))
SCHEMA = Draft202012Validator(json.loads((ROOT / "schemas" / "client.schema.json").read_text(encoding="utf-8")),
                              format_checker=FormatChecker())
TINY = (ROOT / "tests" / "fixtures" / "tiny_knowledge" / "tiny.yaml").read_text(encoding="utf-8")
#: refusals about the syntax of the file, which a schema (over the data) cannot see
READER_LEVEL = ("malformed JSON", "not UTF-8", "file is")


def examples(n: int) -> settings:
    return settings(max_examples=max(1, round(n * SCALE)), deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


class Hang(Exception):
    """A read or run that did not finish in time."""


def _alarm(*_: object) -> None:
    raise Hang()


@contextlib.contextmanager
def guarded(what: Any) -> Iterator[None]:
    """Run the block with a time limit; a hang or an exception that is not ours is counted (and fails)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    try:
        yield
    except Hang:
        note("hang", repr(what))
    except AssertionError:
        raise
    except Exception as exc:  # noqa: BLE001 - the property under test
        STATS["exit 1"] += 1
        note("internal error", f"{type(exc).__name__}: {exc} <- {what!r}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def note(kind: str, what: str) -> None:
    """Count an outcome; a bad one fails the test (or, under `make fuzz`, is kept for the report)."""
    STATS[kind] += 1
    if kind in ("internal error", "hang", "silent change", "wrong refusal", "unlocated error", "schema disagrees",
                "check disagrees"):
        if not FUZZ:
            raise AssertionError(f"{kind}: {what}")
        if len(FAILURES) < 20:
            FAILURES.append(f"{kind}: {what}")


def read(doc: Doc, folder: Path) -> Any:
    """The product's reading of the file: ClientFacts, or the ClientfireError it gives."""
    name = {"yaml": "c.yaml", "json": "c.json", "jsonl": "book.jsonl", "csv": "book.csv"}[doc.fmt]
    path = folder / name
    path.write_text(doc.text, encoding="utf-8")
    try:
        if doc.fmt in ("yaml", "json"):
            return load_client(path, ENGINE.kb)
        rows = list(read_rows(path, ENGINE.kb))
        if isinstance(rows[0], RowError):
            return ClientfireError(rows[0].message, path=rows[0].where)
        return to_client(rows[0], ENGINE.kb)
    except ClientfireError as exc:
        return exc


def _same(got: Any, want: Any) -> bool:
    shown = got.isoformat() if hasattr(got, "isoformat") else got
    wanted = want.isoformat() if hasattr(want, "isoformat") else want
    return bool(shown == wanted) and isinstance(got, bool) == isinstance(want, bool)


def check_doc(doc: Doc) -> Any:
    """Read, compare with the meaning, evaluate what was accepted; count what happened."""
    STATS["inputs"] += 1
    with guarded(doc.text), tempfile.TemporaryDirectory() as tmp:
        got = read(doc, Path(tmp))
        if isinstance(got, ClientfireError):
            STATS["exit 2"] += 1
            lined = got.line or (got.path or "").rpartition(":")[2].isdigit()
            if not got.path or (doc.fmt != "csv" and not lined and not got.message.startswith("file is")):
                note("unlocated error", f"{got} <- {doc.text!r}")
            if doc.expect is not None:
                note("wrong refusal", f"{got} <- {doc.text!r}")
            return got
        values = {**got.values, "client": got.name} if "client" in (doc.expect or {}) else dict(got.values)
        if doc.expect is None or set(values) != set(doc.expect) or not all(
                _same(values[k], doc.expect[k]) for k in values):
            note("silent change", f"read {values} from {doc.text!r}, meant {doc.expect} ({doc.notes})")
        ENGINE.evaluate(got, TODAY)
        STATS["exit 0"] += 1
        return got
    return None


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv", "jsonl"])
def test_generated_client_files_mean_what_they_spell(fmt: str) -> None:
    @examples({"yaml": 800, "json": 600, "csv": 500, "jsonl": 300}[fmt])
    @given(client_docs(fmt))
    def run(doc: Doc) -> None:
        check_doc(doc)

    run()


@examples(700)
@given(client_docs("json"))
def test_the_validator_and_the_shipped_schema_agree(doc: Doc) -> None:
    got = check_doc(doc)
    if got is None or (isinstance(got, ClientfireError) and got.message.startswith(READER_LEVEL)):
        STATS["schema: reader-level"] += 1
        return
    valid = not any(True for _ in SCHEMA.iter_errors(json.loads(doc.text)))
    STATS["schema agrees"] += valid == (not isinstance(got, ClientfireError))
    if valid == isinstance(got, ClientfireError):
        note("schema disagrees", f"schema {'accepts' if valid else 'refuses'}, validator "
                                 f"{'refuses: ' + str(got) if isinstance(got, ClientfireError) else 'accepts'}: {doc.text!r}")


CLIENT = "pay:\n  late: 3\n  fee: 0.00001\n  cost: 1e-7\n  rude: false\n"


def check_knowledge(edits: dict[str, str]) -> None:
    """`check` and `verdict` agree on edited knowledge: both accept it, or check fails and verdict refuses."""
    STATS["knowledge inputs"] += 1
    text = TINY
    for old, new in edits.items():
        text = text.replace(old, new, 1)
    with guarded(edits), tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "kb"
        folder.mkdir()
        (folder / "tiny.yaml").write_text(text, encoding="utf-8")
        (Path(tmp) / "c.yaml").write_text(CLIENT, encoding="utf-8")
        checked = check_folder(folder).exit_code()
        try:
            engine = Engine(directory=folder)
            engine.evaluate(engine.load_client(Path(tmp) / "c.yaml"), TODAY)
            verdict = 0
        except ClientfireError as exc:
            verdict = exc.exit_code
            if not exc.path:
                note("unlocated error", f"{exc} <- {edits}")
        STATS[f"check {checked}, verdict {verdict}"] += 1
        if (checked == 0) != (verdict == 0) or verdict == 1:
            note("check disagrees", f"check exit {checked}, verdict exit {verdict}: {edits}")


@examples(100)
@given(knowledge_edits())
def test_check_and_verdict_agree_on_generated_knowledge(edits: dict[str, str]) -> None:
    check_knowledge(edits)


def test_the_generators_reach_both_sides() -> None:
    """The properties are only as good as their inputs: both accepted and refused files are generated."""
    seen: Counter[str] = Counter()

    @examples(150)
    @given(st.sampled_from(["yaml", "json", "csv", "jsonl"]).flatmap(client_docs))
    def run(doc: Doc) -> None:
        seen["accepted" if doc.expect is not None else "refused"] += 1
        seen["with values"] += bool(doc.expect)

    run()
    assert seen["accepted"] > 20 and seen["refused"] > 20 and seen["with values"] > 10, seen
