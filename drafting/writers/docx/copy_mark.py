"""The mark of the tracked-suggestions copy: a document variable (`w:docVar` in
`word/settings.xml`), which Word keeps through every save and shows nowhere, so the
copy's visible properties (title, subject) say only what the report is."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

COPY_VARIABLE = "CarryforwardCopy"
TRACKED = "suggestions-tracked"
DOC_VARS_SUCCESSORS = (
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
"""What follows `w:docVars` in `w:settings` (ECMA-376 CT_Settings sequence)."""


def mark_tracked(document: DocxDocument) -> None:
    """Mark `document` as the tracked-suggestions copy (a document variable)."""
    settings = document.settings.element
    variables = settings.find(qn("w:docVars"))
    if variables is None:
        variables = OxmlElement("w:docVars")
        successor = next(
            (e for name in DOC_VARS_SUCCESSORS for e in settings.findall(qn(name))), None
        )
        if successor is None:
            settings.append(variables)
        else:
            successor.addprevious(variables)
    variable = OxmlElement("w:docVar")
    variable.set(qn("w:name"), COPY_VARIABLE)
    variable.set(qn("w:val"), TRACKED)
    variables.append(variable)


def is_marked(document: DocxDocument) -> bool:
    settings = document.settings.element
    return any(
        v.get(qn("w:name")) == COPY_VARIABLE and v.get(qn("w:val")) == TRACKED
        for v in settings.iter(qn("w:docVar"))
    )
