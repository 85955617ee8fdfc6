"""The hostile set through the service, batch and CLI channels must meet issue 16's
bar as the library does (`test_hostile_library`): a clear refusal in our words naming
the file (a hostile name: a clean label), nothing kept for it but the record, other
boards' work unaffected. The whole set through these channels takes minutes each on
2 cores (`python -m tests.hostile.measure service batch cli`); the tests run
`channels.REPRESENTATIVE`, one or two cases of each group, each channel in a fresh
Python process (a reader forked late in a long pytest run starts from its whole
resident size). Time and memory are measured there, not asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.hostile import channels
from tests.hostile.cases import CASES

SUBSET = [c for c in CASES if c.name in channels.REPRESENTATIVE]

_RUN = """
import dataclasses, json, sys
from tests.hostile import channels
from tests.hostile.cases import CASES
from tests.hostile.measure import run
cases = [c for c in CASES if c.name in channels.REPRESENTATIVE]
out = {name: [dataclasses.asdict(o) for o in outcomes]
       for name, outcomes in run(sys.argv[1], cases).items()}
json.dump(out, sys.stdout)
"""


@cache
def outcomes(channel: str) -> tuple[dict[str, dict[str, channels.Outcome]], str]:
    """Run name (batch: "batch" and "dask") -> case -> outcome, from a fresh process;
    and what the run printed besides (a batch run's good boards' problems)."""
    run = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", _RUN, channel],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 0, run.stderr[-2000:]
    *printed, last = run.stdout.strip().splitlines()
    runs = {
        name: {o["case"]: channels.Outcome(**o) for o in rows}
        for name, rows in json.loads(last).items()
    }
    return runs, "\n".join(printed)


def test_the_subset_is_in_the_set() -> None:
    assert len(SUBSET) == len(channels.REPRESENTATIVE)
    assert {c.group for c in SUBSET} >= {c.group for c in CASES} - {"tenancy"}


@pytest.mark.parametrize("channel", ["service", "cli", "batch"])
def test_each_representative_case_is_refused_clearly(channel: str) -> None:
    runs, printed = outcomes(channel)
    assert "good boards:" not in printed, printed  # every good board's ledger and draft
    assert set(runs) == ({"batch", "dask"} if channel == "batch" else {channel})
    for name, by_case in runs.items():
        assert set(by_case) == set(channels.REPRESENTATIVE), name
        missed = {c: o.detail for c, o in by_case.items() if not o.clear}
        assert not missed, (name, missed)
