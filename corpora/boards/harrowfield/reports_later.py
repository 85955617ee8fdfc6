# ruff: noqa: E501  (prose data: long string literals are the content)
"""Harrowfield's Accountability Reports 2018/19 and 2019/20."""

from corpora.boards.harrowfield.people import (
    ADOL,
    BM,
    CDOP,
    CEO,
    CHAIR,
    CLLR,
    COMMS,
    DCS,
    DCS2,
    DI,
    DOC,
    EDU,
    NURSE,
    QA,
    SCRUT,
    VICE,
    said,
)
from corpora.boards.harrowfield.reports import PROGRESS_INTRO, SIGNOFF, _purpose
from corpora.model import Box, Bullets, DocStyle, Progress, Report, Section, Sub

REPORT_2018 = Report(
    title="Independent Chair's Accountability Report 2018/19",
    kind="accountability_report",
    period="2018/19",
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
            "two_column_box",
        ),
    ),
    sections=(
        _purpose("2018/19", "second"),
        Section(
            "Introduction",
            (
                "This has been a year of preparation. The Children and Social Work Act 2017 ends"
                " Local Safeguarding Children Boards, and the Council, Harrowfield Police and the"
                " Clinical Commissioning Group must publish new arrangements by June 2019.",
                f"{said(BM)}, has led the design work on behalf of the three partners, while"
                " keeping the Board's day-to-day business running. I am grateful to him and to the"
                " Business Support Unit.",
                f"I have continued to meet {said(DCS)}, and {said(CLLR)}, and I have reported twice"
                f" to {said(CEO)}, on the risks of the transition.",
                Box(
                    "The year at a glance",
                    (
                        "What went well",
                        (
                            "Joint protocol signed by all four strategic boards",
                            "Child protection conference audit completed and acted on",
                            "Refreshed Early Help Strategy launched in February 2019",
                        ),
                    ),
                    (
                        "What we still need to do",
                        (
                            "Child Sexual Exploitation and Missing Strategy delayed",
                            "Lead Professional review not started",
                            "One locality Early Help Panel still to open",
                        ),
                    ),
                ),
            ),
        ),
        Section(
            "Governance and Partnership",
            (
                "The Executive Board met nine times. Attendance by the three statutory partners was"
                " above 90%, and schools were represented at every meeting.",
                f"My Vice-Chair, {VICE.name}, has again been a constant presence and has led the"
                " Police contribution to the design of the new arrangements.",
                "The Sub-Groups have continued to meet and report on time.",
                Sub(
                    f"{said(NURSE)}, became Co-Chair of the Learning and Development Sub-Group in"
                    " September 2018, and has begun a review of how the Board evaluates training."
                ),
                Sub(
                    f"The Quality, Impact and Outcomes Sub-Group, co-chaired by {QA.name} and"
                    f" {DOC.name}, completed four multi-agency audits, including the delayed audit"
                    " of child protection conferences."
                ),
                Sub(
                    f"The Child Death Overview Panel, chaired by {CDOP.name}, is preparing to move"
                    " to a larger footprint shared with two neighbouring areas."
                ),
                "In October 2018 the four Chairs of the Health and Wellbeing Board, the Community"
                " Safety Partnership, the Safeguarding Adults Board and this Board signed a joint"
                " protocol. It sets out how we share priorities and avoid duplicating reviews.",
            ),
        ),
        Section(
            "Improving Child Protection Practice",
            (
                "The audit of child protection conferences found that reports from health and"
                " schools were now shared in advance in most cases, but that core groups often met"
                " without the GP or the school present. An action plan is in place.",
                "Implementation of the Neglect Strategy has begun. A multi-agency audit of neglect"
                " cases took place in January 2019 and its findings are due in May.",
                "The joint Child Sexual Exploitation and Missing Strategy has been delayed. Partners"
                " agreed that it should become a wider Child Exploitation Strategy, covering criminal"
                " exploitation and county lines, and that this will be a priority for 2019/20.",
                f"{said(COMMS)}, published two learning briefings this year. Both were issued within"
                " a month of the review being signed off.",
                f"{said(EDU)}, has extended the termly briefings to primary schools and to the"
                " borough's two further education colleges.",
            ),
        ),
        Section(
            "Early Help",
            (
                "The refreshed Early Help Strategy was launched in February 2019. It includes, for"
                " the first time, a framework for measuring outcomes for families.",
                "Locality Early Help Panels now run in the North, East and West districts. The"
                " South district panel will start in June 2019.",
                "The evaluation of 'The Right Support at the Right Time' guidance is under way.",
            ),
        ),
        Section(
            "Conclusion",
            (
                "The Board has done what it set out to do in most areas. Where it has not, the"
                " reasons are understood and the work has been carried forward.",
                "This is likely to be my last report as Independent Chair of the Board in its current"
                " form. The new arrangements will be in place from September 2019.",
            ),
        ),
    ),
    signoff=(*SIGNOFF, "May 2019"),
    people=(
        CHAIR,
        BM,
        CEO,
        DCS,
        CLLR,
        NURSE,
        COMMS,
        EDU,
        VICE,
        DOC.unrolled(),
        QA.unrolled(),
        CDOP.unrolled(),
    ),
    progress_title="Overview of Progress – Business Improvement Plan 2018/19",
    progress_intro=PROGRESS_INTRO.format(year="2018/19"),
    progress_columns=("Planned Action (2018-19)", "Update (2018-19)"),
    progress=(
        Progress(
            ("A1.1",),
            "All Sub-Group work programmes were reported to the Executive Board"
            " every quarter. 24 of the 28 objectives were completed by March 2019.",
            ("complete", "in_progress"),
        ),
        Progress(
            ("A1.2",),
            "The joint protocol was signed by all four Chairs in October 2018.",
            ("complete",),
        ),
        Progress(
            ("A1.3",),
            "The three safeguarding partners published their new arrangements"
            " in April 2019.\nThe arrangements take effect from September 2019.",
            ("in_progress", "complete"),
            text="Design the new multi-agency safeguarding arrangements.",
        ),
        Progress(
            ("A1.4",),
            "A second phase of the campaign, aimed at parents of babies, ran in November 2018.",
            ("complete", "in_progress"),
        ),
        Progress(
            ("A2.1",),
            "The neglect audit took place in January 2019. Findings will be"
            " presented to the Quality, Impact and Outcomes Sub-Group in May 2019.",
            ("in_progress",),
        ),
        Progress(
            ("A2.2",),
            "The strategy has been delayed while partners agree a wider"
            " approach to exploitation. A draft is now expected in autumn 2019.",
            ("delayed",),
        ),
        Progress(
            ("A2.3",),
            "The programme was delivered in full. 1,306 practitioners attended"
            " courses and 92% rated them good or excellent.",
            ("complete",),
        ),
        Progress(
            ("A2.4",),
            "The audit was completed in September 2018 and an action plan was"
            " agreed by the Executive Board in November 2018.",
            ("complete",),
        ),
        Progress(
            ("A2.5",),
            "Two learning briefings were issued, each within a month of sign-off.",
            ("complete",),
        ),
        Progress(
            ("A2.6",),
            "Reports on domestic abuse and radicalisation were received in"
            " December 2018.\nFemale Genital Mutilation and parental mental health will be"
            " reviewed in June 2019.",
            ("in_progress", "planned"),
        ),
        Progress(
            ("A3.1",),
            "The refreshed Early Help Strategy was launched in February 2019.",
            ("complete",),
        ),
        Progress(("A3.2",), "Under way.", ("unknown", "in_progress")),
        Progress(
            ("A3.3",),
            "Not started. This work has been rescheduled to 2019/20.",
            ("delayed", "planned"),
        ),
        Progress(
            ("A3.4",),
            "Panels are now running in three of the four districts. The South"
            " district panel begins in June 2019.",
            ("in_progress",),
        ),
    ),
)

