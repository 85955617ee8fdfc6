# ruff: noqa: E501  (prose data: long string literals are the content)
"""Morrowby's Annual Reports 2019-20 to 2021-22: `What we said we would do | What we
did` appendices (with priority band rows in the first two years) and an at-a-glance box."""

from corpora.boards.morrowby.people import CHAIR, DA, DCS, DOC, EDU, EH, PM, POLICE, said
from corpora.model import Box, DocStyle, Progress, Report, Section, Sub

MEMBERSHIP = (
    (CHAIR.name, CHAIR.role, "Morrowby Safeguarding Children Partnership"),
    (DCS.name, "Director of Children's Services", "Morrowby City Council"),
    (POLICE.name, "Head of Safeguarding", "Morrowby Police"),
    (
        DOC.name,
        "Designated Doctor for Safeguarding Children",
        "Morrowby Clinical Commissioning Group",
    ),
    (
        "Yvonne Castellano",
        "Designated Nurse for Safeguarding Children",
        "Morrowby Clinical Commissioning Group",
    ),
    (EH.name, EH.role, "Morrowby City Council"),
    (EDU.name, EDU.role, "Morrowby City Council"),
    ("Rev. Simon Achterberg", "Faith Communities Representative", "Morrowby Council of Faiths"),
    ("Leonie Brathwaite", "Chief Executive", "Morrowby Youth Trust"),
    (PM.name, PM.role, "Morrowby Safeguarding Children Partnership"),
)

COLUMNS = ("What we said we would do", "What we did")


def _sections(year: str, glance: Box | None, ea: str, da: str, ed: str, train: str):
    intro: list = [
        f"This annual report describes the work of the Morrowby Safeguarding Children"
        f" Partnership in {year}. It is written for the people of Morrowby as well as for"
        " the agencies that work with children.",
        f"I am supported by {said(PM)}, and by the three safeguarding partners: {said(DCS)};"
        f" {POLICE.name} of {POLICE.role}; and {said(DOC)}, on behalf of the city's health"
        " services.",
    ]
    if glance is not None:
        intro.append(glance)
    return (
        Section("Introduction", tuple(intro)),
        Section(
            "How the Partnership Works",
            (
                "The Partnership Board meets every two months. Its work is carried out by three"
                " groups, each linked to one of our priorities:",
                Sub(f"the Early Help Group, chaired by {said(EH)};"),
                Sub(f"the Domestic Abuse Group, supported by {said(DA)};"),
                Sub(f"the Education Safeguarding Group, chaired by {said(EDU)}."),
                "A Quality Assurance Group audits multi-agency practice, and a Case Review Group"
                " decides when a serious incident should be reviewed.",
            ),
        ),
        Section(
            "Early Help and Family Support",
            (
                ea,
                "Families told us that they value having one worker who knows them, and that they"
                " do not want to repeat their story to every new service.",
            ),
        ),
        Section(
            "Domestic Abuse and its Impact on Children",
            (
                da,
                "Domestic abuse is a factor in more than half of the child protection plans in"
                " Morrowby, and in most of the serious incidents reviewed this year.",
            ),
        ),
        Section(
            "Safeguarding in Education",
            (
                ed,
                "Schools remain the agency that refers most children to the Early Help front door,"
                " and Designated Safeguarding Leads are among the partnership's strongest"
                " advocates.",
            ),
        ),
        Section(
            "Learning from Case Reviews",
            (
                "The Case Review Group met monthly and considered every serious incident notified"
                " to the national Child Safeguarding Practice Review Panel. Where a full review was"
                " not needed, the group still asked each agency what it had learned.",
                "Learning from reviews is shared through seven-minute briefings, practitioner"
                " forums and the partnership newsletter. Each briefing ends with three questions"
                " for teams to discuss together.",
                "The themes that recur are familiar: professional curiosity about who lives in the"
                " household, the voice of the child, and information that one agency held but did"
                " not share.",
            ),
        ),
        Section(
            "Listening to Children and Families",
            (
                "The partnership asked children about their experience of help through the Youth"
                " Council, the Children in Care Council and surveys at the end of Early Help plans.",
                "Children said they want to be told what is happening and why, and to have the"
                " same worker for as long as possible. These messages have been built into our"
                " training.",
            ),
        ),
        Section(
            "Learning and Development",
            (
                train,
                "Courses are evaluated at the end of each session and again three months later,"
                " when practitioners are asked what they have done differently.",
            ),
        ),
        Section(
            "Next Steps",
            (
                "The Improvement Plan for the coming year carries forward the actions that were not"
                " completed and adds new work where our data and reviews have shown a need.",
                "Progress against this year's plan is set out in the appendix.",
            ),
        ),
    )


