"""Out lines (wave 3): the normal lines of `audit forget|purge|seal|verify`, `audit verify`'s chain problems,
`import`'s count and notes and `batch`'s --jobs note are messages: English byte for byte as before, the other
languages from the same message."""

from __future__ import annotations

import pytest

from clientfire.batch.jobs import cap_jobs
from clientfire.messages import message

#: code, parameters, the English the command printed before it was a message
ENGLISH = [
    ("audit.out.erased", {"count": 0, "ids": message("audit.out.none")}, "erased 0 record(s): none"),
    ("audit.out.would_erase", {"count": 2, "ids": "1, 2"}, "would erase 2 record(s): 1, 2"),
    ("audit.out.deleted", {"count": 2, "span": message("audit.out.span", first=1, last=2)},
     "deleted 2 record(s) (records 1 to 2)"),
    ("audit.out.would_delete", {"count": 0, "span": message("audit.out.no_record")},
     "would delete 0 record(s) (no record)"),
    ("audit.out.sealed", {"count": 3},
     "sealed 3 record(s): `audit show` gives their outputs as they are, whatever the renderer"),
    ("audit.out.valid", {"count": 4, "erased": 1}, "valid: 4 records in the chain (1 erased on request)"),
    ("audit.out.not_valid", {"problem": message("audit.chain.gap", id=3, prev=2, next=4), "count": 2},
     "NOT valid: record 3 removed (the chain goes from record 2 to record 4) (2 records checked before it)"),
    ("audit.chain.removed_many_renumbered", {"first": 3, "last": 4},
     "records 3 to 4 were removed (the records after it were renumbered)"),
    ("audit.chain.head_gone", {"id": 9}, "record 9, noted as the head, is gone"),
    ("audit.out.other_renderer_note", {"id": 2, "made": "4", "shown": "5"},
     "record 2 was made by renderer 4 and is shown by renderer 5"),
    ("import.out.wrote", {"clients": 2, "rows": 3, "changed": 0},
     "wrote 2 client(s) from 3 record(s); 0 file(s) changed"),
    ("import.out.would_write_csv", {"clients": 2, "rows": 5}, "would write 2 client(s) from 5 record(s)"),
    ("import.note.skipped", {"path": "a.csv", "why": message("import.skip.not_invoice", count=2)},
     "a.csv: 2 rows that are no invoice (payments, totals) left out"),
    ("import.out.kept", {"fact": "payment.late_invoices", "old": "2", "new": "3"},
     "  ! payment.late_invoices = 2 kept: your own value (the books say 3)"),
]


@pytest.mark.parametrize(("code", "params", "english"), ENGLISH)
def test_out_lines_keep_their_english_and_say_it_in_korean(code: str, params: dict[str, object],
                                                           english: str) -> None:
    said = message(code, **params)
    assert str(said) == english
    assert said.text("ko") != english and all(str(v) in said.text("ko") for v in params.values()
                                              if not hasattr(v, "text"))


def test_out_lines_jobs_note_is_a_message_in_the_chosen_language() -> None:
    limit, note = cap_jobs(500, cores=2)
    assert limit == 8 and note is not None
    assert str(note) == "--jobs 500 lowered to 8 (4 per core on 2 cores)"
    assert "낮췄습니다" in note.text("ko") and "diturunkan" in note.text("id") and "laskettiin" in note.text("fi")


@pytest.mark.parametrize(("lang", "valid", "erased"), [
    ("en", "valid: 1 record in the chain (0 erased on request)", "erased 0 record(s): none"),
    ("ko", "유효함: 체인에 기록 1건 (요청에 따라 지운 기록 0건)", "기록 0건을 지웠습니다: 없음"),
    ("id", "sah: 1 catatan dalam rantai (0 dihapus atas permintaan)", "isi 0 catatan dihapus: tidak ada"),
    ("fi", "kelvollinen: ketjussa 1 kirjaus (0 poistettu pyynnöstä)", "tyhjennettiin 0 kirjausta: ei yhtään"),
])
def test_out_lines_audit_verify_and_forget_speak_the_chosen_language(run_cli, tmp_path, lang: str, valid: str,  # type: ignore[no-untyped-def]
                                                                     erased: str) -> None:
    from pathlib import Path

    db = str(tmp_path / "audit.db")
    example = str(Path(__file__).resolve().parents[1] / "examples" / "oakline-late-payer.yaml")
    assert run_cli("verdict", example, "--db", db)[0] == 0
    code, out, _ = run_cli("audit", "verify", "--db", db, "--lang", lang)
    assert code == 0 and out.splitlines()[0] == valid
    code, out, _ = run_cli("audit", "forget", "--client", "Nobody Ltd", "--db", db, "--lang", lang)
    assert code == 0 and out.strip() == erased
