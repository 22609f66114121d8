"""Portfolio triage: read many clients, evaluate them (over several processes), sort by severity."""

from .inputs import Row, RowError, read_rows, to_client
from .triage import render_summary, sort_summaries, summary_of
from .workers import Outcome, evaluate_rows

__all__ = ["Row", "RowError", "read_rows", "to_client", "summary_of", "sort_summaries", "render_summary",
           "Outcome", "evaluate_rows"]
