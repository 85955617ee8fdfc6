"""Carrying last year's report forward: ordinals that may no longer be the author's,
a missing year, the author's role, and the report's own date range. Small hand-built
ledgers (invented boards and sentences), plus one check per problem on the corpus board
where it was seen."""

from __future__ import annotations

import pytest

from drafting.build import build_draft
from drafting.model import Draft, Sentence
from drafting.writers.text import write_md
from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Person, Section
from nlp.ledger import Ledger
from tests.drafting.pipeline import board_run

FILE = "report.docx"


def _src(k: int) -> Source:
    return Source(file=FILE, sha256="f00d" * 16, paragraph=k)


def _ledger(
    paragraphs: list[str],
    *,
    period: str = "2019/20",
    title: str = "Annual Report 2019/20",
    people: tuple[Person, ...] = (),
) -> Ledger:
    """One report whose section 1 holds `paragraphs` (1.1, 1.2, …), with one action."""
    sections = [Section("1", "Introduction", "", _src(1))]
    sections += [
        Section(f"1.{k}", "Introduction", text, _src(k + 1))
        for k, text in enumerate(paragraphs, start=1)
    ]
    info = DocumentInfo(
        FILE, "f00d" * 16, "docx", 4, title, "Fenwold Board", "annual_report", period
    )
    action = Action("a1", "1", "1", "Review the threshold document", (), period, _src(0))
    return Ledger((Findings(info, tuple(sections), (), (action,), (), people),), (), ())


def _sentences(draft: Draft) -> list[Sentence]:
    return [s for p in draft.sections[0].paragraphs for s in p.sentences]


def _texts(draft: Draft) -> list[str]:
    return [s.text for s in _sentences(draft)]


# 1. Ordinals --------------------------------------------------------------------------


def test_ordinal_moves_when_nothing_says_the_author_changed() -> None:
    draft = build_draft(_ledger(["This is my second annual report."]))
    assert _texts(draft)[0] == "This is my third annual report."


def test_final_ordinal_is_kept_as_written_and_marked_for_revision() -> None:
    draft = build_draft(_ledger(["This is my second and final annual report."]))
    first = _sentences(draft)[0]
    assert first.kind == "advanced" and first.text == "This is my second and final annual report."
    assert first.revise == (
        "This was the previous author's second and final annual report: say whether this "
        "is your first report."
    )
    assert first.cites[0].source.paragraph == 2
    assert not any("third" in t for t in _texts(draft))
    assert not any(s.kind == "quoted" for s in _sentences(draft))


def test_handover_elsewhere_stops_the_ordinal_moving() -> None:
    paragraphs = [
        "This is my second annual report.",
        "I am stepping down in the summer and thank the partners for their support.",
    ]
    sentences = _sentences(build_draft(_ledger(paragraphs)))
    assert sentences[0].text == "This is my second annual report."
    assert sentences[0].revise.startswith("This was the previous author's second annual report")
    assert not any("third" in s.text for s in sentences)


def test_one_off_events_of_last_year_are_marked_not_prefixed() -> None:
    paragraphs = [
        "In October 2019 the Board held its first practitioner conference.",
        "The Board meets every quarter.",
    ]
    first, second = _sentences(build_draft(_ledger(paragraphs)))[:2]
    assert first.text == paragraphs[0]
    assert first.revise == "Tells of October 2019, last year: revise it for 2020/21 or delete it."
    assert second.text == paragraphs[1] and second.revise == ""


def test_someone_a_source_says_has_left_is_marked() -> None:
    people = (Person("Ann Bell", "Vice-Chair", None, _src(2)),)
    paragraphs = ["Ann Bell chairs the audit group.", "Ann Bell has moved to a regional role."]
    sentences = _sentences(build_draft(_ledger(paragraphs, people=people)))
    assert all(
        s.revise.startswith("Ann Bell has left (Annual Report 2019/20: “Ann Bell has")
        for s in sentences[:2]
    )


def test_last_report_meaning_the_previous_one_is_not_a_handover() -> None:
    paragraphs = ["This is my second annual report.", "Partners discussed my last annual report."]
    assert _texts(build_draft(_ledger(paragraphs)))[0] == "This is my third annual report."


