"""The API's response bodies, declared so that `/docs` (OpenAPI) describes them. The
stage contracts (`Findings`, `Ledger`, `Draft`) are answered as their own dataclasses;
these are the service's own shapes around them."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from drafting.compare import Change
from nlp.ledger.model import Ledger
from service.web.store.documents import UploadedOut


class BoardRole(BaseModel):
    id: int
    name: str
    role: str


class Me(BaseModel):
    id: int
    email: str
    name: str
    site_admin: bool
    boards: list[BoardRole]


class SignedIn(Me):
    csrf_token: str = Field(description="Send it as X-CSRF-Token with cookie-authenticated changes")


class SignedOut(BaseModel):
    signed_out: bool


class TokenOut(BaseModel):
    token: str = Field(description="Shown once: keep it")
    label: str


class BoardOut(BaseModel):
    id: int
    name: str
    role: str
    revision: int
    documents: dict[str, int] = Field(description="How many documents have each status")
    drafts: int


class MemberOut(BaseModel):
    id: int
    email: str
    name: str
    role: str


class UploadOut(BaseModel):
    documents: list[UploadedOut]


class DeletedOut(BaseModel):
    deleted: int


class DecisionOut(BaseModel):
    id: int
    op: str
    from_id: str = Field(alias="from")
    to_id: str = Field(alias="to")
    kind: str
    note: str | None
    by: str | None
    at: str


class CompareOut(BaseModel):
    draft: int
    changes: list[Change]


class AppliedOut(BaseModel):
    draft: int
    version: int
    applied: list[Change]
    """Made the draft's text or status, one version each."""
    not_applied: list[Change]
    """Each with its `reason` (the review copy's own guidance, a priority added to
    Appendix 1, a section it does not have ...): the draft keeps what it had."""
    accepted: list[str] = []
    """Ids of the suggestions a tracked copy has accepted in Word."""


@dataclass(frozen=True)
class LedgerOut(Ledger):
    """The ledger contract, with the board revision it was built for."""

    revision: int = 0
