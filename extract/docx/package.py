"""Open a Word package safely: our own zip reading, counted inflation, guarded XML.

Nothing here trusts the file. The zip is opened with `zipfile`; its entry count is
checked against `Limits.max_zip_entries`; every part we need is inflated in chunks
while counting the bytes actually produced (declared sizes lie) against
`Limits.max_part_bytes` and `Limits.max_unzipped_bytes`. Parts we do not need are
never inflated. Every XML part is rejected if it carries a DTD or an entity
declaration (OOXML forbids both), then parsed by lxml with entity resolution,
network access and huge trees switched off.

Before any part is parsed, every part (media too) is inflated once, not kept: a part
inflating over `Limits.bomb_ratio` times its compressed size past `Limits.bomb_floor`
is a `ZipBomb`, an XML part anywhere declaring a DTD or entities is `DtdDeclared`,
and a package carrying VBA (`vbaProject.bin`, a macro-enabled content type: a .docm
whatever its name) is `MacroEnabled`. A part stored uncompressed with a PDF in it
makes the file a PDF too (`PolyglotFile`, see `_refuse_stored_pdf`).

Errors: a damaged or truncated zip, a missing main part or malformed XML →
`CorruptFile`; limits passed → `TooLarge`, or `HostileFile` when the inflation ratio
or the markup is that of an attack. Library messages go to the log only.
"""

from __future__ import annotations

import io
import logging
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from extract.errors import (
    CorruptFile,
    DtdDeclared,
    HostileFile,
    MacroEnabled,
    PolyglotFile,
    TooLarge,
    ZipBomb,
)
from extract.limits import Limits

log = logging.getLogger("carryforward.extract")

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "/officeDocument"
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CHUNK = 64 * 1024
_MACRO_PART = "vbaproject.bin"
_MACRO_TYPE = b"macroenabled"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)


@dataclass
class Package:
    """The parsed parts a Word backend needs. Missing optional parts are None."""

    document: etree._Element
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    headers: list[etree._Element] = field(default_factory=list)
    """Headers then footers, in relationship order."""
    core: etree._Element | None = None
    app: etree._Element | None = None


class _PartReader:
    """Inflates parts one by one, counting every byte produced."""

    def __init__(self, archive: zipfile.ZipFile, *, file: str, limits: Limits) -> None:
        self.archive = archive
        self.file = file
        self.limits = limits
        self.total = 0
        self.names = {info.filename: info for info in archive.infolist()}

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        info = self.names[name]
        out = bytearray()
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    out += chunk
                    self.total += len(chunk)
                    self._check(name, len(out), info)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
            raise _logged(
                CorruptFile(
                    f"the Word package is damaged: part {name} cannot be read", file=self.file
                ),
                exc,
            ) from exc
        except NotImplementedError as exc:
            raise _logged(
                CorruptFile(f"part {name} uses an unsupported zip compression", file=self.file),
                exc,
            ) from exc
        except RuntimeError as exc:  # encrypted zip entries
            raise _logged(CorruptFile(f"part {name} is encrypted", file=self.file), exc) from exc
        return bytes(out)

    def scan_all(self) -> None:
        """Every part inflated once (not kept) and refused when it is a bomb, past a
        cap, or an XML part declaring a DTD; the parts we need are read after."""
        scanned = 0
        for name, info in self.names.items():
            size = 0
            xml = name.lower().endswith(_XML_SUFFIXES)
            tail = bom = b""
            try:
                with self.archive.open(info) as stream:
                    while chunk := stream.read(_CHUNK):
                        size += len(chunk)
                        scanned += len(chunk)
                        self._check_bomb(name, size, scanned, info)
                        if size == len(chunk):
                            _refuse_stored_pdf(chunk, name, info, file=self.file)
                        if xml:
                            if size == len(chunk) and chunk[:2] in _UTF16_BOMS:
                                bom = chunk[:2]
                            _refuse_dtd(bom + tail + chunk, name, file=self.file)
                            tail = chunk[-16:]
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
                raise _logged(
                    CorruptFile(
                        f"the Word package is damaged: part {name} cannot be read",
                        file=self.file,
                    ),
                    exc,
                ) from exc
            except (NotImplementedError, RuntimeError) as exc:
                raise _logged(
                    CorruptFile(
                        f"part {name} is encrypted or uses an unknown compression", file=self.file
                    ),
                    exc,
                ) from exc

    def _check_bomb(self, name: str, size: int, scanned: int, info: zipfile.ZipInfo) -> None:
        limits = self.limits
        compressed = max(info.compress_size, 1)
        if size > limits.bomb_floor and size > limits.bomb_ratio * compressed:
            raise ZipBomb(
                f"part {name} inflates over {limits.bomb_ratio} times its "
                f"{compressed:,} compressed bytes: a zip bomb",
                file=self.file,
            )
        self._check(name, size, info, total=scanned)

    def _check(self, name: str, size: int, info: zipfile.ZipInfo, total: int | None = None) -> None:
        over_part = size > self.limits.max_part_bytes
        over_total = (self.total if total is None else total) > self.limits.max_unzipped_bytes
        if not (over_part or over_total):
            return
        limit = self.limits.max_part_bytes if over_part else self.limits.max_unzipped_bytes
        what = f"part {name}" if over_part else "the Word package"
        message = f"{what} inflates past {limit:,} bytes"
        compressed = info.compress_size
        if max(size, info.file_size) > self.limits.bomb_ratio * max(compressed, 1):
            raise ZipBomb(
                f"{message} from {compressed:,} compressed bytes: a zip bomb", file=self.file
            )
        raise TooLarge(message, file=self.file)


