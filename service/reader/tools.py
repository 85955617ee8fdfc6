"""The other work the service runs on uploaded files, under the same isolation and
limits as reading: `compare` (an edited draft against the draft) and `render` (a PDF
page as PNG). Each task returns JSON-ready data; `TASKS[name].decode` turns it back
into what the caller uses.
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from service.reader.fork import Outcome, run_isolated
from service.reader.limits import ReaderLimits


def compare_drafts(before: bytes | str, after: bytes | str) -> dict[str, Any]:
    """Two drafts (.docx bytes, or paths) → what a person changed, the share of sections and
    appendix rows they have in common (`drafting.compare.shared`), and whether the second
    is a tracked-suggestions copy, with the tool's insertions still undecided in it."""
    from dataclasses import asdict

    from drafting.compare import compare, read_draft, shared, tracked_state

    old, new = read_draft(before), read_draft(after)
    changes = [asdict(c) for c in compare(old, new)]
    tracked, still = tracked_state(after)
    return {
        "shared": shared(old, new),
        "changes": changes,
        "title": new.title,
        "tracked": tracked,
        "still_tracked": still,
    }


def render_page(path: str, page: int, bbox: list[float] | None, resolution: int) -> str:
    """A PDF page as PNG (base64), with `bbox` highlighted."""
    from service.web.page_images import render_page as render

    return base64.b64encode(render(path, page, bbox, resolution)).decode("ascii")


def _png(value: Any) -> bytes:
    return base64.b64decode(value)


def _as_is(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Task:
    run: Callable[..., Any]
    decode: Callable[[Any], Any] = _as_is


TASKS: dict[str, Task] = {
    "compare": Task(compare_drafts),
    "render": Task(render_page, _png),
}


def warm_tools() -> None:
    """What the tasks import, loaded once in the process that forks them."""
    for module in ("drafting.compare", "pdfplumber", "service.web.page_images"):
        importlib.import_module(module)


def run_task_json(name: str, args: tuple[Any, ...], *, limits: ReaderLimits, label: str) -> Any:
    """`TASKS[name]` run on `args` in a forked child: its outcome, JSON-ready."""
    return _run(name, args, limits=limits, label=label).to_dict()


def run_task(name: str, *args: Any, limits: ReaderLimits, label: str) -> Any:
    """`TASKS[name]` run on `args` in a forked child: its result, or its error raised."""
    return task_result(name, _run(name, args, limits=limits, label=label))


def _run(name: str, args: tuple[Any, ...], *, limits: ReaderLimits, label: str) -> Outcome:
    task = TASKS[name].run
    return run_isolated(lambda mark: task(*args), limits=limits, file=label)


def task_result(name: str, outcome: Outcome) -> Any:
    """An outcome's value decoded for the caller; its error raised as an exception."""
    if outcome.error is not None:
        raise outcome.error.exception()
    return TASKS[name].decode(outcome.value)
