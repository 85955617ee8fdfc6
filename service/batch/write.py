"""The region's outputs from a finished run: summary.csv, themes.csv, failures.csv,
summary.xlsx (the three tables as sheets, links clickable) and index.html."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from service.batch import summary, themes
from service.batch.report_html import write_summary_html
from service.batch.tables_out import write_csv, write_xlsx
from service.batch.version import PIPELINE_VERSION

if TYPE_CHECKING:
    from service.batch.run import BatchResult

LINK_COLUMNS = {"docx": "draft (docx)", "html": "draft (html)", "ledger": "ledger"}
PAGE_LINKS = {**LINK_COLUMNS, "ledger_json": "ledger (JSON)"}


def _links(board: dict[str, Any]) -> dict[str, str]:
    return {k: quote(v) for k, v in board.get("outputs", {}).items()}


def write_summary(result: BatchResult, *, region_name: str) -> None:
    out = result.out
    boards = result.boards
    names = summary.display_names(boards)
    by_folder = {b["board"]: b for b in boards}
    shared = themes.shared({names[b["board"]]: b["themes"] for b in boards})
    board_rows = [summary.board_row(b, _links(b), names[b["board"]]) for b in boards]
    theme_rows = summary.theme_rows(shared)
    failure_rows = summary.failure_rows(result.failures, names)
    write_csv(out / "summary.csv", summary.BOARD_HEADER, board_rows)
    write_csv(out / "themes.csv", summary.THEME_HEADER, theme_rows)
    write_csv(out / "failures.csv", summary.FAILURE_HEADER, failure_rows)
    link_cells = {
        ("boards", r, summary.BOARD_HEADER.index(column)): link
        for r, b in enumerate(boards)
        for key, column in LINK_COLUMNS.items()
        if (link := _links(b).get(key))
    }
    write_xlsx(
        out / "summary.xlsx",
        {
            "boards": (summary.BOARD_HEADER, board_rows),
            "themes": (summary.THEME_HEADER, theme_rows),
            "failures": (summary.FAILURE_HEADER, failure_rows),
        },
        links=link_cells,
        percents={
            ("boards", c) for c, h in enumerate(summary.BOARD_HEADER) if h.startswith("share ")
        },
    )
    page_boards = [
        {
            **b,
            "name": names[b["board"]],
            "reason": summary.board_reason(b) if b["status"] == "failed" else "",
            "links": [(label, _links(b)[k]) for k, label in PAGE_LINKS.items() if k in _links(b)],
        }
        for b in boards
    ]
    write_summary_html(
        out / "index.html",
        {
            "region": summary.region_title(region_name),
            "years": summary.latest_years(boards, names),
            "boards": page_boards,
            "shared": shared,
            "failures": [
                {
                    **f,
                    "name": names.get(f["board"], f["board"]),
                    "reason": summary.reason(f)
                    if f.get("file") or f["board"] not in by_folder
                    else summary.board_reason(by_folder[f["board"]]),
                }
                for f in result.failures
            ],
            "documents": len(result.documents),
            "read": sum(b["read"] for b in boards),
            "pipeline_version": PIPELINE_VERSION,
        },
    )