REPORT_2019 = Report(
    title="Annual Report 2019-20",
    kind="annual_report",
    period="2019/20",
    style=DocStyle(
        "report",
        contents=True,
        features=(
            "cover",
            "contents_page",
            "typed_paragraph_numbers",
            "two_column_box",
            "progress_said_did",
            "priority_band_rows",
            "table_across_pages",
        ),
    ),
    sections=_sections(
        "2019-20",
        Box(
            "2019-20 at a glance",
            (
                "Highlights",
                (
                    "Early Help front door opened in October 2019",
                    "Operation Encompass in every school",
                    "New service for children who have lived with domestic abuse",
                ),
            ),
            (
                "Our challenges",
                (
                    "Training halted by the pandemic in March 2020",
                    "Alternative provision protocol not agreed",
                    "Dashboard still in development",
                ),
            ),
        ),
        "The Early Help front door opened in October 2019. By March 2020 it had handled 2,140"
        " requests for support, most of them from schools and health visitors.",
        "Every school now hears from the police the morning after officers attend a domestic"
        " abuse incident at a pupil's home, so that staff can offer support that day.",
        "The Section 175 audit was returned by 98% of schools and colleges. The main gap was in"
        " the training of governors.",
        "168 practitioners were trained in Early Help Assessments before courses were"
        " cancelled in March 2020.",
    ),
    signoff=(CHAIR.name, CHAIR.role, "July 2020"),
    people=(CHAIR, PM, DCS, DOC, EH, DA, EDU),
    progress_title="What we said we would do in 2019-20, and what we did",
    progress_intro="Progress is grouped by priority.",
    membership=MEMBERSHIP,
    progress_columns=COLUMNS,
    progress_bands=True,
    progress=(
        Progress(
            ("A1.1",),
            "The Early Help front door opened in October 2019 and handled 2,140"
            " requests by March 2020.",
            ("complete",),
        ),
        Progress(
            ("A1.2",),
            "168 practitioners were trained. The remaining courses were"
            " cancelled in March 2020 because of the pandemic.",
            ("delayed", "in_progress"),
        ),
        Progress(
            ("A1.3",),
            "Family Group Conferences began in January 2020. Eleven families have taken part.",
            ("complete",),
        ),
        Progress(("A1.4",), "The dashboard is being developed.", ("in_progress", "unknown")),
        Progress(
            ("A2.1",),
            "The new service began in November 2019 and has worked with 64 children.",
            ("complete",),
        ),
        Progress(
            ("A2.2",),
            "All schools now receive Operation Encompass notifications the"
            " morning after a police call-out.",
            ("complete",),
        ),
        Progress(
            ("A2.3",),
            "The audit was completed in February 2020. It found that"
            " perpetrators were rarely invited to core groups.",
            ("complete",),
        ),
        Progress(
            ("A2.4",),
            "Briefings were delivered to 310 practitioners. The practice guide"
            " will be published in summer 2020.",
            ("in_progress",),
        ),
        Progress(("A3.1",), "98% of schools and colleges returned the audit.", ("complete",)),
        Progress(
            ("A3.2",),
            "Briefings were held in October, February and, online, in May.",
            ("complete",),
        ),
        Progress(
            ("A3.3",),
            "Schools now report part-time timetables to the local authority each"
            " month.\nWork on elective home education has not started.",
            ("in_progress",),
        ),
        Progress(("A3.4",), "Not yet achieved.", ("unknown", "delayed")),
        Progress(
            ("A3.5",),
            "Training for PSHE leads is planned for September 2020.",
            ("planned", "delayed"),
            text="Support schools to teach healthy relationships.",
        ),
    ),
)

