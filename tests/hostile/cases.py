# ruff: noqa: E501  (hand-written PDF and XML bytes read best on one line)
"""The hostile set of issue 16: every case a small file generated here (nothing
downloaded), in the issue's nine groups. Each file must end in a clear refusal (our
words, naming the file) in at most 5 s, at most 300 MB per reader, nothing stored but
the record; `filenames` cases carry a good file and must come out with a clean label;
`tenancy` cases are requests to the service (`tests.hostile.service`).

`python -m tests.hostile.measure` runs them all through each channel.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from tests.hostile import build as b

Expect = Literal["refuse", "label", "probe"]
GROUPS = (
    "malformed",
    "type confusion",
    "resource exhaustion",
    "XML entities",
    "parser logic",
    "encryption",
    "active content",
    "filenames",
    "tenancy",
)


@dataclass(frozen=True)
class Case:
    name: str
    group: str
    filename: str
    build: Callable[[], bytes]
    expect: Expect = "refuse"


CASES: list[Case] = []


def case(
    group: str, filename: str, expect: Expect = "refuse"
) -> Callable[..., Callable[[], bytes]]:
    def register(fn: Callable[[], bytes]) -> Callable[[], bytes]:
        assert group in GROUPS, group
        CASES.append(Case(fn.__name__, group, filename, fn, expect))
        return fn

    return register


def simple(name: str, group: str, filename: str, data: Callable[[], bytes]) -> None:
    CASES.append(Case(name, group, filename, data))


M = "malformed"
simple("empty_file", M, "empty.pdf", lambda: b"")
simple("one_byte", M, "one.pdf", lambda: b"%")
simple("pdf_header_only", M, "header.pdf", lambda: b"%PDF-1.7\n")
simple("pdf_truncated_half", M, "half.pdf", lambda: b.good_pdf()[: len(b.good_pdf()) // 2])
simple("pdf_no_objects", M, "bare.pdf", lambda: b"%PDF-1.4\ntrailer\n<< >>\n%%EOF\n")
simple("pdf_garbage_body", M, "garbage.pdf", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 40)
simple("pdf_no_catalog", M, "nocatalog.pdf", lambda: b.raw_pdf([b"<< /Type /Font >>"]))
simple(
    "pdf_pages_not_a_dict",
    M,
    "pages.pdf",
    lambda: b.raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"(not a page tree)"]),
)
simple("zip_header_only", M, "header.docx", lambda: b.ZIP_MAGIC + b"\0" * 50)
simple("zip_truncated", M, "cut.docx", lambda: b.good_docx()[:3000])


@case(M, "crc.docx")
def zip_bad_crc() -> bytes:
    data = bytearray(b.good_docx())
    at = data.index(b"word/document.xml") + len(b"word/document.xml") + 40
    data[at] ^= 0xFF
    return bytes(data)


simple(
    "docx_no_main_part",
    M,
    "nomain.docx",
    lambda: b.rezip(b.good_docx(), {"word/document.xml": None}),
)
simple(
    "docx_broken_xml",
    M,
    "brokenxml.docx",
    lambda: b.rezip(b.good_docx(), {"word/document.xml": b"<w:document><w:body><w:p>"}),
)
simple("docx_empty_body", M, "blank.docx", lambda: b.with_document_xml(""))

T = "type confusion"
simple("png_named_pdf", T, "photo.pdf", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
simple("jpeg_named_docx", T, "photo.docx", lambda: b"\xff\xd8\xff\xe0\0\x10JFIF" + b"\0" * 200)
simple("html_named_pdf", T, "page.pdf", lambda: b"<!doctype html><script>alert(1)</script>")
simple("text_named_docx", T, "notes.docx", lambda: b"=cmd|' /C calc'!A0\n<script>x</script>\n")
simple("gzip_named_pdf", T, "report.pdf", lambda: zlib.compress(b"x" * 1000)[:2] + b"\x1f\x8b" * 50)
simple("elf_named_pdf", T, "report.pdf", lambda: b"\x7fELF\x02\x01\x01" + b"\0" * 300)
simple(
    "xlsx_named_docx",
    T,
    "plan.docx",
    lambda: b.plain_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
)
simple(
    "pptx_named_docx",
    T,
    "plan.docx",
    lambda: b.plain_zip({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}),
)
simple("plain_zip_named_docx", T, "plan.docx", lambda: b.plain_zip({"readme.txt": b"hello"}))
simple("ole_named_docx", T, "plan.docx", lambda: b.ole(["Root Entry", "Workbook"]))
simple("pdf_zip_polyglot", T, "both.pdf", lambda: b.good_pdf() + b.good_docx())


@case(T, "plan.docx")
def zip_with_pdf_first() -> bytes:
    return b.rezip(b.good_docx(), {"aaa.pdf": b.good_pdf()}, stored=True)


simple("pdf_after_junk_header", T, "late.pdf", lambda: b"MZ" + b"\0" * 2000 + b.good_pdf())

R = "resource exhaustion"
simple(
    "pdf_flate_bomb",
    R,
    "bomb.pdf",
    lambda: b.content_pdf(b.flate_stream(b.deflate_zeros(200 * b.MB))),
)


@case(R, "chain.pdf")
def pdf_chained_flate() -> bytes:
    once = b.deflate_zeros(200 * b.MB, b" ")
    return b.content_pdf(b.flate_stream(zlib.compress(once, 9), b"[/FlateDecode /FlateDecode]"))


@case(R, "qq.pdf")
def pdf_25m_q_operators() -> bytes:
    return b.content_pdf(b.flate_stream(_qq()))


def _qq() -> bytes:
    comp = zlib.compressobj(9)
    block = b"q Q " * (1 << 18)
    return b"".join(comp.compress(block) for _ in range(48)) + comp.flush()


simple(
    "pdf_3m_chars_one_page",
    R,
    "chars.pdf",
    lambda: b.one_page_pdf(b"BT /F1 1 Tf 0 0 Td (" + b"x" * 3_000_000 + b") Tj ET"),
)
simple(
    "pdf_huge_tj_array",
    R,
    "tj.pdf",
    lambda: b.one_page_pdf(b"BT /F1 1 Tf 0 0 Td [" + b"(x) -1 " * 600_000 + b"] TJ ET"),
)
simple(
    "pdf_huge_array_operand",
    R,
    "array.pdf",
    lambda: b.one_page_pdf(b"[" + b"0 " * 3_000_000 + b"] 0 d"),
)
simple(
    "pdf_many_short_operators",
    R,
    "ops.pdf",
    lambda: b.one_page_pdf(b"BT /F1 1 Tf " + b"0 0 Td " * 1_000_000 + b"ET"),
)
simple(
    "pdf_many_pages",
    R,
    "pages.pdf",
    lambda: b.pages_pdf([b"BT /F1 12 Tf 72 720 Td (p) Tj ET"] * 2100),
)


@case(R, "form.pdf")
def pdf_form_drawn_a_million_times() -> bytes:
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 20 >>\nstream\n"
    form += b"BT /F1 1 Tf (xxxxxxxx) Tj ET"[:20] + b"\nendstream"
    content = zlib.compress(b"/X1 Do " * 1_000_000, 9)
    return b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /X1 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        b.flate_stream(content),
        form,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )


@case(R, "image.pdf")
def pdf_image_bomb() -> bytes:
    pixels = b.deflate_zeros(150 * b.MB)
    image = b.flate_stream(
        pixels,
        extra=b"/Type /XObject /Subtype /Image /Width 20000 /Height 5000 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 ",
    )
    return b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b.flate_stream(zlib.compress(b"q 612 0 0 792 0 0 cm /Im1 Do Q")),
        image,
    )


@case(R, "giant-page.pdf")
def pdf_image_bomb_on_a_giant_page() -> bytes:
    """A page claiming 200 x 200 inches (so that 600 dpi would allow any image) drawing
    an image of 400 M pixels: held to `Limits.max_scan_pixels` whatever the page says."""
    image = b.flate_stream(
        b.deflate_zeros(150 * b.MB),
        extra=b"/Type /XObject /Subtype /Image /Width 20000 /Height 20000 "
        b"/ColorSpace [/ICCBased 6 0 R] /BitsPerComponent 8 ",
    )
    return b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b.flate_stream(zlib.compress(b"q 14400 0 0 14400 0 0 cm /Im1 Do Q")),
        image,
        b.flate_stream(zlib.compress(b"\0" * 64), extra=b"/N 3 "),
    )


@case(R, "lzw.pdf")
def pdf_lzw_stream_bomb() -> bytes:
    return b.content_pdf(b.flate_stream(b.deflate_zeros(150 * b.MB), b"[/FlateDecode /LZWDecode]"))


simple(
    "docx_part_bomb",
    R,
    "bomb.docx",
    lambda: b.with_big_part(
        b.rezip(b.good_docx(), {"word/document.xml": None}), "word/document.xml", 200 * b.MB, b" "
    ),
)
simple(
    "docx_media_bomb",
    R,
    "media.docx",
    lambda: b.with_big_part(b.good_docx(), "word/media/image1.png", 200 * b.MB),
)
simple(
    "docx_many_entries",
    R,
    "entries.docx",
    lambda: b.rezip(b.good_docx(), {f"word/media/i{i}.bin": b"" for i in range(6000)}),
)


@case(R, "text.docx")
def docx_text_past_spacy_limit() -> bytes:
    para = "<w:p><w:r><w:t>" + "word " * 1000 + "</w:t></w:r></w:p>"
    return b.with_document_xml(para * 600)


@case(R, "nested.docx")
def docx_tables_nested_deep() -> bytes:
    inner = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(400):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return b.with_document_xml(inner + "<w:p/>")


simple("oversized_file", R, "huge.pdf", lambda: b"%PDF-1.4\n" + b"0" * (51 * b.MB))

X = "XML entities"
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10) for i in range(8)
    )
    + b"]>"
)
simple(
    "billion_laughs_document",
    X,
    "laughs.docx",
    lambda: b.with_document_xml("<w:p><w:r><w:t>&i;</w:t></w:r></w:p>", LAUGHS),
)
simple(
    "external_entity_file",
    X,
    "xxe.docx",
    lambda: b.with_document_xml(
        "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>",
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ),
)
simple(
    "external_entity_http",
    X,
    "ssrf.docx",
    lambda: b.with_document_xml(
        "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>",
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1:9/">]>',
    ),
)
simple(
    "parameter_entity",
    X,
    "param.docx",
    lambda: b.with_document_xml(
        "<w:p/>",
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>',
    ),
)
simple(
    "dtd_in_content_types",
    X,
    "types.docx",
    lambda: b.with_doctype("[Content_Types].xml", b"<!DOCTYPE Types>"),
)
simple("dtd_in_styles", X, "styles.docx", lambda: b.with_doctype("word/styles.xml", LAUGHS[21:]))
simple("dtd_in_rels", X, "rels.docx", lambda: b.with_doctype("_rels/.rels", b"<!DOCTYPE r>"))
simple(
    "dtd_in_core_props",
    X,
    "core.docx",
    lambda: b.with_doctype("docProps/core.xml", b'<!DOCTYPE c [<!ENTITY t "t">]>'),
)
simple(
    "dtd_in_custom_xml",
    X,
    "custom.docx",
    lambda: b.rezip(
        b.good_docx(), {"customXml/item1.xml": b"<!DOCTYPE x [<!ENTITY a 'a'>]><x>&a;</x>"}
    ),
)
simple(
    "pdf_xmp_entities",
    X,
    "xmp.pdf",
    lambda: b.raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream"
            % (len(LAUGHS) + 8, LAUGHS + b"<x>&i;</x>"),
        ]
    ),
)

P = "parser logic"
simple(
    "mediabox_self_reference",
    P,
    "mediabox.pdf",
    lambda: b.page_pdf(b"<< /Type /Page /Parent 2 0 R /MediaBox 3 0 R >>"),
)
simple(
    "count_reference_loop",
    P,
    "count.pdf",
    lambda: b.raw_pdf(
        [
            b.CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 4 0 R >>",
            b"<< /Type /Page /Parent 2 0 R >>",
            b"5 0 R",
            b"4 0 R",
        ]
    ),
)
simple(
    "page_tree_contains_itself",
    P,
    "loop.pdf",
    lambda: b.raw_pdf([b.CATALOG, b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
)
simple(
    "kids_point_back",
    P,
    "kids.pdf",
    lambda: b.raw_pdf(
        [
            b.CATALOG,
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    ),
)


@case(P, "deep.pdf")
def page_tree_5000_deep() -> bytes:
    n = 5000
    objs = [b.CATALOG]
    for i in range(2, n + 2):
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 1))
    objs.append(b"<< /Type /Page /MediaBox [0 0 612 792] >>")
    return b.raw_pdf(objs)


simple(
    "nested_arrays_in_page",
    P,
    "nest.pdf",
    lambda: b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X "
        + b"[" * 5000
        + b"]" * 5000
        + b" >>"
    ),
)
simple(
    "nested_dicts_in_page",
    P,
    "dicts.pdf",
    lambda: b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /A " + b"<< /A " * 3000 + b"1" + b" >>" * 3000 + b" >>"
    ),
)
simple(
    "resources_self_reference",
    P,
    "res.pdf",
    lambda: b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R >>", b"4 0 R"
    ),
)


@case(P, "prev.pdf")
def xref_prev_loop() -> bytes:
    data = b.raw_pdf([b.CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"])
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return data.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % start)


simple(
    "length_self_reference",
    P,
    "length.pdf",
    lambda: b.content_pdf(b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream"),
)


@case(P, "objstm.pdf")
def object_stream_claims_millions() -> bytes:
    body = b"1 0 "
    return b.raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Type /ObjStm /N 50000000 /First 4 /Length %d >>\nstream\n%s\nendstream"
            % (len(body), body),
        ]
    )


simple(
    "docx_deep_xml_nesting",
    P,
    "deepxml.docx",
    lambda: b.with_document_xml("<w:p>" + "<w:r>" * 20000 + "</w:r>" * 20000 + "</w:p>"),
)
simple(
    "docx_rels_point_outside",
    P,
    "rels.docx",
    lambda: b.rezip(
        b.good_docx(),
        {
            "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../etc/passwd"/></Relationships>'
        },
    ),
)

E = "encryption"


@case(E, "secret.pdf")
def pdf_rc4_user_password() -> bytes:
    import io

    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=StandardEncryption("user", "owner"))
    c.drawString(72, 720, "Secret minutes")
    c.save()
    return buf.getvalue()


@case(E, "secret40.pdf")
def pdf_rc4_40bit_user_password() -> bytes:
    import io

    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=StandardEncryption("user", "owner", strength=40))
    c.drawString(72, 720, "Secret minutes")
    c.save()
    return buf.getvalue()


simple("pdf_unknown_security_handler", E, "handler.pdf", lambda: b.pdf_encrypt_dict(b"Acme.Lock"))
simple("pdf_public_key_security", E, "pubsec.pdf", lambda: b.pdf_encrypt_dict(b"Adobe.PubSec"))
simple(
    "pdf_aes256_bad_keys",
    E,
    "aes.pdf",
    lambda: b.pdf_encrypt_dict(b"Standard", b"/V 5 /R 6 /OE <00> /UE <00> "),
)
simple(
    "encrypted_office_package",
    E,
    "plan.docx",
    lambda: b.ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
)
simple(
    "encrypted_office_named_pdf",
    E,
    "plan.pdf",
    lambda: b.ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
)

A = "active content"
simple(
    "docm_named_docx",
    A,
    "plan.docx",
    lambda: b.rezip(b.good_docx(), {"word/vbaProject.bin": b.OLE_MAGIC + b"\0" * 500}),
)


@case(A, "plan.docx")
def macro_content_type() -> bytes:
    data = b.good_docx()
    types = b.docx_part(data, "[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return b.rezip(data, {"[Content_Types].xml": types})


simple(
    "vba_part_elsewhere",
    A,
    "plan.docx",
    lambda: b.rezip(
        b.good_docx(), {"word/vbaData.xml": b"<wne:vbaSuppData/>", "word/vbaProject.bin": b"x"}
    ),
)
simple(
    "activex_control",
    A,
    "activex.docx",
    lambda: b.rezip(
        b.good_docx(),
        {"word/activeX/activeX1.bin": b.OLE_MAGIC + b"\0" * 100, "word/vbaProject.bin": b"\0"},
    ),
)
simple(
    "dotm_template_type",
    A,
    "plan.docx",
    lambda: b.rezip(
        b.good_docx(),
        {
            "[Content_Types].xml": b.docx_part(b.good_docx(), "[Content_Types].xml").replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
            )
        },
    ),
)
simple(
    "pdf_javascript_with_zip",
    A,
    "js.pdf",
    lambda: (
        b.raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
                b"<< /Type /Pages /Kids [] /Count 0 >>",
            ]
        )
        + b.good_docx()
    ),
)
simple(
    "pdf_launch_action_no_text",
    A,
    "launch.pdf",
    lambda: b.page_pdf(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /AA << /O << /S /Launch /F (cmd.exe) >> >> >>"
    ),
)

F = "filenames"
for _name, _label in [
    ("path_traversal_name", "../../etc/passwd.docx"),
    ("windows_path_name", "C:\\Windows\\system32\\plan.docx"),
    ("rtl_override_name", "plan\u202excod.exe.docx"),
    ("zero_width_name", "pl\u200ban\u200d\ufeff.docx"),
    ("nul_and_control_name", "plan\x00\x1b[31m.docx"),
    ("newline_header_name", "plan\r\nSet-Cookie: x=1.docx"),
    ("html_name", "<img src=x onerror=alert(1)>.docx"),
    ("very_long_name", "a" * 5000 + ".docx"),
    ("dots_only_name", "...."),
    ("bidi_isolate_name", "\u2067plan\u2069.docx"),
    ("reserved_device_name", "CON.docx"),
    ("leading_dot_name", ".plan.docx"),
    ("name_past_250_bytes", "é" * 126 + ".docx"),
]:
    CASES.append(Case(_name, F, _label, b.good_docx, "label"))

N = "tenancy"
for _name in [
    "read_other_boards_document",
    "delete_other_boards_document",
    "upload_to_other_board",
    "id_past_2_63",
    "negative_id",
    "other_board_valid_upload_unaffected",
]:
    CASES.append(Case(_name, N, "", lambda: b"", "probe"))


def by_name(name: str) -> Case:
    for c in CASES:
        if c.name == name:
            return c
    raise KeyError(name)
