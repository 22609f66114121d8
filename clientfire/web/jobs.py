"""Portfolio uploads triaged in the background: progress in a file any worker process can read, then the summary."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import secrets
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from clientfire.batch.inputs import Row, RowError, read_rows
from clientfire.batch.triage import counts_of, sort_summaries
from clientfire.batch.workers import Job, Outcome, evaluate_rows
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message, render
from clientfire.options import engine_for
from clientfire.output import write_atomic

from .store import AuditStore

__all__ = ["start_job", "job_status", "SUFFIXES", "STEP", "SHOWN_ROWS"]

SUFFIXES = (".csv", ".jsonl", ".ndjson")
STEP = 200  # rows evaluated between progress updates (and between other requests' engine runs)
SHOWN_ROWS = 1000  # clients listed on the page (the worst first); all are recorded
_JOB_ID = re.compile(r"^[0-9a-f]{24}$")
Json = dict[str, Any]


def _status_file(folder: Path, job_id: str) -> Path:
    return folder / job_id / "status.json"


def _write(folder: Path, job_id: str, status: Json) -> None:
    write_atomic(_status_file(folder, job_id), json.dumps(status, ensure_ascii=False))


def job_status(folder: str, job_id: str) -> Json | None:
    """A job's progress or outcome; None for an id that is not a job of this server."""
    if not _JOB_ID.match(job_id):
        return None
    try:
        return dict(json.loads(_status_file(Path(folder), job_id).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def start_job(folder: str, name: str, data: bytes, settings: Any, store: AuditStore, lock: Any,
              today: dt.date, lang: str) -> str:
    """Save the upload under a new job id and triage it in a thread; the job id."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(message("web.portfolio_suffix", name=Path(name).name[:100]), key="file")
    job_id = secrets.token_hex(12)
    base = Path(folder)
    write_atomic(base / job_id / f"input{suffix}", data)
    _write(base, job_id, {"status": "reading", "name": Path(name).name[:100], "done": 0, "total": 0})
    job = Job(knowledge=settings.knowledge, overrides=settings.overrides, today=today, lang=lang, record=True)
    thread = threading.Thread(target=_run, args=(base, job_id, Path(name).name[:100], suffix, job, store, lock),
                              name=f"clientfire-job-{job_id}", daemon=True)
    thread.start()
    return job_id


def _run(base: Path, job_id: str, name: str, suffix: str, job: Job, store: AuditStore, lock: Any) -> None:
    status: Json = {"status": "running", "name": name, "done": 0, "total": 0}
    try:
        engine = engine_for(argparse.Namespace(knowledge=job.knowledge, overrides=job.overrides))
        left_out: list[str] = []
        rows = _named(list(read_rows(base / job_id / f"input{suffix}", engine.kb, skipped=left_out.extend)),
                      str(base / job_id / f"input{suffix}"), name)
        status["total"] = len(rows)
        outcomes: list[Outcome] = []
        for start in range(0, len(rows), STEP):
            with lock:
                outcomes += evaluate_rows(rows[start:start + STEP], job)
            status["done"] = len(outcomes)
            _write(base, job_id, status)
        ids = store.record_many([o.entry for o in outcomes if o.entry is not None], engine.kb, "web", job.lang,
                                job.overrides)
        _write(base, job_id, {**_outcome(name, outcomes, ids, engine.kb.version, job), "left_out": left_out})
    except ClientfireError as exc:
        saved = str(base / job_id / f"input{suffix}")  # the server's copy, named as the upload was
        _write(base, job_id, {**status, "status": "failed", "error": exc.text(job.lang).replace(saved, name)})
    except Exception as exc:  # noqa: BLE001 - the page must learn that the job ended
        _write(base, job_id, {**status, "status": "failed",
                              "error": render("web.internal", {"name": type(exc).__name__}, job.lang)})


def _named(rows: list[Row | RowError], saved: str, name: str) -> list[Row | RowError]:
    """The rows named after the uploaded file (`clients.csv:12`), not the server's copy of it."""
    return [replace(r, path=name) if isinstance(r, Row) else replace(r, where=r.where.replace(saved, name))
            for r in rows]


def _outcome(name: str, outcomes: list[Outcome], ids: list[int], version: str, job: Job) -> Json:
    ordered = sort_summaries([o.summary for o in outcomes if o.summary is not None])
    by_where = dict(zip([o.summary["where"] for o in outcomes if o.summary is not None and o.entry is not None], ids,
                        strict=False))
    for summary in ordered:
        summary["decision_id"] = by_where.get(summary["where"])
    errors = [{"where": o.error.where, "error": o.error.text(job.lang)} for o in outcomes if o.error is not None]
    return {"status": "done", "name": name, "done": len(outcomes), "total": len(outcomes), "counts": counts_of(ordered),
            "evaluated": len(ordered), "failed": len(errors), "clients": ordered[:SHOWN_ROWS], "errors": errors[:SHOWN_ROWS],
            "knowledge_version": version, "date": job.today.isoformat()}
