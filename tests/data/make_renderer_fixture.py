"""Make tests/data/audit-renderer-<RENDERER>.sql.gz: compact records of every kind, sealed (their outputs kept as
text), made by this clientfire with the bundled knowledge; tests/test_audit_render.py renders them again and
compares. Run it when RENDERER (clientfire/audit/render.py) is raised:

    .venv/bin/python tests/data/make_renderer_fixture.py
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EX = ROOT / "examples"
DAY = "2026-11-26"
EVIDENCE = """client: Evidence Client
payment:
  late_invoices: 4
  pays_eventually: true
evidence:
  payment.late_invoices: [INV-101 paid 12 days late, INV-107 paid 30 days late]
"""


def main() -> int:
    from clientfire.audit.render import RENDERER

    target = ROOT / "tests" / "data" / f"audit-renderer-{RENDERER}.sql.gz"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "audit.db"
        folder = work / "folder"
        folder.mkdir()
        for name in ("copperleaf-three-small-things.yaml", "lumen-price-shock.yaml", "solace-startup-potential.yaml"):
            (folder / name).write_bytes((EX / name).read_bytes())
        (work / "evidence.yaml").write_text(EVIDENCE, encoding="utf-8")
        (work / "answers.txt").write_text("payment.late_invoices=4\npayment.pays_eventually=yes\n", encoding="utf-8")
        (work / "p.csv").write_text("client,payment.late_invoices,payment.unpaid_overdue_invoices,wellbeing.dread\n"
                                    "Row One,5,1,3\nRow Two,0,0,9\n", encoding="utf-8")
        commands = [
            ["verdict", str(EX / "oakline-late-payer.yaml")],
            ["verdict", str(EX / "greyhaven-non-payer.yaml"), "--explain", "--format", "json"],
            ["explain", str(EX / "marlow-spec-work.json"), "--what-if"],
            ["explain", str(EX / "oakline-late-payer.yaml"), "--why-not", "fire", "--format", "markdown"],
            ["verdict", str(EX / "willow-mild-friction.yaml"), "--lang", "fi"],
            ["verdict", str(EX / "crestline-abusive-director.yaml"), "--explain", "--lang", "ko"],
            ["verdict", str(work / "evidence.yaml"), "--explain"],
            ["ask", "--answers", str(work / "answers.txt"), "--name", "Ask Client"],
            ["batch", str(folder)],
            ["batch", str(work / "p.csv")],
        ]
        env = {**os.environ, "CLIENTFIRE_DB": str(db), "CLIENTFIRE_CACHE_DIR": str(work / "cache")}
        for command in commands:
            subprocess.run([sys.executable, "-m", "clientfire", *command, "--today", DAY], check=True, env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, cwd=work)
        subprocess.run([sys.executable, "-m", "clientfire", "audit", "seal"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        with sqlite3.connect(db) as conn:
            dump = "\n".join(conn.iterdump()) + "\n"
    target.write_bytes(gzip.compress(dump.encode("utf-8"), 9, mtime=0))
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
