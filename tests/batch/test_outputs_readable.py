"""The region's outputs as a regional lead opens them: the XLSX with widths, a frozen
header, percentages and working links; index.html titled with the region, a plain
summary first, a warning when the boards' latest years differ, the dashboard's
colours; each board's ledger link opening a readable page (Chromium, at 390 px too)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from service.batch.report_html import COLOURS, status_figure
from service.batch.run import BatchResult
from service.batch.summary import BOARD_HEADER, STATUS_COLUMNS
from tests.batch.conftest import BOARDS
from tests.conftest import REPO
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

APP_CSS = REPO / "service" / "web" / "static" / "app.css"
RAW_ID = re.compile(r"\b[ap]-[0-9a-f]{8}-|[0-9a-f]{12}:section:")


def test_the_xlsx_reads_like_a_prepared_sheet(pool_run: BatchResult) -> None:
    sheet = load_workbook(pool_run.out / "summary.xlsx")["boards"]
    assert sheet.freeze_panes == "A2"
    column = {h: i + 1 for i, h in enumerate(BOARD_HEADER)}
    width = sheet.column_dimensions["A"].width
    assert width >= len("Kestrel Vale Safeguarding Children Partnership") - 2
    for r in range(2, 2 + len(BOARDS)):
        share = sheet.cell(row=r, column=column["share complete"])
        assert share.number_format == "0%" and 0 <= share.value <= 1
        assert sheet.cell(row=r, column=column["actions"]).number_format == "General"
        ledger = sheet.cell(row=r, column=column["ledger"])
        assert ledger.hyperlink is not None and ledger.hyperlink.target.endswith("/ledger.html")
        assert (pool_run.out / ledger.hyperlink.target).is_file()


def test_the_summary_page_says_it_plainly_first(pool_run: BatchResult) -> None:
    page = (pool_run.out / "index.html").read_text(encoding="utf-8")
    assert "<title>Region: regional summary</title>" in page
    body = page[page.index("<body>") :]
    assert body.index('id="in-short"') < body.index("<table")
    assert body.index('id="years-differ"') < body.index("<table")
    warning = body[body.index('id="years-differ"') :].split("</p>")[0]
    for year in ("2019/20", "2022/23"):
        assert year in warning
    css = APP_CSS.read_text(encoding="utf-8")
    dashboard = dict(re.findall(r"--c-([a-z_]+):\s*(#[0-9a-f]{6})", css))
    dashboard["without_evidence"] = dashboard["gap"]
    assert {k: dashboard[k] for k in COLOURS} == COLOURS
    for colour in COLOURS.values():
        assert colour in page


@pytest.mark.slow
def test_the_ledger_link_opens_a_readable_page(pool_run: BatchResult) -> None:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's Chromium at /usr/bin/chromium")
    from playwright.sync_api import expect, sync_playwright

    index = (pool_run.out / "index.html").as_uri()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = chromium.new_page(viewport={"width": 390, "height": 844})
        page.goto(index)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "40-region-summary-390.png"))
        wide: int = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 400
        for label in ("Year reported", "Outputs"):  # stacked cells, none scrolled away
            cell = page.locator(f'table td[data-label="{label}"]').first
            cell.scroll_into_view_if_needed()
            box = cell.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, label
            assert box["width"] > 300, f"{label} is a full-width stacked cell"
        page.get_by_role("link", name="ledger", exact=True).first.click()
        expect(page).to_have_title(re.compile(r": ledger$"))
        text = page.locator("body").inner_text()
        assert "Planned:" in text and "Reported:" in text
        assert not RAW_ID.search(text) and "wording 1.00" not in text
        page.screenshot(path=str(SCREENSHOTS / "41-region-ledger-390.png"))
        chromium.close()


def test_each_board_folder_holds_its_ledger_page(pool_run: BatchResult) -> None:
    for board in BOARDS:
        folder = Path(pool_run.out) / "boards" / board
        assert (folder / "ledger.html").stat().st_size > 0
        assert (folder / "ledger.json").stat().st_size > 0


def test_the_status_chart_reads_in_percentages() -> None:
    counts = {key: 0 for key in STATUS_COLUMNS} | {"complete": 3, "delayed": 1}
    board = {
        "board": "harrowfield",
        "name": "Harrowfield",
        "stats": {"actions": 4, "counts": counts},
    }
    figure = status_figure([board])
    assert figure is not None
    axis = figure.axes[0].xaxis
    labels = [
        axis.get_major_formatter()(tick, i) for i, tick in enumerate(axis.get_majorticklocs())
    ]
    assert labels[0] == "0%" and labels[-1] == "100%", labels
