"""Findings and Ledgers built by hand, for testing the draft apart from the real findings
and ledger stages.

`corpus_findings()` gives what the findings stage is meant to find in two of Harrowfield's
documents (the invented demo board, `corpora/harrowfield`), built from the generator's
truth.json and board data (tests/corpus.py), never from our own output: the 2017/18
Accountability Report (its numbered sections, the two appendix headings, the 13 rows of
its `Planned Action | Update` appendix, the people it names with their roles) and the
Business Improvement Plan refreshed for 2018/19 (its priorities and 14 planned actions).
`newer_report()` is a small fictional 2018/19 annual report with invented sentences,
linked to some of those actions.
"""

from __future__ import annotations

from typing import Any

from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Person, Priority, Progress, Section
from nlp.ledger import Ledger, Link
from tests.corpus import board_data, document, of_doc, outline, report, truth

BOARD = "harrowfield"
YEAR = "2017-18"
REPORT_FILE = "harrowfield-report-2017-18.docx"
REPORT_SHA = "aaaa" * 16
PLAN_FILE = "harrowfield-plan-2018-19.docx"
PLAN_SHA = "bbbb" * 16
NEW_FILE = "annual-report-2018-19.docx"
NEW_SHA = "abcd" * 16

REPORT_DOC = f"{BOARD}/2017-18/report"
PLAN_DOC = f"{BOARD}/2018-19/plan"
REPORTED = f"{PLAN_DOC}/A1.1"
"""The action the newer report's progress row reports on."""
EVIDENCED = f"{PLAN_DOC}/A1.2"
"""The action the newer report's sentence is evidence for; last year's row on the action
it continues is its history."""


def _src(k: int, file: str = REPORT_FILE, sha: str = REPORT_SHA, **cell: int) -> Source:
    return Source(file=file, sha256=sha, paragraph=None if cell else k, **cell)


def board_name() -> str:
    return board_data(BOARD).name


def report_findings() -> Findings:
    """The 2017/18 Accountability Report: sections, appendix rows, people."""
    data, entry = truth(BOARD), document(BOARD, "2017-18_accountability_report.pdf")
    sections: list[Section] = []
    heading = ""
    for k, numbered in enumerate(outline(BOARD, YEAR), start=1):
        if numbered.heading:
            heading = numbered.text
            sections.append(Section(numbered.number, heading, "", _src(k)))
        else:
            text = "\n".join([numbered.text, *numbered.items])
            sections.append(Section(numbered.number, heading, text, _src(k)))
    k = len(sections) + 1
    appendices = ("Membership of the Board", report(BOARD, YEAR).progress_title)
    for n, title in enumerate(appendices, start=1):
        sections.append(Section(None, f"Appendix {n}: {title}", "", _src(k + n)))
    progress = [
        Progress(
            row["id"],
            row["row"],
            "\n- ".join([row["action"], *row["action_items"]]),
            row["update"],
            row["statuses"][0],
            None,
            _src(0, table=2, row=row["row"], cell=1),
            number=str(row["row"]),
            status_cue="as the truth says",
        )
        for row in of_doc(data, "progress", REPORT_DOC)
    ]
    people = {
        p["name"]: Person(p["name"], p["role"], None, _src(0))
        for p in of_doc(data, "people", REPORT_DOC)
        if p["role"]
    }
    info = DocumentInfo(
        REPORT_FILE,
        REPORT_SHA,
        "docx",
        entry["pages"],
        entry["title"],
        board_name(),
        entry["kind"],
        entry["period"],
    )
    return Findings(info, tuple(sections), (), (), tuple(progress), tuple(people.values()))


def plan_findings() -> Findings:
    """The Business Improvement Plan refreshed for 2018/19: priorities and actions."""
    data, entry = truth(BOARD), document(BOARD, "2018-19_business_plan.pdf")
    src = lambda **c: _src(0, PLAN_FILE, PLAN_SHA, **c)  # noqa: E731
    truth_priorities = of_doc(data, "priorities", PLAN_DOC)
    rows = {p["number"]: r for r, p in enumerate(truth_priorities, start=1)}
    priorities = tuple(
        Priority(p["number"], p["title"], tuple(p["outcomes"]), src(table=1, row=r, cell=0))
        for r, p in enumerate(truth_priorities, start=1)
    )
    actions = tuple(
        Action(
            a["id"],
            a["priority"],
            a["number"],
            a["text"],
            tuple(a["items"]),
            a["period"].replace("/", "-"),
            src(table=1, row=rows[a["priority"]], cell=2),
        )
        for a in of_doc(data, "actions", PLAN_DOC)
    )
    info = DocumentInfo(
        PLAN_FILE,
        PLAN_SHA,
        "docx",
        entry["pages"] or 1,
        entry["title"],
        board_name(),
        "business_plan",
        entry["period"],
        entry["actions_period"].replace("/", "-"),
    )
    return Findings(info, (), priorities, actions, (), ())


def newer_report() -> Findings:
    """A fictional 2018/19 annual report (invented sentences) under two of last year's
    headings."""
    src = lambda k, **c: _src(k, NEW_FILE, NEW_SHA, **c)  # noqa: E731
    governance, practice = (s.heading for s in report(BOARD, YEAR).sections[2:4])
    sections = (
        Section("1", governance, "", src(3)),
        Section(
            "1.1",
            governance,
            "The four boards have agreed the joint protocol and published it in June. "
            "The Board met six times.",
            src(4),
        ),
        Section("2", practice, "", src(5)),
        Section(
            "2.1",
            practice,
            "Two serious case reviews were published and their learning was shared "
            "with practitioners.",
            src(6),
        ),
    )
    progress = (
        Progress(
            "p-new-1",
            1,
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
        board_name(),
        "annual_report",
        "2018/19",
    )
    return Findings(info, sections, (), (), progress, ())


def older_row(action_id: str) -> dict[str, Any]:
    """The 2017/18 appendix row on the 2017/18 action `action_id` continues (truth links)."""
    links = truth(BOARD)["links"]
    before = next(
        lk["from"] for lk in links if lk["to"] == action_id and lk["kind"] != "reported_by"
    )
    return next(
        r for r in of_doc(truth(BOARD), "progress", REPORT_DOC) if before in r["reports_on"]
    )


def corpus_ledger(with_newer: bool = False) -> Ledger:
    report_, plan = report_findings(), plan_findings()
    if not with_newer:
        return Ledger((report_, plan), (), ())
    newer = newer_report()
    links = (
        Link(REPORTED, "p-new-1", "reported_by", 0.9, "number and wording"),
        Link(
            EVIDENCED,
            f"{NEW_SHA[:12]}:section:1",
            "evidence",
            0.6,
            "shared phrase",
            sentence="The four boards have agreed the joint protocol and published it in June.",
        ),
        Link(EVIDENCED, older_row(EVIDENCED)["id"], "reported_by", 0.5, "older report"),
    )
    return Ledger((report_, plan, newer), links, ((EVIDENCED,),))
