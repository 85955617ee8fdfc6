"""Sign in, sign out, and the list of the user's boards."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from extract.errors import Unauthorized
from service.web import csrf
from service.web.api.session import Login, me_out, sign_in
from service.web.auth import COOKIE
from service.web.deps import Db, Svc, authenticate
from service.web.pages.deps import PageUser
from service.web.pages.render import page

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, no `//`)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/")
def home(request: Request, session: Db, services: Svc) -> Response:
    try:
        user = authenticate(request, session, services)
    except Unauthorized:
        return RedirectResponse("/signin", status_code=303)
    boards = me_out(user, session).boards
    if len(boards) == 1 and request.query_params.get("format") != "json":
        return RedirectResponse(f"/boards/{boards[0].id}", status_code=303)
    return RedirectResponse("/boards", status_code=303)


@router.get("/boards")
def boards(request: Request, user: PageUser, session: Db) -> Response:
    return page(request, "boards.html", {"me": me_out(user, session).model_dump()})


@router.get("/signin")
def signin_form(request: Request, next: str | None = None) -> Response:
    return page(request, "signin.html", {"next": _safe_next(next), "problem": None})


@router.post("/signin")
async def signin(request: Request, session: Db, services: Svc) -> Response:
    form = await csrf.form(request)
    target = _safe_next(str(form.get("next") or "/"))
    response = RedirectResponse(target, status_code=303)
    try:
        login = Login(email=str(form.get("email", "")), password=str(form.get("password", "")))
        sign_in(login, request, response, session, services)
    except (Unauthorized, ValidationError):
        problem = "The email or password is wrong. Check them and try again."
        data = {"next": target, "problem": problem, "email": str(form.get("email", ""))}
        return page(request, "signin.html", data, status_code=401)
    return response


@router.post("/signout")
async def signout(request: Request) -> Response:
    await csrf.form(request)
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(COOKIE)
    return response
