"""The one codec: every stage's contract (a `Document`, `Findings`, a `Ledger`, a
`Draft`, ...) to JSON-ready data and back, through a pydantic `TypeAdapter` over the
frozen dataclasses themselves.

The JSON field names are the dataclasses' own, or the alias a field declares
(`Annotated[str, Field(alias="from")]`); tuples are JSON arrays; a union of blocks is
told apart by its `type` field. Adapters are built once per type. This module knows no
stage's types, so every stage can use it without importing upward.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")
_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(tp: Any) -> TypeAdapter[Any]:
    """The adapter of a type (a dataclass, or e.g. `tuple[Block, ...]`), built once."""
    found = _ADAPTERS.get(tp)
    if found is None:
        found = _ADAPTERS[tp] = TypeAdapter(tp)
    return found


def encode(obj: Any, as_type: Any = None) -> Any:
    """`obj` as JSON-ready data (dicts, lists, str, numbers, None). `as_type` names the
    type to encode it as when its class alone does not say (a tuple of blocks)."""
    tp = type(obj) if as_type is None else as_type
    return adapter(tp).dump_python(obj, mode="json", by_alias=True)


def decode(tp: type[T], data: Any) -> T:
    """JSON-ready `data` (as `encode` gives it, or parsed from stored JSON) as a `tp`."""
    value: T = adapter(tp).validate_python(data)
    return value