def test_missing_year_is_noted_and_ordinals_are_not_moved() -> None:
    paragraphs = ["This is my second annual report.", "The Board met four times."]
    draft = build_draft(_ledger(paragraphs), period="2021/22")
    assert draft.notes[0] == (
        "No report for 2020/21 was found: quotes and carried-over facts come from the "
        "2019/20 report, and counts such as “my third report” are left for the report's "
        "author to give."
    )
    first = _sentences(draft)[0]
    assert first.text == "This is my second annual report."
    assert first.revise == (
        "The 2019/20 report called itself the “second annual report”; no report for "
        "2020/21 was found: say which this one is."
    )
    assert draft.title == "Annual Report 2021/22"


# 2. The author's role ---------------------------------------------------------------


def test_author_from_the_signature_on_behalf_of() -> None:
    paragraphs = ["The partners met monthly.\nA. Bell\nC. Dunn\nOn behalf of the three partners"]
    draft = build_draft(_ledger(paragraphs))
    assert draft.author == "the three partners"
    assert _texts(draft)[-1].startswith("[For the three partners to write: ")
    md = write_md(draft)
    assert "Draft for the three partners to complete" in md
    assert "Independent Chair" not in md and "For the Chair" not in md


def test_author_from_the_line_under_a_named_signatory() -> None:
    people = (Person("Ann Bell", None, None, _src(2)),)
    paragraphs = ["I thank everyone.\nDr Ann Bell\nIndependent Scrutineer, Fenwold\nMay 2020"]
    draft = build_draft(_ledger(paragraphs, people=people))
    assert draft.author == "the Independent Scrutineer"


def test_author_from_what_the_report_says_then_neutral() -> None:
    said = build_draft(_ledger(["This report sets out my role as Independent Chair."]))
    assert said.author == "the Independent Chair"
    titled = build_draft(_ledger(["Hello."], title="Independent Chair's Report 2019/20"))
    assert titled.author == "the Independent Chair"
    assert build_draft(_ledger(["Hello."])).author == "the report's author"


# 3. The report's own date range -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "restated"),
    [
        (
            "This report covers April 2019 to March 2020.",
            "This report covers April 2020 to March 2021.",
        ),
        (
            "It runs from 1 April 2019 – 31 March 2020.",
            "It runs from 1 April 2020 – 31 March 2021.",
        ),
    ],
)
def test_own_date_range_restated_a_year_on_and_quoted_verbatim(said: str, restated: str) -> None:
    draft = build_draft(_ledger([said, "A second paragraph."]))
    first = _sentences(draft)[0]
    assert first.text == restated and first.revise == ""
    assert first.cites[0].quote == said  # the source keeps last year's words


def test_other_date_ranges_stay() -> None:
    first = _sentences(build_draft(_ledger(["Training ran from April 2018 to March 2020."])))[0]
    assert first.text == "Training ran from April 2018 to March 2020."
    assert first.revise.startswith("Tells of April 2018: revise")


# On the corpus boards where the problems were seen -----------------------------------


def test_harrowfield_final_report_and_missing_year() -> None:
    ledger, _docs = board_run("harrowfield")
    draft = build_draft(ledger)
    ordinal = draft.sections[0].paragraphs[1].sentences[0]
    assert ordinal.text == "This is my third and final Accountability Report."
    assert "third and final" in ordinal.revise
    assert "fourth" not in write_md(draft)
    later = build_draft(ledger, period="2021/22")
    assert later.notes[0].startswith("No report for 2020/21 was found")
    assert "fifth and final" not in write_md(later) and "fourth" not in write_md(later)


def test_kestrelvale_author_and_period() -> None:
    ledger, _docs = board_run("kestrelvale")
    draft = build_draft(ledger)
    md = write_md(draft)
    assert draft.author == "the safeguarding partners"
    assert "Independent Chair" not in md and "For the Chair" not in md
    assert "1.1 This report covers April 2023 to March 2024." in md
    assert "“This report covers April 2022 to March 2023.”" in md  # in its source note


