"""`clientfire knowledge init|diff|schema`: copy the bundled knowledge, compare two versions, write JSON Schemas."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clientfire.engine.files import list_folder, shown_name
from clientfire.engine.knowledge_diff import Given, diff_knowledge, verdict_changes
from clientfire.engine.load import bundled_dir, knowledge_files
from clientfire.engine.model import Knowledge
from clientfire.engine.run import Engine
from clientfire.engine.schema import client_schema, knowledge_schema, overrides_schema
from clientfire.errors import ClientFileError, InputError
from clientfire.escape import json_safe, visible
from clientfire.explain.evidence import format_value
from clientfire.explain.labels import label, term
from clientfire.messages import message, render
from clientfire.options import add_format, add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit, write_atomic

__all__ = ["register", "run", "init_copy", "resolve", "schemas_of", "diff_text", "client_files"]

CLIENT_SUFFIXES = (".yaml", ".yml", ".json")


def register(subparsers: Any) -> None:
    """Add the `knowledge` sub-command and its actions."""
    parser = subparsers.add_parser("knowledge", help="copy, compare and describe knowledge folders",
                                   description="Work with knowledge folders: init, diff, schema.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="copy the bundled knowledge (and its scenarios) into DIR for editing")
    init.add_argument("dir", help="the new knowledge folder")
    init.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    add_lang(init)
    init.set_defaults(run=run_init)
    diff = actions.add_parser(
        "diff", help="what differs between two knowledge versions, and whose verdicts change",
        description="OLD and NEW are each a knowledge folder, an overrides file (merged on --knowledge or the "
                    "bundled knowledge) or the word 'bundled'.")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--clients", metavar="PORTFOLIO",
                      help="clients to evaluate with both versions: what `batch` reads (a folder of client files, "
                           "a CSV file or a JSON Lines file)")
    add_knowledge(diff)
    add_today(diff)
    add_format(diff, ("text", "json"))
    add_lang(diff)
    diff.set_defaults(run=run_diff)
    schema = actions.add_parser("schema", help="write the JSON Schemas of knowledge, overrides and client files")
    schema.add_argument("--out", metavar="DIR", default="schemas", help="folder to write to (default: schemas)")
    add_knowledge(schema)
    add_lang(schema)
    schema.set_defaults(run=run_schema)


def run(args: argparse.Namespace) -> int:
    """Dispatch (argparse sets `run` per action)."""
    return int(args.run(args))


def init_copy(target: Path, force: bool = False) -> list[Path]:
    """Copy the bundled knowledge files and scenarios into `target`; return the files written."""
    if target.exists() and not target.is_dir():
        raise InputError(message("folder.not_folder"), path=str(target))
    if target.is_dir() and any(target.iterdir()) and not force:
        raise InputError(message("command.folder_not_empty"), path=str(target))
    source = bundled_dir()
    written = []
    for path in knowledge_files(source) + sorted((source / "scenarios").glob("*.yaml")):
        dest = target / path.relative_to(source)
        write_atomic(dest, path.read_bytes())
        written.append(dest)
    return written


def run_init(args: argparse.Namespace) -> int:
    """`knowledge init DIR`."""
    written = init_copy(Path(args.dir), args.force)
    lang = lang_of(args)
    emit(render("command.init_copied", {"count": len(written), "folder": args.dir}, lang) + "\n"
         + render("command.init_next", {"folder": args.dir}, lang))
    return 0


def resolve(spec: str, base: str | None) -> Engine:
    """The engine of a knowledge folder, an overrides file on `base` (or the bundled knowledge), or 'bundled':
    validated and compiled as `verdict` does it (and from the same cache)."""
    path = Path(spec)
    if spec == "bundled":
        return engine_for(argparse.Namespace(knowledge=None, overrides=None))
    if path.is_dir():
        return engine_for(argparse.Namespace(knowledge=spec, overrides=None))
    if path.exists():
        return engine_for(argparse.Namespace(knowledge=base, overrides=spec))
    raise InputError(message("command.knowledge_spec"), path=spec)


def client_files(folder: str) -> list[Path]:
    """The client files of a folder, in name order."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(message("command.client_folder_missing"), path=shown_name(folder))
    return [p for p in list_folder(path) if p.suffix in CLIENT_SUFFIXES and p.is_file()]


def portfolio(source: str, kb: Knowledge) -> list[Path | Given]:
    """The clients of a folder, CSV or JSON Lines file, read as `batch` reads them (rows against `kb`)."""
    from clientfire.batch.inputs import RowError, read_rows, to_client

    def reader(row: Any) -> Callable[[], dict[str, Any]]:
        if isinstance(row, RowError):
            error = ClientFileError(row.message)
            return lambda: _raise(error)
        return lambda: to_client(row, kb).as_given()

    return [Path(row.data) if not isinstance(row, RowError) and row.kind == "file" else (row.where, reader(row))
            for row in read_rows(source, kb)]


def _raise(error: Exception) -> dict[str, Any]:
    raise error


