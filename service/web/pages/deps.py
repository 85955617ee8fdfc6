"""Page dependencies: the API's (cookie) authentication and board scope, remembered on
`request.state` so the page layout can show who is signed in and where."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Annotated

from fastapi import Depends, Request

from service.web.deps import CurrentUser, Db
from service.web.store.scope import BoardScope
from service.web.store.tables import User


def remember(request: Request, user: User, scope: BoardScope | None = None) -> None:
    """Who and where, for the page layout (plain values: they outlive the session)."""
    request.state.user = SimpleNamespace(email=user.email, name=user.name, is_admin=user.is_admin)
    if scope is not None:
        board = SimpleNamespace(id=scope.board_id, name=scope.board.name, role=scope.role)
        request.state.board = board


def page_user(request: Request, user: CurrentUser) -> User:
    remember(request, user)
    return user


PageUser = Annotated[User, Depends(page_user)]


def page_scope(request: Request, board_id: int, session: Db, user: PageUser) -> BoardScope:
    scope = BoardScope(session, user, board_id)
    remember(request, user, scope)
    return scope


PageScope = Annotated[BoardScope, Depends(page_scope)]
