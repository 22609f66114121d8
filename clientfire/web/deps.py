"""Dependencies of the routes: settings, the engine, the audit log, the language, the date, pages, CSRF, engine runs."""

from __future__ import annotations

import argparse
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from clientfire.engine import Engine
from clientfire.engine.model import LANGUAGES
from clientfire.errors import InputError
from clientfire.messages import message
from clientfire.options import engine_for

from .forms import vocab
from .security import CSRF_COOKIE, csrf_ok, new_csrf
from .settings import Settings
from .store import AuditStore
from .templating import render
from .views import strength_titles, verdict_titles
from .words import word

__all__ = ["settings_of", "engine_of", "store_of", "lang_of", "today_of", "page", "notice_page", "checked_form",
           "blocking", "quick", "CsrfError", "LANG_NAMES", "ENGINE_LOCK"]

T = TypeVar("T")
LANG_NAMES = {"en": "English", "id": "Bahasa Indonesia", "ko": "한국어", "fi": "suomi"}
#: durable_rules' C engine is not known to be safe across threads: one engine run at a time in each process
ENGINE_LOCK = threading.RLock()


class CsrfError(Exception):
    """A form post without this server's CSRF token."""


def settings_of(request: Request) -> Settings:
    """The server's settings."""
    return request.app.state.settings  # type: ignore[no-any-return]


def engine_of(request: Request) -> Engine:
    """The engine for the configured knowledge and overrides (compiled once per process, anew after an edit)."""
    found = settings_of(request)
    with ENGINE_LOCK:
        return engine_for(argparse.Namespace(knowledge=found.knowledge, overrides=found.overrides))


def store_of(request: Request) -> AuditStore:
    """The audit log (`serve --db`)."""
    return request.app.state.store  # type: ignore[no-any-return]


def _accepted(header: str) -> list[str]:
    """The languages of an Accept-Language header, most wanted first."""
    ranked = []
    for index, part in enumerate(header.split(",")):
        code, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, index, code.strip()[:2].lower()))
    return [code for _, _, code in sorted(ranked)]


def lang_of(request: Request) -> str:
    """`?lang=`, then the language cookie, then the browser's Accept-Language, then English."""
    for chosen in (request.query_params.get("lang"), request.cookies.get("lang")):
        if chosen in LANGUAGES:
            return chosen
    return next((c for c in _accepted(request.headers.get("accept-language", "")) if c in LANGUAGES), "en")


def today_of(request: Request, raw: str | None = None) -> dt.date:
    """The evaluation date: `raw` (a form or query field), the server's `--today`, else today."""
    chosen = raw or request.query_params.get("today") or settings_of(request).today
    if not chosen:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(chosen)
    except ValueError as exc:
        raise InputError(message("web.today", raw=chosen), key="today") from exc


def _csrf(request: Request) -> str:
    token = request.cookies.get(CSRF_COOKIE, "")
    if not csrf_ok(settings_of(request).secret, token, token):
        token = getattr(request.state, "csrf", None) or new_csrf(settings_of(request).secret)
    request.state.csrf = token
    return token


def _lang_link(request: Request, code: str) -> str:
    url = request.url.include_query_params(lang=code)
    return f"{url.path}?{url.query}"


def _context(request: Request, lang: str) -> dict[str, Any]:
    kb = engine_of(request).kb
    langs = [(code, LANG_NAMES[code], _lang_link(request, code)) for code in LANGUAGES]
    return {"lang": lang, "langs": langs, "csrf": _csrf(request), "standalone": False, "vocab": vocab(kb, lang),
            "path": request.url.path, "verdict_titles": verdict_titles(kb, lang),
            "strength_titles": strength_titles(kb, lang)}


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page (or a piece for htmx to swap in), in the visitor's language, with the CSRF token its forms carry."""
    lang = context.get("lang") or lang_of(request)
    full = {**_context(request, lang), **context}
    response = HTMLResponse(render(template, **full), status_code=status)
    if request.cookies.get(CSRF_COOKIE) != full["csrf"]:
        response.set_cookie(CSRF_COOKIE, full["csrf"], httponly=True, samesite="strict")
    if request.query_params.get("lang") in LANGUAGES and request.cookies.get("lang") != lang:
        response.set_cookie("lang", lang, samesite="lax", max_age=365 * 86400)
    return response


def notice_page(request: Request, heading: str, text: str, status: int = 404) -> HTMLResponse:
    """Something asked for is not there (or a form expired): a page with `heading` for a browser that navigated
    here, the bare notice for htmx to swap in; both in the visitor's language."""
    if request.headers.get("hx-request"):
        return page(request, "_message.html", status=status, message=text)
    lang = lang_of(request)
    return page(request, "error.html", status=status, heading=word(heading, lang), message=text)


async def checked_form(request: Request) -> FormData:
    """The posted form, after its CSRF token (form field `csrf` or header X-CSRF-Token) matched the cookie."""
    form = await request.form(max_files=200, max_fields=2000)
    given = request.headers.get("x-csrf-token") or form.get("csrf")
    if not csrf_ok(settings_of(request).secret, request.cookies.get(CSRF_COOKIE), given if isinstance(given, str) else None):
        raise CsrfError("this form has expired or did not come from this server: reload the page and try again")
    return form


async def quick(function: Callable[..., T], *args: Any) -> T:
    """Engine work of a millisecond or two: on the event loop when the engine is free (no thread hop), else blocking."""
    if ENGINE_LOCK.acquire(blocking=False):
        try:
            return function(*args)
        finally:
            ENGINE_LOCK.release()
    return await blocking(function, *args)


async def blocking(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run engine work off the event loop, one run at a time in this process."""

    def locked() -> T:
        with ENGINE_LOCK:
            return function(*args, **kwargs)

    return await run_in_threadpool(locked)
