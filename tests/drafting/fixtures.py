"""Findings and Ledgers built by hand, for developing the draft before (and apart from)
the real findings and ledger stages.

`seed_findings()` reads the seed dump at run time (nothing of it is copied here) into
the Findings the nlp stage is meant to produce for it; `newer_report()` is a small
fictional 2018/19 report with invented sentences, linked to some seed actions.
"""

from __future__ import annotations

from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Person, Priority, Progress, Section
from nlp.ledger import Ledger, Link
from tests.seed.parse import Seed, load

SEED_FILE = "seed.docx"
SEED_SHA = "5eed" * 16
NEW_FILE = "annual-report-2018-19.docx"
NEW_SHA = "abcd" * 16


def _src(k: int, file: str = SEED_FILE, sha: str = SEED_SHA, **cell: int) -> Source:
    return Source(file=file, sha256=sha, paragraph=None if cell else k, **cell)


def seed_findings(seed: Seed | None = None) -> Findings | None:
    seed = seed or load()
    if seed is None:
        return None
    sections: list[Section] = []
    k = 1
    for sec in seed.sections:
        sections.append(Section(sec.number, sec.heading, "", _src(k)))
        k += 1
        for para in sec.paragraphs:
            text = "\n".join([para.text, *para.items])
            sections.append(Section(para.number, sec.heading, text, _src(k)))
            k += 1
    sections.append(Section(None, "List of Appendices", "", _src(k)))
    sections.append(
        Section(
            None,
            "Overview of Progress – Year One: Business Improvement Plan 2017-19",
            "",
            _src(k + 1),
        )
    )
    priorities, actions = [], []
    for r, row in enumerate(seed.plan.rows, start=1):
        title = row.priority.split(":", 1)[-1].strip()
        outcomes = tuple(o.text for o in row.outcomes)
        priorities.append(
            Priority(row.priority_number, title, outcomes, _src(0, table=1, row=r, cell=0))
        )
        for a in row.actions:
            actions.append(
                Action(
                    f"a-seed-{row.priority_number}-{a.number}",
                    row.priority_number,
                    a.number,
                    a.text,
                    a.items,
                    "2018-19",
                    _src(0, table=1, row=r, cell=2),
                )
            )
    progress = [
        Progress(
            f"p-seed-{p.number}",
            i,
            p.action,
            p.update,
            "unknown",
            None,
            _src(0, table=2, row=i + 1, cell=1),
            number=p.number,
        )
        for i, p in enumerate(seed.progress.rows)
    ]
    people = [
        Person(name, role, org, _src(0))
        for name, role, org in (
            ("Simon Cross", "Business Manager", None),
            ("Michelle McLoughlin", "Co-Chair, Learning and Development Sub-Group", None),
            ("Dawn Roberts", "Co-Chair, Quality, Impact and Outcomes Sub-Group", None),
            ("Penny Thompson", "Independent Chair", None),
        )
    ]
    info = DocumentInfo(
        SEED_FILE,
        SEED_SHA,
        "docx",
        20,
        seed.title,
        "Birmingham Safeguarding Children Board",
        "accountability_report",
        "2017/18",
        "2018-19",
    )
    return Findings(
        info, tuple(sections), tuple(priorities), tuple(actions), tuple(progress), tuple(people)
    )


def newer_report() -> Findings:
    """A fictional 2018/19 annual report (invented sentences)."""
    src = lambda k, **c: _src(k, NEW_FILE, NEW_SHA, **c)  # noqa: E731
    sections = (
        Section("1", "Effective Governance", "", src(3)),
        Section(
            "1.1",
            "Effective Governance",
            "The partners have agreed the new arrangements and published them in June. "
            "The Board met six times.",
            src(4),
        ),
        Section("2", "Learning from reviews", "", src(5)),
        Section(
            "2.1",
            "Learning from reviews",
            "Two serious case reviews were published and their learning was shared "
            "with practitioners.",
            src(6),
        ),
    )
    progress = (
        Progress(
            "p-new-1",
            0,
            "deliver the plan",
            "Work programmes were completed for all sub-groups.",
            "complete",
            None,
            src(0, table=1, row=1, cell=1),
            number="1",
            status_cue="completed",
        ),
    )
    info = DocumentInfo(
        NEW_FILE,
        NEW_SHA,
        "docx",
        8,
        "Annual Report 2018/19",
        "Birmingham Safeguarding Children Board",
        "annual_report",
        "2018/19",
    )
    return Findings(info, sections, (), (), progress, ())


def seed_ledger(with_newer: bool = False) -> Ledger | None:
    seed = seed_findings()
    if seed is None:
        return None
    if not with_newer:
        return Ledger((seed,), (), ())
    newer = newer_report()
    links = (
        Link("a-seed-1-1", "p-new-1", "reported_by", 0.9, "number and wording"),
        Link(
            "a-seed-1-3",
            f"{NEW_SHA[:12]}:section:1",
            "evidence",
            0.6,
            "shared phrase",
            sentence="The partners have agreed the new arrangements and published them in June.",
        ),
        Link("a-seed-1-3", "p-seed-3", "reported_by", 0.5, "older report"),
    )
    return Ledger((seed, newer), links, (("a-seed-1-3",),))
