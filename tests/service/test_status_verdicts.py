"""The Chair accepts or rejects each appendix row's suggested status (API and page
forms, real app, real SQLite, real corpus files): verdicts are versions, the .docx
writes an accepted or chosen status and never a rejected one as if confirmed, bad
input changes nothing, the roles are the sentence verdicts' roles."""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient

from service.web.store import people
from tests.service.conftest import PASSWORD, Board, browser_signed_in, upload, wait_done

# A plan with last year's report on it and this year's report: every row has an update.
STATUS_SET = (
    "2018-19_accountability_report.pdf",
    "2019-20_accountability_report.pdf",
    "2019-20_business_plan.docx",
)
PERIOD = "2019/20"
HTML = {"Accept": "text/html"}
LABELS = {
    "complete": "Complete",
    "in_progress": "In progress",
    "planned": "Planned",
    "delayed": "Delayed",
    "unknown": "Not known",
}


def status_board(client: TestClient, name: str, outsider_token: str) -> Board:
    """A board of its own (so the shared boards' drafts stay as they are): a manager,
    a chair, and `outsider_token` as "other", a user of another board."""
    services = client.app.state.services  # type: ignore[attr-defined]
    tokens = {"other": outsider_token}
    with services.db.session() as s:
        board = people.create_board(s, name)
        for role in ("manager", "chair"):
            email = f"{name.lower()}-{role}@example.org"
            user = people.create_user(s, email, role, PASSWORD, cost=2**10)
            people.set_role(s, user, board, role)
            tokens[role] = people.issue_token(s, user)
        board_id = board.id
    made = Board(client, board_id, -1, tokens)
    response = upload(made, STATUS_SET)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    assert all(d["status"] == "done" for d in wait_done(made, ids, timeout=300))
    return made


def mine_email(role: str) -> str:
    return f"statusfield-{role}@example.org"


def new_draft(board: Board) -> dict[str, Any]:
    url = f"/api/boards/{board.id}/drafts"
    response = board.as_("manager", "POST", url, json={"period": PERIOD})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def status_cells(content: bytes) -> dict[str, str]:
    """The progress appendix of a .docx: action text (first 60 characters) → the first
    line of its status cell."""
    document = docx.Document(io.BytesIO(content))
    table = next(t for t in document.tables if t.rows[0].cells[-1].text.strip() == "Status")
    cells = {}
    for row in table.rows[1:]:
        action, _, status = (c.text.strip() for c in row.cells)
        if action != status:  # not a priority band (one merged cell)
            cells[action.split(". ", 1)[-1][:60]] = status.splitlines()[0]
    return cells


