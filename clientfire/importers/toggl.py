"""Toggl Track: the Detailed report exported as CSV, one row per time entry.

Followed: Toggl Track Knowledge Base, "Toggl Track CSV Import Guide"
(https://support.toggl.com/en/articles/3928821-toggl-track-csv-import-guide), which gives the columns of a Detailed
report export (User, Email, Client, Project, Task, Description, Billable, Start date, Start time, End date, End time,
Duration as HH:MM:SS, Tags). Dates are in the zone of the user's Toggl profile, taken as they are. Entries without a
client are left out (and counted).
"""

from __future__ import annotations

from clientfire.messages import message

from .layout import Layout

__all__ = ["LAYOUTS"]

LAYOUTS = (Layout(
    fmt="toggl", title=message("import.title.toggl"), kind="time",
    doc="https://support.toggl.com/en/articles/3928821-toggl-track-csv-import-guide",
    columns={"client": ("Client",), "date": ("Start date", "Start Date"), "duration": ("Duration",),
             "hours": ("Duration (decimal)", "Hours"), "billable": ("Billable",)},
    required=("client", "date", "duration")),)
