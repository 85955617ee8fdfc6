"""The one exception tree for Carryforward: every error every stage raises on purpose.

Every error names the file and the problem in words a person can act on, and says
which `stage` raised it. The tree lives in the base package because every stage
imports `extract`; no stage defines errors of its own. The service maps them to HTTP
statuses in one handler (`service.web.errors.status_for`), the command line to one
`error:` line (`service.cli.errors.friendly`); the API answers with the class name
(`error: ClassName`), so names and messages are part of the contract.
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


class ConverterMissing(UnsupportedFormat):
    """An old format (.doc, .odt, .rtf) that needs LibreOffice, which is not installed."""


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


class PolyglotFile(HostileFile):
    """The bytes are two formats at once (a PDF that is also a zip archive)."""


class MacroEnabled(HostileFile):
    """A macro-enabled Office package (.docm), whatever its name says."""


class DtdDeclared(HostileFile):
    """An XML part declares a DTD or entities (OOXML never does: entity attacks)."""


class ZipBomb(HostileFile):
    """A zip part inflates far beyond its compressed size (a decompression bomb)."""


class DecisionsError(CarryforwardError):
    """A decisions file or entry that cannot be read as decisions."""

    stage = "ledger"


class MixedBoards(CarryforwardError):
    """The documents come from more than one board."""

    stage = "ledger"


class DraftError(CarryforwardError):
    """The documents do not hold what a draft needs (a report to carry forward, a plan)."""

    stage = "drafting"


class ServiceError(CarryforwardError):
    stage = "service"


class BadRequest(ServiceError):
    """The request is malformed or names something that cannot be done."""


class Unauthorized(ServiceError):
    """No valid session or API token."""


class Forbidden(ServiceError):
    """Signed in, but the role does not allow this."""


class CsrfRejected(Forbidden):
    """A cookie-authenticated form or API call without this browser's CSRF token."""


class NotFound(ServiceError):
    """No such thing in this board (ids of other boards answer the same)."""


class Conflict(ServiceError):
    """The thing is in a state that does not allow this (an approved draft, a job not done)."""


class JobFailed(ServiceError):
    """A worker job failed (time or memory limit, or the parser crashed)."""


class InputError(CarryforwardError):
    """What the user gave the command line cannot be used (a folder, a path)."""

    stage = "cli"


class UsageProblem(InputError):
    """The argument itself is wrong (a file given for a folder): exit code 2."""


class BadSetting(InputError):
    """A setting names something that does not exist (an unknown PDF backend)."""


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


class CorrectionError(CarryforwardError):
    """A correction of a reading that makes no sense (a column role on a paragraph, a
    period that is not one, a row that is not there): refused, nothing changes."""

    stage = "corrections"
