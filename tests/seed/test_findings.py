"""The seed report, rendered to PDF and Word by tests/seed, read by the findings stage.

Expected values are the ones a reader counts in the seed: 3 priorities; 16 actions
for 2018-19 (7, 4 and 5 per priority); 13 progress rows in Appendix 3.
"""

from __future__ import annotations

import pytest

import nlp
from extract import extract
from nlp.findings.model import Findings
from tests.seed.parse import load

SEED = load()
pytestmark = pytest.mark.skipif(SEED is None, reason="../shared seed not present")


@pytest.fixture(scope="module", params=["pdf", "docx"])
def findings(request: pytest.FixtureRequest) -> Findings:
    assert SEED is not None
    if request.param == "pdf":
        from tests.seed.to_pdf import render
    else:
        from tests.seed.to_docx import render  # type: ignore[no-redef]
    return nlp.find(extract(render(SEED), filename=f"seed.{request.param}"))


def test_kind_and_period(findings: Findings) -> None:
    assert findings.document.kind == "accountability_report"
    assert findings.document.period == "2017/18"


def test_three_priorities_with_outcomes(findings: Findings) -> None:
    assert [p.number for p in findings.priorities] == ["1", "2", "3"]
    assert [len(p.outcomes) for p in findings.priorities] == [5, 3, 1]
    assert not findings.priorities[0].title.lower().startswith("priority")


def test_sixteen_actions_for_2018_19(findings: Findings) -> None:
    per_priority = [sum(a.priority == n for a in findings.actions) for n in ("1", "2", "3")]
    assert per_priority == [7, 4, 5]
    assert {a.period for a in findings.actions} == {"2018-19"}
    for n in ("1", "2", "3"):
        numbers = [a.number for a in findings.actions if a.priority == n]
        assert numbers == [str(i) for i in range(1, len(numbers) + 1)]


def test_actions_that_introduce_lists_keep_their_items(findings: Findings) -> None:
    second = [a for a in findings.actions if a.priority == "2"]
    assert [len(a.items) for a in second] == [3, 0, 0, 3]
    assert second[0].text.rstrip().endswith(":")


def test_thirteen_progress_rows(findings: Findings) -> None:
    assert [p.row for p in findings.progress] == list(range(1, 14))
    assert [p.number for p in findings.progress] == [str(i) for i in range(1, 14)]
    assert all(p.update for p in findings.progress)
    # rows 9 and 10 keep the bullets of their actions
    assert findings.progress[8].action.count("\n- ") == 3
    assert findings.progress[9].action.count("\n- ") == 5


def test_statuses_named_in_the_issue(findings: Findings) -> None:
    status = {p.number: p.status for p in findings.progress}
    assert status["3"] == "complete"  # analysis presented to the Board in November
    assert status["9"] == "in_progress"  # the Board is currently overseeing the review
    assert status["13"] == "planned"  # evaluation included in next year's programme
    assert all(p.status_cue for p in findings.progress)


def test_people_with_roles(findings: Findings) -> None:
    people = {p.name: p for p in findings.people}
    assert people["Simon Cross"].role == "Business Manager"
    assert people["Dennis Wilkes"].role == "AD"
    assert people["Dennis Wilkes"].organisation == "Public Health"
    assert people["Claire Bell"].organisation == "West Midlands Police"
    assert "Brigid Jones" in people and "Carl Rice" in people
    assert not any(n.startswith(("Dr", "Cllr", "Detective")) for n in people)


def test_numbered_sections(findings: Findings) -> None:
    numbers = [s.number for s in findings.sections]
    assert "3.3.1" in numbers
    section = next(s for s in findings.sections if s.number == "3.3.1")
    assert section.heading.startswith("Effective Governance")
