"""Structural guards that refuse hostile PDFs in well under a second, before any
parser spends its time or memory on them. They look at pdfminer's parsed objects and
raw stream bytes only, so every PDF backend calls them (from `extract.pdf.open`).

- `check_structure`: the catalog, the document info and the page tree walked with a
  cycle-safe resolver: an object that refers to itself (a `/MediaBox` that is its own
  reference), a page tree that loops or nests deeper than `MAX_TREE_DEPTH`, or
  containers nested past `MAX_VALUE_DEPTH` are refused (`HostileFile`). pdfminer's own
  `resolve1` follows such a chain for ever.
- `StreamBudget`: every stream is inflated stage by stage in chunks, counting what each
  filter stage produces (`Limits.max_part_bytes`) and what the document produces in
  all (`Limits.max_unzipped_bytes`), so `[/FlateDecode /FlateDecode]` chains are
  measured before they are decoded.
- `PageScan`: while a page's content streams are counted, its operators
  (`Limits.max_page_operators`) and the characters its strings draw
  (`Limits.max_page_chars`) are counted too, at C speed (`bytes.translate`/`count`).
- `check_image`: an image about to be rendered (a scanned page read by OCR) whose
  declared pixels (`/Width` x `/Height` x components x bits) or whose inflated stream
  pass `Limits.max_part_bytes` is refused (`TooLarge`) before pdfium decodes it.
- `install_decode_guard`: pdfminer's `PDFStream.decode` measures every stream (fonts,
  CMaps, images, not only page content) against the same budget first.
"""

from __future__ import annotations

import contextvars
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjRef, PDFStream

from extract.errors import HostileFile, TooLarge
from extract.limits import MB, Limits

CHUNK = 1 << 20
PIECE = 1 << 14
MAX_REF_CHAIN = 32
"""References followed in a row before a value is reached (a loop never ends)."""
MAX_TREE_DEPTH = 64
"""Page-tree levels; real files have under ten."""
MAX_VALUE_DEPTH = 16
"""Arrays and dictionaries nested inside one page attribute."""
PAGE_KEYS = ("MediaBox", "CropBox", "Rotate", "Resources", "Contents", "Kids", "Count")
RESOURCE_KEYS = ("Font", "XObject", "ExtGState", "ColorSpace", "Pattern", "Shading")
_FLATE = {"FlateDecode", "Fl"}
_SHRINKING = {"ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"}
_PASSED = {"DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF", "Crypt"}
_EXPANDING = {"LZWDecode", "LZW", "RunLengthDecode", "RL"}


def _cycle(file: str) -> HostileFile:
    return HostileFile("the PDF's objects refer to themselves in a loop", file=file)


def resolve(value: Any, file: str) -> Any:
    """`value` with its references followed, refusing a chain that loops."""
    seen: set[int] = set()
    while isinstance(value, PDFObjRef):
        if value.objid in seen or len(seen) >= MAX_REF_CHAIN:
            raise _cycle(file)
        seen.add(value.objid)
        try:
            value = value.resolve()
        except RecursionError as exc:
            raise _cycle(file) from exc
    return value


def _walk_value(value: Any, file: str, depth: int = 0) -> None:
    """Every reference inside `value` resolvable without a loop, nesting bounded."""
    if depth > MAX_VALUE_DEPTH:
        raise HostileFile("the PDF nests its values without end", file=file)
    value = resolve(value, file)
    if isinstance(value, list):
        for item in value[:64]:
            _walk_value(item, file, depth + 1)
    elif isinstance(value, dict):
        for item in list(value.values())[:64]:
            _walk_value(item, file, depth + 1)


def check_structure(doc: PDFDocument, file: str, limits: Limits) -> None:
    """Catalog, info and page tree free of reference loops and bounded in depth."""
    for info in doc.info:
        _walk_value(info, file)
    pages = resolve(doc.catalog.get("Pages"), file)
    pending: list[tuple[Any, int]] = [(pages, 0)]
    visited: set[int] = set()
    nodes = 0
    while pending:
        node, depth = pending.pop()
        if depth > MAX_TREE_DEPTH:
            raise HostileFile("the PDF's page tree nests without end", file=file)
        if not isinstance(node, dict):
            continue
        nodes += 1
        if nodes > 2 * limits.max_pages + MAX_TREE_DEPTH:
            raise TooLarge(f"the PDF has over {limits.max_pages} pages", file=file)
        for key in PAGE_KEYS:
            if key in node and key != "Kids" and key != "Resources":
                _walk_value(node[key], file)
        _check_resources(node.get("Resources"), file)
        kids = resolve(node.get("Kids"), file)
        for kid in kids if isinstance(kids, list) else []:
            if isinstance(kid, PDFObjRef):
                if kid.objid in visited:
                    raise HostileFile("the PDF's page tree contains itself", file=file)
                visited.add(kid.objid)
            pending.append((resolve(kid, file), depth + 1))


