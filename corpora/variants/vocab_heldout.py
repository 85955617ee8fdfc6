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
        "about_text": "{board} joins up the public agencies and the voluntary sector. "
        "Its {manager_role}, {manager}, supports the committee day to day.",
        "people_table": "Who attends",
        "people_prose": "Who steers us",
        "priorities": "What we chose to tackle",
        "priority_note": "Agencies spoke to this strand at each sitting.",
        "appendix": "Supplement: the {period} pledges one by one",
        "appendix_note": "Each pledge is set out below with what became of it.",
    },
    report_voices={
        "accountability_report": {
            "intro_heading": ("Before the detail", "Reflections at the outset"),
            "opening": (
                "I took up this post knowing {place} had much to be proud of, and I have "
                "tried to test that pride against what families told me during {period}.",
                "It falls to me, each spring, to say plainly whether the arrangements in "
                "{place} keep people from harm; these pages are that verdict for {period}.",
                "Over {period} I sat in on case discussions, visited the intake teams of several "
                "agencies and read a sample of files myself, so what follows rests on what "
                "I saw.",
            ),
            "addressees": (
                "I address these pages to the leaders who jointly asked me to hold "
                "them answerable, and through them to every worker in {place}.",
                "My findings go first to those who lead {board} together, and then to the "
                "residents of {place}, who are owed a straight answer.",
            ),
            "assessment_heading": ("My verdict", "Weighing it up"),
            "voice": (
                "I found leaders who listen to challenge and change course when the evidence "
                "says they should.",
                "I was less assured by how slowly lessons from case inquiries reach those "
                "on the front line.",
                "I pressed for a clearer picture of neglect, and I am now given one each quarter.",
                "I have seen the voluntary sector treated as an equal voice at the table, "
                "which I welcome.",
                "My worry remains the number of referrals that arrive without the detail "
                "needed to act.",
                "I am satisfied that the escalation route holds up, because I have tested it "
                "twice myself.",
            ),
            "closing": (
                "I am grateful to everyone who gave me their time and their candour.",
                "I commend these findings to the partners and will return to them next spring.",
            ),
        },
        "annual_report": {
            "foreword": (
                "Looking back over {period}, the agencies of {place} can point to real "
                "gains for the families they serve.",
                "Our thanks go to every worker whose patience kept residents of {place} from harm.",
            ),
            "opening": (
                "During {period} the agencies of {board} kept their attention on the "
                "families most at risk in {place}.",
                "Across {period} the member agencies pooled their budgets, their data and "
                "their training so that help arrives sooner.",
            ),
            "subgroup_heading": ("What our committees did", "Committees"),
            "subgroups": (
                "Hindsight Committee",
                "Oversight Committee",
                "Workforce Committee",
                "Exploitation Committee",
                "Outreach Committee",
            ),
            "subgroup_text": (
                "The {group} met regularly, sampled its own files and passed what "
                "it learned to the wider membership.",
                "The {group} took the lead on a pair of audits and presented each to the full "
                "membership.",
            ),
            "data_heading": ("At a glance", "Trends we watch"),
            "data_header": ("Tally | Before | Latest",),
            "measures": (
                "Calls taken by the first-response desk | 4,210 | 4,655",
                "Enquiries closed inside the expected time | 71% | 78%",
                "Worries raised about older or disabled residents | 1,302 | 1,288",
                "Professionals trained | 2,940 | 3,415",
                "Missing episodes followed up | 388 | 412",
            ),
            "statutory_heading": ("Obligations we carry", "What is required of us"),
            "statutory": (
                "Each agency completed its yearly self-assessment of its obligations.",
                "A pair of rapid inquiries went to the national overseers within fifteen days.",
                "The budget was met by the mandated agencies in agreed shares.",
            ),
        },
    },
)
