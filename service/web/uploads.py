"""Multipart uploads read as they stream in: each file is hashed and written to a
temporary file while a counter enforces the per-file limit, so an oversized file is
refused after `max_file_bytes + chunk` bytes, never spooled whole. Nothing is stored
until every file of the request has passed (all or nothing)."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from extract.errors import BadRequest, CarryforwardError, TooLarge
from extract.labels import clean_label
from service.web.store.blobs import BlobStore

log = logging.getLogger("carryforward.uploads")
MAX_FIELD_BYTES = 4096
MAX_BOUNDARY = 70
MAX_PART_HEADER = 16 * 1024
"""A part's header line may be this long: room for a file name of 5,000 characters,
UTF-8 and escaped (shortened to a label later), where the parser's default would
refuse it as a malformed body."""


@dataclass
class Received:
    label: str
    temp: Path
    size: int = 0
    sha256: str = ""
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)


class _Reader:
    def __init__(self, blobs: BlobStore, max_file_bytes: int, max_files: int) -> None:
        self.blobs = blobs
        self.max_file_bytes = max_file_bytes
        self.max_files = max_files
        self.files: list[Received] = []
        self.current: Received | None = None
        self.fd: int | None = None
        self.header_field = b""
        self.header_value = b""
        self.headers: dict[bytes, bytes] = {}
        self.field_bytes = 0
        self.error: Exception | None = None

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self.part_begin,
            "on_header_field": self.header_field_data,
            "on_header_value": self.header_value_data,
            "on_header_end": self.header_end,
            "on_headers_finished": self.headers_finished,
            "on_part_data": self.part_data,
            "on_part_end": self.part_end,
        }

    def part_begin(self) -> None:
        self.headers, self.field_bytes = {}, 0

    def header_field_data(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def header_value_data(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def header_end(self) -> None:
        self.headers[self.header_field.lower()] = self.header_value
        self.header_field, self.header_value = b"", b""

    def headers_finished(self) -> None:
        _, params = parse_options_header(self.headers.get(b"content-disposition", b""))
        filename = params.get(b"filename")
        if filename is None:
            return  # an ordinary form field: ignored (its size is bounded below)
        if len(self.files) >= self.max_files:
            raise BadRequest(f"at most {self.max_files} files per upload; send the rest next")
        fd, temp = self.blobs.temp_file()
        self.fd, self.current = fd, Received(label=clean_label(filename), temp=temp)
        self.files.append(self.current)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.current is None:
            self.field_bytes += len(chunk)
            if self.field_bytes > MAX_FIELD_BYTES:
                raise BadRequest("a form field is too long; send files only")
            return
        self.current.size += len(chunk)
        if self.current.size > self.max_file_bytes:
            raise TooLarge(
                f"the file is larger than the {self.max_file_bytes // (1024 * 1024)} MB limit; "
                "split it or ask an admin to raise CARRYFORWARD_MAX_FILE_MB",
                file=self.current.label,
            )
        self.current.digest.update(chunk)
        assert self.fd is not None
        os.write(self.fd, chunk)

    def part_end(self) -> None:
        if self.current is not None and self.fd is not None:
            os.close(self.fd)
            self.current.sha256 = self.current.digest.hexdigest()
        self.current, self.fd = None, None

    def discard(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        for received in self.files:
            received.temp.unlink(missing_ok=True)


async def read_files(
    content_type: str | None,
    body: AsyncIterator[bytes],
    blobs: BlobStore,
    *,
    max_file_bytes: int,
    max_files: int,
) -> list[Received]:
    """Every file part of a multipart body, each in a temporary file (hash and size
    known). On any error every temporary file is removed and the error raised."""
    kind, params = parse_options_header(content_type or "")
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise BadRequest("send the files as multipart/form-data (field name: files)")
    if len(boundary) > MAX_BOUNDARY:
        raise BadRequest(
            f"the multipart boundary is {len(boundary):,} characters; the most allowed is "
            f"{MAX_BOUNDARY} (RFC 2046)"
        )
    reader = _Reader(blobs, max_file_bytes, max_files)
    parser = MultipartParser(
        boundary,
        reader.callbacks(),  # type: ignore[arg-type]
        max_header_size=MAX_PART_HEADER,
    )
    try:
        async for chunk in body:
            parser.write(chunk)
        parser.finalize()
        if reader.fd is not None:
            raise BadRequest("the upload ended in the middle of a file; send it again")
    except CarryforwardError:
        reader.discard()
        raise
    except MultipartParseError as exc:
        reader.discard()
        log.info("malformed multipart body: %s", exc)
        raise BadRequest(
            "the upload is not a well-formed multipart/form-data body; send the files again "
            "from the upload page or with a standard HTTP client"
        ) from None
    except BaseException:
        reader.discard()
        raise
    if not reader.files:
        raise BadRequest("no files in the upload; send PDF or .docx files in the field 'files'")
    return reader.files
