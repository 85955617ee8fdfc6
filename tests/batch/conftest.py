"""A region made of the corpora's boards (copied into a temporary folder) with one
broken file, and one process-pool run of it shared by the tests that compare to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.batch.run import BatchOptions, BatchResult, run_batch
from tests.conftest import CORPORA

BOARDS = ("harrowfield", "kestrelvale", "morrowby")
BROKEN = ("kestrelvale", "broken.pdf")


def make_region(root: Path, *, broken: bool = True) -> Path:
    region = root / "region"
    for board in BOARDS:
        shutil.copytree(CORPORA / board, region / board)
    if broken:
        # A real PDF cut short: the header is there, the body and trailer are not.
        source = CORPORA / "kestrelvale" / "2020-21_annual_report.pdf"
        (region / BROKEN[0] / BROKEN[1]).write_bytes(source.read_bytes()[:3000])
    return region


@pytest.fixture(scope="session")
def region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_region(tmp_path_factory.mktemp("batch"))


@pytest.fixture(scope="session")
def pool_run(region: Path, tmp_path_factory: pytest.TempPathFactory) -> BatchResult:
    out = tmp_path_factory.mktemp("pool") / "out"
    return run_batch(region, out, BatchOptions(workers=2, progress=False))


def outputs(out: Path) -> dict[str, bytes]:
    """Every output that must not depend on how or where the run happened: all files
    but the run log (timings), the cache and the XLSX (it stamps its creation time;
    compared by cell values instead)."""
    files = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if path.is_file() and not rel.startswith(".cache/") and rel not in ("run.json",):
            if rel.endswith(".xlsx"):
                continue
            files[rel] = path.read_bytes()
    return files


def xlsx_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return {s.title: [tuple(c.value for c in row) for row in s.iter_rows()] for s in book}
