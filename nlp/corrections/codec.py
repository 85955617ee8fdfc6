"""Corrections to JSON and back (through the one codec, `extract.codec`): the form the
JSON API takes, the CLI's and the batch's `--corrections FILE` hold
(`{"corrections": [...]}` or a bare list), and the store keeps."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extract.codec import decode, encode
from extract.errors import CorrectionError
from nlp.corrections.model import KINDS, Correction


def correction_id(data: dict[str, Any]) -> str:
    """A stable id for an entry that has none: a hash of what it says."""
    key = json.dumps(
        {k: data.get(k) for k in ("kind", "target", "value", "by", "at")}, sort_keys=True
    )
    return "c-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def corrections_from_json(data: Iterable[Any], *, file: str | None = None) -> list[Correction]:
    """Corrections from their JSON form; an entry that is not one raises
    `CorrectionError` naming the entry and what is wrong with it."""
    out = []
    for k, raw in enumerate(data, start=1):
        if not isinstance(raw, dict):
            raise CorrectionError(f"correction {k} is not an object: {raw!r}", file=file)
        entry = {"by": "file", "at": "", "extra": {}, **raw}
        if entry.get("kind") not in KINDS:
            raise CorrectionError(
                f"correction {k}: kind must be one of {', '.join(KINDS)}, "
                f"not {entry.get('kind')!r}",
                file=file,
            )
        entry.setdefault("id", correction_id(entry))
        try:
            out.append(decode(Correction, entry))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].lower()}" for e in exc.errors()
            )
            raise CorrectionError(
                f"correction {k} ({entry['kind']}): {problems}", file=file
            ) from None
    return out


def corrections_to_json(corrections: Iterable[Correction]) -> list[dict[str, Any]]:
    return [encode(c) for c in corrections]


def load_corrections(path: str | Path) -> list[Correction]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorrectionError("there is no corrections file here", file=str(p)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorrectionError(
            f"not a corrections file: the JSON cannot be read ({exc}); "
            'it should be {"corrections": [...]}',
            file=str(p),
        ) from exc
    if isinstance(data, dict):
        data = data.get("corrections")
    if not isinstance(data, list):
        raise CorrectionError(
            'not a corrections file: expected {"corrections": [...]}', file=str(p)
        )
    return corrections_from_json(data, file=str(p))


def save_corrections(path: str | Path, corrections: Iterable[Correction]) -> None:
    payload = {"corrections": corrections_to_json(corrections)}
    Path(path).write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