def _check_resources(resources: Any, file: str) -> None:
    resources = resolve(resources, file)
    if not isinstance(resources, dict):
        return
    for key in RESOURCE_KEYS:
        group = resolve(resources.get(key), file)
        if isinstance(group, dict):
            for value in group.values():
                resolve(value, file)


class StreamBudget:
    """Bytes decoded from a document's streams, per filter stage and in all."""

    def __init__(self, limits: Limits, file: str) -> None:
        self.limits = limits
        self.file = file
        self.total = 0

    def chunks(
        self, stream: PDFStream, *, page: int | None = None, ratio: bool = True
    ) -> Iterator[bytes]:
        """The stream's decoded bytes in chunks, each stage counted against its cap (and
        its inflation ratio: page content, not images, which may be blank)."""
        raw = stream.rawdata if stream.rawdata is not None else stream.data or b""
        filters = _filter_names(stream)
        if stream.decipher or any(f not in _FLATE | _SHRINKING | _PASSED for f in filters):
            if any(f in _EXPANDING for f in filters[1:]):
                raise HostileFile(
                    "the PDF chains an expanding filter after another one (a decompression bomb?)",
                    file=self.file,
                    page=page,
                )
            yield raw
            return
        data: Iterable[bytes] = [raw]
        for name in filters:
            if name in _FLATE:
                data = self._inflate(data, page, ratio)
            elif name in _SHRINKING:
                data = [b"".join(data)]  # its output is smaller than its input
            else:
                break
        for chunk in data:
            self.total += len(chunk)
            if self.total > self.limits.max_unzipped_bytes:
                raise TooLarge(
                    f"the PDF's content inflates past {self.limits.max_unzipped_bytes // MB} MB",
                    file=self.file,
                    page=page,
                )
            yield chunk

    def _inflate(self, chunks: Iterable[bytes], page: int | None, ratio: bool) -> Iterator[bytes]:
        cap = self.limits.max_part_bytes
        inflater = zlib.decompressobj()
        produced = consumed = 0
        for chunk in _pieces(chunks):
            buf = chunk
            consumed += len(chunk)
            while buf:
                try:
                    out = inflater.decompress(buf, CHUNK)
                except zlib.error:
                    return  # damaged from here on; pdfminer keeps what came before
                produced += len(out)
                if produced > cap:
                    where = f"page {page} has a stream" if page else "a stream"
                    raise TooLarge(
                        f"{where} inflating past {cap // MB} MB in one filter stage "
                        "(a decompression bomb?)",
                        file=self.file,
                        page=page,
                    )
                if ratio:
                    self._check_ratio(produced, consumed, page)
                if out:
                    yield out
                buf = inflater.unconsumed_tail
                if inflater.eof:
                    return

    def _check_ratio(self, produced: int, consumed: int, page: int | None) -> None:
        limits = self.limits
        if produced > limits.bomb_floor and produced > limits.bomb_ratio * consumed:
            where = f"page {page} has a stream" if page else "a stream"
            raise HostileFile(
                f"{where} inflating over {limits.bomb_ratio} times its compressed size past "
                f"{limits.bomb_floor // MB} MB: a decompression bomb",
                file=self.file,
                page=page,
            )

    def measure(self, stream: PDFStream) -> None:
        for _chunk in self.chunks(stream, ratio=False):
            pass


