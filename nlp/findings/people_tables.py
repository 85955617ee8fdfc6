"""Which columns of a table hold people, their roles and their organisations, judged
by the cells as well as the header.

A membership or attendance table has a column of person names (two or three
capitalised words, a title or initials allowed: "Dr Jane Doe (JD)"), usually a column
of roles (cells with a role word: "Head of …", "Designated Nurse") and one of
organisations (cells with an organisation word: "… Council", "… NHS Trust"). Header
words ("Name", "Role", "Organisation") are one signal; a header nobody listed ("Name
(initials) | Title | Representing") is read from its cells.

Guess (in `nlp/README.md`): a column is the name column when at least 70% of its body
cells are name-shaped and at most 20% hold a role word; the table is read only when a
role or organisation column is found too (at least 60% of cells).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.model import Table
from nlp.findings.people_roles import has_org_word, has_role_word, member_columns
from nlp.findings.text import cell_text

_NAMES = 0.7
_ROLES = 0.6
_INITIALS = re.compile(r"\s*\(\s*[A-Z]{1,5}\s*\)\s*$")


def people_columns(
    table: Table, is_name: Callable[[str], bool]
) -> tuple[int, int | None, int | None] | None:
    """(name col, role col, organisation col) of a people table, or None."""
    by_header = member_columns(table)
    if by_header is not None:
        return by_header
    rows = [r for r in table.rows if not r.header]
    if rows and not any(r.header for r in table.rows):
        rows = rows[1:]  # the first row is the header when none is flagged
    if len(rows) < 2:
        return None
    columns: dict[int, list[str]] = {}
    for row in rows:
        for cell in row.cells:
            text = cell_text(cell)
            if text:
                columns.setdefault(cell.col, []).append(text)
    share = {
        col: (
            _share(texts, lambda t: is_name(_INITIALS.sub("", t))),
            _share(texts, has_role_word),
            _share(texts, has_org_word),
        )
        for col, texts in columns.items()
        if len(texts) >= max(2, len(rows) // 2)
    }
    names = [c for c, (n, r, _o) in share.items() if n >= _NAMES and r <= 0.2]
    if not names:
        return None
    name_col = names[0]
    others = {c: v for c, v in share.items() if c != name_col}
    role_col = _best(others, 1)
    org_col = _best({c: v for c, v in others.items() if c != role_col}, 2)
    if role_col is None and org_col is None:
        return None
    return name_col, role_col, org_col


def _share(texts: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for t in texts if test(t)) / len(texts) if texts else 0.0


def _best(share: dict[int, tuple[float, float, float]], k: int) -> int | None:
    col = max(share, key=lambda c: share[c][k], default=None)
    return col if col is not None and share[col][k] >= _ROLES else None
