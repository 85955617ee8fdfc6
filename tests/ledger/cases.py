"""Hand-made plans and a report whose links are worked out by hand.

Plan 2018-19 (p1) → plan 2019-20 (p2):
- p1/1 → p2/1 `same`: only the list number, case and final stop differ;
- p1/2 → p2/2 `reworded`;
- p1/3 → p2/3 + p2/4 `split`: neglect, and exploitation plus missing, each get an action;
- p1/5 + p1/6 → p2/5 `merged`: assessments audit and panels evaluation become one;
- p1/4 dropped (no successor); p2/6 new (no predecessor).
Report 2018/19 (r1) reports on p1, rewording and renumbering every action:
- r1/1..r1/5 report on p1/1, p1/2, p1/3, p1/5, p1/6; p1/4 and p1/7 have no row;
- p1/7 has evidence: a narrative sentence of r1 speaks to it. So p1/4 is a gap.
"""

from __future__ import annotations

from nlp.findings.model import Findings
from tests.ledger.build import plan, report

P1 = [
    (
        "p1/1",
        "1",
        "1.1",
        "Review the Early Help Strategy to evaluate progress and identify next steps.",
    ),
    (
        "p1/2",
        "1",
        "1.2",
        "Deliver a multi-agency training programme of face to face courses, "
        "e-learning and practitioner briefings.",
    ),
    (
        "p1/3",
        "2",
        "2.1",
        "Develop and implement strategies to tackle neglect, child sexual "
        "exploitation and missing children.",
    ),
    ("p1/4", "2", "2.2", "Seek assurance on partnership work on female genital mutilation."),
    ("p1/5", "3", "3.1", "Audit the quality of Early Help Assessments."),
    ("p1/6", "3", "3.2", "Evaluate the Early Help Panels in each district."),
    (
        "p1/7",
        "3",
        "3.3",
        "Raise public awareness that keeping children safe is everyone's business.",
    ),
]
P2 = [
    (
        "p2/1",
        "1",
        "1.1",
        "1. Review the early help strategy to evaluate progress and identify next steps",
    ),
    (
        "p2/2",
        "1",
        "1.2",
        "Provide a programme of multi-agency safeguarding training: face-to-face "
        "courses, e-learning and briefings for practitioners.",
    ),
    ("p2/3", "2", "2.1", "Develop and implement a strategy to tackle childhood neglect."),
    (
        "p2/4",
        "2",
        "2.2",
        "Implement the child sexual exploitation and missing children strategy across partners.",
    ),
    (
        "p2/5",
        "3",
        "3.1",
        "Audit and evaluate the quality of Early Help Assessments and the Early "
        "Help Panels in every district.",
    ),
    ("p2/6", "3", "3.2", "Launch a new safeguarding app for young people."),
]
R1 = [
    ("r1/1", "Early Help Strategy review", "The review was presented in May.", "complete"),
    ("r1/2", "Multi-agency training programme", "40 courses ran.", "complete"),
    (
        "r1/3",
        "Strategies for neglect, CSE and missing children",
        "Neglect strategy agreed.",
        "in_progress",
    ),
    ("r1/4", "Audit of Early Help Assessments", "Audit done.", "complete"),
    ("r1/5", "Evaluation of Early Help Panels", "Not started.", "planned"),
]
R1_TEXT = [
    (
        "2.1",
        "The Board ran a campaign to raise public awareness that keeping children safe is "
        "everyone's business. It reached ten thousand people.",
    ),
]

LINEAGE = {
    ("p1/1", "p2/1", "same"),
    ("p1/2", "p2/2", "reworded"),
    ("p1/3", "p2/3", "split"),
    ("p1/3", "p2/4", "split"),
    ("p1/5", "p2/5", "merged"),
    ("p1/6", "p2/5", "merged"),
}
REPORTED = {
    ("p1/1", "r1/1", "reported_by"),
    ("p1/2", "r1/2", "reported_by"),
    ("p1/3", "r1/3", "reported_by"),
    ("p1/5", "r1/4", "reported_by"),
    ("p1/6", "r1/5", "reported_by"),
}


def documents(
    p1_file: str = "plan_2018.pdf", p2_file: str = "plan_2019.pdf", r1_file: str = "report_2018.pdf"
) -> list[Findings]:
    return [
        plan(p1_file, "2018-19", P1),
        plan(p2_file, "2019-20", P2),
        report(r1_file, "2018/19", R1, sections=R1_TEXT),  # type: ignore[arg-type]
    ]
