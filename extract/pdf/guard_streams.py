"""Streams inflated stage by stage in chunks, counting what each filter stage produces
(`Limits.max_part_bytes`) and what the document produces in all
(`Limits.max_unzipped_bytes`), so `[/FlateDecode /FlateDecode]` chains are measured
before they are decoded; `install_decode_guard` makes pdfminer's `PDFStream.decode`
measure every stream (fonts, CMaps, images, not only page content) against the
document's budget first."""

from __future__ import annotations

import contextvars
import zlib
from collections.abc import Iterable, Iterator

from pdfminer.pdftypes import PDFStream

from extract.errors import HostileFile, TooLarge
from extract.limits import MB, Limits

CHUNK = 1 << 20
PIECE = 1 << 14
_FLATE = {"FlateDecode", "Fl"}
_SHRINKING = {"ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"}
_PASSED = {"DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF", "Crypt"}
_EXPANDING = {"LZWDecode", "LZW", "RunLengthDecode", "RL"}


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
