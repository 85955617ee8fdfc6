"""`make run`'s demo: the Harrowfield board with a manager and a chair, its documents
queued, and (once they are read) a draft generated."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from extract import READABLE_SUFFIXES
from service.review import drafts
from service.web.services import Services
from service.web.settings import Settings
from service.web.store import people
from service.web.store.db import Database
from service.web.store.documents import store_uploads
from service.web.store.scope import BoardScope
from service.web.uploads import Received

DEMO_BOARD = "Harrowfield Safeguarding Children Board"
DEMO_DIR = Path(__file__).resolve().parents[2] / "corpora" / "harrowfield"


@dataclass
class DemoLogin:
    board_id: int
    manager: tuple[str, str]
    chair: tuple[str, str]
    token: str


def load_demo(settings: Settings, folder: Path = DEMO_DIR) -> DemoLogin:
    """Create the demo board, a manager and a chair (new random passwords each time),
    and queue the board's files. Safe to run again: existing things are reused."""
    services = Services.start(settings.model_copy(update={"worker": False}))
    try:
        with services.db.session() as session:
            board = people.create_demo_board(session, DEMO_BOARD)
            logins = {}
            for role in ("manager", "chair"):
                email = f"{role}@harrowfield.example"
                password = secrets.token_urlsafe(12)
                user = people.find_user(session, email)
                if user is None:
                    user = people.create_user(
                        session, email, f"Demo {role}", password, cost=settings.kdf_cost
                    )
                else:
                    people.set_password(user, password, cost=settings.kdf_cost)
                people.set_role(session, user, board, role)
                logins[role] = (email, password)
            manager = people.find_user(session, logins["manager"][0])
            assert manager is not None
            token = people.issue_token(session, manager, "demo")
            _queue(BoardScope(session, manager, board.id), services, folder)
            return DemoLogin(board.id, logins["manager"], logins["chair"], token)
    finally:
        services.stop()


def _queue(scope: BoardScope, services: Services, folder: Path) -> None:
    import hashlib
    import os

    from extract.sniff import sniff

    received, formats = [], []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in READABLE_SUFFIXES:
            continue
        data = path.read_bytes()
        fd, temp = services.blobs.temp_file()
        os.write(fd, data)
        os.close(fd)
        received.append(Received(path.name, temp, len(data), hashlib.sha256(data).hexdigest()))
        formats.append(sniff(data, file=path.name))
    store_uploads(scope, services.blobs, received, formats)


def draft_when_read(db: Database, board_id: int, email: str, wait_s: float = 600) -> int:
    """Wait for the board's documents to be read, then generate a draft; its id."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        with db.session() as session:
            user = people.find_user(session, email)
            assert user is not None
            scope = BoardScope(session, user, board_id)
            pending = [d for d in scope.documents() if d.status in ("queued", "processing")]
            if not pending:
                existing = scope.drafts()
                if existing:
                    return existing[-1].id
                return drafts.generate(scope, None, None).id
        time.sleep(1)
    raise TimeoutError("the demo documents were not read in time")


__all__ = ["DemoLogin", "draft_when_read", "load_demo"]
