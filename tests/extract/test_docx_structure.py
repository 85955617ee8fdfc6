"""Body order, tables, provenance, and what stays out of the body of a Word file."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from extract import Document, Heading, ListItem, Paragraph, Table, extract
from tests.extract import docx_build as b

NS = b.NSDECL
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"


def _read(doc: object, name: str = "t.docx") -> Document:
    return extract(b.to_bytes(doc), filename=name)  # type: ignore[arg-type]


def test_body_order_and_sources() -> None:
    doc = b.new()
    doc.add_heading("Report", 1)
    doc.add_paragraph("")  # empty: not emitted, but counted
    doc.add_paragraph("Before the table.")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "L"
    table.cell(0, 1).text = "R"
    doc.add_paragraph("After the table.")
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "Second"
    result = _read(doc)
    kinds = [(type(x).__name__, x.source.paragraph, x.source.table) for x in result.blocks]
    assert kinds == [
        ("Heading", 0, None), ("Paragraph", 2, None), ("Table", 3, 0),
        ("Paragraph", 4, None), ("Table", 5, 1),
    ]  # fmt: skip
    first = result.blocks[2]
    assert isinstance(first, Table)
    cell = first.rows[0].cells[1]
    assert (cell.source.paragraph, cell.source.table, cell.source.row, cell.source.cell) == (
        3, 0, 0, 1,
    )  # fmt: skip
    assert cell.blocks[0].source == cell.source
    assert cell.source.page is None and cell.source.bbox is None


def test_merged_cells_kept_once_with_spans() -> None:
    doc = b.new()
    t = doc.add_table(rows=4, cols=3)
    for c, text in enumerate(["Area", "Action", "Status"]):
        t.cell(0, c).text = text
    t.cell(1, 0).merge(t.cell(3, 0)).text = "Governance"
    t.cell(1, 1).merge(t.cell(1, 2)).text = "Wide action"
    t.cell(2, 1).text = "Review"
    t.cell(2, 2).text = "Done"
    t.cell(3, 1).text = "Audit"
    t.cell(3, 2).text = "Open"
    table = _read(doc).blocks[0]
    assert isinstance(table, Table) and table.n_cols == 3
    got = [[(c.col, c.row_span, c.col_span, c.text) for c in r.cells] for r in table.rows]
    assert got == [
        [(0, 1, 1, "Area"), (1, 1, 1, "Action"), (2, 1, 1, "Status")],
        [(0, 3, 1, "Governance"), (1, 1, 2, "Wide action")],
        [(1, 1, 1, "Review"), (2, 1, 1, "Done")],
        [(1, 1, 1, "Audit"), (2, 1, 1, "Open")],
    ]
    assert sum(c.text == "Governance" for r in table.rows for c in r.cells) == 1


def _header_flags(doc: object) -> list[list[bool]]:
    return [[r.header for r in x.rows] for x in _read(doc).blocks if isinstance(x, Table)]


def test_header_rows() -> None:
    doc = b.new()
    marked = doc.add_table(rows=3, cols=2)
    marked.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {NS}/>"))
    for r, (left, right) in enumerate(
        [("Action", "Update"), ("Audit", "Done"), ("Action", "Update")]
    ):
        marked.cell(r, 0).text, marked.cell(r, 1).text = left, right
    bold = doc.add_table(rows=2, cols=2)
    for c, text in enumerate(["Priority", "Outcome"]):
        bold.cell(0, c).paragraphs[0].add_run(text).bold = True
    bold.cell(1, 0).text, bold.cell(1, 1).text = "One", "Better"
    plain = doc.add_table(rows=2, cols=2)
    plain.cell(0, 0).text, plain.cell(0, 1).text = "Priority", "Outcome"
    plain.cell(1, 0).text, plain.cell(1, 1).text = "One", "Better"
    lone = doc.add_table(rows=1, cols=1)
    lone.cell(0, 0).paragraphs[0].add_run("Bold").bold = True
    # the marked table's third row repeats its header: dropped
    assert _header_flags(doc) == [[True, False], [True, False], [False, False], [False]]


def test_numbers_and_lists_inside_cells() -> None:
    doc = b.new()
    num = b.add_num(doc, b.add_abstract(doc, [("decimal", "%1.", 1), ("bullet", "o", 1)]))
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Priority 1"
    cell = t.cell(0, 1)
    b.number(cell.paragraphs[0], num).add_run("First action")
    b.number(cell.add_paragraph("Neglect", style="List Paragraph"), num, 1)
    cell.add_paragraph("A note under the list.")
    b.number(t.cell(1, 1).paragraphs[0], num).add_run("Second action")
    table = _read(doc).blocks[0]
    assert isinstance(table, Table)
    blocks = table.rows[0].cells[1].blocks
    assert [(type(x).__name__, x.number, x.text) for x in blocks] == [
        ("Paragraph", "1", "First action"),
        ("ListItem", "•", "Neglect"),
        ("Paragraph", None, "A note under the list."),
    ]
    assert isinstance(blocks[1], ListItem) and blocks[1].level == 2
    assert table.rows[1].cells[1].text == "2 Second action"


def test_nested_table_flattened_into_cell() -> None:
    doc = b.new()
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Outer"
    host = outer.cell(0, 1)
    host.paragraphs[0].add_run("Intro")
    inner = host.add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "In A", "In B"
    host.add_paragraph("Outro")
    table = _read(doc).blocks[0]
    assert isinstance(table, Table) and len(table.rows) == 1
    assert [x.text for x in table.rows[0].cells[1].blocks] == ["Intro", "In A", "In B", "Outro"]


def test_tracked_changes_fields_hidden_text_and_spaces() -> None:
    doc = b.new()
    b.append_xml(
        doc,
        b.p_xml(
            b.run("Kept ")
            + '<w:ins w:id="1" w:author="a">'
            + '<w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
            + '<w:del w:id="2" w:author="a"><w:r><w:delText>deleted </w:delText></w:r></w:del>'
            + b.run("text.")
        ),
    )
    b.append_xml(
        doc,
        b.p_xml(
            b.run("Page ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + b.run("7")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + b.run(" of ")
            + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>'
        ),
    )
    b.append_xml(
        doc,
        b.p_xml(b.run("Seen") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"),
    )
    doc.add_paragraph("Odd\u00a0\u00a0spaces\tand\u2009 tabs\u200b here ")
    doc.add_paragraph("“Curly” quotes stay")
    texts = [x.text for x in _read(doc).blocks]  # type: ignore[union-attr]
    assert texts == [
        "Kept inserted text.",
        "Page 7 of 9",
        "Seen",
        "Odd spaces and tabs here",
        "“Curly” quotes stay",
    ]


def test_tables_of_contents_are_dropped() -> None:
    doc = b.new()
    b.append_xml(
        doc,
        f'<w:sdt {NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>Purpose 3</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    b.append_xml(
        doc,
        b.p_xml(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + b.run("Introduction\t4")
        ),
    )
    b.append_xml(doc, b.p_xml(b.run("Findings\t5")))
    b.append_xml(doc, b.p_xml(b.run("Plan\t6") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    doc.add_paragraph("Styled entry\t7", style="toc 1")
    doc.add_heading("Introduction", 1)
    result = _read(doc)
    assert [(type(x).__name__, x.text, x.source.paragraph) for x in result.blocks] == [  # type: ignore[union-attr]
        ("Heading", "Introduction", 6)
    ]


def test_headers_footers_comments_out_of_body() -> None:
    doc = b.new()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Safeguarding Board – Annual Report"
    section.footer.paragraphs[0].text = "Page footer"
    para = doc.add_paragraph("Body text")
    doc.add_comment(para.runs, text="Reviewer remark", author="R")
    result = _read(doc)
    assert [x.text for x in result.blocks] == ["Body text"]  # type: ignore[union-attr]
    assert result.running_text == ("Safeguarding Board – Annual Report", "Page footer")


def test_text_box_read_once_at_its_anchor() -> None:
    doc = b.new()
    doc.add_paragraph("Before")
    box = "<w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent>"
    b.append_xml(
        doc,
        f'<w:p {NS} xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:v="{V}"><w:r><w:t>Anchor</w:t></w:r>'
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )
    doc.add_paragraph("After")
    blocks = _read(doc).blocks
    assert [(x.text, x.source.paragraph) for x in blocks] == [  # type: ignore[union-attr]
        ("Before", 0), ("Anchor", 1), ("Box text", 1), ("After", 2),
    ]  # fmt: skip


def test_title_from_core_properties_then_styles_then_cover() -> None:
    doc = b.new()
    doc.core_properties.title = "Annual Report 2017/18"
    doc.add_heading("Purpose", 1)
    assert _read(doc).title == "Annual Report 2017/18"

    doc = b.new()
    doc.core_properties.title = "Document1"
    doc.add_paragraph("Cover", style="Title")
    doc.add_heading("Purpose", 1)
    assert _read(doc).title == "Cover"

    doc = b.new()
    doc.add_paragraph().add_run("Business Improvement Plan").bold = True
    doc.add_paragraph().add_run("2017-19").bold = True
    doc.add_paragraph("Foreword text that is not bold.")
    doc.add_heading("Purpose", 1)
    assert _read(doc).title == "Business Improvement Plan 2017-19"

    doc = b.new()
    doc.add_heading("Purpose", 1)
    assert _read(doc).title == "Purpose"


def test_pages_estimated_from_breaks() -> None:
    doc = b.new()
    doc.add_paragraph("One")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Two")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Three")
    assert _read(doc).pages == 3


def test_outline_level_makes_a_heading() -> None:
    doc = b.new()
    b.append_xml(
        doc,
        f'<w:p {NS}><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>2.1 Scope</w:t></w:r></w:p>',
    )
    block = _read(doc).blocks[0]
    assert isinstance(block, Heading)
    assert (block.level, block.number, block.text) == (2, "2.1", "Scope")
    assert not isinstance(block, Paragraph)
