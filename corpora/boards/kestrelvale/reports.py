# ruff: noqa: E501  (prose data: long string literals are the content)
"""Kestrel Vale's Annual Reports 2020-21 to 2022-23: Word auto-numbered paragraphs,
progress appendix with a Status or RAG column, in landscape in two of the years."""

from corpora.boards.kestrelvale.people import (
    BM,
    DCS,
    DI,
    DOC,
    EDU,
    HEALTH,
    HEALTH_ICB,
    LD,
    NURSE,
    POLICE,
    SCRUT,
    said,
)
from corpora.model import Bullets, DocStyle, Progress, Report, Section, Sub


def _arrangements(health) -> Section:
    return Section(
        "Our Safeguarding Arrangements",
        (
            "The three safeguarding partners share equal responsibility for the arrangements."
            " They are represented by:",
            Bullets((said(DCS), said(POLICE), said(health))),
            f"The partners are supported by {said(BM)}, and a small business unit hosted by the"
            " Council. The partnership budget is shared between the three partners in agreed"
            " proportions.",
            "The Partnership's work is done through four groups that report to the Business Group:",
            Sub(f"the Exploitation Sub-Group, co-chaired by {said(DI)};"),
            Sub(f"the Quality Assurance Sub-Group, chaired by {said(DOC)};"),
            Sub(
                "the Case Review Group, which decides whether a serious incident needs a Local Child"
                " Safeguarding Practice Review;"
            ),
            Sub(f"the Learning and Development Group, supported by {said(LD)}."),
        ),
    )


def _about(children: str, cp: str, cla: str) -> Section:
    return Section(
        "About Kestrel Vale",
        (
            "Kestrel Vale is a largely rural district with two market towns, Ashcombe and Drayford."
            f" About {children} children and young people live here.",
            Bullets(
                (
                    f"{cp} children were subject to a child protection plan at the end of the year;",
                    f"{cla} children were looked after by the Council;",
                    "neglect was the most common category of child protection plan.",
                )
            ),
        ),
    )


def _scrutiny(text: str) -> Section:
    return Section(
        "Independent Scrutiny",
        (
            f"{said(SCRUT)}, provides independent scrutiny of the arrangements. She attends the"
            " Business Group, meets practitioners and reports directly to the three partners.",
            text,
        ),
    )


def _voice(theme: str) -> Section:
    return Section(
        "Hearing from Children and Young People",
        (
            "The partners have agreed that children's experiences should shape every priority."
            " This year the Partnership heard from children and young people through school"
            " councils, the Children in Care Council and a survey of young people who had been"
            " discussed at exploitation meetings.",
            f"Young people told us most often about {theme}. Their words were shared with the"
            " Business Group and are quoted in the learning briefings published during the"
            " year.",
            "We will report back to the groups who spoke to us on what has changed as a result,"
            " using the 'You said, we did' format that young people asked for.",
        ),
    )


def _budget(total: str) -> Section:
    return Section(
        "Partnership Budget",
        (
            f"The partnership budget for the year was {total}. It was funded by the Council"
            " (50%), Kestrel Vale Constabulary (25%) and our health partner (25%), with a"
            " small contribution from the Probation Service. It paid for:",
            Bullets(
                (
                    "the business unit and independent scrutiny;",
                    "the multi-agency training programme;",
                    "Local Child Safeguarding Practice Reviews commissioned during the year.",
                )
            ),
        ),
    )


STYLE_FEATURES = ("cover", "contents_page", "word_auto_numbering", "running_header_footer")

