"""Kestrel Vale's yearly Business Plans: one row per action with merged priority cells
(2020-21, 2021-22), then one table per priority (2022-23, Word only)."""

from corpora.boards.kestrelvale.people import BM, DCS, HEALTH, HEALTH_ICB, POLICE
from corpora.model import Action, Bullets, DocStyle, Plan, Priority, Section

P1 = "Safeguarding Children from Exploitation"
P2 = "Neglect and the Home Environment"
P3 = "Learning from Practice"
P4 = "Children's Mental Health and Wellbeing"

O1 = (
    "Children at risk of exploitation are identified early, wherever they live in Kestrel Vale.",
    "Young people who go missing are found quickly and helped to talk about why they left.",
)
O2 = (
    "Neglect is recognised and acted on before it causes lasting harm.",
    "Plans for neglected children lead to change within the child's timescale, not drift.",
)
O3 = (
    "Learning from reviews and audits changes what practitioners do.",
    "Every practitioner can get the multi-agency training they need.",
)
O4 = ("Children waiting for specialist mental health services are kept safe while they wait.",)

RHI = "Hold return home interviews with every child who goes missing, within 72 hours."
GCP2 = "Roll out the Graded Care Profile 2 to health visitors, social workers and school staff."
FORUMS = "Hold four practitioner forums a year, each on a theme drawn from reviews and audits."
BRIEFS = "Publish a seven-minute briefing for every review and audit."
REAUDIT = (
    "Re-audit neglect cases on a plan for more than 18 months to check that drift has reduced."
)


def _plan(year: str, style: DocStyle, health, priorities) -> Plan:
    return Plan(
        title=f"Business Plan {year}",
        period=year.replace("-", "/"),
        actions_period=None,
        actions_heading=f"What we will do in {year}",
        style=style,
        foreword=(
            f"This plan sets out what the three safeguarding partners in Kestrel Vale will do"
            f" together in {year}. It is agreed by the Council, Kestrel Vale Constabulary and"
            " our health partners, and by the relevant agencies named in our published"
            " arrangements.",
            "Our priorities come from what our reviews, audits and data have told us, and from"
            " what children and young people said when we asked them what makes them feel"
            " unsafe.",
        ),
        signoff=(
            "Signed on behalf of the safeguarding partners",
            DCS.name,
            POLICE.name,
            health.name,
        ),
        sections=(
            Section(
                "About this Plan",
                (
                    "Each action has a lead and a timescale. Leads report progress to the"
                    f" Business Group, supported by {BM.name}, {BM.role}. The Partnership's"
                    " annual report will say what was achieved.",
                    "The plan is deliberately short. Work that is part of partners' everyday"
                    " business is not repeated here.",
                ),
            ),
        ),
        priorities=priorities,
        closing=(
            Section(
                "How we will measure progress",
                (
                    "The Business Group keeps a performance framework that tracks, each quarter:",
                    Bullets(
                        (
                            "the number of children discussed at exploitation meetings;",
                            "the timeliness of return home interviews;",
                            "the number of children on a plan for neglect for over 18 months;",
                            "attendance at training, and what practitioners say changed.",
                        )
                    ),
                ),
            ),
        ),
        people=(BM, DCS.unrolled(), POLICE.unrolled(), health.unrolled()),
    )


ESG, LIC, LDC = (
    "Exploitation Sub-Group",
    "Licensing Manager",
    "Learning and Development Coordinator",
)
QA = "Quality Assurance Sub-Group"

PLAN_2020 = _plan(
    "2020-21",
    DocStyle(
        "merged_rows",
        action_numbers="dotted",
        features=(
            "merged_priority_cells",
            "lead_timescale",
            "typed_numbers",
            "bullets_in_cells",
            "repeated_header_rows",
            "cover",
        ),
    ),
    HEALTH,
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    "Launch a multi-agency Child Exploitation Strategy and delivery plan.",
                    lead=ESG,
                    by="September 2020",
                ),
                Action(
                    "Introduce a single screening tool for criminal and sexual exploitation"
                    " across all agencies.",
                    lead=ESG,
                    by="December 2020",
                ),
                Action(RHI, lead="Head of Service, Adolescents", by="March 2021"),
                Action(
                    "Train taxi drivers, hotel staff and security staff to spot the signs of"
                    " exploitation.",
                    lead=LIC,
                    by="March 2021",
                ),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(GCP2, lead="Neglect Steering Group", by="March 2021"),
                Action(
                    "Audit cases of neglect where children have been on a plan for more than 18"
                    " months.",
                    lead=QA,
                    by="January 2021",
                ),
                Action(
                    "Publish a practice guide on home conditions and safe sleeping arrangements"
                    " for babies.",
                    lead="Designated Nurse",
                    by="November 2020",
                ),
                Action(
                    "Review how the partnership identifies neglect during the COVID-19"
                    " lockdowns, including:",
                    (
                        "children not seen at school",
                        "families who stopped attending health appointments",
                    ),
                    lead="Safeguarding Partners",
                    by="Quarterly",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(
                    "Complete two Local Child Safeguarding Practice Reviews and share their"
                    " learning.",
                    lead="Case Review Group",
                    by="March 2021",
                ),
                Action(
                    "Move the multi-agency training offer online while face to face training is"
                    " suspended.",
                    lead=LDC,
                    by="June 2020",
                ),
                Action(FORUMS, lead=LDC, by="Quarterly"),
                Action(BRIEFS, lead="Partnership Business Manager", by="Ongoing"),
            ),
        ),
    ),
)

