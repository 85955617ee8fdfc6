"""Where the words around a name say it is a person and give the role.

- a role in apposition *before* the name: "supported by its Business Manager, Jane
  Doe", "Chief Executive of Fenwick Council, Jane Doe, chaired …" (role, and the
  organisation after "of/for/at");
- an appointment: "appointed Jane Doe as Independent Chair", "Jane Doe was appointed
  (as) the Board's Business Manager", "Jane Doe took over as Chief Nurse at …" (verbs
  of taking up a post, `_TOOK_POST`).

Guess (in `nlp/README.md`): the role is the run of capitalised words (with "of",
"for", "at", "and", "the" inside it) just before the comma, and it must contain a
role word (`ROLE_WORDS`); the organisation is what follows its "of"/"for"/"at".
"""

from __future__ import annotations

import re

from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import CONJUNCTIONS, PREPOSITIONS
from nlp.findings.people_roles import has_org_word, has_role_word

_JOIN = frozenset({"of", "for", "at", "and", "the", "&"})
_LEADING = frozenset({"the", "our", "its", "their", "his", "her", "my", "a", "an", "new"})
_WORD = re.compile(r"[A-Za-z][\w'’&-]*|&")
_MAX_ROLE_WORDS = 10


def role_before_comma(before: str) -> tuple[str, str | None] | None:
    """(role, organisation) written just before ", <name>"; None when there is none."""
    before = before.rstrip()
    if not before.endswith(","):
        return None
    segment = re.split(r"[,;:(]", before[:-1])[-1]
    words = _WORD.findall(segment)
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (word in _JOIN and run):
            run.insert(0, word)
        else:
            break
        if len(run) > _MAX_ROLE_WORDS:
            return None
    while run and (run[0].lower() in _LEADING or run[0] in _JOIN):
        run = run[1:]
    while run and run[-1] in _JOIN:
        run = run[:-1]
    if not run:
        return None
    phrase = " ".join(run)
    # the organisation follows the last "of/for/at" whose rest names one
    for m in reversed(list(re.finditer(r"\s+(?:of|for|at)\s+(?=(?:the\s+)?[A-Z])", phrase))):
        role, org = phrase[: m.start()], phrase[m.end() :]
        if has_role_word(role) and has_org_word(org):
            return collapse_spaces(role), collapse_spaces(org)
    return (phrase, None) if has_role_word(phrase) else None


_AS_ROLE = re.compile(
    r"^\s*(?:was\s+|has\s+been\s+|were\s+)?(?:appointed|elected|confirmed|named)?\s*"
    r"as\s+(?:the\s+|our\s+|its\s+|a\s+|an\s+|their\s+)?"
    r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)"
)
# Guess: a name, then (", who") a short verb phrase of lower-case words — no
# preposition or conjunction among them — perhaps another name and "as", then a
# capitalised role: "… has been Chief Nurse", "… stood down as Chief Nurse", "… was
# named Chief Nurse of …", "… succeeded Tamsin Orrell as Head of Housing", ", who is
# Designated Doctor at …". The role run must hold a role word.
_VERB_ROLE = re.compile(
    r"^\s*(?:,\s*who\s+)?((?:[a-z]+\s+){1,4}?)(?:(?:[A-Z][\w'’-]+\s+){1,3}as\s+)?"
    r"(?:as\s+)?(?:the\s+|its\s+|our\s+|their\s+|a\s+|an\s+)?"
    r"([A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)"
)
_GAP_STOP = PREPOSITIONS - {"as"} | CONJUNCTIONS | {"not", "no"}
_APPOINTED_BEFORE = re.compile(r"\b(?:appointed|elected|welcomed|appointing)\s*$", re.I)
_APPOINTED_AFTER = re.compile(r"^\s*(?:was|has\s+been|were)\s+(?:appointed|elected)\b")
# Guess: verbs of taking up a post right after a name, then the role ("Jane Doe took
# over as Chief Nurse at …", "… stepped in as Interim Chair", "… took up the post of
# Designated Doctor").
_TOOK_POST = re.compile(
    r"^\s*(?:(?:has\s+)?(?:took|taken)\s+over|stepped\s+(?:in|up)|started|joined\s+(?:\w+\s+){0,3}?)"
    r"\s*as\s+|^\s*(?:(?:took|has\s+taken)\s+up\s+the\s+(?:post|role)\s+of|"
    r"moved\s+into\s+the\s+role\s+of)\s+",
    re.I,
)


def appointed_role(before: str, after: str) -> str | None:
    """The role of "appointed <name> as <Role>" / "<name> was appointed (as) <Role>" /
    "<name> took over as <Role>" (`_TOOK_POST`)."""
    verb = _VERB_ROLE.match(after)
    if verb and not set(verb.group(1).split()) & _GAP_STOP:
        role = re.sub(r"\s+(?:of|for|and|the)$", "", collapse_spaces(verb.group(2)))
        if has_role_word(role):
            return role
    took = _TOOK_POST.match(after)
    if took:
        run = re.match(
            r"^(?:the\s+|our\s+|its\s+|a\s+|an\s+|their\s+)?"
            r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)",
            after[took.end() :],
        )
        role = re.sub(r"\s+(?:of|for|and|the)$", "", collapse_spaces(run.group(1))) if run else ""
        if has_role_word(role):
            return role
    if not (_APPOINTED_BEFORE.search(before) or _APPOINTED_AFTER.match(after)):
        return None
    m = _AS_ROLE.match(after)
    if m is None:
        m = re.match(
            r"^\s*(?:was|has\s+been)\s+(?:appointed|elected)\s+(?:the\s+|our\s+|its\s+)?"
            r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)",
            after,
        )
    if m is None:
        return ""  # appointed, role not said
    role = re.sub(r"\s+(?:of|for|and|the)$", "", collapse_spaces(m.group(1)))
    return role if has_role_word(role) else ""
