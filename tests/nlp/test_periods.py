"""One reading of printed periods for every stage (nlp.findings.text, nlp.ledger.period,
drafting.build.years); expected values worked out by hand."""

from __future__ import annotations

import pytest

from drafting.build.years import parse_period as draft_period
from nlp.findings.text import periods
from nlp.ledger.period import parse_period as ledger_period


@pytest.mark.parametrize(
    ("text", "start", "end", "normalised"),
    [
        ("Annual Report 2017/18", 2017, 2018, "2017/18"),
        ("Plan 2017-2019", 2017, 2019, "2017-19"),
        ("Plan 2017 – 20", 2017, 2020, "2017-20"),
        ("Plan 2017—18", 2017, 2018, "2017-18"),
        ("from 2018 to 2019", 2018, 2019, "2018-19"),
        # the century turns: "00" is 2000, not 1900 (periods() used to drop this)
        ("Report 1999/00", 1999, 2000, "1999/00"),
        ("FY2020/21", 2020, 2021, "2020/21"),
    ],
)
def test_every_stage_reads_a_period_alike(text: str, start: int, end: int, normalised: str) -> None:
    assert [p for _, p in periods(text)] == [normalised]
    period = ledger_period(text)
    assert period is not None and (period.start, period.end) == (start, end)
    assert draft_period(text) == (start, end)


def test_a_pair_running_backwards_is_not_a_period() -> None:
    # "2019-2018" runs backwards; the first period that runs forward is the one read
    assert periods("pages 2019-2018, then 2017/18") == [(22, "2017/18")]
    assert draft_period("pages 2019-2018, then 2017/18") == (2017, 2018)
