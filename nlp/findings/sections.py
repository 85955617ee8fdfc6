"""Numbered narrative sections: each numbered paragraph with the heading it sits under."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.model import Document, Heading, ListItem, Paragraph, Source
from nlp.findings.model import Section


@dataclass
class _Open:
    number: str | None
    heading: str
    source: Source
    lines: list[str] = field(default_factory=list)


def find_sections(document: Document) -> tuple[Section, ...]:
    """One section per heading (holding the unnumbered text directly under it) and one per
    numbered paragraph (holding the bullets and unnumbered text that follow it), in
    reading order."""
    opened: list[_Open] = []
    heading = ""
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = block.text
            opened.append(_Open(block.number, block.text, block.source))
        elif isinstance(block, Paragraph) and block.number:
            opened.append(_Open(block.number, heading, block.source, [block.text]))
        elif isinstance(block, Paragraph | ListItem) and opened:
            line = block.text
            if isinstance(block, ListItem) and block.number:
                line = f"{block.number} {block.text}"
            opened[-1].lines.append(line)
    return tuple(Section(o.number, o.heading, "\n".join(o.lines), o.source) for o in opened)
