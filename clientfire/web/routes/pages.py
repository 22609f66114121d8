"""The portfolio (from the audit log, with uploads triaged in the background) and the audit record pages."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.datastructures import UploadFile

from clientfire.audit.recorder import FORMATS
from clientfire.engine.client import client_from_mapping
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message, render

from ..deps import (
    ENGINE_LOCK,
    blocking,
    checked_form,
    engine_of,
    lang_of,
    notice_page,
    page,
    settings_of,
    store_of,
    today_of,
)
from ..forms import query_of
from ..jobs import job_status, start_job
from ..portfolio import latest_by_client, sign_grid, verdict_chart
from ..store import NotFound
from .api_read import RecordId

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/portfolio", response_class=HTMLResponse)
async def portfolio(request: Request) -> Response:
    """Every client in the audit log with its latest verdict, worst first, and its history as a small chart."""
    kb = engine_of(request).kb
    rows = latest_by_client(store_of(request).summaries(), kb)
    for row in rows:
        row["chart"] = verdict_chart(row["history"], kb)
    return page(request, "portfolio.html", rows=rows)


@router.get("/portfolio/client", response_class=HTMLResponse)
async def client_history(request: Request, name: str) -> Response:
    """One client's decisions over time: the verdicts as a chart, the signs of each decision as a grid."""
    kb = engine_of(request).kb
    records = store_of(request).history(name)
    if not records:
        return notice_page(request, "Not found", render("web.no_history", {"name": name}, lang_of(request)))
    chart = verdict_chart(records, kb, (max(320, 60 * len(records)), 120, 14))
    return page(request, "client.html", name=name, records=records, history_chart=chart, grid=sign_grid(records, kb))


@router.post("/portfolio/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    """A portfolio (CSV or JSON Lines) triaged in the background; the page polls its progress."""
    form = await checked_form(request)
    file = form.get("file")
    try:
        if not isinstance(file, UploadFile) or not file.filename:
            raise InputError(message("web.choose_portfolio"), key="file")
        job_id = start_job(settings_of(request).jobs_dir, file.filename, await file.read(), settings_of(request),
                           store_of(request), ENGINE_LOCK, today_of(request, str(form.get("today") or "") or None),
                           lang_of(request))
    except ClientfireError as exc:
        return page(request, "_message.html", message=exc.text(lang_of(request)))
    return page(request, "_job.html", job_id=job_id, job=job_status(settings_of(request).jobs_dir, job_id))


@router.get("/portfolio/jobs/{job_id}", response_class=HTMLResponse)
async def job(request: Request, job_id: str) -> Response:
    """An upload's progress, then its triage (worst first)."""
    found = job_status(settings_of(request).jobs_dir, job_id)
    if found is None:
        return notice_page(request, "Not found", render("web.no_job", {}, lang_of(request)))
    return page(request, "_job.html", job_id=job_id, job=found)


@router.get("/audit/{record_id}", response_class=HTMLResponse)
async def audit_record(request: Request, record_id: RecordId) -> Response:
    """The explanation exactly as it was given, the facts it was given for, and a replay on today's knowledge."""
    try:
        record = store_of(request).get(record_id)
    except NotFound:
        return notice_page(request, "Not found", render("audit.no_record", {"id": record_id}, lang_of(request)))
    engine = engine_of(request)
    try:
        client = client_from_mapping(record["input"], engine.kb, f"audit record {record_id}")
        query = query_of(client, today=record["evaluated_on"])
    except ClientfireError:
        query = ""  # facts today's knowledge no longer knows: no link into the form
    return page(request, "audit.html", rec=record, query=query, formats=[f for f in FORMATS if f in record["rendered"]])


@router.get("/audit/{record_id}/output")
async def audit_output(request: Request, record_id: RecordId, format: str = "text") -> Response:  # noqa: A002
    """The stored output in one format, byte for byte (text, markdown or json)."""
    record = store_of(request).get(record_id)
    rendered = record["rendered"]
    if format not in rendered:
        raise InputError(message("audit.not_kept_as", id=record_id, fmt=format, kept=", ".join(rendered)), key="format")
    media = {"json": "application/json", "markdown": "text/markdown"}.get(format, "text/plain")
    return PlainTextResponse(rendered[format], media_type=f"{media}; charset=utf-8")


@router.post("/audit/{record_id}/replay", response_class=HTMLResponse)
async def audit_replay(request: Request, record_id: RecordId) -> Response:
    """The record re-run on its own knowledge and on today's: the same verdict?, and what changed."""
    await checked_form(request)
    try:
        found = await blocking(store_of(request).replay, record_id, engine_of(request))
    except NotFound:
        return notice_page(request, "Not found", render("audit.no_record", {"id": record_id}, lang_of(request)))
    return page(request, "_replay.html", rep=found)
