"""DEVELOPMENT vocabulary: the words and layouts readers may be developed against.

Nothing here is shared with vocab_heldout.py; see README.md. The items marked "from
held-out" were held-out words until they were (or became) product words; by the
held-out rule they moved here and the held-out part got fresh ones.
"""

from __future__ import annotations

from corpora.variants.vocab import Scheme, Vocab

RAG_FILLS = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

SCHEMES = (
    Scheme(
        "rag_words",
        {
            "complete": (("Green", RAG_FILLS["Green"]),),
            "in_progress": (("Amber", RAG_FILLS["Amber"]),),
            "delayed": (("Red", RAG_FILLS["Red"]),),
            "planned": (("Not started", None),),
            "unknown": (("Not known", None),),
        },
    ),
    Scheme(
        "on_track",
        {
            "complete": (("Complete", "C6EFCE"),),
            "in_progress": (("On track", "FFEB9C"),),
            "delayed": (("Off track", "FFC7CE"), ("At risk", "FFC7CE")),
            "planned": (("Not yet started", None),),
            "unknown": (("No update", None),),
        },
    ),
    Scheme(
        "numeric_key",
        {
            "complete": (("1", None),),
            "in_progress": (("2", None),),
            "delayed": (("3", None),),
            "planned": (("4", None),),
            "unknown": (("–", None),),
        },
        key="Key: 1 = Complete; 2 = On track; 3 = Some slippage; 4 = Not started.",
    ),
    Scheme(
        "shaded",
        {
            "complete": (("", "00B050"),),
            "in_progress": (("", "FFC000"),),
            "delayed": (("", "FF0000"),),
            "planned": (("", "D9D9D9"),),
            "unknown": (("", "FFFFFF"),),
        },
        key="Green: complete. Amber: in progress. Red: delayed. Grey: not started.",
    ),
    # from held-out: BRAG with a key
    Scheme(
        "brag",
        {
            "complete": (("Blue", "5B9BD5"),),
            "in_progress": (("Green", "70AD47"),),
            "delayed": (("Amber", "FFC000"), ("Red", "C00000")),
            "planned": (("Not yet due", None),),
            "unknown": (("Unrated", None),),
        },
        key="B = completed, G = on target, A = some slippage, R = significant concern.",
    ),
    # from held-out
    Scheme(
        "achieved",
        {
            "complete": (("Achieved", None),),
            "in_progress": (("Partially achieved", None),),
            "delayed": (("Not achieved", None),),
            "planned": (("Not yet begun", None),),
            "unknown": (("Not assessed", None),),
        },
    ),
    # from held-out
    Scheme(
        "symbols",
        {
            "complete": (("✓", None),),
            "in_progress": (("◐", None),),
            "delayed": (("✗", None),),
            "planned": (("○", None),),
            "unknown": (("?", None),),
        },
        key="✓ done   ◐ in hand   ✗ behind schedule   ○ not begun   ? no information",
    ),
    # from held-out: letters A–E with a key (A and B are also RAG letters elsewhere)
    Scheme(
        "letter_key",
        {
            "complete": (("A", None),),
            "in_progress": (("B", None),),
            "delayed": (("C", None),),
            "planned": (("D", None),),
            "unknown": (("E", None),),
        },
        key="Progress rating: A – fully delivered, B – progressing, C – behind plan, "
        "D – yet to begin, E – no return received",
    ),
    Scheme(
        "percent",
        {
            "complete": (("100% complete", None),),
            "in_progress": (("67% complete", None), ("50% complete", None), ("40% complete", None)),
            "delayed": (("20% complete", None),),
            "planned": (("0% complete", None),),
            "unknown": (("Not known", None),),
        },
    ),
)

