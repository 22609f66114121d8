"""The result of one evaluation, and its stable JSON form."""

from __future__ import annotations

from typing import Any

from clientfire.record import Record, field

from .model import Item, Knowledge, Sign, Text

__all__ = ["Result", "LATER", "pick_text", "source_of"]

#: the explanation parts `Result.later` works out on first read (engine/run.py's `Parts`)
LATER = ("signs", "remedies", "guidance", "prevention", "notices", "fired_rules", "facts", "derived_facts", "bounds")


def pick_text(text: Text, lang: str) -> str:
    """The text in `lang`, falling back to English."""
    return text.get(lang) or text.get("en", "")


def source_of(kb: Knowledge, refs: tuple[str, ...], lang: str = "en") -> dict[str, Any]:
    """A citation: section refs, the articles (title, publisher) and the seed files (the one in `lang` first)."""
    seeds: list[str] = []
    for ref in refs:
        article = kb.articles.get(ref.split(".")[0])
        if article is None:
            continue
        ordered = ([article.seeds[lang]] if lang in article.seeds else []) + sorted(article.seeds.values())
        for seed in ordered:
            if seed not in seeds:
                seeds.append(seed)
    cited = dict.fromkeys(ref.split(".")[0] for ref in refs if ref.split(".")[0] in kb.articles)
    articles = [{"id": a, "title": pick_text(kb.articles[a].title, lang), "publisher": kb.articles[a].publisher}
                for a in cited]
    return {"refs": list(refs), "seeds": seeds, "articles": articles}


class Result(Record):
    """An explained verdict: the verdict, its strength, the signs, the advice and the trace."""

    client: str
    verdict: str
    strength: str
    signs: tuple[dict[str, Any], ...]
    remedies: tuple[dict[str, Any], ...]
    guidance: tuple[dict[str, Any], ...]
    prevention: tuple[dict[str, Any], ...]
    fired_rules: tuple[dict[str, Any], ...]
    #: the unknown facts that could change the verdict, strength or exit plan (None: not searched)
    unknown_facts: tuple[dict[str, Any], ...] | None
    knowledge_version: str
    facts: dict[str, Any]
    derived_facts: dict[str, Any]
    trace: tuple[dict[str, Any], ...]
    today: str
    notices: tuple[dict[str, Any], ...] = ()
    #: derived facts without a value: what the known facts prove about them
    bounds: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fact -> records (imported facts)

    @classmethod
    def later(cls, parts: Any, **given: Any) -> Result:
        """A result whose LATER fields are read off `parts` (an object with one attribute each) on first use.

        Equal, hashed, shown, copied and pickled as if every field had been given (any read works them out).
        """
        made = cls.__new__(cls)
        made.__dict__.update(given, _parts=parts)
        return made

    def __getstate__(self) -> dict[str, Any]:
        """Every field, worked out (the parts object stays behind)."""
        return {name: getattr(self, name) for name in self.__fields__}

    def to_json(self, kb: Knowledge, lang: str = "en") -> dict[str, Any]:
        """The result as JSON-ready data with stable keys; texts in `lang`."""

        def item(kind: str, entry: dict[str, Any]) -> dict[str, Any]:
            found: Item | None = kb.item(kind, entry["id"])
            if found is None:
                return dict(entry)
            text = found.text_for(entry.get("degree", "")) if isinstance(found, Sign) else found.text
            return {**entry, "title": pick_text(found.title, lang), "text": pick_text(text, lang),
                    "source": source_of(kb, found.source, lang)}

        verdict = kb.item("verdict", self.verdict)
        strength = kb.item("strength", self.strength)
        return {
            "client": self.client,
            "verdict": self.verdict,
            "verdict_text": pick_text(verdict.text or verdict.title, lang) if verdict else "",
            "strength": self.strength,
            "strength_text": pick_text(strength.title, lang) if strength else "",
            "signs": [_with_records(item("sign", s), self.evidence) for s in self.signs],
            "remedies": [item("remedy", r) for r in self.remedies],
            "guidance": [_with_notes(kb, item("guidance", g), lang) for g in self.guidance],
            "prevention": [item("prevention", p) for p in self.prevention],
            "notices": [item("notice", n) for n in self.notices],
            "fired_rules": list(self.fired_rules),
            "unknown_facts": None if self.unknown_facts is None else list(self.unknown_facts),
            "knowledge_version": self.knowledge_version,
            "facts": self.facts,
            "derived_facts": self.derived_facts,
            "bounds": self.bounds,
            "date": self.today,
            "lang": lang,
            "evidence": {fact: list(lines) for fact, lines in sorted(self.evidence.items())},
        }


class _Later:
    """A LATER field of a `Result.later` result: read off its parts once, then kept in the instance.

    A non-data descriptor: a result made with every field given holds them in its dictionary, which wins.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, record: Any, owner: Any = None) -> Any:
        if record is None:
            return self
        found = record.__dict__[self.name] = getattr(record.__dict__["_parts"], self.name)
        return found


for _name in LATER:
    setattr(Result, _name, _Later(_name))


def _with_records(sign: dict[str, Any], records: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """A sign whose evidence names the records behind each imported fact (`records`)."""
    if not records:
        return sign
    shown = [{**e, "records": list(records[e["fact"]])} if e.get("fact") in records else e
             for e in sign.get("evidence", [])]
    return {**sign, "evidence": shown}


def _with_notes(kb: Knowledge, entry: dict[str, Any], lang: str) -> dict[str, Any]:
    found = kb.item("guidance", entry["id"])
    notes = getattr(found, "notes", {})
    entry["notes"] = [{"id": n, "text": pick_text(notes[n], lang)} for n in entry.get("notes", []) if n in notes]
    entry["detail_texts"] = {fact: pick_text(kb.facts[fact].text, lang) for fact in entry.get("details", {})
                             if fact in kb.facts}
    entry["detail_types"] = {fact: kb.facts[fact].type for fact in entry.get("details", {}) if fact in kb.facts}
    if entry.get("assumed"):
        entry["assumed"] = {fact: pick_text(text, lang) for fact, text in entry["assumed"].items()}
    return entry
