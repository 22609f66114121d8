"""The hostile-input corpus (issue 17): every case with the exit code, the message and the line it must give.

`tests/test_hostile.py` runs each case through every command that reads its kind of input. A case with
`code == 0` must be accepted with exactly the values in `values` (fact id -> value as JSON shows it): a
silent change is a failure as much as a traceback is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Case", "CLIENT_CASES", "CSV_CASES", "JSONL_CASES", "KNOWLEDGE_CASES", "OVERRIDES_CASES",
           "NAME_CASES", "DIGITS_5000"]

DIGITS_5000 = "1" + "0" * 5000


@dataclass(frozen=True)
class Case:
    """One hostile input: file name, content, and what must come of it."""

    name: str
    file: str
    content: str | bytes
    code: int
    message: str | None = None  # a part of the one-line message (error cases)
    line: int | None = None  # the line the message must name
    values: dict[str, Any] = field(default_factory=dict)  # accepted cases: facts as read


def _y(name: str, body: str, code: int, message: str | None = None, line: int | None = None, **values: Any) -> Case:
    return Case(name, "c.yaml", body, code, message, line, {k.replace("__", "."): v for k, v in values.items()})


def _j(name: str, body: str | bytes, code: int, message: str | None = None, line: int | None = None,
       **values: Any) -> Case:
    return Case(name, "c.json", body, code, message, line, {k.replace("__", "."): v for k, v in values.items()})


NUMBER = "must be a number, not"
YAML_NUMBERS = [
    _y("yaml sexagesimal int", "payment:\n  days_overdue: 1:30\n", 2, f"{NUMBER} '1:30'", 2),
    _y("yaml sexagesimal float", "money:\n  monthly_hours: 1:30.5\n", 2, f"{NUMBER} '1:30.5'", 2),
    _y("yaml leading zero is decimal", "payment:\n  days_overdue: 010\n", 0, payment__days_overdue=10),
    _y("yaml octal 0o", "payment:\n  days_overdue: 0o17\n", 2, f"{NUMBER} '0o17'", 2),
    _y("yaml hex", "payment:\n  days_overdue: 0x1F\n", 2, f"{NUMBER} '0x1F'", 2),
    _y("yaml binary", "payment:\n  days_overdue: 0b101\n", 2, f"{NUMBER} '0b101'", 2),
    _y("yaml underscores", "payment:\n  days_overdue: 1_000\n", 2, f"{NUMBER} '1_000'", 2),
    _y("yaml underscores 1_0_0", "payment:\n  late_invoices: 1_0_0\n", 2, f"{NUMBER} '1_0_0'", 2),
    _y("yaml arabic-indic digits", "payment:\n  days_overdue: ٩٠\n", 2, f"{NUMBER} '٩٠'", 2),
    _y("yaml fullwidth digits", "payment:\n  days_overdue: ９０\n", 2, f"{NUMBER} '９０'", 2),
    _y("yaml .inf", "money:\n  monthly_revenue: .inf\n", 2, f"{NUMBER} '.inf'", 2),
    _y("yaml -.inf", "money:\n  monthly_revenue: -.inf\n", 2, f"{NUMBER} '-.inf'", 2),
    _y("yaml .nan", "money:\n  monthly_revenue: .nan\n", 2, f"{NUMBER} '.nan'", 2),
    _y("yaml 1e400", "money:\n  monthly_revenue: 1e400\n", 2, "must be a finite number", 2),
    _y("yaml 1.5e3", "money:\n  monthly_revenue: 1.5e3\n", 0, money__monthly_revenue=1500.0),
    _y("yaml 1e3", "money:\n  monthly_revenue: 1e3\n", 0, money__monthly_revenue=1000.0),
    _y("yaml plus sign", "payment:\n  late_invoices: +5\n", 0, payment__late_invoices=5),
    _y("yaml negative count", "payment:\n  late_invoices: -5\n", 2, "zero or more", 2),
    _y("yaml 5000 digits", f"payment:\n  late_invoices: {DIGITS_5000}\n", 2, "a number of 5001 characters", 2),
    _y("yaml 0.00001", "money:\n  monthly_revenue: 0.00001\n", 0, money__monthly_revenue=1e-05),
    _y("yaml 1e-5", "money:\n  monthly_costs: 1e-5\n  monthly_revenue: 5\n", 0, money__monthly_costs=1e-05),
    _y("yaml tiny", "money:\n  monthly_revenue: 0.000000000000000001\n", 0, money__monthly_revenue=1e-18),
    _y("yaml 1e300 money", "money:\n  monthly_revenue: 1e300\n", 2, "not huge", 2),
    _y("yaml explicit int tag hex", "payment:\n  late_invoices: !!int 0x10\n", 2, "'0x10' is not a number", 2),
    _y("yaml explicit float tag inf", "money:\n  monthly_revenue: !!float .inf\n", 2, "'.inf' is not a number", 2),
    _y("yaml whole float count", "payment:\n  late_invoices: 3.0\n", 0, payment__late_invoices=3),
    _y("yaml fractional count", "payment:\n  late_invoices: 3.5\n", 2, "a whole number", 2),
    _y("yaml bool as count", "payment:\n  late_invoices: true\n", 2, NUMBER, 2),
    _y("yaml quoted number", "payment:\n  late_invoices: '5'\n", 2, f"{NUMBER} '5'", 2),
    _y("yaml huge int 1e13", "payment:\n  late_invoices: 10000000000000\n", 2, "not huge", 2),
]

JSON_NUMBERS = [
    _j("json 1.5e3", '{"money": {"monthly_revenue": 1.5e3}}', 0, money__monthly_revenue=1500.0),
    _j("json 1E3", '{"money": {"monthly_revenue": 1E3}}', 0, money__monthly_revenue=1000.0),
    _j("json 0.00001", '{"money": {"monthly_revenue": 0.00001}}', 0, money__monthly_revenue=1e-05),
    _j("json NaN", '{"money": {"monthly_revenue": NaN}}', 2, "malformed JSON: expecting a value", 1),
    _j("json Infinity", '{"money":\n {"monthly_revenue": Infinity}}', 2, "malformed JSON: expecting a value", 2),
    _j("json -Infinity", '{"money": {"monthly_revenue": -Infinity}}', 2, "malformed JSON: expecting a value", 1),
    _j("json 1e400", '{"money": {"monthly_revenue": 1e400}}', 2, "must be a finite number", 1),
    _j("json leading zero", '{"payment": {"late_invoices": 01}}', 2, "malformed JSON", 1),
    _j("json plus sign", '{"payment": {"late_invoices": +1}}', 2, "malformed JSON", 1),
    _j("json bare point", '{"payment": {"late_invoices": .5}}', 2, "malformed JSON", 1),
    _j("json underscores", '{"payment": {"late_invoices": 1_000}}', 2, "malformed JSON", 1),
    _j("json 5000 digits", '{"payment":\n {"late_invoices": ' + DIGITS_5000 + "}}", 2, "a number of 5001", 2),
    _j("json string number", '{"payment": {"late_invoices": "5"}}', 2, f"{NUMBER} '5'", 1),
]

JSON_STRUCTURE = [
    _j("json tab indented", '{\n\t"payment": {\n\t\t"late_invoices": 6\n\t}\n}\n', 0, payment__late_invoices=6),
    _j("json surrogate pair emoji", '{"client": "\\ud83d\\ude00 Ltd"}', 0, client="\U0001F600 Ltd"),
    _j("json lone high surrogate", '{\n"client": "\\ud83d"}', 2, "lone surrogate escape (\\ud83d)", 2),
    _j("json lone low surrogate", '{"client": "x\\ude00"}', 2, "lone surrogate escape (\\ude00)", 1),
    _j("json repeated key", '{"payment": {"late_invoices": 1},\n "payment": {"late_invoices": 9}}', 2,
       "duplicate key 'payment' (first at line 1, column 2)", 2),
    _j("json nested and dotted", '{"payment": {"late_invoices": 1},\n "payment.late_invoices": 9}', 2,
       "fact 'payment.late_invoices' is given twice: as 'payment: late_invoices' at line 1 and as "
       "'payment.late_invoices'", 2),
    _j("json deep nesting", '{"notes": ' + "[" * 1000 + "]" * 1000 + "}", 2, "nesting deeper than 50 levels", 1),
    _j("json very deep nesting", "[" * 200_000, 2, "nesting deeper than 50 levels", 1),
    _j("json trailing comma", '{"payment": {"late_invoices": 4,}}', 2, "malformed JSON", 1),
    _j("json comment", '{"payment": {"late_invoices": 4}} // note', 2, "malformed JSON: extra data", 1),
    _j("json single quotes", "{'payment': {}}", 2, "malformed JSON: expecting a key", 1),
    _j("json bom", b'\xef\xbb\xbf{"payment": {"late_invoices": 2}}', 0, payment__late_invoices=2),
    _j("json utf-16", '{"payment": {"late_invoices": 2}}'.encode("utf-16"), 2, "it looks like UTF-16", 1),
    _j("json bad byte line 3", b'{\n "client": "a",\n "notes": "\xff"\n}', 2, "not UTF-8 text: byte 0xff", 3),
    _j("json empty", b"", 2, "file is empty"),
    _j("json blank", b"  \n\n", 2, "file is empty"),
    _j("json null", "null", 2, "a client file must be a mapping of facts", 1),
    _j("json list", "[]", 2, "a client file must be a mapping of facts", 1),
    _j("json text", '"acme"', 2, "a client file must be a mapping of facts", 1),
    _j("json two documents", "{}\n{}", 2, "malformed JSON: extra data", 2),
    _j("json raw control character", '{"client": "a\tb"}', 2, "invalid control character", 1),
    _j("json too large", '{"notes": "' + "x" * 300_000 + '"}', 2, "file is too large"),
    _j("json date with time", '{"contract": {"end_date": "2026-11-26T10:00:00Z"}}', 2, "must be a date", 1),
    _j("json percent text", '{"control": {"recommendations_rejected_pct": "40%"}}', 0,
       control__recommendations_rejected_pct=40),
    _j("json percent over 100", '{"control": {"recommendations_rejected_pct": "140%"}}', 2,
       "must be a percentage (0 to 100, or 40%)", 1),
]

YAML_STRUCTURE = [
    _y("yaml nested then dotted", "payment:\n  late_invoices: 1\npayment.late_invoices: 9\n", 2,
       "fact 'payment.late_invoices' is given twice: as 'payment: late_invoices' at line 2 and as "
       "'payment.late_invoices'", 3),
    _y("yaml dotted then nested", "payment.late_invoices: 9\npayment:\n  late_invoices: 1\n", 2,
       "fact 'payment.late_invoices' is given twice: as 'payment.late_invoices' at line 1", 3),
    _y("yaml unknown then known", "payment:\n  late_invoices: ~\npayment.late_invoices: 9\n", 2,
       "is given twice", 3),
    _y("yaml repeated key", "payment:\n  late_invoices: 1\n  late_invoices: 2\n", 2,
       "duplicate key 'late_invoices' (first at line 2)", 3),
    _y("yaml group as number", "payment: 5\n", 2, "'payment' is a group of facts: write its facts under it", 1),
    _y("yaml group as list", "payment: [1]\n", 2, "'payment' is a group of facts", 1),
    _y("yaml empty group", "payment:\nwellbeing: {}\n", 0),
    _y("yaml typo", "payment:\n  late_invoces: 4\n", 2, "unknown fact 'late_invoces' (did you mean 'late_invoices'?)", 2),
    _y("yaml derived fact", "money:\n  monthly_margin: 5\n", 2, "unknown fact 'monthly_margin'", 2),
    _y("yaml alias", "a: &x [1, 2]\nb: *x\n", 2, "YAML aliases (*name) are not allowed", 2),
    _y("yaml deep nesting", "notes: " + "[" * 5000 + "]" * 5000 + "\n", 2, "nesting deeper than 50 levels", 1),
    _y("yaml python tag", "payment: !!python/object/apply:os.system ['true']\n", 2, "malformed YAML", 1),
    _y("yaml binary name", "client: !!binary aGVsbG8=\n", 2, "'client' must be text", 1),
    _y("yaml set", "payment: !!set {a, b}\n", 2, "'payment' is a group of facts", 1),
    _y("yaml two documents", "payment: {}\n---\npayment: {}\n", 2, "malformed YAML", 2),
    _y("yaml tab indent", "payment:\n\tlate_invoices: 1\n", 2, "malformed YAML", 2),
    _y("yaml control character", "client: a\u0001b\n", 2, "character '\\x01' is not allowed", 1),
    _y("yaml bad byte line 2", "client: a\nnotes: \udcff\n", 2, "not UTF-8 text: byte 0xff", 2),
    _y("yaml complex key", "? [a, b]\n: 1\n", 2, "keys must be plain words", 1),
    _y("yaml name as number", "client: 123\n", 2, "'client' must be text, not 123", 1),
    _y("yaml notes as number", "notes: 5\n", 2, "'notes' must be text", 1),
    _y("yaml null name", "client:\npayment: {late_invoices: 1}\n", 0, payment__late_invoices=1),
    _y("yaml yes for a bool", "payment:\n  pays_eventually: yes\n", 0, payment__pays_eventually=True),
    _y("yaml quoted true", "payment:\n  pays_eventually: 'true'\n", 2, "must be true or false", 2),
]

YAML_DATES = [
    _y("yaml date", "contract:\n  end_date: 2027-03-31\n", 0, contract__end_date="2027-03-31"),
    _y("yaml quoted date", "contract:\n  end_date: '2027-03-31'\n", 0, contract__end_date="2027-03-31"),
    _y("yaml date basic format", "contract:\n  end_date: 20270331\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _y("yaml date iso week", "contract:\n  end_date: 2027-W13-3\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _y("yaml date one digit", "contract:\n  end_date: 2027-3-31\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _y("yaml date not real", "contract:\n  end_date: 2027-02-30\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _y("yaml timestamp", "contract:\n  end_date: 2026-11-26T10:00:00Z\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _y("yaml timestamp space", "contract:\n  end_date: 2026-11-26 10:00:00\n", 2, "must be a date", 2),
    _y("yaml explicit timestamp", "contract:\n  end_date: !!timestamp 2027-03-31\n", 0,
       contract__end_date="2027-03-31"),
]

PERCENTS = [
    _y("yaml 40%", "control:\n  recommendations_rejected_pct: 40%\n", 0, control__recommendations_rejected_pct=40),
    _y("yaml 40 %", "control:\n  recommendations_rejected_pct: 40 %\n", 0, control__recommendations_rejected_pct=40),
    _y("yaml 40.5%", "contract:\n  work_completed_pct: 40.5%\n", 0, contract__work_completed_pct=40.5),
    _y("yaml 150%", "contract:\n  work_completed_pct: 150%\n", 2, "must be a percentage", 2),
    _y("yaml -5%", "contract:\n  work_completed_pct: -5%\n", 2, "must be a percentage", 2),
    _y("yaml 4e1%", "contract:\n  work_completed_pct: 4e1%\n", 2, "must be a percentage", 2),
    _y("yaml %40", "contract:\n  work_completed_pct: '%40'\n", 2, "must be a percentage", 2),
    _y("yaml percent on a count", "payment:\n  late_invoices: 40%\n", 2, f"{NUMBER} '40%'", 2),
]

CLIENT_CASES = YAML_NUMBERS + JSON_NUMBERS + JSON_STRUCTURE + YAML_STRUCTURE + YAML_DATES + PERCENTS

#: names that must come out escaped (text), as text (Markdown), as text (spreadsheets), and unbroken (dot)
NAME_CASES = {
    "clear screen": "\x1b[2JAcme", "osc 8 link": "\x1b]8;;http://evil.invalid\x07Acme\x1b]8;;\x07",
    "osc 52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07Acme", "carriage return": "Acme\rFIRE: keep",
    "forged line": "Acme\nclientfire: error: forged", "right-to-left": "Acme \u202eevil", "c1 csi": "Acme\u009b2J",
    "bell and nul": "Acme\x07\x00", "formula =": "=HYPERLINK(\"http://evil.invalid\",\"x\")", "formula +": "+cmd|' /C calc'!A0",
    "formula @": "@SUM(1+1)*cmd|' /C calc'!A0", "formula -": "-2+3", "html": "<script>alert(1)</script>",
    "markdown image": "![x](http://evil.invalid/p.png)", "table pipe": "Acme | fire | strong", "tab": "\tAcme",
}


def _csv(name: str, body: str | bytes, code: int, message: str | None = None, line: int | None = None,
         **values: Any) -> Case:
    return Case(name, "book.csv", body, code, message, line, {k.replace("__", "."): v for k, v in values.items()})


HEAD = "client,payment.late_invoices,payment.days_overdue\n"
CSV_CASES = [
    _csv("csv unbalanced quote", HEAD + 'A,1,2\n"B,3,4\nC,9,90\nD,0,0\n', 2,
         "a quoted cell opened here runs over 4 lines, and line 4 in it reads as a row: a closing quote", 3),
    _csv("csv unbalanced quote in the middle", HEAD + 'A,1,2\nB,"3,4\nC,9,90\n', 2, "a closing quote", 3),
    _csv("csv unbalanced quote closed later", HEAD + 'A,1,2\nB,"3,4\nC,9,90\nD,"5",6\n', 2, "line 4 in it reads as a row", 3),
    _csv("csv two-line note kept", "client,notes\nA,\"called twice\nno answer\"\n", 0),
    _csv("csv note lines with commas kept", "client,payment.late_invoices,notes\nA,2,\"called, twice\nno answer, again\"\n",
         0, payment__late_invoices=2),
    _csv("csv imported records kept", "client,payment.late_invoices,evidence.payment.late_invoices\n"
         "A,2,\"INV-1 paid late, 12 days (due 2025-01-05)\nINV-2 paid late, 3 days (due 2025-02-05)\"\n", 0,
         payment__late_invoices=2),
    _csv("csv semicolon decimal comma", "client;money.monthly_revenue;control.recommendations_rejected_pct\n"
         "A;1234,5;12,5 %\n", 0, money__monthly_revenue=1234.5, control__recommendations_rejected_pct=12.5),
    _csv("csv semicolon point is ambiguous", "client;money.monthly_revenue\nA;1.500\n", 2,
         "must be a number with a decimal comma, not '1.500'", 2),
    _csv("csv percent", "client,control.recommendations_rejected_pct\nA,40%\n", 0,
         control__recommendations_rejected_pct=40),
    _csv("csv percent with space", "client,control.recommendations_rejected_pct\nA,40 %\n", 0,
         control__recommendations_rejected_pct=40),
    _csv("csv 1_0_0", HEAD + "A,1_0_0,\n", 2, f"{NUMBER} '1_0_0'", 2),
    _csv("csv arabic-indic digits", HEAD + "A,٩٠,\n", 2, f"{NUMBER} '٩٠'", 2),
    _csv("csv inf", "client,money.monthly_revenue\nA,inf\n", 2, f"{NUMBER} 'inf'", 2),
    _csv("csv nan", "client,money.monthly_revenue\nA,nan\n", 2, f"{NUMBER} 'nan'", 2),
    _csv("csv Infinity", "client,money.monthly_revenue\nA,Infinity\n", 2, f"{NUMBER} 'Infinity'", 2),
    _csv("csv 1e400", "client,money.monthly_revenue\nA,1e400\n", 2, "must be a finite number", 2),
    _csv("csv hex", HEAD + "A,0x10,\n", 2, f"{NUMBER} '0x10'", 2),
    _csv("csv sexagesimal", HEAD + "A,,1:30\n", 2, f"{NUMBER} '1:30'", 2),
    _csv("csv leading zero", HEAD + "A,,010\n", 0, payment__days_overdue=10),
    _csv("csv 0.00001", "client,money.monthly_revenue\nA,0.00001\n", 0, money__monthly_revenue=1e-05),
    _csv("csv 5000 digits", HEAD + f"A,{DIGITS_5000},\n", 2, "a number of 5001 characters", 2),
    _csv("csv bad byte line 3", HEAD.encode() + b"A,1,2\nB\xff,3,4\nC,5,6\n", 2, "not UTF-8 text", 3),
    _csv("csv utf-16", (HEAD + "A,1,2\n").encode("utf-16"), 2, "it looks like UTF-16", 1),
    _csv("csv bom and crlf", b"\xef\xbb\xbf" + (HEAD + "A,1,2\n").replace("\n", "\r\n").encode(), 0,
         payment__late_invoices=1),
    _csv("csv empty", b"", 2, "the CSV file is empty", 1),
    _csv("csv header only", HEAD, 2, "the file holds no client rows"),
    _csv("csv blank rows only", HEAD + "\n,,\n\n", 2, "the file holds no client rows"),
    _csv("csv unknown column", "client,payment.late_invoces\nA,1\n", 2,
         "unknown fact 'payment.late_invoces' (did you mean 'payment.late_invoices'?)", 1),
    _csv("csv group column", "client,payment\nA,5\n", 2, "'payment' is a group", 1),
    _csv("csv repeated column", "client,client\nA,B\n", 2, "column 'client' appears twice", 1),
    _csv("csv too many cells", HEAD + "A,1,2,3\n", 2, "1 more cell than the header has columns", 2),
    _csv("csv date basic format", "client,contract.end_date\nA,20270331\n", 2, "must be a date (YYYY-MM-DD)", 2),
    _csv("csv date", "client,contract.end_date\nA,2027-03-31\n", 0, contract__end_date="2027-03-31"),
    _csv("csv huge cell", "client,notes\nA,\"" + "x" * 300_000 + "\"\n", 2,
         "cannot read CSV: field larger than field limit (256000)", 2),
]


def _jl(name: str, body: str | bytes, code: int, message: str | None = None, line: int | None = None,
        **values: Any) -> Case:
    return Case(name, "book.jsonl", body, code, message, line, {k.replace("__", "."): v for k, v in values.items()})


OK_ROW = '{"client": "ok", "payment": {"late_invoices": 1}}\n'
JSONL_CASES = [
    _jl("jsonl empty", b"", 2, "the file holds no client rows"),
    _jl("jsonl blank lines", b"\n\n  \n", 2, "the file holds no client rows"),
    _jl("jsonl bad json row", OK_ROW + '{"client": \n' + OK_ROW, 2, "malformed JSON", 2),
    _jl("jsonl bad byte row", OK_ROW.encode() + b'{"client": "\xff"}\n' + OK_ROW.encode(), 2, "not UTF-8 text", 2),
    _jl("jsonl utf-16", OK_ROW.encode("utf-16"), 2, "it looks like UTF-16", 1),
    _jl("jsonl lone surrogate", OK_ROW + '{"client": "\\ud83d"}\n', 2, "lone surrogate escape", 2),
    _jl("jsonl surrogate pair", '{"client": "\\ud83d\\ude00"}\n', 0, client="\U0001F600"),
    _jl("jsonl deep nesting", OK_ROW + "[" * 100_000 + "\n", 2, "nesting deeper than 50 levels", 2),
    _jl("jsonl repeated key", OK_ROW + '{"client": "a", "client": "b"}\n', 2, "duplicate key 'client'", 2),
    _jl("jsonl nested and dotted", '{"payment": {"late_invoices": 1}, "payment.late_invoices": 9}\n' + OK_ROW, 2,
        "fact 'payment.late_invoices' is given twice", 1),
    _jl("jsonl long row", OK_ROW + '{"notes": "' + "x" * 300_000 + '"}\n' + OK_ROW, 2, "the row is too long", 2),
    _jl("jsonl NaN", '{"money": {"monthly_revenue": NaN}}\n', 2, "malformed JSON: expecting a value", 1),
    _jl("jsonl 1.5e3", '{"money": {"monthly_revenue": 1.5e3}}\n', 0, money__monthly_revenue=1500.0),
    _jl("jsonl a list row", "[1]\n", 2, "a client file must be a mapping of facts", 1),
    _jl("jsonl 5000 digits", '{"payment": {"late_invoices": ' + DIGITS_5000 + "}}\n", 2, "a number of 5001", 1),
    _jl("jsonl percent text", '{"contract": {"work_completed_pct": "40%"}}\n', 0, contract__work_completed_pct=40),
]


def _k(name: str, old: str, new: str, message: str, check_code: int = 1) -> Case:
    """A tiny knowledge folder with one edit (`old` -> `new` in tests/fixtures/tiny_knowledge/tiny.yaml)."""
    return Case(name, "tiny.yaml", f"{old}\0{new}", check_code, message)


KNOWLEDGE_CASES = [
    _k("threshold .nan", "value: 2\n", "value: .nan\n", "'value' must be a number, not a text"),
    _k("threshold .inf", "value: 2\n", "value: .inf\n", "'value' must be a number, not a text"),
    _k("threshold 1e400", "value: 2\n", "value: 1e400\n", "'value' must be a finite number"),
    _k("threshold negative", "value: 2\n", "value: -5\n",
       "threshold 'tiny.min_late' is -5, but 'pay.late' (count) is always between 0 and 1e+12"),
    _k("threshold sexagesimal", "value: 2\n", "value: 1:30\n", "'value' must be a number, not a text"),
    _k("threshold 5000 digits", "value: 2\n", f"value: {DIGITS_5000}\n", "a number of 5001 characters", 2),
    _k("formula of 20,000 terms", 'formula: "pay.fee - pay.cost"', 'formula: "' + " + ".join(["pay.fee"] * 20_000) + '"',
       "formula is too long (199997 characters, the limit is 500)"),
    _k("days_until of a count", 'formula: "pay.fee - pay.cost"', 'formula: "days_until(pay.late)"',
       "days_until() takes a date fact, not 'pay.late' (count)"),
    _k("days_until of a sum", 'formula: "pay.fee - pay.cost"', 'formula: "days_until(pay.fee + 1)"',
       "days_until() takes a date fact, not something that is no fact"),
    _k("bool in arithmetic", 'formula: "pay.fee - pay.cost"', 'formula: "pay.fee - pay.rude"',
       "'pay.rude' is a bool fact and cannot be used in arithmetic"),
    _k("condition with arabic-indic digits", "pay.late >= tiny.min_late", "pay.late >= ٣",
       "unknown threshold or fact '٣'"),
    _k("condition with 1e400", "pay.late >= tiny.min_late", "pay.late >= 1e400",
       "the number in 'pay.late >= 1e400' must be finite"),
    _k("condition below zero", "pay.late >= tiny.min_late", "pay.late >= -1",
       "the number -1, but 'pay.late' (count) is always between 0 and 1e+12"),
    _k("not utf-8", "Tiny test article", "Tiny test \udcff article", "not UTF-8 text: byte 0xff", 2),
    _k("rule cycle", "      - pay.margin < 0\n    then:\n      sign: losing",
       "      - sign: losing\n    then:\n      sign: losing", "rule cycle: rule:sign.losing -> sign:losing"),
    _k("tiny threshold accepted", 'formula: "pay.fee - pay.cost"', 'formula: "pay.fee - pay.cost - 0.00001"',
       "", 0),
]

OVERRIDES_CASES = [
    Case("overrides threshold 1e400", "over.yaml", "thresholds:\n  tiny.min_late: 1e400\n", 1,
         "threshold 'tiny.min_late' must be a finite number", 2),
    Case("overrides threshold .nan", "over.yaml", "thresholds:\n  tiny.min_late: .nan\n", 1,
         "threshold 'tiny.min_late' must be a number, not '.nan'", 2),
    Case("overrides threshold negative", "over.yaml", "thresholds:\n  tiny.min_late: -5\n", 1,
         "threshold 'tiny.min_late' is -5", 2),
    Case("overrides tiny threshold", "over.yaml", "thresholds:\n  tiny.min_late: 0.00001\n", 0),
    Case("overrides 5000 digits", "over.yaml", f"thresholds:\n  tiny.min_late: {DIGITS_5000}\n", 2,
         "a number of 5001 characters", 2),
]

CLIENT_CASES += [
    _y("yaml surrogate pair escapes", 'client: "\\ud83d\\ude00 Ltd"\n', 0, client="\U0001F600 Ltd"),
    _y("yaml lone surrogate escape", 'payment: {}\nclient: "\\ud83d"\n', 2, "lone surrogate escape (\\ud83d)", 2),
]
