"""`make fuzz`: the properties of tests/test_properties.py at 50,000 generated inputs, with the counts printed.

    python -m tests.fuzz [TOTAL]     # TOTAL inputs in all (default 50,000)

Prints the inputs, the exit codes (0 accepted, 2 refused with a located message, 1 internal error), hangs,
silent changes (a value read other than the one spelled, or a bad spelling accepted), wrong refusals,
schema disagreements and check/verdict disagreements; exits 1 if any of those is not zero.
"""

from __future__ import annotations

import os
import sys
import time

BASE = 800 + 600 + 500 + 300 + 700 + 100  # the CI examples of the properties, in all
BAD = ("exit 1", "internal error", "hang", "silent change", "wrong refusal", "unlocated error", "schema disagrees",
       "check disagrees")


def main(argv: list[str]) -> int:
    total = int(argv[0]) if argv else 50_000
    os.environ["CLIENTFIRE_FUZZ"] = "1"
    os.environ["CLIENTFIRE_FUZZ_SCALE"] = str(total / BASE)
    os.environ.setdefault("CLIENTFIRE_CACHE_DIR", os.path.join(os.environ.get("TMPDIR", "/tmp"), "clientfire-fuzz"))
    from tests import test_properties as props

    started = time.monotonic()
    for fmt in ("yaml", "json", "csv", "jsonl"):
        props.test_generated_client_files_mean_what_they_spell(fmt)
    props.test_the_validator_and_the_shipped_schema_agree()
    props.test_check_and_verdict_agree_on_generated_knowledge()
    stats = props.STATS
    inputs = stats["inputs"] + stats["knowledge inputs"]
    print(f"fuzz: {inputs} inputs in {time.monotonic() - started:.0f} s "
          f"({stats['inputs']} client files and rows, {stats['knowledge inputs']} knowledge folders)")
    print(f"  client files: exit 0 {stats['exit 0']}, exit 2 {stats['exit 2']}, exit 1 {stats['exit 1']}")
    knowledge = {k: v for k, v in sorted(stats.items()) if k.startswith("check ")}
    print("  knowledge: " + ", ".join(f"{k} {v}" for k, v in knowledge.items()))
    print(f"  schema: agrees {stats['schema agrees']}, not comparable (refused by the reader) "
          f"{stats['schema: reader-level']}")
    for kind in BAD[1:]:
        print(f"  {kind}: {stats[kind]}")
    for failure in props.FAILURES:
        print(f"    {failure[:400]}")
    return 1 if any(stats[k] for k in BAD) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
