"""The ledger: each action's chain across years with its updates, statuses and
evidence; confirm, reject or add a link (chosen from a list, or by ids); filters by
priority, status and gap."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from nlp.ledger import Ledger
from service.web import csrf
from service.web.pages import shape
from service.web.pages.deps import PageScope
from service.web.pages.render import page
from service.web.store import ledger as ledger_store
from service.web.store.scope import BoardScope

router = APIRouter(prefix="/boards/{board_id}/ledger", include_in_schema=False)


@router.get("")
def ledger(
    request: Request,
    scope: PageScope,
    priority: str = "",
    status: str = "",
    gap: str = "",
    link: str = "",
) -> Response:
    """`link=<id>` opens the "link to…" chooser on the chain holding that item."""
    data = ledger_store.current(scope)
    filters = {"priority": priority, "status": status, "gap": gap}
    every = shape.chains(data)
    out = {
        "board_id": scope.board_id,
        "filters": filters,
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "priorities": sorted({str(c["priority"]) for c in every if c["priority"]}),
        "statuses": [*shape.STATUSES, "gap"],
        "chains": [c for c in every if shape.keep(c, filters)],
        "total": len(every),
        "notes": list(data.notes),
        "kinds": list(ledger_store.KINDS),
        "lineage": list(ledger_store.LINEAGE),
        "may_decide": scope.may("decide"),
        "choosing": _choosing(scope, data, every, link),
        "decided": [
            {"op": r.op, "from": r.from_id, "to": r.to_id, "kind": r.kind, "at": r.at.isoformat()}
            for r in scope.decisions()
        ],
    }
    return page(request, "ledger.html", out)


def _choosing(
    scope: BoardScope, data: Ledger, every: list[dict[str, Any]], link: str
) -> dict[str, Any] | None:
    """The chain whose "link to…" chooser is open, with what it may be linked to."""
    chain = next((c for c in every if link and link in c["ids"]), None)
    if chain is None or not scope.may("decide"):
        return None
    return {"chain": chain["ids"][0], "picked": link, **shape.link_choices(data, chain)}


@router.post("/decisions")
async def decide(request: Request, scope: PageScope) -> Response:
    form = await csrf.form(request)
    scope.require("decide")
    note = str(form.get("note") or "") or None
    ledger_store.add_decision(
        scope,
        str(form.get("op", "")),
        str(form.get("from", "")).strip(),
        str(form.get("to", "")).strip(),
        str(form.get("kind", "")),
        note,
    )
    return _back(scope, form, "")


@router.post("/links")
async def add_chosen_link(request: Request, scope: PageScope) -> Response:
    """A link chosen from a chain's "link to…" list (the order of the two is worked out)."""
    form = await csrf.form(request)
    scope.require("decide")
    picked = str(form.get("from", "")).strip()
    other = str(form.get("to", "")).strip()
    ledger_store.chosen_link(scope, picked, other, str(form.get("kind", "")))
    return _back(scope, form, f"#step-{picked}")


def _back(scope: BoardScope, form: dict[str, Any], anchor: str) -> Response:
    """To the ledger page as it was (its filters), at `anchor`."""
    back = str(form.get("back") or "")
    target = back if back.startswith("?") else ""
    return RedirectResponse(f"/boards/{scope.board_id}/ledger{target}{anchor}", status_code=303)
