"""Done-when of the languages issue: a tour of every command with --lang ko shows no English interface word, only
ids, file names and the client's own names (a word-list check on everything printed or written)."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ironbridge-everything-wrong.yaml"
PORTFOLIO = ("oakline-late-payer.yaml", "brightpath-steady-retainer.yaml", "nettlefield-cannot-finish.yaml")
#: words that are names, not English: the program, its commands, formats, the tools it names
NAMES = {"clientfire", "verdict", "explain", "facts", "report", "diagram", "check", "test", "audit", "batch", "import",
         "knowledge", "ask", "json", "yaml", "csv", "dot", "svg", "html", "png", "pdf", "Graphviz", "graphviz", "SQLite",
         "API", "HTTP", "PATH", "Debian", "Ubuntu", "macOS", "Windows", "max", "min",
         "Xero", "Toggl", "Track", "Stripe", "Harvest", "FreshBooks", "QuickBooks", "Online",  # the tools import reads
         "xero", "toggl", "stripe", "harvest", "freshbooks", "quickbooks",  # and their ids (`--from xero`)
         "verify"}  # the audit action a line quotes (`audit verify --head`)
#: the header of the export the tour imports: the tool's column names, named in the messages as they are
EXPORT_HEADER = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency"
#: shell commands quoted in the output (how to install Graphviz): code, not prose
COMMAND_LINE = re.compile(r"\b(?:apt-get|brew) install \w+")
#: ids that are also English words: the verdicts and strengths must show in Korean, so they are never allowed
WORDS_THAT_MUST_BE_TRANSLATED = {"keep", "address", "fire", "pause", "work", "none", "weak", "moderate", "strong",
                                 "mild", "serious", "true", "false", "threshold", "unknown", "sign", "candidate"}


def _allowed(engine: Any) -> set[str]:
    """Ids of the knowledge (signs, items, fact groups and names, thresholds), publishers, the clients' names, NAMES."""
    kb = engine.kb
    ids: set[str] = set(NAMES)
    for kind in ("sign", "remedy", "guidance", "prevention", "notice"):
        ids |= {part for item in kb.items(kind) for part in item.id.split("_")} | {i.id for i in kb.items(kind)}
    ids |= {part for fact in kb.facts for part in fact.split(".")}
    ids |= set(kb.screens)  # the groups `ask` names its screens by (`conduct` has no fact of its own)
    ids |= {part for name in kb.thresholds for part in name.split(".")}
    ids |= {part for rule in kb.rules for part in rule.id.split(".")}
    ids |= {word for a in kb.articles.values() if a.publisher for word in re.findall(r"[A-Za-z]+", a.publisher)}  # a name
    for example in PORTFOLIO + (EXAMPLE.name,):
        text = (ROOT / "examples" / example).read_text(encoding="utf-8")
        ids |= set(re.findall(r"[A-Za-z]+", re.search(r"^client:(.*)$", text, re.M).group(1)))  # type: ignore[union-attr]
    return ids - WORDS_THAT_MUST_BE_TRANSLATED


def english_words(text: str, allowed: set[str]) -> list[str]:
    """ASCII words of `text` that are neither ids nor file names (tokens with `.`, `_`, `/`, `:`, `-`, `=`
    or a digit), nor allowed names: the English a Korean reader would meet."""
    tokens = re.split(r"[\s,;()\[\]{}\"'`*<>|·]+", COMMAND_LINE.sub(" ", text))
    found = []
    for token in tokens:
        if not token or re.search(r"[._/:\-=#0-9@+~%$?]", token):
            continue
        found += [w for w in re.findall(r"[A-Za-z]{2,}", token) if w not in allowed]
    return found


def _html_text(page: str) -> str:
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<code>.*?</code>", " ", page, flags=re.S)
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"\b(?:class|id|href|data-[a-z-]+|viewBox|lang|charset|name|content)=\"[^\"]*\"", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _dot_labels(dot: str) -> str:
    """The texts of a DOT file a reader sees: every label and tooltip (HTML labels without their tags)."""
    texts = re.findall(r'\b(?:label|tooltip)="((?:[^"\\]|\\.)*)"', dot)
    texts += re.findall(r"\blabel=([A-Za-z][\w.]*)\b", dot)
    for start in (m.end() for m in re.finditer(r"\blabel=<", dot)):
        depth, end = 1, start
        while depth and end < len(dot):
            depth += {"<": 1, ">": -1}.get(dot[end], 0)
            end += 1
        texts.append(html.unescape(re.sub(r"<[^>]+>", " ", dot[start:end - 1])))
    return "\n".join(texts)


