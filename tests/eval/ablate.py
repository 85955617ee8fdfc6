"""Header ablation on the dev variants: read each dev document with its vocabulary
signals removed, score against the same truth.

    python -m tests.eval.ablate [--axes=headers,status,title,board] [--each] [-v]

`--each` scores each axis alone first, then the chosen axes together.

The held-out part uses header words, status words, titles and board-name styles the
readers have never seen; this measures the same failure on dev, where misses may be
looked at. Every file is extracted once, then its `Document` is rewritten before
`nlp.find` (dataclasses.replace on blocks and cells), per axis:

- headers: every header row's cells (rows flagged header; else the first row of a
  table of two rows or more) become "Column 1", "Column 2", …;
- status: every cell whose text is the truth's status cell of a progress row becomes a
  neutral code (P, Q, W, X, Z, …) and a key "Key: P = <word>; …" follows the table;
- title: the title's words (the truth title without its period) become "Compendium";
- board: the board's keyword (the truth name after the place) becomes "Wellbeing
  Council" and its acronym the new initials (CSAB → CWC); board accuracy is scored
  against the rewritten name.

Only dev is read (corpora/variants/dev/); the held-out part is never opened here.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

from tests.eval.variants import VARIANTS, board_key

AXES = ("headers", "status", "title", "board")
EXTRA = ("unflagged", "split")
# unflagged: header rows' formatting flag dropped too (with "headers");
# split: a table with priority band rows becomes one table per band under a heading
# of the band's text (the header row repeated), the layout of one table per priority.
_DOCS: dict[Path, Any] = {}  # extracted once per process, shared by runs
CODES = ("P", "Q", "W", "X", "Z", "K", "M", "N")
NOUN = "Compendium"
COLUMN = "Column"  # header cells become "Column 1", "Column 2", …
KEYWORD = "Wellbeing Council"


def _blocks_text(blocks: tuple[Any, ...], fn) -> tuple[Any, ...]:
    from extract.model import Heading, ListItem, Paragraph, Table

    out: list[Any] = []
    for b in blocks:
        if isinstance(b, (Heading, Paragraph, ListItem)):
            out.append(dataclasses.replace(b, text=fn(b.text)))
        elif isinstance(b, Table):
            rows = tuple(
                dataclasses.replace(
                    r,
                    cells=tuple(
                        dataclasses.replace(c, blocks=_blocks_text(c.blocks, fn)) for c in r.cells
                    ),
                )
                for r in b.rows
            )
            out.append(dataclasses.replace(b, rows=rows))
        else:
            out.append(b)
    return tuple(out)


def _retext(doc: Any, fn) -> Any:
    return dataclasses.replace(
        doc,
        title=fn(doc.title) if doc.title else doc.title,
        blocks=_blocks_text(doc.blocks, fn),
        running_text=tuple(fn(t) for t in doc.running_text),
    )


def _replacer(old: str, new: str):
    words = [re.escape(w) for w in old.split()]
    pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I) if words else None

    def fn(text: str) -> str:
        return pattern.sub(new, text) if pattern else text

    return fn


def _header_rows(table: Any) -> set[int]:
    flagged = {i for i, r in enumerate(table.rows) if r.header}
    if flagged:
        return flagged
    if len(table.rows) >= 2 and len(table.rows[0].cells) >= 2:
        return {0}
    return set()


def ablate_headers(doc: Any, unflag: bool = False) -> Any:
    from extract.model import Paragraph, Table

    blocks = []
    for b in doc.blocks:
        if isinstance(b, Table):
            heads = _header_rows(b)
            rows = []
            for i, r in enumerate(b.rows):
                if i in heads and len(r.cells) >= 2:
                    cells = tuple(
                        dataclasses.replace(
                            c, blocks=(Paragraph(None, f"{COLUMN} {k + 1}", c.source),)
                        )
                        for k, c in enumerate(r.cells)
                    )
                    r = dataclasses.replace(r, cells=cells, header=r.header and not unflag)
                rows.append(r)
            b = dataclasses.replace(b, rows=tuple(rows))
        blocks.append(b)
    return dataclasses.replace(doc, blocks=tuple(blocks))


def split_bands(doc: Any) -> Any:
    from extract.model import Heading, Table

    blocks: list[Any] = []
    for b in doc.blocks:
        if not isinstance(b, Table):
            blocks.append(b)
            continue
        band = [len(r.cells) == 1 and r.cells[0].col_span >= b.n_cols for r in b.rows]
        if (
            b.n_cols < 2
            or sum(band) < 2
            or not any(r.header and not k for r, k in zip(b.rows, band, strict=True))
        ):
            blocks.append(b)
            continue
        head = [r for r, k in zip(b.rows, band, strict=True) if r.header and not k][:1]
        groups: list[tuple[Any, list[Any]]] = []
        for r, k in zip(b.rows, band, strict=True):
            if k:
                groups.append((r, []))
            elif groups and not (r.header and r in head):
                groups[-1][1].append(r)
        for r, rows in groups:
            blocks.append(Heading(2, None, " ".join(r.cells[0].text.split()), r.source))
            if rows:
                blocks.append(dataclasses.replace(b, rows=tuple(head + rows)))
    return dataclasses.replace(doc, blocks=tuple(blocks))


def ablate_status(doc: Any, words: set[str]) -> Any:
    """Status cells (truth's words, 3+ letters) to codes, a key after each table."""
    from extract.model import Paragraph, Table

    words = {w for w in words if len(re.sub(r"[^A-Za-z]", "", w)) >= 3}
    code = {w.lower(): CODES[i % len(CODES)] for i, w in enumerate(sorted(words))}
    blocks: list[Any] = []
    for b in doc.blocks:
        used: dict[str, str] = {}
        if isinstance(b, Table):
            rows = []
            for r in b.rows:
                cells = []
                for c in r.cells:
                    text = " ".join(c.text.split())
                    if text.lower() in code and not r.header:
                        used[code[text.lower()]] = text
                        c = dataclasses.replace(
                            c, blocks=(Paragraph(None, code[text.lower()], c.source),)
                        )
                    cells.append(c)
                rows.append(dataclasses.replace(r, cells=tuple(cells)))
            b = dataclasses.replace(b, rows=tuple(rows))
        blocks.append(b)
        if used:
            key = "; ".join(f"{k} = {v}" for k, v in sorted(used.items()))
            blocks.append(Paragraph(None, f"Key: {key}.", b.source))
    return dataclasses.replace(doc, blocks=tuple(blocks))


def title_noun(title: str) -> str:
    """The title without its period and trailing years ("Annual Report 2016/17")."""
    words = [w for w in title.split() if not re.search(r"\d", w) and w not in "–-—to"]
    return " ".join(words)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def place_of(board_dir: Path) -> str:
    return " ".join(w.capitalize() for w in board_dir.name.split("-"))


def ablated_board(truth_board: str, place: str) -> str:
    return f"{place} {KEYWORD}" if truth_board.startswith(place) else truth_board


def ablate(doc: Any, entry: dict[str, Any], truth: dict[str, Any], board_dir: Path, axes) -> Any:
    if "split" in axes:
        doc = split_bands(doc)
    if "headers" in axes:
        doc = ablate_headers(doc, unflag="unflagged" in axes)
    if "status" in axes:
        words = {
            str(p.get("status_cell") or "") for p in truth["progress"] if p["doc"] == entry["doc"]
        }
        doc = ablate_status(doc, words - {""})
    if "title" in axes and entry.get("title"):
        noun = title_noun(entry["title"])
        if noun:
            doc = _retext(doc, _replacer(noun, NOUN))
    if "board" in axes:
        place = place_of(board_dir)
        board = truth["board"]
        if board.startswith(place):
            keyword = board[len(place) :].strip()
            full, kw = _replacer(board, f"{place} {KEYWORD}"), _replacer(keyword, KEYWORD)
            acronym = re.compile(rf"\b{_initials(board)}\b")
            new = _initials(f"{place} {KEYWORD}")
            doc = _retext(doc, lambda t: acronym.sub(new, kw(full(t))))
    return doc


def run(axes: tuple[str, ...] = AXES, verbose: bool = False) -> dict[str, Any]:
    import nlp
    from extract import extract
    from nlp.evaluate import evaluate

    folder = VARIANTS / "dev"
    docs = _DOCS
    found: dict[Path, Any] = {}

    def finder(path: Path) -> Any:
        truth = json.loads((path.parent / "truth.json").read_text(encoding="utf-8"))
        entry = next(e for e in truth["documents"] if e["file"] == path.name)
        if path not in docs:
            docs[path] = extract(path)
        doc = ablate(docs[path], entry, truth, path.parent, axes)
        found[path] = nlp.find(doc)
        return found[path]

    score = evaluate(folder, finder)
    out: dict[str, Any] = score.to_dict()
    right = total = 0
    for path, f in found.items():
        truth = json.loads((path.parent / "truth.json").read_text(encoding="utf-8"))
        want = truth["board"]
        if "board" in axes:
            want = ablated_board(want, place_of(path.parent))
        right += board_key(f.document.board) == board_key(want)
        total += 1
    out["board_accuracy"] = right / total if total else 0.0
    # Plan or report only: without its title word an accountability report cannot be
    # told from an annual one (the generator's reports differ in nothing else).
    fam = [_family(f["kind"]) == _family(_kind_of(f)) for f in out["files"]]
    out["kind_family_accuracy"] = sum(fam) / len(fam) if fam else 0.0
    _print(axes, out)
    if verbose:
        from tests.eval.variants import _misses

        _misses("dev (ablated)", out)
        for path, f in sorted(found.items()):
            print(f"  board {path.parent.name}/{path.name}: {f.document.board}")
    return out


def _family(kind: str | None) -> str:
    return {"business_plan": "plan", "annual_report": "report"}.get(
        kind or "", "report" if kind == "accountability_report" else "other"
    )


_TRUTH_KIND: dict[str, str] = {}


def _kind_of(f: dict[str, Any]) -> str:
    if not _TRUTH_KIND:
        for t in (VARIANTS / "dev").glob("*/truth.json"):
            for e in json.loads(t.read_text(encoding="utf-8"))["documents"]:
                _TRUTH_KIND[e["doc"]] = e["kind"]
    return _TRUTH_KIND.get(f["doc"], "")


def _print(axes: tuple[str, ...], out: dict[str, Any]) -> None:
    from tests.eval.variants import _prf

    print(f"dev, ablated ({', '.join(axes)}): P / R / F1; accuracy")
    for kind in ("priorities", "actions", "progress", "people"):
        print(f"  {kind:16} {_prf(out[kind]):>20}")
    for kind in (
        "status_accuracy",
        "kind_accuracy",
        "kind_family_accuracy",
        "period_accuracy",
        "board_accuracy",
    ):
        print(f"  {kind:16} {out[kind]:>20.3f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen: tuple[str, ...] = AXES
    for a in args:  # other neutral words, to check no rule leans on ours
        if a.startswith("--noun="):
            NOUN = a.split("=", 1)[1]
        if a.startswith("--keyword="):
            KEYWORD = a.split("=", 1)[1]
        if a.startswith("--column="):
            COLUMN = a.split("=", 1)[1]
    for a in args:
        if a.startswith("--axes="):
            chosen = tuple(x for x in a.split("=", 1)[1].split(",") if x in AXES + EXTRA)
    if "--each" in args:
        for axis in AXES:
            run((axis,))
    run(chosen, verbose="-v" in args)
