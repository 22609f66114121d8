"""The YAML and JSON readers (engine/yamlio.py, engine/jsonio.py) and the file checks (engine/files.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from clientfire.engine import files
from clientfire.engine.files import list_folder, read_regular, shown_name
from clientfire.engine.jsonio import parse_json
from clientfire.engine.located import MAX_DEPTH
from clientfire.engine.yamlio import read_document
from clientfire.errors import InputError


def read(tmp_path: Path, name: str, content: str | bytes) -> object:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_document(path, max_bytes=200_000, label=name)


def refused(tmp_path: Path, name: str, content: str | bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read(tmp_path, name, content)
    return caught.value


YAML_VALUES = [
    ("1:30", "1:30"), ("010", 10), ("0o17", "0o17"), ("0x1F", "0x1F"), ("1_000", "1_000"), (".inf", ".inf"),
    (".nan", ".nan"), ("1e3", 1000.0), ("1.5e3", 1500.0), ("+5", 5), ("-0.25", -0.25), (".5", 0.5),
    ("2027-03-31", "2027-03-31"), ("2026-11-26T10:00:00Z", "2026-11-26T10:00:00Z"), ("yes", True), ("~", None),
    ("40%", "40%"), ("٩٠", "٩٠"), ("!!timestamp 2027-03-31", "2027-03-31"),
]


@pytest.mark.parametrize(("text", "value"), YAML_VALUES, ids=[v[0] for v in YAML_VALUES])
def test_yaml_scalars_follow_the_number_rule_and_dates_stay_text(tmp_path: Path, text: str, value: object) -> None:
    got = read(tmp_path, "c.yaml", f"a: {text}\n")["a"]  # type: ignore[index]
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(("text", "message"), [("!!int 0x10", "'0x10' is not a number"),
                                               ("!!float .inf", "'.inf' is not a number"),
                                               ("1" + "0" * 5000, "a number of 5001 characters")])
def test_yaml_numbers_that_cannot_be_read_name_their_line(tmp_path: Path, text: str, message: str) -> None:
    error = refused(tmp_path, "c.yaml", f"x: 1\na: {text}\n")
    assert message in error.message and error.line == 2


JSON_VALUES = [("1.5e3", 1500.0), ("1E3", 1000.0), ("-0", 0), ("0.00001", 1e-05), ("1e400", float("inf")),
               ('"\\ud83d\\ude00"', "\U0001F600"), ('"a\\tb"', "a\tb"), ("true", True), ("null", None)]


@pytest.mark.parametrize(("text", "value"), JSON_VALUES, ids=[v[0] for v in JSON_VALUES])
def test_json_values_are_read_as_json(tmp_path: Path, text: str, value: object) -> None:
    got = read(tmp_path, "c.json", '{\n\t"a": ' + text + "\n}\n")["a"]  # type: ignore[index]
    assert got == value and type(got) is type(value)


BAD_JSON = [
    ("NaN", "expecting a value", 2), ("Infinity", "expecting a value", 2), ("01", "expecting ',' or '}'", 2),
    ("+1", "expecting a value", 2), (".5", "expecting a value", 2), ("1_000", "expecting ',' or '}'", 2),
    ('"\\ud83d"', "lone surrogate escape (\\ud83d)", 2), ('"\\ude00 x"', "lone surrogate escape (\\ude00)", 2),
    ('"a\tb"', "invalid control character", 2), ("'x'", "expecting a value", 2), ("1,", "expecting a key", 3),
    ("9" * 101, "a number of 101 characters", 2), ("[" * 60 + "]" * 60, f"nesting deeper than {MAX_DEPTH}", 2),
    ("[" * 100_000, f"nesting deeper than {MAX_DEPTH}", 2), ("1 // note", "expecting ',' or '}'", 2),
]


@pytest.mark.parametrize(("text", "message", "line"), BAD_JSON, ids=[b[0][:12] for b in BAD_JSON])
def test_bad_json_names_line_and_column(tmp_path: Path, text: str, message: str, line: int) -> None:
    error = refused(tmp_path, "c.json", '{\n  "a": ' + text + "\n}\n")
    assert message in error.message and error.line == line and error.path == "c.json"
    assert "(column " in error.message


def test_a_json_key_given_twice_names_both_places(tmp_path: Path) -> None:
    error = refused(tmp_path, "c.json", '{"client": "a",\n "payment": {},\n "payment": {}}\n')
    assert error.message == "malformed JSON: duplicate key 'payment' (first at line 2, column 2)"
    assert error.line == 3


def test_json_data_remembers_lines(tmp_path: Path) -> None:
    data = parse_json('{\n "a": {\n  "b": [1,\n   2]\n }\n}', "x.json", first_line=10)
    assert (data.line, data.lines["a"], data["a"].lines["b"], data["a"]["b"].lines) == (10, 11, 12, [12, 13])


@pytest.mark.parametrize(("raw", "message", "line"), [
    (b"a: 1\nb: 2\nc: \xff\n", "not UTF-8 text: byte 0xff at position 13", 3),
    ("a: 1\n".encode("utf-16"), "(it looks like UTF-16)", 1),
    (b"\xef\xbb\xbf" + b"a: \x01\n", "character '\\x01' is not allowed", 1),
])
def test_bytes_that_are_no_text_name_their_line(tmp_path: Path, raw: bytes, message: str, line: int) -> None:
    error = refused(tmp_path, "c.yaml", raw)
    assert message in error.message and error.line == line


def test_a_bom_is_dropped(tmp_path: Path) -> None:
    assert read(tmp_path, "c.json", b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
    assert read(tmp_path, "c.yaml", b"\xef\xbb\xbfa: 1\n") == {"a": 1}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "c.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"not a regular file \(a FIFO \(named pipe\)\)"):
        read_document(fifo, max_bytes=100)


@pytest.mark.parametrize(("path", "kind"), [("/dev/null", "a device"), (".", "a folder")])
def test_devices_and_folders_are_refused_where_a_file_is_expected(path: str, kind: str) -> None:
    with pytest.raises(InputError, match=f"not a regular file \\({kind}\\)"):
        read_regular(path, 100)


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("a: 1\n")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "open", denied)
    with pytest.raises(InputError) as caught:
        read_regular(path, 100, "c.yaml")
    assert str(caught.value) == "cannot read file: permission denied at c.yaml"


def test_an_unlistable_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(self: Path) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", denied)
    with pytest.raises(InputError, match="cannot read folder: permission denied"):
        list_folder(tmp_path)


def test_too_large_and_empty_files(tmp_path: Path) -> None:
    assert refused(tmp_path, "c.yaml", "a: 1\n" * 50_000).message == "file is too large (more than 200000 bytes)"
    assert refused(tmp_path, "c.yaml", " \n\n").message == "file is empty"


def test_file_names_that_are_no_utf8_are_shown_escaped() -> None:
    name = os.fsdecode(b"caf\xe9.yaml")
    assert shown_name(name) == "caf\\xe9.yaml"
    assert shown_name(name).encode("utf-8")
