"""The ledger: each action's chain across years with its updates, statuses and
evidence; confirm or reject one link, a whole chain's links or every strong match at
once, and undo that; add a link (chosen from a list, or by ids); filters by priority,
status and gap. After each form the page comes back where it was sent from (its
filters and the chain's anchor) saying what changed."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from extract.errors import BadRequest
from nlp.ledger import Ledger
from service.web import csrf
from service.web.pages import chains
from service.web.pages.deps import PageScope
from service.web.pages.render import page
from service.web.pages.shape import STATUSES
from service.web.pages.why import STRONG
from service.web.store import ledger as ledger_store
from service.web.store.scope import BoardScope

router = APIRouter(prefix="/boards/{board_id}/ledger", include_in_schema=False)
FILTERS = ("priority", "status", "gap")
DONE_WORDS = {"confirm": "Confirmed", "reject": "Rejected", "add": "Added", "undo": "Took back"}


@router.get("")
def ledger(
    request: Request,
    scope: PageScope,
    priority: str = "",
    status: str = "",
    gap: str = "",
    link: str = "",
    done: str = "",
    n: int = 0,
    undo: str = "",
    at: str = "",
) -> Response:
    """`link=<id>` opens the "link to…" chooser on the chain holding that item; `done`,
    `n`, `undo` and `at` say what the last form changed (and how to take it back)."""
    filters = {"priority": priority, "status": status, "gap": gap}
    return ledger_page(request, scope, filters, link, _changed(done, n, undo, at))


def ledger_page(
    request: Request,
    scope: BoardScope,
    filters: dict[str, str],
    link: str = "",
    changed: dict[str, Any] | None = None,
    refused: dict[str, str] | None = None,
) -> Response:
    """The ledger page; with `refused` (a link by ids that could not be added: the
    message and what was typed) shown again (400) with the problem in its form."""
    data = ledger_store.current(scope)
    every = chains.chains(data)
    out = {
        "board_id": scope.board_id,
        "filters": filters,
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "priorities": chains.priorities(every),
        "statuses": [*STATUSES, "gap"],
        "chains": [c for c in every if chains.keep(c, filters)],
        "total": len(every),
        "strong_open": sum(
            lk["strong"] and not lk["decided_by"] for c in every for lk in c["links"]
        ),
        "strong_at": STRONG,
        "notes": list(data.notes),
        "kinds": list(ledger_store.KINDS),
        "lineage": list(ledger_store.LINEAGE),
        "may_decide": scope.may("decide"),
        "choosing": _choosing(scope, data, every, link),
        "changed": changed,
        "refused": refused,
        "decided": [
            {"op": r.op, "from": r.from_id, "to": r.to_id, "kind": r.kind, "at": r.at.isoformat()}
            for r in scope.decisions()
        ],
    }
    return page(request, "ledger.html", out, status_code=400 if refused else 200)


def _changed(done: str, n: int, undo: str, at: str) -> dict[str, Any] | None:
    if done not in DONE_WORDS or n <= 0:
        return None
    noun = "decision" if done == "undo" else "link"
    return {
        "words": f"{DONE_WORDS[done]} {n} {noun}{'s' if n != 1 else ''}.",
        "undo": undo if done != "undo" else "",
        "at": at,
    }


def _choosing(
    scope: BoardScope, data: Ledger, every: list[dict[str, Any]], link: str
) -> dict[str, Any] | None:
    """The chain whose "link to…" chooser is open, with what it may be linked to."""
    chain = next((c for c in every if link and link in c["ids"]), None)
    if chain is None or not scope.may("decide"):
        return None
    return {"chain": chain["ids"][0], "picked": link, **chains.link_choices(data, chain)}


@router.post("/decisions")
async def decide(request: Request, scope: PageScope) -> Response:
    form = await csrf.form(request)
    scope.require("decide")
    note = str(form.get("note") or "") or None
    op = str(form.get("op", ""))
    typed = {k: str(form.get(k, "")).strip() for k in ("from", "to", "kind")}
    try:
        row = ledger_store.add_decision(scope, op, typed["from"], typed["to"], typed["kind"], note)
    except BadRequest as exc:
        if op != "add":
            raise
        back = dict(parse_qsl(str(form.get("back") or "").lstrip("?")))
        filters = {k: back.get(k, "") for k in FILTERS}
        return ledger_page(request, scope, filters, refused=typed | {"message": exc.message})
    return _back(scope, form, _anchor(form), done=(op, [row.id]))


@router.post("/bulk")
async def decide_many(request: Request, scope: PageScope) -> Response:
    """Confirm or reject every link not yet decided in one chain (`chain`: its first
    id), or every strong match of the board (`which=strong`)."""
    form = await csrf.form(request)
    scope.require("decide")
    op = str(form.get("op", ""))
    if op not in ("confirm", "reject"):
        raise BadRequest("choose to confirm or to reject the links")
    every = chains.chains(ledger_store.current(scope))
    if form.get("which") == "strong":
        links = [lk for c in every for lk in c["links"] if lk["strong"]]
    else:
        first = str(form.get("chain", ""))
        chain = next((c for c in every if c["ids"][0] == first), None)
        if chain is None:
            raise BadRequest("that chain is no longer in the ledger; reload the page")
        links = chain["links"]
    unique = {(lk["from"], lk["to"], lk["kind"]) for lk in links if not lk["decided_by"]}
    rows = ledger_store.add_decisions(scope, [(op, f, t, k, None) for f, t, k in sorted(unique)])
    return _back(scope, form, _anchor(form), done=(op, [r.id for r in rows]))


@router.post("/undo")
async def undo(request: Request, scope: PageScope) -> Response:
    """Take back the decisions the last form made (their ids travel in the form)."""
    form = await csrf.form(request)
    scope.require("decide")
    ids = [int(i) for i in str(form.get("ids", "")).split(",") if i.strip().isdigit()]
    count = ledger_store.undo_decisions(scope, ids)
    return _back(scope, form, _anchor(form), done=("undo", list(range(count))))


@router.post("/links")
async def add_chosen_link(request: Request, scope: PageScope) -> Response:
    """A link chosen from a chain's "link to…" list (the order of the two is worked out)."""
    form = await csrf.form(request)
    scope.require("decide")
    picked = str(form.get("from", "")).strip()
    other = str(form.get("to", "")).strip()
    row = ledger_store.chosen_link(scope, picked, other, str(form.get("kind", "")))
    return _back(scope, form, _anchor(form) or f"step-{picked}", done=("add", [row.id]))


def _anchor(form: dict[str, Any]) -> str:
    at = str(form.get("at") or "")
    return at if at.replace("-", "").replace("_", "").replace(".", "").isalnum() else ""


def _back(
    scope: BoardScope, form: dict[str, Any], anchor: str, done: tuple[str, list[int]]
) -> Response:
    """To the ledger page as it was (its filters), at `anchor`, saying what changed."""
    back = str(form.get("back") or "")
    kept = [(k, v) for k, v in parse_qsl(back.lstrip("?"), keep_blank_values=True) if k in FILTERS]
    op, ids = done
    said = [("done", op), ("n", str(len(ids)))]
    if op != "undo":
        said.append(("undo", ",".join(map(str, ids))))
    if anchor:
        said.append(("at", anchor))
    target = urlencode(kept + said)
    fragment = f"#{anchor}" if anchor else ""
    return RedirectResponse(f"/boards/{scope.board_id}/ledger?{target}{fragment}", status_code=303)
