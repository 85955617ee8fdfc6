"""A document's findings grouped by priority; an item's source beside them: the PDF
page image with its box highlighted, or the Word paragraph it came from."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from service.documents import document_json
from service.errors import NotFound
from service.web import shape
from service.web.deps import PageScope
from service.web.render import page

router = APIRouter(prefix="/boards/{board_id}/documents", include_in_schema=False)


@router.get("/{document_id}")
def document(
    request: Request, document_id: int, scope: PageScope, item: str | None = None
) -> Response:
    d = scope.document(document_id)
    data: dict[str, Any] = {"board_id": scope.board_id, "document": document_json(d)}
    if d.status != "done":
        data.update(findings=None, groups=[], selected=None)
        return page(request, "document.html", data)
    findings = scope.findings(document_id)
    data["meta"] = findings.get("document", {})
    data["groups"] = shape.findings_by_priority(findings)
    data["people"] = findings.get("people", [])
    data["selected"] = _selected(scope.board_id, d.id, findings, item) if item else None
    return page(request, "document.html", data)


def _selected(board_id: int, document_id: int, findings: dict[str, Any], item: str) -> Any:
    found = shape.find_item(findings, item)
    if found is None:
        raise NotFound(f"there is no item {item} in this document's findings")
    source = found["source"]
    image = None
    if source.get("page"):
        base = f"/api/boards/{board_id}/documents/{document_id}/pages/{source['page']}.png"
        image = f"{base}?item={item}&resolution=110"
    return {
        "item": found,
        "source": source,
        "image": image,
        "word": shape.word_context(findings, source),
    }
