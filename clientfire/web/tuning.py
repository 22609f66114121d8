"""Trying a change of the knowledge from the browser: an overrides file or an edited knowledge folder, uploaded,
checked, compared with the knowledge in use, and run on every client of the audit log."""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from clientfire.commands.batch import report_names
from clientfire.commands.check import check_folder
from clientfire.engine import Engine
from clientfire.engine.knowledge_diff import diff_knowledge, verdict_changes
from clientfire.engine.overrides import load_merged
from clientfire.engine.validate import validate
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message, render

__all__ = ["try_change", "MAX_CLIENTS", "KNOWLEDGE_NAME"]

MAX_CLIENTS = 2000
KNOWLEDGE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.ya?ml$")
Json = dict[str, Any]


def _shown(text: str, folder: str) -> str:
    """A message without the temporary folder the upload was written to."""
    return text.replace(folder + "/", "")


def _write_clients(folder: Path, latest: list[Json]) -> dict[str, str]:
    """The latest facts of each client (from the audit log) as client files to compare with: file name -> client."""
    folder.mkdir()
    names = report_names([row["client"] for row in latest], ".json")
    for row, name in zip(latest, names, strict=True):
        (folder / name).write_text(json.dumps(row["input"], ensure_ascii=False), encoding="utf-8")
    return dict(zip(names, [row["client"] for row in latest], strict=True))


def try_change(current: Engine, base_dir: str | None, overrides: tuple[str, bytes] | None,
               files: list[tuple[str, bytes]], latest: list[Json], today: dt.date, lang: str = "en") -> Json:
    """What an uploaded overrides file (merged on the knowledge in use) or knowledge folder changes, and for whom
    (the heading, the findings and the error said in `lang`)."""
    with tempfile.TemporaryDirectory(prefix="clientfire-try-") as tmp:
        root = Path(tmp)
        if overrides is not None:
            target = root / "overrides.yaml"
            target.write_bytes(overrides[1])
            spec, folder, extra = render("web.try_overrides", {"name": Path(overrides[0]).name[:100]}, lang), base_dir, target
        else:
            folder, extra = str(root / "knowledge"), None
            (root / "knowledge").mkdir()
            for name, data in files:
                if not KNOWLEDGE_NAME.match(name):
                    raise InputError(message("web.knowledge_name", name=name[:100]), key="files")
                (root / "knowledge" / name).write_bytes(data)
            spec = render("web.try_folder", {"count": len(files)}, lang)
        report = check_folder(folder, extra)
        findings = [_shown(f.text(lang), tmp) for f in report.findings]
        try:
            new = Engine(kb=validate(load_merged(folder, extra)))
        except ClientfireError as exc:
            return {"spec": spec, "error": _shown(exc.text(lang), tmp), "findings": findings}
        diff = diff_knowledge(current.kb, new.kb)
        chosen = latest[:MAX_CLIENTS]
        by_file = _write_clients(root / "clients", chosen)
        changes = verdict_changes(current, new, sorted(root / "clients" / name for name in by_file), today)
        for change in changes:
            change["client"] = by_file.get(change["client"], change["client"])
            change.pop("path", None)
        return {"spec": spec, "error": None, "findings": findings, "old": current.kb.version, "new": new.kb.version,
                "diff": diff, "clients": len(chosen), "changes": changes,
                "verdicts_changed": sum(1 for c in changes if c["verdict_changed"])}
