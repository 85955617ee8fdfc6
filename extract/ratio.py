"""The text-per-input-byte ratio (modelled on Apache Tika's SecureContentHandler):
once a document has produced `Limits.text_ratio_threshold` characters, more than
`Limits.max_text_ratio` characters per byte of input is a bomb, not a document.
And whatever the ratio, more than `Limits.max_document_chars` characters is too much
text for one reader (`check_text_size`), refused in extract before nlp sees it."""

from __future__ import annotations

from extract.errors import HostileFile, TooLarge
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


def check_text_size(chars: int, input_bytes: int, limits: Limits, *, file: str) -> None:
    """`chars` characters of text read so far from a file of `input_bytes` bytes:
    past the ratio (`check_text_ratio`) or past `Limits.max_document_chars` refused."""
    check_text_ratio(chars, input_bytes, limits, file=file)
    if chars > limits.max_document_chars:
        raise TooLarge(
            f"the document holds over {limits.max_document_chars:,} characters of text, "
            "more than one reading can hold: split it into smaller files",
            file=file,
        )
