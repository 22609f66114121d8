"""One `clientfire import`: read every export (streamed), gather each client's books, derive the facts, plan the files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from clientfire.engine.model import Knowledge
from clientfire.messages import Message, message

from .csvmap import layout_from_map
from .derive import Caps, ClientBooks, Window
from .facts import facts_of, possible_facts
from .layout import Invoice
from .names import load_aliases, name_key
from .plan import Plan, existing_clients, plan_client
from .reader import Export, open_export
from .records import Options

__all__ = ["Request", "Outcome", "run_import"]

#: why the reader skipped rows -> the message naming them; what a client's books left out -> the message counting them
_SKIPPED = {"time entries without a client": "import.skip.time_no_client",
            "rows that are no invoice (payments, totals)": "import.skip.not_invoice"}
_LEFT_OUT = {"drafts": "import.left.drafts", "voids": "import.left.voids", "later": "import.left.later",
             "credit notes": "import.left.credit_notes"}


@dataclass(frozen=True)
class Request:
    """What the user asked for."""

    fmt: str
    files: tuple[str, ...]
    today: dt.date
    folder: Path
    options: Options = field(default_factory=Options)
    map_path: str | None = None
    aliases_path: str | None = None
    currency: str | None = None
    lang: str = "en"  # the language of the records written (the mark `# imported ...` stays as it is)


@dataclass
class Outcome:
    """The planned files, and notes for the user (rows left out, windows the exports do not cover)."""

    plans: list[Plan]
    notes: list[Message]
    rows: int = 0


@dataclass(frozen=True)
class _Joined:
    """Messages shown one after another, comma-separated, in the language of the message around them."""

    parts: tuple[Message, ...]

    def text(self, lang: str = "en") -> str:
        """The parts in `lang`."""
        return ", ".join(part.text(lang) for part in self.parts)

    def __str__(self) -> str:
        return self.text("en")


def _caps(export: Export) -> Caps:
    statuses = set(export.layout.statuses.values())
    return Caps(due=export.fills("due_date"), paid_date=export.fills("paid_date"),
                amounts=any(export.fills(f) for f in ("total", "amount_paid", "line_amount")),
                write_off="written_off" in statuses or export.fills("written_off_date"))


def run_import(request: Request, kb: Knowledge) -> Outcome:
    """Read the exports and plan every client's file (nothing is written here)."""
    mapped = layout_from_map(request.map_path) if request.map_path else None
    aliases = load_aliases(request.aliases_path)
    window = Window(request.today)
    books: dict[str, ClientBooks] = {}
    notes: list[Message] = []
    rows = 0
    for path in request.files:
        export = open_export(path, request.fmt, request.options, mapped)
        caps, earliest = _caps(export), None
        for record in export.records():
            rows += 1
            name = aliases.canonical(record.client)
            client = books.setdefault(name_key(name), ClientBooks(name, window))
            if isinstance(record, Invoice):
                client.add_invoice(record, caps)
                day = record.issue_date or record.due_date
                earliest = day if earliest is None or (day and day < earliest) else earliest
            else:
                client.add_time(record)
        notes += [message("import.note.skipped", path=path, why=message(_SKIPPED[why], count=count))
                  for why, count in sorted(export.skipped.items())]
        if export.layout.kind == "invoices" and earliest and earliest > window.year_start:
            notes.append(message("import.note.starts_late", path=path, earliest=earliest, start=window.year_start))
    existing = existing_clients(request.folder, aliases)
    taken = {e.path.name for e in existing.values()}
    plans = []
    for key, client in sorted(books.items()):
        found = existing.get(key)
        name = found.name if found else client.name
        client.name = name
        facts = facts_of(client, request.currency, request.lang)
        paid_in = {c for per in client.revenue.values() for c, amount in per.items() if amount}
        if request.currency and paid_in and request.currency not in paid_in:
            notes.append(message("import.note.paid_only_in", name=name, currencies=", ".join(sorted(paid_in)),
                                 currency=request.currency))
        if client.left_out:
            notes.append(message("import.note.left_out", name=name, items=_Joined(
                tuple(message(_LEFT_OUT[w], count=n) for w, n in sorted(client.left_out.items())))))
        plans.append(plan_client(name, facts, possible_facts(client), found, request.folder, taken,
                                 request.today.isoformat(), kb, request.lang))
    return Outcome(plans, notes, rows)
