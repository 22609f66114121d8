"""A cache of validated, compiled knowledge in the user's cache folder: a quick start for every command."""

from __future__ import annotations

import gc
import os
import pickle
import sys
from pathlib import Path

from .compile import Compiled, compile_knowledge
from .files import sha256
from .load import bundled_dir, knowledge_files, load_knowledge, read_knowledge_bytes
from .model import Knowledge
from .runtime import trust, verify
from .validate import validate

__all__ = ["cache_dir", "cache_key", "load_compiled", "KEEP"]

KEEP = 16  # cached knowledge bases kept; the oldest go first
#: how tempfile.mkstemp opens its file (a new one, only ours), without importing tempfile (~3 ms of a miss)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | sum(getattr(os, flag, 0) for flag in ("O_NOFOLLOW", "O_CLOEXEC", "O_BINARY"))


def cache_dir() -> Path | None:
    """$CLIENTFIRE_CACHE_DIR, else $XDG_CACHE_HOME/clientfire, else ~/.cache/clientfire; None if turned off."""
    if os.environ.get("CLIENTFIRE_NO_CACHE"):
        return None
    chosen = os.environ.get("CLIENTFIRE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clientfire"


def cache_key(folder: Path, files: list[Path]) -> str:
    """Changes with the knowledge files' contents, the folder, Python and the engine's own code."""
    where = "" if folder.resolve() == bundled_dir().resolve() else str(Path.cwd())  # messages name files from here
    digest = sha256(os.fsencode(f"{folder.resolve()}\0{where}\0{sys.version}\0"))
    for path in files:
        digest.update(os.fsencode(path.name) + b"\0" + read_knowledge_bytes(path) + b"\0")
    for code in sorted(Path(__file__).parent.glob("*.py")):
        info = code.stat()
        digest.update(f"{code.name}:{info.st_size}:{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:24]


def load_compiled(directory: str | Path | None = None) -> tuple[Knowledge, Compiled]:
    """The validated, compiled knowledge of `directory`: from the cache when it is current, else built (and cached)."""
    folder = Path(directory) if directory is not None else bundled_dir()
    files = knowledge_files(folder)
    where = cache_dir()
    target = where / f"knowledge-{cache_key(folder, files)}.pickle" if where else None
    found = _read(target) if target else None
    if found is not None:
        trust(found[1])  # cached only once built (below): no trial build on the common path
        return found
    from .lint import refuse_network_errors  # networkx (~170 ms to import): only on a miss, never on a hit

    kb = validate(load_knowledge(folder))
    compiled = compile_knowledge(kb)
    refuse_network_errors(kb, compiled)
    if target:
        verify(compiled)
        _write(target, (kb, compiled))
    return kb, compiled


def _read(path: Path) -> tuple[Knowledge, Compiled] | None:
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes thousands of objects and frees none: no collections meanwhile
    try:
        with path.open("rb") as handle:
            kb, compiled = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or damaged cache entry is rebuilt
        return None
    finally:
        if collecting:
            gc.enable()
    return (kb, compiled) if isinstance(kb, Knowledge) and isinstance(compiled, Compiled) else None


def _write(path: Path, value: tuple[Knowledge, Compiled]) -> None:
    """Best effort and atomic (temporary file, then rename); old entries pruned; never an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".knowledge-{os.getpid()}-{os.urandom(6).hex()}"
        with os.fdopen(os.open(tmp, _NEW_FILE, 0o600), "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        entries = sorted(path.parent.glob("knowledge-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
