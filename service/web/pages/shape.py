"""What the pages show, shaped from the same stored findings, ledger and drafts the
API serves: typed `Findings` and `Ledger` in, JSON-ready page data out (each page's
twin is exactly this data)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from extract.codec import encode
from nlp.findings.boards import board_key, boards_in
from nlp.findings.model import DocumentInfo, Findings, Reading
from nlp.ledger import Ledger
from nlp.ledger.dedupe import dedupe
from nlp.periods import parse_period
from service.review import drafts
from service.web.pages.render import KIND_WORDS
from service.web.pages.years import one_style
from service.web.store import ledger as ledger_store
from service.web.store.documents import document_json
from service.web.store.scope import BoardScope

STATUSES = drafts.STATUSES
UNDATED = "Undated"


def documents(scope: BoardScope) -> list[dict[str, Any]]:
    """Every document with its kind and period (once read), its status, a title that
    says what it is, and for the second copy of one document (a PDF and its Word file)
    which document it is a twin of: its counts are not counted again."""
    found = scope.all_findings()
    twin_of = twins(found)
    labels = {d.id: d.label for d in scope.documents()}
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
        data["twin_of"] = (
            {"id": twin_of[d.id], "label": labels[twin_of[d.id]]} if d.id in twin_of else None
        )
        data["shown_title"] = shown_title(meta) if meta else None
        out.append(data)
    return out


def twins(found: dict[int, Findings]) -> dict[int, int]:
    """Document id → the id of the document it is the same as (`nlp.ledger.dedupe`: a
    PDF and the Word file of one report), for every copy the ledger does not count."""
    kept, _ = dedupe(list(found.values()))
    kept_ids = {id(f) for f in kept}
    by_object = {id(f): i for i, f in found.items()}
    out = {}
    for i, f in found.items():
        if id(f) in kept_ids:
            continue
        twin = next((k for k in kept if len(dedupe([k, f])[0]) == 1), None)
        if twin is not None:
            out[i] = by_object[id(twin)]
    return out


def shown_title(info: DocumentInfo) -> str:
    """The document's title, with its kind and period when the title alone does not
    say them (a title that is only the board's name)."""
    kind = KIND_WORDS.get(info.kind, "") if info.kind != "other" else ""
    period = one_style(info.period)
    title = info.title or info.board or ""
    only_board = not info.title or (
        info.board is not None and board_key(info.title) == board_key(info.board)
    )
    if kind and (only_board or not title):
        said = " ".join(p for p in (kind, period) if p)
        return f"{title}: {said}" if title else said
    return title


def by_year(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents grouped by the year they speak to: a plan for several years that was
    refreshed for one (a 2017-20 plan with 2018-19's actions) goes under that year."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        groups[one_style(d.get("actions_period") or d["period"]) or UNDATED].append(d)
    years = sorted((y for y in groups if y != UNDATED), key=_year_order, reverse=True)
    if UNDATED in groups:
        years.append(UNDATED)
    out = []
    for year in years:
        statuses: Counter[str] = Counter()
        for d in groups[year]:
            if not d.get("twin_of"):
                statuses.update(d["statuses"])
        out.append({"year": year, "documents": groups[year], "statuses": dict(statuses)})
    return out


def _year_order(year: str) -> tuple[int, str]:
    parsed = parse_period(year)
    return (parsed.start if parsed else 0, year)


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

    def add(what: str, text: str | None, reading: Reading | None, item: str | None) -> None:
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
                "count": 1,
            }
        else:
            entry["count"] += 1
            entry["confidence"] = min(entry["confidence"], reading.confidence)

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


OPTION_CHARS = 90
"""An option shows this much of an action's text (the select stays a usable width)."""


def short(text: str, chars: int = OPTION_CHARS) -> str:
    """`text` cut to `chars` characters (long words too), with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"