def _tour(run_cli: Any, tmp_path: Path) -> dict[str, tuple[int, str]]:
    """Every command once, in Korean: what it printed (or wrote)."""
    db = str(tmp_path / "audit.db")
    folder = tmp_path / "portfolio"
    folder.mkdir()
    for name in PORTFOLIO:
        (folder / name).write_bytes((ROOT / "examples" / name).read_bytes())
    overrides = tmp_path / "overrides.yaml"
    # verdicts change (keep -> address, pause_work -> address), so the diff lists clients and how they change
    overrides.write_text("thresholds:\n  pause_work.min_unpaid_overdue: 5\n  late_payment.min_late_invoices: 1\n",
                         encoding="utf-8")
    page, diagram = tmp_path / "report.html", tmp_path / "path.dot"
    answers = tmp_path / "answers.txt"
    answers.write_text("payment.late_invoices=4\npayment.pays_eventually=예\nbehaviour.insults=2\n", encoding="utf-8")
    example = str(EXAMPLE)
    runs = {
        "verdict": ("verdict", example, "--db", db, "--lang", "ko"),
        "explain": ("explain", example, "--no-record", "--lang", "ko"),
        "explain --what-if": ("explain", example, "--what-if", "--no-record", "--lang", "ko"),
        "explain --how": ("explain", example, "--how", "--why-not", "FIRE", "--no-record", "--lang", "ko"),
        "template": ("template", "--lang", "ko"),
        "explain --why-not": ("explain", example, "--why-not", "keep", "--no-record", "--lang", "ko"),
        "facts": ("facts", "--lang", "ko"),
        "report": ("report", example, "-o", str(page), "--lang", "ko"),
        "diagram": ("diagram", example, "-o", str(diagram), "--lang", "ko"),
        "check": ("check", "--lang", "ko"),
        "test": ("test", "--lang", "ko"),
        "audit list": ("audit", "list", "--db", db, "--lang", "ko"),
        "audit show": ("audit", "show", "1", "--db", db),  # the record as it was given: in Korean
        "batch": ("batch", str(folder), "--no-record", "--lang", "ko"),
        "knowledge diff": ("knowledge", "diff", str(ROOT / "knowledge"), str(overrides), "--clients", str(folder),
                           "--lang", "ko"),
        "knowledge init": ("knowledge", "init", str(tmp_path / "my-knowledge"), "--lang", "ko"),
        "knowledge schema": ("knowledge", "schema", "--out", str(tmp_path / "schemas"), "--lang", "ko"),
        "ask": ("ask", "--answers", str(answers), "--no-record", "--lang", "ko"),  # unattended: every question logged
    }
    runs.update(_rough_runs(tmp_path))
    runs.update(_log_and_import_runs(tmp_path, db))  # last: forget erases the records the runs above show
    shown: dict[str, tuple[int, str]] = {}
    for name, args in runs.items():
        code, out, err = run_cli(*args)
        shown[name] = (code, out + err)
    shown["report"] = (shown["report"][0], shown["report"][1] + _html_text(page.read_text(encoding="utf-8")))
    shown["diagram"] = (shown["diagram"][0], shown["diagram"][1] + _dot_labels(diagram.read_text(encoding="utf-8")))
    written = sorted((tmp_path / "imported-good").glob("*.yaml"))  # the client file import wrote, records and all
    shown["import"] = (shown["import"][0], shown["import"][1] + "".join(p.read_text(encoding="utf-8") for p in written))
    assert "->" in shown["knowledge diff"][1].split("\n")[-2], shown["knowledge diff"]
    return shown


