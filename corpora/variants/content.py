"""What the invented DEV boards talk about: themes, action objects, verbs, updates,
names, roles and leads; and the places of both parts (`PLACES[0::2]` dev,
`[1::2]` held-out). The held-out part has its own pools in content_heldout.py, of
the same shape. Presentation words (headers, labels, status words) are not here:
they live in vocab_dev.py and vocab_heldout.py.

All text is invented for this generator, in the register of UK safeguarding boards.
"""

from __future__ import annotations

# verb (imperative) -> past participle
VERBS = {
    "Launch": "launched",
    "Review": "reviewed",
    "Refresh": "refreshed",
    "Embed": "embedded",
    "Evaluate": "evaluated",
    "Audit": "audited",
    "Publish": "published",
    "Deliver": "delivered",
    "Develop": "developed",
    "Agree": "agreed",
    "Introduce": "introduced",
    "Test": "tested",
    "Strengthen": "strengthened",
    "Promote": "promoted",
    "Extend": "extended",
    "Commission": "commissioned",
}

# how an action is phrased: {Verb} imperative, {verb} lower case, {obj}, {qual}
ACTION_FORMS = ("{Verb} {obj} {qual}",)

QUALIFIERS = (
    "across all partner agencies",
    "with schools and early years settings",
    "so that practitioners know when and how to escalate concerns",
    "with the involvement of young people",
    "in every locality team",
    "alongside the voluntary and community sector",
    "and report the findings to the Executive Group",
    "using a multi-agency audit of case files",
    "with GP practices and community health teams",
    "so that families receive a consistent response",
    "for front-line staff in housing and adult services",
    "and measure its impact through practitioner surveys",
)

# theme title, audience (c children / a adults / b both), outcomes, action objects
THEMES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Neglect",
        "c",
        (
            "Neglect is recognised earlier by every agency.",
            "Fewer children are subject to a second plan for neglect.",
        ),
        (
            "the neglect screening tool",
            "the multi-agency neglect strategy",
            "neglect training for health visitors",
            "the graded care profile",
        ),
    ),
    (
        "Child Exploitation",
        "c",
        (
            "Children at risk of exploitation are identified and protected.",
            "Disruption of perpetrators improves.",
        ),
        (
            "the exploitation risk assessment",
            "the missing children protocol",
            "return home interviews",
            "the contextual safeguarding pilot",
        ),
    ),
    (
        "Early Help",
        "c",
        (
            "Families get support before problems escalate.",
            "More early help assessments are led by partners.",
        ),
        (
            "the early help offer",
            "the family hub network",
            "early help assessment training",
            "the step-down pathway from social care",
        ),
    ),
    (
        "Domestic Abuse",
        "b",
        (
            "Victims and their children are safer sooner.",
            "Repeat referrals to the risk conference fall.",
        ),
        (
            "the domestic abuse referral pathway",
            "training on coercive control",
            "the risk conference arrangements",
            "support for children who witness abuse",
        ),
    ),
    (
        "Leadership and Governance",
        "b",
        (
            "Partners hold each other to account for safeguarding.",
            "The board's decisions are informed by data.",
        ),
        (
            "the performance dashboard",
            "the partnership's escalation policy",
            "the section 11 self-assessment",
            "the board's risk register",
        ),
    ),
    (
        "Learning from Reviews",
        "b",
        ("Lessons from reviews change practice.", "Practitioners can say what they have learned."),
        (
            "the rapid review process",
            "the learning briefings programme",
            "the practice review action tracker",
            "seven-minute briefings on review findings",
        ),
    ),
    (
        "Voice of the Child",
        "c",
        (
            "Children's views shape the services they receive.",
            "Plans record what children have said.",
        ),
        (
            "the young people's advisory group",
            "the feedback survey for children in need",
            "the participation standards",
        ),
    ),
    (
        "Mental Health and Wellbeing",
        "b",
        (
            "People in crisis get help quickly.",
            "Self-harm admissions are followed up within a week.",
        ),
        ("the self-harm pathway", "the crisis response protocol", "suicide prevention training"),
    ),
    (
        "Self-neglect and Hoarding",
        "a",
        ("Adults who self-neglect are supported to stay safe.", "Agencies share risk earlier."),
        (
            "the self-neglect and hoarding protocol",
            "the multi-agency risk management meetings",
            "hoarding awareness sessions",
        ),
    ),
    (
        "Making Safeguarding Personal",
        "a",
        (
            "Adults are asked what outcomes they want.",
            "People say they feel safer after an enquiry.",
        ),
        (
            "the outcomes feedback form",
            "advocacy for adults in section 42 enquiries",
            "the making safeguarding personal audit",
        ),
    ),
    (
        "Transitions to Adulthood",
        "b",
        (
            "Young people moving to adult services keep their support.",
            "No young person leaves care without a transition plan.",
        ),
        (
            "the transitions protocol",
            "the joint panel for young people turning 18",
            "the transitional safeguarding guidance",
        ),
    ),
    (
        "Workforce Development",
        "b",
        ("Staff have the skills to safeguard well.", "Training is evaluated for its impact."),
        (
            "the multi-agency training programme",
            "the induction package for new staff",
            "the safeguarding supervision standards",
        ),
    ),
)

