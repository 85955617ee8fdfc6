"""Signing in (session cookie), API tokens, and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from extract.errors import Unauthorized
from service.web import csrf
from service.web.api.models import BoardRole, Me, SignedIn, SignedOut, TokenOut
from service.web.auth import COOKIE, verify_password
from service.web.deps import ERRORS, CurrentUser, Db, Svc
from service.web.store.people import issue_token
from service.web.store.tables import Board, Membership, User

router = APIRouter(prefix="/api", tags=["session"], responses=ERRORS)


class Login(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=1000)


class TokenIn(BaseModel):
    label: str = Field("", max_length=200)


def me_out(user: User, session: Db) -> Me:
    rows = session.execute(
        select(Board, Membership.role)
        .join(Membership, Membership.board_id == Board.id)
        .where(Membership.user_id == user.id)
        .order_by(Board.id)
    )
    return Me(
        id=user.id,
        email=user.email,
        name=user.name,
        site_admin=user.is_admin,
        boards=[BoardRole(id=b.id, name=b.name, role=role) for b, role in rows],
    )


@router.post(
    "/session",
    summary="Sign in: sets the session cookie; `csrf_token` goes in X-CSRF-Token on changes",
)
def sign_in(
    body: Login, request: Request, response: Response, session: Db, services: Svc
) -> SignedIn:
    user = session.scalars(select(User).where(User.email == body.email.strip().lower())).first()
    if user is None or not verify_password(body.password, user.password_hash):
        raise Unauthorized("the email or password is wrong")
    response.set_cookie(
        COOKIE,
        services.sessions.dump(user.id, user.password_hash),
        max_age=services.settings.session_max_age_s,
        httponly=True,
        samesite="strict",
        secure=services.settings.secure_cookies,
    )
    token = csrf.token(request)  # a script signed in by cookie sends it on every change
    csrf.set_cookie(request, response)
    return SignedIn(**me_out(user, session).model_dump(), csrf_token=token)


@router.delete("/session", summary="Sign out")
def sign_out(response: Response) -> SignedOut:
    response.delete_cookie(COOKIE)
    return SignedOut(signed_out=True)


@router.get("/me", summary="The signed-in user and their boards")
def me(user: CurrentUser, session: Db) -> Me:
    return me_out(user, session)


@router.post("/tokens", status_code=201, summary="Create an API token (shown once)")
def create_token(body: TokenIn, user: CurrentUser, session: Db) -> TokenOut:
    return TokenOut(token=issue_token(session, user, body.label), label=body.label)
