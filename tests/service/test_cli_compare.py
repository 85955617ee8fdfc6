"""`carryforward compare` of two unrelated documents says so instead of listing
every heading as removed."""

from __future__ import annotations

from pathlib import Path

import docx
from typer.testing import CliRunner

from service.cli.app import app


def _doc(path: Path, headings: list[str]) -> Path:
    document = docx.Document()
    for k, heading in enumerate(headings, start=1):
        document.add_heading(f"{k}. {heading}", 1)
        document.add_paragraph(f"Text of {heading.lower()}.")
    document.save(str(path))
    return path


DRAFT = ["Introduction", "Governance", "Priorities", "Training", "Challenges", "Next year"]


def test_unrelated_documents_refused(tmp_path: Path) -> None:
    draft = _doc(tmp_path / "draft.docx", DRAFT)
    other = _doc(tmp_path / "minutes.docx", ["Apologies", "Matters arising", "AOB"])
    result = CliRunner().invoke(app, ["compare", str(draft), str(other)])
    assert result.exit_code == 1
    err = " ".join(result.stderr.split())
    assert "do not look like two versions of the same draft" in err
    assert "removed" not in result.stdout


def test_edited_draft_still_compared(tmp_path: Path) -> None:
    draft = _doc(tmp_path / "draft.docx", DRAFT)
    edited = _doc(tmp_path / "edited.docx", [*DRAFT[:5], "Looking ahead"])
    result = CliRunner().invoke(app, ["compare", str(draft), str(edited)])
    assert result.exit_code == 0, result.output
    assert "changed: heading 6" in result.stdout
