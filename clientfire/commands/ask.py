"""`clientfire ask`: a consultation that asks only the questions that can still change the verdict."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import yaml

from clientfire.audit.recorder import add_record_options, record_run, renderings
from clientfire.consult.answers import parse_answers, read_answers
from clientfire.consult.asking import also_asked
from clientfire.consult.screens import covered, group_of, is_list, is_screen, shown
from clientfire.consult.session import Consultation, Question, Reply
from clientfire.consult.words import say
from clientfire.engine.client import MAX_CLIENT_BYTES
from clientfire.engine.result import pick_text
from clientfire.engine.yamlio import dump_yaml
from clientfire.explain.evidence import format_value
from clientfire.explain.explain_render import render_verdict
from clientfire.explain.how import build_how, run_data
from clientfire.options import add_format, add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import use_colour, write_atomic
from clientfire.record import replace

__all__ = ["register", "run", "format_question", "settled_line"]

INTRO = say("intro", "en")


def register(subparsers: Any) -> None:
    """Add the `ask` sub-command."""
    parser = subparsers.add_parser(
        "ask", help="answer a few questions and get the explained verdict (no client file needed)",
        description="A consultation: asks only what can still change the verdict, and says why. "
                    "Interactive on a terminal; with --answers FILE or answers on standard input it runs unattended.")
    parser.add_argument("--save", metavar="FILE", help="save the answers as a client file (YAML, or JSON by suffix)")
    parser.add_argument("--answers", metavar="FILE",
                        help="take answers from FILE (a client file, or `fact=value` lines); unasked facts stay unused")
    parser.add_argument("--name", default=None, help="the client's name (default: from --answers, else 'client')")
    add_format(parser)
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    add_record_options(parser)
    parser.set_defaults(run=run)


def format_question(q: Question, lang: str = "en") -> str:
    """`3. How many invoices ...?  [a whole number (invoices)]  payment.late_invoices` (in `lang`)."""
    stage = say(" (exit plan)", lang) if q.phase == "exit" else ""
    items = "".join(f"\n   {n}) {text}" for n, (_, text) in enumerate(q.options, 1))
    return f"\n{q.number}. {q.text}{stage}{items}\n   [{q.hint}]  {shown(q.fact, lang)}"


def run(args: argparse.Namespace) -> int:
    """Run the consultation (interactive or from answers), then print the verdict."""
    engine = engine_for(args)
    lang = lang_of(args)
    given: dict[str, Any] | None = None
    lines: list[str] | None = None
    if args.answers:
        given = read_answers(args.answers, engine.kb, lang)
    elif not sys.stdin.isatty():
        given, lines = _stdin_answers(engine.kb, lang)
    name = args.name or str((given or {}).pop("client", "") or "") or (Path(args.save).stem if args.save else "client")
    session = Consultation(engine, today_of(args), lang, name)
    log = sys.stderr if args.format == "json" else sys.stdout
    try:
        if given is not None:
            _from_answers(session, given, log)
        elif lines is not None:
            _from_lines(session, lines, log)
        else:
            print(say("intro", lang), flush=True)
            if not args.name:
                session.name = _ask_name(engine.kb, lang, name)
            _interactive(session)
    except KeyboardInterrupt:
        return _interrupted(session, args)
    return _finish(session, args, engine, lang, log)


def _ask_name(kb: Any, lang: str, default: str) -> str:
    """The first question at a terminal: the client's name (Enter keeps `default`)."""
    question = pick_text(kb.facts["client"].question, lang)
    print(f"\n{question} {say('(Enter for {default})', lang, default=default)}", flush=True)
    try:
        line = input("> ")
    except EOFError:
        line = ""
    return " ".join(line.split()) or default


def _stdin_answers(kb: Any, lang: str = "en") -> tuple[dict[str, Any] | None, list[str] | None]:
    """Standard input: an answers document (mapping or `fact=value` lines), else one typed reply per line."""
    text = sys.stdin.read(MAX_CLIENT_BYTES + 1)[:MAX_CLIENT_BYTES]
    try:
        found = yaml.safe_load(text) if text.strip() else None
    except yaml.YAMLError:
        found = None
    if isinstance(found, dict) or (text.strip() and all("=" in line for line in text.splitlines() if line.strip())):
        return parse_answers(text, kb, "<stdin>", lang), None
    return None, text.splitlines()


def settled_line(session: Consultation) -> str:
    """Said once, before the first exit-plan question: the verdict is settled, the rest only shapes the exit plan."""
    result, kb, lang = session.result(), session.engine.kb, session.lang
    verdict = next(v for v in kb.verdicts if v.id == result.verdict)
    strength = next(s for s in kb.strengths if s.id == result.strength)
    return say("The verdict is settled: {verdict} ({strength}). What follows only shapes the exit plan; type done "
               "for the advice now.", lang, verdict=pick_text(verdict.title, lang), strength=pick_text(strength.title, lang))


def _interactive(session: Consultation) -> None:
    announced = False
    while (question := session.next_question()) is not None:
        if question.phase == "exit" and not announced:
            print("\n" + settled_line(session), flush=True)
            announced = True
        print(format_question(question, session.lang), flush=True)
        while True:
            try:
                line = input("> ")
            except EOFError:
                line = "done"
            reply = session.respond(question, line)
            if reply.kind in ("why", "help", "error"):
                print(reply.text, flush=True)
                continue
            if reply.kind == "back":
                print(reply.text, flush=True)
            break