DEV = Vocab(
    part="dev",
    plan_layouts=("cell_lists", "merged_rows", "table_per_priority", "headed_lists", "rag_plan"),
    report_layouts=("single_table", "banded"),
    plan_titles=(
        "Business Plan",
        "Strategic Plan",
        "Business Improvement Plan",
        *(
            "Strategic Delivery Plan",
            "Annual Work Programme",
            "Improvement Framework",
        ),  # from held-out
    ),
    report_titles=(
        ("annual_report", "Annual Report"),
        ("accountability_report", "Independent Chair's Accountability Report"),
        # from held-out
        ("annual_report", "Yearly Review"),
        ("annual_report", "Annual Safeguarding Report"),
        ("accountability_report", "Chair's Report on Effectiveness"),
    ),
    progress_headers=(
        ("Planned Action", "Update"),
        ("Action", "Progress"),
        ("What we said we would do", "What we did"),
        ("Action", "Progress update"),
        # from held-out
        ("Recommendation", "Response"),
        ("Objective", "What happened"),
        ("Commitment", "Progress made"),
        ("We committed to", "Where we are now"),
        ("Intended deliverable", "Position at year end"),
    ),
    extra_columns=(
        ("Status", "status"),
        ("RAG", "status"),
        ("Lead", "lead"),
        ("Ref", "ref"),
        # from held-out
        ("Rating", "status"),
        ("Progress rating", "status"),
        ("Owner", "lead"),
        ("Target date", "timescale"),
        ("No.", "ref"),
    ),
    plan_columns={  # the second pair of each from held-out
        "priority": ("Priority", "Strategic Priority", "Objective area", "Aim"),
        "ref": ("Ref", "No", "No.", "#"),
        "action": ("Action", "Actions", "What we will do", "Deliverable"),
        "lead": ("Lead", "Lead Officer", "Owner", "Responsible"),
        "timescale": ("Timescale", "By when", "Target date", "Deadline"),
        "outcome": ("Outcome", "Outcomes", "Difference it will make", "Intended impact"),
        "status": ("RAG", "Status", "Rating", "Current position"),
    },
    schemes=SCHEMES,
    priority_labels=(
        "Priority {n}:",
        "Strategic Priority {word}:",
        "Theme {n}:",
        "{n}.",
        *(
            "PRIORITY {n}:",
            "Objective {n} –",
            "Aim {letter}:",
            "Area of Focus {roman}:",
        ),  # from held-out
    ),
    report_intros=(
        "The priorities for {period} are:",
        "Our plan for {period} set these priorities:",
        # from held-out
        "{count} priorities were agreed for {period}:",
        "During {period} partners worked to these aims:",
    ),
    blocks=(
        "How we will know",
        "Measures of success",
        "Outcomes",
        *("What success looks like", "Impact measures", "Evidence of impact"),  # from held-out
    ),
    board_styles=(
        "{place} Safeguarding Children Board",
        "{place} Safeguarding Adults Board",
        # from held-out
        "{place} Safeguarding Children Partnership",
        "{place} Safeguarding Adults Partnership Board",
    ),
    cover_styles=("plain", "acronym"),
    period_styles=("slash", "hyphen", "months"),
    multi_styles=("short",),
    people_styles=("membership", "name_role", "attendance", "apposition", "appointed"),
    membership_headers=(
        ("Name", "Role", "Organisation"),
        ("Member", "Position", "Agency"),
        ("Name (initials)", "Title", "Representing"),  # from held-out
    ),
    number_schemes=("dotted", "per_priority", "continuous", "ref"),
    captions=("Actions {period}",),
    people_templates={
        "name_role": "{name}, {role}, led the board's work with {org}.",
        # from held-out
        "apposition": "{role} of {org}, {name}, sat on the Executive Group throughout the year.",
        "appointed": "In {month} the partnership appointed {name} as {role} for {org}.",
    },
    headings={
        "foreword": "Foreword",
        "plan_foreword": "This plan sets out what the partners of {board} will do together, "
        "and how we will know that it has made a difference.",
        "actions": "Our actions",
        "outcomes_lead": "What we want to achieve:",
        "plan_lead": "We will:",
        "report_foreword": "This report describes what the partnership did in {period} to keep "
        "people safe, what difference it made, and where we still need to improve.",
        "about": "About the board",
        "about_text": "{board} brings together the statutory partners and the agencies that "
        "work with families. The board is supported by its {manager_role}, {manager}.",
        "people_table": "Board membership",
        "people_prose": "Leadership",
        "priorities": "Our priorities",
        "priority_note": "Partners reported on this priority at every board meeting.",
        "appendix": "Appendix: progress against the {period} plan",
        "appendix_note": "The table below reports on each action in the plan and what was done.",
    },
)
