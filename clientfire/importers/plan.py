"""Which client file each imported client goes to (an existing one, matched by name, or a new one with a safe
name), what changes in it, and writing it all atomically — or, with --dry-run, only saying so."""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from clientfire.engine.client import client_from_mapping
from clientfire.engine.model import Knowledge
from clientfire.engine.yamlio import LocDict, parse_text, read_document
from clientfire.errors import InputError
from clientfire.messages import message
from clientfire.output import write_atomic

from .clientfile import Change, merge, render_new
from .derive import Fact
from .facts import FILLED
from .names import Aliases, name_key

__all__ = ["Plan", "existing_clients", "safe_file_name", "plan_client", "csv_text", "diff_text", "CLIENT_SUFFIXES"]

CLIENT_SUFFIXES = (".yaml", ".yml", ".json")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@dataclass
class Plan:
    """One client's file: where, whether new, its text before and after, what changed."""

    name: str
    path: Path
    text: str
    old_text: str | None
    facts: list[Fact]
    changes: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether the file's text changes."""
        return self.text != self.old_text


@dataclass(frozen=True)
class Existing:
    """A client file already in the folder."""

    path: Path
    name: str
    text: str
    data: Any


def existing_clients(folder: Path, aliases: Aliases) -> dict[str, Existing]:
    """The client files in `folder` by name key (their `client:` name, else their file name)."""
    found: dict[str, Existing] = {}
    if not folder.is_dir():
        return found
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in CLIENT_SUFFIXES):
        data = read_document(path, max_bytes=256_000, label=str(path))
        named = data.get("client") if isinstance(data, dict) else None
        name = str(named) if named else path.stem
        key = name_key(aliases.canonical(name))
        if key in found:
            raise InputError(message("import.two_files", name=name, first=found[key].path.name, second=path.name), path=str(path))
        found[key] = Existing(path, name, path.read_text(encoding="utf-8"), data)
    return found


def safe_file_name(name: str, taken: set[str]) -> str:
    """A file name for a client: letters and digits joined by '-', no path, not a device name, not taken."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    slug = re.sub(r"[\W_]+", "-", folded).strip("-")[:60].strip("-") or "client"
    if slug in _RESERVED:
        slug += "-client"
    candidate, number = slug, 1
    while candidate + ".yaml" in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate + ".yaml"


def _validated(text: str, kb: Knowledge, shown: str) -> None:
    """The file as written reads back as a valid client file (a check of the writer; C YAML where there is)."""
    loader = getattr(yaml, "CSafeLoader", None)
    try:
        data = yaml.load(text, Loader=loader) if loader else parse_text(text, shown)  # noqa: S506 - a safe loader
        client_from_mapping(data, kb, shown)
    except InputError as exc:  # a hand-written part that was wrong already: say so, write nothing
        raise InputError(message("import.not_valid_after", what=exc.what), path=shown,
                         line=exc.line, key=exc.key) from exc


def plan_client(name: str, facts: list[Fact], covered: set[str], existing: Existing | None, folder: Path,
                taken: set[str], day: str, kb: Knowledge, lang: str = "en") -> Plan:
    """The new text of one client's file (merged into the existing one, if any; records in `lang`), checked against
    the vocabulary."""
    if existing is None:
        path = folder / safe_file_name(name, taken)
        taken.add(path.name)
        text = render_new(name, facts, day, lang)
        _validated(text, kb, str(path))
        return Plan(name, path, text, None, facts, [Change(f.fact, "add", None, f.value) for f in facts])
    shown = str(existing.path)
    if existing.path.suffix.lower() == ".json" or not isinstance(existing.data, LocDict):
        raise InputError(message("import.json_client", name=existing.name), path=shown)
    client_from_mapping(existing.data, kb, shown)  # a broken file is the user's to fix first
    text, changes = merge(existing.text, existing.data, facts, covered, day, shown, lang)
    _validated(text, kb, shown)
    return Plan(existing.name, existing.path, text, existing.text, facts, changes)


def diff_text(plan: Plan) -> str:
    """A unified diff of the file (for --dry-run)."""
    old = (plan.old_text or "").splitlines(keepends=True)
    label = str(plan.path)
    lines = difflib.unified_diff(old, plan.text.splitlines(keepends=True), "/dev/null" if plan.old_text is None else label,
                                 label)
    return "".join(lines)


def _cell(text: str) -> str:
    """A text cell safe to open in a spreadsheet (no formula)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(plans: list[Plan], lang: str = "en") -> str:
    """A portfolio CSV for `clientfire batch`: client, the imported facts, and their records (`evidence.<fact>`,
    in `lang`)."""
    present = [f for f in FILLED if any(x.fact == f for p in plans for x in p.facts)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["client", *present, *(f"evidence.{f}" for f in present)])
    for plan in sorted(plans, key=lambda p: name_key(p.name)):
        by = {f.fact: f for f in plan.facts}
        values = ["" if f not in by else str(by[f].value).lower() if isinstance(by[f].value, bool) else str(by[f].value)
                  for f in present]
        records = [_cell("\n".join(by[f].texts(lang))) if f in by else "" for f in present]
        writer.writerow([_cell(plan.name), *values, *records])
    return out.getvalue()


def write_plans(plans: list[Plan]) -> None:
    """Write every changed client file atomically."""
    for plan in plans:
        if plan.changed:
            write_atomic(plan.path, plan.text)
