"""Write every generated board: Word files, PDFs (LibreOffice), truth.json.

python -m corpora.variants [--part dev|heldout] [--board SLUG] [--png DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from corpora import convert
from corpora.layouts import wordkit
from corpora.variants import checks, content_heldout
from corpora.variants import content as content_dev
from corpora.variants.content import PLACES
from corpora.variants.model import Board, Doc
from corpora.variants.plans import write_plan
from corpora.variants.reports import write_report
from corpora.variants.story import make_board
from corpora.variants.truth import board_truth
from corpora.variants.vocab import Vocab
from corpora.variants.vocab_dev import DEV, DEV_PLAIN, DEV_STATUS, DEV_VARIED, DEV_WIDE
from corpora.variants.vocab_heldout import HELDOUT
from corpora.variants.word import Word, cover_name

ROOT = Path(__file__).resolve().parent
# part -> (vocabulary, places, seeds): disjoint places and seeds by construction
PARTS: dict[str, tuple[Vocab, tuple[str, ...], tuple[int, ...]]] = {
    "dev": (DEV, PLACES[0::2][:15], tuple(1000 + 17 * i for i in range(15))),
    "heldout": (HELDOUT, PLACES[1::2][:6], tuple(90001 + 31 * i for i in range(6))),
}
# Dev boards from index 20 (readers of issue 14): places of their own, seeds
# 1000 + 17·i, vocabulary `vocab_dev.DEV_PLAIN` (no kind nouns in titles, …)
MORE_DEV_PLACES = {20: "Wrenfold Hythe", 21: "Quillbrook", 22: "Sedgecombe Rise"}
# Dev boards 23-32 (issue 14, status and people): places of their own, seeds 1000 + 17·i,
# vocabulary `vocab_dev.DEV_STATUS`, update sentences `content.UPDATES_MORE` (half of them)
STATUS_DEV_PLACES = {
    23: "Amberwick Vale",
    24: "Tolland Cross",
    25: "Brackwater Dun",
    26: "Caddow Heath",
    27: "Linnmere",
    28: "Stennet Brigg",
    29: "Harrowgate Mere",
    30: "Pellow Fold",
    31: "Wystan Combe",
    32: "Rundell Edge",
}
# dev boards whose running header gives only the acronym (as the held-out part's do)
_SHORT_HEADERS = frozenset(p.lower().replace(" ", "-") for p in MORE_DEV_PLACES.values())
# part -> {board index: vocabulary} where it is not the part's: the dev boards after
# the first eight also use the words moved from held-out (vocab_dev.FROM_HELDOUT)
# (boards 12-14 DEV_VARIED: headers, status codes and layouts for tables)
BOARD_VOCABS: dict[str, dict[int, Vocab]] = {
    "dev": {
        **{i: DEV_WIDE for i in range(8, 12)},
        **{i: DEV_VARIED for i in range(12, 15)},
        **dict.fromkeys(MORE_DEV_PLACES, DEV_PLAIN),
        **dict.fromkeys(STATUS_DEV_PLACES, DEV_STATUS),
    }
}
# part -> content pool: the held-out part has its own (content_heldout.py); the dev
# boards with DEV_VARIED use the dev pool with its UPDATES_VARIED update sentences
POOLS = {"dev": content_dev, "heldout": content_heldout}
VARIED_POOL = ModuleType("corpora.variants.content_varied")
VARIED_POOL.__dict__.update(
    {k: v for k, v in vars(content_dev).items() if not k.startswith("__")},
    UPDATES=content_dev.UPDATES_VARIED,
)
MORE_POOL = ModuleType("corpora.variants.content_more")
MORE_POOL.__dict__.update(
    {k: v for k, v in vars(content_dev).items() if not k.startswith("__")},
    UPDATES={
        s: (*content_dev.UPDATES[s], *content_dev.UPDATES_MORE[s]) for s in content_dev.UPDATES
    },
)
# Dev boards whose actions are reworded, split and merged the varied ways of
# `lineage.reword_varied` (issue 14, links; `content.NEAR_VERBS`, `MERGE_FORMS`,
# `SPLIT_AUDIENCES`): the dev pool with the dev-only switch on
LINEAGE_DEV_BOARDS = (5, 6, 7, 20, 21, 22)
LINEAGE_POOL = ModuleType("corpora.variants.content_lineage")
LINEAGE_POOL.__dict__.update(
    {k: v for k, v in vars(content_dev).items() if not k.startswith("__")},
    LINEAGE_VARIED=True,
)
BOARD_POOLS: dict[str, dict[int, ModuleType]] = {
    "dev": {
        **dict.fromkeys(LINEAGE_DEV_BOARDS, LINEAGE_POOL),
        **dict.fromkeys(range(12, 15), VARIED_POOL),
        **dict.fromkeys(STATUS_DEV_PLACES, MORE_POOL),
    }
}
# part -> {board index: forced draws} for cases the corpus must hold (story.make_board)
SPECIAL: dict[str, dict[int, dict]] = {
    "dev": {
        # a 2-year plan whose action column says "Actions 2017–18" under a 2017-19 cover
        8: {
            "start": 2017,
            "years": 2,
            "multi": True,
            "layout": "cell_lists",
            "caption_style": "endash",
        },
        # a report for "1st April 2009 – 31st October 2010" (truth period 2009-11)
        9: {"start": 2008, "years": 2, "multi": False, "irregular": True},
    },
    "heldout": {2: {"start": 2008, "years": 2, "multi": False, "irregular": True}},
}


def boards(part: str) -> list[Board]:
    vocab, places, seeds = PARTS[part]
    special, vocabs = SPECIAL.get(part, {}), BOARD_VOCABS.get(part, {})
    pools = BOARD_POOLS.get(part, {})
    indexed = list(enumerate(zip(places, seeds, strict=True)))
    if part == "dev":
        more = {**MORE_DEV_PLACES, **STATUS_DEV_PLACES}
        indexed += [(i, (p, 1000 + 17 * i)) for i, p in more.items()]
    return [
        make_board(p, part, s, vocabs.get(i, vocab), pools.get(i, POOLS[part]), special.get(i))
        for i, (p, s) in indexed
    ]


def write_doc(board: Board, doc: Doc):
    rng = random.Random(f"{board.seed}/{doc.doc_id}")
    short_header = board.part == "heldout" or board.slug in _SHORT_HEADERS
    header = board.short if short_header else board.name
    if not doc.style.get("caption_only"):
        header += f" | {doc.title}"
    w = Word(board, header)
    y = int(doc.doc_id.split("/")[1][:4])
    month = rng.choice(("June", "July"))
    date = f"April {y}" if doc.kind == "business_plan" else f"{month} {y + 1}"
    if "irregular_period" in doc.features:  # published after its 19 months end
        date = f"December {y + 1}"
    w.cover(doc.title_lines, bool(doc.style.get("wrap_title")), date)
    if doc.kind == "business_plan":
        chair = doc.people[0]
        heads = doc.style["headings"]
        w.heading(heads["foreword"])
        w.plain(heads["plan_foreword"].format(board=cover_name(board)))
        w.signoff(chair.name, chair.role or "")
        write_plan(w, doc)
    else:
        write_report(w, doc, rng)
    return w.doc


def build_board(board: Board, out_dir: Path) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in [*out_dir.glob("*.pdf"), *out_dir.glob("*.docx")]:
        old.unlink()
    files: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix=f"cf-var-{board.slug}-") as tmp:
        work = Path(tmp)
        for doc in board.docs:
            wordkit.save(write_doc(board, doc), work / f"{doc.stem}.docx")
        convert.to_pdf([work / f"{d.stem}.docx" for d in board.docs], work)
        for doc in board.docs:
            files[doc.doc_id] = _publish(doc, work, out_dir)
    truth = board_truth(board, files)
    (out_dir / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return checks.docx_missing(truth, out_dir) + checks.pdf_missing(truth, out_dir)


def _publish(doc: Doc, work: Path, out_dir: Path) -> list[dict]:
    pdf = work / f"{doc.stem}.pdf"
    out = []
    if "docx" in doc.formats:
        shutil.copy(work / f"{doc.stem}.docx", out_dir / f"{doc.stem}.docx")
        out.append({"file": f"{doc.stem}.docx", "format": "docx", "pages": None})
    if "pdf" in doc.formats:
        shutil.copy(pdf, out_dir / f"{doc.stem}.pdf")
        out.append({"file": f"{doc.stem}.pdf", "format": "pdf", "pages": convert.page_count(pdf)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=sorted(PARTS), action="append")
    parser.add_argument("--board", action="append", help="only this board slug (repeatable)")
    parser.add_argument("--png", type=Path, help="render every PDF page to PNG in DIR")
    args = parser.parse_args(argv)
    if not convert.soffice_available():
        print("LibreOffice (soffice) is needed to rebuild the variants", file=sys.stderr)
        return 2
    problems = 0
    for part in args.part or sorted(PARTS):
        for board in boards(part):
            if args.board and board.slug not in args.board:
                continue
            out_dir = ROOT / part / board.slug
            missing = build_board(board, out_dir)
            for m in missing:
                print("  TRUTH NOT IN DOCUMENT:", m, file=sys.stderr)
            print(f"{part}/{board.slug}: {len(board.docs)} documents, {len(missing)} problems")
            problems += len(missing)
            if args.png:
                _pngs(out_dir, args.png / part)
    return 1 if problems else 0


def _pngs(out_dir: Path, png_dir: Path) -> None:
    png_dir.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(out_dir.glob("*.pdf")):
        for page in range(1, convert.page_count(pdf) + 1):
            convert.render_png(pdf, page, png_dir / f"{out_dir.name}_{pdf.stem}_p{page:02d}")
