"""The one reading of periods (`nlp.periods`), used by the findings, the ledger and
drafting alike; expected values worked out by hand."""

from __future__ import annotations

import pytest

from nlp.periods import Period, covers, next_period, parse_period, periods


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
def test_a_printed_period_reads_alike_found_and_parsed(
    text: str, start: int, end: int, normalised: str
) -> None:
    assert [p for _, p in periods(text)] == [normalised]
    assert parse_period(text) == Period(start, end)
    # a Period is the (start, end) pair drafting compares and indexes
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017/18", Period(2017, 2018)),
        ("2017-19", Period(2017, 2019)),
        ("2017-2019", Period(2017, 2019)),
        ("2018–2019", Period(2018, 2019)),
        ("2017 to 2018", Period(2017, 2018)),
        # drafting's reader did not read date ranges: "--period 'April 2017 to March
        # 2018'" was refused, while the ledger read it as 2017/18
        ("April 2017 to March 2018", Period(2017, 2018)),
        ("This report covers 1 April 2022 – 31 March 2023.", Period(2022, 2023)),
        ("January 2019 to December 2019", Period(2019, 2020)),
        ("1 April 2019 – 1 April 2020", Period(2019, 2020)),
        # seven months into a second financial year: the financial years 2009/10 and
        # 2010/11 (the ledger read this as 2009/10 alone, dropping the second)
        ("1st April 2009 – 31st October 2010", Period(2009, 2011)),
        ("Sept. 2018 until Mar 2019", Period(2018, 2019)),
        # a lone year is that year's financial year (drafting's reader read no period)
        ("2021", Period(2021, 2022)),
        ("Annual Report 2021", Period(2021, 2022)),
        # the first period printed is the one read
        ("Plan 2017-19, refreshed for April 2018 to March 2019", Period(2017, 2019)),
        ("April 2018 to March 2019 (plan 2017-19)", Period(2018, 2019)),
    ],
)
def test_parse_period(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "no year here",
        # runs backwards (the ledger's reader took the lone 2019 from it: 2019/20)
        "2019/17",
        "March 2020 to April 2019",
        # further apart than MAX_SPAN: years cited, not a period (the ledger's reader
        # took any pair running forward)
        "2010-2020",
        "April 2010 to March 2020",
    ],
)
def test_not_a_period(text: str | None) -> None:
    assert parse_period(text) is None


def test_a_pair_running_backwards_is_skipped_for_the_next_one() -> None:
    assert periods("pages 2019-2018, then 2017/18") == [(22, "2017/18")]
    assert parse_period("pages 2019-2018, then 2017/18") == (2017, 2018)


def test_periods_in_a_document_span_one_to_three_years() -> None:
    # parse_period reads up to five years; a document's printed periods are stricter
    assert periods("Strategy 2016-2020; Plan 2017/18") == [(25, "2017/18")]
    assert parse_period("Strategy 2016-2020") == (2016, 2020)


def test_arithmetic() -> None:
    assert next_period("2017/18") == "2018/19"
    assert next_period("2017-19") == "2019-21"
    assert next_period("April 2017 to March 2018") == "2018/19"
    assert covers("2017-19", 2018) and not covers("2017-19", 2019)
    assert covers("April 2009 – October 2010", 2010)
    with pytest.raises(ValueError, match="not a period"):
        next_period("2019/17")
