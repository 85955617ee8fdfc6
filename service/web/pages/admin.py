"""Administration in the browser, for site admins: boards, users, each user's boards
and role on each (a user may belong to several), and password resets. Every password
is typed twice. A form that fails comes back with what was typed (never a password)
and what to correct."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from extract.errors import BadRequest, CarryforwardError, Forbidden, NotFound
from service.web import csrf
from service.web.deps import Db, Svc
from service.web.errors import status_for
from service.web.pages.deps import PageUser
from service.web.pages.render import page
from service.web.store import people
from service.web.store.scope import ROLES
from service.web.store.tables import Board, User

router = APIRouter(prefix="/admin", include_in_schema=False)
ROLE_WORDS = {
    "manager": "Business manager",
    "chair": "Independent Chair",
    "admin": "Board admin",
}


def _admin(user: User) -> None:
    if not user.is_admin:
        raise Forbidden("only a site admin can open the administration pages")


def _view(
    request: Request,
    session: Session,
    *,
    done: str = "",
    problem: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    data = {
        "boards": [{"id": b.id, "name": b.name} for b in people.all_boards(session)],
        "users": [
            {
                "id": u.id,
                "email": u.email,
                "name": u.name,
                "site_admin": u.is_admin,
                "boards": [{"id": b.id, "name": b.name, "role": r} for b, r in boards],
            }
            for u, boards in people.everyone(session)
        ],
        "roles": [{"key": r, "label": ROLE_WORDS[r]} for r in ROLES],
        "done": done,
        "problem": problem,
    }
    return page(request, "admin.html", data, status_code=status_code)


@router.get("")
def admin(request: Request, user: PageUser, session: Db, done: str = "") -> Response:
    _admin(user)
    return _view(request, session, done=done[:200])


def _back(done: str, anchor: str) -> Response:
    return RedirectResponse(f"/admin?done={quote(done)}#{anchor}", status_code=303)


def _failed(
    request: Request, session: Session, form: str, exc: CarryforwardError, typed: dict[str, Any]
) -> Response:
    kept = {k: v for k, v in typed.items() if "password" not in k}
    problem = {"form": form, "message": exc.message, "typed": kept}
    return _view(request, session, problem=problem, status_code=status_for(exc))


def _passwords(form: dict[str, Any]) -> str:
    password = str(form.get("password") or "")
    if password != str(form.get("password_again") or ""):
        raise BadRequest("the two passwords are not the same; type the same password twice")
    return password


def _board(session: Session, value: Any) -> Board:
    board = session.get(Board, int(value)) if str(value or "").isdigit() else None
    if board is None:
        raise BadRequest("choose a board from the list")
    return board


def _user(session: Session, user_id: int) -> User:
    found = session.get(User, user_id)
    if found is None:
        raise NotFound(f"there is no user {user_id}")
    return found


@router.post("/boards")
async def add_board(request: Request, user: PageUser, session: Db) -> Response:
    form = await csrf.form(request)
    _admin(user)
    try:
        with session.begin_nested():
            board = people.create_board(session, str(form.get("name") or ""))
    except CarryforwardError as exc:
        return _failed(request, session, "board", exc, form)
    return _back(f"Board {board.name} created.", "boards")


@router.post("/users")
async def add_user(request: Request, user: PageUser, session: Db, services: Svc) -> Response:
    form = await csrf.form(request)
    _admin(user)
    try:
        with session.begin_nested():  # a user without the board asked for is not kept
            password = _passwords(form)
            board = _board(session, form.get("board")) if form.get("board") else None
            made = people.create_user(
                session,
                str(form.get("email") or ""),
                str(form.get("name") or ""),
                password,
                cost=services.settings.kdf_cost,
            )
            if board is not None:
                people.set_role(session, made, board, str(form.get("role") or ""))
    except CarryforwardError as exc:
        return _failed(request, session, "user", exc, form)
    where = f" as {ROLE_WORDS.get(str(form.get('role')), '')} of {board.name}" if board else ""
    return _back(f"User {made.email} added{where}.", f"user-{made.id}")


@router.post("/users/{user_id}/boards")
async def set_membership(request: Request, user_id: int, user: PageUser, session: Db) -> Response:
    """Add the user to a board, or change their role on it."""
    form = await csrf.form(request)
    _admin(user)
    member = _user(session, user_id)
    try:
        board = _board(session, form.get("board"))
        role = str(form.get("role") or "")
        people.set_role(session, member, board, role)
    except CarryforwardError as exc:
        return _failed(request, session, f"member-{user_id}", exc, form)
    said = f"{member.email} is now {ROLE_WORDS[role]} of {board.name}."
    return _back(said, f"user-{member.id}")


@router.post("/users/{user_id}/boards/{board_id}/remove")
async def remove_membership(
    request: Request, user_id: int, board_id: int, user: PageUser, session: Db
) -> Response:
    await csrf.form(request)
    _admin(user)
    member = _user(session, user_id)
    board = _board(session, board_id)
    people.remove_role(session, member, board)
    return _back(f"{member.email} is no longer a member of {board.name}.", f"user-{member.id}")


@router.post("/users/{user_id}/password")
async def reset_password(
    request: Request, user_id: int, user: PageUser, session: Db, services: Svc
) -> Response:
    """A new password (typed twice); the user's open sessions end with the old one."""
    form = await csrf.form(request)
    _admin(user)
    member = _user(session, user_id)
    try:
        people.set_password(member, _passwords(form), cost=services.settings.kdf_cost)
    except CarryforwardError as exc:
        return _failed(request, session, f"password-{user_id}", exc, form)
    return _back(f"New password set for {member.email}; tell them in person.", f"user-{member.id}")
