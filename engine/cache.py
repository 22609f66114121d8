"""A cache of validated, compiled knowledge in the user's cache folder: a quick start for every command."""

from __future__ import annotations

import gc
import os
import pickle
import stat
import sys
import time
from pathlib import Path

from .compile import Compiled, compile_knowledge
from .files import sha256
from .folder import bundled_dir, knowledge_files, read_knowledge_bytes
from .model import Knowledge
from .runtime_registry import begin_verify, trust, verify

__all__ = ["cache_dir", "cache_key", "load_compiled", "KEEP", "SETTLED_NS"]

KEEP = 16  # cached knowledge bases kept; the oldest go first
#: a stamp is noted only for files unchanged this long (nanoseconds): an edit within a coarse clock tick (FAT's
#: 2 s) could leave the status as it was, so such files are read (and their contents hashed) until then
SETTLED_NS = 3_000_000_000
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
    digest = sha256(_setting(folder))
    for path in files:
        digest.update(os.fsencode(path.name) + b"\0" + read_knowledge_bytes(path) + b"\0")
    digest.update(_code())
    return digest.hexdigest()[:24]


def _setting(folder: Path) -> bytes:
    where = "" if folder.resolve() == bundled_dir().resolve() else str(Path.cwd())  # messages name files from here
    return os.fsencode(f"{folder.resolve()}\0{where}\0{sys.version}\0")


def _code() -> bytes:
    """The engine's own code, by each file's name, size and change time."""
    stamps = (f"{code.name}:{info.st_size}:{info.st_mtime_ns}\0" for code in sorted(Path(__file__).parent.glob("*.py"))
              for info in (code.stat(),))
    return "".join(stamps).encode()


def _entry(where: Path, folder: Path, files: list[Path]) -> Path:
    """The cache entry of these files: found through their stamp when one was noted (no file read, ~1.5 ms less of
    every start), else by their contents (`cache_key`), the stamp then noted once the files have settled."""
    stamp, newest = _stamp(folder, files)
    noted = where / f"stamp-{stamp}" if stamp else None
    if noted:
        try:
            key = noted.read_bytes().decode("ascii")
            if len(key) == 24 and all(c in "0123456789abcdef" for c in key):
                return where / f"knowledge-{key}.pickle"
        except (OSError, UnicodeDecodeError):
            pass
    key = cache_key(folder, files)
    if noted and time.time_ns() - newest > SETTLED_NS:
        _replace(noted, key.encode("ascii"))
    return where / f"knowledge-{key}.pickle"


def _stamp(folder: Path, files: list[Path]) -> tuple[str | None, int]:
    """A digest of the files' status (device, inode, size, modification and change times), and the newest of those
    times; (None, 0) when a file is not a regular one (its contents are read then, and their errors given)."""
    digest = sha256(_setting(folder))
    newest = 0
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            return None, 0
        if not stat.S_ISREG(info.st_mode):
            return None, 0
        newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
        digest.update(os.fsencode(path.name) + f"\0{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:"
                                                f"{info.st_ctime_ns}\0".encode())
    digest.update(_code())
    return digest.hexdigest()[:24], newest


def load_compiled(directory: str | Path | None = None) -> tuple[Knowledge, Compiled]:
    """The validated, compiled knowledge of `directory`: from the cache when it is current, else built (and cached)."""
    folder = Path(directory) if directory is not None else bundled_dir()
    files = knowledge_files(folder)
    where = cache_dir()
    target = _entry(where, folder, files) if where else None
    found = _read(target) if target else None
    if found is not None:
        trust(found[1])  # cached only once built (below): no trial build on the common path
        return found
    from .lint import refuse_network_errors  # networkx (~170 ms to import): only on a miss, never on a hit
    from .load import load_knowledge  # the loader and the validator: a miss only too
    from .validate import validate

    kb = validate(load_knowledge(folder))
    compiled = compile_knowledge(kb)
    trial = begin_verify(compiled) if target else None  # durable_rules builds it in a child while the lint runs here
    try:
        refuse_network_errors(kb, compiled)
    except BaseException:
        if trial is not None:
            trial.cancel()
        raise
    if target:
        verify(compiled, trial)
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
    """Best effort and atomic (temporary file, then rename); old entries and stamps pruned; never an error."""
    if _replace(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)):
        for pattern, keep in (("knowledge-*.pickle", KEEP), ("stamp-*", 4 * KEEP)):
            try:
                entries = sorted(path.parent.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
                for old in entries[keep:]:
                    old.unlink(missing_ok=True)
            except OSError:
                pass


def _replace(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically (a new temporary file, then renamed); False (and nothing left) on failure."""
    tmp = path.parent / f".knowledge-{os.getpid()}-{os.urandom(6).hex()}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(tmp, _NEW_FILE, 0o600), "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    return True
