"""Service errors, in the one exception tree (`extract.errors.CarryforwardError`).

`STATUS` maps every error class to an HTTP status; `status_for` walks the class's MRO,
so a new subclass anywhere in the tree gets its parent's status. The app's single
exception handler uses it (see `service/app.py`).
"""

from __future__ import annotations

from drafting.errors import DraftError
from extract.errors import (
    CarryforwardError,
    EmptyFile,
    ExtractError,
    PasswordProtected,
    TooLarge,
    UnsupportedFormat,
)


class ServiceError(CarryforwardError):
    stage = "service"


class BadRequest(ServiceError):
    """The request is malformed or names something that cannot be done."""


class Unauthorized(ServiceError):
    """No valid session or API token."""


class Forbidden(ServiceError):
    """Signed in, but the role does not allow this."""


class NotFound(ServiceError):
    """No such thing in this board (ids of other boards answer the same)."""


class Conflict(ServiceError):
    """The thing is in a state that does not allow this (an approved draft, a job not done)."""


class JobFailed(ServiceError):
    """A worker job failed (time or memory limit, or the parser crashed)."""


STATUS: dict[type[BaseException], int] = {
    CarryforwardError: 400,
    BadRequest: 400,
    Unauthorized: 401,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    TooLarge: 413,
    UnsupportedFormat: 415,
    EmptyFile: 422,
    PasswordProtected: 422,
    ExtractError: 422,
    DraftError: 422,
    JobFailed: 422,
}


def status_for(exc: BaseException) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500