def test_harrowfield_handover_to_a_scrutineer_and_people_who_left() -> None:
    # The 2019/20 report: "I hand over … to Professor Alan Greaves-Mott", appointed
    # "Independent Scrutineer"; the Vice-Chair "has moved to a regional role".
    ledger, _docs = board_run("harrowfield")
    draft = build_draft(ledger)
    assert draft.author == "the Independent Scrutineer"
    assert draft.title == "Independent Scrutineer's Accountability Report 2020/21"
    every = [s for sec in draft.sections for p in sec.paragraphs for s in p.sentences]
    vice = next(s for s in every if "Nadia Fairclough" in s.text)
    assert vice.revise.startswith("Nadia Fairclough has left")
    # last year's sign-off (her name, role, board and date) is not carried forward
    assert not any(s.text.startswith("Rosalind Ashworth-Kerr") for s in every)
    assert not any(s.text.endswith(("May 2019", "June 2020")) for s in every)
    role = next(s for s in every if "my role as" in s.text)
    assert "my role as Independent Scrutineer during 2020/21" in role.text
    staying = next(s for s in every if "Owen Treharne" in s.text)
    assert "has left" not in staying.revise


# Last year's facts, counts, look-aheads and changes of people -------------------------


def test_a_fact_of_last_years_period_is_kept_as_written_and_marked() -> None:
    draft = build_draft(
        _ledger(["2019/20 was the year our new Hub opened.", "This report covers 2019/20."])
    )
    fact, scope = [s for s in _sentences(draft) if s.kind == "advanced"]
    assert fact.text == "2019/20 was the year our new Hub opened."
    assert fact.revise == "Tells of 2019/20, last year: revise it for 2020/21 or delete it."
    assert scope.text == "This report covers 2020/21." and not scope.revise


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("The Panel has sat eleven times since May.", "Last year's figure (“eleven times”)"),
        ("Over 340 staff have been trained.", "Last year's figure (“340 staff”)"),
        ("This year the Panel moved to new rooms.", "Tells of last year (“This year”)"),
        ("In the coming year we shall audit referrals.", "Last year's look ahead"),
        ("Ann Hale is handing over to Raj Pal as Vice-Chair.", "Last year's change of people"),
    ],
)
def test_sentences_that_may_no_longer_hold_are_marked_in_a_note(sentence: str, note: str) -> None:
    (s,) = [s for s in _sentences(build_draft(_ledger([sentence]))) if s.kind == "advanced"]
    assert s.text == sentence  # the text is last year's, no prefix
    assert note in s.revise


@pytest.mark.parametrize(
    "sentence",
    [
        "We keep to the four principles of the Board.",
        "Appendix 2 lists the members.",
        "The Board is chaired independently.",
        "In it I will set out what the report covers.",
    ],
)
def test_sentences_that_still_hold_get_no_note(sentence: str) -> None:
    (s,) = [s for s in _sentences(build_draft(_ledger([sentence]))) if s.kind == "advanced"]
    assert not s.revise, s.revise


def test_last_years_sign_off_is_not_carried_forward() -> None:
    text = "We will finish the review. Jo Marsh OBE Independent Chair, Fenwold Board 3rd May 2020"
    said = [s.text for s in _sentences(build_draft(_ledger([text]))) if s.kind == "advanced"]
    assert said == ["We will finish the review."]
    kept = "The Panel last met in May 2020"  # a sentence, not a sign-off
    assert _texts(build_draft(_ledger([kept])))[0] == kept


def test_a_sign_off_on_behalf_of_the_partners_is_not_carried_forward() -> None:
    text = (
        "We will publish the plan in June. Jo Marsh Chief Inspector Ann Vale Dr Sam Reed "
        "On behalf of the safeguarding partners"
    )
    said = [s.text for s in _sentences(build_draft(_ledger([text]))) if s.kind == "advanced"]
    assert said == ["We will publish the plan in June."]
    kept = "We met in June. Staff spoke on behalf of the children we serve"
    assert _texts(build_draft(_ledger([kept])))[:2] == ["We met in June.", kept.split(". ")[1]]
