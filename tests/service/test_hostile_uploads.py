"""Hostile uploads: each gets a clear 4xx (and nothing is stored) or a failed status
with a reason a person can act on, within seconds; the service keeps answering."""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from service.web.app import create_app
from tests.extract import docx_build as b
from tests.pdf_build import hanging_pdf, raw_pdf
from tests.service.conftest import HARROWFIELD, Board, make_settings, seed, wait_done

MB = 1024 * 1024
DOC_NS = f"<w:document {b.NSDECL}><w:body>"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    data = tmp_path_factory.mktemp("hostile") / "data"
    settings = make_settings(data, max_file_mb=2, job_timeout_s=30, job_memory_mb=1024)
    with TestClient(create_app(settings)) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def send(board: Board, name: str, data: bytes) -> Any:
    files = [("files", (name, data, "application/octet-stream"))]
    return board.as_("manager", "POST", f"/api/boards/{board.id}/documents", files=files)


def stored(board: Board) -> tuple[int, list[Path]]:
    services = board.client.app.state.services  # type: ignore[attr-defined]
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    return len(docs), [p for p in services.blobs.root.rglob("*") if p.is_file()]


def _good_docx(text: str = "A paragraph of body text.") -> bytes:
    doc = b.new()
    doc.add_paragraph(text)
    return b.to_bytes(doc)


def _encrypted_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=StandardEncryption("user", "owner"))
    c.drawString(72, 720, "Secret minutes")
    c.save()
    return buf.getvalue()


def _pdf_bomb() -> bytes:
    content = zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" + b" " * (160 * MB), 9)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            stream + b"\nendstream",
        ]
    )


def _pdf_cycle() -> bytes:
    # The page tree's kids point back at the tree: a reference cycle.
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    )


def _docx_bomb() -> bytes:
    bomb = DOC_NS.encode() + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" + b" " * (160 * MB)
    return b.rezip(_good_docx(), {"word/document.xml": bomb + b"</w:body></w:document>"})


def _docx_entities() -> bytes:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        + DOC_NS.encode()
        + b"<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    return b.rezip(_good_docx(), {"word/document.xml": evil})


@pytest.mark.parametrize(
    ("name", "data", "status", "words"),
    [
        ("big.pdf", b"%PDF-1.4\n" + b"0" * (3 * MB), 413, "limit"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 415, "PNG"),
        ("notes.docx", b"<script>alert(1)</script>\n=cmd|' /C calc'!A0\n", 415, "text"),
        ("empty.pdf", b"", 422, "empty"),
        ("broken.docx", b"PK\x03\x04" + b"\0" * 50, 422, "damaged"),
    ],
)
def test_refused_with_4xx_and_nothing_stored(
    hostile: Board, name: str, data: bytes, status: int, words: str
) -> None:
    before = stored(hostile)
    response = send(hostile, name, data)
    assert response.status_code == status, response.text
    body = response.json()
    assert words.lower() in body["message"].lower() and body["file"] == name
    assert stored(hostile) == before
    services = hostile.client.app.state.services  # type: ignore[attr-defined]
    assert not list(services.blobs.tmp.iterdir())


