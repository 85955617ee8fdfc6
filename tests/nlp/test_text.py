"""The findings cut text with the extract stage's whitespace rule (`collapse_spaces`)."""

from __future__ import annotations

from nlp.findings.text import split_number, strip_bullet


def test_findings_read_text_by_the_stored_text_rule() -> None:
    # the findings' own `clean` kept zero-width marks the backends drop
    assert split_number("1.\u00a0 The Board\u200b will\tmeet ") == ("1", "The Board will meet")
    assert strip_bullet("•\u2003Audit\ufeff") == "Audit"
