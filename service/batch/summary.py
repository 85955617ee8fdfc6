"""The region's tables: one row per board, the themes boards share, the failures.

A board's figures describe the **latest plan year that a report has spoken to**: the
year Y is the latest action year (`nlp.ledger.period.action_year`) of any action with a
`reported_by` link in the ledger, and `priorities` and `actions` are those of the
board's plans for Y. Each of those actions is counted in exactly one status column, so
the six add up to `actions`: under the status of the latest progress row that reports
on it (`complete`, `in progress`, `planned`, `delayed`; `no status` when that row gives
none), or, when no row reports on it, `without evidence` if no evidence speaks to it
either (a gap of the ledger) and `no status` if only evidence does. `without evidence`
is therefore a share of its own, not a subset of another column; the two headers of
summary.csv that need it say so (STATUS_HEADERS), and so does the summary page.
`draft actions` and `draft gaps` are the draft's progress appendix for the next year.

Periods in a board's row are all written in one style, the one its draft uses for the
next year (which follows the board's latest report: "2022/23" or "2022-23");
`period style` names it (YYYY/YY, YYYY-YY).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

from drafting.model import Draft
from nlp.ledger import Ledger, action_year, reports_of
from nlp.periods import format_period, parse_period
from service.web.pages.years import one_style

STATUS_COLUMNS: Final = (
    "complete",
    "in_progress",
    "planned",
    "delayed",
    "unknown",
    "without_evidence",
)
STATUS_LABELS: Final = {
    "complete": "complete",
    "in_progress": "in progress",
    "planned": "planned",
    "delayed": "delayed",
    "unknown": "no status",
    "without_evidence": "without evidence",
}
STATUS_HEADERS: Final = {
    **STATUS_LABELS,
    "unknown": "no status (reported without one, or evidence only)",
    "without_evidence": "without evidence (no report, no evidence; a share of its own)",
}
"""The status columns' headers in summary.csv/.xlsx: the two that need it carry their
note, so the file explains itself and its first row stays the header."""

BOARD_HEADER: Final = (
    "board",
    "folder",
    "documents",
    "documents read",
    "documents failed",
    "pages",
    "year reported",
    "period style",
    "priorities",
    "actions",
    *(STATUS_HEADERS[k] for k in STATUS_COLUMNS),
    *(f"share {STATUS_LABELS[k]}" for k in STATUS_COLUMNS),
    "themes",
    "draft period",
    "draft actions",
    "draft gaps",
    "draft (docx)",
    "draft (html)",
    "ledger",
    "status",
)
THEME_HEADER: Final = ("theme", "boards", "board names", "mentions by board")
FAILURE_HEADER: Final = ("board", "folder", "file", "stage", "error", "message", "page")


def board_name(names: Iterable[str | None], folder: str) -> str:
    """A board's name: the one its documents give most often (`document.board`; the
    first of equals in file order), else its folder's name."""
    counts = Counter(n.strip() for n in names if n and n.strip())
    return counts.most_common(1)[0][0] if counts else folder


