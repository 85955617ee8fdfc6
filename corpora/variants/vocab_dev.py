"""DEVELOPMENT vocabulary: the words and layouts readers may be developed against.

Nothing here is shared with vocab_heldout.py; see README.md. `DEV` is the vocabulary
of the first eight dev boards; `DEV_WIDE` (the boards after them) adds `FROM_HELDOUT`:
words that were held out until they were (or became) product words, moved here by the
held-out rule when the held-out part got fresh ones.
"""

from __future__ import annotations

from dataclasses import replace

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

# How each kind of report speaks (`vocab.VOICE_PARTS`; issue 14, kind): the Chair's own
# first-person assessment, addressed to the leaders and signed at the end, against the
# board's collective voice with its subgroups, data and statutory sections. Prose here
# avoids the kind nouns and priority words, so that only the voice can tell the kinds apart
# when the title does not. Dev boards 0-15; `PLAIN_VOICES` for boards 20-22.
REPORT_VOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "accountability_report": {
        "intro_heading": ("Introduction from the Independent Chair", "The Chair's Introduction"),
        "opening": (
            "In my second year as Independent Chair I have looked closely at how well "
            "agencies in {place} kept children and adults safe during {period}.",
            "I was appointed to give an independent view of how the partners of {board} "
            "protect people, and these pages set out my assessment of {period}.",
            "These pages give my personal view, as Independent Chair, of how safe people "
            "in {place} were during {period}.",
        ),
        "addressees": (
            "To the Leader of {place} Council, the Chief Executive, the Chief Constable and "
            "the health commissioners.",
            "For the attention of the Chief Executive of {place} Council, the Police and "
            "Crime Commissioner and the local health leaders.",
        ),
        "assessment_heading": ("My assessment of the partnership", "What I have found"),
        "voice": (
            "I have attended every meeting of the board and its executive group.",
            "I am satisfied that the statutory partners now share the lead for safeguarding "
            "equally.",
            "I have challenged the police and health partners on the timeliness of their "
            "returns, and I have seen this improve.",
            "My view is that the partnership is stronger than it was, but it is not yet "
            "where it needs to be.",
            "I remain concerned that too few frontline staff know how to raise a concern "
            "about a colleague.",
            "I met young people and carers during the year, and what they told me has "
            "shaped my recommendations.",
            "I would ask each leader to make sure that their agency's safeguarding training "
            "is up to date.",
            "In my judgement the partners listen to challenge and act on it.",
        ),
        "closing": (
            "I commend this assessment to the leaders of {place} and thank everyone who has "
            "supported me.",
            "I look forward to continuing this challenge in the months ahead.",
        ),
    },
    "annual_report": {
        "foreword": (
            "The board is proud of what partners achieved together during {period}.",
            "We are grateful to every practitioner who helped keep people in {place} safe.",
        ),
        "opening": (
            "The board brings partners together to agree how agencies in {place} cooperate "
            "to keep people safe, and we hold each other to the standards we have agreed.",
            "During {period} we met six times as a full board, and our subgroups met "
            "between meetings.",
            "Partners in {place} share the duty to safeguard, and the board is where we "
            "check that it is done well.",
        ),
        "subgroup_heading": ("The work of our subgroups", "Subgroups"),
        "subgroups": (
            "Quality and Performance Subgroup",
            "Learning and Development Subgroup",
            "Policy and Procedures Subgroup",
            "Communications Subgroup",
        ),
        "subgroup_text": (
            "The {group} met quarterly and told the board what it had found at every meeting.",
            "During the year the {group} led the partnership's multi-agency audits and "
            "shared what it learnt with all partners.",
        ),
        "data_heading": ("Safeguarding in numbers", "Our data"),
        "data_header": ("Measure | {period} | Previous year",),
        "measures": (
            "Referrals received | 2,140 | 1,980",
            "Children subject to child protection measures | 212 | 236",
            "Early help assessments | 1,310 | 1,145",
            "Concerns raised about adults | 980 | 1,020",
            "Contacts to the front door | 5,420 | 5,110",
        ),
        "statutory_heading": ("Statutory duties", "Meeting our statutory responsibilities"),
        "statutory": (
            "The board commissioned two learning inquiries after serious incidents, and "
            "both were published.",
            "All partner agencies completed the section 11 audit of their safeguarding "
            "arrangements.",
            "The child death overview panel met four times and considered every death in {place}.",
            "The board published its local threshold guidance after consulting partners.",
        ),
    },
}


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
    captions=("Actions {period}",),
    people_templates={"name_role": "{name}, {role}, led the board's work with {org}."},
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
    report_voices=REPORT_VOICES,
)

