"""A rule's condition in the reader's language: `sign: {degree: serious}` reads `신호: {정도: 심각함}` in Korean."""

from __future__ import annotations

from clientfire.engine.conditions import condition_text
from clientfire.engine.model import FactTest, Match, SignsAtLeast

from .evidence import format_value
from .labels import label

__all__ = ["pattern_in"]

#: attribute values that are interface words (degrees); other values are ids and stay as written
_WORD_VALUES = ("mild", "serious")


#: kinds of conclusion whose ids are verdicts (shown in words)
_VERDICT_KINDS = ("verdict", "candidate")


def _value(value: object, lang: str, words: bool = False) -> str:
    if isinstance(value, bool) or value is None:
        return format_value(value, lang)
    return label(str(value), lang) if words or value in _WORD_VALUES else str(value)


def _listed(values: list[str]) -> str:
    return values[0] if len(values) == 1 else "[" + ", ".join(values) + "]"


def pattern_in(cond: object, lang: str) -> str:
    """`condition_text(cond)` in `lang`: kinds, attribute names, yes/no and degrees translated, ids kept."""
    if lang == "en":
        return condition_text(cond)
    if isinstance(cond, FactTest):
        suffix = f" {label('or unknown', lang)}" if cond.or_unknown else ""
        return f"{cond.fact} {cond.op} {_value(cond.operand.value, lang)}{suffix}"
    if isinstance(cond, Match):
        verdicts = cond.kind in _VERDICT_KINDS
        attrs = {name: [_value(v, lang, verdicts and name in ("id", "verdict")) for v in values]
                 for name, values in cond.attrs}
        kind = label(cond.kind, lang)
        if set(attrs) == {"id"}:
            return f"{kind}: {_listed(attrs['id'])}"
        parts = [f"{label(k, lang)}: {_listed(v)}" for k, v in attrs.items()]
        return f"{kind}: {{{', '.join(parts)}}}"
    if isinstance(cond, SignsAtLeast):
        return f"{label('signs_at_least', lang)}: {cond.threshold}"
    return condition_text(cond)
