"""Reading files and folders the user names: regular files only, bounded, every failure one InputError.

A FIFO, a device or a socket where a file is expected is refused before anything waits on it (the file
is opened without blocking, then checked); permission denied and other OS errors name the file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO, Any

from clientfire.errors import InputError
from clientfire.messages import Message, message

try:  # Python's own SHA-256 (the digests of hashlib's): importing hashlib loads OpenSSL, ~2 ms of every start
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover - other Pythons
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.12+
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment]

__all__ = ["read_regular", "open_regular", "check_regular", "list_folder", "shown_name", "os_reason", "os_said", "sha256"]


def shown_name(path: str | Path) -> str:
    """A path as text that can always be printed: undecodable bytes of a file name shown as `\\xff`."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def os_reason(exc: OSError) -> str:
    """`permission denied`, `no such file or directory`, ... (the OS's words, lower case)."""
    reason = exc.strerror or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def os_said(exc: OSError, *, as_is: bool = False) -> Message:
    """The OS's reason as a message: its own words in English (`as_is`: not lower-cased), said in the other languages."""
    code = f"os.{errno.errorcode.get(exc.errno or 0, 'other')}"
    from clientfire.messages import MESSAGES

    return message(code if code in MESSAGES else "os.other", reason=(exc.strerror or str(exc)) if as_is else os_reason(exc))


def _kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return message("kind.folder")
    if stat.S_ISFIFO(mode):
        return message("kind.fifo")
    if stat.S_ISSOCK(mode):
        return message("kind.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message("kind.device")
    return message("kind.other")


def _refuse(mode: int, shown: str) -> InputError:
    return InputError(message("file.not_regular", kind=_kind(mode)), path=shown)


def check_regular(path: str | Path, label: str | None = None) -> None:
    """Raise InputError unless `path` is an existing regular file (symbolic links followed)."""
    shown = label or shown_name(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(message("file.cannot_read", reason=os_said(exc)), path=shown) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(info.st_mode, shown)


def _open_fd(path: str | Path, shown: str) -> int:
    """A file descriptor on a regular file, opened without blocking (a FIFO would block a plain open)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(message("file.cannot_read", reason=os_said(exc)), path=shown) from exc
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise InputError(message("file.cannot_read", reason=os_said(exc)), path=shown) from exc
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _refuse(mode, shown)
    return fd


def read_regular(path: str | Path, max_bytes: int, label: str | None = None) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; InputError for anything else."""
    shown = label or shown_name(path)
    fd = _open_fd(path, shown)
    try:
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(message("file.cannot_read", reason=os_said(exc)), path=shown) from exc
    if len(raw) > max_bytes:
        raise InputError(message("file.too_large", most=max_bytes), path=shown)
    return raw


def open_regular(path: str | Path, label: str | None = None, **text: Any) -> IO[Any]:
    """A regular file opened for reading (binary, or text with `encoding=...` and the like); InputError otherwise."""
    shown = label or shown_name(path)
    fd = _open_fd(path, shown)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "r" if text else "rb", **text)


def list_folder(path: str | Path, label: str | None = None) -> list[Path]:
    """The entries of a folder, sorted by name; InputError when it cannot be listed."""
    shown = label or shown_name(path)
    folder = Path(path)
    try:
        return sorted(folder.iterdir())
    except NotADirectoryError as exc:
        raise InputError(message("folder.not_folder"), path=shown) from exc
    except OSError as exc:
        raise InputError(message("folder.cannot_read", reason=os_said(exc)), path=shown) from exc