# Held-out words that are (or became) product words: dev from now on (README.md)
MOVED_SCHEMES = (
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
FROM_HELDOUT: dict[str, object] = {
    "plan_titles": ("Strategic Delivery Plan", "Annual Work Programme", "Improvement Framework"),
    "report_titles": (
        ("annual_report", "Yearly Review"),
        ("annual_report", "Annual Safeguarding Report"),
        ("accountability_report", "Chair's Report on Effectiveness"),
    ),
    "progress_headers": (
        ("Recommendation", "Response"),
        ("Objective", "What happened"),
        ("Commitment", "Progress made"),
        ("We committed to", "Where we are now"),
        ("Intended deliverable", "Position at year end"),
    ),
    "extra_columns": (
        ("Rating", "status"),
        ("Progress rating", "status"),
        ("Owner", "lead"),
        ("Target date", "timescale"),
        ("No.", "ref"),
    ),
    "plan_columns": {
        "priority": ("Objective area", "Aim"),
        "ref": ("No.", "#"),
        "action": ("What we will do", "Deliverable"),
        "lead": ("Owner", "Responsible"),
        "timescale": ("Target date", "Deadline"),
        "outcome": ("Difference it will make", "Intended impact"),
        "status": ("Rating", "Current position"),
    },
    "schemes": MOVED_SCHEMES,
    "priority_labels": (
        "PRIORITY {n}:",
        "Objective {n} –",
        "Aim {letter}:",
        "Area of Focus {roman}:",
    ),
    "report_intros": (
        "{count} priorities were agreed for {period}:",
        "During {period} partners worked to these aims:",
    ),
    "blocks": ("What success looks like", "Impact measures", "Evidence of impact"),
    "board_styles": (
        "{place} Safeguarding Children Partnership",
        "{place} Safeguarding Adults Partnership Board",
    ),
    "people_styles": ("attendance", "apposition", "appointed"),
    "membership_headers": (("Name (initials)", "Title", "Representing"),),
    "people_templates": {
        "apposition": "{role} of {org}, {name}, sat on the Executive Group throughout the year.",
        "appointed": "In {month} the partnership appointed {name} as {role} for {org}.",
    },
}


def _widen(vocab: Vocab, extra: dict[str, object]) -> Vocab:
    """`vocab` with `extra`'s choices added to each field (dicts merged key by key)."""
    changes: dict[str, object] = {}
    for field, more in extra.items():
        have = getattr(vocab, field)
        if field == "people_templates":
            changes[field] = {**have, **more}  # type: ignore[dict-item]
        elif isinstance(have, dict):
            changes[field] = {k: (*v, *more.get(k, ())) for k, v in have.items()}  # type: ignore[union-attr]
        else:
            changes[field] = (*have, *more)  # type: ignore[misc]
    return replace(vocab, **changes)


DEV_WIDE = _widen(DEV, FROM_HELDOUT)


# The dev boards after the first twelve (issue 14, tables): progress headers, extra
# column labels, status code sets and report layouts no product rule was written for,
# invented fresh for dev; the tables must be read from their cells' content.
VARIED_SCHEMES = (
    # codes explained by a key printed before the table
    Scheme(
        "tier_key",
        {
            "complete": (("T1", None),),
            "in_progress": (("T2", None),),
            "delayed": (("T3", None),),
            "planned": (("T4", None),),
            "unknown": (("T0", None),),
        },
        key="Grades used below: T1 – finished; T2 – moving forward; T3 – stuck; "
        "T4 – not commenced; T0 – no return.",
    ),
    # words no product list knows, with no key: only the updates say what they mean
    Scheme(
        "plain_words",
        {
            "complete": (("Closed", None),),
            "in_progress": (("Live", None),),
            "delayed": (("Stuck", None),),
            "planned": (("Pending", None),),
            "unknown": (("Unclear", None),),
        },
    ),
    # a key given as numbers in words, after the table
    Scheme(
        "star_key",
        {
            "complete": (("★★★", None),),
            "in_progress": (("★★", None),),
            "delayed": (("★", None),),
            "planned": (("☆", None),),
            "unknown": (("…", None),),
        },
        key="★★★ means finished, ★★ means moving forward, ★ means stuck, "
        "☆ means not commenced, … means no return.",
    ),
)
DEV_VARIED = replace(
    DEV_WIDE,
    report_layouts=("single_table", "under_headings", "headerless"),
    progress_headers=(
        ("Pledge", "Outturn"),
        ("Undertaking", "Account of the year"),
        ("Intention", "Narrative"),
        ("Ambition", "Reflection"),
    ),
    extra_columns=(
        ("Grade", "status"),
        ("Assessment", "status"),
        ("Champion", "lead"),
        ("Milestone", "timescale"),
        ("Line", "ref"),
    ),
    schemes=VARIED_SCHEMES,
)

# Dev boards 20-22: a second pool of voices, other wording and sections laid out without
# a table (the data as sentences), for readers to do without the first pool's words.
PLAIN_VOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "accountability_report": {
        "intro_heading": ("Opening Remarks", "Why I Write"),
        "opening": (
            "I took up this role to be an independent voice for families in {place}, and "
            "here I give my own findings on {period}.",
            "Since I arrived I have spent much of my time listening to front-line staff; "
            "what follows is what I heard and what I think of it.",
        ),
        "addressees": (
            "Written for the Council Leader, the Chief Officer of Police and the heads of "
            "the local health bodies in {place}.",
            "Sent to the chief officers of the statutory partners and to the elected members "
            "of {place}.",
        ),
        "assessment_heading": ("My Findings", "What I Saw"),
        "voice": (
            "I visited the front door service twice and I was impressed by how quickly "
            "staff acted.",
            "I asked the police to explain a rise in missing episodes, and I was given a "
            "clear answer.",
            "I have not yet seen enough evidence that schools feel part of the partnership.",
            "I wrote to the health leaders in the spring about delays in initial health "
            "assessments.",
            "To my mind the partnership is honest about its weaknesses.",
            "I am confident that the new arrangements are understood by senior leaders.",
        ),
        "closing": (
            "I thank the partners for their openness and offer these findings to them.",
            "My thanks go to all who gave me their time.",
        ),
    },
    "annual_report": {
        "foreword": (
            "Together we have kept a close watch on how families in {place} were supported.",
        ),
        "opening": (
            "The partnership is made up of the council, the police, health services and the "
            "voluntary sector, and we meet every two months.",
            "Our partners agreed to share the cost of the board and of its groups.",
        ),
        "subgroup_heading": ("Our Groups", "Groups That Support Us"),
        "subgroups": (
            "Practice Standards Group",
            "Workforce Group",
            "Exploitation Group",
            "Voice of the Child Group",
        ),
        "subgroup_text": (
            "The {group} brought practitioners together every six weeks and gave partners "
            "a short update each time.",
            "Chaired by a senior manager, the {group} looked at cases and passed its "
            "learning to the partners.",
        ),
        "data_heading": ("Facts and Figures", "The Year in Figures"),
        "data_header": ("Partners shared these figures for {period}.",),
        "measures": (
            "There were 3,870 contacts about children, a rise of 6 per cent.",
            "In all, 158 children were subject to child protection measures at the end of "
            "{period}.",
            "Some 412 adults were helped through a safeguarding enquiry.",
            "The out-of-hours team answered 2,260 calls.",
        ),
        "statutory_heading": ("What the Law Asks of Us", "Duties We Must Meet"),
        "statutory": (
            "Each agency completed the self-assessment that the law asks of it, and the "
            "results were shared with the board.",
            "Every child death in {place} was looked at by the panel that meets for that purpose.",
            "One learning inquiry was started after a serious incident.",
        ),
    },
}

