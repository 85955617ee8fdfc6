"""The one exception tree for Carryforward.

Every error names the file and the problem in words a person can act on. Later
stages subclass `CarryforwardError`; the service maps these to HTTP statuses in one
handler.
"""

from __future__ import annotations


class CarryforwardError(Exception):
    """Base of every error Carryforward raises on purpose."""

    stage = "carryforward"

    def __init__(self, message: str, *, file: str | None = None, page: int | None = None):
        self.file = file
        self.page = page
        self.message = message
        where = f"{file}: " if file else ""
        super().__init__(f"{where}{message}")

    def to_dict(self) -> dict[str, object]:
        return {
            "error": type(self).__name__,
            "stage": self.stage,
            "message": self.message,
            "file": self.file,
            "page": self.page,
        }


class ExtractError(CarryforwardError):
    """The file could not be read into a Document."""

    stage = "extract"


class UnsupportedFormat(ExtractError):
    """The bytes are not a PDF or a Word .docx file."""


class EmptyFile(ExtractError):
    """The file has no bytes, or no content at all."""


class CorruptFile(ExtractError):
    """The file claims a format but is damaged or truncated."""


class PasswordProtected(ExtractError):
    """The file is encrypted and needs a password to open."""


class NoTextLayer(ExtractError):
    """A PDF made of images only: it needs OCR before it can be read."""


class TooLarge(ExtractError):
    """The file exceeds a configured limit (bytes, pages, decompressed size)."""


class HostileFile(ExtractError):
    """The file contains constructs used to attack parsers (XML entities, bombs, cycles)."""


class ReaderFailed(ExtractError):
    """The isolated reader stopped before the file was read (`service.reader`): a limit
    was reached, or the parser failed in a way no check foresaw. Its `stage` is the one
    the reader was in (`extract`, `nlp`, ...)."""


class TooSlow(ReaderFailed):
    """Reading took longer than the time limit."""


class OutOfMemory(ReaderFailed):
    """Reading needed more memory than the memory limit."""


class WorkerDied(ReaderFailed):
    """The process reading the file died (killed by a signal, or exited early)."""


class ParserCrash(ReaderFailed):
    """A parser raised an error of its own (not one of ours): the file is probably
    damaged, or a parser has a bug."""
