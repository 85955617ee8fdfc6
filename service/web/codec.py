"""JSON (as written by `extract.model.to_dict`) back into the frozen dataclasses of
`nlp.findings.model` and `drafting.model`, driven by their type hints.

The one decoder: the service's stored findings and drafts, and the batch's document
results (JSON so that they can be cached on disk and sent from any worker; the board
task turns them back into `Findings` for `build_ledger`)."""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

from drafting.model import Draft
from nlp.findings.model import Findings

T = TypeVar("T")


def findings_from_dict(data: dict[str, Any]) -> Findings:
    return from_dict(Findings, data)


def draft_from_dict(data: dict[str, Any]) -> Draft:
    return from_dict(Draft, data)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = _hints(cls)  # type: ignore[arg-type]
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: _value(hints[k], v) for k, v in data.items() if k in names}
    return cls(**kwargs)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _union(options, value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v) for v in value)
        return tuple(_value(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type) and is_dataclass(tp):
        return from_dict(tp, value)
    return value


def _union(options: list[Any], value: Any) -> Any:
    if len(options) == 1:
        return _value(options[0], value)
    if isinstance(value, dict):
        # A union of dataclasses: pick the one whose `type` default matches.
        for option in options:
            if isinstance(option, type) and is_dataclass(option):
                kind = {f.name: f.default for f in fields(option)}.get("type")
                if kind == value.get("type"):
                    return from_dict(option, value)
    return value
