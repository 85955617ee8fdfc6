"""What the table reader made of each table of a document: kind, column roles (with
confidence and cue) and data rows, as `TableReading`s the document page shows and
corrections point at."""

from __future__ import annotations

from extract.model import Document, Table
from nlp.corrections.locate import fingerprint
from nlp.findings.model import ColumnReading, RowReading, TableReading
from nlp.findings.tables import TableRun, table_runs
from nlp.findings.text import cell_text

ROW_TEXT = 160


def table_ordinals(document: Document) -> dict[int, int]:
    """Block index of every Table block -> its ordinal among the document's tables."""
    blocks = [i for i, b in enumerate(document.blocks) if isinstance(b, Table)]
    return {block: k for k, block in enumerate(blocks)}


def table_readings(document: Document) -> tuple[TableReading, ...]:
    """Every table the reader read (call within `forced.forcing` to see forced roles)."""
    ordinals = table_ordinals(document)
    return tuple(_reading(run, ordinals, document) for run in table_runs(document.blocks))


def _reading(run: TableRun, ordinals: dict[int, int], document: Document) -> TableReading:
    cols = run.columns
    grid = sorted(set(cols.titles) | set(cols.roles))
    columns = tuple(
        ColumnReading(
            col=c,
            title=cols.titles.get(c, ""),
            role=cols.roles.get(c),
            confidence=round(cols.confidence.get(c, 0.0), 2),
            cue=cols.cues.get(c, "no role: neither header nor cells decided one"),
        )
        for c in grid
    )
    kept = {(r.block, r.index) for r in run.rows}
    rows = []
    for r in run.rows:
        text = " | ".join(t for t in (cell_text(c) for c in r.row.cells) if t)
        joined = _joined(document, r.block, r.index, kept)
        rows.append(
            RowReading(ordinals[r.block], r.index, text[:ROW_TEXT], r.section is not None, joined)
        )
    first = document.blocks[run.first_block]
    assert isinstance(first, Table)
    return TableReading(
        table=ordinals[run.first_block],
        fingerprint=fingerprint(" ".join(cols.header)),
        kind=cols.kind,
        reading=cols.reading,
        columns=columns,
        rows=tuple(rows),
        source=first.source,
    )


def _joined(
    document: Document, block: int, index: int, kept: set[tuple[int, int]]
) -> tuple[int, ...]:
    """Rows after this one in its Table block that the reader joined into it (data rows
    the run no longer holds, up to the next kept row)."""
    table = document.blocks[block]
    assert isinstance(table, Table)
    out = []
    for j in range(index + 1, len(table.rows)):
        if (block, j) in kept:
            break
        row = table.rows[j]
        if not row.header and any(cell_text(c) for c in row.cells):
            out.append(j)
    return tuple(out)
