"""Word list numbers come out as a reader sees them (numbering.xml resolved)."""

from __future__ import annotations

from docx.document import Document as DocxDocument

from extract import Heading, ListItem, Paragraph, extract
from extract.model import Block
from tests.extract import docx_build as b

DECIMAL3 = [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1), ("decimal", "%1.%2.%3", 1)]


def _blocks(doc: DocxDocument) -> list[Block]:
    return list(extract(b.to_bytes(doc), filename="t.docx").blocks)


def _numbers(doc: DocxDocument) -> list[tuple[str | None, str]]:
    return [(x.number, x.text) for x in _blocks(doc) if isinstance(x, Paragraph | ListItem)]


def test_multilevel_numbers_restart_deeper_levels() -> None:
    doc = b.new()
    num = b.add_num(doc, b.add_abstract(doc, DECIMAL3))
    for text, ilvl in [("A", 0), ("B", 1), ("C", 1), ("D", 2), ("E", 0), ("F", 1)]:
        b.number(doc.add_paragraph(text), num, ilvl)
    assert _numbers(doc) == [
        ("1", "A"), ("1.1", "B"), ("1.2", "C"), ("1.2.1", "D"), ("2", "E"), ("2.1", "F"),
    ]  # fmt: skip


def test_nums_sharing_an_abstract_continue_unless_overridden() -> None:
    doc = b.new()
    abstract = b.add_abstract(doc, DECIMAL3)
    first, second = b.add_num(doc, abstract), b.add_num(doc, abstract)
    restart, from_five = b.add_num(doc, abstract, {0: 1}), b.add_num(doc, abstract, {0: 5})
    b.number(doc.add_paragraph("one"), first)
    b.number(doc.add_paragraph("two"), first)
    b.number(doc.add_paragraph("three"), second)  # same abstract, no override: continues
    b.number(doc.add_paragraph("again"), restart)  # startOverride: a list of its own
    b.number(doc.add_paragraph("again sub"), restart, 1)
    b.number(doc.add_paragraph("five"), from_five)
    b.number(doc.add_paragraph("four"), first)  # the first list goes on where it was
    assert _numbers(doc) == [
        ("1", "one"), ("2", "two"), ("3", "three"), ("1", "again"), ("1.1", "again sub"),
        ("5", "five"), ("4", "four"),
    ]  # fmt: skip


def test_formats_start_values_and_list_styles() -> None:
    doc = b.new()
    levels = [
        ("lowerLetter", "%1)", 1),
        ("lowerRoman", "(%2)", 1),
        ("upperLetter", "%3.", 1),
        ("upperRoman", "%4.", 1),
        ("bullet", "\uf0b7", 1),
    ]
    num = b.add_num(doc, b.add_abstract(doc, levels))
    for text, ilvl in [("a", 0), ("i", 1), ("ii", 1), ("A", 2), ("I", 3), ("dot", 4), ("b", 0)]:
        b.number(doc.add_paragraph(text, style="List Paragraph"), num, ilvl)
    late = b.add_num(doc, b.add_abstract(doc, [("lowerLetter", "%1.", 27), ("decimal", "%2", 3)]))
    b.number(doc.add_paragraph("aa", style="List Paragraph"), late)
    b.number(doc.add_paragraph("three", style="List Paragraph"), late, 1)
    items = [x for x in _blocks(doc) if isinstance(x, ListItem)]
    assert [(x.level, x.number, x.text) for x in items] == [
        (1, "a)", "a"), (2, "(i)", "i"), (2, "(ii)", "ii"), (3, "A", "A"), (4, "I", "I"),
        (5, "•", "dot"), (1, "b)", "b"), (1, "aa", "aa"), (2, "3", "three"),
    ]  # fmt: skip


