"""Boards and their members."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from extract.errors import BadRequest, Forbidden
from service.web.api.models import BoardOut, BoardRole, MemberOut
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
def list_boards(user: CurrentUser, session: Db) -> list[BoardRole]:
    from service.web.api.session import me_out

    return me_out(user, session).boards


@router.post("", status_code=201, summary="Create a board (site admins); you become its admin")
def create_board(body: BoardIn, user: CurrentUser, session: Db) -> BoardRole:
    if not user.is_admin:
        raise Forbidden("only a site admin can create boards")
    board = people.create_board(session, body.name)
    people.set_role(session, user, board, "admin")
    return BoardRole(id=board.id, name=board.name, role="admin")


@router.get("/{board_id}", summary="A board, your role on it, and what it holds")
def get_board(scope: Scope) -> BoardOut:
    counts: dict[str, int] = {}
    for document in scope.documents():
        counts[document.status] = counts.get(document.status, 0) + 1
    return BoardOut(
        id=scope.board_id,
        name=scope.board.name,
        role=scope.role,
        revision=scope.board.revision,
        documents=counts,
        drafts=len(scope.drafts()),
    )


@router.get("/{board_id}/members", summary="The board's members and their roles")
def list_members(scope: Scope) -> list[MemberOut]:
    return [MemberOut(id=u.id, email=u.email, name=u.name, role=r) for u, r in scope.members()]


@router.post("/{board_id}/members", status_code=201, summary="Add a member or change a role")
def add_member(body: MemberIn, scope: Scope, services: Svc) -> MemberOut:
    scope.require("members")
    user = people.find_user(scope.session, body.email)
    if user is None:
        if body.password is None:
            raise BadRequest(f"{body.email} has no account yet: give a password to create one")
        user = people.create_user(
            scope.session, body.email, body.name, body.password, cost=services.settings.kdf_cost
        )
    people.set_role(scope.session, user, scope.board, body.role)
    return MemberOut(id=user.id, email=user.email, name=user.name, role=body.role)
