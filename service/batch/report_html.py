"""The region's summary page: one HTML file (jinja2, autoescaped) with its charts
embedded as PNG (matplotlib `Figure`s, never `pyplot`), linking to every board's outputs."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from service.batch.summary import STATUS_COLUMNS, STATUS_LABELS, share
from service.batch.tables_out import write_atomic

COLOURS = {
    "complete": "#2e7d5b",
    "in_progress": "#3b82c4",
    "planned": "#9aa5b1",
    "delayed": "#d9822b",
    "unknown": "#c4cdd5",
    "without_evidence": "#c2410c",
}
"""The statuses' colours are the service dashboard's (`--c-<status>` in
service/web/static/app.css; "without evidence" is its "gap"), so a regional lead reads
the same colour for the same status on both."""


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def status_chart(boards: Sequence[dict[str, Any]]) -> str | None:
    """Stacked bars: each board's actions by status, as shares (base64 PNG)."""
    fig = status_figure(boards)
    return _png(fig) if fig is not None else None


def status_figure(boards: Sequence[dict[str, Any]]) -> Figure | None:
    """The status chart's figure: shares on an axis read as percentages."""
    rows = [b for b in boards if b.get("stats") and b["stats"]["actions"]]
    if not rows:
        return None
    fig = Figure(figsize=(7.5, 0.5 * len(rows) + 1.4), dpi=110)
    ax = fig.subplots()
    names = [b.get("name") or b["board"] for b in rows][::-1]
    left = [0.0] * len(rows)
    for key in STATUS_COLUMNS:
        values = [share(b["stats"]["counts"][key], b["stats"]["actions"]) for b in rows][::-1]
        ax.barh(names, values, left=left, color=COLOURS[key], label=STATUS_LABELS[key])
        left = [a + v for a, v in zip(left, values, strict=True)]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("Share of the actions of the latest year reported")
    ax.legend(ncols=3, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.35))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def theme_chart(shared: Sequence[dict[str, Any]]) -> str | None:
    """Horizontal bars: how many boards mention each shared theme (base64 PNG)."""
    if not shared:
        return None
    fig = Figure(figsize=(7.5, 0.4 * len(shared) + 1.0), dpi=110)
    ax = fig.subplots()
    names = [t["theme"] for t in shared][::-1]
    bars = ax.barh(names, [len(t["boards"]) for t in shared][::-1], color="#5e35b1")
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Boards whose plans mention the theme")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def write_summary_html(path: Path, context: dict[str, Any]) -> str:
    """Render `summary.html.j2` with `context` (see run.py) and its charts."""
    env = Environment(
        loader=PackageLoader("service.batch", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    html = env.get_template("summary.html.j2").render(
        **context,
        status_png=status_chart(context["boards"]),
        theme_png=theme_chart(context["shared"]),
        labels=STATUS_LABELS,
        status_columns=STATUS_COLUMNS,
        share=share,
        colours=COLOURS,
    )
    write_atomic(path, html.encode("utf-8"))
    return html
