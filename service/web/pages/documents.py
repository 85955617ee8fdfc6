"""A document's findings grouped by priority; a source beside them: the PDF page image
with its box highlighted, or the Word paragraph or table row it came from, shown among
its neighbours. The source is an item's (`?item=<id>`, a click in the list) or a cited
one (`?page=&box=` or `?paragraph=&table=&row=&cell=`, a draft's source link); both are
shown the same way. A manager removes a wrong upload here (a POST form, confirmed first)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from extract.codec import encode
from extract.errors import NotFound
from nlp.findings.model import Findings
from service.web import csrf
from service.web.deps import Svc
from service.web.page_images import MIN_RESOLUTION, cited_source
from service.web.pages import corrections, shape, sources
from service.web.pages.deps import PageScope
from service.web.pages.places import headings_of, word_place
from service.web.pages.render import page
from service.web.services import Services
from service.web.store import corrections as correction_store
from service.web.store import documents as docs
from service.web.store.documents import document_json
from service.web.store.scope import BoardScope
from service.web.store.tables import DocumentRow

router = APIRouter(prefix="/boards/{board_id}/documents", include_in_schema=False)
IMAGE_RESOLUTION = 110


@dataclass
class CiteQuery:
    """A cited source, as a draft's source link gives it."""

    page: int | None = Query(None, ge=1, description="PDF page, 1-based")
    box: str | None = Query(None, max_length=200, description="x0,top,x1,bottom in points")
    paragraph: int | None = Query(None, ge=0, description="Word body block index")
    table: int | None = Query(None, ge=0)
    row: int | None = Query(None, ge=0)
    cell: int | None = Query(None, ge=0)
    quote: str | None = Query(None, max_length=300, description="Words that pick the item")
    back: str | None = Query(None, max_length=300, description="The draft page to return to")

    def given(self) -> bool:
        fields = (self.page, self.box, self.paragraph, self.table, self.row, self.cell)
        return any(v is not None for v in fields)


Cite = Annotated[CiteQuery, Depends()]


@router.get("/{document_id}")
def document(
    request: Request,
    document_id: int,
    scope: PageScope,
    services: Svc,
    cite: Cite,
    item: str | None = None,
) -> Response:
    return render(request, scope, services, document_id, cite=cite, item=item)


def render(
    request: Request,
    scope: BoardScope,
    services: Services,
    document_id: int,
    *,
    cite: CiteQuery | None = None,
    item: str | None = None,
    form_error: dict[str, Any] | None = None,
) -> Response:
    """The document page; with `form_error` (a correction refused: its message, and
    what was typed, shown again in the form it came from) answered as 400."""
    d = scope.document(document_id)
    status = 400 if form_error else 200
    data: dict[str, Any] = {
        "board_id": scope.board_id,
        "document": document_json(d),
        "may_remove": scope.may("upload"),
        "board_warning": None,
        "form_error": form_error,
    }
    if d.status != "done":
        data.update(findings=None, groups=[], selected=None, check_first=[], tables=[])
        data["corrections"] = [asdict(c) for c in correction_store.history(scope, d, None)]
        data["may_correct"] = scope.may("decide")
        return page(request, "document.html", data, status_code=status)
    findings = scope.findings(document_id)
    data["meta"] = encode(findings.document)
    data["groups"] = shape.findings_by_priority(findings)
    data["check_first"] = shape.readings_to_check(findings)
    data["people"] = [encode(p) for p in findings.people]
    data.update(corrections.page_data(scope, d.id, findings))
    data["board_warning"] = shape.board_warning(d.id, shape.mixed_boards(shape.documents(scope)))
    data["selected"] = None
    if item:
        data["selected"] = _item_selected(scope.board_id, d.id, findings, item)
    elif cite is not None and cite.given():
        data["selected"] = _cite_selected(scope, services, d, findings, cite)
    return page(request, "document.html", data, status_code=status)


@router.post("/{document_id}/remove")
async def remove(request: Request, document_id: int, scope: PageScope, services: Svc) -> Response:
    """Remove a document (as the API's DELETE does), then back to the dashboard."""
    await csrf.form(request)
    scope.document(document_id)
    scope.require("upload")
    docs.remove(scope, services.blobs, document_id)
    return RedirectResponse(f"/boards/{scope.board_id}", status_code=303)