REPORT_2020 = Report(
    title="Annual Report 2020-21",
    kind="annual_report",
    period="2020/21",
    style=DocStyle(
        "report",
        contents=True,
        numbering="auto",
        landscape_appendix=True,
        features=(
            *STYLE_FEATURES,
            "landscape_appendix",
            "progress_status_column",
            "table_across_pages",
        ),
    ),
    sections=(
        Section(
            "Introduction",
            (
                "This is the Kestrel Vale Safeguarding Children Partnership's second annual report"
                " under the arrangements published in 2019. It covers April 2020 to March 2021, a"
                " year shaped almost entirely by the COVID-19 pandemic.",
                "Schools closed to most pupils twice, health visitors moved many contacts online,"
                " and children were less visible to the professionals who would normally notice"
                " that something was wrong. Partners responded by sharing information weekly about"
                " the children they were most worried about.",
            ),
        ),
        _about("38,500", "214", "187"),
        _arrangements(HEALTH),
        Section(
            "What We Did: Our Priorities",
            (
                "The Child Exploitation Strategy was launched online in October 2020. A screening"
                " tool has been agreed and is being tested in Drayford before it is used everywhere.",
                "Return home interviews are now held much more quickly, but not yet quickly enough"
                " for every child.",
                f"{said(NURSE)}, led the practice guide on home conditions and safe sleeping, which"
                " was published in November 2020.",
                "The audit of long-running neglect plans found drift in nine of the twenty cases"
                " reviewed. The findings have changed the way child protection plans are reviewed.",
            ),
        ),
        Section(
            "Learning from Reviews",
            (
                "The Case Review Group considered seven serious incidents. Two led to Local Child"
                " Safeguarding Practice Reviews. One review has been published; the other has been"
                " delayed by a criminal trial.",
                f"{LD.name} moved all core training online by July 2020. More practitioners attended"
                " training than in any previous year, although some told us they missed the"
                " conversations of a classroom.",
            ),
        ),
        _voice("feeling unsafe on buses and at the Drayford interchange"),
        _budget("£412,000"),
        _scrutiny(
            "Her report for this year found that the partners had worked well together"
            " through the pandemic, but that the voice of children was too often missing"
            " from the Partnership's own meetings."
        ),
        Section(
            "Looking Ahead",
            (
                "Our priorities for 2021-22 stay the same. The Business Plan for 2021-22 carries"
                " forward the actions that were not finished this year.",
            ),
        ),
    ),
    signoff=(DCS.name, POLICE.name, HEALTH.name, "On behalf of the safeguarding partners"),
    people=(DCS, POLICE, HEALTH, BM, DI, DOC, LD, NURSE, SCRUT),
    progress_title="Progress against the Business Plan 2020-21",
    progress_intro="Status: Complete; On track; Delayed; Not started.",
    progress_columns=("Action", "Progress update", "Status"),
    progress=(
        Progress(
            ("A1.1",),
            "The strategy was launched in October 2020, one month late, at an"
            " online event for 180 practitioners.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A1.2",),
            "The tool has been agreed by all agencies and is being piloted in Drayford.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A1.3",),
            "71% of return home interviews took place within 72 hours, up from 54% last year.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A1.4",),
            "Training for taxi drivers has been a licensing condition since"
            " January 2021.\nSessions for hotel staff were postponed because hotels were"
            " closed.",
            ("delayed", "in_progress"),
            status_cell="Delayed",
        ),
        Progress(
            ("A2.1",),
            "112 practitioners have been trained to use the Graded Care Profile 2.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A2.2",),
            "The audit is complete. Drift was found in 9 of 20 cases and a report"
            " went to the Business Group in February 2021.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A2.3",),
            "Guide published in November 2020 and shared with all health visitors and midwives.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A2.4",),
            "Partners reported monthly on children not seen. Data on missed"
            " health appointments was not available until January 2021.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A3.1",),
            "One review has been completed. The second was paused while a"
            " criminal trial took place and will finish in summer 2021.",
            ("delayed",),
            status_cell="Delayed",
        ),
        Progress(
            ("A3.2",),
            "All core courses were available online by July 2020.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A3.3",),
            "Three forums were held online; the fourth is planned for April 2021.",
            ("in_progress", "planned"),
            status_cell="On track",
        ),
        Progress(
            ("A3.4",),
            "Briefings are published on the website.",
            ("in_progress", "unknown", "complete"),
            status_cell="Ongoing",
        ),
    ),
)

