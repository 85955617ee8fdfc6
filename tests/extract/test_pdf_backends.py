"""Both PDF backends on every corpus PDF (our boards and the dev variants; never the
held-out part): the same document (blocks, tables with their rows, cells, spans,
shading and header rows) and the same findings (priorities, actions, progress rows,
people, kind and period). Positions may differ by float noise only (pdfium works in
single precision): within 0.05 pt. And on every PDF of the hostile set
(`tests.hostile.cases`): the same refusal (error and message) or the same findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract import Table, extract
from extract.codec import encode
from extract.errors import BadSetting, CarryforwardError
from extract.sniff import sniff
from nlp import find
from tests.hostile.cases import CASES, Case

ROOT = Path(__file__).resolve().parents[2] / "corpora"
PDFS = sorted(ROOT.glob("*/*.pdf")) + sorted((ROOT / "variants" / "dev").glob("*/*.pdf"))
TOLERANCE = 0.05
# Differences found and named, each a defect of one file or one backend (strict xfail).
# None is left: tolland-cross/2015-16_annual_report.pdf draws every emoji status with
# one fallback glyph (its ToUnicode entry says ✅) and says what each stands for in an
# /ActualText span; pdfminer ignored the spans (pdfplumber was wrong: ✅ for ⏳, 🔲 and
# ❔), pdfium loses the one outside the Basic Multilingual Plane (🔲). Both now read
# the spans (`extract/pdf/plumber_actual_text.py`, `pdfium_pages._Checked`).
KNOWN: dict[str, str] = {}


def _difference(a: Any, b: Any, path: str = "") -> str | None:
    """Where two encoded values first differ (floats within TOLERANCE are equal)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            found = _difference(a.get(key), b.get(key), f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = _difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(a, float) and isinstance(b, float):
        return None if abs(a - b) <= TOLERANCE else f"{path}: {a} vs {b}"
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def test_corpus_has_pdfs() -> None:
    assert len(PDFS) >= 60


def test_difference_sees_a_changed_cell() -> None:
    assert _difference({"x": [1.0, "a"]}, {"x": [1.01, "a"]}) is None
    assert _difference({"x": [1.0, "a"]}, {"x": [1.0, "b"]}) == ".x[1]: 'a' vs 'b'"
    assert _difference({"x": [1.0]}, {"x": [1.2]}) == ".x[0]: 1.0 vs 1.2"


def _case(path: Path) -> Any:
    name = f"{path.parent.name}/{path.name}"
    if name in KNOWN:
        return pytest.param(path, id=name, marks=pytest.mark.xfail(reason=KNOWN[name], strict=True))
    return pytest.param(path, id=name)


@pytest.mark.parametrize("path", [_case(p) for p in PDFS])
def test_backends_agree(path: Path) -> None:
    reference = extract(path, pdf_backend="pdfplumber")
    fast = extract(path, pdf_backend="pdfium")
    tables = [b for b in reference.blocks if isinstance(b, Table)]
    assert len(tables) == sum(isinstance(b, Table) for b in fast.blocks)
    assert _difference(encode(reference), encode(fast)) is None
    assert _difference(encode(find(reference)), encode(find(fast))) is None


def test_unknown_backend_is_named() -> None:
    with pytest.raises(BadSetting, match=r"unknown PDF backend 'fitz'.*pdfium, pdfplumber"):
        extract(PDFS[0], pdf_backend="fitz")


def _is_pdf(case: Case) -> bool:
    try:
        return sniff(case.build(), file=case.filename) == "pdf"
    except CarryforwardError:
        return False


HOSTILE_PDFS = [c for c in CASES if c.expect != "probe" and _is_pdf(c)]


def _outcome(case: Case, backend: str) -> Any:
    try:
        document = extract(case.build(), filename=case.filename, pdf_backend=backend)
    except CarryforwardError as e:
        return type(e).__name__, str(e)
    return encode(find(document))


def test_the_hostile_set_has_pdfs() -> None:
    assert len(HOSTILE_PDFS) >= 30


@pytest.mark.parametrize("case", HOSTILE_PDFS, ids=lambda c: c.name)
def test_backends_agree_on_hostile_pdfs(case: Case) -> None:
    assert _outcome(case, "pdfplumber") == _outcome(case, "pdfium")
