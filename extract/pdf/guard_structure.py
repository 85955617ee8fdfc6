"""The catalog, the document info and the page tree walked with a cycle-safe resolver:
an object that refers to itself (a `/MediaBox` that is its own reference), a page
tree that loops or nests deeper than `MAX_TREE_DEPTH`, or containers nested past
`MAX_VALUE_DEPTH` are refused (`HostileFile`). pdfminer's own `resolve1` follows such a
chain for ever."""

from __future__ import annotations

from typing import Any

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjRef

from extract.errors import HostileFile, TooLarge
from extract.limits import Limits

MAX_REF_CHAIN = 32
"""References followed in a row before a value is reached (a loop never ends)."""
MAX_TREE_DEPTH = 64
"""Page-tree levels; real files have under ten."""
MAX_VALUE_DEPTH = 16
"""Arrays and dictionaries nested inside one page attribute."""
PAGE_KEYS = ("MediaBox", "CropBox", "Rotate", "Resources", "Contents", "Kids", "Count")
RESOURCE_KEYS = ("Font", "XObject", "ExtGState", "ColorSpace", "Pattern", "Shading")


def _cycle(file: str) -> HostileFile:
    return HostileFile("the PDF's objects refer to themselves in a loop", file=file)


def resolve(value: Any, file: str) -> Any:
    """`value` with its references followed, refusing a chain that loops."""
    seen: set[int] = set()
    while isinstance(value, PDFObjRef):
        if value.objid in seen or len(seen) >= MAX_REF_CHAIN:
            raise _cycle(file)
        seen.add(value.objid)
        try:
            value = value.resolve()
        except RecursionError as exc:
            raise _cycle(file) from exc
    return value


def _walk_value(value: Any, file: str, depth: int = 0) -> None:
    """Every reference inside `value` resolvable without a loop, nesting bounded."""
    if depth > MAX_VALUE_DEPTH:
        raise HostileFile("the PDF nests its values without end", file=file)
    value = resolve(value, file)
    if isinstance(value, list):
        for item in value[:64]:
            _walk_value(item, file, depth + 1)
    elif isinstance(value, dict):
        for item in list(value.values())[:64]:
            _walk_value(item, file, depth + 1)


def check_structure(doc: PDFDocument, file: str, limits: Limits) -> None:
    """Catalog, info and page tree free of reference loops and bounded in depth."""
    for info in doc.info:
        _walk_value(info, file)
    pages = resolve(doc.catalog.get("Pages"), file)
    pending: list[tuple[Any, int]] = [(pages, 0)]
    visited: set[int] = set()
    nodes = 0
    while pending:
        node, depth = pending.pop()
        if depth > MAX_TREE_DEPTH:
            raise HostileFile("the PDF's page tree nests without end", file=file)
        if not isinstance(node, dict):
            continue
        nodes += 1
        if nodes > 2 * limits.max_pages + MAX_TREE_DEPTH:
            raise TooLarge(f"the PDF has over {limits.max_pages} pages", file=file)
        for key in PAGE_KEYS:
            if key in node and key != "Kids" and key != "Resources":
                _walk_value(node[key], file)
        _check_resources(node.get("Resources"), file)
        kids = resolve(node.get("Kids"), file)
        for kid in kids if isinstance(kids, list) else []:
            if isinstance(kid, PDFObjRef):
                if kid.objid in visited:
                    raise HostileFile("the PDF's page tree contains itself", file=file)
                visited.add(kid.objid)
            pending.append((resolve(kid, file), depth + 1))


def _check_resources(resources: Any, file: str) -> None:
    resources = resolve(resources, file)
    if not isinstance(resources, dict):
        return
    for key in RESOURCE_KEYS:
        group = resolve(resources.get(key), file)
        if isinstance(group, dict):
            for value in group.values():
                resolve(value, file)