def _from_answers(session: Consultation, given: dict[str, Any], log: TextIO) -> None:
    """Ask every question the logic picks; answer from `given`, unknown where it has no answer."""
    while (question := session.next_question()) is not None:
        if is_screen(question.fact) or is_list(question.fact):
            _screen_from_answers(session, question, given, log)
            continue
        rider = also_asked(session.engine.kb, question.fact, session.answers)
        if given.get(question.fact) is True and rider in given:  # one answer for both: the contract and its end
            reply = session.answer_also(question.fact, str(rider), given[str(rider)])
        else:
            reply = session.answer(question.fact, given[question.fact]) if question.fact in given \
                else session.skip(question.fact)
        print(f"{question.number}. {question.fact}: {question.text} -> {_shown(reply, session.lang)}", file=log)
        for fact in session.screened.get(question.fact, []):
            print(f"   {fact} = {format_value(session.answers[fact])}", file=log)
    unused = [f for f in given if f not in session.history and f not in session.answers]
    if unused:
        print(say("not needed (they cannot change the outcome): {facts}", session.lang, facts=", ".join(unused)),
              file=log)


def _screen_from_answers(session: Consultation, question: Question, given: dict[str, Any], log: TextIO) -> None:
    """A screen (or a fact list) answered from `given`, never inventing values: `yes` when the file gives a covered
    fact away from its calm value, `no` when it gives every covered fact at its calm value, else left unknown
    (facts asked one by one)."""
    kb = session.engine.kb
    facts = covered(kb, group_of(question.fact))
    if is_list(question.fact):
        reply = _list_from_answers(session, question, given)
    elif any(f in given and given[f] != kb.facts[f].calm for f in facts):
        reply = session.answer_screen(question.fact, True)
    elif all(f in given for f in facts):
        reply = session.answer_screen(question.fact, False)
    else:
        reply = session.skip(question.fact)
    print(f"{question.number}. {shown(question.fact, session.lang)}: {question.text} -> "
          f"{_shown(reply, session.lang)}", file=log)
    for fact in session.screened.get(question.fact, []):
        print(f"   {fact} = {format_value(session.answers[fact])}", file=log)


def _list_from_answers(session: Consultation, question: Question, given: dict[str, Any]) -> Reply:
    """A fact list answered from `given`, never inventing values: the facts it gives as true when it gives every
    item; `yes` (each asked on its own) when it gives only some; left unknown when it gives none."""
    items = question.assessment.covers
    if all(f in given for f in items):
        return session.answer_list(question.fact, items, [f for f in items if given[f] is True])
    if any(f in given for f in items):
        return session.answer_list(question.fact, items, None)
    return session.skip(question.fact, group=True, covers=items)


def _from_lines(session: Consultation, lines: list[str], log: TextIO) -> None:
    """Feed typed lines (answers and commands) one by one; `done` when they run out."""
    feed = iter(lines)
    while (question := session.next_question()) is not None:
        print(format_question(question, session.lang), file=log)
        while True:
            line = next(feed, "done")
            reply = session.respond(question, line)
            print(f"> {line}", file=log)
            if reply.text:
                print(reply.text, file=log)
            if reply.kind not in ("why", "help", "error"):
                break


def _shown(reply: Reply, lang: str) -> str:
    """An answer in the transcript: `yes`, `no` (in `lang`), `unknown`, or the value."""
    if reply.kind == "skipped":
        return say("unknown", lang)
    if isinstance(reply.value, bool):
        return say("yes" if reply.value else "no", lang)
    if isinstance(reply.value, tuple):  # a checklist's parts that apply
        return ", ".join(reply.value)
    return format_value(reply.value)


def _save(session: Consultation, path: str) -> None:
    data = session.client().as_given()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n" if path.lower().endswith(".json") \
        else dump_yaml(data)  # reads back as the same values (a name like 1e3 stays text)
    write_atomic(path, text)


def _interrupted(session: Consultation, args: argparse.Namespace) -> int:
    print("\n" + say("Interrupted. What you answered so far:", session.lang), flush=True)
    print(session.as_yaml(), end="", flush=True)
    if args.save:
        _save(session, args.save)
        print(say("Answers saved to {path}.", session.lang, path=args.save), flush=True)
    else:
        print(say("use --save", session.lang))
    return 130


def _finish(session: Consultation, args: argparse.Namespace, engine: Any, lang: str, log: TextIO) -> int:
    counts = session.counts()
    questions = f"{counts['asked']} question" + ("" if counts["asked"] == 1 else "s")
    print("\n" + say("summary", lang, questions=questions, **counts), file=log, flush=True)
    if args.save:
        _save(session, args.save)
        print(say("Answers saved to {path}.", lang, path=args.save), file=log, flush=True)
    print(file=log, flush=True)
    client = session.client()
    client = replace(client, path=args.save or "<ask>")
    evaluated = engine.evaluate(client, session.today, unknowns=True)
    result = evaluated.to_json(engine.kb, lang)
    result["how"] = build_how(engine.kb, run_data(evaluated, engine.kb, lang), lang)
    rendered = renderings(args, lambda fmt: render_verdict(result, fmt))
    record_run(args, engine.kb, evaluated, client, lang, "ask", rendered=rendered, options={"how": True})
    colour = use_colour() and sys.stdin.isatty()
    sys.stdout.write(render_verdict(result, args.format, colour=True) if colour else rendered[args.format])
    return 0
