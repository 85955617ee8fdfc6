"""A board's ledger as a page a person reads (boards/<board>/ledger.html, beside the
ledger.json contract): each action's chain in year order with the reports and
evidence linked to it, and why, in words; the same shaping as the service's ledger
page (`service.web.pages.chains`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from extract.codec import decode
from nlp.ledger import Ledger
from service.batch.tables_out import write_atomic
from service.web.pages.chains import chains
from service.web.pages.render import KIND_WORDS, STATUS_WORDS
from service.web.pages.years import one_style


def write_ledger_html(path: Path, ledger_json: dict[str, Any], board: str) -> None:
    ledger = decode(Ledger, ledger_json)
    env = Environment(
        loader=PackageLoader("service.batch", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["period"] = one_style
    html = env.get_template("ledger.html.j2").render(
        board=board,
        chains=chains(ledger),
        gaps=len(ledger.gaps),
        notes=list(ledger.notes),
        STATUS_WORDS=STATUS_WORDS,
        KIND_WORDS=KIND_WORDS,
    )
    write_atomic(path, html.encode("utf-8"))
