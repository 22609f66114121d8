"""The explanation document: the result's JSON plus HOW, WHY NOT and WHAT IF (JSON-ready, no knowledge needed to render)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clientfire.engine.client import ClientFacts

from .how import build_how, run_data
from .what_if import build_what_if
from .why_not import build_why_not, check_verdict

__all__ = ["explanation"]

Json = dict[str, Any]


def explanation(engine: Any, client: ClientFacts, result: Any, lang: str, *, why_not: bool | str = False,
                what_if: bool = False, today: dt.date | None = None, how: bool = True) -> Json:
    """`result.to_json` with `how` (unless False); with `why_not` (True: every verdict not given; or an id), `what_if`."""
    kb = engine.kb
    data = run_data(result, kb, lang)
    doc: Json = {k: v for k, v in data.items() if k != "trace"}
    if how:
        doc["how"] = build_how(kb, data, lang)
    if why_not:
        wanted = None if why_not is True else [check_verdict(kb, str(why_not))]
        doc["why_not"] = build_why_not(kb, data, lang, wanted)
        if wanted and wanted[0] == result.verdict:
            doc["why_not_given"] = wanted
    if what_if:
        day = today or dt.date.fromisoformat(result.today)
        doc["what_if"] = build_what_if(engine, client, day, result)
    return doc
