"""Rendering pages and their JSON twins, and error pages for browsers.

`page()` renders a template with `data` (JSON-ready) and answers `data` itself as JSON
when asked with `?format=json`: that is the page's twin. `error_response()` is called by
the app's one error handler: browsers asking for HTML get a page that says what went
wrong and what to do; everyone else gets the JSON error body.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from service.web import csrf
from service.web.pages.places import word_place
from service.web.pages.years import one_style

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
STATUS_WORDS = {
    "complete": "Complete",
    "in_progress": "In progress",
    "planned": "Planned",
    "delayed": "Delayed",
    "unknown": "Unknown",
    "gap": "Gap",
}
KIND_WORDS = {
    "accountability_report": "Accountability report",
    "annual_report": "Annual report",
    "business_plan": "Business plan",
    "other": "Other",
}

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.globals.update(STATUS_WORDS=STATUS_WORDS, KIND_WORDS=KIND_WORDS)
env.filters["period"] = one_style
env.globals["word_place"] = word_place


def wants_json(request: Request) -> bool:
    return request.query_params.get("format") == "json"


def json_url(request: Request) -> str:
    url = request.url.include_query_params(format="json")
    return f"{url.path}?{url.query}"


def page(
    request: Request,
    template: str,
    data: dict[str, Any],
    *,
    status_code: int = 200,
    **extra: Any,
) -> Response:
    """The page (or its JSON twin, `?format=json`)."""
    if wants_json(request):
        return JSONResponse(data, status_code=status_code)
    context = {
        "request": request,
        "data": data,
        "csrf_token": csrf.token(request),
        "json_url": json_url(request),
        "user": getattr(request.state, "user", None),
        "board": getattr(request.state, "board", None),
        **data,
        **extra,
    }
    html = env.get_template(template).render(context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Security-Policy"] = CSP
    csrf.set_cookie(request, response)
    return response


def browser(request: Request) -> bool:
    """A browser asking for a page (not an API client, not a JSON twin)."""
    if request.url.path.startswith("/api/") or wants_json(request):
        return False
    return "text/html" in request.headers.get("accept", "")


WHAT_TO_DO = {
    400: "Correct what the message above names and send the form again.",
    401: "Sign in, then open the page again.",
    403: "Ask a board admin if you need to do this.",
    404: "Check the address, or go back to your board's dashboard.",
    405: "Go back to the page and use its buttons or forms.",
    409: "Reload the page to see the current state, then try again.",
    413: "Send a smaller file, or split the upload.",
    415: "Upload PDF or Word files (.docx, or .doc, .odt, .rtf) only.",
    422: "Correct what the message above names and send the form again.",
    500: "Try again in a moment; tell the service admin if it keeps happening.",
}
TITLES = {
    400: "That request could not be done",
    401: "Please sign in",
    403: "Your role does not allow this",
    404: "Not found",
    405: "That address is for a form",
    409: "Not possible right now",
    413: "Too large",
    415: "Not a PDF or Word file",
    422: "Something in the form needs correcting",
    500: "Something went wrong",
}


BY_ERROR = {
    "CsrfRejected": (
        "This form has expired",
        "Go back, reload the page so it carries a fresh security token, and send it again.",
    ),
}
"""Title and what to do for errors whose status alone would mislead (a CSRF refusal is
a 403, but no role is at fault)."""


def error_response(request: Request, body: dict[str, Any], status_code: int) -> Response:
    """The error as a page for browsers, else as the JSON error body."""
    if not browser(request):
        return JSONResponse(body, status_code=status_code)
    title, todo = BY_ERROR.get(
        str(body.get("error")),
        (
            TITLES.get(status_code, "That did not work"),
            WHAT_TO_DO.get(status_code, WHAT_TO_DO[500]),
        ),
    )
    data = {
        "error": body,
        "status": status_code,
        "title": title,
        "todo": todo,
        "next": request.url.path,
        "back": _page_behind(request),
    }
    try:
        return page(request, "error.html", data, status_code=status_code)
    except Exception:  # the error page itself must never fail
        return JSONResponse(body, status_code=status_code)


_PAGE_BEHIND = re.compile(r"^/boards/\d+(?:/(?:drafts|documents)/\d+|/ledger)?")


def _page_behind(request: Request) -> str | None:
    """For a form that failed: the page it was sent from (the draft, document, ledger
    or board page), so the error page can lead straight back to it."""
    if request.method != "POST":
        return None
    found = _PAGE_BEHIND.match(request.url.path)
    return found.group(0) if found else None
