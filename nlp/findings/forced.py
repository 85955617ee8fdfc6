"""Table readings a person forced (`nlp.corrections`): a table's kind, its columns'
roles, its section rows, rows to join or keep apart. The table reader (`tables.py`)
asks `forced()` while it reads; outside `forcing(...)` nothing is forced."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from nlp.findings.model import Reading

if TYPE_CHECKING:
    from nlp.findings.columns import Columns
    from nlp.findings.tables import TableRow

RowKey = tuple[int, int]
"""(block index of the Table, row index in it)."""


@dataclass(frozen=True)
class Forced:
    kinds: Mapping[int, str] = field(default_factory=dict)
    """Block index of a table's first Table block -> plan, progress or other."""
    roles: Mapping[int, Mapping[int, str]] = field(default_factory=dict)
    """Block index of a table's first Table block -> grid column -> role ("ignore"
    takes the column's role away)."""
    sections: Mapping[RowKey, bool] = field(default_factory=dict)
    """A row is (True) or is not (False) a section row."""
    joins: frozenset[RowKey] = frozenset()
    """Rows joined to the data row before them (a page break split them)."""
    splits: frozenset[RowKey] = frozenset()
    """Rows the reader joined to the row before them, to keep apart."""

    def columns(self, first_block: int, cols: Columns) -> Columns:
        forced_roles = self.roles.get(first_block, {})
        kind = self.kinds.get(first_block)
        if not forced_roles and kind is None:
            return cols
        taken = {r for r in forced_roles.values() if r != "ignore"}
        roles = {c: r for c, r in cols.roles.items() if c not in forced_roles and r not in taken}
        roles.update({c: r for c, r in forced_roles.items() if r != "ignore"})
        cues, confidence = dict(cols.cues), dict(cols.confidence)
        for c, r in forced_roles.items():
            cues[c] = f"column {c + 1} set to {r} by a person"
            confidence[c] = 1.0
        out = replace(cols, roles=roles, cues=cues, confidence=confidence)
        if kind is None:
            from nlp.findings.table_reading import _kind, _reading

            return replace(out, kind=_kind(out), reading=_reading(out))
        return replace(out, kind=kind, reading=Reading(1.0, f"table set to {kind} by a person"))

    def section_rows(self, rows: list[TableRow], text: Callable[[TableRow], str]) -> list[TableRow]:
        out = []
        for row in rows:
            section = self.sections.get((row.block, row.index))
            if section is True and row.section is None:
                row = replace(row, section=("", text(row)))
            elif section is False and row.section is not None:
                row = replace(row, section=None)
            out.append(row)
        return out

    def merged(
        self,
        rows: list[TableRow],
        merge: Callable[[list[TableRow]], list[TableRow]],
        join: Callable[[TableRow, TableRow], TableRow],
    ) -> list[TableRow]:
        """The reader's own joins (`merge`), but never across a forced split, then the
        forced joins."""
        parts: list[list[TableRow]] = [[]]
        for row in rows:
            if (row.block, row.index) in self.splits and parts[-1]:
                parts.append([])
            parts[-1].append(row)
        out: list[TableRow] = []
        for part in parts:
            for row in merge(part):
                if (row.block, row.index) in self.joins and out and out[-1].section is None:
                    out[-1] = join(out[-1], row)
                else:
                    out.append(row)
        return out


_FORCED: ContextVar[Forced | None] = ContextVar("forced_tables", default=None)


@contextmanager
def forcing(what: Forced) -> Iterator[None]:
    """Within the block, tables are read with `what` forced."""
    token = _FORCED.set(what)
    try:
        yield
    finally:
        _FORCED.reset(token)


def forced() -> Forced | None:
    return _FORCED.get()
