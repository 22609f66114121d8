"""The bundled knowledge: YAML files distilled from the source articles (see docs/knowledge-format.md)."""

__all__: list[str] = []
