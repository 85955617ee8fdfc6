"""`carryforward ledger DIR`: real files in, the view and the JSON contract out; a bad
file is reported and skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from service.cli.app import app
from tests.ledger.truth_findings import CORPORA


def _folder(tmp_path: Path) -> Path:
    source = CORPORA / "kestrelvale"
    files = sorted(source.glob("*.pdf"))[:2]
    for f in files:
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    return tmp_path


def test_ledger_json_and_bad_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(app, ["ledger", str(folder), "--json"])
    assert result.exit_code == 1  # one file failed; the others were linked
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 2
    assert {"links", "chains", "gaps"} <= set(data)


def test_ledger_view(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "broken.pdf").unlink()
    result = CliRunner().invoke(app, ["ledger", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Documents (by period)" in result.output


def test_not_a_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ledger", str(tmp_path / "missing")])
    assert result.exit_code == 2
