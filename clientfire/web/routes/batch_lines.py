"""`/v1/batch`'s stream: JSON Lines read as they arrive, evaluated in chunks, one answer line per client line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import Request

from clientfire.audit.recorder import AuditEntry, entry_of
from clientfire.batch.inputs import Row, to_client
from clientfire.batch.triage import summary_of
from clientfire.engine import Engine
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message

from ..bodies import SHOWN, json_document
from ..deps import blocking, settings_of, store_of

__all__ = ["batch_lines", "CHUNK"]

CHUNK = 64
Json = dict[str, Any]


def _error(line: int | None, exc: ClientfireError) -> Json:
    return {"line": line, "error": {**exc.to_dict(), "detail": str(exc)}}


def _rows(request: Request, engine: Engine, rows: list[tuple[int, bytes]], day: dt.date, lang: str,
          record: bool) -> bytes:
    """Evaluate one chunk of lines; record the verdicts in one transaction; the answer lines."""
    answers: list[Json] = []
    entries: list[AuditEntry] = []
    for line, raw in rows:
        try:
            text = raw.decode("utf-8")
            client = to_client(Row(line, SHOWN, line, json_document(text, SHOWN, line), "jsonl"), engine.kb)
            result = engine.evaluate(client, day)
        except UnicodeDecodeError:
            answers.append(_error(line, InputError(message("web.line_not_utf8"), path=SHOWN, line=line)))
            continue
        except ClientfireError as exc:
            answers.append(_error(line, exc))
            continue
        summary = summary_of(result, engine.kb, f"{SHOWN}:{line}")
        answers.append({"line": line, **summary, "decision_id": None})
        if record:
            entries.append(entry_of(result, engine.kb, client.as_given(), lang=lang, input_path=f"{SHOWN}:{line}"))
    if entries:
        ids = iter(store_of(request).record_many(entries, engine.kb, "api", lang, settings_of(request).overrides))
        for answer in answers:
            if "error" not in answer:
                answer["decision_id"] = next(ids)
    return b"".join(json.dumps(a, ensure_ascii=False).encode("utf-8") + b"\n" for a in answers)


async def batch_lines(request: Request, body: bytes, engine: Engine, day: dt.date, lang: str,
                      record: bool) -> AsyncIterator[bytes]:
    """The answer lines, in input order, each chunk written as soon as it is evaluated.

    The body is read whole before the answer starts (up to the upload limit): Starlette's streaming
    response listens for the client's disconnect on the channel the body arrives on.
    """
    rows = [(number, raw) for number, raw in enumerate(body.split(b"\n"), start=1) if raw.strip()]
    for start in range(0, len(rows), CHUNK):
        yield await blocking(_rows, request, engine, rows[start:start + CHUNK], day, lang, record)
