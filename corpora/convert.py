"""LibreOffice conversion and reading back the rendered PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pdfplumber


def soffice_available() -> bool:
    return shutil.which("soffice") is not None


def to_pdf(docx_files: list[Path], outdir: Path) -> None:
    """Convert Word files to PDF with LibreOffice, the way councils publish them."""
    if not docx_files:
        return
    with tempfile.TemporaryDirectory(prefix="cf-soffice-") as profile:
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *[str(f) for f in docx_files],
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    for f in docx_files:
        if not (outdir / f"{f.stem}.pdf").is_file():
            raise RuntimeError(f"LibreOffice did not convert {f.name}")


def page_count(pdf: Path) -> int:
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def page_texts(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def _key(text: str) -> str:
    text = re.sub(r"^\s*(priority\s+)?\d+(\.\d+)*[.:]?\s*", "", text.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def heading_pages(pdf: Path, headings: list[str], after_page: int) -> dict[str, int]:
    """The first page, after the contents page, where each heading is a line."""
    texts = page_texts(pdf)
    found: dict[str, int] = {}
    for heading in headings:
        want = _key(heading)
        for number, text in enumerate(texts, start=1):
            if number <= after_page:
                continue
            if any(_key(line) == want for line in text.splitlines()):
                found[heading] = number
                break
    return found


def render_png(pdf: Path, page: int, out_prefix: Path, dpi: int = 50) -> Path:
    cmd = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*cmd, str(pdf), str(out_prefix)], check=True, timeout=120)
    return out_prefix.with_suffix(".png")
