"""Knowledge snapshots: file name -> text, keyed by content hash, and loaded back as a Knowledge."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from clientfire.engine.load import knowledge_files, load_knowledge
from clientfire.engine.model import Knowledge
from clientfire.errors import AuditError
from clientfire.messages import message

__all__ = ["snapshot_of", "load_snapshot", "OVERRIDES"]

_cache: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
#: the snapshot key under which an overrides file is kept (not a file name a knowledge folder can hold)
OVERRIDES = "<overrides>"


def _version(raw: dict[str, bytes], overrides: bytes | None) -> str:
    digest = hashlib.sha256()
    for name, data in raw.items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    version = digest.hexdigest()[:12]
    if overrides is None:
        return version
    return hashlib.sha256(f"{version}\0{hashlib.sha256(overrides).hexdigest()}".encode()).hexdigest()[:12]


def snapshot_of(kb: Knowledge, overrides: str | Path | None = None) -> tuple[str, dict[str, str]]:
    """The knowledge files of `kb` (name -> text; an overrides file under OVERRIDES) and their content hash.

    The files are checked against `kb.version`, so a snapshot always loads back as the knowledge used.
    """
    key = (kb.directory, kb.version)
    if key not in _cache:
        try:
            raw = {p.name: p.read_bytes() for p in knowledge_files(Path(kb.directory))}
            extra = Path(overrides).read_bytes() if overrides else None
        except OSError as exc:
            raise AuditError(message("audit.snapshot_unreadable", reason=exc), path=kb.directory) from exc
        if _version(raw, extra) != kb.version:
            raise AuditError(message("audit.knowledge_edited"),
                             path=kb.directory)
        files = {name: data.decode("utf-8") for name, data in raw.items()}
        if extra is not None:
            files[OVERRIDES] = extra.decode("utf-8")
        _cache[key] = (hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest(), files)
    return _cache[key]


def load_snapshot(files: dict[str, str]) -> Knowledge:
    """Load a stored snapshot as a Knowledge (written to a temporary folder first), overrides merged."""
    with tempfile.TemporaryDirectory(prefix="clientfire-snapshot-") as folder:
        base = Path(folder) / "knowledge"
        base.mkdir()
        for name, text in files.items():
            if name != OVERRIDES:
                (base / Path(name).name).write_bytes(text.encode("utf-8"))
        extra = None
        if OVERRIDES in files:
            extra = Path(folder) / "overrides.yaml"
            extra.write_bytes(files[OVERRIDES].encode("utf-8"))
        if extra is None:
            return load_knowledge(base)
        from clientfire.engine.overrides import load_merged

        return load_merged(base, extra)


def knowledge_where(kb: Knowledge, overrides: str | Path | None) -> dict[str, str | None] | None:
    """How the knowledge files (and an overrides file) were named in explanations; None for the bundled ones."""
    from clientfire.engine.load import shown_path

    prefix = shown_path(Path(kb.directory) / "x.yaml")[: -len("x.yaml")]
    where = {"knowledge": prefix, "overrides": str(overrides) if overrides else None}
    return None if where == {"knowledge": "knowledge/", "overrides": None} else where


def relocated(kb: Knowledge, files: dict[str, str], where: dict[str, str | None] | None) -> Knowledge:
    """A snapshot's knowledge with its rules named where they were written when the record was made."""
    from clientfire.engine.model import Loc
    from clientfire.record import replace

    chosen = where or {"knowledge": "knowledge/", "overrides": None}

    def moved(loc: Loc) -> Loc:
        name = Path(loc.path).name
        if name in files and name != OVERRIDES:
            return Loc(f"{chosen['knowledge']}{name}", loc.line)
        return Loc(str(chosen.get("overrides") or loc.path), loc.line)

    rules = tuple(replace(r, loc=moved(r.loc)) for r in kb.rules)
    return replace(kb, rules=rules)
