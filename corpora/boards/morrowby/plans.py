"""Morrowby's Improvement Plans: a table per priority (2019-20), then headed sections
with numbered action lists: Word auto-numbered (2020-21, Word only), typed (2021-22)."""

from corpora.boards.morrowby.people import CHAIR, PM
from corpora.model import Action, DocStyle, Plan, Priority, Section

P1 = "Early Help and Family Support"
P2 = "Domestic Abuse and its Impact on Children"
P3 = "Safeguarding in Education"
P4 = "Online Safety"

O1 = (
    "Families get help from the right service as soon as they need it.",
    "Fewer families are referred to children's social care more than once.",
)
O2 = (
    "Children who live with domestic abuse are seen and supported in their own right.",
    "Practitioners recognise coercive control and respond to it.",
)
O3 = (
    "Every school and college meets its safeguarding duties.",
    "Children who are not in full-time school are known to the partnership and safe.",
)
O4 = ("Parents and practitioners know how to help children stay safe online.",)

COERCIVE = (
    "Raise awareness of coercive control among practitioners through briefings and a"
    " practice guide."
)
S175 = "Complete the annual safeguarding audit of every school and college (the Section 175 audit)."
DSL = "Provide termly briefings for Designated Safeguarding Leads."
DASHBOARD = (
    "Publish the Early Help performance dashboard and report it to every Partnership meeting."
)
PSHE = "Train PSHE leads to teach healthy relationships."
EHO, DAC, PESO, ESG = (
    "Head of Early Help",
    "Domestic Abuse Coordinator",
    "Principal Education Safeguarding Officer",
    "Education Safeguarding Group",
)


def _plan(year: str, style: DocStyle, priorities, heading: str) -> Plan:
    return Plan(
        title=f"Improvement Plan {year}",
        period=year.replace("-", "/"),
        actions_period=None,
        actions_heading=heading,
        style=style,
        foreword=(
            f"This Improvement Plan sets out the priorities of the Morrowby Safeguarding"
            f" Children Partnership for {year} and the actions partners have agreed to take.",
            "It is a plan for the whole partnership. Each action has been agreed with the"
            " agency that will lead it, and progress will be reported in our annual report.",
        ),
        signoff=(CHAIR.name, CHAIR.role, "Morrowby Safeguarding Children Partnership"),
        sections=(
            Section(
                "Our Vision",
                (
                    "Morrowby is a city where children are safe at home, at school, in their"
                    " communities and online, and where families can ask for help without fear.",
                    f"The plan is managed by {PM.name}, {PM.role}, who reports on it to each"
                    " meeting of the Partnership Board.",
                ),
            ),
        ),
        priorities=priorities,
        people=(CHAIR, PM),
    )


PLAN_2019 = _plan(
    "2019-20",
    DocStyle(
        "table_per_priority",
        contents=True,
        action_numbers="dotted",
        features=(
            "table_per_priority",
            "ref_lead_by_when",
            "contents_page",
            "cover",
            "running_header_footer",
            "bullets_in_cells",
        ),
    ),
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    "Launch a single Early Help front door for all requests for support.",
                    lead=EHO,
                    by="September 2019",
                ),
                Action(
                    "Train 200 practitioners from partner agencies to complete Early Help"
                    " Assessments.",
                    lead="Early Help Training Officer",
                    by="March 2020",
                ),
                Action(
                    "Introduce Family Group Conferences for families at the edge of care.",
                    lead=EHO,
                    by="January 2020",
                ),
                Action(
                    "Publish an Early Help performance dashboard for the Partnership.",
                    lead="Partnership Manager",
                    by="December 2019",
                ),
            ),
            intro="Early Help remains the foundation of our approach.",
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "Commission a domestic abuse service for children and young people who have"
                    " lived with it.",
                    lead=DAC,
                    by="October 2019",
                ),
                Action(
                    "Introduce Operation Encompass notifications to every school.",
                    lead="Morrowby Police",
                    by="September 2019",
                ),
                Action(
                    "Audit how well child protection plans address the risk from domestic abuse"
                    " perpetrators.",
                    lead="Quality Assurance Group",
                    by="February 2020",
                ),
                Action(COERCIVE, lead=DAC, by="March 2020"),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(S175, lead=PESO, by="December 2019"),
                Action(DSL, lead=PESO, by="Termly"),
                Action(
                    "Review how schools record and share concerns about children who are missing"
                    " education, including:",
                    ("children on part-time timetables", "children educated at home"),
                    lead=ESG,
                    by="March 2020",
                ),
                Action(
                    "Agree a protocol for safeguarding children who attend alternative provision.",
                    lead=ESG,
                    by="March 2020",
                ),
                Action(
                    "Support schools to teach healthy relationships in line with the new national"
                    " curriculum.",
                    lead="PSHE Adviser",
                    by="July 2020",
                ),
            ),
        ),
    ),
    "Actions for 2019-20",
)

