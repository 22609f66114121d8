"""clientfire: a rule-based expert system that says whether to fire a client, and how."""

__all__ = ["__version__"]

__version__ = "0.1.0"
