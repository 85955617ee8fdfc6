"""A file's name as a safe label: what every reader (library, command line, service,
batch) shows and stores for a file, whatever name its sender gave it."""

from __future__ import annotations

import re
import unicodedata

from extract.text_rules import drop_controls

LABEL_MAX = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_label(raw: bytes | str) -> str:
    """No path, no control, bidi or zero-width characters, at most 200 characters
    (extension kept); "upload" when nothing is left. It is never used as a path."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = unicodedata.normalize("NFC", text)
    text = re.split(r"[\\/]", text)[-1]
    text = drop_controls(_CONTROL.sub("", text))
    text = " ".join(text.split()).strip(" .")
    if not text:
        return "upload"
    if len(text) > LABEL_MAX:
        _stem, dot, ext = text.rpartition(".")
        keep = ext if dot and len(ext) <= 10 else ""
        text = text[: LABEL_MAX - len(keep) - 2] + "…" + ("." + keep if keep else "")
    return text
