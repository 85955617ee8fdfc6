"""Hostile PDFs built here, each refused by a structural guard (`extract.pdf.guards`)
with an error naming the file and the problem, before the parser spends its time or
memory on them (the reader's time and memory limits are the backstop, not the rule)."""

from __future__ import annotations

import zlib

import pytest

from extract import HostileFile, TooLarge, extract
from extract.limits import Limits
from tests.pdf_build import one_page_pdf, raw_pdf

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELLO = b"<< /Length 35 >>\nstream\nBT /F1 12 Tf 72 720 Td (Hi) Tj ET\nendstream"


def _flate_stream(data: bytes, filters: bytes = b"/FlateDecode") -> bytes:
    return b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"


def test_a_mediabox_that_is_its_own_reference_is_refused() -> None:
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            HELLO,
            FONT,
            b"6 0 R",
        ]
    )
    assert len(data) < 1000
    with pytest.raises(HostileFile, match=r"^box\.pdf: the PDF's objects refer to themselves"):
        extract(data, filename="box.pdf")


def test_a_page_count_in_a_reference_loop_is_refused() -> None:
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 4 0 R >>",
            b"<< /Type /Page >>",
            b"5 0 R",
            b"4 0 R",
        ]
    )
    with pytest.raises(HostileFile, match=r"refer to themselves in a loop"):
        extract(data, filename="count.pdf")


def test_a_page_tree_thousands_of_levels_deep_is_refused() -> None:
    levels = 5000
    nodes = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 3) for i in range(levels)]
    data = raw_pdf([CATALOG, *nodes, b"<< /Type /Page /MediaBox [0 0 612 792] >>"])
    with pytest.raises(HostileFile, match=r"^deep\.pdf: the PDF's page tree nests without end"):
        extract(data, filename="deep.pdf")


def test_a_page_tree_that_contains_itself_is_refused() -> None:
    data = raw_pdf(
        [CATALOG, b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", b"<< /Type /Page >>"]
    )
    with pytest.raises(HostileFile, match=r"page tree contains itself"):
        extract(data, filename="loop.pdf")


def test_25_million_q_operators_are_refused_by_count() -> None:
    data = one_page_pdf(b"q Q " * 25_000_000)
    assert len(data) < 100_000
    with pytest.raises(HostileFile, match=r"^qq\.pdf: page 1 has over 200,000 drawing operators"):
        extract(data, filename="qq.pdf")


def test_three_million_characters_on_one_page_are_refused() -> None:
    data = one_page_pdf(b"BT /F1 1 Tf 72 720 Td (" + b"x" * 3_000_000 + b") Tj ET")
    assert len(data) < 4000
    with pytest.raises(HostileFile, match=r"^x\.pdf: page 1 draws over 50,000 characters"):
        extract(data, filename="x.pdf")


def test_characters_in_hex_strings_and_arrays_count_too() -> None:
    data = one_page_pdf(b"BT /F1 1 Tf [<" + b"41" * 60_000 + b"> -10 (" + b"y" * 100 + b")] TJ ET")
    with pytest.raises(HostileFile, match=r"draws over 50,000 characters"):
        extract(data, filename="hex.pdf")


def test_a_small_page_under_the_limits_is_read() -> None:
    document = extract(one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Annual report \\(draft\\)) Tj ET"))
    assert "Annual report (draft)" in " ".join(getattr(b, "text", "") for b in document.blocks)


def test_one_content_stream_drawn_again_counts_again() -> None:
    stream = zlib.compress(b"q Q " * 10_000, 9)  # 20,000 operators
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %s >>"
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
            _flate_stream(stream),
            page % b"3 0 R",
            page % b"[3 0 R 3 0 R]",
        ]
    )
    with pytest.raises(HostileFile, match=r"^shared\.pdf: page 2 has over 30,000 drawing"):
        extract(data, filename="shared.pdf", limits=Limits(max_page_operators=30_000))


def test_a_form_drawn_many_times_counts_each_time() -> None:
    form = b"BT /F1 1 Tf (" + b"z" * 2_000 + b") Tj ET"
    form_obj = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Length %d >>\nstream\n"
        % len(form)
        + form
        + b"\nendstream"
    )
    content = b"/X1 Do " * 100
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            FONT,
            form_obj,
        ]
    )
    with pytest.raises(HostileFile, match=r"page 1 draws over 50,000 characters"):
        extract(data, filename="forms.pdf")


def test_chained_flate_filters_are_measured_stage_by_stage() -> None:
    inner = zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET " + b" " * (400 << 20), 9)
    outer = zlib.compress(inner, 9)
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _flate_stream(outer, b"[/FlateDecode /FlateDecode]"),
        ]
    )
    assert len(data) < 8000
    with pytest.raises(
        HostileFile, match=r"^chain\.pdf: page 1 has a stream inflating over 100 times"
    ):
        extract(data, filename="chain.pdf")


def test_a_stage_past_its_absolute_cap_is_too_large() -> None:
    inner = zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET " + b" " * (3 << 20), 9)
    data = raw_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _flate_stream(inner),
        ]
    )
    with pytest.raises(TooLarge, match=r"inflating past 1 MB in one filter stage"):
        extract(data, filename="big.pdf", limits=Limits(max_part_bytes=1 << 20))


def test_text_far_beyond_the_input_size_is_a_bomb() -> None:
    limits = Limits(text_ratio_threshold=1000, max_text_ratio=2)
    line = b"(abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz) Tj 0 -9 Td "
    data = one_page_pdf(b"BT /F1 8 Tf 72 780 Td " + line * 80 + b" ET")
    assert len(data) * 2 < 80 * 52
    with pytest.raises(HostileFile, match=r"expand to over .* characters of text"):
        extract(data, filename="ratio.pdf", limits=limits)
