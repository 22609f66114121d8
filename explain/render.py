"""Render DOT text with Graphviz's `dot` program (svg, png, pdf); `.dot` needs no program at all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from clientfire.errors import RenderError
from clientfire.messages import message

__all__ = ["FORMATS", "RENDERED", "format_of", "find_dot", "render", "output_for"]

FORMATS = ("svg", "png", "pdf", "dot")
RENDERED = ("svg", "png", "pdf")
_TIMEOUT = 120


def format_of(path: str | Path) -> str:
    """The output format from a file name's ending: svg, png, pdf or dot."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise RenderError(message("command.output_suffix", suffixes=", ".join("." + f for f in FORMATS)), path=str(path),
                          key="-o")
    return suffix


def find_dot() -> str | None:
    """The path of Graphviz's `dot` on PATH, or None."""
    return shutil.which("dot")


def render(source: str, fmt: str) -> bytes:
    """Run `dot -T<fmt>` on the DOT text and return what it printed."""
    if fmt not in RENDERED:
        raise RenderError(message("command.render_format", fmt=fmt, choices=", ".join(RENDERED)))
    program = find_dot()
    if program is None:
        raise RenderError(message("command.no_dot", fmt=fmt))
    try:
        done = subprocess.run([program, f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True,
                              timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RenderError(message("command.dot_failed_to_run", reason=exc)) from exc
    if done.returncode != 0:
        first = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[0]
        raise RenderError(message("command.dot_failed", status=done.returncode, first=first))
    return done.stdout


def output_for(source: str, path: str | Path) -> bytes:
    """What to write to `path`: the DOT text itself for .dot, else the rendered bytes."""
    fmt = format_of(path)
    return (source if source.endswith("\n") else source + "\n").encode("utf-8") if fmt == "dot" else render(source, fmt)
