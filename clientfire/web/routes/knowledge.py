"""The knowledge page: signs, thresholds and rules with their sources; check and scenario results; trying a change."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from clientfire.commands.check import check_folder
from clientfire.commands.test import default_dir, report_json
from clientfire.engine.model import FactTest, Knowledge
from clientfire.engine.result import pick_text
from clientfire.engine.scenarios import load_scenarios, run_scenario
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message

from ..deps import blocking, checked_form, engine_of, lang_of, page, settings_of, store_of, today_of
from ..portfolio import latest_by_client
from ..tuning import try_change
from .api_read import knowledge_json

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _uses(kb: Knowledge) -> dict[str, list[str]]:
    """Threshold id -> the rules that compare against it."""
    found: dict[str, list[str]] = {}
    for rule in kb.rules:
        for cond in rule.when:
            name = getattr(cond, "threshold", None) or (
                cond.operand.value if isinstance(cond, FactTest) and cond.operand.kind == "name" else None)
            if isinstance(name, str) and name in kb.thresholds:
                found.setdefault(name, []).append(rule.id)
    return found


def _sections(kb: Knowledge, lang: str) -> dict[str, str]:
    return {ref: pick_text(s.text, lang) for ref, s in kb.sections.items()}


@router.get("/knowledge", response_class=HTMLResponse)
async def knowledge(request: Request) -> Response:
    """Everything the verdicts come from, the checks of the knowledge folder, and a form to try a change."""
    engine = engine_of(request)
    settings = settings_of(request)
    lang = lang_of(request)
    report = await blocking(check_folder, settings.knowledge, settings.overrides)
    kinds = Counter(r.then.kind for r in engine.kb.rules)
    return page(request, "knowledge.html", k=knowledge_json(engine.kb, lang), uses=_uses(engine.kb),
                sections=_sections(engine.kb, lang), check=report.to_json(), kinds=dict(kinds),
                folder=settings.knowledge or "bundled", overrides=settings.overrides)


def _scenarios(request: Request) -> dict[str, Any]:
    engine = engine_of(request)
    scenarios = load_scenarios(default_dir(settings_of(request).knowledge))
    day = today_of(request)
    return report_json([run_scenario(engine, s, day) for s in scenarios], engine.kb)


@router.get("/knowledge/scenarios", response_class=HTMLResponse)
async def scenarios(request: Request) -> Response:
    """The knowledge folder's scenario tests, run now, with the rules no scenario fires."""
    try:
        found = await blocking(_scenarios, request)
    except ClientfireError as exc:
        return page(request, "_message.html", message=exc.text(lang_of(request)))
    return page(request, "_scenarios.html", s=found)


async def _uploads(form: Any) -> tuple[tuple[str, bytes] | None, list[tuple[str, bytes]]]:
    """The overrides (a file, or text typed in) or the knowledge files of the form."""
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    upload = form.get("overrides")
    if isinstance(upload, UploadFile) and upload.filename:
        return (upload.filename, await upload.read()), []
    text = form.get("overrides_text")
    if isinstance(text, str) and text.strip():
        return ("overrides.yaml", text.encode("utf-8")), []
    if files:
        return None, [(PurePath(f.filename or "").name, await f.read()) for f in files]
    raise InputError(message("web.give_change"), key="overrides")


@router.post("/knowledge/try", response_class=HTMLResponse)
async def try_it(request: Request) -> Response:
    """An overrides file (or an edited knowledge folder): its check, what it changes, whose verdicts change."""
    form = await checked_form(request)
    engine = engine_of(request)
    settings = settings_of(request)
    try:
        overrides, files = await _uploads(form)
        latest = [store_of(request).get(int(row["latest"]["id"]))
                  for row in latest_by_client(store_of(request).summaries(), engine.kb)]
        found = await blocking(try_change, engine, settings.knowledge, overrides, files, latest, today_of(request),
                               lang_of(request))
    except ClientfireError as exc:
        return page(request, "_message.html", message=exc.text(lang_of(request)))
    return page(request, "_try.html", tried=found)
