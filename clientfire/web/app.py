"""The web app: FastAPI with the routers per area, the guard in front, the packaged static files, JSON errors."""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from clientfire import __version__
from clientfire.options import engine_for

from .replies import HANDLERS
from .security import Guard
from .settings import Settings
from .store import AuditStore
from .templating import STATIC

__all__ = ["create_app", "app_from_env", "DESCRIPTION"]

DESCRIPTION = """Should you fire this client? The explained verdicts of clientfire's rule engine over HTTP.

Client facts go in as a client file would hold them (JSON, grouped like `{"payment": {"late_invoices": 6}}`
or with dotted names like `{"payment.late_invoices": 6}`); a missing fact is unknown. Bad input is answered
with 422 and the error the command line prints: `message`, `path`, `line`, `key`, `suggestion`, `detail`.
When the server was started for other hosts, every request carries `Authorization: Bearer <CLIENTFIRE_TOKEN>`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for `settings` (default: what `clientfire serve` left in the environment)."""
    from .routes import ROUTERS
    from .routes.docs import openapi_of

    chosen = (settings or Settings.from_env()).check()
    if not chosen.jobs_dir:
        chosen = dataclasses.replace(chosen, jobs_dir=tempfile.mkdtemp(prefix="clientfire-jobs-"))
    app = FastAPI(title="clientfire", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.settings = chosen
    app.state.store = AuditStore(chosen.db)
    for error, handler in HANDLERS.items():
        app.add_exception_handler(error, handler)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")
    app.add_middleware(Guard, settings=chosen)  # type: ignore[arg-type]
    engine = engine_for(argparse.Namespace(knowledge=chosen.knowledge, overrides=chosen.overrides))  # fails early
    app.openapi = lambda: openapi_of(app, engine.kb)  # type: ignore[method-assign]
    return app


def app_from_env() -> Any:
    """The factory uvicorn's workers call (`clientfire.web.app:app_from_env`)."""
    return create_app()
