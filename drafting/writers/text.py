"""Draft → HTML and Markdown, through the jinja2 templates in `drafting/templates/`
(autoescaped for HTML). Same content as the Word draft; sources are links."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from drafting.build.appendix import STATUS_LABELS
from drafting.model import Draft, StatusCounts
from drafting.writers.chart import chart_alt_text, status_chart
from drafting.writers.citations import collect

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@dataclass(frozen=True)
class ChartView:
    priority: str
    counts: tuple[tuple[str, int], ...]
    png: str
    alt: str


def _env(autoescape: bool) -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _cell(text: object) -> str:
    """Markdown table cell text: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def write_html(draft: Draft, path: str | Path | None = None) -> str:
    charts = [_chart(c, png=True) for c in draft.charts]
    text = (
        _env(True)
        .get_template("draft.html.j2")
        .render(draft=draft, cites=collect(draft), status_labels=STATUS_LABELS, charts=charts)
    )
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def write_md(draft: Draft, path: str | Path | None = None) -> str:
    charts = [_chart(c, png=False) for c in draft.charts]
    env = _env(False)
    env.globals["cell"] = _cell
    text = env.get_template("draft.md.j2").render(
        draft=draft, cites=collect(draft), status_labels=STATUS_LABELS, charts=charts
    )
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def _chart(counts: StatusCounts, *, png: bool) -> ChartView:
    data = base64.b64encode(status_chart(counts)).decode("ascii") if png else ""
    return ChartView(counts.priority, tuple(counts.counts), data, chart_alt_text(counts))
