"""Regenerate diagrams/: the rule network and each bundled example's decision path (`make diagrams`).

Usage: ``python -m clientfire.explain.make_diagrams [--out diagrams] [--examples examples] [--check]``.
Each diagram is written as DOT (compared by tests/test_diagrams_current.py) and as SVG (rendered by `dot`).
The date is fixed (DIAGRAM_DATE) so that facts counted from today do not change the drawings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from clientfire.engine import Engine
from clientfire.errors import ClientfireError
from clientfire.output import write_atomic

from .dot import decision_dot, knowledge_dot
from .graph import rule_network
from .render import render

__all__ = ["DIAGRAM_DATE", "example_files", "diagram_sources", "write_diagrams", "stale", "main"]

DIAGRAM_DATE = dt.date(2026, 11, 26)
_ROOT = Path(__file__).resolve().parent.parent


def example_files(folder: Path) -> list[Path]:
    """The example client files of a folder, sorted."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def diagram_sources(engine: Engine, examples: Sequence[Path], lang: str = "en") -> dict[str, str]:
    """File stem -> DOT text: `knowledge` for the network, the example's stem for its decision path."""
    graph = rule_network(engine.kb, engine.compiled)
    sources = {"knowledge": knowledge_dot(engine.kb, lang, graph)}
    for path in examples:
        result = engine.evaluate(engine.load_client(path), DIAGRAM_DATE)
        sources[path.stem] = decision_dot(engine.kb, result, lang, graph=graph)
    return sources


def stale(sources: dict[str, str], out: Path) -> list[str]:
    """The .dot files in `out` that are missing, differ from `sources`, or belong to no source."""
    found = []
    for stem, text in sorted(sources.items()):
        path = out / f"{stem}.dot"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            found.append(path.name)
    found += sorted(p.name for p in out.glob("*.dot") if p.stem not in sources) if out.is_dir() else []
    return found


def write_diagrams(sources: dict[str, str], out: Path) -> list[Path]:
    """Write every diagram as .dot and .svg; remove diagrams that no longer have a source."""
    written = []
    for stem, text in sorted(sources.items()):
        write_atomic(out / f"{stem}.dot", text)
        write_atomic(out / f"{stem}.svg", render(text, "svg"))
        written += [out / f"{stem}.dot", out / f"{stem}.svg"]
    for old in sorted(out.glob("*.dot")) + sorted(out.glob("*.svg")):
        if old.stem not in sources:
            old.unlink()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate (or with --check, verify) the diagrams folder."""
    parser = argparse.ArgumentParser(prog="python -m clientfire.explain.make_diagrams", description=__doc__)
    parser.add_argument("--out", type=Path, default=_ROOT / "diagrams", help="diagrams folder")
    parser.add_argument("--examples", type=Path, default=_ROOT / "examples", help="example clients folder")
    parser.add_argument("--check", action="store_true", help="only report out-of-date diagrams (exit 1)")
    args = parser.parse_args(argv)
    try:
        sources = diagram_sources(Engine(), example_files(args.examples))
        if args.check:
            old = stale(sources, args.out)
            print(f"out of date: {', '.join(old)} (run `make diagrams`)" if old else "diagrams are current")
            return 1 if old else 0
        written = write_diagrams(sources, args.out)
    except ClientfireError as exc:
        print(f"make_diagrams: error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