REPORT_2020 = Report(
    title="Annual Report 2020-21",
    kind="annual_report",
    period="2020/21",
    style=DocStyle(
        "report",
        contents=True,
        numbering="auto",
        features=(
            "cover",
            "contents_page",
            "word_auto_numbering",
            "progress_said_did",
            "priority_band_rows",
        ),
    ),
    sections=_sections(
        "2020-21",
        None,
        "The Early Help performance dashboard was published in September 2020 and the target"
        " of 200 trained practitioners was reached, mostly through online courses.",
        "Calls to the police about domestic abuse rose by 18% during the first lockdown. The"
        " partnership funded twelve extra refuge places.",
        "Schools stayed open for vulnerable children throughout the year, and Designated"
        " Safeguarding Leads met online every term.",
        "All training moved online. More practitioners attended than in any previous year.",
    ),
    signoff=(CHAIR.name, CHAIR.role, "July 2021"),
    people=(CHAIR, PM, DCS, DOC, EH, DA, EDU),
    progress_title="What we said we would do in 2020-21, and what we did",
    progress_intro="Progress is grouped by priority.",
    membership=MEMBERSHIP,
    progress_columns=COLUMNS,
    progress_bands=True,
    progress=(
        Progress(("A1.1",), "The target of 200 was reached in November 2020.", ("complete",)),
        Progress(
            ("A1.2",),
            "The dashboard was published in September 2020 and is reported at every meeting.",
            ("complete",),
        ),
        Progress(
            ("A2.1",),
            "The practice guide was published in June 2020 and briefings continue online.",
            ("complete", "in_progress"),
        ),
        Progress(
            ("A2.2",),
            "The re-audit has been postponed until autumn 2021 because of"
            " workloads during the pandemic.",
            ("delayed",),
        ),
        Progress(
            ("A2.3",),
            "Twelve extra refuge places were funded. Schools and youth services"
            " shared advice for children through their websites and social media.",
            ("complete",),
        ),
        Progress(("A3.1",), "The audit was completed by 94% of schools.", ("complete",)),
        Progress(
            ("A3.2",),
            "Three briefings were held online, each attended by more than 100"
            " Designated Safeguarding Leads.",
            ("complete",),
        ),
        Progress(
            ("A3.3",),
            "Monitoring of part-time timetables is in place.",
            ("complete", "in_progress"),
        ),
        Progress(
            ("A3.4",),
            "A draft agreement has been shared with headteachers for comment.",
            ("in_progress",),
        ),
        Progress(
            ("A3.5",), "The protocol will be published in April 2021.", ("planned", "in_progress")
        ),
        Progress(("A3.6",), "Training is planned.", ("planned", "unknown")),
    ),
)

REPORT_2021 = Report(
    title="Annual Report 2021-22",
    kind="annual_report",
    period="2021/22",
    style=DocStyle(
        "report",
        contents=True,
        features=("cover", "contents_page", "typed_paragraph_numbers", "progress_said_did"),
    ),
    sections=_sections(
        "2021-22",
        None,
        "Family Group Conferences were extended to families with children under five in"
        " October 2021. A review of support for families struggling with the cost of living"
        " has been commissioned.",
        "The re-audit of perpetrator involvement found that perpetrators were invited to 60% of"
        " core groups, up from 15% two years earlier.",
        "For the first time, every school and college completed the Section 175 audit.",
        "Face to face training returned in the autumn. Twenty PSHE leads were trained to teach"
        " healthy relationships.",
    ),
    signoff=(CHAIR.name, CHAIR.role, "July 2022"),
    people=(CHAIR, PM, DCS, DOC, EH, DA, EDU),
    progress_title="What we said we would do in 2021-22, and what we did",
    progress_intro="Each row reports on one action of the Improvement Plan 2021-22.",
    membership=MEMBERSHIP,
    progress_columns=COLUMNS,
    progress=(
        Progress(("A1.1",), "Reported at every Partnership meeting.", ("complete", "in_progress")),
        Progress(
            ("A1.2",),
            "A review has been commissioned and will report in June 2022.",
            ("planned", "in_progress"),
        ),
        Progress(
            ("A1.3",),
            "Conferences for families with young children started in October 2021.",
            ("complete",),
        ),
        Progress(
            ("A2.1",),
            "Re-audit completed in November 2021. Perpetrators were invited to"
            " 60% of core groups, up from 15%.",
            ("complete",),
        ),
        Progress(("A2.2",), "The programme has started.", ("in_progress", "unknown")),
        Progress(
            ("A3.1",),
            "The audit was completed by all schools and colleges for the first time.",
            ("complete",),
        ),
        Progress(("A3.2",), "Termly briefings continued, with two held in person.", ("complete",)),
        Progress(
            ("A3.3",), "Delayed: the agreement was not signed until March 2022.", ("delayed",)
        ),
        Progress(("A3.4",), "Twenty PSHE leads were trained in January 2022.", ("complete",)),
        Progress(
            ("A4.1",),
            "The campaign ran in February 2022 to coincide with Safer Internet Day.",
            ("complete",),
        ),
        Progress(("A4.2",), "Training will start in the summer term.", ("planned",)),
    ),
)
