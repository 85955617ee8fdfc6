"""A compact, readable text form of a Document's blocks, for golden files."""

from __future__ import annotations

from extract.model import Document, Heading, ListItem, Paragraph, Source, Table


def outline(document: Document) -> str:
    lines = [
        f"# {document.file} · {document.format} · {document.pages} page(s)",
        f"# title: {document.title}",
        f"# running: {' | '.join(document.running_text)}",
        f"# contents pages: {list(document.contents_pages)}",
    ]
    for block in document.blocks:
        if isinstance(block, Table):
            lines.extend(_table(block))
        else:
            lines.append(_line(block))
    return "\n".join(lines) + "\n"


def _where(source: Source) -> str:
    if source.page is not None:
        return f"p{source.page}"
    return f"¶{source.paragraph}"


def _line(block: Heading | Paragraph | ListItem, indent: str = "") -> str:
    number = f"[{block.number}] " if block.number else ""
    if isinstance(block, Heading):
        return f"{indent}H{block.level} {number}{block.text}  ({_where(block.source)})"
    if isinstance(block, ListItem):
        return f"{indent}L{block.level} {number}{block.text}"
    return f"{indent}P {number}{block.text}"


def _table(table: Table) -> list[str]:
    out = [f"TABLE {table.n_cols} cols, {len(table.rows)} rows  ({_where(table.source)})"]
    for index, row in enumerate(table.rows):
        mark = "H" if row.header else "R"
        out.append(f"  {mark}{index}")
        for cell in row.cells:
            span = ""
            if cell.row_span > 1 or cell.col_span > 1:
                span = f" span {cell.row_span}x{cell.col_span}"
            out.append(f"    C{cell.col}{span}:")
            out.extend(_line(b, "      ") for b in cell.blocks)
    return out
