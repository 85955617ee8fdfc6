"""Boards, users and memberships (used by the CLI, the API and the demo loader)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.errors import BadRequest, Conflict, NotFound
from service.web.auth import hash_password, new_token, token_hash
from service.web.store.scope import ROLES
from service.web.store.tables import ApiToken, Board, Membership, User

MIN_PASSWORD = 10


def create_board(session: Session, name: str) -> Board:
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise BadRequest("a board needs a name of 1 to 200 characters")
    if session.scalars(select(Board).where(Board.name == name)).first():
        raise Conflict(f"there is already a board called {name!r}")
    board = Board(name=name)
    session.add(board)
    session.flush()
    return board


def create_demo_board(session: Session, name: str) -> Board:
    existing = session.scalars(select(Board).where(Board.name == name)).first()
    return existing or create_board(session, name)


def set_password(user: User, password: str, *, cost: int) -> None:
    if len(password) < MIN_PASSWORD:
        raise BadRequest(f"the password needs at least {MIN_PASSWORD} characters")
    user.password_hash = hash_password(password, cost=cost)


def find_user(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == email.strip().lower())).first()


def create_user(
    session: Session, email: str, name: str, password: str, *, cost: int, site_admin: bool = False
) -> User:
    email = email.strip().lower()
    if "@" not in email or len(email) > 320:
        raise BadRequest(f"{email!r} is not an email address")
    if len(password) < MIN_PASSWORD:
        raise BadRequest(f"the password needs at least {MIN_PASSWORD} characters")
    if find_user(session, email) is not None:
        raise Conflict(f"there is already a user {email}")
    user = User(
        email=email,
        name=name.strip() or email,
        password_hash=hash_password(password, cost=cost),
        is_admin=site_admin,
    )
    session.add(user)
    session.flush()
    return user


def set_role(session: Session, user: User, board: Board, role: str) -> Membership:
    if role not in ROLES:
        raise BadRequest(f"role must be one of {', '.join(ROLES)}")
    membership = session.get(Membership, (user.id, board.id))
    if membership is None:
        membership = Membership(user_id=user.id, board_id=board.id, role=role)
        session.add(membership)
    membership.role = role
    session.flush()
    return membership


def board_by_name_or_id(session: Session, key: str) -> Board:
    board = session.get(Board, int(key)) if key.isdigit() else None
    board = board or session.scalars(select(Board).where(Board.name == key)).first()
    if board is None:
        raise NotFound(f"there is no board {key!r}; create it with `carryforward boards add`")
    return board


def issue_token(session: Session, user: User, label: str = "") -> str:
    token = new_token()
    session.add(ApiToken(user_id=user.id, token_hash=token_hash(token), label=label))
    session.flush()
    return token


def remove_role(session: Session, user: User, board: Board) -> None:
    """Take the user off the board (their other boards stay as they are)."""
    membership = session.get(Membership, (user.id, board.id))
    if membership is None:
        raise NotFound(f"{user.email} is not a member of {board.name}")
    session.delete(membership)
    session.flush()


def everyone(session: Session) -> list[tuple[User, list[tuple[Board, str]]]]:
    """Every user (by email) with the boards they belong to and their role on each."""
    users = list(session.scalars(select(User).order_by(User.email)))
    rows = session.execute(
        select(Membership.user_id, Board, Membership.role)
        .join(Board, Board.id == Membership.board_id)
        .order_by(Board.name)
    )
    boards: dict[int, list[tuple[Board, str]]] = {}
    for user_id, board, role in rows:
        boards.setdefault(user_id, []).append((board, role))
    return [(u, boards.get(u.id, [])) for u in users]


def all_boards(session: Session) -> list[Board]:
    return list(session.scalars(select(Board).order_by(Board.name)))
