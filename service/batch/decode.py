"""Findings JSON (as `nlp.serialize.findings_to_dict` writes it) back into
`nlp.model.Findings`, driven by the dataclasses' type hints.

Document tasks return JSON so that results can be cached on disk and sent from any
worker; the board task turns them back into `Findings` for `build_ledger`.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

from nlp.model import Findings

T = TypeVar("T")


def findings_from_dict(data: dict[str, Any]) -> Findings:
    return _from_dict(Findings, data)


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = _hints(cls)  # type: ignore[arg-type]
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: _value(hints[k], v) for k, v in data.items() if k in names})


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _value(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v) for v in value)
        return tuple(_value(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type) and is_dataclass(tp):
        return _from_dict(tp, value)
    return value
