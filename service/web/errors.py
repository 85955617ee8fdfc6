"""The HTTP status of every error in the one exception tree (`extract.errors`).

`STATUS` maps error classes to HTTP statuses; `status_for` walks the class's MRO, so a
new subclass anywhere in the tree gets its parent's status. The app's single
exception handler uses it (see `service/web/app.py`).
"""

from __future__ import annotations

from extract.errors import (
    BadRequest,
    CarryforwardError,
    Conflict,
    DraftError,
    EmptyFile,
    ExtractError,
    Forbidden,
    JobFailed,
    NotFound,
    PasswordProtected,
    TooLarge,
    Unauthorized,
    UnsupportedFormat,
)

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
