"""Rebuild corpora/<board>/: Word files, PDFs (via LibreOffice) and truth.json.

    python -m corpora.generate [--board SLUG] [--png DIR]

Needs `soffice` (LibreOffice). Tests and CI use the committed files instead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document

from corpora import check, convert
from corpora.boards import BOARDS
from corpora.layouts import wordkit
from corpora.layouts.documents import write_plan, write_report
from corpora.model import Board, DocStyle
from corpora.truth import board_truth, doc_id

ROOT = Path(__file__).resolve().parent
Build = Callable[[list[str] | None, dict[str, int] | None], tuple[Document, list[str]]]


@dataclass
class Spec:
    doc: str
    stem: str
    style: DocStyle
    build: Build
    headings: list[str] | None = None


def specs(board: Board) -> list[Spec]:
    out = []
    for year in board.years:
        plan, report = year.plan, year.report

        def plan_build(c, p, plan=plan):
            return write_plan(board, plan, c, p)

        def report_build(c, p, report=report, plan=plan):
            return write_report(board, report, plan, c, p)

        rname = (
            "accountability_report" if report.kind == "accountability_report" else "annual_report"
        )
        out.append(
            Spec(doc_id(board, year, "plan"), f"{year.key}_business_plan", plan.style, plan_build)
        )
        out.append(
            Spec(doc_id(board, year, "report"), f"{year.key}_{rname}", report.style, report_build)
        )
    return out


def build_board(board: Board, png_dir: Path | None) -> dict:
    out_dir = ROOT / board.slug
    out_dir.mkdir(exist_ok=True)
    for old in [*out_dir.glob("*.pdf"), *out_dir.glob("*.docx")]:
        old.unlink()
    todo = specs(board)
    with tempfile.TemporaryDirectory(prefix=f"cf-{board.slug}-") as tmp:
        work = Path(tmp)
        for spec in todo:
            doc, spec.headings = spec.build(None, None)
            wordkit.save(doc, work / f"{spec.stem}.docx")
        convert.to_pdf([work / f"{s.stem}.docx" for s in todo], work)
        again = [s for s in todo if s.style.contents]
        for spec in again:
            pages = convert.heading_pages(work / f"{spec.stem}.pdf", spec.headings or [], 2)
            doc, _ = spec.build(spec.headings, pages)
            wordkit.save(doc, work / f"{spec.stem}.docx")
        convert.to_pdf([work / f"{s.stem}.docx" for s in again], work)
        files = {s.doc: _publish(s, work, out_dir) for s in todo}
        truth = board_truth(board, files)
        # exact check against the Word files every document was made from
        problems = check.missing(truth, work, lambda p: check.docx_text(p.with_suffix(".docx")))
    problems += check.missing_words(truth, out_dir)
    (out_dir / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    for problem in problems:
        print("  TRUTH NOT IN DOCUMENT:", problem, file=sys.stderr)
    if png_dir is not None:
        _pngs(out_dir, png_dir)
    return {
        "board": board.slug,
        "files": sum(len(v) for v in files.values()),
        "problems": len(problems),
    }


def _publish(spec: Spec, work: Path, out_dir: Path) -> list[dict]:
    pdf = work / f"{spec.stem}.pdf"
    pages = convert.page_count(pdf)
    out = []
    if "docx" in spec.style.formats:
        shutil.copy(work / f"{spec.stem}.docx", out_dir / f"{spec.stem}.docx")
        out.append({"file": f"{spec.stem}.docx", "format": "docx", "pages": None})
    if "pdf" in spec.style.formats:
        shutil.copy(pdf, out_dir / f"{spec.stem}.pdf")
        out.append({"file": f"{spec.stem}.pdf", "format": "pdf", "pages": pages})
    return out


def _pngs(out_dir: Path, png_dir: Path) -> None:
    png_dir.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(out_dir.glob("*.pdf")):
        for page in range(1, convert.page_count(pdf) + 1):
            convert.render_png(pdf, page, png_dir / f"{out_dir.name}_{pdf.stem}_p{page:02d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--board", action="append", help="only this board (repeatable)")
    parser.add_argument("--png", type=Path, help="render every PDF page to PNG in DIR")
    args = parser.parse_args(argv)
    if not convert.soffice_available():
        print("LibreOffice (soffice) is needed to rebuild the corpora", file=sys.stderr)
        return 2
    failed = 0
    for board in BOARDS:
        if args.board and board.slug not in args.board:
            continue
        result = build_board(board, args.png)
        print(f"{result['board']}: {result['files']} files, {result['problems']} problems")
        failed += result["problems"]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
