"""The PDF backend (pdfplumber): `read.read_pdf(data) -> Document`.

`open` checks and opens the file, `lines` groups characters into lines, `running`
finds running headers and footers, `tables` finds ruled and shaded tables, `stitch`
joins tables continued over a page break, `layout` orders the page, `blocks` turns
lines into headings, paragraphs and list items, `text` holds the word-level rules.
"""
