"""Golden block output for every document in corpora/.

Each golden file was read by a person against the rendered document. A missing golden
file fails; `pytest --update-golden` rewrites them, after which every diff is read
before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract
from tests.conftest import CORPORA, REPO
from tests.extract.outline import outline

GOLDEN = REPO / "tests" / "extract" / "golden"
DOCUMENTS = sorted(p for p in CORPORA.glob("*/*") if p.suffix in {".pdf", ".docx"} and p.is_file())


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_blocks_match_golden(path: Path, update_golden: bool) -> None:
    golden = GOLDEN / path.parent.name / f"{path.name}.txt"
    actual = outline(extract(path))
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {golden}; run pytest --update-golden and read it"
    assert actual == golden.read_text(encoding="utf-8")
