"""The Word backend (our own safe OOXML reader): `read.read_docx(data) -> Document`.

`package` opens the zip and its parts safely, `styles` and `numbering` resolve what
Word renders (heading levels, list numbers through numbering.xml), `paragraphs` and
`text` read paragraphs and their runs, `tables` reads tables with merged cells,
`bold` decides whether a cell reads as a header.
"""
