"""The read side of the API: facts, the client schema, the knowledge, the audit log; health and version."""

from __future__ import annotations

import datetime as dt
import platform
from importlib import metadata
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from clientfire import __version__
from clientfire.engine.conditions import condition_text
from clientfire.engine.model import Knowledge
from clientfire.engine.result import pick_text, source_of
from clientfire.engine.schema import client_schema

from ..deps import blocking, engine_of, lang_of, store_of
from ..replies import json_reply
from .docs_schema import answers, object_of

__all__ = ["router", "meta", "knowledge_json", "facts_json", "RecordId"]

router = APIRouter(prefix="/v1", tags=["reading"])
#: an audit record's id (SQLite's integers stop at 2**63 - 1)
RecordId = Annotated[int, Path(ge=1, le=2**63 - 1, description="the audit record's id")]
meta = APIRouter(tags=["service"])
_ROWS = {"type": "array", "items": {"type": "object"}}


def facts_json(kb: Knowledge, lang: str) -> list[dict[str, Any]]:
    """Every fact: id, type, unit, meaning, the question asked for it, its formula if derived."""
    return [{"id": f.id, "type": f.type, "unit": f.unit, "text": pick_text(f.text, lang),
             "question": pick_text(f.question, lang) if f.question else None, "derived": f.formula}
            for f in kb.facts.values()]


def knowledge_json(kb: Knowledge, lang: str) -> dict[str, Any]:
    """The knowledge in use: verdicts, signs, thresholds and rules, each with its sources."""
    def item(i: Any) -> dict[str, Any]:
        return {"id": i.id, "title": pick_text(i.title, lang), "text": pick_text(i.text, lang),
                "source": source_of(kb, i.source, lang)}

    return {"version": kb.version, "verdicts": [item(v) for v in kb.verdicts],
            "strengths": [{"id": s.id, "title": pick_text(s.title, lang)} for s in kb.strengths],
            "signs": [{**item(s), "article": s.article} for s in kb.signs],
            "thresholds": [{"id": t.id, "value": t.value, "unit": t.unit, "note": t.note} for t in kb.thresholds.values()],
            "rules": [{"id": r.id, "when": [condition_text(c) for c in r.when],
                       "then": {"kind": r.then.kind, "id": r.then.id, **dict(r.then.attrs)},
                       "text": pick_text(r.text, lang), "source": source_of(kb, r.source, lang), "where": str(r.loc)}
                      for r in kb.rules]}


@router.get("/facts", summary="The fact vocabulary of client files", responses=answers(_ROWS, body=False))
async def facts(request: Request) -> Response:
    """Every fact with its type, unit and meaning (in the request's language); derived facts carry their formula."""
    return json_reply(facts_json(engine_of(request).kb, lang_of(request)))


@router.get("/schema/client", summary="The JSON Schema of a client file", responses=answers({"type": "object"}, body=False))
async def schema(request: Request) -> Response:
    """The schema editors and integrations can check client files with (the knowledge in use)."""
    return json_reply(client_schema(engine_of(request).kb))


_KNOWLEDGE = object_of(("version", "verdicts", "signs", "thresholds", "rules"))


@router.get("/knowledge", summary="The knowledge in use: verdicts, signs, thresholds, rules",
            responses=answers(_KNOWLEDGE, body=False))
async def knowledge(request: Request) -> Response:
    """Everything the verdicts come from, with the article sections each part cites."""
    return json_reply(knowledge_json(engine_of(request).kb, lang_of(request)))


_LIST = object_of(("count", "records"), count={"type": "integer"}, records=_ROWS)


@router.get("/audit", summary="The recorded verdicts (summaries, oldest first)", responses=answers(_LIST, body=False))
def audit_list(request: Request,
               client: Annotated[str | None, Query(description="part of the client's name, any case")] = None,
               since: Annotated[dt.date | None, Query(description="only records made on or after this date")] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    """Record summaries: id, time, command, client, verdict, strength, evaluation date, knowledge version."""
    rows = store_of(request).summaries(client, since.isoformat() if since else None)
    return json_reply({"count": len(rows), "records": rows[offset:offset + limit]})


@router.get("/audit/{record_id}", summary="One recorded verdict in full", responses=answers({"type": "object"},
            found=True, body=False))
def audit_record(request: Request, record_id: RecordId) -> Response:
    """The facts, the result, the trace, the explanation and the output exactly as they were given."""
    return json_reply(store_of(request).get(record_id))


_REPLAY = object_of(("id", "recorded", "reproduced", "today", "same_verdict", "diff"))


@router.post("/audit/{record_id}/replay", summary="Re-run a recorded verdict on today's knowledge",
             responses=answers(_REPLAY, found=True, body=False))
async def audit_replay(request: Request, record_id: RecordId, today: dt.date | None = None) -> Response:
    """On the knowledge it was given with (reproduced?) and on today's (the same verdict?), and what changed."""
    found = await blocking(store_of(request).replay, record_id, engine_of(request), today)
    return json_reply(found)


_HEALTH = object_of(("status", "knowledge_version"), status={"type": "string"}, knowledge_version={"type": "string"})


@meta.get("/health", summary="Is the server up, and which knowledge does it run", responses=answers(_HEALTH, body=False))
async def health(request: Request) -> Response:
    """`ok` and the knowledge version."""
    return json_reply({"status": "ok", "knowledge_version": engine_of(request).kb.version})


_VERSION = object_of(("clientfire", "knowledge_version", "python", "durable_rules"))


@meta.get("/version", summary="Versions of clientfire, its knowledge and its engine", responses=answers(_VERSION, body=False))
async def version(request: Request) -> Response:
    """clientfire's version, the knowledge version, Python's and durable_rules'."""
    return json_reply({"clientfire": __version__, "knowledge_version": engine_of(request).kb.version,
                       "python": platform.python_version(), "durable_rules": metadata.version("durable-rules")})
