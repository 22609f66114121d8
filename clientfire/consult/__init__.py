"""Consultation: ask only the questions that can still change the verdict, and say why."""

from .answers import parse_answer, read_answers
from .questions import Assessment, Chooser
from .session import Consultation, Reply

__all__ = ["Assessment", "Chooser", "Consultation", "Reply", "parse_answer", "read_answers"]
