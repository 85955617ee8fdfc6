"""DEVELOPMENT vocabulary: the words and layouts readers may be developed against.

Nothing here is shared with vocab_heldout.py; see README.md.
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
    plan_titles=("Business Plan", "Strategic Plan", "Business Improvement Plan"),
    report_titles=(
        ("annual_report", "Annual Report"),
        ("accountability_report", "Independent Chair's Accountability Report"),
    ),
    progress_headers=(
        ("Planned Action", "Update"),
        ("Action", "Progress"),
        ("What we said we would do", "What we did"),
        ("Action", "Progress update"),
    ),
    extra_columns=(("Status", "status"), ("RAG", "status"), ("Lead", "lead"), ("Ref", "ref")),
    plan_columns={
        "priority": ("Priority", "Strategic Priority"),
        "ref": ("Ref", "No"),
        "action": ("Action", "Actions"),
        "lead": ("Lead", "Lead Officer"),
        "timescale": ("Timescale", "By when"),
        "outcome": ("Outcome", "Outcomes"),
        "status": ("RAG", "Status"),
    },
    schemes=SCHEMES,
    priority_labels=("Priority {n}:", "Strategic Priority {word}:", "Theme {n}:", "{n}."),
    report_intros=(
        "The priorities for {period} are:",
        "Our plan for {period} set these priorities:",
    ),
    blocks=("How we will know", "Measures of success", "Outcomes"),
    board_styles=("{place} Safeguarding Children Board", "{place} Safeguarding Adults Board"),
    cover_styles=("plain", "acronym"),
    period_styles=("slash", "hyphen", "months"),
    multi_styles=("short",),
    people_styles=("membership", "name_role"),
    membership_headers=(("Name", "Role", "Organisation"), ("Member", "Position", "Agency")),
    number_schemes=("dotted", "per_priority", "continuous", "ref"),
)
