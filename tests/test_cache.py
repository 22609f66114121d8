"""engine/cache.py: a hit finds its entry through the files' stamp, read no file; any change still reads them (issue 15)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from clientfire.engine import cache, runtime_build
from clientfire.engine.load import bundled_dir, knowledge_files


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled knowledge with its own cache folder; files count as settled at once."""
    copy = tmp_path / "kb"
    shutil.copytree(bundled_dir(), copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "scenarios"))
    monkeypatch.setenv("CLIENTFIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTFIRE_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "SETTLED_NS", -1)
    return copy


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The knowledge files whose contents are read from now on."""
    read: list[str] = []
    real = cache.read_knowledge_bytes
    monkeypatch.setattr(cache, "read_knowledge_bytes", lambda path: read.append(path.name) or real(path))
    return read


def test_issue15_cold_hit_a_hit_reads_no_knowledge_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cache.load_compiled(folder)  # the miss: contents hashed, the entry and the stamp written
    read = _reads(monkeypatch)
    kb, _ = cache.load_compiled(folder)
    assert (read, kb.version) == ([], first[0].version)
    assert len(list((folder.parent / "cache").glob("stamp-*"))) == 1


@pytest.mark.parametrize("change", ["same size", "renamed", "added", "touched"])
def test_issue15_cold_hit_any_change_reads_the_files_again(folder: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    cache.load_compiled(folder)
    path = folder / "thresholds.yaml"
    text = path.read_text(encoding="utf-8")
    if change == "same size":  # one digit for another: same length, other contents
        index = next(i for i, c in enumerate(text) if c.isdigit() and c != "8")
        path.write_text(text[:index] + "8" + text[index + 1:], encoding="utf-8")
    elif change == "renamed":
        path.rename(folder / "thresholds2.yaml")
    elif change == "added":
        (folder / "more.yaml").write_text("facts: {}\n", encoding="utf-8")
    else:
        os.utime(path)
    read = _reads(monkeypatch)
    try:
        cache.load_compiled(folder)
    except Exception:  # noqa: BLE001 - the changed knowledge may not validate: what counts is that it was read
        pass
    assert read


def test_issue15_cold_hit_no_stamp_for_files_just_changed(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file changed within SETTLED_NS may keep its status through a second edit: it is read until it settles."""
    monkeypatch.setattr(cache, "SETTLED_NS", 60 * 10**9)
    cache.load_compiled(folder)
    assert not list((folder.parent / "cache").glob("stamp-*"))
    read = _reads(monkeypatch)
    cache.load_compiled(folder)
    assert sorted(read) == sorted(p.name for p in knowledge_files(folder))


@pytest.mark.parametrize("noted", [b"", b"not a key", b"../../etc/passwd0000000", b"\xff" * 24])
def test_issue15_cold_hit_a_damaged_stamp_is_ignored(folder: Path, noted: bytes) -> None:
    kb, _ = cache.load_compiled(folder)
    (stamp,) = (folder.parent / "cache").glob("stamp-*")
    stamp.write_bytes(noted)
    assert cache.load_compiled(folder)[0].version == kb.version
    assert len(stamp.read_bytes()) == 24  # noted again


def test_issue15_cold_hit_a_lint_error_on_a_miss_stops_the_trial_build(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The trial build begins before the lint (a child builds while it runs): a lint error stops and reaps it."""
    from clientfire.engine import lint
    from clientfire.errors import KnowledgeError

    def refuse(*_: object) -> None:
        raise KnowledgeError("a cycle")

    children: list[int] = []
    fork = runtime_build._fork

    def forked(*args: str) -> tuple[int, int]:
        found = fork(*args)
        children.append(found[0])
        return found

    monkeypatch.setattr(lint, "refuse_network_errors", refuse)
    monkeypatch.setattr(runtime_build, "_fork", forked)
    monkeypatch.setattr(runtime_build, "_alone", lambda: True)
    monkeypatch.setattr(runtime_build, "_built", set())  # as in a fresh process: not built yet
    with pytest.raises(KnowledgeError, match="a cycle"):
        cache.load_compiled(folder)
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # killed and waited for already
    assert not list((folder.parent / "cache").glob("knowledge-*"))
