"""Harrowfield's Business Improvement Plan 2017-20, refreshed each year."""

from corpora.boards.harrowfield.people import CHAIR
from corpora.model import Action, Bullets, DocStyle, Plan, Priority, Section

P1 = "Strong Leadership and Shared Accountability"
P2 = "Improving Child Protection Practice"
P3 = "Early Help that Makes a Difference"
P4 = "Tackling Child Exploitation"

O1 = (
    "Partners keep improving how they work together while the Council, Police and health"
    " services go through significant change.",
    "The Board leads the safeguarding agenda in Harrowfield, challenges partners and learns"
    " from what children, young people and families tell us.",
    "Every child in Harrowfield is seen, heard and helped, and the public and professionals"
    " know how to recognise risk and what to do about it.",
)
O2 = (
    "Children at risk of neglect, exploitation or going missing are identified early and"
    " protected by coordinated multi-agency work.",
    "Practitioners in every agency have the training and learning they need to protect"
    " children well.",
)
O3 = (
    "Families get the right help as soon as problems emerge, from the service best placed"
    " to give it.",
    "Fewer children need a statutory social care response because help came early.",
)
O4 = (
    "Children at risk of sexual or criminal exploitation are identified early and kept safe"
    " by a partnership that shares what it knows.",
)

CAMPAIGN = (
    "Raise public awareness that keeping children safe is everyone's responsibility through a"
    " borough-wide campaign."
)
TRAINING = (
    "Deliver a multi-agency training programme of face to face courses, e-learning and"
    " practitioner briefings."
)
BRIEFINGS = (
    "Publish a learning briefing for every Serious Case Review and Learning Lessons Review"
    " within one month of its sign-off."
)
LEAD_PRO = "Review the Lead Professional role and the support offered to those who take it on."


def _foreword(year: str) -> tuple[str, ...]:
    return (
        f"I am pleased to introduce the refreshed Business Improvement Plan of the Harrowfield"
        f" Safeguarding Children Board, which sets out what partners will do together in"
        f" {year}. It is deliberately short: three pages of actions that every partner has"
        " agreed and will be held to.",
        "Members of the Executive Board have looked back over the last twelve months, at what"
        " went well and what did not, and at what children and families have told us. The"
        " actions that follow build on that review.",
        "Partners share one ambition: that Harrowfield is a place where children grow up safe,"
        " are listened to and can make the most of their lives. This plan is how we will hold"
        " ourselves to it.",
    )


def _sections(year: str, priorities: tuple[Priority, ...]) -> tuple[Section, ...]:
    return (
        Section(
            "Introduction",
            (
                "The Business Improvement Plan 2017-20 sets out the Board's vision, purpose and"
                f" priorities. This edition has been refreshed for {year} and should be read"
                " alongside the Children's Services Improvement Plan and the work programmes of"
                " the Board's Sub-Groups.",
            ),
        ),
        Section(
            "Our Purpose",
            (
                "The Board brings together the Council, Harrowfield Police, the Clinical"
                " Commissioning Group, schools and the voluntary sector to safeguard and promote"
                " the welfare of children in Harrowfield. To do this it:",
                Bullets(
                    (
                        "sets standards and procedures for multi-agency practice;",
                        "checks the quality of what partners do and its effect on children;",
                        "makes sure lessons from reviews and audits reach front-line staff;",
                        "communicates with the public and with the wider children's workforce.",
                    )
                ),
                f"The plan has {len(priorities)} strategic priorities, each supported by outcomes"
                " and by the specific actions agreed for the year.",
            ),
        ),
    )


CLOSING = (
    Section(
        "How We Will Know We Are Making a Difference",
        (
            "The Quality, Impact and Outcomes Sub-Group will report to each Executive Board"
            " meeting on a small set of measures agreed with partners, including:",
            Bullets(
                (
                    "the number and timeliness of Early Help Assessments;",
                    "re-referrals to children's social care within twelve months;",
                    "attendance of partner agencies at child protection conferences;",
                    "what children and families tell us in audits and surveys.",
                )
            ),
            "Each Sub-Group will report on the actions it leads at the end of every quarter."
            " The Independent Chair's Accountability Report will give a full account of"
            " progress against each action at the end of the year.",
        ),
    ),
)


