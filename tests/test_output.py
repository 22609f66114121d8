"""Atomic writes: the whole file or nothing, with the user's usual file mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from clientfire.errors import InputError
from clientfire.output import write_atomic


def test_writes_whole_file_with_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    write_atomic(target, "hello\n")
    assert target.read_text() == "hello\n"
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "b.txt"
    target.write_text("old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]


def test_unwritable_place_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "taken").mkdir()
    with pytest.raises(InputError, match="cannot write file"):
        write_atomic(folder / "taken", "x")  # a directory is in the way of the rename
    assert sorted(p.name for p in folder.iterdir()) == ["taken"]