PLAN_2020 = _plan(
    "2020-21",
    DocStyle(
        "numbered_lists",
        formats=("docx",),
        numbering="auto",
        features=(
            "numbered_lists",
            "word_auto_numbering",
            "priority_heading_numbering",
            "word_only",
            "lead_timescale_lines",
            "cover",
        ),
    ),
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    "Complete the training of 200 practitioners in Early Help Assessments, using"
                    " online courses.",
                    lead="Early Help Training Officer",
                    by="December 2020",
                    prev=("A1.2",),
                    kind="reworded",
                ),
                Action(DASHBOARD, prev=("A1.4",), kind="reworded"),
                Action(
                    "Check that families who were receiving Early Help before the pandemic are"
                    " still getting support.",
                    lead=EHO,
                ),
            ),
            intro="The pandemic has made early help more important and harder to give.",
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(COERCIVE, lead=DAC, by="March 2021", prev=("A2.4",), kind="same"),
                Action(
                    "Make sure domestic abuse perpetrators are invited to core groups, and check"
                    " this through a re-audit.",
                    prev=("A2.3",),
                    kind="reworded",
                ),
                Action(
                    "Respond to the rise in domestic abuse during lockdown, including:",
                    (
                        "extra refuge places",
                        "advice for children through schools and youth services",
                    ),
                    by="Ongoing",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(S175, lead=PESO, prev=("A3.1",), kind="same"),
                Action(DSL, prev=("A3.2",), kind="same"),
                Action(
                    "Monitor the use of part-time timetables and report to the Partnership each"
                    " term.",
                    prev=("A3.3",),
                    kind="split",
                ),
                Action(
                    "Agree how schools and the local authority share concerns about children"
                    " educated at home.",
                    prev=("A3.3",),
                    kind="split",
                ),
                Action(
                    "Agree and publish a protocol for safeguarding children who attend"
                    " alternative provision.",
                    by="March 2021",
                    prev=("A3.4",),
                    kind="reworded",
                ),
                Action(PSHE, prev=("A3.5",), kind="reworded"),
            ),
        ),
    ),
    "What we will do in 2020-21",
)

PLAN_2021 = _plan(
    "2021-22",
    DocStyle(
        "numbered_lists",
        numbering="typed",
        features=(
            "numbered_lists",
            "typed_numbers",
            "lead_timescale_lines",
            "four_priorities",
            "cover",
            "running_header_footer",
        ),
    ),
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(DASHBOARD, prev=("A1.2",), kind="same"),
                Action(
                    "Review the support Early Help gives to families struggling with the cost of"
                    " living.",
                    lead=EHO,
                    by="June 2022",
                ),
                Action(
                    "Extend Family Group Conferences to families with children under five.",
                    lead=EHO,
                    by="October 2021",
                ),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "Complete the re-audit of perpetrator involvement in core groups.",
                    lead="Quality Assurance Group",
                    by="November 2021",
                    prev=("A2.2",),
                    kind="reworded",
                ),
                Action(
                    "Deliver a domestic abuse programme for practitioners and families covering"
                    " coercive control, safe accommodation and support for children.",
                    lead=DAC,
                    by="March 2022",
                    prev=("A2.1", "A2.3"),
                    kind="merged",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(S175, lead=PESO, by="December 2021", prev=("A3.1",), kind="same"),
                Action(DSL, lead=PESO, by="Termly", prev=("A3.2",), kind="same"),
                Action(
                    "Implement the agreement on sharing concerns about children educated at home.",
                    lead=ESG,
                    by="September 2021",
                    prev=("A3.4",),
                    kind="reworded",
                ),
                Action(PSHE, lead="PSHE Adviser", by="March 2022", prev=("A3.6",), kind="same"),
            ),
        ),
        Priority(
            4,
            P4,
            O4,
            (
                Action(
                    "Run an online safety campaign for parents of primary school children.",
                    lead="Partnership Manager",
                    by="February 2022",
                ),
                Action(
                    "Train practitioners to respond to sexual images shared by children.",
                    lead="Learning and Development Group",
                    by="July 2022",
                ),
            ),
            intro="A new priority, added after a rise in referrals about online harm.",
        ),
    ),
    "Our actions for 2021-22",
)
