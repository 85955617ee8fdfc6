"""What the pages show, shaped from the same stored findings, ledger and drafts the
API serves: typed `Findings` and `Ledger` in, JSON-ready page data out (each page's
twin is exactly this data)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from extract.codec import encode
from nlp.findings.boards import boards_in
from nlp.findings.model import DocumentInfo, Findings, Reading
from nlp.ledger import Ledger
from service.review import drafts
from service.web.store import ledger as ledger_store
from service.web.store.documents import document_json
from service.web.store.scope import BoardScope

STATUSES = drafts.STATUSES
UNDATED = "Undated"


def documents(scope: BoardScope) -> list[dict[str, Any]]:
    """Every document with its kind and period (once read) and its status."""
    found = scope.all_findings()
    out = []
    for d in scope.documents():
        data = document_json(d)
        findings = found.get(d.id)
        meta = findings.document if findings else None
        data["kind"] = meta.kind if meta else None
        data["period"] = meta.period if meta else None
        data["actions_period"] = meta.actions_period if meta else None
        data["title"] = meta.title if meta else None
        data["named_board"] = meta.board if meta else None
        progress = findings.progress if findings else ()
        data["statuses"] = dict(Counter(p.status for p in progress))
        actions = findings.actions if findings else ()
        data["counts"] = {"actions": len(actions), "progress": len(progress)}
        out.append(data)
    return out


def by_year(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents grouped by the year they speak to: a plan for several years that was
    refreshed for one (a 2017-20 plan with 2018-19's actions) goes under that year."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        groups[d.get("actions_period") or d["period"] or UNDATED].append(d)
    years = sorted((y for y in groups if y != UNDATED), reverse=True)
    if UNDATED in groups:
        years.append(UNDATED)
    out = []
    for year in years:
        statuses: Counter[str] = Counter()
        for d in groups[year]:
            statuses.update(d["statuses"])
        out.append({"year": year, "documents": groups[year], "statuses": dict(statuses)})
    return out


def attention(scope: BoardScope, docs: list[dict[str, Any]]) -> dict[str, Any]:
    failed = [d for d in docs if d["status"] == "failed"]
    done = any(d["status"] == "done" for d in docs)
    ledger = ledger_store.current(scope) if done else Ledger((), (), ())
    texts = item_texts(ledger)
    unconfirmed = [lk for lk in ledger.links if not lk.decided_by]
    return {
        "failed": failed,
        "gaps": [{"id": g, "text": texts.get(g, g)} for g in ledger.gaps],
        "unconfirmed": len(unconfirmed),
        "links": len(ledger.links),
        "boards": mixed_boards(docs),
    }


def mixed_boards(docs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """When the read documents name more than one board (`nlp.findings.boards.boards_in`, as the
    command line checks): each board with its documents, and which is taken as this
    board's (named by most documents; ties: the earliest uploaded). None when they name
    one board or none. The documents' ledger and drafts still use every document."""
    by_id = {str(d["id"]): d for d in docs}
    named = boards_in(_named(d) for d in docs if d["status"] == "done")
    if len(named) <= 1:
        return None
    ours = min(named, key=lambda name: (-len(named[name]), min(map(int, named[name]))))
    boards: list[dict[str, Any]] = [
        {"name": name, "ours": name == ours, "documents": [_brief(by_id[i]) for i in ids]}
        for name, ids in named.items()
    ]
    boards.sort(key=lambda b: not b["ours"])
    others = [d["id"] for b in boards if not b["ours"] for d in b["documents"]]
    tie = sum(len(ids) == len(named[ours]) for ids in named.values()) > 1
    return {"ours": ours, "tie": tie, "boards": boards, "elsewhere": others}


def _named(doc: dict[str, Any]) -> Findings:
    """Just what `boards_in` reads of a document's findings: the board it names, and the
    document's id in place of its file name."""
    info = DocumentInfo(
        file=str(doc["id"]),
        sha256=doc["sha256"],
        format=doc["format"],
        pages=0,
        title=doc["title"],
        board=doc["named_board"],
        kind="other",
        period=doc["period"],
    )
    return Findings(document=info)


def _brief(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["id"], "label": doc["label"], "title": doc["title"]}


