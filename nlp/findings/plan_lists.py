"""Planned actions and outcomes written as lists under a heading per priority.

    Priority 2: Continuous Improvement of Practice      (heading or short paragraph)
    Outcomes                                            (optional sub-heading)
      1. …
    What we will do in 2018-19                          (optional sub-heading)
      1. …                                              ← an action
         • …                                            ← its sub-item

A numbered list under a priority is read as actions when a sub-heading says so
(action words: "actions", "we will", "what we will do"), or in a plan when no
sub-heading says otherwise; under an outcome sub-heading it is outcomes. Lists in a
report's narrative are not actions unless an action sub-heading introduces them
(a guess that keeps reports' numbered paragraphs out of the plan).

Typed labels count as list items when they form a sequence: paragraphs opening with
an enumerator the extractor did not read as a number ("P1.1 Review…", "1b Develop…",
"2 Launch…"), one after another with the same shape and each label following the last
(1.1 → 1.2, 1.3 → 2.1, a → b); a lone label that starts a sequence ("P4.1") counts
under an action sub-heading. Every action read from a list carries a `Reading` whose
cue names the list and the heading it sits under.

Priorities listed after an introducing line ("Our priorities were: 1. … 2. …") are
read in `report_priorities.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Block, Heading, ListItem, Paragraph, Table
from extract.text_rules import collapse_spaces
from nlp.findings.cell_content import is_block_label
from nlp.findings.columns import column_role
from nlp.findings.model import Reading
from nlp.findings.plan_tables import ActionCandidate, is_sub_item, label_of
from nlp.findings.priorities import PriorityRegistry, parse_label
from nlp.findings.text import block_line, split_number, strip_bullet
from nlp.periods import periods

_SUBHEAD_WORDS = 12
_CUE_CHARS = 50


@dataclass
class _Context:
    """Where the list being read sits: its priority heading and action sub-heading."""

    heading: str = ""
    intro: str | None = None


def read_plan_lists(
    blocks: tuple[Block, ...], registry: PriorityRegistry, *, is_plan: bool, period: str | None
) -> list[ActionCandidate]:
    out: list[ActionCandidate] = []
    priority: str | None = None
    mode: str | None = None  # "action" | "outcome" | "block" (a labelled block) | None
    level = 0  # the list level of the last action
    list_period = period
    typed = typed_items(blocks)
    where = _Context()
    intro_at = -1  # the block of the last action sub-heading
    priority_level: int | None = None  # the heading level of the priority's heading
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            priority, mode = None, None
            continue
        if out and priority is not None and _lead_line(block, out, priority):
            continue
        label = parse_label(block_line(block)) if not isinstance(block, ListItem) else None
        if label and _is_heading_like(block):
            priority, mode = registry.add(label[0], label[1], block.source), None
            where = _Context(block_line(block))
            priority_level = block.level if isinstance(block, Heading) else None
            continue
        if priority is None:
            continue
        if isinstance(block, Heading) and priority_level and block.level < priority_level:
            priority, mode = None, None  # a heading above the priority's ends it (guess)
            continue
        if _is_heading_like(block) and not isinstance(block, ListItem):
            listing = mode is not None or bool(out and out[-1].priority == priority)
            read = mode == "action" and bool(out) and out[-1].position > (intro_at,)
            mode = _subheading_mode(
                block.text, mode, heading=isinstance(block, Heading), listing=listing, read=read
            )
            intro_at = i if mode == "action" else intro_at
            where.intro = block_line(block) if mode == "action" else None
            found = periods(block.text) if mode == "action" else []
            list_period = found[0][1] if found else list_period
            if isinstance(block, Heading) and mode is None and block.level <= 2:
                priority = None
            continue
        if not isinstance(block, ListItem | Paragraph):
            continue
        number, text = label_of(block)
        kind = "numbered list" if isinstance(block, ListItem) or block.number else None
        if i in typed and kind is None:
            sequence, number, text = typed[i]
            if sequence or mode == "action":
                kind = "typed labels in sequence" if sequence else "typed label"
        wanted = mode == "action" or (mode is None and is_plan)
        if mode == "outcome" and kind:
            registry.add(priority, "", block.source, [strip_bullet(text)])
        elif wanted and is_sub_item(block, level) and out and out[-1].priority == priority:
            out[-1].items.append(strip_bullet(text))
        elif wanted and number is not None and kind:
            level = block.level if isinstance(block, ListItem) else 0
            reading = _reading(kind, number, where)
            out.append(
                ActionCandidate(
                    priority, number, text, block.source, (i,), period=list_period, reading=reading
                )
            )
    return out


def _reading(kind: str, number: str, where: _Context) -> Reading:
    """ "numbered list under 'Priority 2: …' heading, after 'We will:'". Guess: an
    action sub-heading makes the reading surer than the priority heading alone, and
    typed labels are less sure than a list the document numbers itself."""
    confidence = 0.85 if where.intro else 0.75
    confidence -= {"numbered list": 0.0, "typed labels in sequence": 0.05}.get(kind, 0.1)
    what = f"{kind} ('{number}')" if kind.startswith("typed") else kind
    cue = f"{what} under '{_short(where.heading)}' heading"
    if where.intro:
        cue += f", after '{_short(where.intro)}'"
    return Reading(round(confidence, 2), cue)


def _short(text: str) -> str:
    text = collapse_spaces(text)
    return text if len(text) <= _CUE_CHARS else text[: _CUE_CHARS - 1] + "…"


_TYPED_EXTRA = (
    re.compile(r"^(\d{1,2}[a-z])[.):]?\s+(?=[A-Z])"),  # "1b Develop…"
    re.compile(r"^(\d{1,2})\s+(?=[A-Z][a-z])"),  # "2 Launch…": bare, only in a sequence
)


def typed_label(text: str) -> tuple[str, str, bool] | None:
    """(label, rest, bare) of a paragraph opening with a typed enumerator: "P1.2",
    "1.2", "2.", "1b", "A2", or a bare "2" (bare: True); None otherwise."""
    number, rest = split_number(text)
    if number is not None:
        return number, rest, False
    line = collapse_spaces(text)
    for k, pattern in enumerate(_TYPED_EXTRA):
        m = pattern.match(line)
        if m:
            return m.group(1), line[m.end() :].strip(), k == 1
    return None


def _key(label: str) -> tuple[str, tuple[int, ...]]:
    """A label's shape and ordinals: "P1.2" -> ("P9.9", (1, 2)), "1b" -> ("9a", (1, 2))."""
    label = label.strip().rstrip(".):")
    shape = re.sub(r"\d+", "9", re.sub(r"(?<=\d)[a-z]", "a", label))
    ords = [int(n) for n in re.findall(r"\d+", label)]
    ords += [ord(c) - ord("a") + 1 for c in re.findall(r"(?<=\d)([a-z])", label)]
    return shape, tuple(ords)


