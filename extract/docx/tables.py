"""Word tables → `Table`: grid columns, merged cells kept once, header rows flagged.

- A cell's `col` is its first grid column, counting `w:gridBefore` and the
  `w:gridSpan` of the cells before it; `col_span` is its `w:gridSpan`.
- A vertically merged cell (`w:vMerge` restart … continue) is kept once, on its first
  row, with `row_span` = the rows it covers; continuation cells are not emitted.
- Header rows: rows marked `w:tblHeader` at the top of the table. When no row is
  marked, the first row is a header only if the table has more rows, every cell of
  the first row has short text, and all of it is bold or every cell is shaded.
- A row later in the table repeating the header rows' text exactly (a header typed
  again after a page break) is dropped.
- Nested tables are flattened into the enclosing cell's blocks, in reading order.

Source: `paragraph` = body index of the table, `table` = table index in the body,
`row` = row index in the table (as in the file), `cell` = grid column.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from extract.docx.paragraphs import Block, ParagraphReader
from extract.docx.styles import W, int_val, on
from extract.model import Cell, CellBlock, Heading, ListItem, Paragraph, Row, Source, Table

_SHORT = 80


@dataclass
class _Cell:
    col: int
    span: int
    merge: str | None
    """None, "restart" or "continue"."""
    blocks: list[CellBlock] = field(default_factory=list)
    row_span: int = 1
    bold: bool = False
    fill: str | None = None
    """Background colour as hex RRGGBB, when the cell is shaded."""

    @property
    def shaded(self) -> bool:
        return self.fill is not None


def read_table(tbl: etree._Element, reader: ParagraphReader, source: Source) -> Table:
    """Read one `w:tbl`; `source` carries the file, body paragraph and table index."""
    grid = tbl.find(f"{W}tblGrid")
    n_cols = len(grid.findall(f"{W}gridCol")) if grid is not None else 0
    rows: list[tuple[etree._Element, list[_Cell]]] = []
    for r, tr in enumerate(_children(tbl, f"{W}tr")):
        row_source = replace(source, row=r)
        cells = _cells(tr, reader, row_source)
        rows.append((tr, cells))
    _merge_vertical([cells for _, cells in rows])
    n_cols = max([n_cols, *(c.col + c.span for _, cells in rows for c in cells)])
    return Table(_finish(rows, source), source, n_cols)


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """Children with `tag` (rows of a table, cells of a row), read through content
    controls and custom XML."""
    out: list[etree._Element] = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                out.extend(_children(content, tag))
    return out


def _cells(tr: etree._Element, reader: ParagraphReader, source: Source) -> list[_Cell]:
    col = int_val(tr.find(f"{W}trPr/{W}gridBefore")) or 0
    out: list[_Cell] = []
    for tc in _children(tr, f"{W}tc"):
        tcpr = tc.find(f"{W}tcPr")
        span = max(int_val(tcpr.find(f"{W}gridSpan")) or 1, 1) if tcpr is not None else 1
        merge = None
        fill: str | None = None
        if tcpr is not None:
            vmerge = tcpr.find(f"{W}vMerge")
            if vmerge is not None:
                merge = "restart" if vmerge.get(f"{W}val") == "restart" else "continue"
            fill = _fill(tcpr.find(f"{W}shd"))
        cell = _Cell(col, span, merge, fill=fill)
        # Continuation cells of a vertical merge are read too (Word shows their text
        # nowhere, but numbering inside them still counts); their blocks are dropped.
        blocks, cell.bold = reader.read_cell(tc, replace(source, cell=col))
        cell.blocks = [_cell_block(b) for b in blocks]
        out.append(cell)
        col += span
    return out


def _fill(shd: etree._Element | None) -> str | None:
    """A cell's background as upper-case hex, or None when it has none (or white)."""
    if shd is None:
        return None
    fill = (shd.get(f"{W}fill") or "auto").upper()
    if len(fill) != 6 or fill == "FFFFFF" or any(c not in "0123456789ABCDEF" for c in fill):
        return None
    return fill


def _cell_block(block: Block) -> CellBlock:
    if isinstance(block, Heading):  # a heading-styled paragraph inside a cell
        return Paragraph(block.number, block.text, block.source)
    return block


def _merge_vertical(rows: list[list[_Cell]]) -> None:
    """Fold `continue` cells into the cell above at the same grid column."""
    open_cells: dict[int, _Cell] = {}
    for cells in rows:
        for cell in cells:
            if cell.merge == "continue" and cell.col in open_cells:
                open_cells[cell.col].row_span += 1
                cell.merge = "dropped"
            elif cell.merge == "restart":
                open_cells[cell.col] = cell
            else:
                open_cells.pop(cell.col, None)
                if cell.merge == "continue":  # no cell above to merge into: keep it
                    cell.merge = None


def _finish(rows: list[tuple[etree._Element, list[_Cell]]], source: Source) -> tuple[Row, ...]:
    headers = _header_count(rows)
    header_texts = [_texts(cells) for _, cells in rows[:headers]]
    out: list[Row] = []
    for r, (_, cells) in enumerate(rows):
        kept = [c for c in cells if c.merge != "dropped"]
        if r >= headers and header_texts and _texts(cells) in header_texts:
            continue  # a header row repeated inside the table
        row_source = replace(source, row=r)
        frozen = tuple(
            Cell(
                col=c.col,
                blocks=tuple(c.blocks),
                source=replace(row_source, cell=c.col),
                row_span=c.row_span,
                col_span=c.span,
                shading=c.fill,
            )
            for c in kept
        )
        out.append(Row(frozen, row_source, header=r < headers))
    return tuple(out)


def _texts(cells: list[_Cell]) -> list[str]:
    return [" ".join(_line(b) for b in c.blocks) for c in cells]


def _line(block: CellBlock) -> str:
    return f"{block.number} {block.text}" if block.number else block.text


def _header_count(rows: list[tuple[etree._Element, list[_Cell]]]) -> int:
    marked = 0
    for tr, _ in rows:
        flag = tr.find(f"{W}trPr/{W}tblHeader")
        if flag is None or not on(flag):
            break
        marked += 1
    if marked or len(rows) < 2:
        return marked
    first = rows[0][1]
    if not first or any(not c.blocks for c in first):
        return 0
    short = all(
        len(" ".join(b.text for b in c.blocks)) <= _SHORT and not _numbered(c) for c in first
    )
    styled = all(c.bold for c in first) or all(c.shaded for c in first)
    return 1 if short and styled else 0


def _numbered(cell: _Cell) -> bool:
    return any(isinstance(b, ListItem) or b.number for b in cell.blocks)
