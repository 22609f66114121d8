"""The web app and HTTP API (`clientfire serve`): routes per area under routes/, templates/ and static/ beside them.

Import `clientfire.web.app` for the FastAPI app; `clientfire.web.templating` (no FastAPI) renders the templates,
which the HTML report (`clientfire report`) uses too.
"""
