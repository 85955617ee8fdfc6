"""Errors of the drafting stage."""

from __future__ import annotations

from extract.errors import CarryforwardError


class DraftError(CarryforwardError):
    """The documents do not hold what a draft needs (a report to carry forward, a plan)."""

    stage = "drafting"
