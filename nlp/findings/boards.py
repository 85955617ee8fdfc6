"""Which boards a set of documents belongs to: one board's folder must not silently mix
in another board's reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.errors import MixedBoards
from nlp.findings.model import Findings


def board_key(name: str) -> str:
    """A board name compared without case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def boards_in(findings: Iterable[Findings]) -> dict[str, list[str]]:
    """Board name (as first written) → the files that name it. Documents that name no
    board are left out."""
    names: dict[str, str] = {}
    out: dict[str, list[str]] = {}
    for f in findings:
        board = f.document.board
        if not board or not board_key(board):
            continue
        name = names.setdefault(board_key(board), board)
        out.setdefault(name, []).append(f.document.file)
    return out


def check_one_board(findings: Iterable[Findings], *, hint: str = "") -> None:
    """Raise `MixedBoards` naming each board and its files when there are several."""
    boards = boards_in(findings)
    if len(boards) <= 1:
        return
    listed = "; ".join(f"{name}: {', '.join(files)}" for name, files in boards.items())
    raise MixedBoards(
        f"these documents come from {len(boards)} boards ({listed}); "
        f"put each board's documents in its own folder{hint}"
    )


__all__ = ["board_key", "boards_in", "check_one_board"]
