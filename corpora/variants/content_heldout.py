"""HELD-OUT content: what the held-out boards talk about, used only to MEASURE readers.

The same shape as content.py (the dev pools) and nothing in common with it: other
verbs and action phrasings, themes and their objects, qualifiers, update sentences in
other constructions (passive and active, "work is under way to…", "the group met four
times and agreed…", "this was not possible because…", "has slipped to…", "is
scheduled for…", part done and part not), names from other naming traditions, roles
and leads. Every update template carries the statuses it is written to mean, so the
truth stays right by construction. Do not read these into product rules (README.md).
"""

from __future__ import annotations

# verb (imperative) -> past participle
VERBS = {
    "Overhaul": "overhauled",
    "Pilot": "piloted",
    "Map": "mapped",
    "Redesign": "redesigned",
    "Scope": "scoped",
    "Consolidate": "consolidated",
    "Streamline": "streamlined",
    "Expand": "expanded",
    "Co-produce": "co-produced",
    "Simplify": "simplified",
    "Benchmark": "benchmarked",
    "Recommission": "recommissioned",
    "Standardise": "standardised",
    "Refocus": "refocused",
    "Trial": "trialled",
    "Roll out": "rolled out",
}

# how an action is phrased: {Verb} imperative, {verb} lower case, {obj}, {qual}
ACTION_FORMS = (
    "{Verb} {obj} {qual}",
    "{Verb} {obj} {qual}",
    "Work with partners to {verb} {obj} {qual}",
    "Jointly {verb} {obj} {qual}",
)

QUALIFIERS = (
    "in partnership with the police and health",
    "for staff working evenings and weekends",
    "drawing on the views of carers",
    "in each of the three districts",
    "with faith and community groups",
    "ahead of the next joint inspection",
    "so that referrers get a reply within three working days",
    "for newly qualified social workers",
    "in both acute hospitals",
    "with the involvement of parents and carers",
    "through the neighbourhood policing teams",
    "using the findings of the last peer challenge",
)

# theme title, audience (c children / a adults / b both), outcomes, action objects
THEMES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Harm Outside the Home",
        "c",
        (
            "Young people harmed outside their families are kept safe in their communities.",
            "Places where young people are at risk are known and made safer.",
        ),
        (
            "the extra-familial harm panel",
            "the county lines referral route",
            "the safe places scheme with local businesses",
            "the knife crime prevention sessions",
        ),
    ),
    (
        "Disabled Children",
        "c",
        (
            "Disabled children are seen and heard by the professionals who work with them.",
            "Concerns about disabled children are acted on as quickly as for any child.",
        ),
        (
            "the communication passport",
            "the short breaks safeguarding checklist",
            "the register of disabled children",
        ),
    ),
    (
        "Online Safety",
        "b",
        (
            "Residents of all ages know how to stay safe online.",
            "Staff respond well to harm that starts online.",
        ),
        (
            "the online safety toolkit for parents",
            "the guidance on sharing nude images",
            "the digital resilience workshops",
        ),
    ),
    (
        "Private Fostering",
        "c",
        (
            "Privately fostered children are known to the local authority.",
            "Carers and parents understand their duty to notify.",
        ),
        (
            "the private fostering awareness campaign",
            "the notification form",
            "the checks on language schools",
        ),
    ),
    (
        "Financial Abuse and Scams",
        "a",
        (
            "Older residents are protected from scams and financial abuse.",
            "Banks and trading standards share concerns early.",
        ),
        (
            "the scams prevention scheme with trading standards",
            "the banking protocol",
            "the financial abuse screening questions",
        ),
    ),
    (
        "Quality in Care Homes",
        "a",
        (
            "Residents of care homes receive safe and dignified care.",
            "Providers report concerns openly and promptly.",
        ),
        (
            "the care home provider forum",
            "the quality monitoring visits",
            "the falls and pressure ulcer reporting route",
        ),
    ),
    (
        "Modern Slavery and Trafficking",
        "b",
        (
            "Victims of modern slavery are identified and supported.",
            "Front-line staff know the signs of trafficking.",
        ),
        (
            "the modern slavery referral guide",
            "the national referral mechanism training",
            "the labour exploitation awareness posters",
        ),
    ),
    (
        "Safer Recruitment and Allegations",
        "b",
        (
            "Organisations recruit staff and volunteers safely.",
            "Allegations against staff are handled consistently.",
        ),
        (
            "the safer recruitment audit",
            "the allegations management process",
            "the LADO referral form",
        ),
    ),
    (
        "Drugs and Alcohol",
        "b",
        (
            "Families affected by drug and alcohol use get joined-up help.",
            "Hidden harm to children of drinkers is spotted sooner.",
        ),
        (
            "the hidden harm protocol",
            "the drug and alcohol screening tool",
            "the joint working agreement with treatment services",
        ),
    ),
    (
        "Housing and Homelessness",
        "b",
        (
            "People without a settled home are safeguarded.",
            "Housing staff raise concerns confidently.",
        ),
        (
            "the housing safeguarding champions network",
            "the rough sleeper outreach protocol",
            "the welfare checks in temporary accommodation",
        ),
    ),
    (
        "Culture and Communities",
        "b",
        (
            "Services understand the communities they serve.",
            "Faith and community leaders know how to raise a concern.",
        ),
        (
            "the interpreter booking guidance",
            "the cultural competence training",
            "the faith leaders forum",
        ),
    ),
    (
        "Mental Capacity",
        "a",
        (
            "Decisions about adults who lack capacity are made in their best interests.",
            "Staff apply the Mental Capacity Act with confidence.",
        ),
        (
            "the mental capacity assessment template",
            "the best interests decision guidance",
            "the liberty protection safeguards readiness work",
        ),
    ),
)

