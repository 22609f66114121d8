"""`python -m clientfire`."""

from clientfire.cli import entry

entry()
