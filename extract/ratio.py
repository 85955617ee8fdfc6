"""The text-per-input-byte ratio (modelled on Apache Tika's SecureContentHandler):
once a document has produced `Limits.text_ratio_threshold` characters, more than
`Limits.max_text_ratio` characters per byte of input is a bomb, not a document."""

from __future__ import annotations

from extract.errors import HostileFile
from extract.limits import Limits


def check_text_ratio(chars: int, input_bytes: int, limits: Limits, *, file: str) -> None:
    if chars <= limits.text_ratio_threshold:
        return
    if chars > limits.max_text_ratio * max(input_bytes, 1):
        raise HostileFile(
            f"the file's {input_bytes:,} bytes expand to over {chars:,} characters of text "
            f"(over {limits.max_text_ratio} per byte): a decompression bomb",
            file=file,
        )
