"""The board's findings with its people's corrections applied (the stored findings stay
as the reader made them; corrections are an input, never an edit of them)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.codec import decode
from nlp.corrections import Correction, Target, apply
from nlp.corrections.apply import twins_of
from nlp.findings.model import Findings
from service.web.store.tables import CorrectionRow


def correction_of(row: CorrectionRow, by: str) -> Correction:
    return Correction(
        id=row.uid,
        kind=row.kind,  # type: ignore[arg-type]
        target=decode(Target, row.target),
        value=row.value,
        by=by,
        at=row.at.isoformat(),
        extra=dict(row.extra),
    )


def corrected(read: dict[int, Findings], corrections: Sequence[Correction]) -> dict[int, Findings]:
    """Each document's findings with the corrections made on it or on its twin."""
    if not corrections:
        return read
    everyone = list(read.values())
    return {k: apply(f, corrections, twins_of(f, everyone)) for k, f in read.items()}