def _lint_copy(tmp_path: Path) -> Path:
    """A copy of the bundled knowledge built to raise lint warnings: a threshold no rule uses, a notice no rule concludes."""
    folder = tmp_path / "lint-knowledge"
    folder.mkdir()
    for source in (ROOT / "knowledge").glob("*.yaml"):
        (folder / source.name).write_bytes(source.read_bytes())
    thresholds = (folder / "thresholds.yaml").read_text(encoding="utf-8")
    (folder / "thresholds.yaml").write_text(thresholds.replace("thresholds:\n", "thresholds:\n  spare:\n    unused_limit:\n"
                                            "      value: 4\n      unit: invoices\n      note: \"B.1: spare\"\n", 1),
                                            encoding="utf-8")
    notices = (folder / "notices.yaml").read_text(encoding="utf-8")
    first = notices.split("\n  - id: ")[1]
    (folder / "notices.yaml").write_text(notices.replace("notices:\n", "notices:\n  - id: orphan_" + first + "\n", 1),
                                         encoding="utf-8")
    return folder


def _broken_copy(tmp_path: Path, name: str, file: str, old: str, new: str) -> Path:
    """A copy of the bundled knowledge with one mistake: `old` replaced by `new` (once) in `file`."""
    folder = tmp_path / name
    folder.mkdir()
    for source in (ROOT / "knowledge").glob("*.yaml"):
        (folder / source.name).write_bytes(source.read_bytes())
    text = (folder / file).read_text(encoding="utf-8")
    assert old in text, old
    (folder / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


#: knowledge errors the engine raises itself: a formula it cannot read, a `passing` value, a rule in the wrong layer
BROKEN = {"check with a bad formula": ("facts.yaml", '- money.monthly_costs"', '- money.monthly_costs +"'),
          "check with a bad passing": ("signs.yaml", "    passing: stand\n", "    passing: stands\n"),
          "check with a rule in the wrong layer": ("signs.yaml", "      - payment.pays_eventually == false\n    then:",
                                                   "      - payment.pays_eventually == false\n      - verdict: fire\n"
                                                   "    then:")}


def _rough_runs(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    """The runs where something is wrong: lint warnings, a failing scenario, client files with an unknown fact or a
    bad value (their messages must be in Korean too)."""
    folder = tmp_path / "rough"  # apart from the tour's overrides file: a folder of scenarios, not knowledge
    folder.mkdir()
    failing = folder / "failing.yaml"
    failing.write_text("scenarios:\n  - name: 일부러 틀린 시나리오\n    client:\n      payment:\n        late_invoices: 4\n"
                       "    expect:\n      verdict: keep\n      strength: strong\n      signs: [non_payment]\n"
                       "      fires: [no.such_rule]\n", encoding="utf-8")
    unknown, bad = folder / "unknown-fact.yaml", folder / "bad-value.yaml"
    unknown.write_text("client: Ironbridge\npayment:\n  late_invoces: 3\n", encoding="utf-8")
    bad.write_text("client: Ironbridge\npayment:\n  late_invoices: 12x\n", encoding="utf-8")
    schema = tmp_path / "schema-knowledge"
    schema.mkdir()
    for source in (ROOT / "knowledge").glob("*.yaml"):
        (schema / source.name).write_bytes(source.read_bytes())
    signs = (schema / "signs.yaml").read_text(encoding="utf-8")
    (schema / "signs.yaml").write_text(signs.replace("    article: B.1\n", "    article: B.1\n    colour: red\n", 1),
                                       encoding="utf-8")
    db, corrupt = str(tmp_path / "audit.db"), tmp_path / "corrupt.db"  # the tour's log (record 1 is in it)
    corrupt.write_text("not a database at all\n", encoding="utf-8")
    export, portfolio = folder / "xero-bad-date.csv", folder / "portfolio-bad-value.csv"
    export.write_text(EXPORT_HEADER + "\n"
                      "Ironbridge,INV-1,2025-04-25,2025-02-31,1200.00,0.00,1200.00,GBP\n", encoding="utf-8")
    portfolio.write_text("client,payment.late_invoices\nIronbridge,12x\n", encoding="utf-8")
    imports = (folder / "imported", "--today", "2025-07-15", "--timezone", "UTC", "--lang", "ko")
    broken = {name: ("check", str(_broken_copy(tmp_path, f"broken-{i}", *how)), "--lang", "ko")
              for i, (name, how) in enumerate(BROKEN.items())}
    return {**broken, "check with warnings": ("check", str(_lint_copy(tmp_path)), "--lang", "ko"),
            "audit show missing record": ("audit", "show", "999", "--db", db, "--lang", "ko"),
            "audit purge bad date": ("audit", "purge", "--before", "2020-13-45", "--db", db, "--lang", "ko"),
            "audit list corrupt database": ("audit", "list", "--db", str(corrupt), "--lang", "ko"),
            "diagram bad output name": ("diagram", str(EXAMPLE), "-o", str(tmp_path / "path.txt"), "--lang", "ko"),
            "knowledge diff missing portfolio": ("knowledge", "diff", "bundled", "bundled", "--clients",
                                                 str(tmp_path / "no-such-portfolio"), "--lang", "ko"),
            "import bad value": ("import", "--from", "xero", str(export), "--out", *map(str, imports)),
            "import wrong layout": ("import", "--from", "toggl", str(export), "--out", *map(str, imports)),
            "batch bad value": ("batch", str(portfolio), "--no-record", "--lang", "ko"),
            "batch unknown column": ("batch", str(unknown_column(folder)), "--no-record", "--lang", "ko"),
            "batch skipped column": ("batch", str(skipped_column(folder)), "--no-record", "--lang", "ko"),
            "check with a schema error": ("check", str(schema), "--lang", "ko"),
            "test failing": ("test", str(failing), "--lang", "ko"),
            "verdict unknown fact": ("verdict", str(unknown), "--no-record", "--lang", "ko"),
            "verdict bad value": ("verdict", str(bad), "--no-record", "--lang", "ko"),
            "verdict missing file": ("verdict", str(tmp_path / "missing.yaml"), "--no-record", "--lang", "ko"),
            "serve bad port": ("serve", "--port", "99999", "--lang", "ko"),
            "explain --why-not bogus": ("explain", str(EXAMPLE), "--why-not", "bogus", "--no-record", "--lang", "ko")}


def _log_and_import_runs(tmp_path: Path, db: str) -> dict[str, tuple[str, ...]]:
    """The audit log checked and a client's records erased; a small export imported (new files, a note on its short
    period): their normal lines in Korean too."""
    export = tmp_path / "xero-good.csv"
    export.write_text(EXPORT_HEADER + "\nIronbridge,INV-1,2025-04-25,2025-05-25,1200.00,0.00,1200.00,GBP\n",
                      encoding="utf-8")
    return {"audit verify": ("audit", "verify", "--db", db, "--lang", "ko"),
            "audit forget": ("audit", "forget", "--client", "Ironbridge", "--db", db, "--lang", "ko"),
            "import": ("import", "--from", "xero", str(export), "--out", str(tmp_path / "imported-good"),
                       "--today", "2025-07-15", "--timezone", "UTC", "--lang", "ko"),
            "import --dry-run": ("import", "--from", "xero", str(export), "--out", str(tmp_path / "imported-dry"),
                                 "--today", "2025-07-20", "--timezone", "UTC", "--dry-run", "--lang", "ko")}


#: the mark of a fact import owns, `# imported DATE from FILES` (and the header naming it): read back by the next
#: import, so the same in every language, like an id; the records behind the facts are interface, in Korean
IMPORT_MARK = re.compile(r"# imported(?: \d{4}-\d{2}-\d{2} from [^\n]*)?")
#: the currency of the tour's export: a code, shown as it is in the records
CURRENCIES = {"GBP"}


def unknown_column(folder: Path) -> Path:
    """A portfolio CSV with a column that is a fact group, not a fact."""
    path = folder / "portfolio-group-column.csv"
    path.write_text("client,payment\nIronbridge,3\n", encoding="utf-8")
    return path


def skipped_column(folder: Path) -> Path:
    """A portfolio CSV with a spreadsheet's own column (named in Korean): skipped, with a warning."""
    path = folder / "portfolio-own-column.csv"
    path.write_text("client,담당자,payment.late_invoices\nIronbridge,김,1\n", encoding="utf-8")
    return path


def test_english_words_finds_english_but_not_ids() -> None:
    allowed = {"Ironbridge"}
    assert english_words("Ironbridge: 관계 종료 (payment.late_invoices = 4, sign.late_payment)", allowed) == []
    assert english_words("판정 fire (strong): candidates wins", allowed) == ["fire", "strong", "candidates", "wins"]
    assert english_words("knowledge/verdicts.yaml:201; 004_b27.txt; C.conclusion --format", allowed) == []


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """The tour, run once for every test of this module (in-process, the real commands)."""
    import contextlib
    import io

    from clientfire.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
        return code, out.getvalue(), err.getvalue()

    return _tour(run, tmp_path_factory.mktemp("tour"))


COMMANDS = ("verdict", "explain", "explain --what-if", "explain --why-not", "facts", "report", "diagram", "check",
            "test", "audit list", "audit show", "batch", "knowledge diff", "knowledge init", "knowledge schema",
            "audit verify", "audit forget", "import", "import --dry-run", "ask")


@pytest.mark.parametrize("command", COMMANDS)
def test_korean_tour_shows_no_english_interface_words(tour: dict[str, tuple[int, str]], engine: Any,
                                                      command: str) -> None:
    code, text = tour[command]
    assert code == 0, text
    words = english_words(IMPORT_MARK.sub(" ", text), _allowed(engine) | set(EXPORT_HEADER.split(",")) | CURRENCIES)
    assert sorted(set(words)) == []


#: the normal lines of the audit log and of import, in Korean: a word each must say
SAID = {"audit verify": "유효함", "audit forget": "지웠습니다", "import": "클라이언트 1곳을 썼습니다",
        "import --dry-run": "+evidence:  # 가져온 사실의 근거 기록"}


@pytest.mark.parametrize("command", sorted(SAID))
def test_korean_tour_of_the_log_and_import_says_their_lines_in_korean(tour: dict[str, tuple[int, str]],
                                                                      command: str) -> None:
    """Out lines: audit verify's and forget's summaries, import's client lines, count and notes are in Korean."""
    code, text = tour[command]
    assert code == 0 and SAID[command] in text, text
    if command == "import":
        assert "clientfire: 참고: " in text and "(새 파일)" in text, text
        assert "evidence:  # 가져온 사실의 근거 기록" in text and "# imported 2025-07-15 from xero-good.csv" in text


#: the rough runs: exit code, and a word of what must be said (in Korean)
ROUGH = {"check with warnings": (0, "경고"), "check with a schema error": (1, "알 수 없는 키"),
         "check with a bad formula": (1, "수식"), "check with a bad passing": (1, "중 하나여야 합니다"),
         "check with a rule in the wrong layer": (1, "계층"),
         "test failing": (1, "기대한 값은"), "verdict unknown fact": (2, "알 수 없는 사실"),
         "verdict bad value": (2, "숫자만"), "verdict missing file": (2, "파일을 읽을 수 없습니다"),
         "audit show missing record": (2, "감사 기록이 없습니다"), "audit purge bad date": (2, "날짜(YYYY-MM-DD)를"),
         "audit list corrupt database": (2, "손상되었거나"), "diagram bad output name": (2, "출력 파일 이름은"),
         "knowledge diff missing portfolio": (2, "그런 파일이나 폴더가 없습니다"),
         "import bad value": (2, "존재하지 않는 날짜"), "import wrong layout": (2, "보입니다"),
         "batch bad value": (2, "숫자만"), "batch unknown column": (2, "사실 묶음"),
         "batch skipped column": (0, "건너뛰었습니다"), "serve bad port": (2, "사이여야 합니다"),
         "explain --why-not bogus": (2, "알 수 없는 판정")}
#: words a rough run quotes as they are: the value the user typed, and the ids it may be replaced with
TYPED = {"explain --why-not bogus": {"bogus", "keep", "address", "fire"}}


@pytest.mark.parametrize("command", sorted(ROUGH))
def test_korean_tour_of_problems_shows_no_english_interface_words(tour: dict[str, tuple[int, str]], engine: Any,
                                                                  command: str) -> None:
    """Issue 16, languages: lint messages, test failure details and input errors are in the chosen language (the
    audit log's errors too: a missing record, a bad date, a corrupt database; and the commands' own)."""
    from clientfire.engine.layers import LAYERS
    from clientfire.engine.lint import lint
    from clientfire.engine.model import PASSING

    code, text = tour[command]
    expected_code, korean = ROUGH[command]
    assert code == expected_code and korean in text, text
    finding_codes = {f.code for f in lint(engine.kb)} | {"unreachable", "unused_threshold", "schema"}  # `[code]`: an id
    finding_codes.add("colour")  # the key the knowledge copy writes by mistake: a key name stays as it is
    finding_codes |= {"passing", "stands", *PASSING, *LAYERS}  # a key, the bad value, its choices, layer ids: as they are
    finding_codes |= set(EXPORT_HEADER.split(","))  # the export's column names, as the tool writes them
    assert sorted(set(english_words(text, _allowed(engine) | finding_codes | TYPED.get(command, set())))) == []


#: names in the help that are not English words: file formats, a product, values typed as they are (`'local'`)
HELP_NAMES = {"YAML", "JSON", "CSV", "HTML", "DOT", "Dask", "local", "bundled", "client", "clients", "schemas"}
#: mistakes on the command line: argparse's own errors, in Korean (the word each must say)
ARGPARSE_ERRORS = {("verdict", str(EXAMPLE), "--bogus"): "알 수 없는 인수",
                   ("verdict",): "다음 인수가 필요합니다",
                   ("verdict", str(EXAMPLE), "--format", "zz"): "잘못된 선택",
                   ("batch", str(EXAMPLE), "--jobs", "many"): "올바른 숫자가 아닙니다",
                   ("audit", "bogus"): "잘못된 선택",
                   ("explain", str(EXAMPLE), "--why-not"): "인수 하나가 필요합니다"}


def _help_commands() -> list[tuple[str, ...]]:
    """Every command and every action of one (`audit list`, `knowledge diff`), and the command list itself."""
    from clientfire.cli import TABLE, build_parser
    from clientfire.cli_lang import parsers

    found: list[tuple[str, ...]] = [()]
    for name in TABLE:
        found += [tuple(parser.prog.split()[1:]) for parser in parsers(build_parser(name))[1:]]
    return found


def _interface_names(command: tuple[str, ...]) -> set[str]:
    """What the help shows that a user types as it is: metavars (FILE, DIR), choices, positionals, command names."""
    import re as regex

    from clientfire.cli import build_parser
    from clientfire.cli_lang import parsers

    names = set()
    for parser in parsers(build_parser(command[0] if command else None)):
        names.add(parser.prog.split()[-1])
        for action in parser._actions:
            names |= set(regex.findall(r"[A-Za-z]+", str(action.metavar or action.dest.upper())))
            names |= {str(choice) for choice in action.choices or ()} | ({action.dest} if not action.option_strings else set())
    return names


@pytest.fixture(scope="module")
def help_tour() -> dict[tuple[str, ...], tuple[int, str]]:
    """`--help --lang ko` of every command and action, and the argparse mistakes: exit code and what was printed, by
    the command line (without its `--lang ko`)."""
    import contextlib
    import io

    from clientfire.cli import main

    shown = {}
    for argv in [*((*command, "--help") for command in _help_commands()), *ARGPARSE_ERRORS]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                code = main([*argv, "--lang", "ko"])
            except SystemExit as exc:
                code = int(exc.code or 0)
        shown[argv] = (code, out.getvalue())
    return shown


@pytest.mark.parametrize("command", _help_commands(), ids=lambda argv: " ".join(argv) or "clientfire")
def test_korean_tour_of_every_commands_help_shows_no_english_interface_words(
        help_tour: dict[tuple[str, ...], tuple[int, str]], engine: Any, command: tuple[str, ...]) -> None:
    """Issue 16, languages: `--help` in Korean: argparse's words, the descriptions, every option's help."""
    code, text = help_tour[(*command, "--help")]
    assert code == 0 and text.startswith("사용법: ") and "옵션:" in text, text
    allowed = _allowed(engine) | HELP_NAMES | _interface_names(command) | {"en", "id", "ko", "fi"}
    assert sorted(set(english_words(text, allowed))) == []


@pytest.mark.parametrize("argv", list(ARGPARSE_ERRORS), ids=lambda argv: " ".join(a for a in argv if "/" not in a))
def test_korean_tour_of_command_line_mistakes_shows_no_english_interface_words(
        help_tour: dict[tuple[str, ...], tuple[int, str]], engine: Any, argv: tuple[str, ...]) -> None:
    """Issue 16, languages: argparse's own errors (an unknown option, a missing file, a bad choice) in Korean."""
    code, text = help_tour[argv]
    assert code == 2 and ARGPARSE_ERRORS[argv] in text and ": 오류: " in text, text
    allowed = _allowed(engine) | HELP_NAMES | _interface_names(argv) | {"bogus", "zz", "many"}  # the mistakes typed
    assert sorted(set(english_words(text, allowed))) == []