ITEMS = (
    "briefings for designated leads",
    "an e-learning module",
    "a quarterly report to the Executive Group",
    "a practitioner survey",
    "case file audits in two localities",
    "a launch event for partners",
    "guidance on the partnership website",
    "a task and finish group",
)

MONTHS = (
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
    "January",
    "February",
    "March",
)

UPDATES = {
    "complete": (
        "{Obj} was {past} in {month} {year} and is now in use {where}.",
        "Completed. {Obj} was {past} in {month} {year}; {n} practitioners attended the briefings.",
        "This has been achieved: {obj} was {past} and signed off by the Executive Group"
        " in {month}.",
    ),
    "in_progress": (
        "Work on {obj} is under way and is expected to finish by {month} {year2}.",
        "{Obj} is being {past} in stages; {n} of the {m} agencies have taken part so far.",
        "Good progress has been made on {obj}, and the remaining work carries into next year.",
    ),
    "delayed": (
        "{Obj} has been delayed by staff shortages; a revised date of {month} {year2} is agreed.",
        "This work has slipped. {Obj} could not be {past} because the lead post was vacant"
        " for six months.",
    ),
    "planned": (
        "Work on {obj} has not yet started and is scheduled for {month} {year2}.",
        "{Obj} will be {past} next year; the task and finish group first meets in {month}.",
    ),
    "unknown": (
        "No update was received from the lead agency before this report was written.",
        "The lead agency has been asked for an update on {obj}.",
    ),
}

FIRST = (
    "Anwen",
    "Bartholomew",
    "Celeste",
    "Dariusz",
    "Eloise",
    "Fergus",
    "Gwenllian",
    "Hamish",
    "Isadora",
    "Jarrah",
    "Kerensa",
    "Leopold",
    "Maelle",
    "Nnamdi",
    "Ottilie",
    "Peregrine",
    "Quilla",
    "Rhodri",
    "Saoirse",
    "Thaddeus",
    "Ulrika",
    "Valentin",
    "Wilhelmina",
    "Xander",
    "Yasmeen",
    "Zebedee",
    "Aurelia",
    "Brannoc",
    "Clemency",
    "Desmond",
)
LAST = (
    "Ashgrove",
    "Blackthorne",
    "Cardew",
    "Dunmore",
    "Ellery",
    "Fairweather",
    "Gillingwater",
    "Hollingdrake",
    "Ingleby",
    "Jessop",
    "Kittow",
    "Lovibond",
    "Marchbank",
    "Nettleford",
    "Oakenfold",
    "Pengelly",
    "Quarrie",
    "Rushworth",
    "Stallybrass",
    "Tregunna",
    "Umfreville",
    "Vardy",
    "Wetherell",
    "Yeoland",
    "Zouch",
    "Ambrose-Hale",
    "Brindlecombe",
    "Coldharbour",
)
PLACES = (
    "Ashby Marsh",
    "Brindlewick",
    "Caldermoor",
    "Dunhollow",
    "Elmstead Vale",
    "Fenwarren",
    "Greystow",
    "Hallowmere",
    "Iverdale",
    "Juniper Cross",
    "Kingsbarrow",
    "Lindenholt",
    "Marlowick",
    "Northwold",
    "Oxley Fen",
    "Pellingbourne",
    "Quarryford",
    "Rookhaven",
    "Saltmarsh Down",
    "Thornbury Vale",
    "Upcaster",
    "Wexcombe",
    "Yarrowby",
    "Zennor Cross",
    "Ashcombe Lees",
    "Cowlingford",
    "Dimmock Ridge",
    "Elderwick",
    "Foxhollow Green",
)
ROLES = (
    ("Director of Children's Services", "{place} Council"),
    ("Director of Adult Social Services", "{place} Council"),
    ("Chief Executive", "{place} Council"),
    ("Detective Chief Superintendent", "{place} Police"),
    ("Designated Nurse for Safeguarding", "{place} Integrated Care Board"),
    ("Designated Doctor", "{place} Community Health NHS Trust"),
    ("Head of Education Safeguarding", "{place} Council"),
    ("Chief Nurse", "{place} Hospitals NHS Foundation Trust"),
    ("Assistant Chief Officer", "{place} Probation Service"),
    ("Head of Housing", "{place} Borough Homes"),
)
CHAIR_ROLES = ("Independent Chair",)
MANAGER_ROLES = ("Business Manager", "Partnership Manager")
LEADS = (
    "Head of Early Help",
    "Designated Nurse",
    "Board Business Manager",
    "Detective Inspector, Public Protection",
    "Learning and Development Lead",
    "Principal Social Worker",
    "Head of Safeguarding, Acute Trust",
    "Quality Assurance Manager",
)
TITLE_LEADS = ("Tackling", "Improving our response to", "Strengthening")
FOLLOW_UP = "The Executive Group will review the impact in {month}."