PLAN_2021 = _plan(
    "2021-22",
    DocStyle(
        "merged_rows",
        action_numbers="dotted",
        features=(
            "merged_priority_cells",
            "lead_timescale",
            "typed_numbers",
            "repeated_header_rows",
            "cover",
        ),
    ),
    HEALTH,
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    "Roll out the exploitation screening tool to every agency after the Drayford"
                    " pilot.",
                    lead=ESG,
                    by="September 2021",
                    prev=("A1.2",),
                    kind="reworded",
                ),
                Action(
                    RHI,
                    lead="Head of Service, Adolescents",
                    by="March 2022",
                    prev=("A1.3",),
                    kind="same",
                ),
                Action(
                    "Complete exploitation awareness training for hotel, security and fast food"
                    " staff.",
                    lead=LIC,
                    by="December 2021",
                    prev=("A1.4",),
                    kind="reworded",
                ),
                Action(
                    "Develop a transitional safeguarding approach for young people aged 16 to 25"
                    " at risk of exploitation.",
                    lead="Safeguarding Partners",
                    by="March 2022",
                ),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    GCP2,
                    lead="Neglect Steering Group",
                    by="March 2022",
                    prev=("A2.1",),
                    kind="same",
                ),
                Action(REAUDIT, lead=QA, by="January 2022", prev=("A2.2",), kind="reworded"),
                Action(
                    "Publish a neglect practice guide covering home conditions, safe sleeping and"
                    " children missing from education or health appointments.",
                    lead="Designated Nurse",
                    by="September 2021",
                    prev=("A2.3", "A2.4"),
                    kind="merged",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(
                    "Complete the outstanding Local Child Safeguarding Practice Review and"
                    " publish a learning summary.",
                    lead="Case Review Group",
                    by="December 2021",
                    prev=("A3.1",),
                    kind="reworded",
                ),
                Action(
                    "Offer a blended training programme of online and face to face courses.",
                    lead=LDC,
                    by="September 2021",
                    prev=("A3.2",),
                    kind="split",
                ),
                Action(
                    "Evaluate the impact of online training on practice, using a follow-up survey"
                    " three months after each course.",
                    lead=LDC,
                    by="March 2022",
                    prev=("A3.2",),
                    kind="split",
                ),
                Action(FORUMS, lead=LDC, by="Quarterly", prev=("A3.3",), kind="same"),
                Action(
                    BRIEFS,
                    lead="Partnership Business Manager",
                    by="Ongoing",
                    prev=("A3.4",),
                    kind="same",
                ),
            ),
        ),
    ),
)

PLAN_2022 = _plan(
    "2022-23",
    DocStyle(
        "table_per_priority",
        formats=("docx",),
        action_numbers="ref",
        features=(
            "table_per_priority",
            "ref_lead_by_when",
            "word_only",
            "four_priorities",
            "cover",
        ),
    ),
    HEALTH_ICB,
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    RHI,
                    lead="Head of Service, Adolescents",
                    by="March 2023",
                    prev=("A1.2",),
                    kind="same",
                ),
                Action(
                    "Extend exploitation awareness training to fast food outlets and private hire"
                    " operators.",
                    lead=LIC,
                    by="December 2022",
                    prev=("A1.3",),
                    kind="reworded",
                ),
                Action(
                    "Agree and launch a transitional safeguarding protocol with the Safeguarding"
                    " Adults Board.",
                    lead="Safeguarding Partners",
                    by="March 2023",
                    prev=("A1.4",),
                    kind="reworded",
                ),
            ),
            intro="Exploitation remains our first priority: the number of children discussed at"
            " exploitation meetings rose again this year.",
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "Embed the Graded Care Profile 2 as the standard neglect assessment tool in"
                    " every agency.",
                    lead="Neglect Steering Group",
                    by="March 2023",
                    prev=("A2.1",),
                    kind="reworded",
                ),
                Action(REAUDIT, lead=QA, by="June 2022", prev=("A2.2",), kind="same"),
                Action(
                    "Review the neglect strategy in the light of the re-audit findings.",
                    lead="Neglect Steering Group",
                    by="March 2023",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(
                    "Deliver a blended training programme and measure its impact on practice.",
                    lead=LDC,
                    by="March 2023",
                    prev=("A3.2", "A3.3"),
                    kind="merged",
                ),
                Action(FORUMS, lead=LDC, by="Quarterly", prev=("A3.4",), kind="same"),
                Action(
                    "Share learning from the national review of child deaths in the home with"
                    " local practitioners.",
                    lead="Case Review Group",
                    by="November 2022",
                ),
            ),
        ),
        Priority(
            4,
            P4,
            O4,
            (
                Action(
                    "Map the mental health support available to children waiting for specialist"
                    " services.",
                    lead="Integrated Care Board",
                    by="September 2022",
                ),
                Action(
                    "Agree a joint protocol between schools and Child and Adolescent Mental"
                    " Health Services for children who self-harm.",
                    lead="Education Safeguarding Lead",
                    by="March 2023",
                ),
                Action(
                    "Seek assurance that children admitted to hospital for mental health reasons"
                    " are safeguarded, including:",
                    ("children placed on adult wards", "children waiting in emergency departments"),
                    lead="Safeguarding Partners",
                    by="March 2023",
                ),
            ),
            intro="This is a new priority, added after partners heard from young people about"
            " long waits for help.",
        ),
    ),
)
