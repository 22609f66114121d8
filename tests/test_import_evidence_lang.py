"""Issue 16, languages: what `clientfire import --lang` writes (the records behind each fact, the `evidence:` block's
comment, a new file's header, a portfolio CSV's `evidence.<fact>` columns) is in that language; invoice numbers,
dates and amounts stay as they are, and the mark `# imported DATE from FILES` stays English so any later import,
in any language, finds the facts it owns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from clientfire.importers.clientfile import MARK
from tests.import_helpers import clients_in, fixture, run_import

#: lang -> words the written file must say (header, block comment, an overdue record, a month with nothing paid,
#: an hours line), none of them English
SAYS = {"id": ("Ditulis oleh clientfire import", "catatan di balik fakta", "belum dibayar, lewat jatuh tempo 242 hari",
               "2025-04: tidak ada pembayaran", "2025-04: 10 jam (1 entri waktu)"),
        "ko": ("clientfire import가 작성한 파일입니다", "가져온 사실의 근거 기록", "미결제, 만기 242일 경과",
               "2025-04: 결제 없음", "2025-04: 10시간 (시간 기록 1건)"),
        "fi": ("Tämän kirjoitti clientfire import", "tuotujen tosiasioiden taustalla", "maksamatta, 242 päivää erääntynyt",
               "2025-04: ei maksuja", "2025-04: 10 tuntia (tuntikirjauksia: 1)")}
#: the English the same import writes (pinned): none of it may be left in another language's file
ENGLISH = ("# Written by clientfire import", "# the records behind imported facts", "days past due", "nothing paid",
           "(1 time entry)", "paid 12 days late", "written off", "average of the 3 full months", "oldest:")


def _import(run_cli: Any, folder: Path, lang: str, today: str = "2025-07-15") -> str:
    for fmt, name in (("stripe", "stripe.csv"), ("toggl", "toggl.csv")):
        code, _, err = run_cli("import", "--from", fmt, fixture(name), "--out", str(folder), "--today", today,
                               "--timezone", "UTC", "--lang", lang)
        assert code == 0, err
    return (folder / "acme-widgets-ltd.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", sorted(SAYS))
def test_import_evidence_is_written_in_the_chosen_language(run_cli: Any, tmp_path: Path, lang: str) -> None:
    text = _import(run_cli, tmp_path / "clients", lang)
    assert [said for said in SAYS[lang] if said not in text] == []
    assert [english for english in ENGLISH if english in text] == []
    assert "INV-0009" in text and "800.00 EUR" in text and "2024-11-15" in text  # numbers and dates as they are
    assert "  days_overdue: 242  # imported 2025-07-15 from stripe.csv\n" in text  # the mark, as in English
    assert clients_in(tmp_path / "clients")["Acme Widgets Ltd"]["payment.days_overdue"] == 242


def test_import_evidence_in_english_is_what_it_always_was(run_cli: Any, tmp_path: Path) -> None:
    text = _import(run_cli, tmp_path / "clients", "en")
    assert [english for english in ENGLISH if english not in text] == []
    assert text.startswith("# Written by clientfire import. Facts marked \"# imported\" are refreshed by the next "
                           "import: delete\n# the mark to keep your own value. Add any other fact by hand "
                           "(`clientfire facts` lists them).\nclient: \"Acme Widgets Ltd\"\n")
    assert '    - "INV-0009 unpaid, 242 days past due (due 2024-11-15; 800.00 EUR open)"\n' in text


@pytest.mark.parametrize(("first", "then"), [("ko", "fi"), ("fi", "en"), ("en", "id"), ("id", "ko")])
def test_import_evidence_a_file_written_in_one_language_is_merged_by_an_import_in_another(
        run_cli: Any, tmp_path: Path, first: str, then: str) -> None:
    folder = tmp_path / "clients"
    path = folder / "acme-widgets-ltd.yaml"
    written = _import(run_cli, folder, first)
    pinned = written.replace("  days_overdue: 242  # imported 2025-07-15 from stripe.csv", "  days_overdue: 10")
    path.write_text(pinned + "# my own note\n", encoding="utf-8")
    text = _import(run_cli, folder, then, today="2025-07-20")
    facts = clients_in(folder)["Acme Widgets Ltd"]
    assert facts["payment.days_overdue"] == 10 and "payment.days_overdue" not in facts["evidence"]  # yours, kept
    assert facts["payment.unpaid_overdue_invoices"] == 2 and "# my own note\n" in text
    owned = [line for line in text.splitlines() if MARK.search(line)]
    assert owned and all("# imported 2025-07-20 from " in line for line in owned)  # every owned fact refreshed
    assert text.count("evidence:") == 1 and sorted(facts["evidence"]) == sorted(set(facts["evidence"]))
    comment = {"en": "the records behind imported facts", **{lang: SAYS[lang][1] for lang in SAYS}}
    assert comment[then] in text and comment[first] not in text  # the block is rewritten in the new language
    records = "\n".join(str(r) for rs in facts["evidence"].values() for r in rs)
    overdue = {"en": "unpaid, 247 days past due", **{lang: SAYS[lang][2].replace("242", "247") for lang in SAYS}}
    assert overdue[then] in records and overdue[first] not in records  # the refreshed records: in the new language
    assert "242" not in records  # and none of the old ones is left behind


@pytest.mark.parametrize("lang", sorted(SAYS))
def test_import_evidence_columns_of_the_portfolio_csv_are_in_the_chosen_language(run_cli: Any, tmp_path: Path,
                                                                                 lang: str) -> None:
    out = tmp_path / "portfolio.csv"
    code, _, err = run_cli("import", "--from", "stripe", fixture("stripe.csv"), "--csv", str(out), "--today",
                           "2025-07-15", "--timezone", "UTC", "--lang", lang)
    assert code == 0, err
    rows = {row["client"]: row for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    overdue = rows["Acme Widgets Ltd"]["evidence.payment.unpaid_overdue_invoices"]
    assert SAYS[lang][2] in overdue and "past due" not in overdue
    assert re.fullmatch(r"\d+", rows["Acme Widgets Ltd"]["payment.unpaid_overdue_invoices"])  # values: data


def test_import_evidence_dry_run_diff_shows_the_records_in_the_chosen_language(run_cli: Any, tmp_path: Path) -> None:
    code, out, err = run_import(run_cli, tmp_path / "clients", "stripe", fixture("stripe.csv"),
                                extra=("--dry-run", "--lang", "fi"))
    assert code == 0, err
    assert '+    - "INV-0009 maksamatta, 242 päivää erääntynyt' in out and "past due" not in out


def _records(invoices: list[Any], lang: str, currency: str | None = None) -> str:
    """Every record facts_of says, in `lang`, of invoices made in the test (as of 2025-07-15)."""
    from clientfire.importers.derive import Caps, ClientBooks, Window
    from clientfire.importers.facts import facts_of

    books = ClientBooks("Ace", Window(dt.date(2025, 7, 15)))
    for invoice in invoices:
        books.add_invoice(invoice, Caps(due=True, paid_date=True, amounts=True, write_off=True))
    return "\n".join(r for f in facts_of(books, currency, lang) for r in f.texts(lang))


def _inv(number: str, state: str, due: str | None = None, paid_on: str | None = None, total: str = "100",
         issued: str = "2025-01-01", currency: str = "EUR", **extra: Any) -> Any:
    from clientfire.importers.layout import Invoice

    day = dt.date.fromisoformat
    return Invoice("x.csv", int(number.split("-")[-1]), "Ace", number, state, issue_date=day(issued),
                   due_date=day(due) if due else None, paid_date=day(paid_on) if paid_on else None,
                   total=Decimal(total), currency=currency, **extra)


#: the records the fixtures never show: (point, invoices, --currency, English, then id/ko/fi words in its place)
RARE = [
    ("a part payment", [_inv("I-1", "open", "2025-07-01", "2025-06-10", "300", paid=Decimal("100"))], None,
     ("I-1 (part)", ", part-paid"), ("I-1 (sebagian)", "I-1 (일부)", "I-1 (osa)")),
    ("a credit note", [_inv("I-1", "paid", "2025-05-01", "2025-05-02", "300"),
                       _inv("C-2", "credit", total="-60", issued="2025-06-03")], None,
     ("C-2 (credit note)",), ("C-2 (nota kredit)", "C-2 (크레딧 노트)", "C-2 (hyvityslasku)")),
    ("credits above the payments", [_inv("C-2", "credit", total="-60", issued="2025-06-03")], None,
     ("credit notes exceed the payments: counted as 0",), ("dihitung 0", "0으로 계산", "laskettu nollaksi")),
    ("another currency left out", [_inv("I-1", "paid", "2025-05-01", "2025-05-02", "300"),
                                   _inv("I-2", "paid", "2025-05-01", "2025-05-02", "200", currency="USD")], "EUR",
     ("left out: 200.00 USD paid in USD (--currency EUR)",),
     ("tidak dihitung: 200.00 USD", "제외됨: USD(으)로 결제된 200.00 USD", "jätetty pois: 200.00 USD")),
    ("many write-offs", [_inv(f"I-{n}", "written_off", "2025-03-01") for n in range(1, 53)], None,
     ("... and 3 more written off",), ("... dan 3 lagi dihapusbukukan", "대손 처리 3건", "... ja 3 muuta luottotappioksi")),
    ("many late payments", [_inv(f"I-{n}", "paid", "2025-03-01", "2025-03-05") for n in range(1, 53)], None,
     ("... and 3 earlier late payments",), ("... dan 3 pembayaran terlambat", "이전 연체 결제 3건", "... ja 3 aiempaa")),
]


@pytest.mark.parametrize(("point", "invoices", "currency", "english", "said"), RARE, ids=[r[0] for r in RARE])
def test_import_evidence_records_the_fixtures_never_show_are_said_in_each_language(
        point: str, invoices: list[Any], currency: str | None, english: tuple[str, ...], said: tuple[str, ...]) -> None:
    assert [e for e in english if e not in _records(invoices, "en", currency)] == []  # the English, as it always was
    for lang, words in zip(("id", "ko", "fi"), said, strict=True):
        text = _records(invoices, lang, currency)
        assert words in text and not [e for e in english if e in text], (lang, text)
