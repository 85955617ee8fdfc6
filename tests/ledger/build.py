"""Small hand-made Findings for ledger tests."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Progress, Section, Status


def _info(file: str, kind: str, period: str, fmt: str, actions_period: str | None) -> DocumentInfo:
    sha = hashlib.sha256(f"{file}|{kind}|{period}|{fmt}".encode()).hexdigest()
    return DocumentInfo(file, sha, fmt, 1, None, "Testshire", kind, period, actions_period)  # type: ignore[arg-type]


def plan(
    file: str,
    period: str,
    actions: Sequence[tuple[str, str, str, str]],
    *,
    actions_period: str | None = None,
    fmt: str = "pdf",
) -> Findings:
    """`actions`: (id, priority, number, text)."""
    info = _info(file, "business_plan", period, fmt, actions_period)
    src = Source(file, info.sha256)
    acts = tuple(Action(i, p, n, t, (), None, src) for i, p, n, t in actions)
    return Findings(info, actions=acts)


def report(
    file: str,
    period: str,
    progress: Sequence[tuple[str, str, str, Status]] = (),
    *,
    sections: Sequence[tuple[str, str]] = (),
    fmt: str = "pdf",
    kind: str = "annual_report",
) -> Findings:
    """`progress`: (id, action as the table words it, update, status); `sections`:
    (number, text)."""
    info = _info(file, kind, period, fmt, None)
    src = Source(file, info.sha256)
    rows = tuple(
        Progress(i, k, a, u, s, None, src, number=str(k))
        for k, (i, a, u, s) in enumerate(progress, start=1)
    )
    secs = tuple(Section(n, "Progress", t, src) for n, t in sections)
    return Findings(info, sections=secs, progress=rows)