def test_is_lgl_renders_decimal_and_unused_levels_render_as_start_minus_one() -> None:
    doc = b.new()
    legal = b.add_num(
        doc, b.add_abstract(doc, [("upperRoman", "%1.", 1), ("decimal", "%1.%2", 1)], is_lgl=[1])
    )
    b.number(doc.add_paragraph("roman"), legal)
    b.number(doc.add_paragraph("legal"), legal, 1)
    orphan = b.add_num(doc, b.add_abstract(doc, DECIMAL3))
    b.number(doc.add_paragraph("orphan"), orphan, 1)  # Word shows "0.1."
    assert _numbers(doc) == [("I", "roman"), ("1.1", "legal"), ("0.1", "orphan")]


def test_heading_numbers_from_style_numbering() -> None:
    doc = b.new()
    abstract = b.add_abstract(
        doc,
        [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)],
        styles={0: "Heading1", 1: "Heading2"},
    )
    num = b.add_num(doc, abstract)
    b.style_numbering(doc, "Heading 1", num)  # level found through the lvl's pStyle
    b.style_numbering(doc, "Heading 2", num, 1)
    doc.add_heading("Purpose", 1)
    doc.add_heading("Scope", 2)
    doc.add_heading("Method", 2)
    doc.add_heading("Findings", 1)
    doc.add_heading("Detail", 2)
    heads = [(h.level, h.number, h.text) for h in _blocks(doc) if isinstance(h, Heading)]
    assert heads == [
        (1, "1", "Purpose"), (2, "1.1", "Scope"), (2, "1.2", "Method"),
        (1, "2", "Findings"), (2, "2.1", "Detail"),
    ]  # fmt: skip


def test_numbered_paragraph_style_numbers_body_paragraphs() -> None:
    doc = b.new()
    num = b.add_num(doc, b.add_abstract(doc, DECIMAL3))
    from docx.enum.style import WD_STYLE_TYPE

    doc.styles.add_style("Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
    b.style_numbering(doc, "Numbered Para", num, 1)
    b.number(doc.add_paragraph("Section"), num, 0)
    doc.add_paragraph("First", style="Numbered Para")
    doc.add_paragraph("Second", style="Numbered Para")
    assert _numbers(doc) == [("1", "Section"), ("1.1", "First"), ("1.2", "Second")]


def test_typed_numbers_are_split_off() -> None:
    doc = b.new()
    doc.add_heading("3. Effective Governance", 1)
    for text in [
        "1.2 The board met.",
        "3.3.1** The sub-group reviewed.",
        "3.2. Dotted number",
        "3.\tTabbed number",
        "a) lettered",
        "(iv) roman",
        "1.5 million people live here.",
        "2017 was a busy year.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("1. typed in a list style", style="List Paragraph")
    doc.add_paragraph("• typed bullet")
    blocks = _blocks(doc)
    assert blocks[0] == Heading(1, "3", "Effective Governance", blocks[0].source)
    assert [(type(x).__name__, x.number, x.text) for x in blocks[1:]] == [  # type: ignore[union-attr]
        ("Paragraph", "1.2", "The board met."),
        ("Paragraph", "3.3.1", "The sub-group reviewed."),
        ("Paragraph", "3.2", "Dotted number"),
        ("Paragraph", "3", "Tabbed number"),
        ("Paragraph", "a)", "lettered"),
        ("Paragraph", "(iv)", "roman"),
        ("Paragraph", None, "1.5 million people live here."),
        ("Paragraph", None, "2017 was a busy year."),
        ("ListItem", "1", "typed in a list style"),
        ("ListItem", "•", "typed bullet"),
    ]


def test_empty_numbered_paragraph_still_takes_a_number() -> None:
    doc = b.new()
    num = b.add_num(doc, b.add_abstract(doc, DECIMAL3))
    b.number(doc.add_paragraph("one"), num)
    b.number(doc.add_paragraph(""), num)
    b.number(doc.add_paragraph("three"), num)
    assert _numbers(doc) == [("1", "one"), ("3", "three")]


def test_undefined_list_is_a_warning_not_a_crash() -> None:
    doc = b.new()
    b.number(doc.add_paragraph("ghost"), 77)
    result = extract(b.to_bytes(doc), filename="t.docx")
    assert [(x.number, x.text) for x in result.blocks] == [(None, "ghost")]  # type: ignore[union-attr]
    assert result.warnings == ("numbering: paragraph refers to undefined list 77",)
