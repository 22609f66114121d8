"""`clientfire report`: one self-contained HTML page (verdict, signs, plan, HOW, decision path), from the web app's templates."""

from __future__ import annotations

from clientfire.engine.model import Knowledge
from clientfire.engine.result import Result

__all__ = ["to_html", "inline_svg"]


def inline_svg(svg: bytes | str) -> str:
    """The SVG element alone (no XML prolog, DOCTYPE or comments), ready to sit inside HTML."""
    from clientfire.web.templating import inline_svg as markup

    return str(markup(svg))


def to_html(kb: Knowledge, result: Result, lang: str = "en", svg: bytes | str = "", *, diagram: bool = True,
            missing: str = "") -> str:
    """The whole report as one HTML page: no script, no external file, the diagram inline.

    The action plan comes before the long HOW tree; without `svg` (Graphviz's dot missing) the page says
    where the diagram would be and how to install Graphviz, unless `diagram` is False (left out on purpose).
    """
    from clientfire.web.forms import vocab
    from clientfire.web.templating import css, render
    from clientfire.web.views import how_view, result_view

    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    return render("report.html", lang=lang, standalone=True, css=css(), r=result_view(kb, result, lang),
                  how=how_view(kb, result, lang), vocab=vocab(kb, lang), svg=text, missing=missing,
                  with_diagram=diagram)
