"""Findings and links on the generated variants (corpora/variants/): dev vs held-out.

    python -m tests.eval.variants [-v]

`-v` lists the dev part's misses per file. The held-out part's misses are never
printed: whoever improves the readers sees only its totals, so no rule is tuned on it.

Each part is scored the way tests/eval/findings.py and tests/eval/links.py score the
corpora: findings with `nlp.evaluate.evaluate` over every `*/truth.json` of the part;
links end to end (every file extracted, read, linked by the ledger; predicted actions
and progress rows matched to truth items by text, one-to-one per document). The
held-out part uses vocabularies and a layout the readers were never tuned on
(corpora/variants/README.md): its scores are the honest ones.

Links are also measured on **truth findings** (printed under the end-to-end table):
the ledger built from Findings made from each board's truth.json
(`tests/ledger/truth_findings.py`, one Findings per file, so PDF and Word copies go
through duplicate detection), its links compared with the truth links id for id. This
is linking quality alone, without reading errors. Held-out: totals only here too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

VARIANTS = Path(__file__).resolve().parents[2] / "corpora" / "variants"
PARTS = ("dev", "heldout")
LINEAGE = ("same", "reworded", "split", "merged")
FINDINGS = ("priorities", "actions", "progress", "people")
ACCURACY = (
    "status_accuracy",
    "kind_accuracy",
    "kind_family_accuracy",
    "period_accuracy",
    "board_accuracy",
)
LINKS = ("reported_by", "lineage", "lineage_kind")


def product() -> dict[str, Callable[..., Any]]:
    """Every product name this evaluator uses, imported here only (modules move)."""
    import nlp
    from extract import extract
    from nlp.evaluate import evaluate

    try:
        from nlp.ledger import build_ledger
    except ImportError:  # before the nlp/ restructuring
        from nlp.link import build_ledger  # type: ignore[no-redef]

    return {
        "find": lambda path: nlp.find(extract(path)),
        "evaluate": evaluate,
        "build_ledger": build_ledger,
    }


def run(verbose: bool = False) -> dict[str, Any]:
    api = product()
    results = {part: score_part(VARIANTS / part, api) for part in PARTS}
    for part in PARTS:
        results[part]["truth_links"] = truth_links_part(VARIANTS / part, api["build_ledger"])
    _print(results)
    _print_truth_links(results)
    if verbose:
        _misses("dev", results["dev"])
    return results


def score_part(folder: Path, api: dict[str, Callable[..., Any]]) -> dict[str, Any]:
    found: dict[Path, Any] = {}

    def finder(path: Path) -> Any:
        found[path] = api["find"](path)
        return found[path]

    score = api["evaluate"](folder, finder)
    out: dict[str, Any] = score.to_dict()
    boards = sorted(p.parent for p in folder.glob("*/truth.json"))
    out["board_accuracy"], out["one_board"] = _boards(boards, found)
    out["kind_family_accuracy"] = _kind_family(boards, out["files"])
    out["links"] = _pool([_board_links(b, found, api["build_ledger"]) for b in boards])
    out["boards"], out["documents"] = len(boards), len(out["files"])
    return out


def _family(kind: str | None) -> str:
    if kind == "business_plan":
        return "plan"
    return "report" if kind in ("annual_report", "accountability_report") else "other"


def _kind_family(boards: list[Path], files: list[dict[str, Any]]) -> float:
    """Files read as plan or report rightly (an accountability report taken for an
    annual one counts as right): a total, so the held-out part shows which error."""
    truth = {e["doc"]: e["kind"] for b in boards for e in _truth(b)["documents"]}
    fam = [_family(f["kind"]) == _family(truth.get(f["doc"])) for f in files]
    return sum(fam) / len(fam) if fam else 0.0


def _truth(board: Path) -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads((board / "truth.json").read_text(encoding="utf-8"))
    return data


# --- boards ---------------------------------------------------------------------


def board_key(name: str | None) -> str:
    """Compared without case, punctuation, a leading "The" or an "(ACRONYM)"."""
    name = re.sub(r"\([A-Z]{2,8}\)", "", name or "")
    name = re.sub(r"^\s*the\s+", "", name, flags=re.I)
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _boards(boards: list[Path], found: dict[Path, Any]) -> tuple[float, float]:
    """Files naming their board right; boards whose files all name one board."""
    right = total = one = 0
    for board in boards:
        want = board_key(_truth(board)["board"])
        keys = {board_key(f.document.board) for p, f in found.items() if p.parent == board}
        files = [f for p, f in found.items() if p.parent == board]
        right += sum(board_key(f.document.board) == want for f in files)
        total += len(files)
        one += keys == {want}
    return (right / total if total else 0.0), (one / len(boards) if boards else 0.0)


# --- links ----------------------------------------------------------------------


def _board_links(board: Path, found: dict[Path, Any], build_ledger) -> dict[str, Any]:
    truth = _truth(board)
    findings = [f for p, f in sorted(found.items()) if p.parent == board]
    ledger = build_ledger(findings)
    mapping = map_to_truth(ledger.documents, truth)
    pred = set()
    for lk in ledger.links:
        a, b = mapping.get(lk.from_id), mapping.get(lk.to_id)
        if lk.kind != "evidence" and a and b:
            pred.add((a, b, lk.kind))
    gold = {(lk["from"], lk["to"], lk["kind"]) for lk in truth["links"]}
    return score_links(pred, gold)


def truth_links_part(folder: Path, build_ledger: Callable[..., Any]) -> dict[str, Any]:
    """Links of the ledger built from each board's truth findings, pooled over a part."""
    return _pool([_truth_board_links(b, build_ledger) for b in sorted(_board_dirs(folder))])


