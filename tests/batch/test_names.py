"""A batch's output names are safe and unique whatever the region's files are called
(issue 16): bidi and zero-width controls, names Windows reserves, leading dots, names
near the file system's 255 bytes, and names that come out the same once made safe.
Unit rules on `service.batch.names`, then a real run over a board of such files."""

from __future__ import annotations

import json
from pathlib import Path

from extract.text_rules import BIDI_CONTROLS, INVISIBLE
from service.batch.names import MAX_BYTES, safe_name, unique_names
from service.batch.run import BatchOptions, run_batch
from tests.hostile.build import good_docx

CONTROLS = set(BIDI_CONTROLS + INVISIBLE)
FILE_SYSTEM_BYTES = 255
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


def _plain(name: str) -> bool:
    return (
        bool(name)
        and not name.startswith(".")
        and not any(c in CONTROLS or c in WINDOWS_FORBIDDEN or ord(c) < 32 for c in name)
        and len(name.encode()) <= FILE_SYSTEM_BYTES
    )


def test_a_name_loses_what_a_file_system_or_a_reader_trips_on() -> None:
    assert safe_name("plan\u202efdp.docx") == "planfdp.docx"
    assert safe_name("..report.pdf") == "report.pdf"
    assert safe_name("...") == "unnamed"
    assert safe_name("CON.pdf") == "_CON.pdf"
    assert safe_name("nul") == "_nul"
    assert safe_name("lpt1.docx") == "_lpt1.docx"
    assert safe_name("a<b>:c|d?.pdf") == "a_b__c_d_.pdf"
    long = safe_name("é" * 300 + ".docx")
    assert long.endswith(".docx") and len(long.encode()) <= MAX_BYTES
    assert long.encode().decode("utf-8") == long  # no character cut in half


def test_names_that_come_out_the_same_are_told_apart() -> None:
    names = unique_names(["a.pdf", "a\u202e.pdf", "A.pdf", "a\u200b.pdf", "b.pdf"])
    assert names == {
        "a.pdf": "a.pdf",
        "a\u202e.pdf": "a-2.pdf",
        "A.pdf": "A-3.pdf",
        "a\u200b.pdf": "a-4.pdf",
        "b.pdf": "b.pdf",
    }
    cut = unique_names(["x" * 240 + ".pdf", "x" * 241 + ".pdf"])
    assert len({v.casefold() for v in cut.values()}) == 2
    assert all(len(v.encode()) <= MAX_BYTES for v in cut.values())


HOSTILE_NAMES = (
    "plan.docx",
    "plan\u202excod.docx",
    "Plan.docx",
    "CON.docx",
    "..hidden.docx",
    "x" * 248 + ".docx",
    "y\u2066" + "y" * 240 + ".docx",
)


def test_a_run_over_hostile_names_writes_each_findings_once_under_a_plain_name(
    tmp_path: Path,
) -> None:
    board = tmp_path / "region" / "board\u202e CON"
    board.mkdir(parents=True)
    for i, name in enumerate(HOSTILE_NAMES):
        (board / name).write_bytes(good_docx(f"The board will review its offer number {i}."))
    out = tmp_path / "out"
    result = run_batch(tmp_path / "region", out, BatchOptions(workers=1, progress=False))
    assert not [f for f in result.failures if f.get("file")], result.failures
    log = json.loads((out / "run.json").read_text(encoding="utf-8"))
    written = {d["file"]: d["findings"] for d in log["documents"]}
    assert set(written) == set(HOSTILE_NAMES)
    assert len({w.casefold() for w in written.values()}) == len(HOSTILE_NAMES)
    for file, relative in written.items():
        parts = Path(relative).parts
        assert parts[0] == "boards" and all(_plain(p) for p in parts), relative
        findings = json.loads((out / relative).read_text(encoding="utf-8"))
        assert not CONTROLS & set(findings["document"]["file"]), file
    [folder] = (out / "boards").iterdir()
    assert _plain(folder.name) and folder.name == "board CON"
