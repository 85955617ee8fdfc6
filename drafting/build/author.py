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
_ROLE_LINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,7}$")


@dataclass(frozen=True)
class Author:
    role: str
    """As the report prints it: "Independent Chair", "safeguarding partners"."""

    @property
    def the(self) -> str:
        """ "the Independent Chair", "the safeguarding partners", "the report's author"."""
        return f"the {self.role}"

    @property
    def previous(self) -> str:
        """ "the previous Independent Chair's", "the previous safeguarding partners'"."""
        if self.role == UNKNOWN:
            return "the previous author's"
        return (
            f"the previous {self.role}'"
            if self.role.endswith("s")
            else (f"the previous {self.role}'s")
        )


def report_author(findings: Findings) -> Author:
    role = _signed(findings) or _said(findings)
    return Author(role or UNKNOWN)


def _signed(findings: Findings) -> str | None:
    """The role under the last signature: a line naming someone the report names, with
    their role on the next line (else their role as found), or "On behalf of …"."""
    names = {p.name: p.role for p in findings.people}
    for sec in reversed(findings.sections):
        lines = [line.strip() for line in sec.text.splitlines() if line.strip()]
        for k in range(len(lines) - 1, -1, -1):
            line = lines[k]
            behalf = _BEHALF.match(line)
            if behalf:
                return behalf.group(1).strip()
            name = next((n for n in names if n in line), None)
            if name is None or "," in line or line.rstrip().endswith("."):
                continue
            if len(line.replace(name, "").split()) > MAX_NAME_EXTRA:
                continue
            after = lines[k + 1] if k + 1 < len(lines) else ""
            role = after.split(",")[0].strip()
            if role and _ROLE_LINE.match(role) and not re.search(r"\d", role):
                return role
            if names[name]:
                return names[name]
    return None


def _said(findings: Findings) -> str | None:
    for sec in findings.sections:
        m = _SELF.search(sec.text)
        if m:
            return m.group(1).strip()
    m = _TITLE.search(findings.document.title or "")
    return m.group(1).strip() if m else None
