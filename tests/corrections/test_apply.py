"""Corrections applied to real documents: the mis-read plan corrected by one column
role; findings-level corrections; corrections that no longer fit are listed; twins."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from extract import extract
from extract.errors import CorrectionError
from nlp.corrections import Correction, Target, corrections_from_json, read, validate
from nlp.corrections.apply import apply, twins_of
from nlp.corrections.codec import corrections_to_json
from nlp.findings.model import Findings
from tests.corrections.misread import BOARD, misread_plan, truth_actions

AT = "2026-01-02T10:00:00"


@pytest.fixture(scope="module")
def misread() -> tuple[object, Findings]:
    document = extract(misread_plan(), filename="plan.docx")
    return document, read(document)


def role(findings: Findings, role: str, col: int = 4, table: int = 0) -> Correction:
    t = next(t for t in findings.tables if t.table == table)
    target = Target(findings.document.sha256, table=t.table, col=col)
    return validate(Correction("c-role", "column_role", target, role, "m@x", AT), findings)


def test_the_renamed_header_is_misread(misread: tuple[object, Findings]) -> None:
    _, findings = misread
    assert findings.actions == ()
    assert {t.kind for t in findings.tables} == {"progress"}
    assert findings.tables[0].columns[4].role == "update"


def test_one_column_role_corrects_every_table_headed_alike(
    misread: tuple[object, Findings],
) -> None:
    document, findings = misread
    corrected = read(document, [role(findings, "status")])  # type: ignore[arg-type]
    assert corrected.progress == ()
    assert {t.kind for t in corrected.tables} == {"plan"}
    truth = truth_actions()
    assert sorted(a.text for a in corrected.actions) == sorted(a["text"] for a in truth)
    cues = [t.columns[4].cue for t in corrected.tables]
    assert all("set to status by a person" in c for c in cues)
    assert corrected.unapplied == ()


def test_forced_table_kind(misread: tuple[object, Findings]) -> None:
    document, findings = misread
    t = findings.tables[1]
    c = Correction(
        "c-kind", "table_kind", Target(findings.document.sha256, table=t.table), "plan", "m", AT
    )
    corrected = read(document, [validate(c, findings)])  # type: ignore[arg-type]
    assert {x.kind for x in corrected.tables} == {"plan"}
    assert len(corrected.actions) == len(truth_actions())


def test_a_correction_that_makes_no_sense_is_refused(misread: tuple[object, Findings]) -> None:
    _, f = misread
    sha = f.document.sha256
    cases = {
        "needs a table, and this target is a paragraph": Correction(
            "x", "column_role", Target(sha, item="section:1"), "status", "m", AT
        ),
        "ends before it starts": Correction(
            "x", "document_period", Target(sha), "2019/17", "m", AT
        ),
        "has no data row 100": Correction(
            "x", "section_row", Target(sha, table=0, row=99), "yes", "m", AT
        ),
        "is not a status": Correction(
            "x", "progress_status", Target(sha, item="p-1"), "finished-ish", "m", AT
        ),
        "has no column 9": Correction(
            "x", "column_role", Target(sha, table=0, col=8), "status", "m", AT
        ),
        "is not a column role": Correction(
            "x", "column_role", Target(sha, table=0, col=1), "boss", "m", AT
        ),
        "for another document": Correction(
            "x", "document_kind", Target("0" * 64), "other", "m", AT
        ),
    }
    for words, c in cases.items():
        with pytest.raises(CorrectionError, match=words):
            validate(c, f)


def test_periods_are_written_as_the_readers_print_them(misread: tuple[object, Findings]) -> None:
    _, f = misread
    c = Correction("x", "document_period", Target(f.document.sha256), "2017 - 2019", "m", AT)
    assert validate(c, f).value == "2017-19"
    c = dataclasses.replace(c, value="2019/2020")
    assert validate(c, f).value == "2019/20"
    with pytest.raises(CorrectionError, match="runs from 2019 to 2021"):
        validate(dataclasses.replace(c, value="2019/21"), f)


def test_findings_corrections_apply_and_later_ones_win() -> None:
    document = extract(BOARD / "2022-23_business_plan.docx")
    f = read(document)
    sha = f.document.sha256
    first = f.actions[0]
    person = f.people[0] if f.people else None
    given = [
        Correction("a", "document_kind", Target(sha), "annual_report", "m", AT),
        Correction("b", "document_kind", Target(sha), "business_plan", "m", "2026-01-02T11:00:00"),
        Correction("c", "action_number", Target(sha, item=first.id), "9.9", "m", AT),
        Correction("d", "add_person", Target(sha), "Ada Byron", "m", AT, {"role": "Chair"}),
    ]
    if person is not None:
        given.append(Correction("e", "remove_person", Target(sha, item=person.name), "", "m", AT))
    given = [validate(c, f) for c in given]
    out = apply(f, given)
    assert out.document.kind == "business_plan"
    assert out.document.kind_reading is not None and out.document.kind_reading.confidence == 1.0
    assert next(a for a in out.actions if a.id == first.id).number == "9.9"
    names = [p.name for p in out.people]
    assert "Ada Byron" in names
    if person is not None:
        assert person.name not in names
    assert out.unapplied == ()


def test_corrections_that_no_longer_fit_are_listed_not_dropped() -> None:
    document = extract(BOARD / "2022-23_business_plan.docx")
    f = read(document)
    sha = f.document.sha256
    gone = [
        Correction(
            "g1",
            "action_number",
            Target(sha, item="a-gone", fingerprint="nothing like it"),
            "1",
            "m",
            AT,
        ),
        Correction(
            "g2",
            "column_role",
            Target(sha, table=7, col=0, fingerprint="no such header"),
            "lead",
            "m",
            AT,
        ),
        Correction(
            "g3", "remove_person", Target(sha, item="Nobody", fingerprint="nobody"), "", "m", AT
        ),
    ]
    out = read(document, gone)
    reasons = {u.correction: u.reason for u in out.unapplied}
    assert set(reasons) == {"g1", "g2", "g3"}
    assert "no longer in the document" in reasons["g1"]
    assert "table is no longer" in reasons["g2"]


def test_a_correction_on_the_pdf_applies_to_its_word_twin() -> None:
    board = BOARD.parent / "ashby-marsh"
    pdf = read(extract(board / "2015-16_accountability_report.pdf"))
    word = read(extract(board / "2015-16_accountability_report.docx"))
    assert twins_of(word, [pdf]) == [pdf.document.sha256]
    row = pdf.progress[2]
    c = validate(
        Correction(
            "t", "progress_status", Target(pdf.document.sha256, item=row.id), "delayed", "m", AT
        ),
        pdf,
    )
    out = apply(word, [c], twins_of(word, [pdf]))
    changed = [p for p in out.progress if p.status_cue == "set by m"]
    assert [p.action for p in changed] == [row.action]
    assert changed[0].status == "delayed"


def test_the_json_form_round_trips_and_names_bad_entries(tmp_path: Path) -> None:
    c = Correction("c1", "document_board", Target("a" * 64), "Elmstead Vale SCB", "m", AT)
    assert corrections_from_json(corrections_to_json([c])) == [c]
    minimal = corrections_from_json(
        [{"kind": "document_board", "target": {"sha256": "a" * 64}, "value": "X"}]
    )
    assert minimal[0].by == "file" and minimal[0].id.startswith("c-")
    with pytest.raises(CorrectionError, match=r"correction 2: kind must be one of"):
        corrections_from_json([corrections_to_json([c])[0], {"kind": "colour"}])
    with pytest.raises(CorrectionError, match=r"correction 1 .*target"):
        corrections_from_json([{"kind": "document_board", "value": "X"}])


def test_rows_joined_split_and_section_rows_unmarked() -> None:
    document = extract(BOARD.parents[2] / "morrowby" / "2019-20_annual_report.pdf")
    f = read(document)
    sha = f.document.sha256
    table = next(t for t in f.tables if any(r.section for r in t.rows))
    band = next(r for r in table.rows if r.section)
    data = [r for r in table.rows if not r.section]
    first, second = data[0], data[1]

    def fix(kind: str, row: object, value: str = "", at: str = AT) -> Correction:
        target = Target(sha, table=row.table, row=row.row)  # type: ignore[attr-defined]
        return validate(Correction(f"c-{kind}", kind, target, value, "m", at), f)

    joined = read(document, [fix("join_rows", first)])
    assert len(joined.progress) == len(f.progress) - 1
    merged = next(
        p for p in joined.progress if p.action.startswith(first.text.split(" | ")[0][:30])
    )
    assert second.text.split(" | ")[0][:30] in merged.action + " " + merged.update
    again = next(t for t in joined.tables if t.table == table.table)
    row = next(r for r in again.rows if r.row == first.row)
    assert row.joined == (second.row,)

    split = validate(
        Correction(
            "c-split", "split_row", Target(sha, table=row.table, row=row.row), "", "m", "2026-01-03"
        ),
        joined,
    )
    both = read(document, [fix("join_rows", first), split])
    assert len(both.progress) == len(f.progress)

    unbanded = read(document, [fix("section_row", band, "no")])
    assert len(unbanded.progress) == len(f.progress) + 1
    with pytest.raises(CorrectionError, match="was not joined to another"):
        fix("split_row", second)
    at_the_joined_row = validate(dataclasses.replace(split, value=str(second.row)), joined)
    assert len(read(document, [fix("join_rows", first), at_the_joined_row]).progress) == len(
        f.progress
    )


def test_joins_and_splits_that_make_no_sense_are_refused() -> None:
    document = extract(BOARD.parents[2] / "morrowby" / "2019-20_annual_report.pdf")
    f = read(document)
    sha = f.document.sha256
    table = next(t for t in f.tables if len([r for r in t.rows if not r.section]) > 3)
    data = [r for r in table.rows if not r.section]
    first, third, last = data[0], data[2], table.rows[-1]

    def fix(kind: str, row: object, value: str = "", on: Findings = f) -> Correction:
        target = Target(sha, table=row.table, row=row.row)  # type: ignore[attr-defined]
        return validate(Correction(f"c-{kind}", kind, target, value, "m", AT), on)

    with pytest.raises(CorrectionError, match=r"are not next to each other"):
        fix("join_rows", first, str(third.row))
    with pytest.raises(CorrectionError, match=r"is the last row of table"):
        fix("join_rows", last)
    band = next(r for t in f.tables for r in t.rows if r.section)
    with pytest.raises(CorrectionError, match=r"is read as a section row"):
        fix("join_rows", band)
    banded = fix("section_row", first, "yes")
    then = dataclasses.replace(fix("join_rows", first), at="2026-01-03")
    assert [u.correction for u in read(document, [banded, then]).unapplied] == [then.id]
    joined = read(document, [fix("join_rows", first)])
    rows = [r for t in joined.tables for r in t.rows]
    row = next(r for r in rows if (r.table, r.row) == (first.table, first.row))
    assert row.joined
    with pytest.raises(CorrectionError, match=r"cannot be split at '0'"):
        fix("split_row", row, "0", on=joined)
    with pytest.raises(CorrectionError, match=rf"cannot be split at '{row.row}'"):
        fix("split_row", row, str(row.row), on=joined)
