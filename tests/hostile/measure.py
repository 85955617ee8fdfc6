"""`python -m tests.hostile.measure [CHANNEL ...] [--case NAME]`: the hostile set run
through each channel (library, cli, service, batch; default all), printing per channel
the cases, how many ended in a clear refusal within the bar (<= 5 s, <= 300 MB), the
longest time and the highest reader peak; then each miss.

library: `read_document`, one forked reader per case. cli: `carryforward extract` in a
fresh process per case (cold start included; the peak is the command's process tree,
its reader children included). service: `tests.hostile.through_service`. batch:
`carryforward batch` over a region of a board per case beside good boards, once on its
process pool and once on a Dask LocalCluster (printed as `dask`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.hostile import channels, through_batch, through_service
from tests.hostile.cases import CASES, Case
from tests.hostile.channels import Outcome, passed

CHANNELS = ("library", "cli", "service", "batch")


def run(channel: str, cases: list[Case]) -> dict[str, list[Outcome]]:
    """Outcomes per channel run (batch: the pool's and Dask's)."""
    files = [c for c in cases if c.expect != "probe"]
    if channel == "library":
        return {channel: [channels.library(c) for c in files]}
    if channel == "cli":
        with channels.temp_folder() as folder:
            return {channel: [channels.cli(c, Path(folder)) for c in files]}
    if channel == "service":
        with through_service.running() as service:
            return {channel: [through_service.through(service, c) for c in files]}
    if channel == "batch":
        pool, problems = through_batch.run(files)
        with through_batch.dask_scheduler() as scheduler:
            dask, dask_problems = through_batch.run(files, scheduler=scheduler)
        for problem in problems + dask_problems:
            print(f"good boards: {problem}")
        return {"batch": pool, "dask": dask}
    raise SystemExit(f"unknown channel {channel!r}; one of {', '.join(CHANNELS)}")


def summary(channel: str, outcomes: list[Outcome]) -> str:
    good = sum(passed(o.clear, o.seconds, o.mb) for o in outcomes)
    clear = sum(o.clear for o in outcomes)
    worst_s = max((o.seconds for o in outcomes), default=0.0)
    worst_mb = max((o.mb for o in outcomes), default=0.0)
    return (
        f"{channel:8} cases {len(outcomes):3}  refused clearly {clear:3}  within the bar {good:3}"
        f"  max seconds {worst_s:6.2f}  max MB {worst_mb:6.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("channels", nargs="*", default=list(CHANNELS))
    parser.add_argument("--case", action="append", help="only these cases")
    parser.add_argument("-v", "--verbose", action="store_true", help="every case")
    args = parser.parse_args(argv)
    cases = [c for c in CASES if not args.case or c.name in args.case]
    lines, misses = [], []
    for channel in args.channels:
        for name, outcomes in run(channel, cases).items():
            lines.append(summary(name, outcomes))
            print(lines[-1], flush=True)
            for o in outcomes:
                ok = passed(o.clear, o.seconds, o.mb)
                if args.verbose or not ok:
                    mark = "ok  " if ok else "MISS"
                    row = f"  {mark} {o.channel:7} {o.case:34} {o.seconds:6.2f} s {o.mb:5.0f} MB"
                    row += f"  {o.detail}"
                    (print(row) if args.verbose else misses.append(row))
    if misses:
        print("\n".join(["misses:", *misses]))
    print("\n".join(["", *lines]))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