def _board_dirs(folder: Path) -> list[Path]:
    return sorted(p.parent for p in folder.glob("*/truth.json"))


def _truth_board_links(board: Path, build_ledger: Callable[..., Any]) -> dict[str, Any]:
    from tests.ledger.truth_findings import truth_findings

    truth = _truth(board)
    ledger = build_ledger(truth_findings(truth, per_file=True))
    pred = {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind != "evidence"}
    gold = {(lk["from"], lk["to"], lk["kind"]) for lk in truth["links"]}
    return score_links(pred, gold)


def score_links(pred: set, gold: set) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, truth) per measure."""

    def of(links: set, kinds: tuple[str, ...], keep_kind: bool = True) -> set:
        return {t if keep_kind else t[:2] for t in links if t[2] in kinds}

    out = {
        "reported_by": (of(pred, ("reported_by",)), of(gold, ("reported_by",))),
        "lineage": (of(pred, LINEAGE, False), of(gold, LINEAGE, False)),
        "lineage_kind": (of(pred, LINEAGE), of(gold, LINEAGE)),
        **{k: (of(pred, (k,)), of(gold, (k,))) for k in LINEAGE},
    }
    return {k: (len(p & g), len(p), len(g)) for k, (p, g) in out.items()}


def _pool(per_board: list[dict[str, tuple[int, int, int]]]) -> dict[str, dict[str, float]]:
    out = {}
    for kind in (*LINKS, *LINEAGE):
        tp = sum(b[kind][0] for b in per_board)
        npred = sum(b[kind][1] for b in per_board)
        ntruth = sum(b[kind][2] for b in per_board)
        p = tp / npred if npred else 0.0
        r = tp / ntruth if ntruth else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": npred}
        out[kind]["truth"] = ntruth
    return out


def map_to_truth(docs, truth: dict[str, Any]) -> dict[str, str]:
    """Predicted action / progress id -> truth id, by document (file name) and text."""
    doc_of_file = {d["file"]: d["doc"] for d in truth["documents"]}
    mapping: dict[str, str] = {}
    for f in docs:
        doc = doc_of_file.get(Path(f.document.file).name)
        acts = [a for a in truth["actions"] if a["doc"] == doc]
        rows = [p for p in truth["progress"] if p["doc"] == doc]
        mapping |= _match(
            [(a.id, " ".join((a.text, *a.items))) for a in f.actions],
            [(a["id"], " ".join([a["text"], *a["items"]])) for a in acts],
        )
        mapping |= _match(
            [(p.id, f"{p.action} {p.update}") for p in f.progress],
            [(p["id"], " ".join([p["action"], *p["action_items"], p["update"]])) for p in rows],
        )
    return mapping


def _match(pred: list[tuple[str, str]], gold: list[tuple[str, str]]) -> dict[str, str]:
    """One-to-one, best pairs first, token-sort similarity >= 60."""
    scored = sorted(
        (
            (fuzz.token_sort_ratio(_norm(pt), _norm(gt)), i, j)
            for i, (_, pt) in enumerate(pred)
            for j, (_, gt) in enumerate(gold)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = {}
    for s, i, j in scored:
        if s < 60:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out[pred[i][0]] = gold[j][0]
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


# --- printing -------------------------------------------------------------------


def _print(results: dict[str, Any]) -> None:
    dev, held = results["dev"], results["heldout"]
    print("variants: dev vs held-out (P / R / F1; accuracy)")
    print(f"  {'':16} {'dev':>20}   {'held-out':>20}")
    print(f"  {'boards / files':16} {_n(dev):>20}   {_n(held):>20}")
    for kind in FINDINGS:
        print(f"  {kind:16} {_prf(dev[kind]):>20}   {_prf(held[kind]):>20}")
    for kind in ACCURACY:
        print(f"  {kind:16} {dev[kind]:>20.3f}   {held[kind]:>20.3f}")
    print(f"  {'one board/folder':16} {dev['one_board']:>20.3f}   {held['one_board']:>20.3f}")
    for kind in (*LINKS, *LINEAGE):
        a, b = dev["links"][kind], held["links"][kind]
        line = f"  {kind:16} {_prf(a):>20}   {_prf(b):>20}"
        print(f"{line}   (truth {a['truth']} | {b['truth']})")


def _print_truth_links(results: dict[str, Any]) -> None:
    dev, held = results["dev"]["truth_links"], results["heldout"]["truth_links"]
    print("links on truth findings (ledger alone, no reading errors; P / R / F1)")
    print(f"  {'':16} {'dev':>20}   {'held-out':>20}")
    for kind in (*LINKS, *LINEAGE):
        a, b = dev[kind], held[kind]
        line = f"  {kind:16} {_prf(a):>20}   {_prf(b):>20}"
        print(f"{line}   (truth {a['truth']} | {b['truth']})")


def _n(part: dict[str, Any]) -> str:
    return f"{part['boards']} / {part['documents']}"


def _prf(c: dict[str, float]) -> str:
    return f"{c['precision']:.2f} {c['recall']:.2f} {c['f1']:.2f}"


def _misses(part: str, result: dict[str, Any]) -> None:
    print(f"\n{part}: per file (tp/fp/fn per kind; first misses)")
    for f in result["files"]:
        counts = " ".join(f"{k[:4]} {'/'.join(map(str, v))}" for k, v in f["counts"].items())
        flags = f"kind {f['kind']}{'' if f['kind_ok'] else ' WRONG'}"
        flags += f", period {f['period']}{'' if f['period_ok'] else ' WRONG'}"
        print(f"  {f['doc']} {f['file']}: {counts}; {flags}")
        if f["error"]:
            print(f"      error: {f['error']}")
        for kind, items in f["missed"].items():
            for text in items[:2]:
                print(f"      missed {kind}: {text[:90]}")
        for text in f["wrong_status"][:2]:
            print(f"      status: {text[:110]}")


if __name__ == "__main__":
    run(verbose="-v" in sys.argv[1:])
