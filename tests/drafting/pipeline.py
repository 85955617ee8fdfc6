"""Run the real pipeline (extract → nlp.find → build_ledger) on real files, once per
test session, and check a draft's sources against the blocks they name."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from drafting.model import Cite, Draft
from extract import extract
from extract.model import Document, Source, Table
from nlp import find
from nlp.ledger import Ledger, build_ledger

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
BOARDS = ("harrowfield", "kestrelvale", "morrowby")


def board_dir(board: str) -> Path:
    return CORPORA / board


@functools.cache
def board_run(board: str) -> tuple[Ledger, dict[str, Document]]:
    files = sorted(p for p in board_dir(board).iterdir() if p.suffix in (".pdf", ".docx"))
    documents = {p.name: extract(p) for p in files}
    return build_ledger([find(d) for d in documents.values()]), documents


@functools.cache
def files_run(board: str, *names: str) -> tuple[Ledger, dict[str, Document]]:
    """The pipeline on some of a board's files."""
    documents = {name: extract(board_dir(board) / name) for name in names}
    return build_ledger([find(d) for d in documents.values()]), documents


def truth(board: str) -> dict:  # type: ignore[type-arg]
    data: dict = json.loads((board_dir(board) / "truth.json").read_text())  # type: ignore[type-arg]
    return data


def all_cites(draft: Draft) -> list[Cite]:
    cites = [c for s in draft.sections for p in s.paragraphs for c in p.cites]
    cites += [s.source for s in draft.sections if s.source]
    cites += [c for r in draft.rows for c in r.cites]
    cites += [p.cite for p in draft.plan] + [a[2] for p in draft.plan for a in p.actions]
    cites += [c for i in draft.checklist for c in (*i.where, *i.last_year)]
    return cites


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def resolves(cite: Cite, documents: dict[str, Document], window: int = 12) -> bool:
    """The cite's source is a real block (or table row/cell) of its file, and the quoted
    words are in that block or the few blocks after it (a section runs on)."""
    document = documents.get(cite.source.file)
    if document is None:
        return False
    blocks = list(document.blocks)
    for k, block in enumerate(blocks):
        if not _holds(block, cite):
            continue
        text = " ".join(_text(b) for b in blocks[k : k + window])
        if _norm(cite.quote)[:60] in _norm(text):
            return True
    return False


def _holds(block: object, cite: Cite) -> bool:
    """The block (or one of its rows or cells) is the cite's source, or, in a PDF, holds
    its box (an item read from inside a table cell)."""
    sources = [getattr(block, "source", None)]
    if isinstance(block, Table):
        sources += [row.source for row in block.rows]
        sources += [c.source for row in block.rows for c in row.cells]
    return any(s is not None and (s == cite.source or _contains(s, cite.source)) for s in sources)


def _contains(outer: Source, inner: Source, slack: float = 2.0) -> bool:
    if outer.page is None or outer.page != inner.page or not outer.bbox or not inner.bbox:
        return False
    (x0, t0, x1, b0), (x2, t2, x3, b2) = outer.bbox, inner.bbox
    return x0 - slack <= x2 and t0 - slack <= t2 and x3 <= x1 + slack and b2 <= b0 + slack


def _text(block: object) -> str:
    if isinstance(block, Table):
        return " ".join(c.text for r in block.rows for c in r.cells)
    number = getattr(block, "number", None)
    text = getattr(block, "text", "")
    return f"{number} {text}" if number else str(text)
