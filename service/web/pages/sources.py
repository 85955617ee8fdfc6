"""Where findings came from, for the document page's source panel: the items at a cited
source (a PDF page and box, or a Word paragraph, table, row and cell) and the Word
context around it."""

from __future__ import annotations

from typing import Any


def word_context(findings: dict[str, Any], source: dict[str, Any]) -> dict[str, Any] | None:
    """The Word section an item's paragraph sits in (its heading and text)."""
    para = source.get("paragraph")
    if para is None:
        return None
    best = None
    for s in findings.get("sections", []):
        at = s.get("source", {}).get("paragraph")
        if at is not None and at <= para and (best is None or at >= best["source"]["paragraph"]):
            best = s
    return best


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


def items_at(findings: dict[str, Any], cited: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions and progress rows that come from the cited source."""
    return [
        dict(entry, type=key)
        for key in ("actions", "progress")
        for entry in findings.get(key, [])
        if same_source(entry.get("source", {}), cited)
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
    findings: dict[str, Any], cited: dict[str, Any], item_ids: list[str]
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


TEXT_FIELD = {"sections": "text", "priorities": "title", "actions": "text", "progress": "update"}


def word_place_missing(findings: dict[str, Any], cited: dict[str, Any]) -> str | None:
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


def _word_entries(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """Headings and numbered paragraphs, priorities, actions and progress rows of a Word
    document with where they sit, in body order."""
    out = []
    for key, field in TEXT_FIELD.items():
        for e in findings.get(key, []):
            source = e.get("source", {})
            if source.get("paragraph") is None:
                continue
            where = {k: source.get(k) for k in ("paragraph", "table", "row", "cell")}
            text = e.get(field) or ""
            entry = dict(where, id=e.get("id"), label=_label(key, e), text=text)
            out.append(entry | {"cited": False, "within": False})
    return sorted(out, key=lambda e: (e["paragraph"], e["row"] or 0, e["cell"] or 0))


def _label(key: str, entry: dict[str, Any]) -> str:
    number = entry.get("number") or ""
    if key == "sections":
        return f"{number} {entry.get('heading') or ''}".strip() or "Section"
    if key == "priorities":
        return f"Priority {number}".strip()
    if key == "actions":
        return f"Action {number}".strip()
    return f"Progress: {entry.get('action') or ''}".strip()
