"""Corrections through the JSON API and the document page's forms, on the real app over
real SQLite: the mis-read plan corrected by one column role (the document is read again
with it, and the ledger rebuilds from the corrected findings), refused corrections that
store nothing, undo, history, a re-upload of the same bytes keeping the correction."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.web.app import create_app
from tests.corrections.misread import BOARD, misread_plan, truth_actions
from tests.service.conftest import Board, browser_signed_in, make_settings, seed, wait_done


@pytest.fixture(scope="module")
def plan_board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Board, int]]:
    settings = make_settings(tmp_path_factory.mktemp("corrections") / "data")
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        files = [("files", ("plan.docx", misread_plan(), "application/octet-stream"))]
        response = board.as_("manager", "POST", f"/api/boards/{first}/documents", files=files)
        assert response.status_code == 201, response.text
        doc = response.json()["documents"][0]["id"]
        assert wait_done(board, [doc])[0]["status"] == "done"
        yield board, doc


def url(board: Board, doc: int, tail: str = "") -> str:
    return f"/api/boards/{board.id}/documents/{doc}/corrections{tail}"


def ledger_actions(board: Board) -> list[str]:
    ledger = board.as_("manager", "GET", f"/api/boards/{board.id}/ledger").json()
    return sorted(a["text"] for f in ledger["documents"] for a in f["actions"])


def corrections_count(board: Board, doc: int) -> int:
    return len(board.as_("manager", "GET", url(board, doc)).json())


def test_refused_corrections_name_the_problem_and_store_nothing(
    plan_board: tuple[Board, int],
) -> None:
    board, doc = plan_board
    before = corrections_count(board, doc)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"kind": "column_role", "target": {"item": "section:0"}, "value": "status"}, "paragraph"),
        ({"kind": "document_period", "value": "2019/17"}, "2019/17"),
        (
            {"kind": "section_row", "target": {"table": 0, "row": 60}, "value": "yes"},
            "no data row 61",
        ),
        ({"kind": "colour", "value": "red"}, "no correction"),
        ({"kind": "column_role", "target": {"table": 0, "col": 4}, "value": "boss"}, "column role"),
    ]
    tables = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{doc}/findings").json()[
        "tables"
    ]
    rows = [r for r in tables[0]["rows"] if not r["section"]]
    first, third = rows[0], rows[2]
    at_first = {"table": first["table"], "row": first["row"]}
    cases += [
        (
            {"kind": "join_rows", "target": at_first, "value": str(third["row"])},
            "are not next to each other",
        ),
        ({"kind": "split_row", "target": at_first, "value": "0"}, "nothing to split"),
        (
            {"kind": "action_priority", "target": {"item": "a-404"}, "value": "9"},
            "no action a-404",
        ),
    ]
    for body, words in cases:
        response = board.as_("manager", "POST", url(board, doc), json=body)
        assert response.status_code == 400, response.text
        assert words in response.json()["message"]
    chair = board.as_(
        "chair", "POST", url(board, doc), json={"kind": "document_board", "value": "X"}
    )
    assert chair.status_code == 403
    other = board.as_("other", "GET", url(board, doc))
    assert other.status_code == 404
    assert corrections_count(board, doc) == before


def test_a_column_role_corrects_the_ledger_and_undo_restores_it(
    plan_board: tuple[Board, int],
) -> None:
    board, doc = plan_board
    assert ledger_actions(board) == []
    body = {"kind": "column_role", "target": {"table": 0, "col": 4}, "value": "status"}
    made = board.as_("manager", "POST", url(board, doc), json=body)
    assert made.status_code == 201, made.text
    out = made.json()
    assert out["by"] == "manager@example.org" and out["target"]["fingerprint"]
    wait_done(board, [doc])
    assert ledger_actions(board) == sorted(a["text"] for a in truth_actions())
    history = board.as_("manager", "GET", url(board, doc)).json()
    assert history[0]["id"] == out["id"] and history[0]["applies"]

    undone = board.as_("manager", "POST", url(board, doc, f"/{out['id']}/undo"))
    assert undone.status_code == 200 and undone.json()["undone"]
    wait_done(board, [doc])
    assert ledger_actions(board) == []
    again = board.as_("manager", "POST", url(board, doc, f"/{out['id']}/undo"))
    assert again.status_code == 409


def test_a_re_upload_of_the_same_bytes_keeps_its_corrections(
    plan_board: tuple[Board, int],
) -> None:
    board, doc = plan_board
    body = {"kind": "column_role", "target": {"table": 1, "col": 4}, "value": "status"}
    assert board.as_("manager", "POST", url(board, doc), json=body).status_code == 201
    wait_done(board, [doc])
    assert (
        board.as_("manager", "DELETE", f"/api/boards/{board.id}/documents/{doc}").status_code == 200
    )
    files = [("files", ("again.docx", misread_plan(), "application/octet-stream"))]
    response = board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)
    new = response.json()["documents"][0]["id"]
    wait_done(board, [new])
    assert ledger_actions(board) == sorted(a["text"] for a in truth_actions())
    history = board.as_("manager", "GET", url(board, new)).json()
    assert [h["applies"] for h in history if not h["undone"]] == [True]


def test_the_page_forms_correct_and_undo(plan_board: tuple[Board, int]) -> None:
    board, doc = plan_board
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    doc = docs[-1]["id"]
    browser = browser_signed_in(board.client, "manager@example.org")
    page = browser.get(f"/boards/{board.id}/documents/{doc}", headers={"Accept": "text/html"})
    assert "Tables, column by column" in page.text and "Role of column 5 of table 1" in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    form = {
        "csrf": token.group(1),
        "kind": "document_board",
        "value": "Elmstead Vale SCB",
        "anchor": "reading",
    }
    sent = browser.post(
        f"/boards/{board.id}/documents/{doc}/corrections", data=form, follow_redirects=False
    )
    assert sent.status_code == 303 and sent.headers["location"].endswith("#reading")
    twin = board.as_("manager", "GET", f"/boards/{board.id}/documents/{doc}?format=json").json()
    assert twin["meta"]["board"] == "Elmstead Vale SCB"
    newest = twin["corrections"][0]
    no_token = browser.post(f"/boards/{board.id}/documents/{doc}/corrections/{newest['id']}/undo")
    assert no_token.status_code == 403
    undo = browser.post(
        f"/boards/{board.id}/documents/{doc}/corrections/{newest['id']}/undo",
        data={"csrf": token.group(1)},
        follow_redirects=False,
    )
    assert undo.status_code == 303
    twin = board.as_("manager", "GET", f"/boards/{board.id}/documents/{doc}?format=json").json()
    assert twin["meta"]["board"] != "Elmstead Vale SCB"


def test_bad_form_fields_are_refused(plan_board: tuple[Board, int]) -> None:
    board, _ = plan_board
    doc = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()[-1]["id"]
    browser = browser_signed_in(board.client, "manager@example.org")
    page = browser.get(f"/boards/{board.id}/documents/{doc}", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    before = corrections_count(board, doc)
    form = {"csrf": token.group(1), "kind": "column_role", "table": "one", "value": "status"}
    sent = browser.post(f"/boards/{board.id}/documents/{doc}/corrections", data=form)
    assert sent.status_code == 400 and "table must be a number" in sent.text
    assert corrections_count(board, doc) == before


def test_a_correction_on_the_pdf_applies_to_its_word_twin(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = BOARD.parent / "ashby-marsh"
    names = ("2015-16_accountability_report.pdf", "2015-16_accountability_report.docx")
    settings = make_settings(tmp_path_factory.mktemp("twins") / "data")
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        files = [
            ("files", (n, (folder / n).read_bytes(), "application/octet-stream")) for n in names
        ]
        docs = board.as_("manager", "POST", f"/api/boards/{first}/documents", files=files).json()
        pdf, word = (d["id"] for d in docs["documents"])
        wait_done(board, [pdf, word])
        findings = board.as_(
            "manager", "GET", f"/api/boards/{first}/documents/{pdf}/findings"
        ).json()
        row = findings["progress"][1]
        body = {"kind": "progress_status", "target": {"item": row["id"]}, "value": "delayed"}
        assert board.as_("manager", "POST", url(board, pdf), json=body).status_code == 201
        twin = board.as_("manager", "GET", f"/api/boards/{first}/documents/{word}/findings").json()
        changed = [p for p in twin["progress"] if p["status_cue"] == "set by manager@example.org"]
        assert [(p["action"], p["status"]) for p in changed] == [(row["action"], "delayed")]
        history = board.as_("manager", "GET", url(board, word)).json()
        assert history[0]["on_twin"] and history[0]["applies"]


def test_a_refused_form_names_the_problem_and_keeps_what_was_typed(
    plan_board: tuple[Board, int],
) -> None:
    board, _ = plan_board
    doc = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()[-1]["id"]
    browser = browser_signed_in(board.client, "manager@example.org")
    page = browser.get(f"/boards/{board.id}/documents/{doc}", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    before = corrections_count(board, doc)
    cases = (
        ({"kind": "document_period", "value": "2019/17", "anchor": "reading"}, "2019/17"),
        (
            {"kind": "add_person", "value": "", "role": "Chair of the QA group", "anchor": "more"},
            "Chair of the QA group",
        ),
    )
    for fields, typed in cases:
        sent = browser.post(
            f"/boards/{board.id}/documents/{doc}/corrections",
            data={"csrf": token.group(1), **fields},
            headers={"Accept": "text/html"},
        )
        assert sent.status_code == 400
        assert "That correction was not made" in sent.text and "Error 4" not in sent.text
        problem = re.search(r'<p class="form-error" role="alert" id="problem">(.*?)</p>', sent.text)
        assert problem, sent.text
        assert ("not a period" if fields["kind"] == "document_period" else "give the name") in (
            problem.group(1)
        )
        assert f'value="{typed}"' in sent.text
        assert 'aria-invalid="true"' in sent.text
    assert corrections_count(board, doc) == before


def test_a_word_source_is_named_by_its_heading_and_first_words(
    plan_board: tuple[Board, int],
) -> None:
    board, _ = plan_board
    doc = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()[-1]["id"]
    findings = board.as_("manager", "GET", f"/api/boards/{board.id}/documents/{doc}/findings")
    item = (findings.json()["progress"] or findings.json()["actions"])[0]
    browser = browser_signed_in(board.client, "manager@example.org")
    page = browser.get(
        f"/boards/{board.id}/documents/{doc}?item={item['id']}", headers={"Accept": "text/html"}
    )
    assert page.status_code == 200
    assert "Word paragraph" not in page.text
    place = re.search(r'<p class="where-words">In the Word document: (.*?)\.</p>', page.text)
    assert place, page.text
    assert place.group(1).startswith("the table under &#8220;") or place.group(1).startswith(
        "the table under \u201c"
    ), place.group(1)
    assert ", row " in place.group(1)


def test_a_list_marked_and_unmarked_and_a_progress_rows_priority(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """On a report whose priorities are a list (dev corpus, PDF and its Word twin): the
    list un-marked on the PDF leaves the Word copy with no priorities, marked again it
    gives them back; a progress row's priority set in the page's form; nonsense refused
    through the API and the form, storing nothing."""
    folder = BOARD.parent / "caddow-heath"
    names = ("2017-18_accountability_report.pdf", "2017-18_accountability_report.docx")
    settings = make_settings(tmp_path_factory.mktemp("lists") / "data")
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        board = Board(client, first, second, tokens)
        files = [
            ("files", (n, (folder / n).read_bytes(), "application/octet-stream")) for n in names
        ]
        docs = board.as_("manager", "POST", f"/api/boards/{first}/documents", files=files).json()
        pdf, word = (d["id"] for d in docs["documents"])
        wait_done(board, [pdf, word])

        def findings(doc: int) -> dict[str, Any]:
            path = f"/api/boards/{first}/documents/{doc}/findings"
            return dict(board.as_("manager", "GET", path).json())

        titles = ["Domestic Abuse", "Voice of the Child", "Child Exploitation"]  # truth.json
        assert [p["title"] for p in findings(word)["priorities"]] == titles
        page = board.as_("manager", "GET", f"/boards/{first}/documents/{pdf}?format=json").json()
        assert page["lists"][0]["items"] == titles and page["lists"][0]["marked"] == "priorities"

        before = corrections_count(board, pdf)
        row = findings(pdf)["progress"][0]
        refused: list[tuple[dict[str, Any], str]] = [
            (
                {"kind": "mark_list", "target": {"table": 0, "row": 1}, "value": "priorities"},
                "this target is a table row",
            ),
            (
                {"kind": "progress_priority", "target": {"item": row["id"]}, "value": "9"},
                "no priority '9'",
            ),
            (
                {
                    "kind": "mark_list",
                    "target": {"item": "list:0"},
                    "value": "outcomes",
                    "extra": {"priority": "4"},
                },
                "no priority '4'",
            ),
        ]
        for body, words in refused:
            response = board.as_("manager", "POST", url(board, pdf), json=body)
            assert response.status_code == 400, response.text
            assert words in response.json()["message"]
        assert corrections_count(board, pdf) == before
        assert len(findings(pdf)["priorities"]) == 3

        body = {"kind": "unmark_list", "target": {"item": "list:0"}}
        made = board.as_("manager", "POST", url(board, pdf), json=body)
        assert made.status_code == 201, made.text
        assert findings(pdf)["priorities"] == [] and findings(word)["priorities"] == []
        history = board.as_("manager", "GET", url(board, word)).json()
        assert history[0]["kind"] == "unmark_list" and history[0]["on_twin"]
        assert history[0]["applies"]
        body = {"kind": "mark_list", "target": {"item": "list:0"}, "value": "priorities"}
        assert board.as_("manager", "POST", url(board, word), json=body).status_code == 201
        assert [p["title"] for p in findings(pdf)["priorities"]] == titles
        assert [p["number"] for p in findings(word)["priorities"]] == ["1", "2", "3"]

        browser = browser_signed_in(client, "manager@example.org")
        html = browser.get(f"/boards/{first}/documents/{word}", headers={"Accept": "text/html"})
        assert "Mark list 1" in html.text and "List 1 is not priorities" in html.text
        assert "(the list under" in html.text and "(list:0)" not in html.text  # the history
        token = re.search(r'name="csrf" value="([^"]+)"', html.text)
        assert token
        target = findings(word)["progress"][2]
        form = {"csrf": token.group(1), "kind": "progress_priority", "item": target["id"]}
        sent = browser.post(
            f"/boards/{first}/documents/{word}/corrections",
            data={**form, "value": "7", "anchor": f"it-{target['id']}"},
            headers={"Accept": "text/html"},
        )
        assert sent.status_code == 400 and "no priority" in sent.text
        assert 'value="7"' in sent.text
        sent = browser.post(
            f"/boards/{first}/documents/{word}/corrections",
            data={**form, "value": "2", "anchor": f"it-{target['id']}"},
            follow_redirects=False,
        )
        assert sent.status_code == 303
        changed = [p for p in findings(word)["progress"] if p["priority"]]
        assert [(p["id"], p["priority"]) for p in changed] == [(target["id"], "2")]
