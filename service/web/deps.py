"""Request dependencies: the services, a database session (committed before the
response is sent), the signed-in user, and the board scope."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.errors import Unauthorized
from service.web import csrf
from service.web.auth import COOKIE, token_hash
from service.web.services import Services
from service.web.store.scope import BoardScope
from service.web.store.tables import ApiToken, User

API_PREFIX = "/api/"


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


Svc = Annotated[Services, Depends(get_services)]


def db_session(services: Svc) -> Iterator[Session]:
    with services.db.session() as session:
        yield session


Db = Annotated[Session, Depends(db_session, scope="function")]


def authenticate(request: Request, session: Session, services: Services) -> User:
    """The caller, by exactly one credential:

    - an `Authorization` header makes it a bearer-token request: only the token counts
      (a session cookie sent alongside is ignored, never a fallback), and no CSRF token
      is needed: a browser never attaches a bearer token by itself (unlike a cookie),
      and another site's script can only set the header after a CORS preflight, which
      this app never grants;
    - else the session cookie. A JSON API call (`/api/...`) so authenticated with an
      unsafe method (not GET, HEAD or OPTIONS) must also send the page's CSRF token in
      `X-CSRF-Token` (`csrf.check_header`: 403 `CsrfRejected` when missing or wrong);
      page routes check the same token in their form field (`csrf.form`) instead.
    """
    header = request.headers.get("authorization")
    if header:
        return _bearer_user(header, session)
    user = _cookie_user(request, session, services)
    if request.url.path.startswith(API_PREFIX):
        csrf.check_header(request)
    return user


def _bearer_user(header: str, session: Session) -> User:
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        row = session.scalars(
            select(ApiToken).where(ApiToken.token_hash == token_hash(token.strip()))
        ).first()
        user = session.get(User, row.user_id) if row else None
        if user is not None:
            return user
    raise Unauthorized("the API token is not valid; create a new one (POST /api/tokens)")


def _cookie_user(request: Request, session: Session, services: Services) -> User:
    cookie = request.cookies.get(COOKIE)
    loaded = services.sessions.load(cookie) if cookie else None
    if loaded is not None:
        user = session.get(User, loaded[0])
        if user is not None and services.sessions.matches(loaded[1], user.password_hash):
            return user
    raise Unauthorized(
        "sign in first (POST /api/session) or send an API token as 'Authorization: Bearer <token>'"
    )


def current_user(request: Request, session: Db, services: Svc) -> User:
    return authenticate(request, session, services)


CurrentUser = Annotated[User, Depends(current_user)]


def board_scope(board_id: int, session: Db, user: CurrentUser) -> BoardScope:
    return BoardScope(session, user, board_id)


Scope = Annotated[BoardScope, Depends(board_scope)]


def raw_json(data: Any) -> Response:
    """A large JSON body written directly (already JSON-ready: no per-field encoding)."""
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


class ErrorOut(BaseModel):
    """Every error: what went wrong in words a person can act on."""

    error: str
    stage: str
    message: str
    file: str | None = None
    page: int | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (400, "Bad request"),
        (401, "Not signed in"),
        (403, "Role does not allow this, or a cookie-authenticated change without X-CSRF-Token"),
        (404, "No such thing in this board (other boards' ids answer the same)"),
        (409, "Not in a state that allows this"),
        (422, "Not valid"),
    )
}
