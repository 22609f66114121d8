"""A knowledge folder's files: which they are, how they are named, their bytes (what a knowledge cache hit needs
of engine/load.py without importing the loader itself)."""

from __future__ import annotations

from pathlib import Path

from clientfire.errors import InputError, KnowledgeError
from clientfire.messages import message

from .files import list_folder, read_regular, shown_name

__all__ = ["bundled_dir", "knowledge_files", "read_knowledge_bytes", "shown_path", "MAX_KNOWLEDGE_BYTES"]

MAX_KNOWLEDGE_BYTES = 4_000_000


def bundled_dir() -> Path:
    """The knowledge folder shipped with clientfire."""
    import clientfire.knowledge

    return Path(clientfire.knowledge.__file__).parent


def knowledge_files(directory: Path) -> list[Path]:
    """The knowledge files of a folder, in name order."""
    if not directory.is_dir():
        problem = message("folder.not_folder") if directory.exists() else message("engine.folder_not_found")
        raise KnowledgeError(problem, path=shown_name(directory))
    try:
        entries = list_folder(directory)
    except InputError as exc:
        raise KnowledgeError(exc.what, path=exc.path) from exc
    files = [p for p in entries if p.suffix in (".yaml", ".yml") and p.is_file()]
    for path in files:  # a knowledge file's name is shown in messages and kept in the audit log's snapshot
        if shown_name(path.name) != path.name:
            raise KnowledgeError(message("engine.file_name_not_utf8"), path=shown_name(path))
    if not files:
        raise KnowledgeError(message("engine.no_knowledge_files"), path=shown_name(directory))
    return files


def read_knowledge_bytes(path: Path) -> bytes:
    """A knowledge file's bytes (a regular file, bounded); KnowledgeError naming it when it cannot be read."""
    try:
        return read_regular(path, MAX_KNOWLEDGE_BYTES, shown_path(path))
    except InputError as exc:
        raise KnowledgeError(exc.what, path=exc.path) from exc


def shown_path(path: Path) -> str:
    """How a knowledge file is named in messages: `knowledge/<file>` when bundled (wherever installed),
    else relative to the working folder when inside it."""
    if path.resolve().parent == bundled_dir().resolve():
        return f"knowledge/{shown_name(path.name)}"
    try:
        return shown_name(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return shown_name(path)
