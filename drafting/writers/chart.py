"""A status chart per priority: how many planned actions have each suggested status,
as a small horizontal bar chart (PNG). Same counts give the same bytes.

Drawn on a `matplotlib.figure.Figure` of its own, never through `pyplot`: pyplot keeps
global state (the current figure, the backend) that threads serving requests would
share, and a figure it does not know about needs no closing."""

from __future__ import annotations

import io
from functools import lru_cache

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from drafting.build.appendix import STATUS_LABELS
from drafting.model import StatusCounts

STATUS_COLOURS = {
    "complete": "#2e7d32",
    "in_progress": "#f9a825",
    "planned": "#1565c0",
    "delayed": "#c62828",
}
"""The colour of each reported status, in every chart (the batch summary's too)."""

COLOURS = {**STATUS_COLOURS, "unknown": "#9e9e9e", "gap": "#ffd54f"}
"""This chart's bars: the statuses, then no status (grey) and a gap (amber)."""


def chart_alt_text(counts: StatusCounts) -> str:
    """What one priority's chart shows, in words (its alt text in Word and HTML)."""
    parts = [f"{STATUS_LABELS[k].lower()} {n}" for k, n in counts.counts if n]
    return f"Bar chart of the planned actions under {counts.priority} by status: " + (
        ", ".join(parts) or "none"
    )


@lru_cache(maxsize=128)
def status_chart(counts: StatusCounts, *, dpi: int = 150) -> bytes:
    """PNG bytes of one priority's bar chart (drawn once per distinct counts: the Word,
    HTML and Markdown writers all ask for the same charts)."""
    keys = [k for k, _n in counts.counts]
    values = [n for _k, n in counts.counts]
    labels = [STATUS_LABELS[k] for k in keys]
    fig = Figure(figsize=(6.0, 2.4), dpi=dpi)
    ax = fig.subplots()
    bars = ax.barh(labels[::-1], values[::-1], color=[COLOURS[k] for k in keys[::-1]])
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_xlim(0, max([*values, 1]) + 1)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Planned actions", fontsize=9)
    ax.tick_params(labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
