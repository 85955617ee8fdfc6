"""Score findings against a board's `truth.json` (see corpora/README.md).

Items are matched one-to-one by text similarity (rapidfuzz; best pairs first):
priorities by title, actions by text, progress rows by action and update together,
people by name. Precision, recall and F1 are counted over all files; status accuracy
is over matched progress rows (a row whose truth lists several acceptable statuses is
right when ours is one of them); kind and period accuracy are per file. Each file keeps
what was missed (in the truth, not found) and invented (found, not in the truth).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from nlp.findings.model import Findings

KINDS = ("priorities", "actions", "progress", "people")
THRESHOLD = {"priorities": 80.0, "actions": 80.0, "progress": 75.0, "people": 90.0}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FileScore:
    file: str
    doc: str
    counts: dict[str, Counts]
    missed: dict[str, list[str]]
    invented: dict[str, list[str]]
    status_right: int = 0
    status_total: int = 0
    wrong_status: list[str] = field(default_factory=list)
    kind_ok: bool = True
    period_ok: bool = True
    kind: str = ""
    period: str | None = None
    error: str | None = None


@dataclass
class Score:
    files: list[FileScore]

    def counts(self, kind: str) -> Counts:
        total = Counts()
        for f in self.files:
            total.add(f.counts[kind])
        return total

    @property
    def status_accuracy(self) -> float:
        total = sum(f.status_total for f in self.files)
        return sum(f.status_right for f in self.files) / total if total else 1.0

    @property
    def kind_accuracy(self) -> float:
        return sum(f.kind_ok for f in self.files) / len(self.files) if self.files else 1.0

    @property
    def period_accuracy(self) -> float:
        return sum(f.period_ok for f in self.files) / len(self.files) if self.files else 1.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind in KINDS:
            c = self.counts(kind)
            out[kind] = {
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
        out["status_accuracy"] = self.status_accuracy
        out["kind_accuracy"] = self.kind_accuracy
        out["period_accuracy"] = self.period_accuracy
        out["files"] = [_file_dict(f) for f in self.files]
        return out


def _file_dict(f: FileScore) -> dict[str, Any]:
    return {
        "file": f.file,
        "doc": f.doc,
        "kind": f.kind,
        "period": f.period,
        "kind_ok": f.kind_ok,
        "period_ok": f.period_ok,
        "status": [f.status_right, f.status_total],
        "counts": {k: [c.tp, c.fp, c.fn] for k, c in f.counts.items()},
        "missed": f.missed,
        "invented": f.invented,
        "wrong_status": f.wrong_status,
        "error": f.error,
    }


def truth_files(corpus: Path) -> list[Path]:
    """`corpus` is a board folder with truth.json, or a folder of such folders."""
    if (corpus / "truth.json").is_file():
        return [corpus / "truth.json"]
    return sorted(corpus.glob("*/truth.json"))


Finder = Callable[[Path], Findings]


def evaluate(corpus: Path, finder: Finder) -> Score:
    files: list[FileScore] = []
    for truth_path in truth_files(corpus):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for entry in truth["documents"]:
            path = truth_path.parent / entry["file"]
            try:
                findings = finder(path)
            except Exception as exc:  # a failed file is scored as finding nothing
                files.append(_failed(entry, truth, exc))
                continue
            files.append(score_file(entry, truth, findings))
    return Score(files)


def _failed(entry: dict[str, Any], truth: dict[str, Any], exc: Exception) -> FileScore:
    counts = {k: Counts(fn=len(_of(truth, k, entry["doc"]))) for k in KINDS}
    score = FileScore(entry["file"], entry["doc"], counts, {}, {}, kind_ok=False, period_ok=False)
    score.error = f"{type(exc).__name__}: {exc}"
    return score


def _of(truth: dict[str, Any], kind: str, doc: str) -> list[dict[str, Any]]:
    items = [x for x in truth.get(kind, []) if x.get("doc") == doc]
    if kind != "people":
        return items
    # Names are compared without titles or ranks ("Dr", "Detective Superintendent"),
    # and a person named twice in one document counts once.
    out: dict[str, dict[str, Any]] = {}
    for x in items:
        name = bare_name(str(x.get("name") or ""))
        out.setdefault(name.lower(), {**x, "name": name})
    return list(out.values())


def bare_name(name: str) -> str:
    from nlp.findings.people import strip_title

    return strip_title(name)


def score_file(entry: dict[str, Any], truth: dict[str, Any], found: Findings) -> FileScore:
    doc = entry["doc"]
    counts: dict[str, Counts] = {}
    missed: dict[str, list[str]] = {}
    invented: dict[str, list[str]] = {}
    pairs_by_kind: dict[str, list[tuple[int, int]]] = {}
    for kind in KINDS:
        gold = [_text(kind, g) for g in _of(truth, kind, doc)]
        ours = [_text(kind, o) for o in _ours(found, kind)]
        pairs = match(gold, ours, THRESHOLD[kind])
        pairs_by_kind[kind] = pairs
        counts[kind] = Counts(len(pairs), len(ours) - len(pairs), len(gold) - len(pairs))
        matched_g, matched_o = {g for g, _ in pairs}, {o for _, o in pairs}
        missed[kind] = [g[:120] for i, g in enumerate(gold) if i not in matched_g]
        invented[kind] = [o[:120] for i, o in enumerate(ours) if i not in matched_o]
    score = FileScore(entry["file"], doc, counts, missed, invented)
    gold_rows = _of(truth, "progress", doc)
    for g, o in pairs_by_kind["progress"]:
        row = found.progress[o]
        score.status_total += 1
        if row.status in gold_rows[g]["statuses"]:
            score.status_right += 1
        else:
            score.wrong_status.append(
                f"row {gold_rows[g]['row']}: {row.status} (cue {row.status_cue!r}), "
                f"truth {'/'.join(gold_rows[g]['statuses'])}"
            )
    score.kind, score.period = found.document.kind, found.document.period
    score.kind_ok = found.document.kind == entry["kind"]
    score.period_ok = same_period(found.document.period, entry["period"])
    return score


def same_period(a: str | None, b: str | None) -> bool:
    """Periods are equal when they name the same years ("2017/18" = "2017-18")."""
    if a is None or b is None:
        return a == b
    return re.sub(r"[/\-–]", "-", a) == re.sub(r"[/\-–]", "-", b)


def _ours(found: Findings, kind: str) -> tuple[Any, ...]:
    items: tuple[Any, ...] = getattr(found, kind)
    return items


def _text(kind: str, item: Any) -> str:
    get: Callable[[str], Any] = (
        item.get if isinstance(item, dict) else lambda k: getattr(item, k, None)
    )
    if kind == "priorities":
        return str(get("title") or "")
    if kind == "actions":
        return str(get("text") or "")
    if kind == "people":
        return str(get("name") or "")
    return f"{get('action') or ''} || {get('update') or ''}"


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def similarity(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if " || " in a or "||" in a:
        return fuzz.token_sort_ratio(a, b)
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def match(gold: list[str], ours: list[str], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, our index), best similarity first."""
    scored = sorted(
        ((similarity(g, o), i, j) for i, g in enumerate(gold) for j, o in enumerate(ours)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_o: set[int] = set()
    pairs = []
    for s, i, j in scored:
        if s < threshold:
            break
        if i not in used_g and j not in used_o:
            pairs.append((i, j))
            used_g.add(i)
            used_o.add(j)
    return pairs


def rows(score: Score) -> Iterator[tuple[str, str, str, str]]:
    """(measure, precision, recall, F1 or accuracy) lines for one table."""
    for kind in KINDS:
        c = score.counts(kind)
        yield kind, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"
    yield "status accuracy", "", "", f"{score.status_accuracy:.3f}"
    yield "kind accuracy", "", "", f"{score.kind_accuracy:.3f}"
    yield "period accuracy", "", "", f"{score.period_accuracy:.3f}"


def all_files(scores: Iterable[Score]) -> Score:
    return Score([f for s in scores for f in s.files])
