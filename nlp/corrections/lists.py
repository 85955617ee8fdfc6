"""The document's lists (runs of bulleted or numbered paragraphs, `ListItem` blocks)
as `ListReading`s the document page shows and list corrections point at."""

from __future__ import annotations

from extract.model import Document, Heading, ListItem
from nlp.corrections.locate import fingerprint
from nlp.findings.model import ListReading, Priority

SET_BY = "set by "
"""How a reading a person made begins its cue (`apply._set_by`)."""
BULLETS = frozenset("•●○◦▪■□–-*·")
"""Marks that are a bullet, not a number (an item's `number` as the reader saw it)."""


def list_readings(document: Document) -> tuple[ListReading, ...]:
    """Every run of consecutive list items at the document's top level (a list inside
    a table cell belongs to its table). A run's items are those at its shallowest
    level; deeper ones are folded into the item above them."""
    runs: list[tuple[str, list[ListItem]]] = []
    heading = ""
    current: list[ListItem] = []
    for block in document.blocks:
        if isinstance(block, ListItem):
            if not current:
                runs.append((heading, current))
            current.append(block)
            continue
        current = []
        if isinstance(block, Heading):
            heading = block.text
    return tuple(_reading(k, h, items) for k, (h, items) in enumerate(runs))


def _reading(index: int, heading: str, items: list[ListItem]) -> ListReading:
    top = min(i.level for i in items)
    texts: list[str] = []
    numbers: list[str | None] = []
    for item in items:
        if item.level == top or not texts:
            texts.append(item.text.strip())
            numbers.append(_number(item.number))
        else:
            texts[-1] = f"{texts[-1]} {item.text.strip()}"
    return ListReading(
        index=index,
        heading=heading,
        items=tuple(texts),
        numbers=tuple(numbers),
        fingerprint=fingerprint(" ".join(texts)),
        source=items[0].source,
    )


def _number(mark: str | None) -> str | None:
    m = (mark or "").strip().strip(".):(").strip()
    return None if not m or set(m) <= BULLETS else m


def replaced_by(priorities: tuple[Priority, ...], marked: ListReading) -> list[Priority]:
    """The priorities the reader found that marking `marked` as the priorities replaces:
    all of them except those the list itself holds and those a person set."""
    prints = {fingerprint(x) for x in marked.items}
    return [
        p
        for p in priorities
        if fingerprint(p.title) not in prints
        and not (p.reading and p.reading.cue.startswith(SET_BY))
    ]


def named(priorities: list[Priority]) -> str:
    """Priorities one a line, as the history lists what a correction replaced."""
    return "\n".join(f"{p.number}. {p.title}" if p.number else p.title for p in priorities)
