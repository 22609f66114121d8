"""The routers, one per area: the API (verdicts, reading), the pages (form, verdict, portfolio, audit, knowledge), docs."""

from __future__ import annotations

from . import api, api_read, docs, form, knowledge, pages, verdict

__all__ = ["ROUTERS"]

ROUTERS = (api.router, api_read.router, api_read.meta, form.router, verdict.router, pages.router, knowledge.router,
           docs.router)
