"""Output that is safe to open: terminals, Markdown viewers, spreadsheets, Graphviz and JSON readers.

Names, keys and texts come from files the user (or a client) wrote. Shown raw, `\\x1b[2J` clears a
terminal, an OSC 8 or OSC 52 sequence plants a link or writes the clipboard, `\\r` overwrites the line,
`\\n` forges one, U+202E turns text around, `<script>` runs in a Markdown preview, `=HYPERLINK(...)` runs
in a spreadsheet. Every renderer passes such values through one of these functions; none changes data
(JSON output keeps every value exactly, only written with escapes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["CONTROL_RE", "visible", "visible_lines", "json_safe", "markdown_inline", "markdown_line", "markdown_cell",
           "spreadsheet_cell", "write_csv", "dot_text"]

#: C0 and C1 controls, DEL, bidirectional overrides and isolates, line and paragraph separators, lone surrogates
CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: in JSON text these only ever stand inside strings (the structure is ASCII), so an escape changes nothing
_JSON_RE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_TICKS = re.compile("`+")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: Any) -> str:
    """One line of output: every control character written as an escape (`\\x1b`, `\\n`, `\\u202e`)."""
    return CONTROL_RE.sub(_escape, str(text))


def visible_lines(text: str) -> str:
    """A block of output lines: each line made visible, the line breaks kept."""
    return "\n".join(visible(line) for line in text.split("\n"))


def json_safe(text: str) -> str:
    """JSON text with C1 controls, DEL, bidi controls and separators written as `\\uXXXX` (the same data)."""
    return _JSON_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def markdown_inline(text: Any) -> str:
    """A value for Markdown: control characters and line breaks visible, raw HTML shown as text, no link syntax."""
    return _outside_code(visible(text))


def markdown_line(text: Any) -> str:
    """One line of Markdown we wrote (with `code` spans): controls visible; outside code spans raw HTML shown as
    text and no link syntax (inside one, Markdown shows everything as it is). Spans pair as CommonMark pairs them."""
    line, out, pos = visible(text), [], 0
    while pos < len(line):
        start = _TICKS.search(line, pos)
        if start is None:
            out.append(_outside_code(line[pos:]))
            break
        ticks = start.group()
        end = re.compile(f"(?<!`){ticks}(?!`)").search(line, start.end())
        if end is None:  # an opening run without its closing run is plain text
            out.append(_outside_code(line[pos:start.end()]))
            pos = start.end()
            continue
        out.append(_outside_code(line[pos:start.start()]) + line[start.start():end.end()])
        pos = end.end()
    return "".join(out)


def _outside_code(text: str) -> str:
    """Only what could start HTML (`<a`, `</`, `<!`, `<?`, an entity like `&lt;`) or a link is escaped."""
    text = _ENTITY.sub("&amp;", text)
    text = _TAG.sub("&lt;", text).replace(">", "&gt;") if _TAG.search(text) else text
    return text.replace("[", "\\[").replace("]", "\\]")


def markdown_cell(text: Any) -> str:
    """Text for one cell of a Markdown table (a `|` would end the cell)."""
    return markdown_inline(text).replace("|", "\\|")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula and no terminal obeys: text starting with = + - @ (or a
    tab, CR, LF) gets a `'` in front, the way spreadsheet-safe exporters do; control characters are made visible."""
    if not isinstance(value, str):
        return value
    start = value.lstrip(" ")[:1]
    shown = visible(value)
    return "'" + shown if value[:1] in _FORMULA_START or start in _FORMULA_START else shown


def write_csv(rows: Iterable[Iterable[Any]]) -> str:
    """CSV text (one line per row, `\\n` endings) with every cell spreadsheet-safe."""
    import csv  # only CSV output needs it: not on every start
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return out.getvalue()


def dot_text(text: Any) -> str:
    """Text for a Graphviz label: control characters visible (Graphviz refuses some and breaks on others)."""
    return visible(text)