REPORT_2019 = Report(
    title="Independent Chair's Accountability Report 2019/20",
    kind="accountability_report",
    period="2019/20",
    style=DocStyle(
        "report",
        contents=True,
        features=(
            "cover",
            "contents_page",
            "typed_paragraph_numbers",
            "running_header_footer",
            "progress_with_rag_column",
            "table_across_pages",
        ),
    ),
    sections=(
        _purpose("2019/20", "third and final"),
        Section(
            "Introduction",
            (
                "On 29 September 2019 the Harrowfield Safeguarding Children Board handed over to the"
                " Harrowfield Safeguarding Children Partnership, led jointly by the Council,"
                " Harrowfield Police and the Clinical Commissioning Group.",
                f"{said(DCS2)}, joined the Council in July 2019 and has taken on the Council's role"
                f" as a safeguarding partner. I thank {DCS.name} for her leadership over the"
                " previous three years.",
                f"In January 2020 the partners appointed {said(SCRUT)}. I will continue to support"
                " him during the handover until the end of June 2020.",
                "The last weeks of the year were dominated by the COVID-19 pandemic. Partners"
                " moved quickly to keep in touch with vulnerable children when schools closed.",
            ),
        ),
        Section(
            "Governance and Partnership",
            (
                "The Executive Board met six times before the handover and the new Safeguarding"
                " Partnership Group has met three times since.",
                "The Sub-Groups have carried on under the new arrangements, with one new group.",
                Sub(
                    f"The Child Exploitation Sub-Group first met in November 2019. It is co-chaired"
                    f" by {said(DI)}, and {said(ADOL)}."
                ),
                Sub(
                    f"{NURSE.name} and {QA.name} continue to co-chair the Learning and Development"
                    " and the Quality, Impact and Outcomes Sub-Groups."
                ),
                f"My Vice-Chair, {VICE.name}, has moved to a regional role. I thank her for three"
                " years of steady support.",
            ),
        ),
        Section(
            "Improving Child Protection Practice",
            (
                "The findings of the neglect audit were presented in May 2019. They showed that"
                " neglect was often recognised but that plans drifted when families did not engage."
                " The actions that followed are complete.",
                "Face to face training ran as planned until March 2020 and has since moved online.",
                "The Child Exploitation Strategy was launched at the Safeguarding Leaders' Assembly"
                " in October 2019, replacing the separate strategies proposed in earlier plans.",
                Bullets(
                    (
                        "87 children were discussed at the multi-agency exploitation meeting;",
                        "29 were assessed as at high risk;",
                        "the number of children missing from care for more than 24 hours fell"
                        " by a fifth.",
                    )
                ),
            ),
        ),
        Section(
            "Early Help",
            (
                "The Lead Professional review was completed in November 2019 and a support network"
                " for Lead Professionals now meets every month.",
                "The toolkit for schools was drafted in the spring but could not be published when"
                " schools closed to most pupils in March 2020.",
            ),
        ),
        Section(
            "Conclusion",
            (
                "This is my final report. Over three years the Board has become smaller, clearer"
                " about its purpose and better at learning from its own work.",
                f"I hand over with confidence to the safeguarding partners and to {SCRUT.name}.",
            ),
        ),
    ),
    signoff=(*SIGNOFF, "June 2020"),
    people=(CHAIR, DCS2, SCRUT, DI, ADOL, VICE, DCS, CEO, QA.unrolled(), NURSE.unrolled()),
    progress_title="Overview of Progress – Business Improvement Plan 2019/20",
    progress_intro=PROGRESS_INTRO.format(year="2019/20")
    + " RAG: Green – complete; Amber – in progress; Red – delayed.",
    progress_columns=("Planned Action (2019-20)", "Update (2019-20)", "RAG"),
    progress=(
        Progress(
            ("A1.1",),
            "18 of 22 Sub-Group objectives were met. The four outstanding"
            " objectives have been carried into the 2020/21 plan.",
            ("in_progress",),
            status_cell="Amber",
        ),
        Progress(
            ("A1.2",),
            "The new arrangements went live on 29 September 2019. The six month"
            " review was postponed in March 2020 because of the COVID-19 pandemic.",
            ("delayed", "in_progress"),
            status_cell="Amber",
        ),
        Progress(
            ("A1.3",),
            "The campaign ran for a third year, with a focus on safe sleeping.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A1.4",),
            f"{SCRUT.name} was appointed as Independent Scrutineer in January 2020.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A2.1",),
            "Actions from the audit are complete. The repeat audit is scheduled for October 2020.",
            ("in_progress", "planned"),
            status_cell="Amber",
        ),
        Progress(
            ("A2.2",),
            "Face to face courses ran until March 2020, when they moved online.",
            ("complete", "in_progress"),
            status_cell="Green",
        ),
        Progress(
            ("A2.3",),
            "One review was signed off and its briefing published within three weeks.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A2.4",),
            "The Executive Board received the Domestic Abuse Partnership's annual"
            " report in December 2019.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A2.5",),
            "This work has been delayed and will be picked up in 2020/21.",
            ("delayed",),
            status_cell="Red",
        ),
        Progress(
            ("A3.1",), "Progress is being made.", ("unknown", "in_progress"), status_cell="Amber"
        ),
        Progress(
            ("A3.2",),
            "The review was completed in November 2019 and a support network set up.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A3.3",),
            "The toolkit was drafted, but publication has slipped to September"
            " 2020 because schools were closed.",
            ("delayed",),
            status_cell="Red",
        ),
        Progress(
            ("A4.1",),
            "The Child Exploitation Strategy was launched at the Safeguarding"
            " Leaders' Assembly in October 2019.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A4.2",),
            "The Sub-Group met for the first time in November 2019.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(("A4.3",), "Scheduled for 2020/21.", ("planned",), status_cell="Amber"),
        Progress(
            ("A4.4",),
            "Mapping with transport providers and with schools and colleges is"
            " complete.\nWork with licensed premises and hotels is in progress.",
            ("in_progress",),
            status_cell="Amber",
        ),
    ),
)