REPORT_2021 = Report(
    title="Annual Report 2021-22",
    kind="annual_report",
    period="2021/22",
    style=DocStyle(
        "report",
        contents=True,
        numbering="auto",
        features=(*STYLE_FEATURES, "progress_status_column", "table_across_pages"),
    ),
    sections=(
        Section(
            "Introduction",
            (
                "This report covers April 2021 to March 2022, the year in which services returned"
                " to something like normal and the effects of the pandemic on children became"
                " clearer.",
                "Referrals to children's social care rose by 14%, and more of them concerned"
                " children's emotional health. Partners have agreed that this should become a"
                " priority in 2022-23.",
            ),
        ),
        _about("38,900", "236", "193"),
        _arrangements(HEALTH),
        Section(
            "What We Did: Our Priorities",
            (
                "The exploitation screening tool has been used by every agency since October 2021."
                " It has helped schools in particular to describe their concerns in a way that"
                " other agencies recognise.",
                "Work on transitional safeguarding began with the Safeguarding Adults Board, so"
                " that young people at risk do not lose support on their eighteenth birthday.",
                f"{said(EDU)}, worked with schools on the neglect practice guide, published in"
                " September 2021.",
                "We have not received an update on the roll-out of the Graded Care Profile 2 this"
                " year, and the Business Group has asked for one.",
            ),
        ),
        Section(
            "Learning from Reviews",
            (
                "The delayed Local Child Safeguarding Practice Review was published in December"
                " 2021, with a learning summary and a short podcast for practitioners.",
                "Face to face training returned in September 2021. The evaluation of online"
                " training has been delayed because too few practitioners answered the survey.",
            ),
        ),
        _voice("how hard it is to get help with anxiety after the pandemic"),
        _budget("£428,500"),
        _scrutiny(
            "Her report found that the partnership had become better at hearing from"
            " children, and asked partners to check that learning from reviews was"
            " changing practice and not only being shared."
        ),
        Section(
            "Looking Ahead",
            (
                "In 2022-23 we will add a fourth priority, children's mental health and wellbeing,"
                " and continue our work on exploitation, neglect and learning.",
            ),
        ),
    ),
    signoff=(DCS.name, POLICE.name, HEALTH.name, "On behalf of the safeguarding partners"),
    people=(DCS, POLICE, HEALTH, BM, DI, DOC, LD, EDU, SCRUT),
    progress_title="Progress against the Business Plan 2021-22",
    progress_intro="Status: Complete; On track; Delayed; Not started; Not known.",
    progress_columns=("Action", "Progress update", "Status"),
    progress=(
        Progress(
            ("A1.1",),
            "All agencies were using the tool by October 2021.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A1.2",),
            "Performance improved to 78% within 72 hours.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A1.3",),
            "Sessions were delivered to 46 hotel and security staff. Fast food"
            " outlets will be approached in 2022.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(
            ("A1.4",),
            "A task and finish group has been set up with the Safeguarding Adults Board.",
            ("in_progress",),
            status_cell="On track",
        ),
        Progress(("A2.1",), "No update received.", ("unknown",), status_cell="Not known"),
        Progress(
            ("A2.2",),
            "The re-audit is scheduled for May 2022.",
            ("planned",),
            status_cell="Not started",
        ),
        Progress(
            ("A2.3",),
            "The practice guide was published in September 2021.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A3.1",),
            "The review was published in December 2021 with a learning summary and a podcast.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A3.2",),
            "Face to face courses returned in September 2021 alongside online sessions.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(
            ("A3.3",),
            "The evaluation survey has been delayed because of low response"
            " rates and will be redesigned.",
            ("delayed",),
            status_cell="Delayed",
        ),
        Progress(
            ("A3.4",),
            "Four forums were held, on neglect, exploitation, domestic abuse and online harm.",
            ("complete",),
            status_cell="Complete",
        ),
        Progress(("A3.5",), "Work continues.", ("unknown", "in_progress"), status_cell="Ongoing"),
    ),
)

