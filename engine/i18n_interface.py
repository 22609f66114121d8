"""Interface strings (not knowledge texts) that lack a language: every literal passed to `label()`, `word()` or a
template's `t()`, and every word of the knowledge's vocabulary the renderers look up (verdicts, strengths,
degrees, stages, fact types and units)."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from .model import LANGUAGES, Knowledge

__all__ = ["interface_strings", "missing_interface_translations", "missing_message_translations", "SOURCES"]

_HERE = Path(__file__).resolve().parent
#: the program's code: the installed package (engine and explain inside it), or the source tree's three folders
SOURCES = (_HERE.parent,) if (_HERE.parent / "cli.py").is_file() else \
    (_HERE.parent / "clientfire", _HERE, _HERE.parent / "explain")
_LOOKUPS = ("label", "word", "_t", "t")
#: `t("literal")` or `t("literal", n=...)` in a template (`t("facts " ~ kind)` builds its key: not a literal)
_TEMPLATE_CALL = re.compile(r"""\bt\(\s*(?:"((?:[^"\\]|\\.)+)"|'((?:[^'\\]|\\.)+)')\s*[,)]""")
_OTHER = tuple(lang for lang in LANGUAGES if lang != "en")


@functools.lru_cache(maxsize=1)
def _code_strings() -> tuple[tuple[str, int, str], ...]:
    """(file, line, text) of every literal looked up in the package's code and templates."""
    found: list[tuple[str, int, str]] = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [(_shown(path), node.lineno, node.args[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Call) and getattr(node.func, "id", None) in _LOOKUPS and node.args
                      and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]
        for path in sorted(folder.rglob("templates/**/*.html")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found.extend((_shown(path), number, m.group(1) or m.group(2)) for m in _TEMPLATE_CALL.finditer(line))
    return tuple(found)


def _shown(path: Path) -> str:
    return str(path.relative_to(SOURCES[0].parent))


def interface_strings(kb: Knowledge) -> list[tuple[str, int, str]]:
    """(where, line, text) of every interface string a command can show for `kb`."""
    found = list(_code_strings())
    vocabulary = {v.id for v in kb.verdicts} | {s.id for s in kb.strengths} | {"mild", "serious"}
    vocabulary |= {g.stage for g in kb.guidance} | {g.do for g in kb.guidance}
    vocabulary |= {f.type for f in kb.facts.values()} | {f.unit for f in kb.facts.values() if f.unit}
    found += [(kb.directory, 0, text) for text in sorted(vocabulary)]
    return found + _table_words()


def _table_words() -> list[tuple[str, int, str]]:
    """Words the diagrams keep in tables (cluster headings, legend rows) and look up with `label()`."""
    from clientfire.explain import dot

    words = list(getattr(dot, "CLUSTERS", {}).values())
    for name in dir(dot):
        rows = getattr(dot, name)
        if name.endswith("LEGEND") and isinstance(rows, tuple):
            words += [row[1] for row in rows if isinstance(row, tuple) and len(row) == 2 and isinstance(row[1], str)]
    return [("explain/dot.py", 0, word) for word in words]


def _translated(text: str) -> set[str]:
    from clientfire.explain.labels import LABELS
    from clientfire.web.words import WORDS

    return set(WORDS.get(text, {})) | set(LABELS.get(text, {}))


def missing_interface_translations(kb: Knowledge) -> list[tuple[str, int, str, str]]:
    """(path, line, text, lang) of every interface string without one of id/ko/fi (English is the string)."""
    missing: list[tuple[str, int, str, str]] = []
    seen: set[str] = set()
    for where, line, text in interface_strings(kb):
        if text in seen:
            continue
        seen.add(text)
        have = _translated(text)
        missing.extend((where, line, text, lang) for lang in _OTHER if lang not in have)
    return missing


def missing_message_translations() -> list[tuple[str, int, str, str]]:
    """(file, 0, "message template 'code'", lang) of every message template (clientfire/messages.py) without id/ko/fi,
    whose translation uses other parameters than its English, or with a plural not of two forms (`{n:plural:a|b}`)."""
    from clientfire.messages import MESSAGES, fields, plurals

    found = []
    for code, templates in MESSAGES.items():
        english = fields(templates["en"]) if "en" in templates else set()
        for lang in ("en", *_OTHER):
            said = templates.get(lang)
            if lang == "en" and said is None:
                continue
            if not said or not said.strip() or not fields(said) <= english or not _two_forms(plurals(said)):
                found.append(("clientfire/messages.py", 0, code, lang))
    return found


def _two_forms(counts: dict[str, tuple[str, ...]]) -> bool:
    """Every plural of a template has a singular and a plural, neither empty."""
    return all(len(forms) == 2 and all(form.strip() for form in forms) for forms in counts.values())