def display_names(boards: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Folder → the name to show: the board's name, with its folder added when two
    boards' documents give the same name."""
    names = [b.get("name") or b["board"] for b in boards]
    return {
        b["board"]: f"{n} ({b['board']})" if names.count(n) > 1 else n
        for b, n in zip(boards, names, strict=True)
    }


def reason(error: dict[str, Any] | None) -> str:
    """An error's message for people: without the exception class name that
    `tasks.error_dict` puts in front of it (failures.csv keeps it in `error`)."""
    if not error:
        return ""
    message = str(error.get("message") or "")
    kind = str(error.get("error") or "")
    if kind and message.startswith(f"{kind}: "):
        message = message[len(kind) + 2 :]
    return message if message != kind else ""


def board_reason(board: dict[str, Any]) -> str:
    """Why a board has no ledger or draft, in words, pointing to failures.csv."""
    documents = int(board.get("documents") or 0)
    if documents and not board.get("read"):
        if documents == 1:
            return "this board's only document could not be read; see failures.csv"
        return f"none of this board's {documents} documents could be read; see failures.csv"
    error = board.get("error") or {}
    why = reason(error) or "an unexpected error"
    stage = str(error.get("stage") or "")
    during = {"ledger": "linking its documents", "drafting": "drafting its report"}.get(stage)
    return f"{why} ({during}); see failures.csv" if during else f"{why}; see failures.csv"


def period_style(period: str) -> str:
    """How a period is written, digits as Y: "2022-23" → "YYYY-YY"."""
    return re.sub(r"\d", "Y", period)


def board_stats(ledger: Ledger, draft: Draft) -> dict[str, Any]:
    """Counts for one board (see the module docstring)."""
    reports = reports_of(ledger.documents, ledger.links)
    years = [action_year(f) for f in ledger.documents]
    reported = [
        y
        for f, y in zip(ledger.documents, years, strict=True)
        if y is not None and any(a.id in reports for a in f.actions)
    ]
    year = max(reported, default=None)
    plans = [f for f, y in zip(ledger.documents, years, strict=True) if y == year and f.actions]
    gaps = set(ledger.gaps)
    counts = dict.fromkeys(STATUS_COLUMNS, 0)
    for action in (a for f in plans for a in f.actions):
        rows = reports.get(action.id)
        status = rows[-1].status if rows else None
        if rows:
            counts[status if status in counts else "unknown"] += 1
        elif action.id in gaps:
            counts["without_evidence"] += 1
        else:  # only evidence speaks to it
            counts["unknown"] += 1
    priorities = {(p.number, p.title) for f in plans for p in f.priorities}
    like = draft.period if parse_period(draft.period) else "2000/01"
    return {
        "year": format_period(year, year + 1, like=like) if year is not None else "",
        "period_style": period_style(like),
        "priorities": len(priorities),
        "actions": sum(counts.values()),
        "counts": counts,
        "draft_period": draft.period,
        "draft_actions": len(draft.rows),
        "draft_gaps": len(draft.gaps),
    }


def share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def board_row(board: dict[str, Any], links: dict[str, str], name: str) -> list[object]:
    """One row of BOARD_HEADER from a board's record in the run (see run.py)."""
    stats = board.get("stats") or {}
    counts = {**dict.fromkeys(STATUS_COLUMNS, 0), **(stats.get("counts") or {})}
    actions = int(stats.get("actions", 0))
    keys = STATUS_COLUMNS
    return [
        name,
        board["board"],
        board["documents"],
        board["read"],
        board["failed"],
        board["pages"],
        stats.get("year", ""),
        stats.get("period_style", ""),
        stats.get("priorities", 0),
        actions,
        *(counts[k] for k in keys),
        *(share(counts[k], actions) for k in keys),
        "; ".join(board.get("themes", {})),
        stats.get("draft_period", ""),
        stats.get("draft_actions", 0),
        stats.get("draft_gaps", 0),
        links.get("docx", ""),
        links.get("html", ""),
        links.get("ledger", ""),
        board["status"],
    ]


def region_title(folder: str) -> str:
    """The region's name from its folder: "north_east" and "north-east" read "North
    East"; a name already written with capitals is kept."""
    words = " ".join(folder.replace("_", " ").replace("-", " ").split())
    return words.title() if words == words.lower() else words


def latest_years(boards: Sequence[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    """Each latest year reported with the boards at it (latest first), and whether the
    boards differ (then a regional total mixes years)."""
    by_year: dict[str, list[str]] = {}
    for b in boards:
        year = (b.get("stats") or {}).get("year")
        if year:
            by_year.setdefault(one_style(year), []).append(names[b["board"]])
    ordered = sorted(by_year.items(), key=lambda item: item[0], reverse=True)
    return {"by_year": ordered, "differ": len(by_year) > 1}


def theme_rows(shared: Sequence[dict[str, Any]]) -> list[list[object]]:
    return [
        [
            t["theme"],
            len(t["boards"]),
            "; ".join(t["boards"]),
            "; ".join(f"{b}: {n}" for b, n in t["mentions"].items()),
        ]
        for t in shared
    ]


def failure_rows(failures: Sequence[dict[str, Any]], names: dict[str, str]) -> list[list[object]]:
    return [
        [
            names.get(f["board"], f["board"]),
            f["board"],
            f.get("file") or "",
            f.get("stage") or "",
            f.get("error") or "",
            f.get("message") or "",
            "" if f.get("page") is None else f["page"],
        ]
        for f in failures
    ]
