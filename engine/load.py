"""Load a knowledge folder: YAML files -> frozen records (clientfire/record.py), line numbers kept.

Each file is read whole, then each part is built on its own (facts and groups in load_facts.py, items, thresholds
and rules in load_items.py), so one error does not hide the next."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from clientfire.errors import KnowledgeError
from clientfire.messages import message

from .collect import Collector
from .files import sha256
from .folder import MAX_KNOWLEDGE_BYTES, bundled_dir, knowledge_files, read_knowledge_bytes, shown_path
from .load_facts import group_titles, read_facts, read_screen_also, read_screen_items, read_screens
from .load_items import read_item, read_rule, read_thresholds
from .model import Article, Knowledge, Section
from .parse import Reader
from .yamlio import LocDict, read_document

__all__ = ["load_knowledge", "knowledge_files", "knowledge_version", "bundled_dir", "shown_path", "load_fragment", "TOP_KEYS",
           "MAX_KNOWLEDGE_BYTES", "read_knowledge_bytes"]

TOP_KEYS = ("articles", "facts", "groups", "derived", "thresholds", "verdicts", "strengths",
            "signs", "remedies", "guidance", "prevention", "notices", "rules")


def knowledge_version(files: list[Path]) -> str:
    """A content hash of the knowledge files: same files, same version."""
    digest = sha256()
    for path in files:
        digest.update(os.fsencode(path.name) + b"\0" + read_knowledge_bytes(path) + b"\0")
    return digest.hexdigest()[:12]


def load_knowledge(directory: Path | str | None = None) -> Knowledge:
    """Read every knowledge file of `directory` (default: the bundled one) into a Knowledge."""
    folder = Path(directory) if directory is not None else bundled_dir()
    files = knowledge_files(folder)
    parts: dict[str, list[tuple[Reader, Any, LocDict]]] = {key: [] for key in TOP_KEYS}
    collector = Collector()  # every file is read, and every part built, before the errors are raised
    for path in files:
        collector.attempt(_read_file, path, parts)
    return _build(folder, knowledge_version(files), parts, collector)


def _read_file(path: Path, parts: dict[str, list[tuple[Reader, Any, LocDict]]]) -> None:
    reader = Reader(shown_path(path))
    data = read_document(path, max_bytes=MAX_KNOWLEDGE_BYTES, label=reader.path)
    if not isinstance(data, LocDict):
        raise KnowledgeError(message("engine.file_shape"), path=reader.path, line=1)
    reader.keys(data, TOP_KEYS, what="knowledge file")
    for key, value in data.items():
        parts[key].append((reader, value, data))


def load_fragment(path: Path, data: LocDict, sections: tuple[str, ...]) -> Knowledge:
    """A partial Knowledge from some sections of one file already read (the hook for overrides files)."""
    reader = Reader(shown_path(path))
    parts: dict[str, list[tuple[Reader, Any, LocDict]]] = {key: [] for key in TOP_KEYS}
    for key in sections:
        if key in data:
            parts[key].append((reader, data[key], data))
    return _build(path.parent, "", parts)


def _entries(c: Collector, parts: list[tuple[Reader, Any, LocDict]], key: str) -> list[tuple[Reader, Any, int, Any]]:
    """(reader, list, index, entry) of every entry of a list section (a section that is no list: its error kept)."""
    return [(r, seq, i, entry) for r, seq, parent in parts
            for i, entry in enumerate(c.attempt(r.sequence, seq, parent, key) or [])]


def _build(folder: Path, version: str, parts: dict[str, list[tuple[Reader, Any, LocDict]]],
           collector: Collector | None = None) -> Knowledge:
    c = collector or Collector()  # each part on its own: one error does not hide the next
    articles, sections = c.attempt(_articles, parts["articles"]) or ({}, {})
    facts = c.attempt(read_facts, parts["facts"], parts["groups"], parts["derived"]) or {}
    items: dict[str, list[Any]] = {}
    for key, kind in (("verdicts", "verdict"), ("strengths", "strength"), ("signs", "sign"),
                      ("remedies", "remedy"), ("guidance", "guidance"), ("prevention", "prevention"),
                      ("notices", "notice")):
        made = [c.attempt(read_item, r, entry, seq, i, kind) for r, seq, i, entry in _entries(c, parts[key], key)]
        items[key] = [item for item in made if item is not None]
    rules = [rule for rule in (c.attempt(read_rule, r, entry, seq, i) for r, seq, i, entry
                               in _entries(c, parts["rules"], "rules")) if rule is not None]
    thresholds = c.attempt(read_thresholds, parts["thresholds"]) or {}
    c.raise_any()  # screens and titles read the groups that the facts checked: only once they are sound
    screens, titles = read_screens(parts["groups"], facts), group_titles(parts["groups"])
    return Knowledge(
        directory=str(folder), version=version, articles=articles, sections=sections, facts=facts,
        thresholds=thresholds,
        verdicts=tuple(items["verdicts"]), strengths=tuple(items["strengths"]),
        signs=tuple(items["signs"]), remedies=tuple(items["remedies"]),
        guidance=tuple(items["guidance"]), prevention=tuple(items["prevention"]), rules=tuple(rules),
        notices=tuple(items["notices"]),
        screens=screens, group_titles=titles, screen_also=read_screen_also(parts["groups"], facts),
        screen_items=read_screen_items(parts["groups"]),
    )


def _articles(parts: list[tuple[Reader, Any, LocDict]]) -> tuple[dict[str, Article], dict[str, Section]]:
    articles: dict[str, Article] = {}
    sections: dict[str, Section] = {}
    for reader, value, parent in parts:
        for art_id, raw in reader.mapping(value, parent, "articles").items():
            data = reader.mapping(raw, value, art_id)
            reader.keys(data, ("title", "seeds", "sections", "publisher"), ("title", "seeds", "sections"), f"article '{art_id}'")
            seeds = reader.mapping(data["seeds"], data, "seeds")
            articles[art_id] = Article(art_id, reader.text(data, "title"),
                                       {k: str(v) for k, v in seeds.items()}, reader.loc(value, art_id),
                                       str(data["publisher"]) if data.get("publisher") else None)
            secs = reader.mapping(data["sections"], data, "sections")
            for sec_id in secs:
                ref = f"{art_id}.{sec_id}"
                sections[ref] = Section(ref, reader.text(secs, sec_id), reader.loc(secs, sec_id))
    return articles, sections
