"""Write imported facts into a client file: a new file, or an edit of an existing one that keeps every line the
user wrote. A fact line the import owns carries the mark `# imported DATE from FILES`; a fact without it is the
user's and is kept (delete the mark to pin a value); the `evidence:` block is rewritten with the imported records.
The header and the records are written in the chosen language; the mark never is: the next import (in any language)
reads it back to find the facts it owns."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientfire.engine.yamlio import LocDict
from clientfire.errors import InputError
from clientfire.messages import Message, message, render, text_of

from .derive import Fact, Record
from .records import clean_text

__all__ = ["Change", "render_new", "merge", "mark_of", "MARK"]

#: the mark of a fact line import owns: machine-read, so English in every language (never translate it)
MARK = re.compile(r"#\s*imported \d{4}-\d{2}-\d{2} from ")
_KEY_LINE = re.compile(r"^(\s*)([^\s#:][^#:]*?)\s*:(\s.*)?$")
Entries = dict[str, tuple[list[Record], str | None]]


@dataclass(frozen=True)
class Change:
    """What an import does to one fact of a client file."""

    fact: str
    kind: str  # add | update | same | kept | remove
    old: Any = None
    new: Any = None


def mark_of(fact: Fact, day: str) -> str:
    """`# imported 2025-06-30 from invoices.csv, time.csv` (the same in every language: see MARK)."""
    return f"# imported {day} from {', '.join(clean_text(Path(s).name, 60) for s in fact.sources)}"


def scalar(value: Any) -> str:
    """A YAML scalar for a fact value or a text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _evidence_lines(entries: Entries, lang: str) -> list[str]:
    if not entries:
        return []
    lines = [f"evidence:  # {render('import.ev.block', {}, lang)}"]
    for fact, (records, note) in sorted(entries.items()):
        lines.append(f"  {fact}:" + (f"  {note}" if note else ""))
        lines.extend(f"    - {scalar(text_of(r, lang))}" for r in records)
    return lines


def render_new(name: str, facts: list[Fact], day: str, lang: str = "en") -> str:
    """A new client file holding the imported facts and their records (header and records in `lang`)."""
    lines = [render("import.ev.header", {}, lang), f"client: {scalar(name)}"]
    group = None
    for fact in facts:
        head, _, key = fact.fact.partition(".")
        if head != group:
            lines.append(f"{head}:")
            group = head
        lines.append(f"  {key}: {scalar(fact.value)}  {mark_of(fact, day)}")
    lines += _evidence_lines({f.fact: (f.records, mark_of(f, day)) for f in facts}, lang)
    return "\n".join(lines) + "\n"


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _block_end(lines: list[str], start: int) -> int:
    """The last line of the block that the key at `start` (0-based) opens."""
    end, base = start, _indent(lines[start])
    for i in range(start + 1, len(lines)):
        text = lines[i]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if _indent(text) <= base:
            break
        end = i
    return end


