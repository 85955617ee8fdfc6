"""Which copy of a draft a .docx is: the one written with its suggestions as tracked
insertions by the tool (a person accepts or rejects them in Word), or a plain review
copy. The mark is a document variable (`w:docVar`, in `word/settings.xml`): Word keeps
document variables through every save and shows them nowhere, so the copy's visible
document properties (title, subject) say only what the report is. A copy still holding
one of the tool's insertions is a tracked copy whatever its settings say, and so is
one marked the older way (its subject ending "suggestions tracked")."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from drafting.textnorm import collapse
from drafting.writers.docx.comments import AUTHOR, TRACKED_SUBJECT
from drafting.writers.docx.copy_mark import is_marked
from drafting.writers.docx.parts import xml_text


def tracked_state(source: str | Path | bytes) -> tuple[bool, list[str]]:
    """Whether a .docx is (an edited) tracked-suggestions copy, and the texts of the
    insertions by the tool still in it: neither accepted nor rejected in Word."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    document = docx.Document(io.BytesIO(data))
    still = [
        collapse(xml_text(ins))
        for ins in document.element.body.iter(qn("w:ins"))
        if ins.get(qn("w:author")) == AUTHOR
    ]
    still = [t for t in still if t]
    subject = (document.core_properties.subject or "").endswith(TRACKED_SUBJECT)
    return is_marked(document) or subject or bool(still), still