def _plan(year: str, style: DocStyle, priorities: tuple[Priority, ...]) -> Plan:
    return Plan(
        title="Business Improvement Plan 2017-20",
        period="2017-20",
        actions_period=year,
        actions_heading=f"Actions {year.replace('/', '-')}",
        style=style,
        foreword=_foreword(year),
        signoff=(CHAIR.name, CHAIR.role, "Harrowfield Safeguarding Children Board"),
        sections=_sections(year, priorities),
        priorities=priorities,
        closing=CLOSING,
        people=(CHAIR,),
    )


PLAN_2017 = _plan(
    "2017/18",
    DocStyle(
        "seed_table",
        numbering="auto",
        action_numbers="per_priority",
        features=(
            "seed_table",
            "word_auto_numbering",
            "lists_in_cells",
            "bullets_in_cells",
            "repeated_header_rows",
            "row_across_page",
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
                Action(
                    "The HSCB and partners deliver the Business Improvement Plan and the work"
                    " programmes of each Sub-Group, reporting progress to every Executive Board"
                    " meeting."
                ),
                Action(
                    "Agree a protocol setting out how the HSCB, the Health and Wellbeing Board,"
                    " the Community Safety Partnership and the Safeguarding Adults Board hold"
                    " each other to account."
                ),
                Action(
                    "Review the membership, terms of reference and co-chairing arrangements of"
                    " every Sub-Group."
                ),
                Action(
                    "Publish an annual budget and a partner contributions agreement for the Board."
                ),
                Action(CAMPAIGN),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "The Executive Board will oversee the development of multi-agency strategies"
                    " to tackle:",
                    (
                        "Neglect",
                        "Child Sexual Exploitation",
                        "Children who go missing from home or care",
                    ),
                ),
                Action(TRAINING),
                Action(
                    "Audit the quality of multi-agency contributions to Child Protection"
                    " Conferences and Core Groups."
                ),
                Action(BRIEFINGS),
                Action(
                    "Seek assurance on the partnership response to:",
                    (
                        "Domestic abuse",
                        "Female Genital Mutilation",
                        "Parental mental ill health and substance misuse",
                    ),
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action("Refresh the Early Help Strategy and measure its impact on families."),
                Action(
                    "Publish revised threshold guidance, 'The Right Support at the Right Time',"
                    " and train staff across partner agencies in its use."
                ),
                Action(
                    "Evaluate the quality of Early Help Assessments completed by schools, health"
                    " and voluntary sector partners."
                ),
                Action("Pilot locality Early Help Panels in the North and East districts."),
            ),
        ),
    ),
)

PLAN_2018 = _plan(
    "2018/19",
    DocStyle(
        "seed_table",
        numbering="typed",
        action_numbers="per_priority",
        features=(
            "seed_table",
            "typed_numbers",
            "lists_in_cells",
            "bullets_in_cells",
            "repeated_header_rows",
            "row_across_page",
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
                Action(PLAN_2017.priorities[0].actions[0].text, prev=("A1.1",), kind="same"),
                Action(
                    "Agree and sign a joint protocol with the Health and Wellbeing Board, the"
                    " Community Safety Partnership and the Safeguarding Adults Board, setting out"
                    " how each holds the others to account.",
                    prev=("A1.2",),
                    kind="reworded",
                ),
                Action(
                    "Work with Harrowfield Council, Harrowfield Police and the Clinical"
                    " Commissioning Group to design the new multi-agency safeguarding"
                    " arrangements required by the Children and Social Work Act 2017."
                ),
                Action(CAMPAIGN, prev=("A1.5",), kind="same"),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "Implement the Neglect Strategy and evaluate its impact through a"
                    " multi-agency audit.",
                    prev=("A2.1",),
                    kind="split",
                ),
                Action(
                    "Complete and launch a joint Child Sexual Exploitation and Missing Strategy.",
                    prev=("A2.1",),
                    kind="split",
                ),
                Action(TRAINING, prev=("A2.2",), kind="same"),
                Action(
                    "Complete the delayed audit of multi-agency contributions to Child Protection"
                    " Conferences and Core Groups, and act on its findings.",
                    prev=("A2.3",),
                    kind="reworded",
                ),
                Action(BRIEFINGS, prev=("A2.4",), kind="same"),
                Action(
                    "Seek assurance that partners respond effectively to:",
                    (
                        "Domestic abuse",
                        "Female Genital Mutilation",
                        "Parental mental ill health and substance misuse",
                        "Radicalisation",
                    ),
                    prev=("A2.5",),
                    kind="reworded",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(
                    "Refresh the Early Help Strategy, including an evaluation of the quality of"
                    " Early Help Assessments, and measure its impact on families.",
                    prev=("A3.1", "A3.3"),
                    kind="merged",
                ),
                Action(
                    "Evaluate how 'The Right Support at the Right Time' guidance is being used"
                    " by practitioners, twelve months after its launch.",
                    prev=("A3.2",),
                    kind="reworded",
                ),
                Action(LEAD_PRO),
                Action(
                    "Extend locality Early Help Panels to all four districts of the borough.",
                    prev=("A3.4",),
                    kind="reworded",
                ),
            ),
        ),
    ),
)

