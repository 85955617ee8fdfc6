"""Board scoping, in one place. Every route that touches a board's data gets a
`BoardScope` built from the signed-in user and the board id in the path; its methods
are the only queries of board-owned tables, and each is filtered by the board.

A board the user is not a member of answers `NotFound`, exactly like a board that
does not exist; so does any id of another board's document, draft or decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from extract.codec import decode
from extract.errors import Conflict, Forbidden, NotFound
from nlp.corrections import Correction
from nlp.findings.model import Findings
from service.web.store.corrected import corrected, correction_of
from service.web.store.tables import (
    Board,
    CorrectionRow,
    DocumentRow,
    DraftRow,
    DraftVersion,
    FindingsRow,
    Job,
    LinkDecisionRow,
    Membership,
    User,
)

ROLES = ("manager", "chair", "admin")
ALLOWED = {
    "upload": ("manager", "admin"),
    "decide": ("manager", "admin"),
    "generate": ("manager", "admin"),
    "edit": ("manager", "chair", "admin"),
    "approve": ("chair", "admin"),
    "reopen": ("chair", "admin"),
    "members": ("admin",),
}
WORDS = {
    "upload": "upload or remove documents",
    "decide": "confirm, reject or add links",
    "generate": "generate drafts",
    "edit": "edit drafts",
    "approve": "approve drafts",
    "reopen": "reopen approved drafts",
    "members": "manage the board's members",
}

Row = TypeVar("Row", DocumentRow, DraftRow, LinkDecisionRow, Job, CorrectionRow)


class BoardScope:
    def __init__(self, session: Session, user: User, board_id: int) -> None:
        membership = session.get(Membership, (user.id, board_id))
        board = session.get(Board, board_id) if membership is not None else None
        if membership is None or board is None:
            raise NotFound(f"there is no board {board_id} (or you are not a member of it)")
        self.session = session
        self.user = user
        self.board = board
        self.board_id = board.id
        self.role = membership.role

    def may(self, action: str) -> bool:
        """Whether the user's role on this board allows `action`."""
        return self.role in ALLOWED[action]

    def require(self, action: str) -> None:
        """Raise `Forbidden` unless the user's role on this board allows `action`."""
        if self.may(action):
            return
        raise Forbidden(
            f"your role on this board ({self.role}) cannot {WORDS[action]}; "
            f"ask a board admin (roles that can: {', '.join(ALLOWED[action])})"
        )

    def select(self, model: type[Row]) -> Select[Row]:
        return select(model).where(model.board_id == self.board_id)

    def get(self, model: type[Row], item_id: int, what: str) -> Row:
        row = self.session.scalars(self.select(model).where(model.id == item_id)).first()
        if row is None:
            raise NotFound(f"there is no {what} {item_id} in this board")
        return row

    def document(self, document_id: int) -> DocumentRow:
        return self.get(DocumentRow, document_id, "document")

    def draft(self, draft_id: int) -> DraftRow:
        return self.get(DraftRow, draft_id, "draft")

    def documents(self) -> list[DocumentRow]:
        return list(self.session.scalars(self.select(DocumentRow).order_by(DocumentRow.id)))

    def document_by_hash(self, sha256: str) -> DocumentRow | None:
        query = self.select(DocumentRow).where(DocumentRow.sha256 == sha256)
        return self.session.scalars(query).first()

    def findings(self, document_id: int) -> Findings:
        """The document's findings, decoded from the stored JSON."""
        document = self.document(document_id)
        query = select(FindingsRow).where(
            FindingsRow.board_id == self.board_id, FindingsRow.document_id == document.id
        )
        row = self.session.scalars(query).first()
        if row is None:
            raise Conflict(
                f"document {document_id} has no findings yet (status: {document.status}); "
                "wait until it is done, or re-upload it if it failed"
            )
        own = decode(Findings, row.data)
        corrections = self.correction_list()
        if not corrections:
            return own
        read = self.read_findings()
        read[document.id] = own
        return corrected(read, corrections)[document.id]

    def read_findings(self) -> dict[int, Findings]:
        """The findings of every document read (done) as the reader stored them (with
        the table corrections it was given), by document id, in id order."""
        query = (
            select(FindingsRow)
            .join(DocumentRow, DocumentRow.id == FindingsRow.document_id)
            .where(FindingsRow.board_id == self.board_id, DocumentRow.status == "done")
            .order_by(FindingsRow.document_id)
        )
        return {row.document_id: decode(Findings, row.data) for row in self.session.scalars(query)}

    def all_findings(self) -> dict[int, Findings]:
        """The findings of every document read (done), with the board's corrections
        applied, by document id, in id order."""
        return corrected(self.read_findings(), self.correction_list())

    def corrections(self, *, undone: bool = False) -> list[CorrectionRow]:
        """The board's corrections in the order they were made (undone ones only when
        asked for)."""
        query = self.select(CorrectionRow).order_by(CorrectionRow.at, CorrectionRow.id)
        if not undone:
            query = query.where(CorrectionRow.undone.is_(False))
        return list(self.session.scalars(query))

    def decisions(self) -> list[LinkDecisionRow]:
        query = self.select(LinkDecisionRow).order_by(LinkDecisionRow.at, LinkDecisionRow.id)
        return list(self.session.scalars(query))

    def own_decisions(self, ids: Sequence[int]) -> list[LinkDecisionRow]:
        """The user's own decisions among `ids` on this board."""
        query = self.select(LinkDecisionRow).where(
            LinkDecisionRow.id.in_(list(ids)), LinkDecisionRow.user_id == self.user.id
        )
        return list(self.session.scalars(query))

    def correction_list(self) -> list[Correction]:
        """The board's corrections in force, as the applier takes them."""
        emails = {u.id: u.email for u, _ in self.members()}
        return [correction_of(r, emails.get(r.user_id, str(r.user_id))) for r in self.corrections()]

    def drafts(self) -> list[DraftRow]:
        return list(self.session.scalars(self.select(DraftRow).order_by(DraftRow.id)))

    def versions(self, draft_id: int) -> list[DraftVersion]:
        draft = self.draft(draft_id)
        query = (
            select(DraftVersion)
            .where(DraftVersion.draft_id == draft.id)
            .order_by(DraftVersion.number)
        )
        return list(self.session.scalars(query))

    def members(self) -> list[tuple[User, str]]:
        query = (
            select(User, Membership.role)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.board_id == self.board_id)
            .order_by(User.id)
        )
        return [(u, r) for u, r in self.session.execute(query)]

    def changed(self) -> None:
        """Documents or decisions changed: the ledger must be rebuilt."""
        self.board.revision += 1
