# ruff: noqa: E501  (prose data: long string literals are the content)
"""Harrowfield's Independent Chair's Accountability Reports 2017/18 and 2018/19."""

from corpora.boards.harrowfield.people import (
    BM,
    CDOP,
    CEO,
    CHAIR,
    CLLR,
    COMMS,
    DCS,
    DOC,
    EDU,
    QA,
    VICE,
    VOL,
    said,
)
from corpora.model import Bullets, DocStyle, Progress, Report, Section, Sub

PROGRESS_INTRO = (
    "The table below reports on each action in the Business Improvement Plan for {year}."
    " Updates were provided by the lead Sub-Group for each action."
)
SIGNOFF = (CHAIR.name, "Independent Chair, Harrowfield Safeguarding Children Board")


def _purpose(year: str, nth: str) -> Section:
    return Section(
        "Purpose of the Report",
        (
            f"This report sets out how I have carried out my role as {CHAIR.role} during {year}. It"
            f" is addressed to {said(CEO)}, and through him to the Leader of the Council, the"
            " Cabinet Member and the leaders of our partner agencies.",
            f"This is my {nth} Accountability Report. It follows the priorities of the Business"
            " Improvement Plan, published alongside it, and ends with an account of progress"
            " against each of the year's actions.",
        ),
    )