PLAN_2019 = _plan(
    "2019/20",
    DocStyle(
        "seed_table",
        formats=("docx", "pdf"),
        numbering="auto",
        action_numbers="per_priority",
        features=(
            "seed_table",
            "word_auto_numbering",
            "lists_in_cells",
            "bullets_in_cells",
            "repeated_header_rows",
            "row_across_page",
            "both_formats",
            "four_priorities",
        ),
    ),
    (
        Priority(
            1,
            P1,
            O1,
            (
                Action(
                    "The safeguarding partners and relevant agencies deliver the Business"
                    " Improvement Plan and Sub-Group work programmes, reporting progress to every"
                    " Executive Board meeting.",
                    prev=("A1.1",),
                    kind="reworded",
                ),
                Action(
                    "Implement the new multi-agency safeguarding arrangements from 29 September"
                    " 2019 and review them after six months.",
                    prev=("A1.3",),
                    kind="reworded",
                ),
                Action(CAMPAIGN, prev=("A1.4",), kind="same"),
                Action(
                    "Appoint an Independent Scrutineer to replace the role of Independent Chair."
                ),
            ),
        ),
        Priority(
            2,
            P2,
            O2,
            (
                Action(
                    "Act on the findings of the neglect audit and repeat the audit in 2020.",
                    prev=("A2.1",),
                    kind="reworded",
                ),
                Action(TRAINING, prev=("A2.3",), kind="same"),
                Action(BRIEFINGS, prev=("A2.5",), kind="same"),
                Action(
                    "Seek assurance on the partnership response to domestic abuse, including the"
                    " impact on children of living with it.",
                    prev=("A2.6",),
                    kind="split",
                ),
                Action(
                    "Seek assurance on the response to Female Genital Mutilation and to parents'"
                    " mental ill health and substance misuse.",
                    prev=("A2.6",),
                    kind="split",
                ),
            ),
        ),
        Priority(
            3,
            P3,
            O3,
            (
                Action(
                    "Measure the impact of the Early Help Strategy on families, using the"
                    " outcomes framework agreed in 2019.",
                    prev=("A3.1",),
                    kind="reworded",
                ),
                Action(LEAD_PRO, prev=("A3.3",), kind="same"),
                Action("Publish a graduated response toolkit for schools."),
            ),
        ),
        Priority(
            4,
            P4,
            O4,
            (
                Action(
                    "Launch a Child Exploitation Strategy covering sexual and criminal"
                    " exploitation and children who go missing.",
                    prev=("A2.2",),
                    kind="reworded",
                ),
                Action(
                    "Establish a Child Exploitation Sub-Group, co-chaired by the Police and"
                    " Children's Services."
                ),
                Action(
                    "Develop a multi-agency risk assessment tool for exploitation and train"
                    " practitioners to use it."
                ),
                Action(
                    "Map the places and networks where children are at risk of exploitation,"
                    " working with:",
                    ("Transport providers", "Licensed premises and hotels", "Schools and colleges"),
                ),
            ),
        ),
    ),
)
