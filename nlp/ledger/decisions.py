"""People decide: a link confirmed, rejected or added by hand.

Decisions are an input to the ledger, never edits of its output, so they survive every
re-run and every new document:

- a **reject** forbids the pair before assignment (so the action can find its next
  best partner) and removes any automatic link between the two;
- a **confirm** keeps the link (with the kind the person gave) even if the automatic
  linker would no longer propose it, and marks it `decided_by`;
- an **add** puts in a link the linker did not find; for one-to-one kinds it replaces
  automatic links of that family that would contradict it.

Each decision names its endpoints by id *and* by the hash of their normalised text
(`nlp.ledger.text.text_hash`). When re-extraction changes ids, the text hash finds the
item again; when neither is found, the decision is reported in the ledger's notes,
never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from extract.errors import DecisionsError
from nlp.findings.model import Findings
from nlp.ledger.evidence import section_id
from nlp.ledger.model import Link, LinkKind
from nlp.ledger.text import text_hash

Op = Literal["confirm", "reject", "add"]
LINEAGE_KINDS = ("same", "reworded", "split", "merged")
OPS: tuple[str, ...] = get_args(Op)
LINK_KINDS: tuple[str, ...] = get_args(LinkKind)


@dataclass(frozen=True)
class LedgerDecision:
    """A link a person confirmed, rejected or added (the review's verdicts on the draft
    are another thing, in `service.review`)."""

    op: Op
    from_id: str
    to_id: str
    kind: LinkKind
    by: str
    at: str
    """ISO 8601 time of the decision."""
    from_hash: str | None = None
    to_hash: str | None = None
    note: str | None = None


def item_texts(findings: Sequence[Findings]) -> dict[str, str]:
    """The text behind every linkable id: actions, progress rows, sections."""
    out: dict[str, str] = {}
    for f in findings:
        for a in f.actions:
            out[a.id] = " ".join((a.text, *a.items))
        for p in f.progress:
            out[p.id] = f"{p.action} {p.update}"
        for k, s in enumerate(f.sections):
            out[section_id(f, k)] = s.text
    return out


def decide(
    op: Op,
    link_from: str,
    link_to: str,
    kind: LinkKind,
    by: str,
    at: str,
    findings: Sequence[Findings],
    note: str | None = None,
) -> LedgerDecision:
    """A decision about two items of `findings`, keyed by id and text hash."""
    texts = item_texts(findings)
    fh = text_hash(texts[link_from]) if link_from in texts else None
    th = text_hash(texts[link_to]) if link_to in texts else None
    return LedgerDecision(op, link_from, link_to, kind, by, at, fh, th, note)


class Resolver:
    """Finds a decision's endpoints in the current findings."""

    def __init__(self, findings: Sequence[Findings]) -> None:
        texts = item_texts(findings)
        self.hash_of = {i: text_hash(t) for i, t in texts.items()}
        self.ids_of: dict[str, list[str]] = {}
        for i in sorted(self.hash_of):
            self.ids_of.setdefault(self.hash_of[i], []).append(i)

    def find(self, item_id: str, item_hash: str | None) -> str | None:
        if item_id in self.hash_of and (item_hash is None or self.hash_of[item_id] == item_hash):
            return item_id
        if item_hash is not None:
            ids = self.ids_of.get(item_hash, [])
            if len(ids) == 1:
                return ids[0]
            if item_id in ids:
                return item_id
            if ids:
                return ids[0]
        return item_id if item_id in self.hash_of else None

    def resolve(self, d: LedgerDecision) -> tuple[str, str] | None:
        a, b = self.find(d.from_id, d.from_hash), self.find(d.to_id, d.to_hash)
        return (a, b) if a and b else None


def latest_decisions(
    decisions: Iterable[LedgerDecision], resolver: Resolver
) -> tuple[dict[tuple[str, str], LedgerDecision], list[str]]:
    """The latest decision on each resolved pair (by `at`; input order breaks ties), and
    notes on decisions whose endpoints are no longer in the documents."""
    notes: list[str] = []
    latest: dict[tuple[str, str], LedgerDecision] = {}
    for d in sorted(decisions, key=lambda d: d.at):
        pair = resolver.resolve(d)
        if pair is None:
            notes.append(
                f"decision not applied: {d.op} {d.from_id} -> {d.to_id} ({d.kind}) by {d.by}"
                f" at {d.at}: an endpoint is no longer in these documents"
            )
            continue
        latest[pair] = d
    return latest, notes


def rejected_pairs(decisions: Iterable[LedgerDecision], resolver: Resolver) -> set[tuple[str, str]]:
    """Pairs whose latest decision is a reject (a reject later confirmed is not one)."""
    latest, _ = latest_decisions(decisions, resolver)
    return {pair for pair, d in latest.items() if d.op == "reject"}


