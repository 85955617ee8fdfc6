"""Findings built from a corpus board's `truth.json`: linking measured apart from
extraction.

`truth_findings(truth)` gives one `Findings` per logical document (plan or report of a
year) with the truth's ids, so a ledger built from them can be compared with the truth
links id for id. `per_file=True` gives one per file instead (a PDF and a Word copy of
the same document), which exercises duplicate detection.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Priority, Progress

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def boards() -> list[Path]:
    """Board folders of the corpora that have a truth.json, by name."""
    return sorted(p.parent for p in CORPORA.glob("*/truth.json"))


def load_truth(board_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((board_dir / "truth.json").read_text(encoding="utf-8"))
    return data


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def truth_findings(truth: dict[str, Any], *, per_file: bool = False) -> list[Findings]:
    files: dict[str, list[dict[str, Any]]] = {}
    for d in truth["documents"]:
        files.setdefault(d["doc"], []).append(d)
    out = []
    for doc, copies in files.items():
        chosen = copies if per_file else [_preferred(copies)]
        for d in chosen:
            sha = _sha(f"{doc}|{d['format']}" if per_file else doc)
            out.append(_findings(truth, doc, d, sha))
    return out


def _preferred(copies: list[dict[str, Any]]) -> dict[str, Any]:
    return sorted(copies, key=lambda d: (d["format"] != "docx", d["file"]))[0]


def _findings(truth: dict[str, Any], doc: str, d: dict[str, Any], sha: str) -> Findings:
    src = Source(file=d["file"], sha256=sha)
    info = DocumentInfo(
        file=d["file"],
        sha256=sha,
        format=d["format"],
        pages=d.get("pages") or 0,
        title=d.get("title"),
        board=d.get("board"),
        kind=d["kind"],
        period=d.get("period"),
        actions_period=d.get("actions_period"),
    )
    priorities = tuple(
        Priority(p["number"], p["title"], tuple(p.get("outcomes", ())), src)
        for p in truth.get("priorities", [])
        if p["doc"] == doc
    )
    actions = tuple(
        Action(
            a["id"],
            a.get("priority"),
            a.get("number"),
            a["text"],
            tuple(a.get("items", ())),
            a.get("period"),
            src,
            lead=a.get("lead"),
            timescale=a.get("timescale"),
        )
        for a in truth.get("actions", [])
        if a["doc"] == doc
    )
    progress = tuple(_progress(p, src) for p in truth.get("progress", []) if p["doc"] == doc)
    return Findings(info, (), priorities, actions, progress, ())


def _progress(p: dict[str, Any], src: Source) -> Progress:
    action = "\n".join([p.get("action") or "", *(f"- {i}" for i in p.get("action_items", []))])
    statuses = p.get("statuses") or ["unknown"]
    return Progress(
        p["id"],
        p["row"],
        action.strip(),
        p["update"],
        statuses[0],
        None,
        src,
        status_cue=p.get("status_cell"),
    )