def _follows(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Label b comes straight after a: the last part one more (1.2 → 1.3), or an
    earlier part higher and the last restarting at 1 (1.3 → 2.1)."""
    if len(a) != len(b) or not b:
        return False
    if b[:-1] == a[:-1]:
        return b[-1] == a[-1] + 1
    return b[:-1] > a[:-1] and b[-1] == 1


def typed_items(blocks: tuple[Block, ...]) -> dict[int, tuple[bool, str, str]]:
    """Paragraphs whose typed label makes them list items: block index -> (in a
    sequence of at least two, label, text). A lone label counts only when it starts a
    sequence (its last part is 1) and is not a bare number. Bullets and dash lines may
    stand between the items; anything else ends the run. A guess about typed lists."""
    out: dict[int, tuple[bool, str, str]] = {}
    run: list[tuple[int, str, str, tuple[str, tuple[int, ...]], bool]] = []

    def close() -> None:
        if len(run) >= 2:
            out.update({i: (True, n, t) for i, n, t, _k, _bare in run})
        elif run:
            i, n, t, (_shape, ords), bare = run[0]
            if ords[-1:] == (1,) and not bare:
                out[i] = (False, n, t)
        run.clear()

    for i, block in enumerate(blocks):
        if isinstance(block, ListItem) or (isinstance(block, Paragraph) and is_sub_item(block)):
            continue  # a sub-item between items
        found = (
            typed_label(block.text) if isinstance(block, Paragraph) and not block.number else None
        )
        if found is None:
            close()
            continue
        key = _key(found[0])
        if run and not (key[0] == run[-1][3][0] and _follows(run[-1][3][1], key[1])):
            close()
        run.append((i, found[0], found[1], key, found[2]))
    close()
    return out


_FIELD = re.compile(r"([A-Z][\w ]{1,25}?)\s*:\s*([^;]+)")


def _lead_line(block: Block, out: list[ActionCandidate], priority: str) -> bool:
    """ "Lead: Head of Early Help; Timescale: June 2022" under an action: its fields.
    A field naming the priority's actions by their labels ("Lead: P1.1 Head of Early
    Help; P1.2 Designated Nurse") gives each its own value."""
    if not isinstance(block, Paragraph) or block.number:
        return False
    text = collapse_spaces(block.text)
    if _keyed_fields(text, [a for a in out if a.priority == priority]):
        return True
    fields = _FIELD.findall(text)
    roles = {column_role(k): v.strip(" .") for k, v in fields}
    if not fields or not ({"lead", "timescale"} & set(roles)):
        return False
    action = out[-1]
    action.lead = roles.get("lead", action.lead)
    action.timescale = roles.get("timescale", action.timescale)
    return True


def _keyed_fields(text: str, actions: list[ActionCandidate]) -> bool:
    m = re.match(r"([A-Z][\w ]{1,25}?)\s*:\s*(.+)$", text)
    role = column_role(m.group(1)) if m else None
    if m is None or role not in {"lead", "timescale"}:
        return False
    by_number = {a.number: a for a in actions if a.number}
    keyed = [typed_label(part.strip(" .")) for part in m.group(2).split(";")]
    if not keyed or not all(k and k[0] in by_number and k[1] for k in keyed):
        return False
    for k in keyed:
        assert k is not None
        setattr(by_number[k[0]], role, k[1].strip(" ."))
    return True


def _is_heading_like(block: Block) -> bool:
    if isinstance(block, Heading):
        return True
    if isinstance(block, Paragraph) and not block.number:
        words = collapse_spaces(block.text).split()
        return 0 < len(words) <= _SUBHEAD_WORDS and not block.text.rstrip().endswith(".")
    return False


def _subheading_mode(
    text: str,
    mode: str | None,
    *,
    heading: bool = False,
    listing: bool = False,
    read: bool = False,
) -> str | None:
    """The mode a sub-heading sets. `read`: actions were read since the last action
    sub-heading. Guess: a priority has one action sub-heading per year, so once its
    list is read a labelled line that scores as an action header ("How we will know:"
    is near "how we will do it") ends the list, unless it names a year of its own."""
    role = column_role(collapse_spaces(text).rstrip(":"))
    if role == "action" and read and is_block_label(text, heading=heading) and not periods(text):
        return "block"
    if role == "action":
        return "action"
    if role == "outcome":
        return "outcome"
    if listing and is_block_label(text, heading=heading):
        return "block"  # a new labelled block ends the list: its items are not actions'
    return mode