def test_one_bad_file_refuses_the_whole_request(hostile: Board) -> None:
    before = stored(hostile)
    files = [
        ("files", ("plan.docx", _good_docx("kept?"), "application/octet-stream")),
        ("files", ("x.txt", b"just text", "text/plain")),
    ]
    response = hostile.as_("manager", "POST", f"/api/boards/{hostile.id}/documents", files=files)
    assert response.status_code == 415
    assert stored(hostile) == before


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("corrupt.pdf", lambda: b"%PDF-1.7\n" + b"\x13garbage" * 200, "damaged"),
        (
            "truncated.pdf",
            lambda: (HARROWFIELD / "2019-20_business_plan.pdf").read_bytes()[:3000],
            "",
        ),
        ("bomb.pdf", _pdf_bomb, "inflat"),
        ("cycle.pdf", _pdf_cycle, "contains itself"),
        ("locked.pdf", _encrypted_pdf, "password"),
        ("bomb.docx", _docx_bomb, "bomb"),
        ("entities.docx", _docx_entities, "entit"),
    ],
)
def test_hostile_files_fail_alone_with_a_reason(
    hostile: Board, name: str, make: Any, words: str
) -> None:
    response = send(hostile, name, make())
    assert response.status_code == 201, response.text
    (doc,) = response.json()["documents"]
    started = time.monotonic()
    while True:  # meanwhile, the service answers other requests quickly
        t = time.monotonic()
        assert hostile.as_("manager", "GET", "/api/me").status_code == 200
        assert time.monotonic() - t < 2
        current = hostile.as_("manager", "GET", f"/api/boards/{hostile.id}/documents/{doc['id']}")
        if current.json()["status"] in ("done", "failed"):
            break
        assert time.monotonic() - started < 60, current.json()
        time.sleep(0.2)
    final = current.json()
    assert final["status"] == "failed", final
    assert words.lower() in final["error"]["message"].lower(), final["error"]
    findings = hostile.as_(
        "manager", "GET", f"/api/boards/{hostile.id}/documents/{doc['id']}/findings"
    )
    assert findings.status_code == 409


def test_hostile_names_are_labels_only(hostile: Board) -> None:
    names = ["../../x.docx", "bad\x00\x07\x1bname.docx", "a" * 300 + ".docx", "b" * 5000 + ".docx"]
    for k, name in enumerate(names):
        response = send(hostile, name, _good_docx(f"Paragraph number {k} of the names test."))
        assert response.status_code == 201, response.text
        label = response.json()["documents"][0]["label"]
        assert "/" not in label and "\\" not in label and ".." not in label[:2]
        assert all(ord(c) >= 32 for c in label) and len(label) <= 200
        assert label.endswith(".docx")
    services = hostile.client.app.state.services  # type: ignore[attr-defined]
    root = services.settings.data_dir.resolve()
    assert not (root.parent / "x.docx").exists() and not (root / "x.docx").exists()


def test_script_and_formula_text_is_data(hostile: Board) -> None:
    text = "<script>alert('x')</script> =cmd|' /C calc'!A0"
    response = send(hostile, "script.docx", _good_docx(f"Priority 1: {text}"))
    (doc,) = response.json()["documents"]
    (final,) = wait_done(hostile, [doc["id"]], timeout=60)
    assert final["status"] == "done", final
    got = hostile.as_("manager", "GET", f"/api/boards/{hostile.id}/documents/{doc['id']}/findings")
    assert got.headers["content-type"] == "application/json"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in got.headers["content-security-policy"]
    assert got.json()["priorities"][0]["title"] == text  # kept as data, verbatim


@pytest.fixture(scope="module")
def impatient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    """A service whose reader stops at 2 s."""
    data = tmp_path_factory.mktemp("impatient") / "data"
    with TestClient(create_app(make_settings(data, job_timeout_s=2))) as client:
        first, second, tokens = seed(client)
        yield Board(client, first, second, tokens)


def test_a_hanging_file_is_stopped_at_the_time_limit_and_the_next_is_read(
    impatient: Board,
) -> None:
    files = [
        ("files", ("hang.pdf", hanging_pdf(), "application/pdf")),
        ("files", ("plan.docx", _good_docx("Priority 1: Read after it."), "application/pdf")),
    ]
    url = f"/api/boards/{impatient.id}/documents"
    response = impatient.as_("manager", "POST", url, files=files)
    assert response.status_code == 201, response.text
    ids = [d["id"] for d in response.json()["documents"]]
    hang, plan = wait_done(impatient, ids, timeout=60)
    assert hang["status"] == "failed" and plan["status"] == "done", (hang, plan)
    assert (hang["error"]["error"], hang["error"]["stage"]) == ("TooSlow", "extract")
    assert hang["error"]["file"] == "hang.pdf"
    assert "reading stopped after 2 s (the time limit)" in hang["error"]["message"]