def board_warning(document_id: int, mixed: dict[str, Any] | None) -> dict[str, Any] | None:
    """For a document's page: the board it names when that is not the one most of the
    board's documents name."""
    if mixed is None or document_id not in mixed["elsewhere"]:
        return None
    named = next(
        b["name"] for b in mixed["boards"] if any(d["id"] == document_id for d in b["documents"])
    )
    return {"named": named, "ours": mixed["ours"]}


def item_texts(ledger: Ledger) -> dict[str, str]:
    return {i["id"]: i["text"] for i in ledger_store.items(ledger).values()}


def findings_by_priority(findings: Findings) -> list[dict[str, Any]]:
    """Actions under their priority (with its outcomes); progress rows in their own
    group; anything without a priority last."""
    groups: dict[str, dict[str, Any]] = {}
    for p in findings.priorities:
        groups[str(p.number)] = {
            "number": p.number,
            "title": p.title,
            "outcomes": list(p.outcomes),
            "actions": [],
            "progress": [],
        }
    loose: dict[str, Any] = {
        "number": None,
        "title": None,
        "outcomes": [],
        "actions": [],
        "progress": [],
    }
    for a in findings.actions:
        groups.get(str(a.priority), loose)["actions"].append(encode(a))
    loose["progress"] = [encode(p) for p in findings.progress]
    out = sorted(groups.values(), key=lambda g: _number_key(g["number"]))
    if loose["actions"] or loose["progress"]:
        out.append(loose)
    return out


CHECK_BELOW = 0.8
"""Readings less sure than this are listed first on the document page."""


def readings_to_check(findings: Findings, limit: int = 12) -> list[dict[str, Any]]:
    """The readings the reader was unsure of (confidence below `CHECK_BELOW`), least
    sure first: what was read, the words, how sure, the cue, and the first item's id
    when it can be opened in the list. Readings with the same cue (every row of one
    table read the same way) are listed once, with how many there are."""
    info = findings.document
    found: dict[tuple[str, str], dict[str, Any]] = {}

    def add(
        what: str,
        text: str | None,
        reading: Reading | None,
        item: str | None,
        anchor: str | None = None,
    ) -> None:
        if reading is None or reading.confidence >= CHECK_BELOW:
            return
        entry = found.get((what, reading.cue))
        if entry is None:
            found[(what, reading.cue)] = {
                "what": what,
                "text": text or "",
                "confidence": reading.confidence,
                "cue": reading.cue,
                "item": item,
                "anchor": anchor or (f"it-{item}" if item else "reading"),
                "count": 1,
            }
        else:
            entry["count"] += 1
            entry["confidence"] = min(entry["confidence"], reading.confidence)

    for t in findings.tables:
        where = f"table-{t.table}"
        add("table", f"table {t.table + 1} read as {t.kind}", t.reading, None, where)
        for c in t.columns:
            if c.role is not None:
                header = c.title or "no header"
                text = f"table {t.table + 1}, column {c.col + 1} ({header}) read as {c.role}"
                add("column", text, Reading(c.confidence, c.cue), None, where)
    add("kind", info.kind, info.kind_reading, None)
    add("period", info.period, info.period_reading, None)
    add("board", info.board, info.board_reading, None)
    for pr in findings.priorities:
        add("priority", f"{pr.number or ''} {pr.title}".strip(), pr.reading, None)
    for a in findings.actions:
        add("action", a.text, a.reading, a.id)
    for row in findings.progress:
        add("progress row", row.action, row.reading, row.id)
    for person in findings.people:
        add("person", person.name, person.reading, None)
    return sorted(found.values(), key=lambda r: r["confidence"])[:limit]


def _number_key(number: Any) -> tuple[int, ...]:
    """ "2" < "10", and "3.2" after "3"; what is not a number sorts last."""
    parts = str(number or "").split(".")
    return tuple(int(p) if p.isdigit() else 10**6 for p in parts)


def find_item(findings: Findings, item: str) -> dict[str, Any] | None:
    """The action or progress row with id `item` (JSON-ready, with its `type`)."""
    for key, entries in (("actions", findings.actions), ("progress", findings.progress)):
        for entry in entries:
            if entry.id == item:
                return dict(encode(entry), type=key)
    return None