def status_comments(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    part = next(p for p in document.part.package.parts if p.partname.endswith("comments.xml"))
    return part.blob.decode("utf-8")


@pytest.fixture(scope="module")
def mine(board: Board) -> Board:
    return status_board(board.client, "Statusfield", board.tokens["chair"])


@pytest.fixture()
def draft(mine: Board) -> dict[str, Any]:
    return new_draft(mine)


def url(board: Board, draft: dict[str, Any], tail: str = "") -> str:
    return f"/api/boards/{board.id}/drafts/{draft['id']}{tail}"


def verdict(
    board: Board, draft: dict[str, Any], row: int, word: str, who: str = "chair", **body: Any
) -> Any:
    tail = f"/rows/{row}/status/{word}"
    return board.as_(who, "POST", url(board, draft, tail), json=body or None)


def test_every_row_with_an_update_has_a_pending_status_suggestion(
    mine: Board, draft: dict[str, Any]
) -> None:
    rows = draft["draft"]["rows"]
    suggestions = draft["status_suggestions"]
    assert len(rows) > 3 and all(not r["gap"] for r in rows)
    assert [s["row"] for s in suggestions] == list(range(len(rows)))
    assert {s["state"] for s in suggestions} == {"pending"}
    assert [s["suggested"] for s in suggestions] == [r["status"] for r in rows]
    assert {r["status_review"] for r in rows} == {"suggested"}
    assert suggestions[0]["id"] == "r0.status" and suggestions[0]["cue"]


def test_accept_reject_and_choose_are_versions_and_reach_the_docx(
    mine: Board, draft: dict[str, Any]
) -> None:
    rows = draft["draft"]["rows"]
    accepted, chosen, left = 0, 1, 2
    instead = next(s for s in ("delayed", "planned") if s != rows[chosen]["status"])

    response = verdict(mine, draft, accepted, "accept", version=1)
    assert response.status_code == 200, response.text
    response = verdict(mine, draft, chosen, "reject", status=instead, version=2)
    assert response.status_code == 200, response.text
    response = verdict(mine, draft, left, "reject", version=3)
    assert response.status_code == 200, response.text

    now = response.json()
    assert now["version"] == 4
    states = {s["row"]: (s["state"], s["status"]) for s in now["status_suggestions"]}
    assert states[accepted] == ("accepted", rows[accepted]["status"])
    assert states[chosen] == ("rejected", instead)
    assert states[left] == ("rejected", None)
    assert states[3] == ("pending", rows[3]["status"])
    shown = now["draft"]["rows"]
    assert [shown[i]["status_review"] for i in range(4)] == [
        "confirmed",
        "confirmed",
        "to_confirm",
        "suggested",
    ]
    assert shown[chosen]["status"] == instead
    assert f"set by {mine_email('chair')}" in shown[chosen]["status_cue"]

    cells = status_cells(mine.as_("chair", "GET", url(mine, draft, "/docx")).content)
    key = [r["action"][:60] for r in rows]
    assert cells[key[accepted]] == LABELS[rows[accepted]["status"]]
    assert cells[key[chosen]] == LABELS[instead]
    assert cells[key[left]] == "Status to confirm"
    assert cells[key[3]] == LABELS[rows[3]["status"]]


def test_version_history_says_who_changed_which_status(mine: Board, draft: dict[str, Any]) -> None:
    suggested = draft["draft"]["rows"][1]["status"]
    instead = "delayed" if suggested != "delayed" else "planned"
    assert verdict(mine, draft, 1, "reject", status=instead).status_code == 200
    assert verdict(mine, draft, 1, "accept").status_code == 200  # a change of mind
    versions = mine.as_("manager", "GET", url(mine, draft, "/versions")).json()
    assert [v["change"]["action"] for v in versions] == [
        "generated",
        "status_rejected",
        "status_accepted",
    ]
    rejected, accepted = versions[1], versions[2]
    assert rejected["by"] == mine_email("chair")
    assert rejected["change"]["where"] == "appendix row 1 status"
    assert rejected["change"]["before"] == {"status": suggested, "state": "pending"}
    assert rejected["change"]["after"] == {"status": instead, "state": "rejected"}
    assert accepted["change"]["after"] == {"status": suggested, "state": "accepted"}
    old = mine.as_("chair", "GET", url(mine, draft, "/docx"), params={"version": 2}).content
    assert status_cells(old)[draft["draft"]["rows"][1]["action"][:60]] == LABELS[instead]


def test_docx_comment_says_whether_a_status_was_confirmed(
    mine: Board, draft: dict[str, Any]
) -> None:
    before = status_comments(mine.as_("chair", "GET", url(mine, draft, "/docx")).content)
    assert "Status confirmed" not in before and "Suggested status" in before
    assert verdict(mine, draft, 0, "accept").status_code == 200
    after = status_comments(mine.as_("chair", "GET", url(mine, draft, "/docx")).content)
    assert after.count("Status confirmed") == 1
    assert after.count("Suggested status") == before.count("Suggested status") - 1


BAD = [
    (99, "accept", {}, 404, "there is no appendix row 99"),
    (-1, "reject", {}, 404, "there is no appendix row -1"),
    (0, "reject", {"status": "finished"}, 400, "status must be one of"),
    (0, "maybe", {}, 400, "the verdict is accept or reject"),
    (0, "accept", {"status": "delayed"}, 400, "accept takes no `status`"),
    (0, "accept", {"version": 7}, 409, "is at version 1, not 7"),
]


@pytest.mark.parametrize("case", BAD, ids=[c[-1] for c in BAD])
def test_bad_input_is_named_and_changes_nothing(
    mine: Board, draft: dict[str, Any], case: tuple[int, str, dict[str, Any], int, str]
) -> None:
    row, word, body, code, says = case
    response = verdict(mine, draft, row, word, **body)
    assert response.status_code == code, response.text
    assert says in response.json()["message"]
    assert mine.as_("chair", "GET", url(mine, draft)).json() == draft


def test_rejecting_for_the_suggested_status_says_accept(mine: Board, draft: dict[str, Any]) -> None:
    suggested = draft["draft"]["rows"][0]["status"]
    response = verdict(mine, draft, 0, "reject", status=suggested)
    assert response.status_code == 400
    assert "accept it instead" in response.json()["message"]
    assert mine.as_("chair", "GET", url(mine, draft)).json() == draft


def test_a_gap_has_no_suggestion_to_review(board: Board) -> None:
    gaps = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    assert gaps["draft"]["rows"][0]["gap"] and gaps["status_suggestions"] == []
    response = verdict(board, gaps, 0, "accept")
    assert response.status_code == 400
    assert "has no suggested status" in response.json()["message"]


def test_a_status_set_on_a_gap_is_what_the_docx_says(board: Board) -> None:
    """A row with no update found says "Update needed" until a person sets its status;
    then it shows that status (the update cell still asks for an update)."""
    gaps = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    rows = gaps["draft"]["rows"]
    assert rows[0]["gap"] and rows[1]["gap"]
    edited = board.as_("chair", "PATCH", url(board, gaps, "/rows/0"), json={"status": "complete"})
    assert edited.status_code == 200, edited.text
    cells = status_cells(board.as_("chair", "GET", url(board, gaps, "/docx")).content)
    assert cells[rows[0]["action"][:60]] == "Complete"
    assert cells[rows[1]["action"][:60]] == "Update needed"


def test_roles_and_boards(mine: Board, draft: dict[str, Any]) -> None:
    outsider = verdict(mine, draft, 0, "accept", who="other")
    assert outsider.status_code == 404
    assert mine.as_("chair", "GET", url(mine, draft)).json() == draft
    # the business manager drafts too (issue 17): her verdict is a version with her name
    manager = verdict(mine, draft, 0, "accept", who="manager")
    assert manager.status_code == 200, manager.text
    last = mine.as_("chair", "GET", url(mine, draft, "/versions")).json()[-1]
    assert last["by"] == "statusfield-manager@example.org"


def test_editing_a_rows_status_settles_its_suggestion(mine: Board, draft: dict[str, Any]) -> None:
    rows = draft["draft"]["rows"]
    instead = "delayed" if rows[0]["status"] != "delayed" else "planned"
    edited = mine.as_("chair", "PATCH", url(mine, draft, "/rows/0"), json={"status": instead})
    assert edited.status_code == 200, edited.text
    same = {"status": rows[1]["status"]}
    edited = mine.as_("chair", "PATCH", url(mine, draft, "/rows/1"), json=same)
    states = {s["row"]: (s["state"], s["status"]) for s in edited.json()["status_suggestions"]}
    assert states[0] == ("rejected", instead) and states[1] == ("accepted", rows[1]["status"])
    text = {"update": "Rewritten by the Chair."}
    edited = mine.as_("chair", "PATCH", url(mine, draft, "/rows/0"), json=text)
    assert edited.json()["status_suggestions"][0]["state"] == "rejected"  # an edit keeps it
    assert edited.json()["draft"]["rows"][0]["status"] == instead


def test_approving_with_pending_statuses_is_allowed_and_recorded(
    mine: Board, draft: dict[str, Any]
) -> None:
    rows = draft["draft"]["rows"]
    assert verdict(mine, draft, 0, "accept").status_code == 200
    approved = mine.as_("chair", "POST", url(mine, draft, "/approve"))
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    versions = mine.as_("chair", "GET", url(mine, draft, "/versions")).json()
    assert versions[-1]["change"]["pending"]["statuses"] == len(rows) - 1
    cells = status_cells(mine.as_("chair", "GET", url(mine, draft, "/docx")).content)
    assert cells[rows[1]["action"][:60]] == LABELS[rows[1]["status"]]  # still suggested
    frozen = verdict(mine, draft, 1, "accept")
    assert frozen.status_code == 409 and "frozen" in frozen.json()["message"]


def test_page_forms_and_json_twin(mine: Board, draft: dict[str, Any]) -> None:
    browser = browser_signed_in(mine.client, mine_email("chair"))
    page = f"/boards/{mine.id}/drafts/{draft['id']}"
    html = browser.get(page, headers=HTML).text
    assert f'action="{page}/rows/0/status/accept"' in html and "suggested" in html
    assert "not reviewed yet" in html
    token = re.search(r'name="csrf" value="([^"]+)"', html)
    assert token
    form = {"csrf": token.group(1), "version": "1", "status": ""}
    posted = browser.post(
        f"{page}/rows/2/status/reject", data=form, headers=HTML, follow_redirects=False
    )
    assert posted.status_code == 303 and posted.headers["location"].endswith("#row-2")
    forged = browser.post(f"{page}/rows/3/status/accept", data={"version": "2"}, headers=HTML)
    assert forged.status_code == 403
    twin = browser.get(page, params={"format": "json"}).json()
    assert twin["draft"]["version"] == 2
    assert twin["row_statuses"]["2"]["state"] == "rejected"
    assert twin["row_statuses"]["3"]["state"] == "pending"
    assert twin["pending_statuses"] == len(draft["draft"]["rows"]) - 1
    assert "Status to confirm" in browser.get(page, headers=HTML).text


def test_an_update_written_into_a_gap_asks_for_a_status_not_a_suggestion(board: Board) -> None:
    """The tool suggested no status for a gap; writing its update must not turn the gap's
    leftover "not known" into a pending suggestion: the status is to be set."""
    gaps = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={}).json()
    rows = gaps["draft"]["rows"]
    text = {"update": "Written by the Chair."}
    edited = board.as_("chair", "PATCH", url(board, gaps, "/rows/0"), json=text).json()
    mine = [s for s in edited["status_suggestions"] if s["row"] == 0]
    assert [(s["state"], s["status"]) for s in mine] == [("set", None)]
    cells = status_cells(board.as_("chair", "GET", url(board, gaps, "/docx")).content)
    assert cells[rows[0]["action"][:60]] == "Status to confirm"
    chosen = {"status": "complete"}
    set_ = board.as_("chair", "POST", url(board, gaps, "/rows/0/status/reject"), json=chosen)
    assert set_.status_code == 200, set_.text
    cells = status_cells(board.as_("chair", "GET", url(board, gaps, "/docx")).content)
    assert cells[rows[0]["action"][:60]] == "Complete"


