"""The spaCy Doc's results turned into `Findings` (the DESIGN.md contract), with ids."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.model import Document
from nlp.findings.ids import make_id
from nlp.findings.model import Action, DocumentInfo, Findings, Person, Progress
from nlp.findings.plan_tables import ActionCandidate
from nlp.findings.progress import ProgressRowCandidate
from nlp.findings.sections import find_sections
from nlp.findings.sketch import sketch


def to_findings(document: Document, doc: Doc) -> Findings:
    kp = doc._.kind_period
    actions = tuple(
        _action(document.sha256, d, kp.actions_period or kp.period) for d in doc._.actions
    )
    periods = {a.period for a in actions if a.period}
    actions_period = kp.actions_period
    if actions_period is None and len(periods) == 1 and periods != {kp.period}:
        actions_period = next(iter(periods))
    info = DocumentInfo(
        file=document.file,
        sha256=document.sha256,
        format=document.format,
        pages=document.pages,
        title=document.title,
        board=kp.board,
        kind=kp.kind,
        period=kp.period,
        actions_period=actions_period,
        kind_reading=kp.kind_reading,
        period_reading=kp.period_reading,
        board_reading=kp.board_reading,
        text_sketch=sketch(document),
        reading_notes=document.warnings,
    )
    people: tuple[Person, ...] = doc._.people
    return Findings(
        document=info,
        sections=find_sections(document),
        priorities=doc._.registry.priorities(),
        actions=actions,
        progress=tuple(_progress(document.sha256, p) for p in doc._.progress),
        people=people,
    )


def _action(sha256: str, d: ActionCandidate, period: str | None) -> Action:
    return Action(
        id=make_id(sha256, "action", *d.position),
        priority=d.priority,
        number=d.number,
        text=d.text,
        items=tuple(d.items),
        period=d.period or period,
        source=d.source,
        lead=d.lead,
        timescale=d.timescale,
        reading=d.reading,
    )


def _progress(sha256: str, p: ProgressRowCandidate) -> Progress:
    return Progress(
        id=make_id(sha256, "progress", *p.position),
        row=p.row,
        action=p.action,
        update=p.update,
        status=p.decision.status,
        rag=p.decision.rag,
        source=p.source,
        number=p.number,
        status_cue=p.decision.cue,
        reading=p.reading,
    )