REPORT_2022 = Report(
    title="Annual Report 2022-23",
    kind="annual_report",
    period="2022/23",
    style=DocStyle(
        "report",
        contents=True,
        numbering="auto",
        landscape_appendix=True,
        features=(*STYLE_FEATURES, "landscape_appendix", "progress_ref_rag", "row_for_two_actions"),
    ),
    sections=(
        Section(
            "Introduction",
            (
                "This report covers April 2022 to March 2023. It is the first year in which our"
                " health partner has been the Kestrel Vale Integrated Care Board, which replaced the"
                " Clinical Commissioning Group in July 2022.",
                f"{said(HEALTH_ICB)}, continues to represent health as a safeguarding partner.",
            ),
        ),
        _about("39,200", "228", "201"),
        _arrangements(HEALTH_ICB),
        Section(
            "What We Did: Our Priorities",
            (
                "Return home interviews within 72 hours reached 83%, the best figure since we began"
                " to measure it.",
                "The transitional safeguarding protocol was launched in March 2023 with the"
                " Safeguarding Adults Board.",
                "The re-audit of long-running neglect plans found drift in four of twenty cases,"
                " compared with nine two years ago.",
                "Our new priority on mental health began with a map of the support available to"
                " children who are waiting for specialist services.",
            ),
        ),
        Section(
            "Learning from Reviews",
            (
                "No new Local Child Safeguarding Practice Reviews were started this year. The Case"
                " Review Group completed two rapid reviews and shared their learning at the"
                " practitioner forums.",
            ),
        ),
        _voice("waiting for mental health support and what helped while they waited"),
        _budget("£441,000"),
        _scrutiny(
            "Her report welcomed the new priority on mental health and asked the"
            " partners to set clear measures for it before the next plan is agreed."
        ),
    ),
    signoff=(DCS.name, POLICE.name, HEALTH_ICB.name, "On behalf of the safeguarding partners"),
    people=(DCS, POLICE, HEALTH_ICB, BM, DI, DOC, LD, SCRUT),
    membership=(
        (DCS.name, "Director of Children's Services", "Kestrel Vale Council"),
        (POLICE.name, "Head of Public Protection", "Kestrel Vale Constabulary"),
        (HEALTH_ICB.name, "Chief Nurse", "Kestrel Vale Integrated Care Board"),
        (SCRUT.name, SCRUT.role, "Independent"),
        (DOC.name, DOC.role, "Kestrel Vale Integrated Care Board"),
        (NURSE.name, NURSE.role, "Kestrel Vale Integrated Care Board"),
        (EDU.name, EDU.role, "Kestrel Vale Council"),
        ("Fiona Rutherglen", "Head of Probation Delivery Unit", "Probation Service"),
        (BM.name, BM.role, "Kestrel Vale Safeguarding Children Partnership"),
    ),
    progress_title="Progress against the Business Plan 2022-23",
    progress_intro="RAG rating: Green – achieved; Amber – in progress; Red – not achieved.",
    progress_columns=("Ref", "Action", "Progress update", "RAG"),
    progress=(
        Progress(
            ("A1.1",),
            "Return home interviews within 72 hours reached 83%.",
            ("complete", "in_progress"),
            status_cell="Green",
        ),
        Progress(
            ("A1.2",),
            "Training was delivered to 12 private hire operators. Fast food"
            " outlets have not yet taken part.",
            ("in_progress",),
            status_cell="Amber",
        ),
        Progress(
            ("A1.3",),
            "The protocol was agreed in January 2023 and launched in March 2023.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A2.1",),
            "The Graded Care Profile 2 is now used by all agencies except the ambulance service.",
            ("in_progress",),
            status_cell="Amber",
        ),
        Progress(
            ("A2.2",),
            "The re-audit was completed in June 2022. Drift was found in 4 of 20"
            " cases, compared with 9 in 2021.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(
            ("A2.3",),
            "Deferred to 2023-24 so that it can take account of new national guidance.",
            ("delayed", "planned"),
            status_cell="Red",
        ),
        Progress(
            ("A3.1",),
            "The programme ran throughout the year. Its impact will be measured from April 2023.",
            ("in_progress", "planned"),
            status_cell="Amber",
        ),
        Progress(
            ("A3.2", "A3.3"),
            "Four forums were held. A learning session on deaths in the"
            " home was held in November 2022.",
            ("complete",),
            status_cell="Green",
            text="Share learning through practitioner forums, including learning from the"
            " national review of child deaths in the home.",
        ),
        Progress(
            ("A4.1",),
            "The mapping is complete and has been shared with the Integrated Care Board.",
            ("complete",),
            status_cell="Green",
        ),
        Progress(("A4.2",), "The protocol is in draft.", ("in_progress",), status_cell="Amber"),
        Progress(
            ("A4.3",),
            "Assurance was received on waits in emergency departments.\nAdult"
            " ward admissions will be reviewed in 2023-24.",
            ("in_progress", "planned"),
            status_cell="Amber",
        ),
    ),
)