def chains(ledger: Ledger) -> list[dict[str, Any]]:
    """Each chain (an action across plans) with the reports and evidence linked to it,
    its current status, and the links (`keep` filters them)."""
    every = ledger_store.items(ledger)
    gaps = set(ledger.gaps)
    current: dict[str, str] = {o.action_id: o.status for o in ledger.open}
    links_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for link in ledger.links:
        lk = encode(link)
        links_of[lk["from"]].append(lk)
        links_of[lk["to"]].append(lk)
    out = []
    for ids in ledger.chains:
        chain = list(ids)
        steps = [every[i] for i in chain if i in every]
        if not steps:
            continue
        links = {id(lk): lk for i in chain for lk in links_of[i]}
        steps += _reports(chain, list(links.values()), every)
        statuses = [s["status"] for s in steps if s["status"]]
        gap = bool(set(chain) & gaps)
        status = next((current[i] for i in reversed(chain) if current.get(i)), None)
        status = status or (statuses[-1] if statuses else ("gap" if gap else "unknown"))
        first = steps[0]
        out.append(
            {
                "ids": chain,
                "title": first["text"] if first["type"] == "action" else first.get("action"),
                "priority": next((s["priority"] for s in steps if s["priority"]), None),
                "status": status,
                "gap": gap,
                "steps": steps,
                "links": list(links.values()),
            }
        )
    return out


def _reports(
    chain: list[str], links: list[dict[str, Any]], every: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """What reported on the chain's actions (progress rows) or evidences them."""
    out: dict[str, dict[str, Any]] = {}
    for lk in links:
        if lk["kind"] not in ("reported_by", "evidence") or lk["to"] in chain:
            continue
        if lk["to"] in every:
            out[lk["to"]] = dict(every[lk["to"]], kind=lk["kind"])
        elif lk["kind"] == "evidence":
            out[lk["to"]] = {
                "id": lk["to"],
                "type": "evidence",
                "text": lk.get("sentence") or lk["to"],
                "priority": None,
                "period": None,
                "document": {},
                "status": None,
            }
    return sorted(out.values(), key=lambda s: str(s.get("period") or ""))


OPTION_CHARS = 90
"""An option shows this much of an action's text (the select stays a usable width)."""


def link_choices(ledger: Ledger, chain: dict[str, Any]) -> dict[str, Any]:
    """What a chain may be linked to: the actions and progress rows of the years next to
    the chain's (and its own), from other documents, not in it or linked to it yet;
    grouped by year and document."""
    every = ledger_store.items(ledger)
    own = [every[i] for i in chain["ids"] if i in every]
    taken = {s["id"] for s in chain["steps"]}
    taken |= {lk[end] for lk in chain["links"] for end in ("from", "to")}
    years = {y for i in own if (y := ledger_store.start_year(i["period"])) is not None}
    documents = {i["document"].get("sha256") for i in own}
    only_progress = all(i["type"] == "progress" for i in own)
    groups: dict[tuple[int, str, str], list[dict[str, str]]] = defaultdict(list)
    for item in every.values():
        year = ledger_store.start_year(item["period"])
        if (
            item["id"] in taken
            or item["document"].get("sha256") in documents
            or (only_progress and item["type"] == "progress")
            or (years and year is not None and not min(years) - 1 <= year <= max(years) + 1)
        ):
            continue
        groups[(year or 0, _document_title(item), item["type"])].append(_option(item))
    return {
        "from": [_option(i) for i in own],
        "groups": [
            {"label": f"{title} · {'plan actions' if kind == 'action' else 'progress rows'}"}
            | {"options": options}
            for (_, title, kind), options in sorted(groups.items())
        ],
    }


def _document_title(item: dict[str, Any]) -> str:
    meta = item["document"]
    period = item["period"] or meta.get("period") or UNDATED
    return f"{period} · {meta.get('title') or meta.get('file') or 'document'}"


def _option(item: dict[str, Any]) -> dict[str, str]:
    words = item.get("action") if item["type"] == "progress" else item["text"]
    number = item.get("number") or ""
    label = f"{number} · {words}" if number else str(words or item["id"])
    what = "Reported" if item["type"] == "progress" else "Action"
    period = item["period"] or ""
    return {"id": item["id"], "label": f"{period} {what} {short(label)}".strip()}


def short(text: str, chars: int = OPTION_CHARS) -> str:
    """`text` cut to `chars` characters (long words too), with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def keep(entry: dict[str, Any], filters: dict[str, str]) -> bool:
    if filters.get("priority") and str(entry["priority"]) != filters["priority"]:
        return False
    if filters.get("status") and entry["status"] != filters["status"]:
        return False
    return not (filters.get("gap") == "1" and not entry["gap"])
