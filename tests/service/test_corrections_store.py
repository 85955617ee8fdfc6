"""The corrections table on real SQLite: migration 0003 up from a 0002 database that
holds data (nothing else changes) and down again; corrections stored per board, kept
when undone, and board-scoped."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from service.web.store import people
from service.web.store.db import Database, make_engine, migrate
from service.web.store.scope import BoardScope
from service.web.store.tables import CorrectionRow


def test_migration_0003_adds_the_table_and_keeps_what_was_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    engine = make_engine(url)
    migrate(engine, "0002")
    with engine.begin() as c:
        c.execute(
            text("INSERT INTO boards (name, revision, created_at) VALUES ('B', 3, '2026-01-01')")
        )
    assert "corrections" not in inspect(engine).get_table_names()
    migrate(engine)
    assert "corrections" in inspect(engine).get_table_names()
    with engine.connect() as c:
        assert c.execute(text("SELECT name, revision FROM boards")).all() == [("B", 3)]
    from alembic import command
    from alembic.config import Config

    from service.web.store.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "corrections" not in inspect(engine).get_table_names()
    engine.dispose()


def test_corrections_are_scoped_to_their_board_and_undone_ones_kept(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    migrate(db.engine)
    with db.session() as s:
        mine, theirs = people.create_board(s, "Mine"), people.create_board(s, "Theirs")
        user = people.create_user(s, "m@example.org", "m", "a long password", cost=2**10)
        people.set_role(s, user, mine, "manager")
        people.set_role(s, user, theirs, "manager")
        for board, uid, undone in (
            (mine, "c-1", False),
            (mine, "c-2", True),
            (theirs, "c-3", False),
        ):
            s.add(
                CorrectionRow(
                    board_id=board.id,
                    uid=uid,
                    sha256="a" * 64,
                    kind="document_board",
                    target={"sha256": "a" * 64},
                    value="X",
                    extra={},
                    user_id=user.id,
                    undone=undone,
                )
            )
        s.flush()
        scope = BoardScope(s, user, mine.id)
        assert [r.uid for r in scope.corrections()] == ["c-1"]
        assert [r.uid for r in scope.corrections(undone=True)] == ["c-1", "c-2"]
        assert [c.by for c in scope.correction_list()] == ["m@example.org"]
    db.dispose()
