"""Harrowfield Safeguarding Children Board (invented): the demo board.

Seed-like: Independent Chair's Accountability Reports with typed paragraph numbers and
a `Planned Action | Update` appendix; a `Strategic Priority | Outcome | Actions` plan."""

from corpora.boards.harrowfield.plans import PLAN_2017, PLAN_2018, PLAN_2019
from corpora.boards.harrowfield.reports import REPORT_2017
from corpora.boards.harrowfield.reports_later import REPORT_2018, REPORT_2019
from corpora.model import Board, Year

BOARD = Board(
    slug="harrowfield",
    name="Harrowfield Safeguarding Children Board",
    short="HSCB",
    colour="1F4E79",
    light="DEEAF6",
    demo=True,
    years=(
        Year("2017-18", PLAN_2017, REPORT_2017),
        Year("2018-19", PLAN_2018, REPORT_2018),
        Year("2019-20", PLAN_2019, REPORT_2019),
    ),
)
