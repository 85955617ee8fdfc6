"""Does every truth text appear in its file? Shared by the generator and the tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def norm(text: str) -> str:
    """Lower case, punctuation and whitespace folded to single spaces."""
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def expected(truth: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(doc id, item id, text) for every text the document must contain."""
    for pri in truth["priorities"]:
        yield pri["doc"], pri["id"], pri["title"]
        for k, outcome in enumerate(pri["outcomes"]):
            yield pri["doc"], f"{pri['id']}#outcome{k + 1}", outcome
    for act in truth["actions"]:
        yield act["doc"], act["id"], act["text"]
        for k, item in enumerate(act["items"]):
            yield act["doc"], f"{act['id']}#item{k + 1}", item
        for field in ("lead", "timescale"):
            if act[field]:
                yield act["doc"], f"{act['id']}#{field}", act[field]
    for row in truth["progress"]:
        yield row["doc"], row["id"], row["action"]
        yield row["doc"], f"{row['id']}#update", row["update"]
        for k, item in enumerate(row["action_items"]):
            yield row["doc"], f"{row['id']}#item{k + 1}", item
        if row["status_cell"]:
            yield row["doc"], f"{row['id']}#status", row["status_cell"]
    for person in truth["people"]:
        yield person["doc"], f"{person['doc']}#person:{person['name']}", person["name"]
        if person["role"] is not None:
            yield person["doc"], f"{person['doc']}#role:{person['name']}", person["role"]


def missing(truth: dict[str, Any], set_dir: Path, text_of: Callable[[Path], str]) -> list[str]:
    """Item ids whose text is not in the normalised text of every file of its doc."""
    files: dict[str, list[str]] = {}
    for d in truth["documents"]:
        files.setdefault(d["doc"], []).append(d["file"])
    cache: dict[str, str] = {}
    out = []
    for doc, item, text in expected(truth):
        for name in files[doc]:
            if name not in cache:
                cache[name] = " " + norm(text_of(set_dir / name)) + " "
            if f" {norm(text)} " not in cache[name]:
                out.append(f"{name}: {item}: {text[:60]!r}")
    return out


def docx_text(path: Path) -> str:
    """All paragraph and cell text of a Word file, in body order (python-docx only)."""
    from docx import Document

    doc = Document(str(path))
    parts: list[str] = []
    for p in doc.element.body.iter():
        if p.tag.endswith("}p"):
            parts.append(_para_text(p))
    return "\n".join(parts)


def _para_text(p: Any) -> str:
    out = []
    for el in p.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(el.text or "")
        elif tag in ("tab", "br", "cr"):
            out.append(" ")
    return "".join(out)


def pdf_words(path: Path) -> set[str]:
    import pdfplumber

    words: set[str] = set()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words.update(norm(page.extract_text() or "").split())
    return words


def missing_words(truth: dict[str, Any], set_dir: Path) -> list[str]:
    """For PDFs: items with a word that appears nowhere in the file (cheap drift check)."""
    out = []
    files = {d["doc"]: [] for d in truth["documents"]}
    for d in truth["documents"]:
        if d["format"] == "pdf":
            files[d["doc"]].append(d["file"])
    cache: dict[str, set[str]] = {}
    for doc, item, text in expected(truth):
        for name in files[doc]:
            if name not in cache:
                cache[name] = pdf_words(set_dir / name)
            lost = [w for w in norm(text).split() if w not in cache[name]]
            if lost:
                out.append(f"{name}: {item}: missing words {lost[:5]}")
    return out
