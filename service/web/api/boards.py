"""Boards and their members."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from extract.errors import BadRequest, Forbidden
from service.web.deps import ERRORS, CurrentUser, Db, Scope, Svc
from service.web.store import people

router = APIRouter(prefix="/api/boards", tags=["boards"], responses=ERRORS)


class BoardIn(BaseModel):
    name: str = Field(max_length=200)


class MemberIn(BaseModel):
    email: str = Field(max_length=320)
    role: str = Field(description="manager, chair or admin")
    name: str = Field("", max_length=200)
    password: str | None = Field(None, max_length=1000, description="Only for a new user.")


@router.get("", summary="Boards you are a member of")
def list_boards(user: CurrentUser, session: Db) -> list[dict[str, Any]]:
    from service.web.api.session import user_json

    boards: list[dict[str, Any]] = user_json(user, session)["boards"]
    return boards


@router.post("", status_code=201, summary="Create a board (site admins); you become its admin")
def create_board(body: BoardIn, user: CurrentUser, session: Db) -> dict[str, Any]:
    if not user.is_admin:
        raise Forbidden("only a site admin can create boards")
    board = people.create_board(session, body.name)
    people.set_role(session, user, board, "admin")
    return {"id": board.id, "name": board.name, "role": "admin"}


@router.get("/{board_id}", summary="A board, your role on it, and what it holds")
def get_board(scope: Scope) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for document in scope.documents():
        counts[document.status] = counts.get(document.status, 0) + 1
    return {
        "id": scope.board_id,
        "name": scope.board.name,
        "role": scope.role,
        "revision": scope.board.revision,
        "documents": counts,
        "drafts": len(scope.drafts()),
    }


@router.get("/{board_id}/members", summary="The board's members and their roles")
def list_members(scope: Scope) -> list[dict[str, Any]]:
    return [{"id": u.id, "email": u.email, "name": u.name, "role": r} for u, r in scope.members()]


@router.post("/{board_id}/members", status_code=201, summary="Add a member or change a role")
def add_member(body: MemberIn, scope: Scope, services: Svc) -> dict[str, Any]:
    scope.require("members")
    user = people.find_user(scope.session, body.email)
    if user is None:
        if body.password is None:
            raise BadRequest(f"{body.email} has no account yet: give a password to create one")
        user = people.create_user(
            scope.session, body.email, body.name, body.password, cost=services.settings.kdf_cost
        )
    people.set_role(scope.session, user, scope.board, body.role)
    return {"id": user.id, "email": user.email, "name": user.name, "role": body.role}