# Dev boards 20+ (issue 14, readers): words invented for these boards, none a product
# word when written: titles, forewords, headings and lead-ins without the kind nouns
# (plan, report, review, …), intro sentences without priority/aim/objective/theme,
# other label words, labelled blocks, board styles (committee, executive) and people
# sentences. Developing against them is how readers learn to do without our words.
PLAIN: dict[str, object] = {
    "plan_titles": ("Keeping Families Safe Together", "The Road Ahead", "Next Steps for Partners"),
    "report_titles": (
        ("annual_report", "Looking Back on the Year"),
        ("annual_report", "A Year of Working Together"),
        ("accountability_report", "Holding Each Other to Account"),
        ("accountability_report", "Assurance and Challenge"),
    ),
    "report_intros": (
        "Our work in {period} centred on:",
        "{count} strands of work ran through {period}:",
    ),
    "priority_labels": ("Strand {n}:", "Ambition {letter} –", "Workstream {roman}:"),
    "blocks": ("Signs that it is working", "How we will track it", "Indicators we will watch"),
    "board_styles": (
        "{place} Children's Safeguarding Committee",
        "{place} Safeguarding Adults Executive",
        "{place} Adult Protection Forum",
        "{place} Family Safety Alliance",
    ),
    "cover_styles": ("caps_acronym", "with_the", "acronym"),
    "people_styles": ("took_over", "possessive", "joining", "bracketed", "attendance"),
    "membership_headers": (("Who", "Post", "Agency represented"), ("Attendee", "Job", "Body")),
    "people_templates": {
        "took_over": "{name} took over as {role} at {org} in {month}.",
        "possessive": "{org}'s {role}, {name}, chaired the audit subgroup.",
        "joining": "Joining the board in {month}: {name}, {role}, {org}.",
        "bracketed": "{name} ({role}, {org}) left the board in {month}.",
    },
    "headings": {
        "foreword": "A Message from the Chair",
        "plan_foreword": "Over the coming year the partners of {board} will work on the areas "
        "below together, and check each quarter that families feel the difference.",
        "actions": "What partners will do",
        "outcomes_lead": "The change we are looking for:",
        "plan_lead": "Partners will:",
        "report_foreword": "Over the twelve months of {period} partners kept working to keep "
        "people safe; the pages below set out what was done and what changed.",
        "about": "Who we are",
        "about_text": "{board} brings together the statutory partners and the agencies that "
        "work with families. The board is supported by its {manager_role}, {manager}.",
        "people_table": "Members during the year",
        "people_prose": "People",
        "priorities": "What we focused on",
        "priority_note": "Each partner said how this work went at every board meeting.",
        "appendix": "Appendix: how the {period} actions went",
        "appendix_note": "Each line below gives an action and what happened to it.",
    },
    "report_voices": PLAIN_VOICES,
}
DEV_PLAIN = replace(DEV_WIDE, **PLAIN)  # type: ignore[arg-type]


