"""A real mis-reading to correct: a dev variant's plan (`rag_plan` layout, one table per
priority, `No | Actions | Lead Officer | By when | Status`) whose RAG column is headed
"Progress" instead of "Status", as many boards head it. Header words alone make the
reader take the plan's tables for progress tables: its actions are read as progress
rows. The file is the generator's own .docx with only that header cell's text changed
(the truth — its 11 actions — is the generator's, in truth.json)."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BOARD = REPO / "corpora" / "variants" / "dev" / "elmstead-vale"
PLAN = "2022-23_business_plan.docx"
RENAMED = ("Status", "Progress")


def misread_plan() -> bytes:
    """The plan's bytes with its Status header cells saying "Progress"."""
    out = BytesIO()
    with zipfile.ZipFile(BOARD / PLAN) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "word/document.xml":
                old, new = RENAMED
                text = data.decode("utf-8")
                assert text.count(f">{old}<") == 3, "one Status header per priority table"
                data = text.replace(f">{old}<", f">{new}<").encode("utf-8")
            w.writestr(info, data)
    return out.getvalue()


def truth_actions() -> list[dict[str, Any]]:
    truth = json.loads((BOARD / "truth.json").read_text(encoding="utf-8"))
    doc = next(d["doc"] for d in truth["documents"] if d["file"] == PLAN)
    return [a for a in truth["actions"] if a["doc"] == doc]