# Update sentences of the dev boards after the first twelve (`build.POOLS`), written
# fresh for issue 14: reports without an auxiliary in the main clause (simple past with
# a noun subject, participles standing alone), part-done counts and fractions, and
# slippage told by an event. A template may carry several statuses (what it can mean).
UPDATES_VARIED = {
    "complete": (
        "Partners signed off {obj} in {month} {year}.",
        "Finished in {month}: {obj} now reaches {n} practitioners {where}.",
        "The Executive Group approved {obj} in {month}, and it went live shortly after.",
        "Delivered in full by {month} {year}; all agencies confirmed they use it.",
    ),
    "in_progress": (
        "{k} of the {m} planned sessions on {obj} took place; the rest follow in {month}.",
        "Roughly half of {obj} is in place, with the remainder expected by {month} {year2}.",
        "Partners drafted {obj} in {month}; consultation on it runs until {month} {year2}.",
    ),
    "delayed": (
        "Staff absence held up {obj}; the revised target is {month} {year2}.",
        "Only {k} of the {m} agencies returned their audits, so {obj} fell behind.",
    ),
    "planned": (
        "Scoping of {obj} starts in {month} {year2}, once the new lead is in post.",
        "Nothing to report yet: {obj} sits in next year's programme.",
    ),
    "unknown": (
        "The lead agency sent no return on {obj} for this report.",
        "No information on {obj} reached the board in time.",
    ),
}


# Dev boards 23-32 (issue 14, status): update sentences that open with a status word
# ("Complete. …"), or whose status only an event tells (a launch, a date moved, a
# first meeting). Each template carries the statuses it is written to mean.
UPDATES_MORE = {
    "complete": (
        "Complete. {Obj} was signed off by partners in {month} {year}.",
        "Done: {obj} has been used by every agency since {month}.",
        "{Obj} was launched at the practitioner event in {month} {year}.",
        "All agencies now work to {obj}, agreed at the {month} board.",
    ),
    "in_progress": (
        "In progress. The first draft of {obj} went to the subgroup in {month}.",
        "Ongoing: {k} of the {m} agencies have adopted {obj} so far.",
        "The working group met for the first time in {month} to take {obj} forward.",
        "Work on {obj} is well advanced and due to finish in {month} {year2}.",
    ),
    "delayed": (
        "Delayed. {Obj} moved to {month} {year2} after the lead left.",
        "Behind schedule: {obj} now expected in {month} {year2} rather than this year.",
        "The launch of {obj} was moved back to {month} {year2}.",
    ),
    "planned": (
        "Not started. {Obj} is timetabled for {month} {year2}.",
        "Work on {obj} will begin in {month} {year2}.",
    ),
    "unknown": (
        "No update. The lead agency did not report on {obj}.",
        "Nothing was received about {obj} this year.",
    ),
}

# Dev-only lineage moves (issue 14, links; `lineage.LINEAGE_SWITCH`, boards in
# `build.LINEAGE_DEV_BOARDS`): how real boards reword an action from one year to the next
# beyond a verb from `VERBS` and a new qualifier. A near-synonym for each verb, with its
# past form for update sentences (some are two words: "Roll out the ...").
NEAR_VERBS = {
    "Launch": ("Roll out", "rolled out"),
    "Review": ("Revisit", "revisited"),
    "Refresh": ("Update", "updated"),
    "Embed": ("Consolidate", "consolidated"),
    "Evaluate": ("Assess", "assessed"),
    "Audit": ("Examine", "examined"),
    "Publish": ("Issue", "issued"),
    "Deliver": ("Provide", "provided"),
    "Develop": ("Design", "designed"),
    "Agree": ("Finalise", "finalised"),
    "Introduce": ("Implement", "implemented"),
    "Test": ("Pilot", "piloted"),
    "Strengthen": ("Improve", "improved"),
    "Promote": ("Raise awareness of", "raised awareness of"),
    "Extend": ("Expand", "expanded"),
    "Commission": ("Procure", "procured"),
}
# a merged action: two old objects joined under a framing verb of its own
# (form, verb, past form)
MERGE_FORMS = (
    ("Bring {a} and {b} together into one programme", "Bring", "brought together"),
    ("Align {a} with {b}", "Align", "aligned"),
    ("Combine {a} and {b} under a single plan", "Combine", "combined"),
    ("Join up {a} and {b}", "Join up", "joined up"),
    ("Link {a} with {b}", "Link", "linked"),
)
# a split action: each part names its own audience
SPLIT_AUDIENCES = (
    "for schools and colleges",
    "for GP practices",
    "for the voluntary and community sector",
    "for children's social care teams",
    "for housing providers",
    "for adult social care staff",
    "for police officers",
    "for early years settings",
)
