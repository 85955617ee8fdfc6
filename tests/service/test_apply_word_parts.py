"""Every part of a copy edited in Word applies, in the real app on real SQLite with
Harrowfield's files: the Chair retypes the title, adds a line under it and deletes one
of the tool's notes; in Appendix 1 rewrites an outcome and adds an action; in the
progress appendix rewrites an action, adds a row and deletes one; in the checklist
marks a requirement found and says where. She also retypes the how-to-read box, which
is the tool's: the compare lists it with the reason it will not apply, before
anything is applied. Applying makes each change a version with her name; the copy
downloaded afterwards says everything she wrote except that box (nothing lost; the
progress narrative counts the rows as they are now), and regenerating the draft keeps
it all."""

from __future__ import annotations

from typing import Any

from drafting.compare import compare, read_draft
from tests.drafting import word_edits as edit
from tests.service.conftest import Board, browser_signed_in

COVER_LINE = "Presented to the safeguarding partners, July 2021"
OUTCOME = "Children and families say the help they get is joined up."
ACTION = "Agree a shared dataset with the Police for the partnership's scrutiny."
ROW_ACTION = "Hold a summit on exploitation with schools."
ROW_UPDATE = "The summit was held in March 2021 with 40 schools."
WHERE = "See section 3 of the report, on the audits of the year."
HOW_TO = " Ask the business manager if in doubt."


def _edited(data: bytes, draft: dict[str, Any]) -> bytes:
    d = draft["draft"]
    document = edit.opened(data)
    edit.retype(document.paragraphs[0], d["title"] + " (final)")
    edit.add_after(edit.paragraph_starting(document, "Draft for"), COVER_LINE)
    how_to = edit.paragraph_starting(document, "How to read")
    edit.retype(how_to, how_to.text + HOW_TO)
    edit.delete(edit.paragraph_starting(document, d["notes"][0][:30]))
    plan = d["plan"][0]
    edit.retype(edit.paragraph_starting(document, plan["outcomes"][0][:40]), OUTCOME)
    edit.add_after(edit.paragraph_starting(document, plan["actions"][-1][1][:40]), ACTION)
    rows = [r for r in d["rows"] if r["priority"] == d["rows"][0]["priority"]]
    table = edit.table_headed(document, "Planned Action")
    first = edit.row_starting(table, f"{rows[0]['number']}. ")
    edit.retype_cell(first.cells[0], f"{rows[0]['number']}. {rows[0]['action']} (by March)")
    last = edit.row_starting(table, f"{rows[-1]['number']}. ")
    edit.add_row_after(last, (f"9. {ROW_ACTION}", ROW_UPDATE, "Complete"))
    edit.delete_row(edit.row_starting(table, f"{rows[1]['number']}. "))
    checks = edit.table_headed(document, "Statutory guidance")
    check = edit.row_starting(checks, d["checklist"][1]["requirement"][:30])
    edit.retype_cell(check.cells[1], "Found")
    edit.retype_cell(check.cells[2], WHERE)
    return edit.saved(document)


def test_every_part_of_an_edited_copy_applies_and_nothing_is_lost(board: Board) -> None:
    made = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert made.status_code == 201, made.text
    draft = made.json()
    url = f"/api/boards/{board.id}/drafts/{draft['id']}"
    d = draft["draft"]
    band = [r for r in d["rows"] if r["priority"] == d["rows"][0]["priority"]]
    assert len(band) >= 2 and d["notes"] and d["plan"][0]["outcomes"]
    assert not d["checklist"][1]["found"]
    edited = _edited(board.as_("chair", "GET", f"{url}/docx").content, draft)

    shown = board.send_copy(f"{url}/compare", edited)["changes"]
    reasons = {c["where"]: c["reason"] for c in shown if c["reason"]}
    assert len(reasons) == 1, reasons
    assert "guidance" in next(iter(reasons.values()))
    parts = sorted({c["part"] for c in shown})
    assert parts == ["checklist", "cover", "plan", "rows"]

    result = board.send_copy(f"{url}/apply", edited)
    assert [c["reason"] for c in result["not_applied"]] == list(reasons.values())
    assert len(result["applied"]) == len(shown) - 1
    now = board.as_("chair", "GET", url).json()
    n = now["draft"]
    assert n["title"] == d["title"] + " (final)"
    assert n["cover"] == [COVER_LINE]
    assert n["notes"] == d["notes"][1:]
    assert n["plan"][0]["outcomes"][0] == OUTCOME
    assert n["plan"][0]["actions"][-1][1:] == [ACTION, None]
    mine = [r for r in n["rows"] if r["priority"] == band[0]["priority"]]
    assert [r["number"] for r in mine] == [band[0]["number"], *(r["number"] for r in band[2:]), "9"]
    assert mine[0]["action"] == band[0]["action"] + " (by March)"
    added = mine[-1]
    assert (added["action"], added["action_cite"], added["status"]) == (
        ROW_ACTION,
        None,
        "complete",
    )
    assert [(s["text"], s["kind"]) for s in added["update"]] == [(ROW_UPDATE, "written")]
    assert [r["number"] for r in now["removed_rows"]] == [band[1]["number"]]
    assert (n["checklist"][1]["found"], n["checklist"][1]["written"]) == (True, WHERE)

    versions = board.as_("chair", "GET", f"{url}/versions").json()
    applied = versions[-len(result["applied"]) - 1 :]
    assert all(v["by"].startswith("chair") for v in applied)
    actions = {v["change"]["action"] for v in applied}
    assert {"edit_cover", "edit_plan", "edit_row_action", "add_row", "remove_row"} <= actions
    assert versions[-1]["change"]["not_applied"] == [
        {"where": w, "reason": r} for w, r in reasons.items()
    ]

    browser = browser_signed_in(board.client, "chair@example.org")
    page = browser.get(f"/boards/{board.id}/drafts/{draft['id']}", headers={"Accept": "text/html"})
    assert page.status_code == 200, page.text
    assert ROW_ACTION in page.text and "Not applied:" in page.text

    again = board.as_("chair", "GET", f"{url}/docx").content
    left = compare(read_draft(again), read_draft(edited))
    counted = [c for c in left if (c.section or "").startswith("Progress against")]
    assert counted and all(c.kind == "changed" for c in counted)  # counts the rows as now
    rest = [(c.part, HOW_TO in (c.after or "")) for c in left if c not in counted]
    assert rest == [("cover", True)]  # only the tool's own box differs

    regenerated = board.as_("chair", "POST", f"{url}/regenerate", json={})
    assert regenerated.status_code == 200, regenerated.text
    after = board.as_("chair", "GET", url).json()
    assert {k: after["draft"][k] for k in ("title", "cover", "notes", "plan", "checklist")} == {
        k: n[k] for k in ("title", "cover", "notes", "plan", "checklist")
    }
    assert [r["action"] for r in after["draft"]["rows"]] == [r["action"] for r in n["rows"]]
    assert after["removed_rows"] == now["removed_rows"]
