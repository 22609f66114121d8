"""`batch --format html`: the triage summary as one self-contained page, from the web app's templates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from clientfire.engine.model import Knowledge

from .inputs import RowError
from .sink import Summaries

__all__ = ["write_html"]


def write_html(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: dict[str, Any], kb: Knowledge,
               lang: str = "en") -> None:
    """Stream the page: the rows are read back from `sink` as the template asks for them (memory stays flat)."""
    from clientfire.escape import visible
    from clientfire.web.templating import css, environment
    from clientfire.web.views import strength_titles, verdict_titles

    from .triage import HTML_LEGEND, money_cells

    verdicts, strengths = verdict_titles(kb, lang), strength_titles(kb, lang)
    template = environment().get_template("batch.html")
    context = {"lang": lang, "standalone": True, "css": css(), "rows": sink.ordered(), "total": len(sink),
               "counts": sink.counts(), "errors": errors, "meta": meta, "money": money_cells, "visible": visible,
               "legend": HTML_LEGEND, "verdict_titles": verdicts, "strength_titles": strengths}
    for chunk in template.generate(**context):
        out.write(chunk)
