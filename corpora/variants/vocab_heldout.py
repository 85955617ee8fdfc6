"""HELD-OUT vocabulary: used only to MEASURE readers, never to develop them.

Do not read these words into product rules (nlp/, extract/): a rule keyed to any of
them makes the held-out score meaningless. Nothing here is shared with vocab_dev.py,
and no content word here is in a product word list (tests/test_variants_heldout.py);
the layouts `banded_plan` and `progress_per_priority` occur only in this part. Words
that became product words moved to vocab_dev.py (README.md).
"""

from __future__ import annotations

from corpora.variants.vocab import Scheme, Vocab

SCHEMES = (
    Scheme(
        "secured",
        {
            "complete": (("Secured", None),),
            "in_progress": (("Advancing", None),),
            "delayed": (("Faltering", None),),
            "planned": (("Queued", None),),
            "unknown": (("Unverified", None),),
        },
    ),
    Scheme(
        "gathering_pace",
        {
            "complete": (("Fulfilled", "A9D18E"),),
            "in_progress": (("Gathering pace", "FFE699"),),
            "delayed": (("Struggling", "F4B183"),),
            "planned": (("On the horizon", None),),
            "unknown": (("Unclear", None),),
        },
    ),
    Scheme(
        "shapes",
        {
            "complete": (("★", None),),
            "in_progress": (("▲", None),),
            "delayed": (("▼", None),),
            "planned": (("◇", None),),
            "unknown": (("n/k", None),),
        },
        key="Legend: ★ fulfilled   ▲ gathering pace   ▼ struggling   ◇ on the horizon"
        "   n/k unclear",
    ),
    Scheme(
        "letter_legend",
        {
            "complete": (("S", None),),
            "in_progress": (("T", None),),
            "delayed": (("U", None),),
            "planned": (("W", None),),
            "unknown": (("Z", None),),
        },
        key="Legend: S – secured, T – taking shape, U – unsatisfactory headway, "
        "W – waiting its turn, Z – unclear",
    ),
)

HELDOUT = Vocab(
    part="heldout",
    plan_layouts=("banded_plan", "headed_lists", "merged_rows", "rag_plan", "table_per_priority"),
    report_layouts=("single_table", "progress_per_priority"),
    plan_titles=("Joint Agenda", "Joint Roadmap", "Blueprint for Change"),
    report_titles=(
        ("annual_report", "Yearly Digest"),
        ("annual_report", "Retrospective"),
        ("accountability_report", "Scrutineer's Appraisal"),
    ),
    progress_headers=(
        ("Pledge", "Outturn"),
        ("Intention", "Narrative"),
        ("We pledged to", "How far we got"),
        ("Undertaking", "Headway"),
        ("Proposal", "Where things stand"),
    ),
    extra_columns=(
        ("Verdict", "status"),
        ("Grade", "status"),
        ("Sponsor", "lead"),
        ("Milestone", "timescale"),
        ("Code", "ref"),
    ),
    plan_columns={
        "priority": ("Strand", "Pillar"),
        "ref": ("Code", "Line"),
        "action": ("Pledge", "Undertaking"),
        "lead": ("Sponsor", "Steward"),
        "timescale": ("Milestone", "Finish by"),
        "outcome": ("What residents gain", "Change sought"),
        "status": ("Verdict", "Grade"),
    },
    schemes=SCHEMES,
    priority_labels=("STRAND {n}:", "Pillar {roman} –", "Challenge {word}:", "Domain {letter}:"),
    report_intros=(
        "{count} strands shaped our joint efforts in {period}:",
        "The matters we chose to tackle in {period} were:",
    ),
    blocks=("Signs of change", "What residents should notice", "Gains we hope for"),
    board_styles=("{place} Child Protection Committee", "{place} Public Protection Committee"),
    cover_styles=("caps_acronym", "with_the"),
    period_styles=("endash", "full", "dated"),
    multi_styles=("full", "endash_full"),
    people_styles=("attendance", "apposition", "became"),
    membership_headers=(("Delegate (initials)", "Capacity", "On behalf of"),),
    number_schemes=("letters", "hash_ref", "dotted"),
    captions=("Pledges {period}", "Our {period} pledges"),
    people_templates={
        "apposition": "{role} of {org}, {name}, contributed to every sitting.",
        "became": "In {month} {name} became {role} at {org}.",
    },
    headings={
        "foreword": "Preface",
        "plan_foreword": "These pages set out what the agencies of {board} will do together "
        "over the coming months, and how residents should notice a change.",
        "actions": "The pledges in detail",
        "outcomes_lead": "The change sought:",
        "plan_lead": "We pledge to:",
        "report_foreword": "This document looks back on {period}: what the agencies did to "
        "keep people safe, what changed, and what is still to do.",
        "about": "Who we are",
        "about_text": "{board} joins up the statutory agencies and the voluntary sector. "
        "Its {manager_role}, {manager}, supports the committee day to day.",
        "people_table": "Who attends",
        "people_prose": "Who steers us",
        "priorities": "What we chose to tackle",
        "priority_note": "Agencies spoke to this strand at each sitting.",
        "appendix": "Supplement: the {period} pledges one by one",
        "appendix_note": "Each pledge is set out below with what became of it.",
    },
)
