"""CSRF protection, one scheme for forms and scripts: a random per-browser token in an
HttpOnly, SameSite=Strict cookie, and the same token signed with the app's secret, which
pages put in every form's hidden `csrf` field and in `<meta name="csrf-token">` (base.html)
for their scripts. A POST form is accepted only when the field's signature is valid and
it signs the cookie's token (so neither a forged form nor a planted cookie passes); a
JSON API call authenticated by the session cookie with an unsafe method must send the
same signed token in the `X-CSRF-Token` header (`check_header`, called by
`service.web.deps.authenticate`)."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeSerializer

from extract.errors import CsrfRejected

COOKIE = "carryforward_csrf"
FIELD = "csrf"
HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
EXPLAIN = (
    "this form could not be checked as coming from this site (its security token is "
    "missing or out of date); go back, reload the page and send the form again"
)
HEADER_MISSING = (
    f"this request uses the session cookie but has no {HEADER} header; send the token "
    'from the page\'s <meta name="csrf-token"> (or the csrf_token that POST /api/session '
    "returned) in that header, or authenticate with an API token ('Authorization: Bearer "
    "<token>', POST /api/tokens) instead of the cookie"
)
HEADER_WRONG = (
    f"the {HEADER} header does not match this browser's security token (it is out of "
    "date or from elsewhere); reload the page and send the token from its <meta "
    "name=\"csrf-token\">, or use an API token ('Authorization: Bearer <token>')"
)


def _signer(request: Request) -> URLSafeSerializer:
    secret = request.app.state.services.settings.secret()
    return URLSafeSerializer(secret, salt="carryforward-csrf")


def token(request: Request) -> str:
    """The signed token for this browser's forms (a new cookie value when it has none)."""
    raw = request.cookies.get(COOKIE) or getattr(request.state, "csrf_new", None)
    if raw is None:
        raw = secrets.token_urlsafe(24)
        request.state.csrf_new = raw
    return str(_signer(request).dumps(raw))


def set_cookie(request: Request, response: Response) -> None:
    """Set the cookie when `token` made a new one for this request."""
    raw = getattr(request.state, "csrf_new", None)
    if raw is not None:
        secure = request.app.state.services.settings.secure_cookies
        response.set_cookie(COOKIE, raw, httponly=True, samesite="strict", secure=secure)


def valid(request: Request, sent: Any) -> bool:
    """`sent` is this app's signature of the token in this browser's CSRF cookie."""
    cookie = request.cookies.get(COOKIE)
    if not cookie or not isinstance(sent, str) or not sent:
        return False
    try:
        signed = _signer(request).loads(sent)
    except BadSignature:
        return False
    return hmac.compare_digest(str(signed), cookie)


def check(request: Request, sent: Any) -> None:
    """A form's token (its `csrf` field)."""
    if not valid(request, sent):
        raise CsrfRejected(EXPLAIN)


def check_same_origin(request: Request) -> None:
    """A multipart form whose body is streamed (the upload form without JavaScript),
    where no token can be read before the body: it must come from a page of this site,
    as the browser says in `Origin`, or in `Sec-Fetch-Site: same-origin` when `Origin`
    is absent or "null" (our pages' `Referrer-Policy: no-referrer` makes Chromium send
    "null"), from a browser holding this site's CSRF cookie. No token travels in the URL."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    fetch_site = request.headers.get("sec-fetch-site")
    same = origin == own or (origin in (None, "null") and fetch_site == "same-origin")
    if not request.cookies.get(COOKIE) or not same:
        raise CsrfRejected(EXPLAIN)


def check_header(request: Request) -> None:
    """A script's token, for a request with an unsafe method (anything but GET, HEAD and
    OPTIONS): the `X-CSRF-Token` header must carry it. Safe methods need none."""
    if request.method.upper() in SAFE_METHODS:
        return
    sent = request.headers.get(HEADER)
    if not sent:
        raise CsrfRejected(HEADER_MISSING)
    if not valid(request, sent):
        raise CsrfRejected(HEADER_WRONG)


async def form(request: Request) -> dict[str, Any]:
    """The POSTed form's fields, after checking its CSRF token."""
    data = await request.form()
    check(request, data.get(FIELD))
    return {k: v for k, v in data.items() if k != FIELD}
