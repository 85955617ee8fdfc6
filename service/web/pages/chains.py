"""What the ledger page shows: each chain (an action across plans) as a timeline in
year order, with the reports and evidence linked to it, its links named by their items
and explained in words (`why`), its priority by number (listed once in the filter),
and what a chain may still be linked to (`link_choices`)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from extract.codec import encode
from nlp.findings.model import Findings
from nlp.ledger import Ledger
from nlp.ledger.score import priority_key
from service.web.pages import why
from service.web.pages.shape import UNDATED, short
from service.web.pages.years import one_style
from service.web.store import ledger as ledger_store

STEP_ORDER = {"action": 0, "progress": 1, "evidence": 2}
"""In one year: the plan's action first, then the report on it, then evidence."""
NAME_CHARS = 70


def chains(ledger: Ledger) -> list[dict[str, Any]]:
    """Each chain with its steps in year order, its current status, and its links
    (`keep` filters chains)."""
    every = ledger_store.items(ledger)
    sections = _section_documents(ledger.documents)
    titles = priority_titles(ledger.documents)
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
        links = list({_pair(lk): lk for i in chain for lk in links_of[i]}.values())
        steps = sorted(steps + _reports(chain, links, every, sections), key=_step_key)
        statuses = [s["status"] for s in steps if s["status"]]
        gap = bool(set(chain) & gaps)
        status = next((current[i] for i in reversed(chain) if current.get(i)), None)
        status = status or (statuses[-1] if statuses else ("gap" if gap else "unknown"))
        first = next(s for s in steps if s["id"] == chain[0])
        priority = priority_key(next((s["priority"] for s in steps if s["priority"]), None))
        names = {s["id"]: step_name(s) for s in steps}
        out.append(
            {
                "ids": chain,
                "anchor": f"chain-{chain[0]}",
                "title": first["text"] if first["type"] == "action" else first.get("action"),
                "priority": priority,
                "priority_label": titles.get(priority or "", f"Priority {priority}"),
                "status": status,
                "gap": gap,
                "steps": [s | {"name": names[s["id"]]} for s in steps],
                "links": [_named(lk, names) for lk in links],
                "open": sum(not lk["decided_by"] for lk in links),
            }
        )
    return out


def _pair(link: dict[str, Any]) -> tuple[str, str, str]:
    """A link listed once, however many ways the ledger found it."""
    return (link["from"], link["to"], link["kind"])


def step_name(step: dict[str, Any]) -> str:
    """A step as a link names it: "2019-20 action 1.2: Refresh the …"."""
    what = {"progress": "report", "evidence": "evidence"}.get(step["type"], "action")
    if step["type"] == "action" and step.get("number"):
        what = f"action {step['number']}"
    year = one_style(step.get("period") or step["document"].get("period"))
    return f"{year} {what}: {short(str(step.get('text') or ''), NAME_CHARS)}".strip()


