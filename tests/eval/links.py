"""Link precision / recall / F1 against the corpora's truth links.

Two measurements per board:

- **truth findings**: the ledger built from Findings made from truth.json itself
  (`tests/ledger/truth_findings.py`): linking quality alone, ids compared directly;
- **end to end**: every PDF and .docx of the board extracted (`extract.extract`),
  read (`nlp.find`) and linked (`build_ledger`); predicted actions and progress rows
  are matched to truth items by text similarity (one-to-one, per document, the
  document found by file name), and predicted links are translated to truth ids.

Kinds measured: `reported_by`; lineage with the kind ignored (same, reworded, split
and merged all count as "linked"); lineage with the kind right; and each kind alone.
Targets: reported_by F1 >= 0.95, lineage F1 >= 0.90, lineage with kind F1 >= 0.85.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from nlp.findings.model import Findings
from nlp.ledger import build_ledger
from nlp.ledger.assign import assign
from nlp.ledger.text import normalise
from tests.ledger.truth_findings import boards, load_truth, truth_findings

LINEAGE = ("same", "reworded", "split", "merged")
TARGETS = {"reported_by": 0.95, "lineage": 0.90, "lineage_kind": 0.85}
Triple = tuple[str, str, str]


def prf(pred: set[Any], truth: set[Any]) -> dict[str, float]:
    tp = len(pred & truth)
    p = tp / len(pred) if pred else (1.0 if not truth else 0.0)
    r = tp / len(truth) if truth else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": len(pred),
        "truth": len(truth),
    }


def score_links(pred: Iterable[Triple], truth: Iterable[Triple]) -> dict[str, dict[str, float]]:
    pred, truth = set(pred), set(truth)
    out = {
        "reported_by": prf(_kind(pred, ("reported_by",)), _kind(truth, ("reported_by",))),
        "lineage": prf(
            {(a, b) for a, b, _ in _kind(pred, LINEAGE)},
            {(a, b) for a, b, _ in _kind(truth, LINEAGE)},
        ),
        "lineage_kind": prf(_kind(pred, LINEAGE), _kind(truth, LINEAGE)),
    }
    for kind in LINEAGE:
        out[kind] = prf(_kind(pred, (kind,)), _kind(truth, (kind,)))
    return out


def _kind(links: set[Triple], kinds: Sequence[str]) -> set[Triple]:
    return {t for t in links if t[2] in kinds}


def truth_links(truth: dict[str, Any]) -> set[Triple]:
    return {(lk["from"], lk["to"], lk["kind"]) for lk in truth["links"]}


def eval_truth_findings(board_dir: Path) -> dict[str, Any]:
    truth = load_truth(board_dir)
    ledger = build_ledger(truth_findings(truth, per_file=True))
    pred = {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind != "evidence"}
    return score_links(pred, truth_links(truth))


def extract_board(board_dir: Path) -> tuple[list[Findings], list[str]]:
    """Every PDF and .docx of a folder through extract and nlp.find; failures listed."""
    import nlp
    from extract import extract
    from extract.errors import CarryforwardError

    out: list[Findings] = []
    errors: list[str] = []
    for path in sorted([*board_dir.glob("*.pdf"), *board_dir.glob("*.docx")]):
        try:
            out.append(nlp.find(extract(path)))
        except CarryforwardError as exc:
            errors.append(str(exc))
    return out, errors


def eval_end_to_end(board_dir: Path) -> dict[str, Any]:
    truth = load_truth(board_dir)
    findings, errors = extract_board(board_dir)
    ledger = build_ledger(findings)
    mapping = map_to_truth(ledger.documents, truth)
    pred = set()
    for lk in ledger.links:
        a, b = mapping.get(lk.from_id), mapping.get(lk.to_id)
        if lk.kind != "evidence" and a and b:
            pred.add((a, b, lk.kind))
    result: dict[str, Any] = score_links(pred, truth_links(truth))
    result["mapped_items"] = len(mapping)
    result["errors"] = errors
    return result


def map_to_truth(docs: Sequence[Findings], truth: dict[str, Any]) -> dict[str, str]:
    """Predicted action / progress id -> truth id, by document (file name) and text."""
    doc_of_file = {d["file"]: d["doc"] for d in truth["documents"]}
    mapping: dict[str, str] = {}
    for f in docs:
        doc = doc_of_file.get(Path(f.document.file).name)
        if doc is None:
            continue
        t_actions = [a for a in truth["actions"] if a["doc"] == doc]
        t_progress = [p for p in truth["progress"] if p["doc"] == doc]
        mapping.update(
            _match(
                [(a.id, " ".join((a.text, *a.items))) for a in f.actions],
                [(a["id"], " ".join([a["text"], *a.get("items", [])])) for a in t_actions],
            )
        )
        mapping.update(
            _match(
                [(p.id, f"{p.action} {p.update}") for p in f.progress],
                [
                    (
                        p["id"],
                        " ".join([p["action"] or "", *p.get("action_items", []), p["update"]]),
                    )
                    for p in t_progress
                ],
            )
        )
    return mapping


def _match(pred: list[tuple[str, str]], gold: list[tuple[str, str]]) -> dict[str, str]:
    if not pred or not gold:
        return {}
    scores = cdist(
        [normalise(t) for _, t in pred],
        [normalise(t) for _, t in gold],
        scorer=fuzz.token_sort_ratio,
        dtype=np.float64,
    )
    found = assign(np.asarray(scores, dtype=np.float64) / 100.0, 0.6)
    return {pred[i][0]: gold[j][0] for i, j, _ in found.pairs}


def run() -> dict[str, Any]:
    """Both measurements for every board with a truth.json; prints a table."""
    results: dict[str, Any] = {}
    for board_dir in boards():
        results[board_dir.name] = {
            "truth_findings": eval_truth_findings(board_dir),
            "end_to_end": eval_end_to_end(board_dir),
        }
    results["all"] = {m: _pooled(results, m) for m in ("truth_findings", "end_to_end")}
    _print(results)
    return results


def _pooled(results: dict[str, Any], measure: str) -> dict[str, dict[str, float]]:
    out = {}
    boards_ = [b for b in results if b != "all"]
    for kind in ("reported_by", "lineage", "lineage_kind", *LINEAGE):
        tp = sum(results[b][measure][kind]["tp"] for b in boards_)
        npred = sum(results[b][measure][kind]["pred"] for b in boards_)
        ntruth = sum(results[b][measure][kind]["truth"] for b in boards_)
        p = tp / npred if npred else 0.0
        r = tp / ntruth if ntruth else 0.0
        out[kind] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp,
            "pred": npred,
            "truth": ntruth,
        }
    return out


def _print(results: dict[str, Any]) -> None:
    print("links: precision / recall / F1 (truth findings | end to end)")
    for board, res in results.items():
        print(f"  {board}")
        for kind in ("reported_by", "lineage", "lineage_kind", *LINEAGE):
            a, b = res["truth_findings"][kind], res["end_to_end"][kind]
            target = TARGETS.get(kind)
            mark = f"  target {target:.2f}" if target else ""
            print(
                f"    {kind:13} {a['precision']:.2f} {a['recall']:.2f} {a['f1']:.2f}"
                f" | {b['precision']:.2f} {b['recall']:.2f} {b['f1']:.2f}"
                f"  (truth {a['truth']}){mark}"
            )


if __name__ == "__main__":
    run()