class _Editor:
    """Line edits of one client file, applied bottom-up."""

    def __init__(self, text: str, data: LocDict, shown: str, day: str) -> None:
        self.lines, self.data, self.shown, self.day = text.splitlines(), data, shown, day
        self.replace: dict[int, list[str]] = {}
        self.after: dict[int, list[str]] = {}
        self.tail: list[str] = []
        self.changes: list[Change] = []

    def fail(self, what: Message, line: int | None) -> InputError:
        return InputError(message("import.in_place", what=what), path=self.shown, line=line)

    def where(self, fact: str) -> int | None:
        """The 1-based line of `fact` in the file, if it is there."""
        group, _, name = fact.partition(".")
        node = self.data.get(group)
        if isinstance(node, LocDict) and name in node:
            return node.lines.get(name)
        return self.data.lines.get(fact) if fact in self.data else None

    def current(self, fact: str) -> Any:
        group, _, name = fact.partition(".")
        node = self.data.get(group)
        return node.get(name) if isinstance(node, LocDict) and name in node else self.data.get(fact)

    def marked(self, line: int) -> bool:
        return bool(MARK.search(self.lines[line - 1]))

    def set(self, fact: Fact) -> bool:
        """Write one imported fact; False when the user's own value is kept."""
        line = self.where(fact.fact)
        if line is not None and not self.marked(line):
            self.changes.append(Change(fact.fact, "kept", self.current(fact.fact), fact.value))
            return False
        if line is not None:
            found = _KEY_LINE.match(self.lines[line - 1])
            if not found:
                raise self.fail(message("import.not_own_line", fact=fact.fact), line)
            self.replace[line - 1] = [f"{found[1]}{found[2]}: {scalar(fact.value)}  {mark_of(fact, self.day)}"]
            old = self.current(fact.fact)
            self.changes.append(Change(fact.fact, "same" if old == fact.value else "update", old, fact.value))
            return True
        self._insert(fact)
        self.changes.append(Change(fact.fact, "add", None, fact.value))
        return True

    def _insert(self, fact: Fact) -> None:
        group, _, name = fact.fact.partition(".")
        node = self.data.get(group)
        text = f"{name}: {scalar(fact.value)}  {mark_of(fact, self.day)}"
        if node is None:
            self.tail += [f"{group}:"] if f"{group}:" not in self.tail else []
            self.tail.append(f"  {text}")
            return
        if not isinstance(node, LocDict) or (node.lines and min(node.lines.values()) == self.data.lines.get(group)):
            raise self.fail(message("import.not_block", group=group), self.data.lines.get(group))
        start = self.data.lines[group] - 1
        end = _block_end(self.lines, start)
        child = _indent(self.lines[min(node.lines.values()) - 1]) if node.lines else _indent(self.lines[start]) + 2
        self.after.setdefault(end, []).append(" " * child + text)

    def remove(self, fact: str) -> None:
        """Drop an imported fact that the data no longer shows."""
        line = self.where(fact)
        if line is not None and self.marked(line):
            self.replace[line - 1] = []
            self.changes.append(Change(fact, "remove", self.current(fact), None))

    def text(self, evidence: list[str]) -> str:
        out = list(self.lines)
        block = self.data.lines.get("evidence") if "evidence" in self.data else None
        if block is not None:
            start = block - 1
            for i in range(start, _block_end(out, start) + 1):
                self.replace[i] = []
            self.replace[start] = evidence
            evidence = []
        for index in sorted(set(self.replace) | set(self.after), reverse=True):
            kept = self.replace.get(index, [out[index]])
            out[index:index + 1] = kept + self.after.get(index, [])
        return "\n".join(out + self.tail + evidence) + "\n"


def merge(text: str, data: LocDict, facts: list[Fact], covered: set[str], day: str,
          shown: str, lang: str = "en") -> tuple[str, list[Change]]:
    """The client file with the imported facts written in (their records in `lang`), and what changed; `covered`:
    the facts these exports can show (an imported one they no longer show is removed)."""
    editor = _Editor(text, data, shown, day)
    written = {f.fact for f in facts if editor.set(f)}
    for fact in sorted(covered - {f.fact for f in facts}):
        editor.remove(fact)
    removed = {c.fact for c in editor.changes if c.kind == "remove"}
    entries = _old_evidence(editor, data, written | removed)
    entries.update({f.fact: (f.records, mark_of(f, day)) for f in facts if f.fact in written})
    return editor.text(_evidence_lines(entries, lang)), editor.changes


def _old_evidence(editor: _Editor, data: LocDict, replaced: set[str]) -> Entries:
    """The records already in the file that stay: not those of facts this import writes, removes or leaves to you."""
    old = data.get("evidence")
    if not isinstance(old, LocDict):
        return {}
    kept_by_user = {c.fact for c in editor.changes if c.kind == "kept"}
    entries: Entries = {}
    for fact, records in old.items():
        line = old.lines.get(fact)
        marked = line is not None and editor.marked(line)
        if fact in replaced or (marked and fact in kept_by_user) or not isinstance(records, list):
            continue
        note = MARK.search(editor.lines[line - 1]) if line else None
        entries[fact] = ([str(r) for r in records], editor.lines[line - 1][note.start():] if note and line else None)
    return entries
