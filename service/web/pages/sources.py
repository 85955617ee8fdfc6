"""Where findings came from, for the document page's source panel: the items at a cited
source (a PDF page and box, or a Word paragraph, table, row and cell) and the Word
context around it. Typed `Findings` in; JSON-ready page data out. A cited source is
the dict `page_images.cited_source` checked from a link."""

from __future__ import annotations

from typing import Any

from extract.codec import encode
from extract.model import Source
from nlp.findings.model import Findings


def word_context(findings: Findings, source: dict[str, Any]) -> dict[str, Any] | None:
    """The Word section an item's paragraph sits in (its heading and text)."""
    para = source.get("paragraph")
    if para is None:
        return None
    best, best_at = None, -1
    for s in findings.sections:
        at = s.source.paragraph
        if at is not None and best_at <= at <= para:
            best, best_at = s, at
    return encode(best) if best is not None else None


BOX_SLACK = 0.5
"""Points two boxes may differ by and still be the same source (links round to 0.01)."""
CONTEXT_ROWS = 2
"""Table rows, or numbered paragraphs, shown either side of a cited Word source."""


def same_source(item: dict[str, Any], cited: dict[str, Any]) -> bool:
    """Whether an item's source is the cited one: the same page and box (PDF), or the same
    paragraph, table, row and cell (Word; a cited row without a cell is the whole row)."""
    if cited.get("bbox") is not None:
        box = item.get("bbox")
        return (
            item.get("page") == cited["page"]
            and box is not None
            and all(abs(a - b) <= BOX_SLACK for a, b in zip(box, cited["bbox"], strict=True))
        )
    keys = ("paragraph", "table", "row") + (("cell",) if cited.get("cell") is not None else ())
    return all(item.get(k) == cited.get(k) for k in keys)


def _where(source: Source) -> dict[str, Any]:
    return {"page": source.page, "bbox": source.bbox} | _word_place(source)


def _word_place(source: Source) -> dict[str, Any]:
    return {
        "paragraph": source.paragraph,
        "table": source.table,
        "row": source.row,
        "cell": source.cell,
    }


def items_at(findings: Findings, cited: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions and progress rows that come from the cited source."""
    return [
        dict(encode(entry), type=key)
        for key, entries in (("actions", findings.actions), ("progress", findings.progress))
        for entry in entries
        if same_source(_where(entry.source), cited)
    ]


def narrowed(items: list[dict[str, Any]], quote: str | None) -> list[dict[str, Any]]:
    """The one item of several from a source (a table cell holding several actions) whose
    words hold the quote, else all of them."""
    words = " ".join((quote or "").split()).casefold()
    picked = [i for i in items if words and words in _item_words(i)]
    return picked if len(items) > 1 and len(picked) == 1 else items


def _item_words(item: dict[str, Any]) -> str:
    text = f"{item.get('action') or ''} {item.get('update') or ''} {item.get('text') or ''}"
    return " ".join(text.split()).casefold()


def word_neighbours(
    findings: Findings, cited: dict[str, Any], item_ids: list[str]
) -> list[dict[str, Any]]:
    """What the findings hold around a Word source, in body order, with the cited
    paragraph or table row (or the section it sits in) marked `cited`: the rows of the
    same table near the cited row, else the numbered paragraphs and headings near it.
    Of the actions and progress rows at the source, only `item_ids` are marked."""
    entries = _word_entries(findings)
    if cited.get("table") is not None:
        rows = [e for e in entries if e["table"] == cited["table"]]
        near = [e for e in rows if abs((e["row"] or 0) - cited["row"]) <= CONTEXT_ROWS]
        for e in near:
            e["cited"] = same_source(e, cited) and (e["id"] is None or e["id"] in item_ids)
        return near
    body = [e for e in entries if e["table"] is None]
    before = [e for e in body if e["paragraph"] <= cited["paragraph"]]
    after = [e for e in body if e["paragraph"] > cited["paragraph"]]
    if before:  # the cited paragraph, or the section it sits in
        before[-1].update(cited=True, within=before[-1]["paragraph"] != cited["paragraph"])
    return before[-CONTEXT_ROWS - 1 :] + after[:CONTEXT_ROWS]


def word_place_missing(findings: Findings, cited: dict[str, Any]) -> str | None:
    """Why a cited Word place is not in the document (None when it is): a table no
    finding sits in, or a paragraph past the last one read."""
    entries = _word_entries(findings)
    if cited.get("table") is not None:
        if not any(e["table"] == cited["table"] for e in entries):
            return f"there is no table {cited['table']} among what was read from this document"
        return None
    last = max((e["paragraph"] for e in entries), default=None)
    paragraph = cited.get("paragraph")
    if paragraph is not None and last is None:
        return "nothing was read from this document's paragraphs"
    if paragraph is not None and paragraph > last:
        return f"there is no paragraph {paragraph} in this document (the last read is {last})"
    return None


def _word_entries(findings: Findings) -> list[dict[str, Any]]:
    """Headings and numbered paragraphs, priorities, actions and progress rows of a Word
    document with where they sit, in body order."""
    labelled: list[tuple[str | None, str, str, Source]] = []
    for s in findings.sections:
        label = f"{s.number or ''} {s.heading or ''}".strip() or "Section"
        labelled.append((None, label, s.text, s.source))
    for p in findings.priorities:
        labelled.append((None, f"Priority {p.number or ''}".strip(), p.title, p.source))
    for a in findings.actions:
        labelled.append((a.id, f"Action {a.number or ''}".strip(), a.text, a.source))
    for r in findings.progress:
        labelled.append((r.id, f"Progress: {r.action or ''}".strip(), r.update, r.source))
    out = []
    for item_id, label, text, source in labelled:
        if source.paragraph is None:
            continue
        entry = _word_place(source) | {"id": item_id, "label": label, "text": text or ""}
        out.append(entry | {"cited": False, "within": False})
    return sorted(out, key=lambda e: (e["paragraph"], e["row"] or 0, e["cell"] or 0))