def _named(link: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return link | {
        "from_name": names.get(link["from"], "an item not in this chain"),
        "to_name": names.get(link["to"], "an item not in this chain"),
        "why": why.why(link),
        "strength": why.strength(link["score"]),
        "strong": link["score"] >= why.STRONG,
    }


def _step_key(step: dict[str, Any]) -> tuple[int, int]:
    year = ledger_store.start_year(step.get("period") or step["document"].get("period"))
    return (year if year is not None else 10**4, STEP_ORDER.get(step["type"], 3))


def _section_documents(documents: tuple[Findings, ...]) -> dict[str, dict[str, Any]]:
    """Each document's info by the sha256 prefix its section ids start with."""
    return {f.document.sha256[:12]: encode(f.document) for f in documents}


def priority_titles(documents: tuple[Findings, ...]) -> dict[str, str]:
    """Each priority's key → "Priority 2: Title", from the latest document naming it."""
    out: dict[str, str] = {}
    dated = sorted(documents, key=lambda f: ledger_store.start_year(f.document.period) or 0)
    for f in dated:
        for p in f.priorities:
            key = priority_key(str(p.number) if p.number else p.title)
            if key:
                out[key] = f"Priority {p.number}: {p.title}" if p.number else p.title
    return out


def priorities(every: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The filter's priorities: each once, in number order."""
    seen = {c["priority"]: c["priority_label"] for c in every if c["priority"]}
    return [{"key": k, "label": seen[k]} for k in sorted(seen, key=_priority_order)]


def _priority_order(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (10**6, key)


def _reports(
    chain: list[str],
    links: list[dict[str, Any]],
    every: dict[str, dict[str, Any]],
    sections: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """What reported on the chain's actions (progress rows) or evidences them."""
    out: dict[str, dict[str, Any]] = {}
    for lk in links:
        if lk["kind"] not in ("reported_by", "evidence") or lk["to"] in chain:
            continue
        if lk["to"] in every:
            out[lk["to"]] = dict(every[lk["to"]], kind=lk["kind"])
        elif lk["kind"] == "evidence":
            document = sections.get(lk["to"].split(":")[0], {})
            out[lk["to"]] = {
                "id": lk["to"],
                "type": "evidence",
                "text": lk.get("sentence") or "",
                "priority": None,
                "period": document.get("actions_period") or document.get("period"),
                "document": document,
                "status": None,
            }
    return list(out.values())


def link_choices(ledger: Ledger, chain: dict[str, Any]) -> dict[str, Any]:
    """What a chain may be linked to: the actions and progress rows of the years next to
    the chain's (and its own), from other documents, not in it or linked to it yet;
    grouped by year and document. No two options of one list read the same."""
    every = ledger_store.items(ledger)
    own = [every[i] for i in chain["ids"] if i in every]
    taken = {s["id"] for s in chain["steps"]}
    taken |= {lk[end] for lk in chain["links"] for end in ("from", "to")}
    years = {y for i in own if (y := ledger_store.start_year(i["period"])) is not None}
    documents = {i["document"].get("sha256") for i in own}
    only_progress = all(i["type"] == "progress" for i in own)
    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = defaultdict(list)
    for item in every.values():
        year = ledger_store.start_year(item["period"])
        if (
            item["id"] in taken
            or item["document"].get("sha256") in documents
            or (only_progress and item["type"] == "progress")
            or (years and year is not None and not min(years) - 1 <= year <= max(years) + 1)
        ):
            continue
        groups[(year or 0, _document_title(item), item["type"])].append(item)
    ordered = sorted(groups.items())
    labelled = _unique([(item, title) for (_, title, _), items in ordered for item in items])
    return {
        "from": _unique([(i, _document_title(i)) for i in own]),
        "groups": [
            {"label": f"{title} · {'plan actions' if kind == 'action' else 'progress rows'}"}
            | {"options": [labelled.pop(0) for _ in items]}
            for (_, title, kind), items in ordered
        ],
    }


def _unique(items: list[tuple[dict[str, Any], str]]) -> list[dict[str, str]]:
    """Options for `items` (each with its document's title); a label that would repeat
    another names its document, then counts."""
    options = [_option(item) for item, _ in items]
    counts: dict[str, int] = defaultdict(int)
    for option in options:
        counts[option["label"]] += 1
    seen: dict[str, int] = defaultdict(int)
    for option, (_, title) in zip(options, items, strict=True):
        if counts[option["label"]] > 1:
            label = f"{option['label']} ({title})"
            seen[label] += 1
            option["label"] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    return options


def _document_title(item: dict[str, Any]) -> str:
    meta = item["document"]
    period = one_style(item["period"] or meta.get("period")) or UNDATED
    return f"{period} · {meta.get('title') or meta.get('file') or 'document'}"


def _option(item: dict[str, Any]) -> dict[str, str]:
    words = item.get("action") if item["type"] == "progress" else item["text"]
    number = item.get("number") or ""
    label = f"{number} · {words}" if number else str(words or "")
    what = "Reported" if item["type"] == "progress" else "Action"
    period = one_style(item["period"])
    return {"id": item["id"], "label": f"{period} {what} {short(label)}".strip()}


def keep(entry: dict[str, Any], filters: dict[str, str]) -> bool:
    if filters.get("priority") and str(entry["priority"]) != filters["priority"]:
        return False
    if filters.get("status") and entry["status"] != filters["status"]:
        return False
    return not (filters.get("gap") == "1" and not entry["gap"])