def apply_decisions(
    links: Sequence[Link], decisions: Sequence[LedgerDecision], resolver: Resolver
) -> tuple[list[Link], list[str]]:
    """Links with the decisions applied (latest decision on a pair wins), and notes on
    decisions that could not be applied.

    A pair may carry several links (an action's evidence: one link per sentence of the
    same section); a decision on the pair applies to each of them."""
    latest, notes = latest_decisions(decisions, resolver)
    by_pair: dict[tuple[str, str], list[Link]] = {}
    for lk in links:
        by_pair.setdefault((lk.from_id, lk.to_id), []).append(lk)
    for pair, d in sorted(latest.items()):
        if d.op == "reject":
            by_pair.pop(pair, None)
            continue
        if d.op == "add" and d.kind in ("same", "reworded"):
            _drop_contradicted(by_pair, pair, latest)
        decided = f"{d.op}ed by {d.by} on {d.at[:10]}" + (f": {d.note}" if d.note else "")
        olds: list[Link | None] = list(by_pair.get(pair, [])) or [None]
        by_pair[pair] = [
            Link(
                pair[0],
                pair[1],
                d.kind,
                old.score if old else 1.0,
                f"{old.reason}; {decided}" if old else decided,
                sentence=old.sentence if old else None,
                decided_by=d.by,
            )
            for old in olds
        ]
    out = [lk for group in by_pair.values() for lk in group]
    return sorted(out, key=_link_key), notes


def _drop_contradicted(
    by_pair: dict[tuple[str, str], list[Link]],
    pair: tuple[str, str],
    latest: dict[tuple[str, str], LedgerDecision],
) -> None:
    """An added one-to-one lineage link replaces automatic lineage links from its
    source or to its target (links a person decided stay)."""
    for key, group in list(by_pair.items()):
        if key == pair or key in latest or not (key[0] == pair[0] or key[1] == pair[1]):
            continue
        kept = [lk for lk in group if lk.decided_by or lk.kind not in LINEAGE_KINDS]
        if kept:
            by_pair[key] = kept
        else:
            del by_pair[key]


def _link_key(lk: Link) -> tuple[str, str, str]:
    return (lk.from_id, lk.to_id, lk.kind)


def decisions_to_json(decisions: Iterable[LedgerDecision]) -> list[dict[str, Any]]:
    out = []
    for d in decisions:
        data = asdict(d)
        data["from"] = data.pop("from_id")
        data["to"] = data.pop("to_id")
        out.append(data)
    return out


def decisions_from_json(
    data: Iterable[dict[str, Any]], *, file: str | None = None
) -> list[LedgerDecision]:
    """Decisions from their JSON form; an entry that is not one raises `DecisionsError`
    naming the entry and what is wrong with it."""
    out = []
    for k, raw in enumerate(data, start=1):
        if not isinstance(raw, dict):
            raise DecisionsError(f"decision {k} is not an object: {raw!r}", file=file)
        row = dict(raw)
        row["from_id"] = row.pop("from", row.get("from_id"))
        row["to_id"] = row.pop("to", row.get("to_id"))
        _check_entry(k, row, file)
        fields: dict[str, Any] = {k: row.get(k) for k in LedgerDecision.__dataclass_fields__}
        out.append(LedgerDecision(**fields))
    return out


def _check_entry(k: int, row: dict[str, Any], file: str | None) -> None:
    where = f"decision {k} ({row.get('from_id')!r} -> {row.get('to_id')!r})"
    if row.get("op") not in OPS:
        raise DecisionsError(
            f"{where}: op must be {', '.join(OPS)}, not {row.get('op')!r}", file=file
        )
    if row.get("kind") not in LINK_KINDS:
        raise DecisionsError(
            f"{where}: kind must be one of {', '.join(LINK_KINDS)}, not {row.get('kind')!r}",
            file=file,
        )
    missing = [
        name
        for name, key in (("from", "from_id"), ("to", "to_id"), ("by", "by"), ("at", "at"))
        if not isinstance(row.get(key), str) or not row[key]
    ]
    if missing:
        raise DecisionsError(f"{where}: missing {', '.join(missing)}", file=file)


def load_decisions(path: str | Path) -> list[LedgerDecision]:
    p = Path(path)
    if not p.exists():
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DecisionsError(
            f"not a decisions file: the JSON cannot be read ({exc}); "
            'it should be {"decisions": [...]}',
            file=str(p),
        ) from exc
    if isinstance(data, dict):
        data = data.get("decisions", [])
    if not isinstance(data, list):
        raise DecisionsError('not a decisions file: expected {"decisions": [...]}', file=str(p))
    return decisions_from_json(data, file=str(p))


def save_decisions(path: str | Path, decisions: Iterable[LedgerDecision]) -> None:
    payload = {"decisions": decisions_to_json(decisions)}
    Path(path).write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")


__all__ = [
    "LedgerDecision",
    "Resolver",
    "apply_decisions",
    "decide",
    "decisions_from_json",
    "decisions_to_json",
    "latest_decisions",
    "load_decisions",
    "rejected_pairs",
    "save_decisions",
]
