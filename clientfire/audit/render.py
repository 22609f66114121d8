"""A compact record made whole again: its verdict re-run on its own knowledge snapshot, explained and rendered as
it was printed (the trace and the outputs' digests prove it), or its outputs as kept (records of schema 1)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from clientfire.errors import AuditError, ClientfireError
from clientfire.messages import Message, message

from .codec import decode_body, digest, pack_trace, unpack_trace
from .snapshot import load_snapshot, relocated
from .store import Store

__all__ = ["RENDERER", "FORMATS", "Rendered", "render_record", "snapshot_engine"]

Json = dict[str, Any]
FORMATS = ("text", "markdown", "json")
#: the version of the outputs a compact record is rendered into on `audit show`: raise it whenever a change alters
#: what `verdict`, `explain` or `ask` print for the same facts and knowledge (tests/test_audit_render.py pins it;
#: tests/data/make_renderer_fixture.py makes the fixture of a new one). 1: before issue 13; 2: `evidence` in results;
#: 3: issue 11 (three-valued reasoning: notices, bounds, the unknown facts that matter, the new knowledge texts);
#: 4: issue 16 (interface words, numbers and yes/no in the chosen language; `detail_types` in results; citations
#: name the article and its publisher, not the seed file); 5: issue 16's second pass (a count of one in the singular,
#: Korean particles fitted to the value before them, a sign's evidence says a yes/no fact once)
RENDERER = "5"
_engines: dict[tuple[str, str], Any] = {}


@dataclass(frozen=True)
class Rendered:
    """A record made whole: the outputs by format, the explanation (or result) and the trace; `note` if it was
    rendered by another renderer version than the one it was made with and nothing proved the text the same."""

    texts: dict[str, str]
    doc: Json
    trace: list[Json]
    note: Message | None = None


def snapshot_engine(store: Store, kb_hash: str, where: Json | None = None) -> Any:
    """An Engine on the knowledge snapshot `kb_hash` (rules named where they were written then), cached."""
    from clientfire.engine import Engine

    key = (kb_hash, json.dumps(where, sort_keys=True))
    if key not in _engines:
        files_text = store.snapshot(kb_hash)
        if files_text is None:
            raise AuditError(message("audit.snapshot_missing", hash=kb_hash[:12]), path=store.target)
        files = json.loads(files_text)
        base = next((e for (h, _), e in _engines.items() if h == kb_hash), None)
        if base is None:
            base = Engine(kb=load_snapshot(files))
        engine = copy.copy(base)
        engine.kb = relocated(base.kb, files, where)  # locations only: the compiled rules are the same
        _engines[key] = engine
    return _engines[key]


def _doc(engine: Any, client: Any, result: Any, lang: str, options: Json, day: dt.date) -> tuple[Json, Any]:
    if options.get("render") == "explanation":
        from clientfire.explain.explain_render import render_explanation
        from clientfire.explain.explanation import explanation

        without = options.get("without") or []  # parts left out (`explain --what-if`); older records: none
        doc = explanation(engine, client, result, lang, what_if=bool(options.get("what_if")), today=day,
                          why_not=False if "why_not" in without else options.get("why_not", True),
                          how="how" not in without)
        return doc, render_explanation
    from clientfire.explain.explain_render import render_verdict

    doc = result.to_json(engine.kb, lang)
    if options.get("how"):
        from clientfire.explain.how import build_how, run_data

        doc["how"] = build_how(engine.kb, run_data(result, engine.kb, lang), lang)
    return doc, render_verdict


def _stored(body: Json) -> Rendered:
    doc: Json = body.get("explanation") or body.get("result") or {}
    return Rendered(dict(body["rendered"]), doc, unpack_trace(body["trace"]))


def _sealed(row: Json, body: Json, kept: bytes) -> Rendered:
    """The outputs `audit seal` kept (checked against the digests of what was printed, where the record has them)."""
    texts = decode_body(kept, row["id"]) or {}
    digests = body.get("digests") or {}
    if any(fmt in texts and digest(texts[fmt]) != value for fmt, value in digests.items()):
        raise AuditError(message("audit.text_digest", id=row["id"]))
    doc = json.loads(texts["json"]) if "json" in texts else {}
    return Rendered({k: str(v) for k, v in texts.items()}, doc, unpack_trace(body["trace"]))


def render_record(store: Store, row: Json, formats: tuple[str, ...] = FORMATS, sealed: bool = True) -> Rendered:
    """The outputs of record `row` in `formats`; AuditError when they cannot be given exactly as printed.
    `sealed`: give the text `audit seal` kept, if any (False: make it again, as a test of the renderer does)."""
    rid = row["id"]
    body = decode_body(row["body"], rid)
    if body is None:
        raise AuditError(message("audit.erased", id=rid, by=row["forgotten_by"]))
    if "rendered" in body:
        return _stored(body)
    kept = store.text(rid) if sealed and "event" not in body else None
    if kept is not None:
        return _sealed(row, body, kept[1])
    if "event" in body:
        text = json.dumps({"id": rid, "command": row["command"], **body["event"]}, indent=2, ensure_ascii=False)
        return Rendered({fmt: text + "\n" for fmt in formats}, body["event"], [])
    from clientfire.engine import client_from_mapping

    options = body.get("options", {})
    engine = snapshot_engine(store, row["knowledge_hash"], options.get("where"))
    day = dt.date.fromisoformat(row["evaluated_on"])
    try:
        client = client_from_mapping(body["input"], engine.kb, row["input_path"] or f"<audit record {rid}>",
                                     default_name=row["client"])
        result = engine.evaluate(client, day, unknowns=bool(options.get("unknowns")))
    except ClientfireError as exc:
        raise AuditError(message("audit.cannot_rerun", id=rid, reason=exc)) from exc
    if pack_trace(result.trace) != body["trace"]:
        raise AuditError(message("audit.other_trace", id=rid))
    doc, render = _doc(engine, client, result, row["lang"], options, day)
    texts = {fmt: render(doc, fmt) for fmt in formats}
    digests = body.get("digests") or {}
    for fmt, text in texts.items():
        if fmt in digests and digest(text) != digests[fmt]:
            raise AuditError(message("audit.other_renderer", id=rid, fmt=fmt, renderer=RENDERER,
                                             theirs=row["renderer"]))
    note = None
    if row["renderer"] != RENDERER and not all(f in digests for f in texts):
        note = message("audit.out.other_renderer_note", id=rid, made=row["renderer"], shown=RENDERER)
    return Rendered(texts, doc, [dict(f) for f in result.trace], note)
