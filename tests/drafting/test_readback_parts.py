"""Reading an edited copy back, part by part (Harrowfield's 2020/21 draft through the real
pipeline, edited on its XML as Word saves it): autocorrect's typography over every text
is no change; a paragraph cut and pasted into another section is one move; edits to the
cover, Appendix 1, the progress appendix's rows and the checklist each read as one
change of their part."""

from __future__ import annotations

import pytest

from drafting.build import build_draft
from drafting.compare import compare, read_draft
from drafting.model import Draft
from drafting.textnorm import fold, key
from drafting.writers.docx.write import write_docx
from tests.drafting import word_edits as edit
from tests.drafting.pipeline import board_run

OUTCOME = "Children and families say the help they get is joined up."
ACTION = "Agree a shared dataset with the Police for the partnership's scrutiny."
COVER_LINE = "Presented to the safeguarding partners, July 2021"
ROW = ("7. Hold a summit on exploitation with schools.", "Held in March 2021.", "Complete")


@pytest.fixture(scope="module")
def draft() -> Draft:
    ledger, _docs = board_run("harrowfield")
    return build_draft(ledger, date="2020-07-01")


@pytest.fixture(scope="module")
def data(draft: Draft) -> bytes:
    return write_docx(draft)


def test_textnorm_key_folds_what_autocorrect_makes() -> None:
    assert key("the Board\u2019s \u201cplan\u201d \u2013 2019\u201320") == key(
        'the Board\'s  "plan" - 2019-20'
    )
    assert key("a\u00a0b\u00adc\u200b d\u2026") == key("a bc d...")
    assert key("one -- two") == key("one - two")
    assert key("the plan") != key("the plans")
    assert fold("\u2018a\u2014b\u201d") == "'a-b\"" and len(fold("\u2026")) == 1


def test_autocorrect_over_every_text_is_no_change(data: bytes) -> None:
    document = edit.opened(data)
    assert edit.autocorrect(document) > 40  # the check below must see touched texts
    assert compare(read_draft(data), read_draft(edit.saved(document))) == []


def test_a_paragraph_moved_to_another_section_is_one_move(draft: Draft, data: bytes) -> None:
    moving = draft.sections[1].paragraphs[2].text
    target = draft.sections[2].paragraphs[0].text
    document = edit.opened(data)
    paragraph = edit.paragraph_starting(document, moving[:40])
    edit.move_after(paragraph, edit.paragraph_starting(document, target[:40]))
    changes = compare(read_draft(data), read_draft(edit.saved(document)))
    assert [(c.kind, c.moved_from, c.section, c.anchor) for c in changes] == [
        ("moved", draft.sections[1].number, draft.sections[2].number, target)
    ]
    assert changes[0].before == changes[0].after == moving


def test_a_paragraph_moved_within_its_section_and_touched_up(draft: Draft, data: bytes) -> None:
    first, _second, third = (p.text for p in draft.sections[1].paragraphs[:3])
    document = edit.opened(data)
    paragraph = edit.paragraph_starting(document, first[:40])
    edit.move_after(paragraph, edit.paragraph_starting(document, third[:40]))
    edit.retype(paragraph, first.replace(" the ", " the whole ", 1))
    changes = compare(read_draft(data), read_draft(edit.saved(document)))
    assert [c.kind for c in changes] == ["moved"]
    assert changes[0].before == first and "the whole" in (changes[0].after or "")
    assert changes[0].anchor == third


def test_cover_plan_rows_and_checklist_edits_read_as_their_parts(draft: Draft, data: bytes) -> None:
    document = edit.opened(data)
    edit.retype(document.paragraphs[0], draft.title.replace("Report", "Report (final)"))
    edit.add_after(edit.paragraph_starting(document, "Draft for"), COVER_LINE)
    edit.delete(edit.paragraph_starting(document, draft.notes[0][:30]))
    plan = draft.plan[1]
    edit.retype(edit.paragraph_starting(document, plan.outcomes[0][:40]), OUTCOME)
    edit.add_after(edit.paragraph_starting(document, plan.actions[-1][1][:40]), ACTION)
    table = edit.table_headed(document, "Planned Action")
    rows = [r for r in draft.rows if r.priority == draft.rows[0].priority]
    edit.retype_cell(edit.row_starting(table, f"{rows[0].number}. ").cells[0], "1. Act now.")
    edit.add_row_after(edit.row_starting(table, f"{rows[-1].number}. "), ROW)
    edit.delete_row(edit.row_starting(table, f"{rows[1].number}. "))
    checks = edit.table_headed(document, "Statutory guidance")
    first = edit.row_starting(checks, draft.checklist[0].requirement[:30])
    edit.retype_cell(first.cells[1], "Found")
    edit.retype_cell(first.cells[2], "See section 3 of the report.")
    changes = compare(read_draft(data), read_draft(edit.saved(document)))
    got = {(c.part, c.kind, c.where) for c in changes}
    band = rows[0].priority
    assert got == {
        ("cover", "changed", "heading cover"),
        ("cover", "added", "paragraph cover ¶2"),
        ("cover", "removed", "paragraph cover ¶3"),
        ("plan", "changed", f"Appendix 1, {plan.label}: outcome 1"),
        ("plan", "added", f"Appendix 1, {plan.label}: action {len(plan.actions) + 1}"),
        ("rows", "changed", f"appendix row {band} / {rows[0].number}: action"),
        ("rows", "added", f"appendix row {band} / 7"),
        ("rows", "removed", f"appendix row {band} / {rows[1].number}"),
        ("checklist", "changed", f"checklist: {draft.checklist[0].requirement}: in the evidence?"),
        ("checklist", "changed", f"checklist: {draft.checklist[0].requirement}: where"),
    }
    added = next(c for c in changes if c.part == "rows" and c.kind == "added")
    assert added.cells == (ROW[0][3:], ROW[1], ROW[2]) and added.anchor == rows[-1].number


def test_deleting_the_checklist_page_is_one_change(draft: Draft, data: bytes) -> None:
    document = edit.opened(data)
    checks = edit.table_headed(document, "Statutory guidance")
    checks._tbl.getparent().remove(checks._tbl)
    changes = compare(read_draft(data), read_draft(edit.saved(document)))
    assert [(c.part, c.kind, c.where) for c in changes] == [("checklist", "removed", "checklist")]


def test_a_band_renamed_is_one_change_not_its_rows_removed_and_added(
    draft: Draft, data: bytes
) -> None:
    band = draft.rows[0].priority
    document = edit.opened(data)
    table = edit.table_headed(document, "Planned Action")
    edit.retype_cell(edit.row_starting(table, band).cells[0], band + " (renamed)")
    changes = compare(read_draft(data), read_draft(edit.saved(document)))
    assert [(c.where, c.before, c.after) for c in changes] == [
        (f"appendix band {band}", band, band + " (renamed)")
    ]