# Dev boards 23-32 (issue 14, status and people): status vocabularies real boards use
# that no status rule was written for, invented fresh for dev: word scales with and
# without fills, keyed code sets (other symbols, other letters, reversed numbers),
# emoji, percentages written other ways, status words in cells with other wording;
# and people: attendance tables with other headers, appositions and "became" sentences.
STATUS_FILLS = {"dark": "00703C", "green": "A9D08E", "yellow": "FFE699", "rose": "F4B084"}
STATUS_SCHEMES = (
    # a word scale with fills, words no status list knows (only fills and updates say)
    Scheme(
        "scale_fills",
        {
            "complete": (("Realised", STATUS_FILLS["dark"]),),
            "in_progress": (("Maturing", STATUS_FILLS["green"]),),
            "delayed": (("Wobbling", STATUS_FILLS["rose"]),),
            "planned": (("Waiting", None),),
            "unknown": (("Unscored", None),),
        },
    ),
    # a word scale without fills or key
    Scheme(
        "scale_words",
        {
            "complete": (("Accomplished", None), ("Fully in place", None)),
            "in_progress": (("Under way", None), ("Making progress", None)),
            "delayed": (("Slipping", None), ("Falling behind", None)),
            "planned": (("Not begun", None), ("Yet to start", None)),
            "unknown": (("No data", None),),
        },
    ),
    # other symbols with a key printed after the table
    Scheme(
        "shapes_key",
        {
            "complete": (("●", None),),
            "in_progress": (("▲", None),),
            "delayed": (("▼", None),),
            "planned": (("◇", None),),
            "unknown": (("–", None),),
        },
        key="●  achieved in full  ▲  moving ahead  ▼  running late  ◇  not yet under way",
    ),
    # other letters with a key before the table
    Scheme(
        "initials_key",
        {
            "complete": (("F", None),),
            "in_progress": (("P", None),),
            "delayed": (("L", None),),
            "planned": (("N", None),),
            "unknown": (("U", None),),
        },
        key="Status codes: F (finished), P (progressing), L (late), N (not begun), U (unknown)",
    ),
    # a reversed numeric scale (high is done) with a key
    Scheme(
        "levels_key",
        {
            "complete": (("Level 4", None),),
            "in_progress": (("Level 3", None),),
            "delayed": (("Level 2", None),),
            "planned": (("Level 1", None),),
            "unknown": (("Level 0", None),),
        },
        key="Level 4 — work finished. Level 3 — work moving forward. Level 2 — work "
        "behind timetable. Level 1 — work not begun. Level 0 — no return.",
    ),
    # emoji, no key
    Scheme(
        "emoji",
        {
            "complete": (("✅", None),),
            "in_progress": (("⏳", None),),
            "delayed": (("⚠️", None),),
            "planned": (("🔲", None),),
            "unknown": (("❔", None),),
        },
    ),
    # emoji circles as RAG, no key
    Scheme(
        "emoji_rag",
        {
            "complete": (("🔵", None),),
            "in_progress": (("🟢", None), ("🟡", None)),
            "delayed": (("🔴", None),),
            "planned": (("⚪", None),),
            "unknown": (("❔", None),),
        },
    ),
    # percentages written other ways
    Scheme(
        "percent_other",
        {
            "complete": (("100 per cent", None), ("Progress: 100%", None)),
            "in_progress": (("75 per cent", None), ("Progress: 60%", None)),
            "delayed": (("Progress: 10% (behind)", None),),
            "planned": (("0 per cent", None),),
            "unknown": (("Not measured", None),),
        },
    ),
    # a shaded scale whose key names colours by other names
    Scheme(
        "shaded_other",
        {
            "complete": (("", "7030A0"),),
            "in_progress": (("", "92D050"),),
            "delayed": (("", "FF6600"),),
            "planned": (("", "BFBFBF"),),
            "unknown": (("", "FFFFFF"),),
        },
        key="Purple = fully delivered; Green = on course; Orange = behind; "
        "Grey = not begun; White = no return.",
    ),
)
STATUS_PEOPLE: dict[str, object] = {
    "people_styles": ("attendance", "membership", "became", "apposition_chair", "named_post"),
    "membership_headers": (
        ("Member (initials)", "Post held", "Agency"),
        ("Attendee", "Designation", "On behalf of"),
    ),
    "people_templates": {
        "became": "{name} became {role} of {org} in {month}.",
        "apposition_chair": "The {role} at {org}, {name}, led the review subgroup.",
        "named_post": "In {month}, {org} named {name} its new {role}.",
    },
}
DEV_STATUS = replace(
    DEV_WIDE,
    schemes=STATUS_SCHEMES,
    people_styles=STATUS_PEOPLE["people_styles"],  # type: ignore[arg-type]
    membership_headers=STATUS_PEOPLE["membership_headers"],  # type: ignore[arg-type]
    people_templates={**DEV_WIDE.people_templates, **STATUS_PEOPLE["people_templates"]},  # type: ignore[dict-item]
)
