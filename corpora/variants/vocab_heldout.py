"""HELD-OUT vocabulary: used only to MEASURE readers, never to develop them.

Do not read these words into product rules (nlp/, extract/): a rule keyed to any of
them makes the held-out score meaningless. Nothing here is shared with vocab_dev.py,
and the layouts `banded_plan` and `progress_per_priority` occur only in this part.
"""

from __future__ import annotations

from corpora.variants.vocab import Scheme, Vocab

SCHEMES = (
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
)

HELDOUT = Vocab(
    part="heldout",
    plan_layouts=("banded_plan", "headed_lists", "merged_rows", "rag_plan", "table_per_priority"),
    report_layouts=("single_table", "progress_per_priority"),
    plan_titles=("Strategic Delivery Plan", "Annual Work Programme", "Improvement Framework"),
    report_titles=(
        ("annual_report", "Yearly Review"),
        ("annual_report", "Annual Safeguarding Report"),
        ("accountability_report", "Chair's Report on Effectiveness"),
    ),
    progress_headers=(
        ("Recommendation", "Response"),
        ("Objective", "What happened"),
        ("Commitment", "Progress made"),
        ("We committed to", "Where we are now"),
        ("Intended deliverable", "Position at year end"),
    ),
    extra_columns=(
        ("Rating", "status"),
        ("Progress rating", "status"),
        ("Owner", "lead"),
        ("Target date", "timescale"),
        ("No.", "ref"),
    ),
    plan_columns={
        "priority": ("Objective area", "Aim"),
        "ref": ("No.", "#"),
        "action": ("What we will do", "Deliverable"),
        "lead": ("Owner", "Responsible"),
        "timescale": ("Target date", "Deadline"),
        "outcome": ("Difference it will make", "Intended impact"),
        "status": ("Rating", "Current position"),
    },
    schemes=SCHEMES,
    priority_labels=("PRIORITY {n}:", "Objective {n} –", "Aim {letter}:", "Area of Focus {roman}:"),
    report_intros=(
        "{count} priorities were agreed for {period}:",
        "During {period} partners worked to these aims:",
    ),
    blocks=("What success looks like", "Impact measures", "Evidence of impact"),
    board_styles=(
        "{place} Safeguarding Children Partnership",
        "{place} Safeguarding Adults Partnership Board",
    ),
    cover_styles=("caps_acronym", "with_the"),
    period_styles=("endash", "full", "dated"),
    multi_styles=("full", "endash_full"),
    people_styles=("attendance", "apposition", "appointed"),
    membership_headers=(("Name (initials)", "Title", "Representing"),),
    number_schemes=("letters", "hash_ref", "dotted"),
)