REPORT_2017 = Report(
    title="Independent Chair's Accountability Report 2017/18",
    kind="accountability_report",
    period="2017/18",
    style=DocStyle(
        "report",
        contents=True,
        features=(
            "cover",
            "contents_page",
            "typed_paragraph_numbers",
            "running_header_footer",
            "progress_planned_update",
            "table_across_pages",
            "membership_table",
        ),
    ),
    sections=(
        _purpose("2017/18", "first"),
        Section(
            "Introduction",
            (
                "I took up the role of Independent Chair in May 2017, at a time when children's"
                " services in Harrowfield had been judged to require improvement and partners had"
                " agreed that the Board itself needed to change.",
                f"I am supported by {said(BM)}, and by a small team of officers hosted by the"
                f" Council. Tobias manages the Board's budget, which is funded by the Council, the"
                " Police, the Clinical Commissioning Group and the Probation Service.",
                f"Through the year I have met every two months with {said(DCS)}, and each quarter"
                f" with {said(CLLR)}, to discuss the pace of improvement and the risks on the"
                " Board's register.",
                "I have been struck by the commitment of front-line staff in every agency I have"
                " visited. The task for leaders is to give them a system that makes good practice"
                " the easy thing to do.",
            ),
        ),
        Section(
            "Governance and Partnership",
            (
                "The Executive Board met eight times this year, each time hosted by a different"
                " partner. Meeting at a children's centre, a secondary school and the Police"
                " custody suite has helped members understand each other's work.",
                f"My Vice-Chair, {VICE.name} (Harrowfield Police), has chaired two meetings in my"
                " absence and has led the Board's work with licensing and transport partners.",
                "Each Sub-Group has reviewed its terms of reference and membership. Co-chairing"
                " by two agencies is now the norm and has made the groups more resilient.",
                Sub(
                    f"The Quality, Impact and Outcomes Sub-Group is co-chaired by {said(QA)}, and"
                    f" {said(DOC)}. It has introduced a quarterly performance report for the Board."
                ),
                Sub(
                    "The Serious Case Review Sub-Group has managed three reviews this year and has"
                    " shortened the time from referral to decision to an average of five weeks."
                ),
                Sub(
                    f"The Child Death Overview Panel, chaired by {said(CDOP)}, reviewed 31 deaths"
                    " and identified safe sleeping as a theme for public messages."
                ),
                f"I have also met {said(VOL)}, to discuss how smaller charities can be involved in"
                " the Board's work without the burden of attending every meeting.",
            ),
        ),
        Section(
            "Improving Child Protection Practice",
            (
                "Most of the Board's attention this year has been on the basics: the front door,"
                " strategy discussions, child protection conferences and core groups. Inspectors"
                " found that these were not yet consistently good, and we agree.",
                "The audit of multi-agency contributions to conferences was postponed because of"
                " the inspection of children's services; it is now planned for the summer.",
                f"Learning from reviews is shared through short briefings prepared by {said(COMMS)}."
                " Practitioners tell me they read them and that they are the right length.",
                f"{said(EDU)}, has led briefings for Designated Safeguarding Leads in every secondary"
                " school, and a termly newsletter now goes to all schools in the borough.",
            ),
        ),
        Section(
            "Early Help",
            (
                "Partners agree that help given early is better for families and cheaper for"
                " services. The revised threshold guidance, 'The Right Support at the Right Time',"
                " was published in January 2018 after consultation with more than 300 staff.",
                "Early Help Assessments are now completed by schools and health visitors as well as"
                " by the Council's Family Support Service, although the quality is variable.",
                Bullets(
                    (
                        "1,480 Early Help Assessments were started, up from 1,102 last year;",
                        "41% were started by schools;",
                        "the number of repeat referrals to children's social care fell by 6%.",
                    )
                ),
            ),
        ),
        Section(
            "Conclusion",
            (
                "My first year as Chair has been about getting the foundations right: a smaller"
                " Executive Board, Sub-Groups that report on time, and a plan that fits on three"
                " pages.",
                "In the coming year the Board must prepare for the new multi-agency safeguarding"
                " arrangements while keeping its focus on practice. I am confident that partners"
                " are ready for both.",
            ),
        ),
    ),
    signoff=(*SIGNOFF, "April 2018"),
    people=(CHAIR, BM, CEO, DCS, CLLR, DOC, QA, CDOP, VOL, COMMS, EDU),
    progress_title="Overview of Progress – Business Improvement Plan 2017/18",
    progress_intro=PROGRESS_INTRO.format(year="2017/18"),
    progress_columns=("Planned Action (2017-18)", "Update (2017-18)"),
    progress=(
        Progress(
            ("A1.1",),
            "At the end of quarter three, 18 of the 26 Sub-Group objectives"
            " were complete. The rest are on target.",
            ("in_progress",),
        ),
        Progress(
            ("A1.2",),
            "A draft protocol was discussed by the four Chairs in January 2018."
            " It has not yet been signed.",
            ("in_progress", "delayed"),
            text="Agree a protocol between the four strategic boards.",
        ),
        Progress(
            ("A1.3",),
            "All Sub-Groups reviewed their terms of reference by December 2017"
            " and every group now has two co-chairs.",
            ("complete",),
        ),
        Progress(
            ("A1.4",),
            "The budget for 2018/19 was agreed by the Executive Board in February 2018.",
            ("complete",),
        ),
        Progress(
            ("A1.5",),
            "The 'Everyone's Business' campaign was launched in October 2017 on"
            " buses, local radio and social media.",
            ("complete",),
        ),
        Progress(
            ("A2.1",),
            "The Neglect Strategy was approved in November 2017. The Child"
            " Sexual Exploitation and Missing strategies are being drafted and will go to"
            " the Board in June 2018.",
            ("in_progress",),
        ),
        Progress(
            ("A2.2",),
            "1,142 practitioners attended face to face training and a further"
            " 2,300 completed e-learning modules.",
            ("complete",),
        ),
        Progress(
            ("A2.3",),
            "The audit has been postponed to summer 2018 because of the Ofsted"
            " inspection of children's services.",
            ("delayed",),
        ),
        Progress(
            ("A2.4",),
            "Learning briefings were published for all three reviews signed off this year.",
            ("complete",),
        ),
        Progress(
            ("A2.5",),
            "The Executive Board received a report on domestic abuse in March"
            " 2018. The remaining areas will be considered in the coming year.",
            ("in_progress", "planned"),
        ),
        Progress(("A3.1",), "Work is ongoing.", ("unknown", "in_progress")),
        Progress(
            ("A3.2",),
            "Guidance published in January 2018; 640 staff have attended briefing sessions.",
            ("complete",),
        ),
        Progress(("A3.3",), "Evaluation scheduled for September 2018.", ("planned",)),
    ),
    membership=(
        (CHAIR.name, CHAIR.role, "Harrowfield Safeguarding Children Board"),
        (VICE.name, VICE.role, "Harrowfield Police"),
        (DCS.name, DCS.role, "Harrowfield Metropolitan Borough Council"),
        (
            "Angharad Voss",
            "Director of Nursing and Quality",
            "Harrowfield Clinical Commissioning Group",
        ),
        (DOC.name, DOC.role, "Harrowfield Clinical Commissioning Group"),
        ("Peter Quigley", "Head of Probation Delivery", "National Probation Service"),
        (EDU.name, EDU.role, "Harrowfield Metropolitan Borough Council"),
        ("Ruth Ekwueme", "Headteacher", "Brindle Lane Primary School"),
        (VOL.name, VOL.role, "Harrowfield Voluntary Action"),
        (BM.name, BM.role, "Harrowfield Safeguarding Children Board"),
    ),
)
