"""The shape of a presentation vocabulary, and the renderers that use one.

A `Vocab` holds every word a document uses to present its content (table headers,
status words, priority labels, labelled blocks, board-name and period styles) and
the layouts it may use. `vocab_dev.DEV` is for developing readers; `vocab_heldout`
is only ever used to measure them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WORDS = ("One", "Two", "Three", "Four", "Five")
ROMAN = ("I", "II", "III", "IV", "V")
LETTERS = ("A", "B", "C", "D", "E")


@dataclass(frozen=True)
class Scheme:
    """A status vocabulary: status -> (cell text, fill colour or None) choices."""

    name: str
    cells: dict[str, tuple[tuple[str, str | None], ...]]
    key: str | None = None  # a key printed near the table ("1 = Complete, ...")


@dataclass(frozen=True)
class Vocab:
    part: str
    plan_layouts: tuple[str, ...]
    report_layouts: tuple[str, ...]
    plan_titles: tuple[str, ...]
    report_titles: tuple[tuple[str, str], ...]  # (kind, title)
    progress_headers: tuple[tuple[str, str], ...]  # (action column, update column)
    extra_columns: tuple[tuple[str, str], ...]  # (label, role: status|ref|lead|timescale)
    plan_columns: dict[str, tuple[str, ...]]  # role -> header choices in plan tables
    schemes: tuple[Scheme, ...]
    priority_labels: tuple[str, ...]  # "Priority {n}:", "Theme {n}", "{n}."
    report_intros: tuple[str, ...]  # "The priorities for {period} are:"
    blocks: tuple[str, ...]  # labelled blocks after action lists
    board_styles: tuple[str, ...]  # children/adults name patterns
    cover_styles: tuple[str, ...]  # caps_acronym | plain | acronym | with_the
    period_styles: tuple[str, ...]  # single-year printed styles
    multi_styles: tuple[str, ...]  # multi-year printed styles
    people_styles: tuple[str, ...]
    membership_headers: tuple[tuple[str, str, str], ...]
    number_schemes: tuple[str, ...]  # dotted | per_priority | continuous | ref | letters
    captions: tuple[str, ...]  # the actions' heading/column naming their year: "Actions {period}"
    people_templates: dict[str, str]  # prose people style -> "{name}, {role}, led … {org}."
    headings: dict[str, str]  # fixed headings and lead-in sentences of the writers (HEADINGS)
    # kind -> part -> choices: how each kind of report speaks (VOICE_PARTS); empty = a
    # report written as before the voices (foreword, board, priorities, appendix only)
    report_voices: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


HEADINGS = (
    "foreword",  # heading "Foreword"
    "plan_foreword",  # "This plan sets out what the partners of {board} will do together…"
    "actions",  # heading over the plan's actions when no caption names their year
    "outcomes_lead",  # "What we want to achieve:" before a priority's outcomes
    "plan_lead",  # "We will:" before a numbered list of actions
    "report_foreword",  # "This report describes what the partnership did in {period}…"
    "about",  # heading "About the board"
    "about_text",  # "{board} brings together …, {manager_role}, {manager}."
    "people_table",  # heading over a membership table
    "people_prose",  # heading over people sentences
    "priorities",  # heading over the report's list of priorities
    "priority_note",  # sentence under each priority heading in a report
    "appendix",  # "Appendix: progress against the {period} plan"
    "appendix_note",  # sentence under the appendix heading
)


# The parts of `Vocab.report_voices`, by report kind (reports.py places them where a real
# report has them). Placeholders: {board} {place} {period}; {group} in subgroup_text.
# Prose parts (sentences) need only avoid the product's decisive kind words; headings
# and names are presentation words like any other (tests/test_variants_heldout.py).
VOICE_PARTS = {
    # the independent Chair's / Scrutineer's own assessment, addressed to the leaders
    "accountability_report": (
        "intro_heading",  # heading after the foreword: the Chair's introduction
        "opening",  # first person singular: "In this, my second year as …"
        "addressees",  # one line naming whom it is addressed to (the partners' leaders)
        "assessment_heading",  # heading over the Chair's assessment
        "voice",  # first-person sentences of assessment; 3-4 drawn per report
        "closing",  # the last sentence before the Chair signs, at the end of the body
    ),
    # the board's own account of its year, in its collective voice
    "annual_report": (
        "foreword",  # a board-voice sentence added to the foreword
        "opening",  # board voice ("The board …", "we", "partners"), after "about"
        "subgroup_heading",  # heading over the subgroups' section
        "subgroups",  # subgroup names; 2-3 drawn
        "subgroup_text",  # one paragraph per drawn subgroup, "{group} …"
        "data_heading",  # heading over the data / performance section
        # A HEADER ROW when it holds "|": the measures are then "|"-separated rows of a
        # small table under it (same number of cells); without "|" it is a lead-in line
        # and each measure is a paragraph of its own
        "data_header",
        "measures",  # 3-4 drawn: table rows or sentences (as data_header says)
        "statutory_heading",  # heading over the statutory duties (reviews, audits)
        "statutory",  # 2 drawn sentences
    ),
}


def label(template: str, n: int) -> str:
    return template.format(n=n, word=WORDS[n - 1], roman=ROMAN[n - 1], letter=LETTERS[n - 1])


def short_year(y: int) -> str:
    return f"{y % 100:02d}"


def period_text(style: str, y: int) -> str:
    """A one-year period starting April `y`, printed in `style`."""
    return {
        "slash": f"{y}/{short_year(y + 1)}",
        "hyphen": f"{y}-{short_year(y + 1)}",
        "endash": f"{y}–{short_year(y + 1)}",
        "full": f"{y}-{y + 1}",
        "months": f"April {y} to March {y + 1}",
        "dated": f"1st April {y} – 31st March {y + 1}",
    }[style]


def multi_text(style: str, y0: int, y1: int) -> str:
    """A multi-year period from April `y0` to March `y1`."""
    return {
        "short": f"{y0}-{short_year(y1)}",
        "full": f"{y0}-{y1}",
        "endash_full": f"{y0} – {y1}",
        "slash_pair": f"{y0}/{short_year(y0 + 1)} to {y1 - 1}/{short_year(y1)}",
    }[style]


def number(scheme: str, pri: int, k: int, running: int) -> str:
    """An action's printed number (no trailing dot)."""
    if scheme == "per_priority":
        return str(k)
    if scheme == "continuous":
        return str(running)
    if scheme == "ref":
        return f"P{pri}.{k}"
    if scheme == "letters":
        return f"{pri}{'abcdefghij'[k - 1]}"
    if scheme == "hash_ref":
        return f"{LETTERS[pri - 1]}{k}"
    return f"{pri}.{k}"
