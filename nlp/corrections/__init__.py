"""A person's corrections of a document's reading, kept and re-applied on every re-read.

`model` (the `Correction` record), `validate` (refusing what makes no sense), `codec`
(the JSON form the API, the CLI's `--corrections FILE` and the batch share), `locate`
(finding a correction's table, row or item again, in the document or its twin),
`tables` (what the table reader made of each table), `apply` (`read`: a Document read
with the corrections forced; `apply`: corrections applied to findings).
"""

from __future__ import annotations

from nlp.corrections.apply import apply, read
from nlp.corrections.codec import corrections_from_json, corrections_to_json, load_corrections
from nlp.corrections.model import KINDS, Correction, Target
from nlp.corrections.validate import validate

__all__ = [
    "KINDS",
    "Correction",
    "Target",
    "apply",
    "corrections_from_json",
    "corrections_to_json",
    "load_corrections",
    "read",
    "validate",
]
