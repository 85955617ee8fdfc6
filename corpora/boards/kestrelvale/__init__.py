"""Kestrel Vale Safeguarding Children Partnership (invented).

Post-2019 arrangements: Annual Reports by three safeguarding partners with Word
auto-numbered paragraphs; plans with merged priority cells, then a table per priority."""

from corpora.boards.kestrelvale.plans import PLAN_2020, PLAN_2021, PLAN_2022
from corpora.boards.kestrelvale.reports import REPORT_2020, REPORT_2021, REPORT_2022
from corpora.model import Board, Year

BOARD = Board(
    slug="kestrelvale",
    name="Kestrel Vale Safeguarding Children Partnership",
    short="KVSCP",
    colour="5B2C6F",
    light="EDE3F2",
    years=(
        Year("2020-21", PLAN_2020, REPORT_2020),
        Year("2021-22", PLAN_2021, REPORT_2021),
        Year("2022-23", PLAN_2022, REPORT_2022),
    ),
)