def open_package(data: bytes, *, file: str, limits: Limits) -> Package:
    """Read and verify the parts of a .docx held in `data`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise _logged(
            CorruptFile(
                "the file is not a readable Word package: the zip is damaged or truncated",
                file=file,
            ),
            exc,
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_entries:
            raise TooLarge(
                f"the Word package lists {len(infos):,} entries; "
                f"the limit is {limits.max_zip_entries:,}",
                file=file,
            )
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise HostileFile("the Word package lists the same part twice", file=file)
        _refuse_macros(archive, names, file=file)
        reader = _PartReader(archive, file=file, limits=limits)
        reader.scan_all()
        return _load(reader)


def _refuse_macros(archive: zipfile.ZipFile, names: list[str], *, file: str) -> None:
    """A package carrying VBA (a .docm, whatever it is named) is refused outright."""
    if any(n.lower().rsplit("/", 1)[-1] == _MACRO_PART for n in names):
        raise MacroEnabled(
            "the Word file carries macros (vbaProject.bin): save it as a plain .docx "
            "without macros",
            file=file,
        )
    if "[Content_Types].xml" in names:
        info = archive.getinfo("[Content_Types].xml")
        with archive.open(info) as stream:
            head = stream.read(1 << 20)
        if _MACRO_TYPE in head.lower():
            raise MacroEnabled(
                "the Word file is macro-enabled (a .docm): save it as a plain .docx without macros",
                file=file,
            )


def _logged(error: CorruptFile, exc: BaseException) -> CorruptFile:
    log.info("%s: zip/xml library error: %s: %.300s", error.file, type(exc).__name__, exc)
    return error


def _load(reader: _PartReader) -> Package:
    main = _main_part(reader)
    if not reader.has(main):
        raise CorruptFile(
            f"the Word package has no main document part ({main} is missing)", file=reader.file
        )
    package = Package(document=parse_xml(reader.read(main), main, file=reader.file))
    rels = _relationships(reader, main)
    package.styles = _optional(
        reader, rels.get("styles", [posixpath.dirname(main) + "/styles.xml"])
    )
    package.numbering = _optional(
        reader, rels.get("numbering", [posixpath.dirname(main) + "/numbering.xml"])
    )
    for kind in ("header", "footer"):
        for name in rels.get(kind, []):
            part = _optional(reader, [name])
            if part is not None:
                package.headers.append(part)
    package.core = _optional(reader, ["docProps/core.xml"])
    package.app = _optional(reader, ["docProps/app.xml"])
    return package


def _main_part(reader: _PartReader) -> str:
    if reader.has("_rels/.rels"):
        root = parse_xml(reader.read("_rels/.rels"), "_rels/.rels", file=reader.file)
        for rel in root.iter(f"{_REL_NS}Relationship"):
            if rel.get("Type", "").endswith(_OFFICE_DOC) and rel.get("TargetMode") != "External":
                return _resolve("", rel.get("Target", ""))
    return "word/document.xml"


def _relationships(reader: _PartReader, part: str) -> dict[str, list[str]]:
    """Relationship targets of `part` by short type ("styles", "header", ...)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if not reader.has(rels_name):
        return {}
    root = parse_xml(reader.read(rels_name), rels_name, file=reader.file)
    out: dict[str, list[str]] = {}
    for rel in root.iter(f"{_REL_NS}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out.setdefault(kind, []).append(_resolve(folder, rel.get("Target", "")))
    return out


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _optional(reader: _PartReader, names: list[str]) -> etree._Element | None:
    for name in names:
        if reader.has(name):
            return parse_xml(reader.read(name), name, file=reader.file)
    return None


def parse_xml(raw: bytes, name: str, *, file: str) -> etree._Element:
    """Parse one XML part; DTDs and entity declarations are refused outright."""
    _refuse_dtd(raw, name, file=file)
    if _STRICT_W in raw[:4096]:
        raw = raw.replace(_STRICT_W, _TRANSITIONAL_W)
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as exc:
        message = str(exc)
        log.info("%s: part %s: xml parser error: %.300s", file, name, message)
        if "depth" in message.lower() or "huge" in message.lower():
            raise HostileFile(f"part {name} nests XML too deeply", file=file) from exc
        raise CorruptFile(f"part {name} is not well-formed XML", file=file) from exc
    if root is None:
        raise CorruptFile(f"part {name} is empty", file=file)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise DtdDeclared(f"part {name} declares a DTD, which Word files never do", file=file)
    return root


def _refuse_stored_pdf(head: bytes, name: str, info: zipfile.ZipInfo, *, file: str) -> None:
    """A part stored uncompressed whose first 1,024 bytes hold a PDF header: the
    file's own bytes then carry a whole PDF, which PDF readers find by scanning for
    the header (they accept it 1 kB in, and lenient ones further): one file shown as
    a Word document here and as a different PDF elsewhere, a polyglot. Word never
    stores a part uncompressed with a PDF in it (a PDF it embeds is wrapped in an OLE
    `.bin`, or deflated as Word for Mac's `media/image*.pdf`), so this is refused
    whatever the part is named. A deflated PDF part is not a polyglot (its bytes on
    disk are not a PDF) and is left alone. Decision for the `zip_with_pdf_first`
    hostile case (a .docx whose last entry, stored, is a PDF)."""
    if info.compress_type == zipfile.ZIP_STORED and b"%PDF-" in head[:1024]:
        raise PolyglotFile(
            f"the Word file also holds a whole PDF (part {name}, stored uncompressed), so "
            "other programs may open it as a different document (a polyglot): save it again "
            "from Word as a plain .docx",
            file=file,
        )


def _refuse_dtd(raw: bytes, name: str, *, file: str) -> None:
    text = raw
    if raw[:2] in _UTF16_BOMS:
        text = raw.decode("utf-16", "replace").encode("utf-8")
    if any(mark in text for mark in _DTD_MARKS):
        raise DtdDeclared(
            f"part {name} declares a DTD or XML entities, which Word files never do", file=file
        )
