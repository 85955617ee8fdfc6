"""The charts are drawn on `Figure` objects of their own: drawing them never loads
`matplotlib.pyplot` (whose global figure state threads serving requests would share),
and the same counts give the same PNG bytes."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from drafting.model import StatusCounts
from drafting.writers.chart import status_chart

COUNTS = StatusCounts("1", (("complete", 3), ("in_progress", 1), ("unknown", 2), ("gap", 1)))


def test_status_chart_is_a_png_and_repeatable() -> None:
    first = status_chart(COUNTS)
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    status_chart.cache_clear()
    assert status_chart(COUNTS) == first
    assert status_chart(COUNTS, dpi=72) != first


def test_drawing_never_loads_pyplot() -> None:
    code = textwrap.dedent(
        """
        import sys
        from drafting.model import StatusCounts
        from drafting.writers.chart import status_chart
        from service.batch.report_html import status_chart as boards_chart, theme_chart
        from service.batch.summary import STATUS_COLUMNS

        status_chart(StatusCounts("1", (("complete", 2), ("gap", 1))))
        stats = {"actions": 2, "counts": {**dict.fromkeys(STATUS_COLUMNS, 0), "complete": 2}}
        boards_chart([{"board": "b", "stats": stats}])
        theme_chart([{"theme": "neglect", "boards": ["a", "b"]}])
        print(sorted(m for m in sys.modules if m.startswith("matplotlib.pyplot")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
