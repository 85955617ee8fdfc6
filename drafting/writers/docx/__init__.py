"""Draft → Word (python-docx): `write` builds the document from its `parts`,
`numbering`, `tables` and `comments` (sources as Word comments)."""
