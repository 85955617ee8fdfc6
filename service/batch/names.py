"""Names of a batch's output files and folders, made safe from the names the region's
folders and files came with: `OUT/boards/<board>/findings/<file>.json` must be a
plain name on every file system whatever the sender called a file.

A name loses its bidi and zero-width controls, control characters and the characters
Windows forbids (`<>:"/\\|?*`, each becomes `_`), its leading and trailing dots and
spaces (no hidden file, no `..`); a name Windows reserves (`CON`, `nul.pdf`, `LPT1`)
gets a leading `_`; a long one is cut to `MAX_BYTES` of UTF-8 keeping its extension.
Names that come out the same (ignoring case, as macOS and Windows do) are told apart
by `-2`, `-3`, ... in the order given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from extract.text_rules import drop_controls

MAX_BYTES = 200
"""Of a name before its output suffix (`.json`): file systems allow 255."""
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
)
"""Windows' device names, reserved with any extension."""
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
EXTENSION_CHARS = 10
"""The longest extension kept when a name is cut."""


def safe_name(name: str, *, fallback: str = "unnamed") -> str:
    """`name` as one safe path component (see the module docstring); `fallback` when
    nothing is left of it."""
    text = drop_controls(unicodedata.normalize("NFC", name))
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].rstrip(" ").upper() in RESERVED:
        text = "_" + text
    return _fit(text, MAX_BYTES)


def unique_names(names: Iterable[str], *, fallback: str = "unnamed") -> dict[str, str]:
    """Each of `names` → its safe name, no two the same ignoring case."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for name in names:
        if name in out:
            continue
        base = safe_name(name, fallback=fallback)
        candidate, n = base, 2
        while candidate.casefold() in taken:
            candidate = _numbered(base, n)
            n += 1
        taken.add(candidate.casefold())
        out[name] = candidate
    return out


def _split(text: str) -> tuple[str, str]:
    """(stem, extension with its dot): `report.pdf` → (`report`, `.pdf`)."""
    stem, dot, ext = text.rpartition(".")
    if dot and stem and 0 < len(ext) <= EXTENSION_CHARS and " " not in ext:
        return stem, dot + ext
    return text, ""


def _numbered(base: str, n: int) -> str:
    stem, ext = _split(base)
    tag = f"-{n}"
    return _fit_stem(stem, MAX_BYTES - len(tag.encode()) - len(ext.encode())) + tag + ext


def _fit(text: str, limit: int) -> str:
    if len(text.encode()) <= limit:
        return text
    stem, ext = _split(text)
    return _fit_stem(stem, limit - len(ext.encode())) + ext


def _fit_stem(stem: str, limit: int) -> str:
    """`stem` cut to `limit` bytes of UTF-8 without splitting a character."""
    data = stem.encode()[: max(limit, 1)]
    return data.decode("utf-8", "ignore").rstrip(" .") or "_"
