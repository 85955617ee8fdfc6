"""CSRF protection for every page form: a random per-browser token in an HttpOnly,
SameSite=Strict cookie, and the same token signed with the app's secret in a hidden
form field. A POST form is accepted only when the field's signature is valid and it
signs the cookie's token (so neither a forged form nor a planted cookie passes)."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeSerializer

from service.errors import Forbidden

COOKIE = "carryforward_csrf"
FIELD = "csrf"
EXPLAIN = (
    "this form could not be checked as coming from this site (its security token is "
    "missing or out of date); go back, reload the page and send the form again"
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


def check(request: Request, sent: Any) -> None:
    cookie = request.cookies.get(COOKIE)
    if not cookie or not isinstance(sent, str) or not sent:
        raise Forbidden(EXPLAIN)
    try:
        signed = _signer(request).loads(sent)
    except BadSignature:
        raise Forbidden(EXPLAIN) from None
    if not hmac.compare_digest(str(signed), cookie):
        raise Forbidden(EXPLAIN)


async def form(request: Request) -> dict[str, Any]:
    """The POSTed form's fields, after checking its CSRF token."""
    data = await request.form()
    check(request, data.get(FIELD))
    return {k: v for k, v in data.items() if k != FIELD}
