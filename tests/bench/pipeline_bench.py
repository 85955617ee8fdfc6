"""`make bench` (pipeline): the demo board's seven documents (corpora/harrowfield: six
PDFs and one .docx) through the whole pipeline in one process — extract, findings,
ledger, draft and its Word file — per PDF backend, each stage timed, best of 3, against
a plain read of the same files in the same run (pdfplumber's `extract_words` over
every PDF page and python-docx's paragraph text of the .docx). The ratio is the plain
read's time over the pipeline's: above 1, the whole pipeline costs less than pdfplumber
merely listing the words.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import docx
import pdfplumber

from drafting.build import build_draft
from drafting.writers.docx.write import write_docx
from extract import extract
from nlp import find
from nlp.ledger import build_ledger

BOARD = Path(__file__).resolve().parents[2] / "corpora" / "harrowfield"
RUNS = 3


def _files() -> list[Path]:
    return sorted(p for p in BOARD.iterdir() if p.suffix in (".pdf", ".docx"))


def _plain_read(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_words()
                    page.close()
        else:
            "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return time.perf_counter() - start


def _pipeline(files: list[Path], backend: str, out: Path) -> dict[str, float]:
    times = dict.fromkeys(("extract", "findings", "ledger", "draft"), 0.0)
    findings = []
    for path in files:
        start = time.perf_counter()
        document = extract(path, pdf_backend=backend)
        times["extract"] += time.perf_counter() - start
        start = time.perf_counter()
        findings.append(find(document))
        times["findings"] += time.perf_counter() - start
    start = time.perf_counter()
    ledger = build_ledger(findings)
    times["ledger"] = time.perf_counter() - start
    start = time.perf_counter()
    write_docx(build_draft(ledger), out)
    times["draft"] = time.perf_counter() - start
    return times


def run() -> dict[str, Any]:
    files = _files()
    with tempfile.TemporaryDirectory() as tmp:  # spaCy, templates and caches warm
        _pipeline(files, "pdfium", Path(tmp) / "warm.docx")
    plain = min(_plain_read(files) for _ in range(RUNS))
    results: dict[str, Any] = {"documents": len(files), "plain_read_s": round(plain, 3)}
    print(f"pipeline, {len(files)} documents of {BOARD.name}; plain read {plain:.2f} s")
    print(
        f"{'backend':<11} {'extract':>8} {'findings':>9} {'ledger':>7} {'draft':>6} "
        f"{'total':>6} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft.docx"
        for backend in ("pdfium", "pdfplumber"):
            best = min(
                (_pipeline(files, backend, out) for _ in range(RUNS)),
                key=lambda t: sum(t.values()),
            )
            total = sum(best.values())
            ratio = plain / total
            print(
                f"{backend:<11} {best['extract']:>8.2f} {best['findings']:>9.2f} "
                f"{best['ledger']:>7.2f} {best['draft']:>6.2f} {total:>6.2f} {ratio:>6.2f}"
            )
            results[backend] = {k: round(v, 3) for k, v in best.items()} | {
                "total_s": round(total, 3),
                "ratio": round(ratio, 2),
            }
    return results


if __name__ == "__main__":
    run()
