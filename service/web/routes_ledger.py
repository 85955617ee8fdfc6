"""The ledger: each action's chain across years with its updates, statuses and
evidence; confirm, reject or add a link; filters by priority, status and gap."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from service import ledger_store
from service.web import csrf, shape
from service.web.deps import PageScope
from service.web.render import page

router = APIRouter(prefix="/boards/{board_id}/ledger", include_in_schema=False)


@router.get("")
def ledger(
    request: Request,
    scope: PageScope,
    priority: str = "",
    status: str = "",
    gap: str = "",
) -> Response:
    data = ledger_store.ledger_json(scope)
    filters = {"priority": priority, "status": status, "gap": gap}
    every = shape.chains(data, {})
    out = {
        "board_id": scope.board_id,
        "filters": filters,
        "priorities": sorted({str(c["priority"]) for c in every if c["priority"]}),
        "statuses": [*shape.STATUSES, "gap"],
        "chains": [c for c in every if shape.keep(c, filters)],
        "total": len(every),
        "notes": data.get("notes", []),
        "kinds": list(ledger_store.KINDS),
        "may_decide": scope.may("decide"),
        "decided": [
            {"op": r.op, "from": r.from_id, "to": r.to_id, "kind": r.kind, "at": r.at.isoformat()}
            for r in scope.decisions()
        ],
    }
    return page(request, "ledger.html", out)


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
    back = str(form.get("back") or "")
    target = back if back.startswith("?") else ""
    return RedirectResponse(f"/boards/{scope.board_id}/ledger{target}", status_code=303)