def _item_selected(board_id: int, document_id: int, findings: Findings, item: str) -> Any:
    found = shape.find_item(findings, item)
    if found is None:
        raise NotFound(f"there is no item {item} in this document's findings")
    image = _image_url(board_id, document_id, found["source"], {"item": item})
    return _selection(findings, found["source"], [found], image)


def _cite_selected(
    scope: BoardScope,
    services: Services,
    d: DocumentRow,
    findings: Findings,
    cite: CiteQuery,
) -> dict[str, Any]:
    """A cited source, checked (a box must be numbers and lie on its page), with the
    items that come from it."""
    pages = findings.document.pages
    words = {"paragraph": cite.paragraph, "table": cite.table, "row": cite.row, "cell": cite.cell}
    source = cited_source(d.format, pages, page=cite.page, box=cite.box, **words)
    image = None
    if source.get("paragraph") is not None and (
        missing := sources.word_place_missing(findings, source)
    ):
        raise NotFound(missing)
    if source.get("bbox") is not None:
        _check_box_on_page(services, d, source["page"], source["bbox"])
        box = ",".join(str(round(n, 2)) for n in source["bbox"])  # as the source links print it
        image = _image_url(scope.board_id, d.id, source, {"box": box})
    items = sources.narrowed(sources.items_at(findings, source), cite.quote)
    selected = _selection(findings, source, items, image)
    selected.update(cited=True, back=_back_link(scope.board_id, cite.back))
    return selected


def _check_box_on_page(services: Services, d: DocumentRow, page_no: int, box: list[float]) -> None:
    """Only the sandboxed reader opens the PDF, and it alone knows the page's size: a
    smallest render checks the box lies on the page before the page links to it."""
    path = str(services.blobs.path(d.board_id, d.sha256))
    services.tools.run("render", path, page_no, box, MIN_RESOLUTION, label=d.label)


def _image_url(
    board_id: int, document_id: int, source: dict[str, Any], highlight: dict[str, str]
) -> str | None:
    if not source.get("page"):
        return None
    base = f"/api/boards/{board_id}/documents/{document_id}/pages/{source['page']}.png"
    return f"{base}?{urlencode(highlight | {'resolution': IMAGE_RESOLUTION})}"


def _selection(
    findings: Findings,
    source: dict[str, Any],
    items: list[dict[str, Any]],
    image: str | None,
) -> dict[str, Any]:
    """What the source panel shows: the item(s) from the source, and the page image or
    the Word context."""
    ids = [i["id"] for i in items]
    word = source.get("paragraph") is not None
    context = sources.word_context(findings, source)
    return {
        "place": _word_place(findings, source, items, context) if word else None,
        "item": items[0] if len(items) == 1 else None,
        "item_ids": ids,
        "source": source,
        "image": image,
        "word": context,
        "context": sources.word_neighbours(findings, source, ids) if word else [],
        "cited": False,
        "back": None,
    }


def _word_place(
    findings: Findings,
    source: dict[str, Any],
    items: list[dict[str, Any]],
    context: dict[str, Any] | None,
) -> str:
    """Where a Word source is, as a Word user finds it: the heading it sits under and
    the paragraph's first words, or the table under a heading, its row and column."""
    one = items[0] if len(items) == 1 else None
    quote = (one.get("action") or one.get("text")) if one else (context or {}).get("text")
    place = word_place(
        {findings.document.sha256: headings_of(findings)},
        {**source, "sha256": findings.document.sha256},
        quote,
    )
    if source.get("table") is not None and source.get("cell") is not None:
        place += f", column {int(source['cell']) + 1}"
    return place


def _back_link(board_id: int, back: str | None) -> str | None:
    """The draft page a source link came from, with the cited paragraph's or row's
    anchor (only a page of this board's drafts)."""
    if back and re.fullmatch(rf"/boards/{board_id}/drafts/\d+(?:#[\w-]+)?", back):
        return back
    return None