def _narrative(detail: dict[str, Any]) -> list[str]:
    section = next(
        s for s in detail["draft"]["sections"] if s["heading"].startswith("Progress against")
    )
    return [" ".join(s["text"] for s in p["sentences"]) for p in section["paragraphs"]]


def _said(paragraph: str, words: str) -> int:
    """How many of the priority's actions the paragraph's first sentence says are `words`."""
    numbers = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    counts = paragraph.split(". ")[0]
    found = re.search(rf"\b(\w+) (?:is|are) {words}\b", counts)
    every = re.search(r"^(?:All (\w+)|The one) actions? under .* (?:is|are) " + words, counts)
    if every:
        return numbers.index(every.group(1)) if every.group(1) else 1
    return numbers.index(found.group(1).lower()) if found else 0


def test_the_narrative_is_counted_again_when_a_status_changes(
    mine: Board, draft: dict[str, Any]
) -> None:
    """Every number in the progress narrative stays the appendix's: set a row to
    delayed (by a verdict, then by an edit) and the narrative's count of delayed
    actions under that priority goes up by one, in the API and in the .docx."""
    rows = draft["draft"]["rows"]
    k = next(i for i, r in enumerate(rows) if r["status"] not in ("delayed",))
    priorities = list(dict.fromkeys(r["priority"] for r in rows))
    at = priorities.index(rows[k]["priority"])
    before = _said(_narrative(draft)[at], "delayed")
    assert before == sum(
        1 for r in rows if r["priority"] == rows[k]["priority"] and r["status"] == "delayed"
    )
    decided = verdict(mine, draft, k, "reject", status="delayed", version=1)
    assert decided.status_code == 200, decided.text
    after = _narrative(decided.json())
    assert _said(after[at], "delayed") == before + 1, after[at]
    assert [p for i, p in enumerate(after) if i != at] == [
        p for i, p in enumerate(_narrative(draft)) if i != at
    ]
    # an edit of another row of that priority: counted too
    j = next(
        i
        for i, r in enumerate(rows)
        if i != k and r["priority"] == rows[k]["priority"] and r["status"] != "delayed"
    )
    edited = mine.as_("chair", "PATCH", url(mine, draft, f"/rows/{j}"), json={"status": "delayed"})
    assert edited.status_code == 200, edited.text
    assert _said(_narrative(edited.json())[at], "delayed") == before + 2
    got = mine.as_("chair", "GET", url(mine, draft, "/docx"))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(got.content)).paragraphs)
    assert _narrative(edited.json())[at].split(". ")[0] in text
