"""Who writes the report: the role of last year's author, read from its sign-off ("Jo
Bloggs / Independent Chair", "On behalf of the safeguarding partners"), from what it
says of itself ("my role as Independent Chair") or from its title ("Independent
Chair's Accountability Report"). Unknown: "the report's author"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.findings.model import Findings

UNKNOWN = "report's author"
MAX_NAME_EXTRA = 2
"""Words a signature line may hold besides the name ("Dame", "Professor", "Dr")."""
_BEHALF = re.compile(r"^(?:signed\s+)?on\s+behalf\s+of\s+(?:the\s+)?(.+?)[.,]?$", re.I)
_ROLE = r"((?:[A-Z][\w'-]*\s+){0,3}(?:Chair|Chairperson|Scrutineer|Convenor))"
_SELF = re.compile(r"\bmy\s+role\s+as\s+(?:the\s+)?" + _ROLE + r"\b")
_TITLE = re.compile(_ROLE + r"['’]s\b")
_HANDED_TO = re.compile(r"\bhand(?:ing|ed)?\s+over\b.*\bto\b|\bmy\s+successor\b", re.I)
_APPOINTED = (
    r"\s+(?:was|has\s+been|is|will\s+be)\s+(?:appointed|confirmed|named)\s+as\s+"
    r"(?:the\s+|our\s+)?" + _ROLE
)
_AS_ROLE = r",?\s+(?:as\s+)?(?:the\s+|our\s+)?" + _ROLE
_ROLE_LINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,7}$")


@dataclass(frozen=True)
class Author:
    role: str
    """As the report prints it: "Independent Chair", "safeguarding partners"."""
    was: str | None = None
    """Last year's author's role when a handover changed it ("Independent Chair")."""

    @property
    def the(self) -> str:
        """ "the Independent Chair", "the safeguarding partners", "the report's author"."""
        return f"the {self.role}"

    @property
    def previous(self) -> str:
        """ "the previous Independent Chair's", "the previous safeguarding partners'"."""
        role = self.was or self.role
        if role == UNKNOWN:
            return "the previous author's"
        return f"the previous {role}'" if role.endswith("s") else (f"the previous {role}'s")


def report_author(findings: Findings) -> Author:
    role = _signed(findings) or _said(findings)
    return Author(role or UNKNOWN)


def signatory(findings: Findings) -> str | None:
    """The name on the report's last signature line, if it is signed by a person."""
    return _signature(findings)[0]


def successor_role(findings: Findings, documents: list[Findings]) -> str | None:
    """The role of the person last year's author hands over to ("I hand over … to
    Professor Alan Greaves-Mott"), as any document names it ("… was appointed as
    Independent Scrutineer")."""
    author = signatory(findings)
    for sec in findings.sections:
        for name in (p.name for p in findings.people if p.name != author):
            if name not in sec.text or not _HANDED_TO.search(sec.text):
                continue
            role = _appointed_role(name, documents)
            if role:
                return role
    return None


def _appointed_role(name: str, documents: list[Findings]) -> str | None:
    """ "NAME was appointed as ROLE", "appointed (Professor) NAME, ROLE"."""
    said = re.compile(re.escape(name) + _APPOINTED)
    did = re.compile(r"\bappointed\s+(?:[A-Z][\w.]*\s+)?" + re.escape(name) + _AS_ROLE)
    for findings in documents:
        texts = [s.text for s in findings.sections] + [p.update for p in findings.progress]
        for text in texts:
            m = said.search(text) or did.search(text)
            if m:
                return m.group(1).strip()
    return None


def _signed(findings: Findings) -> str | None:
    return _signature(findings)[1]


def _signature(findings: Findings) -> tuple[str | None, str | None]:
    """(name, role) under the last signature: a line naming someone the report names,
    with their role on the next line (else their role as found), or "On behalf of …"
    (no name)."""
    names = {p.name: p.role for p in findings.people}
    for sec in reversed(findings.sections):
        lines = [line.strip() for line in sec.text.splitlines() if line.strip()]
        for k in range(len(lines) - 1, -1, -1):
            line = lines[k]
            behalf = _BEHALF.match(line)
            if behalf:
                return None, behalf.group(1).strip()
            name = next((n for n in names if n in line), None)
            if name is None or "," in line or line.rstrip().endswith("."):
                continue
            if len(line.replace(name, "").split()) > MAX_NAME_EXTRA:
                continue
            after = lines[k + 1] if k + 1 < len(lines) else ""
            role = after.split(",")[0].strip()
            if role and _ROLE_LINE.match(role) and not re.search(r"\d", role):
                return name, role
            if names[name]:
                return name, names[name]
    return None, None


def _said(findings: Findings) -> str | None:
    for sec in findings.sections:
        m = _SELF.search(sec.text)
        if m:
            return m.group(1).strip()
    m = _TITLE.search(findings.document.title or "")
    return m.group(1).strip() if m else None