def run_diff(args: argparse.Namespace) -> int:
    """`knowledge diff OLD NEW [--clients DIR]`."""
    old, new = resolve(args.old, args.knowledge), resolve(args.new, args.knowledge)
    report: dict[str, Any] = {"old": {"spec": args.old, "version": old.kb.version},
                              "new": {"spec": args.new, "version": new.kb.version}, **diff_knowledge(old.kb, new.kb)}
    if args.clients:
        files = portfolio(args.clients, new.kb)
        changes = verdict_changes(old, new, files, today_of(args))
        report["clients"] = {"count": len(files), "changed": changes}
    emit(json_safe(json.dumps(report, indent=2, ensure_ascii=False)) if args.format == "json"
         else "\n".join(visible(line) for line in diff_text(report, lang_of(args)).split("\n")))
    return 0


def _added_removed(title: str, added: list[str], removed: list[str]) -> list[str]:
    lines = [f"  + {title} {i}" for i in added] + [f"  - {title} {i}" for i in removed]
    return lines


def _counts(key: str, entry: dict[str, Any], lang: str) -> str:
    return label(key, lang).format(added=len(entry["added"]), removed=len(entry["removed"]), changed=len(entry["changed"]))


def diff_text(report: dict[str, Any], lang: str = "en") -> str:
    """The diff as text: rules, thresholds, items, facts, texts, then the clients whose outcome changes."""
    rules, thresholds = report["rules"], report["thresholds"]
    rule, threshold, fact = (label(word, lang) for word in ("rule", "threshold", "fact"))
    lines = [label("knowledge diff: {old} -> {new}", lang).format(
                 old=f"{report['old']['spec']} ({report['old']['version']})",
                 new=f"{report['new']['spec']} ({report['new']['version']})"),
             _counts("rules: {added} added, {removed} removed, {changed} changed", rules, lang)]
    lines += _added_removed(rule, rules["added"], rules["removed"])
    for entry in rules["changed"]:
        lines += [f"  ~ {rule} {entry['id']} {c['field']}: {c['old']} -> {c['new']}" for c in entry["changes"]]
    lines.append(_counts("thresholds: {added} added, {removed} removed, {changed} changed", thresholds, lang))
    lines += [f"  + {threshold} {k} = {format_value(v, lang)}" for k, v in thresholds["added"].items()]
    lines += [f"  - {threshold} {k}" for k in thresholds["removed"]]
    lines += [f"  ~ {threshold} {c['id']}: {format_value(c['old'], lang)} -> {format_value(c['new'], lang)}"
              for c in thresholds["changed"]]
    facts = report["facts"]
    parts = [line for kind, entry in report["items"].items()
             for line in _added_removed(label(kind, lang), entry["added"], entry["removed"])]
    parts += _added_removed(fact, facts["added"], facts["removed"]) + [f"  ~ {fact} {f}" for f in facts["changed"]]
    lines += [label("items and facts: {count} added, removed or changed", lang).format(count=len(parts))] + parts
    lines.append(label("texts: {count} changed", lang).format(count=len(report["texts"])))
    lines += [f"  ~ {t['what']} {t['field']}" for t in report["texts"]]
    if "clients" in report:
        changed = report["clients"]["changed"]
        verdicts = sum(1 for c in changed if c["verdict_changed"])
        lines.append(label("clients: {verdicts} of {count} change verdict, {more} more change signs or advice",
                           lang).format(verdicts=verdicts, count=report["clients"]["count"], more=len(changed) - verdicts))
        lines += [f"  {c['client']}: {_how_text(c, lang)}" for c in changed]
    return "\n".join(lines)


def _how_text(change: dict[str, Any], lang: str) -> str:
    """How one client's outcome changes: in English as the diff wrote it; else from its old and new outcomes."""
    old, new = change["old"], change["new"]
    if lang == "en" or "error" in old or "error" in new:
        return "; ".join(change["how"])
    parts = []
    if (old["verdict"], old["strength"]) != (new["verdict"], new["strength"]):
        parts.append(f"{label('verdict', lang)} {term(old['verdict'], lang)} ({term(old['strength'], lang)}) -> "
                     f"{term(new['verdict'], lang)} ({term(new['strength'], lang)})")
    for key, word in (("signs", "Signs"), ("remedies", "Try first"), ("guidance", "Exit plan"),
                      ("prevention", "For your next contracts")):
        moves = [f"-{i}" for i in old[key] if i not in new[key]] + [f"+{i}" for i in new[key] if i not in old[key]]
        if key == "signs":
            moves += [f"{i} {term(old[key][i], lang)}->{term(d, lang)}" for i, d in new[key].items()
                      if i in old[key] and old[key][i] != d]
        if moves:
            parts.append(f"{label(word, lang)} {' '.join(moves)}")
    return "; ".join(parts) or "; ".join(change["how"])


def schemas_of(kb: Knowledge) -> dict[str, dict[str, Any]]:
    """The three schemas, by file name."""
    return {"knowledge.schema.json": knowledge_schema(), "overrides.schema.json": overrides_schema(),
            "client.schema.json": client_schema(kb)}


def run_schema(args: argparse.Namespace) -> int:
    """`knowledge schema [--out DIR]`."""
    schemas = schemas_of(engine_for(args).kb)
    for name, schema in schemas.items():
        write_atomic(Path(args.out) / name, json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    emit(render("command.schema_wrote", {"names": ", ".join(schemas), "folder": args.out}, lang_of(args)))
    return 0
