"""Is every truth text in its file? Word: exact (python-docx text, corpora.check.norm);
PDF: the text's words in order in pdfplumber's text (table columns interleave lines,
so a phrase may be split by other cells' words, never reordered)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpora import check

WINDOW = 60  # at most this many foreign words between two words of one truth text


def docx_missing(truth: dict[str, Any], folder: Path) -> list[str]:
    """Exact: the normalised text as a whole-word run; symbols (✓) as they are."""
    files = {d["doc"]: d["file"] for d in truth["documents"] if d["format"] == "docx"}
    texts: dict[str, tuple[str, str]] = {}
    out = []
    for doc, item, text in check.expected(truth):
        if doc not in files:
            continue
        name = files[doc]
        if name not in texts:
            raw = check.docx_text(folder / name)
            texts[name] = (raw, f" {check.norm(raw)} ")
        raw, normed = texts[name]
        found = text in raw if not check.norm(text) else f" {check.norm(text)} " in normed
        if not found:
            out.append(f"{name}: {item}: {text[:60]!r}")
    return out


def pdf_missing(truth: dict[str, Any], folder: Path) -> list[str]:
    files = {d["doc"]: d["file"] for d in truth["documents"] if d["format"] == "pdf"}
    words: dict[str, list[str]] = {}
    out = []
    for doc, item, text in check.expected(truth):
        if doc not in files:
            continue
        name = files[doc]
        if name not in words:
            words[name] = pdf_words(folder / name)
        if not in_order(check.norm(text).split(), words[name]):
            out.append(f"{name}: {item}: {text[:60]!r}")
    return out


def pdf_words(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    return check.norm(text).split()


def in_order(want: list[str], words: list[str]) -> bool:
    """`want` occurs in `words` in order, starting anywhere, gaps of at most WINDOW."""
    if not want:
        return True
    for start, w in enumerate(words):
        if w != want[0]:
            continue
        pos, ok = start, True
        for target in want[1:]:
            nxt = _find(words, target, pos + 1, pos + 1 + WINDOW)
            if nxt < 0:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def _find(words: list[str], target: str, lo: int, hi: int) -> int:
    for i in range(lo, min(hi, len(words))):
        if words[i] == target:
            return i
    return -1
