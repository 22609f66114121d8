"""Writing output: atomically to files, and colour only where it is welcome."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clientfire.engine.files import os_said
from clientfire.errors import InputError
from clientfire.messages import message

__all__ = ["write_atomic", "use_colour", "emit"]


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: never a half-written file."""
    import tempfile  # only when writing a file (it imports shutil, random, ...): not on every start

    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the user's usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(message("command.cannot_write", reason=os_said(exc, as_is=True)), path=str(target)) from exc


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def use_colour(stream: object = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and bool(stream.isatty())  # type: ignore[union-attr]


def emit(text: str, out: str | None = None) -> None:
    """Print `text`, or write it atomically to `out`."""
    if out:
        write_atomic(out, text if text.endswith("\n") else text + "\n")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
