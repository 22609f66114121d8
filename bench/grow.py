"""Knowledge that grows: a copy of the bundled knowledge folder with its rules copied N times (issue 15).

    python -m bench.grow OUT 20                  # every rule 20x, copy k guarded by `growth.segment == k`
    python -m bench.grow OUT 5 --layers advice --plain   # the remedy rules 5x, identical copies (issue 15's 303)

A guarded copy (the default) is the original rule plus a first condition `growth.segment == k` on a
generated input fact: a firm that tuned its rules per client segment. It concludes what the original
concludes, so every verdict, sign and remedy stays what the bundled knowledge says, and for one client
only the originals and one copy can fire. A plain copy is the original under a new id (all copies fire).
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from clientfire.engine.load import bundled_dir

__all__ = ["grow", "SEGMENT", "main"]


class _Dumper(yaml.SafeDumper):
    """Writes every value out in full (the knowledge loader refuses YAML aliases)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


SEGMENT = "growth.segment"
_TEXT = {"en": "Client segment", "id": "Segmen klien", "ko": "클라이언트 구분", "fi": "Asiakasryhmä"}
_QUESTION = {"en": "Which client segment is this?", "id": "Klien ini masuk segmen mana?",
             "ko": "이 클라이언트는 어느 구분에 속합니까?", "fi": "Mihin asiakasryhmään tämä asiakas kuuluu?"}


def _layer(rule: dict[str, Any]) -> str:
    then = rule.get("then", {})
    if "sign" in then:
        looks = any(isinstance(c, dict) and ("sign" in c or "signs_at_least" in c)
                    for c in rule.get("when", []))
        return "case" if looks else "signs"
    return "verdict" if "verdict" in then else "advice"


def _copies(rule: dict[str, Any], copies: int, guard: bool, first: int) -> list[dict[str, Any]]:
    made = []
    for k in range(first, first + copies - 1):
        copy = dict(rule, id=f"{rule['id']}.g{k}")
        if guard:
            copy["when"] = [f"{SEGMENT} == {k}", *rule.get("when", [])]
        made.append(copy)
    return made


def grow(target: Path, copies: int, layers: Iterable[str] | None = None, guard: bool = True,
         rules: Iterable[str] | None = None, first: int = 1) -> Path:
    """Write the bundled knowledge to `target` with the chosen rules copied to `copies` times in all."""
    chosen_layers = set(layers) if layers is not None else None
    chosen_rules = set(rules) if rules is not None else None
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(bundled_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__", "scenarios"))
    for path in sorted(target.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "facts.yaml" and guard:
            data.setdefault("groups", {})["growth"] = {"text": _TEXT, "facts": {"segment": {
                "type": "count", "text": _TEXT, "question": _QUESTION}}}
        if "rules" in data:
            grown = []
            for rule in data["rules"]:
                grown.append(rule)
                if (chosen_layers is None or _layer(rule) in chosen_layers) and (
                        chosen_rules is None or rule["id"] in chosen_rules):
                    grown += _copies(rule, copies, guard, first)
            data["rules"] = grown
        path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    """Write a grown knowledge folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("copies", type=int)
    parser.add_argument("--layers", help="comma-separated: signs, case, verdict, advice (default: all)")
    parser.add_argument("--rules", help="comma-separated rule ids (default: all)")
    parser.add_argument("--plain", action="store_true", help="identical copies, no segment guard")
    args = parser.parse_args(argv)
    grow(args.out, args.copies, args.layers.split(",") if args.layers else None, not args.plain,
         args.rules.split(",") if args.rules else None)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
