"""Morrowby Safeguarding Children Partnership (invented).

Improvement Plans with a table per priority, then numbered action lists (Word
auto-numbered, then typed); Annual Reports with `What we said we would do | What we did`."""

from corpora.boards.morrowby.plans import PLAN_2019, PLAN_2020, PLAN_2021
from corpora.boards.morrowby.reports import REPORT_2019, REPORT_2020, REPORT_2021
from corpora.model import Board, Year

BOARD = Board(
    slug="morrowby",
    name="Morrowby Safeguarding Children Partnership",
    short="MSCP",
    colour="00695C",
    light="E0F2EF",
    years=(
        Year("2019-20", PLAN_2019, REPORT_2019),
        Year("2020-21", PLAN_2020, REPORT_2020),
        Year("2021-22", PLAN_2021, REPORT_2021),
    ),
)
