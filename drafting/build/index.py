"""Looking things up in a Ledger: items by id, links by end, sources as `Cite`s.

Ids follow `nlp/findings/ids.py` (actions, progress rows) and `nlp/ledger/evidence.py`
("<sha12>:section:<k>" for the section an evidence sentence is in).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from drafting.model import Cite
from extract.model import Source
from nlp.findings.model import Action, Findings, Progress, Section
from nlp.ledger import Ledger, Link
from nlp.periods import parse_period

_SECTION_ID = re.compile(r"^([0-9a-f]{6,64}):section:(\d+)$")


def is_prose(sentence: str) -> bool:
    """A sentence, not a caption or signature: six words or more, mostly lower case."""
    words = sentence.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 6 and capitalised <= 0.6 * len(words)


def label(findings: Findings) -> str:
    info = findings.document
    return info.title or info.file


def cite(findings: Findings, source: Source, quote: str) -> Cite:
    return Cite(source=source, quote=quote, document=label(findings))


def start_year(findings: Findings) -> int | None:
    """The year a document is for in the draft: the start of its actions period, else of
    its period (the ledger's `action_year` also weighs the periods printed on actions)."""
    parsed = parse_period(findings.document.actions_period or findings.document.period)
    return parsed[0] if parsed else None


@dataclass(frozen=True)
class Evidence:
    """A sentence a later document says about an action, with where it is."""

    sentence: str
    findings: Findings
    section: Section
    link: Link


class LedgerIndex:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.actions: dict[str, tuple[Action, Findings]] = {}
        self.progress: dict[str, tuple[Progress, Findings]] = {}
        self.by_sha: dict[str, Findings] = {}
        for f in ledger.documents:
            self.by_sha[f.document.sha256] = f
            for a in f.actions:
                self.actions[a.id] = (a, f)
            for p in f.progress:
                self.progress[p.id] = (p, f)
        self.links: dict[str, list[Link]] = defaultdict(list)
        for link in ledger.links:
            self.links[link.from_id].append(link)
            if link.to_id != link.from_id:
                self.links[link.to_id].append(link)

    def other_end(self, link: Link, item_id: str) -> str:
        return link.to_id if link.from_id == item_id else link.from_id

    def reports(self, action_id: str) -> list[tuple[Progress, Findings]]:
        """Progress rows that report on the action, in document order."""
        out = []
        for link in self.links.get(action_id, []):
            if link.kind != "reported_by":
                continue
            found = self.progress.get(self.other_end(link, action_id))
            if found and found not in out:
                out.append(found)
        return out

    def evidence(self, action_id: str) -> list[Evidence]:
        out: list[Evidence] = []
        for link in self.links.get(action_id, []):
            if link.kind != "evidence" or not link.sentence:
                continue
            found = self.section(self.other_end(link, action_id))
            if found is None:
                found = self.section_with(link.sentence)
            if found is not None:
                out.append(Evidence(link.sentence, found[0], found[1], link))
        return out

    def section(self, section_id: str) -> tuple[Findings, Section] | None:
        m = _SECTION_ID.match(section_id)
        if not m:
            return None
        prefix, k = m.group(1), int(m.group(2))
        for sha, f in self.by_sha.items():
            if sha.startswith(prefix) and k < len(f.sections):
                return f, f.sections[k]
        return None

    def section_with(self, sentence: str) -> tuple[Findings, Section] | None:
        """The first section of any document whose text holds `sentence`."""
        for f in self.ledger.documents:
            for sec in f.sections:
                if sentence in sec.text:
                    return f, sec
        return None

    def chain(self, action_id: str) -> tuple[str, ...]:
        for chain in self.ledger.chains:
            if action_id in chain:
                return chain
        return (action_id,)

    def earlier(self, action_id: str) -> list[tuple[Action, Findings]]:
        """The actions this one continues (linked same/reworded/split/merged), oldest first."""
        ids = set(self.chain(action_id))
        for link in self.links.get(action_id, []):
            if link.kind in ("same", "reworded", "split", "merged"):
                ids.add(self.other_end(link, action_id))
        ids.discard(action_id)
        mine = self.actions.get(action_id)
        mine_year = start_year(mine[1]) if mine else None
        found = [self.actions[i] for i in sorted(ids) if i in self.actions]
        found = [
            (a, f)
            for a, f in found
            if mine_year is None or start_year(f) is None or (start_year(f) or 0) < mine_year
        ]
        return sorted(found, key=lambda af: (start_year(af[1]) or 0, af[1].document.file))
