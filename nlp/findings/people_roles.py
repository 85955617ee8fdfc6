"""Role and organisation words, and splitting "Role, Organisation" appositions."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from extract.model import Table
from extract.text_rules import collapse_spaces
from nlp.findings.columns import vocabulary_scores
from nlp.findings.text import cell_text

ROLE_WORDS = frozenset(
    [
        "chair",
        "co-chair",
        "vice-chair",
        "chairman",
        "chairperson",
        "chairs",
        "co-chairs",
        "manager",
        "director",
        "officer",
        "head",
        "lead",
        "nurse",
        "doctor",
        "ceo",
        "executive",
        "member",
        "superintendent",
        "inspector",
        "commissioner",
        "councillor",
        "coordinator",
        "co-ordinator",
        "advisor",
        "adviser",
        "consultant",
        "principal",
        "headteacher",
        "secretary",
        "president",
        "deputy",
        "assistant",
        "ad",
        "dcs",
        "dass",
        "gp",
        "designated",
        "named",
        "cabinet",
        "convener",
        "convenor",
        "administrator",
        "analyst",
        "practitioner",
        "worker",
        "partner",
        "governor",
        "mayor",
        "leader",
        "champion",
        "programme",
        "clerk",
        "treasurer",
        "trustee",
        "representative",
        "dsl",
        "lado",
        "senco",
        "dph",
        "cfo",
        "coo",
    ]
)
_ORG_WORDS = re.compile(
    r"\b(?:council|trust|police|constabulary|nhs|board|group|society|services?|partnership|"
    r"ccg|hospital|university|college|school|foundation|authority|barnardo['’]?s|"
    r"commission(?:ing)?|department|office|agency|charity|centre|network|unit|"
    r"probation|fire|ambulance|health|ofsted|cafcass|practice|project|team|forum)\b",
    re.I,
)
_CLAUSE = re.compile(
    r"^(?:and|who|which|whose|has|have|is|was|to|for|in|on|at|with|from|had|will)\b"
)


def has_role_word(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w-]*", text)
    return any(w.lower() in ROLE_WORDS for w in words)


def has_org_word(text: str) -> bool:
    return bool(_ORG_WORDS.search(text))


def split_role_org(text: str, *, stop_at_clause: bool = False) -> tuple[str | None, str | None]:
    """("AD", "Public Health") from "AD, Public Health"; role may be None ("West
    Midlands Police" alone is an organisation). With `stop_at_clause`, reading stops
    at the end of the sentence or at a clause ("…, and the", "…, who")."""
    text = text.split(")")[0] if not stop_at_clause else re.split(r"[.;:)(]\s", text + " ")[0]
    parts = [collapse_spaces(p) for p in text.split(",")]
    role_parts: list[str] = []
    org = None
    for k, part in enumerate(parts):
        if not part or (stop_at_clause and _CLAUSE.match(part)):
            break
        if k == 0 and not has_role_word(part):
            if has_org_word(part) and not stop_at_clause:
                return None, _org_of(part)
            return None, None
        if k > 0 and stop_at_clause and part[:1].islower():
            break
        role_parts.append(part)
    # the last part naming an organisation (and no role) is the organisation
    if len(role_parts) > 1 and has_org_word(role_parts[-1]) and not has_role_word(role_parts[-1]):
        org = role_parts.pop().strip(" .")
    role = ", ".join(role_parts).strip(" .–-") or None
    if role and org is None:
        m = re.search(r"\b(?:of|at|for)\s+((?:the\s+)?[A-Z][\w'’&\s-]+)$", role)
        if m and has_org_word(m.group(1)):
            org = m.group(1).strip()
    return role, org


def _org_of(text: str) -> str:
    return collapse_spaces(text).strip(" .")


_MEMBER_ROLES = {
    "name": ("name", "member", "board member", "representative", "attendee"),
    "role": ("role", "job title", "position", "title", "designation"),
    "org": ("organisation", "organization", "agency", "employer", "body", "service"),
}


def member_columns(table: Table) -> tuple[int, int | None, int | None] | None:
    """(name col, role col, organisation col) of a membership table, or None."""
    if not table.rows:
        return None
    found: dict[str, int] = {}
    for cell in table.rows[0].cells:
        text = cell_text(cell).lower().strip(" :")
        if not text or len(text) > 40:
            continue
        scores = vocabulary_scores(text, _MEMBER_ROLES, fuzz.ratio)
        role = next((r for r, score in scores.items() if r not in found and score >= 85), None)
        if role is not None:
            found[role] = cell.col
    if "name" not in found or len(found) < 2:
        return None
    return found["name"], found.get("role"), found.get("org")
