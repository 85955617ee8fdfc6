"""The one exception tree: every error any stage raises on purpose is defined in
`extract.errors` with its stage, and keeps its name (the API answers `error: ClassName`)
and its HTTP status."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import drafting
import extract
import nlp
import service
from extract import errors
from extract.errors import CarryforwardError
from service.web.errors import status_for

EXPECTED = {
    "ExtractError": ("extract", 422),
    "UnsupportedFormat": ("extract", 415),
    "ConverterMissing": ("extract", 415),
    "EmptyFile": ("extract", 422),
    "CorruptFile": ("extract", 422),
    "PasswordProtected": ("extract", 422),
    "NoTextLayer": ("extract", 422),
    "TooLarge": ("extract", 413),
    "HostileFile": ("extract", 422),
    "PolyglotFile": ("extract", 422),
    "MacroEnabled": ("extract", 422),
    "DtdDeclared": ("extract", 422),
    "ZipBomb": ("extract", 422),
    "ReaderFailed": ("extract", 422),
    "TooSlow": ("extract", 422),
    "OutOfMemory": ("extract", 422),
    "WorkerDied": ("extract", 422),
    "ParserCrash": ("extract", 422),
    "DecisionsError": ("ledger", 400),
    "CorrectionError": ("corrections", 400),
    "MixedBoards": ("ledger", 400),
    "DraftError": ("drafting", 422),
    "ServiceError": ("service", 400),
    "BadRequest": ("service", 400),
    "Unauthorized": ("service", 401),
    "Forbidden": ("service", 403),
    "CsrfRejected": ("service", 403),
    "NotFound": ("service", 404),
    "Conflict": ("service", 409),
    "JobFailed": ("service", 422),
    "InputError": ("cli", 400),
    "UsageProblem": ("cli", 400),
    "BadSetting": ("cli", 400),
}


def _tree(cls: type[BaseException]) -> list[type[BaseException]]:
    return [c for sub in cls.__subclasses__() for c in (sub, *_tree(sub))]


def _import_everything() -> None:
    for package in (extract, nlp, drafting, service):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            # alembic's migration scripts run only inside alembic
            if not module.name.endswith("__main__") and ".migrations" not in module.name:
                importlib.import_module(module.name)


def test_every_error_is_defined_in_the_one_module() -> None:
    _import_everything()
    found = {c.__name__: c for c in _tree(CarryforwardError)}
    assert sorted(found) == sorted(EXPECTED)
    assert {name: c.__module__ for name, c in found.items()} == dict.fromkeys(
        EXPECTED, "extract.errors"
    )


@pytest.mark.parametrize(("name", "stage_status"), EXPECTED.items())
def test_stage_and_status(name: str, stage_status: tuple[str, int]) -> None:
    exc = getattr(errors, name)("what went wrong", file="a.pdf")
    assert (exc.stage, status_for(exc)) == stage_status
    assert exc.to_dict()["error"] == name and str(exc) == "a.pdf: what went wrong"