ITEMS = (
    "a practice guide",
    "two lunchtime webinars",
    "a spot-check of ten referrals",
    "a quarterly exception note to the committee",
    "a poster campaign in GP surgeries",
    "a short film made with young people",
    "a checklist for front-door staff",
    "a round-table with providers",
)

MONTHS = (
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "January",
    "February",
    "March",
)

# status -> ((template, the statuses it means), ...); the first status is the key's
UPDATES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "complete": (
        ("{Obj} went live in {month} {year} after testing with front-line teams.", ("complete",)),
        ("Delivered in full: {n} staff from {m} agencies have now used {obj}.", ("complete",)),
        (
            "The group met four times and agreed {obj}, which every partner has since adopted.",
            ("complete",),
        ),
        ("{Obj} has been {past} and was signed off by the committee in {month}.", ("complete",)),
        (
            "Partners {past} {obj} in {month} {year}; early feedback from staff is positive.",
            ("complete",),
        ),
    ),
    "in_progress": (
        (
            "Work is under way to {verb} {obj}; {k} of the {m} agencies are now involved.",
            ("in_progress",),
        ),
        (
            "{Obj} is partly in place: the first phase ended in {month} and the second continues.",
            ("in_progress",),
        ),
        (
            "Sessions on {obj} have reached {n} staff so far, with more booked for"
            " {month} {year2}.",
            ("in_progress",),
        ),
        (
            "The briefings were given in {month}, but {obj} itself has not yet been {past}.",
            ("in_progress",),
        ),
    ),
    "delayed": (
        (
            "This was not possible because the service was restructured; {obj} has slipped to"
            " {month} {year2}.",
            ("delayed",),
        ),
        ("{Obj} has fallen behind and is now expected in {month} {year2}.", ("delayed",)),
        (
            "Only {k} of the {m} planned sessions on {obj} took place, so this is behind where we"
            " hoped to be.",
            ("delayed", "in_progress"),
        ),
    ),
    "planned": (
        ("{Obj} is scheduled for {month} {year2}.", ("planned",)),
        (
            "Work on {obj} will begin in {month} {year2}, once the new lead is in post.",
            ("planned",),
        ),
        ("This is timetabled for {month} {year2} and has not yet begun.", ("planned",)),
    ),
    "unknown": (
        ("No return was received for this item by the deadline for this document.", ("unknown",)),
        (
            "At the time of writing the committee had not been told how far {obj} has got.",
            ("unknown",),
        ),
    ),
}

FOLLOW_UP = "Its effect will be checked at the {month} committee."

FIRST = (
    "Adebayo",
    "Chiamaka",
    "Oluwaseun",
    "Nkechi",
    "Tendai",
    "Farhan",
    "Ishaan",
    "Priyanka",
    "Harpreet",
    "Gurpreet",
    "Wojciech",
    "Agnieszka",
    "Mehmet",
    "Ayse",
    "Xiaoling",
    "Thanh",
    "Siobhán",
    "Tadhg",
    "Morven",
    "Iolo",
    "Hamza",
    "Yusuf",
    "Kwame",
    "Efua",
    "Nomvula",
    "Dmitri",
    "Ioana",
    "Bogdan",
    "Lakshmi",
    "Venkatesh",
)
LAST = (
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Chaudhry",
    "Siddiqui",
    "Sandhu",
    "Kowalczyk",
    "Nowak",
    "Yilmaz",
    "Nguyen",
    "Zhang",
    "Mahlangu",
    "Papadopoulos",
    "O'Donoghue",
    "MacLeod",
    "Achterberg",
    "Bhattacharya",
    "Osei-Bonsu",
    "Rahman",
    "Kaur-Dhillon",
    "Popescu",
    "Haddad",
    "Lindqvist",
    "Ferreira",
)
ROLES = (
    ("Corporate Director of People", "{place} Council"),
    ("Strategic Director for Adults and Health", "{place} Council"),
    ("Detective Superintendent for Public Protection", "{place} Constabulary"),
    ("Chief Nursing Officer", "{place} and District NHS Foundation Trust"),
    ("Named GP for Safeguarding", "{place} Primary Care Network"),
    ("Head of Youth Justice", "{place} Council"),
    ("Chief Fire Officer", "{place} Fire and Rescue Service"),
    ("Head of the Probation Delivery Unit", "{place} Probation Delivery Unit"),
    ("Director of Public Health", "{place} Council"),
    ("Director of Quality", "{place} Mental Health NHS Trust"),
)
CHAIR_ROLES = ("Independent Scrutineer", "Independent Chair and Scrutineer")
MANAGER_ROLES = ("Committee Coordinator", "Partnership Development Officer")
LEADS = (
    "Named Nurse for Looked After Children",
    "Community Safety Manager",
    "Trading Standards Team Leader",
    "Housing Options Manager",
    "Head of Quality, Care Homes",
    "Safeguarding Adults Lead, Mental Health Trust",
    "Detective Sergeant, Exploitation Hub",
    "Education Welfare Manager",
)
TITLE_LEADS = ("A sharper focus on", "Our work on", "Responding better:")
