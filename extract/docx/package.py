"""Open a Word package safely: our own zip reading, counted inflation, guarded XML.

Nothing here trusts the file. The zip is opened with `zipfile`; its entry count is
checked against `Limits.max_zip_entries`; every part we need is inflated in chunks
while counting the bytes actually produced (declared sizes lie) against
`Limits.max_part_bytes` and `Limits.max_unzipped_bytes`. Parts we do not need are
never inflated. Every XML part is rejected if it carries a DTD or an entity
declaration (OOXML forbids both), then parsed by lxml with entity resolution,
network access and huge trees switched off.

Errors: a damaged or truncated zip, a missing main part or malformed XML →
`CorruptFile`; limits passed → `TooLarge`, or `HostileFile` when the inflation ratio
or the markup is that of an attack.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from extract.errors import CorruptFile, HostileFile, TooLarge
from extract.limits import Limits

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "/officeDocument"
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CHUNK = 64 * 1024
_BOMB_RATIO = 200
"""Inflating more than this many bytes per compressed byte is a bomb, not a document."""

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
            raise CorruptFile(
                f"the Word package is damaged: part {name} cannot be read ({exc})",
                file=self.file,
            ) from exc
        except NotImplementedError as exc:
            raise CorruptFile(
                f"part {name} uses an unsupported zip compression ({exc})", file=self.file
            ) from exc
        except RuntimeError as exc:  # encrypted zip entries
            raise CorruptFile(f"part {name} is encrypted ({exc})", file=self.file) from exc
        return bytes(out)

    def _check(self, name: str, size: int, info: zipfile.ZipInfo) -> None:
        over_part = size > self.limits.max_part_bytes
        over_total = self.total > self.limits.max_unzipped_bytes
        if not (over_part or over_total):
            return
        limit = self.limits.max_part_bytes if over_part else self.limits.max_unzipped_bytes
        what = f"part {name}" if over_part else "the Word package"
        message = f"{what} inflates past {limit:,} bytes"
        compressed = info.compress_size
        if max(size, info.file_size) > _BOMB_RATIO * max(compressed, 1):
            raise HostileFile(
                f"{message} from {compressed:,} compressed bytes: a zip bomb", file=self.file
            )
        raise TooLarge(message, file=self.file)


def open_package(data: bytes, *, file: str, limits: Limits) -> Package:
    """Read and verify the parts of a .docx held in `data`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise CorruptFile(
            f"the file is not a readable Word package: the zip is damaged or truncated ({exc})",
            file=file,
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
        return _load(_PartReader(archive, file=file, limits=limits))


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
        if "depth" in message.lower() or "huge" in message.lower():
            raise HostileFile(f"part {name} nests XML too deeply ({message})", file=file) from exc
        raise CorruptFile(f"part {name} is not well-formed XML ({message})", file=file) from exc
    if root is None:
        raise CorruptFile(f"part {name} is empty", file=file)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise HostileFile(f"part {name} declares a DTD, which Word files never do", file=file)
    return root


def _refuse_dtd(raw: bytes, name: str, *, file: str) -> None:
    text = raw
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16", "replace").encode("utf-8")
    if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
        raise HostileFile(
            f"part {name} declares a DTD or XML entities, which Word files never do", file=file
        )