def _pieces(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Input fed in small pieces, so a bomb's unconsumed input is never copied at length."""
    for chunk in chunks:
        for at in range(0, len(chunk), PIECE):
            yield chunk[at : at + PIECE]


def _filter_names(stream: PDFStream) -> list[str]:
    try:
        filters = stream.get_filters()
    except Exception:
        return []
    return [getattr(f, "name", str(f)) for f, _params in filters]


_TOKENS = bytes.maketrans(
    b"\x00\t\n\x0c\r ()<>[]{}%/"
    + bytes(range(ord("a"), ord("z") + 1))
    + bytes(range(ord("A"), ord("Z") + 1))
    + b"'\"",
    b" " * 15 + b"/" + b"a" * 52 + b"aa",
)
"""Whitespace and delimiters → space, letters → "a" (the rest stays): an operator is a
letter after a space, a name is a letter after "/"."""
_STRING_MARKS = re.compile(rb"[()\\<>]")


@dataclass(frozen=True)
class StreamCount:
    """What one content stream draws: operators, characters, form uses (`Do`)."""

    operators: int = 0
    chars: int = 0
    forms_drawn: int = 0


class PageScan:
    """Operators and drawn characters of one page, counted chunk by chunk; a stream
    scanned before (shared by pages) adds its count again, a form counts as often as
    the page draws forms."""

    def __init__(self, limits: Limits, file: str, page: int) -> None:
        self.limits = limits
        self.file = file
        self.page = page
        self.operators = 0
        self.chars = 0

    def scan(self, chunks: Iterable[bytes], *, on_page: bool = True) -> StreamCount:
        strings = _Strings()
        operators = chars = forms = 0
        for chunk in chunks:
            ops = (b" " + chunk).translate(_TOKENS).count(b" a")
            drawn = strings.count(chunk, self.limits.max_page_chars)
            operators, chars, forms = operators + ops, chars + drawn, forms + chunk.count(b"Do")
            self._check(self.operators * on_page + operators, self.chars * on_page + chars)
        count = StreamCount(operators, chars, forms)
        if on_page:
            self.add(count)
        return count

    def add(self, count: StreamCount, times: int = 1) -> None:
        self.operators += count.operators * times
        self.chars += count.chars * times
        self._check(self.operators, self.chars)

    def _check(self, operators: int, chars: int) -> None:
        limits = self.limits
        if operators > limits.max_page_operators:
            raise HostileFile(
                f"page {self.page} has over {limits.max_page_operators:,} drawing operators "
                "(built to hang parsers)",
                file=self.file,
                page=self.page,
            )
        if chars > limits.max_page_chars:
            raise HostileFile(
                f"page {self.page} draws over {limits.max_page_chars:,} characters "
                "(built to exhaust memory)",
                file=self.file,
                page=self.page,
            )


class _Strings:
    """Characters inside the (literal) and <hex> strings of one stream, chunk by chunk."""

    def __init__(self) -> None:
        self.depth = 0
        """Inside a (string), its paren depth."""
        self.hex = False
        self.escaped = False

    def count(self, chunk: bytes, enough: int) -> int:
        if not (self.depth or self.hex or b"(" in chunk or b"<" in chunk):
            return 0
        chars = 0
        start = 0  # where the string being counted began in this chunk
        skip = -1
        if self.escaped:
            skip, self.escaped = 0, False
        for mark in _STRING_MARKS.finditer(chunk):
            at = mark.start()
            char = chunk[at]
            if at == skip:
                continue
            if self.depth:
                if char == 0x5C:  # backslash: the next byte is literal
                    skip = at + 1
                    self.escaped = skip == len(chunk)
                elif char == 0x28:
                    self.depth += 1
                elif char == 0x29:
                    self.depth -= 1
                    if not self.depth:
                        chars += at - start
            elif self.hex:
                if char == 0x3E:
                    chars += (at - start) // 2
                    self.hex = False
            elif char == 0x28:
                self.depth, start = 1, at + 1
            elif char == 0x3C and chunk[at + 1 : at + 2] not in (b"<", b""):
                self.hex, start = True, at + 1
            if chars > enough:
                return chars
        if self.depth:
            chars += len(chunk) - start
        elif self.hex:
            chars += (len(chunk) - start) // 2
        return chars


_COMPONENTS = {"DeviceGray": 1, "G": 1, "DeviceRGB": 3, "RGB": 3, "DeviceCMYK": 4, "CMYK": 4}


def declared_image_bytes(image: PDFStream, file: str) -> int:
    """Bytes an image's pixels take once decoded, as its dictionary declares them
    (an unknown colour space counts as 4 components: a guess on the safe side)."""
    attrs = image.attrs
    width, height = resolve(attrs.get("Width"), file), resolve(attrs.get("Height"), file)
    bits = resolve(attrs.get("BitsPerComponent", 8), file)
    space = resolve(attrs.get("ColorSpace"), file)
    name = getattr(space, "name", None)
    components = 1 if attrs.get("ImageMask") else _COMPONENTS.get(str(name), 4)
    if not all(isinstance(v, int) and v > 0 for v in (width, height, bits)):
        return 0
    return width * height * components * bits // 8


def check_image(image: PDFStream, limits: Limits, file: str, page: int) -> None:
    """An image about to be decoded within `limits.max_part_bytes`, both as declared
    and as its filters inflate it (measured in chunks, not kept)."""
    cap = limits.max_part_bytes
    declared = declared_image_bytes(image, file)
    if declared > cap:
        raise TooLarge(
            f"page {page} draws an image of {declared // MB:,} MB once decoded "
            f"(the limit is {cap // MB} MB): too large to read, or built to exhaust memory",
            file=file,
            page=page,
        )
    for _chunk in StreamBudget(limits, file).chunks(image, page=page, ratio=False):
        pass


_BUDGET: contextvars.ContextVar[StreamBudget | None] = contextvars.ContextVar(
    "pdf_stream_budget", default=None
)


def reading(budget: StreamBudget) -> contextvars.Token[StreamBudget | None]:
    """Make `budget` the one every stream decoded from now on is measured against."""
    return _BUDGET.set(budget)


def done_reading(token: contextvars.Token[StreamBudget | None]) -> None:
    _BUDGET.reset(token)


def install_decode_guard() -> None:
    """pdfminer measures each stream against the current budget before decoding it."""
    original = PDFStream.decode
    if getattr(original, "guarded", False):
        return

    def decode(self: PDFStream) -> None:
        budget = _BUDGET.get()
        if budget is not None and self.rawdata is not None:
            StreamBudget(budget.limits, budget.file).measure(self)
        original(self)

    decode.guarded = True  # type: ignore[attr-defined]
    PDFStream.decode = decode  # type: ignore[method-assign]
