"""A document's board, and which boards a set of documents belongs to: one board's
folder must not silently mix in another board's reports.

Board names are normalised so that one board's documents give one name, however each
prints it: "BROMLEY SAFEGUARDING CHILDREN BOARD (BSCB)" on a cover in capitals, "The
Bromley Safeguarding Children Board" in the text and "Bromley Safeguarding Children
Board" in a header are all "Bromley Safeguarding Children Board" (title case, no
leading "The", the acronym kept apart). A running header that gives only the acronym
("BSCB | Page 2") names the board whose full name in the body has that acronym.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from extract.errors import MixedBoards
from nlp.findings.model import Findings, Reading

_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by"})
# The body of a board's name: "(Local) Safeguarding Children('s) / Adults / Young
# People … Board / Partnership (Board) / Partners / Arrangements / Executive".
_KIND = (
    r"(?:Local\s+)?(?:(?:Children(?:['’]s)?|Adults?(?:['’]s?)?|Young\s+People(?:['’]s)?|"
    r"Safeguarding|Multi-Agency)\s+)*Safeguarding\s+"
    r"(?:(?:Children(?:['’]s)?|Adults?(?:['’]s?)?|Young\s+People(?:['’]s)?)\s+)?"
    r"(?:Partnership\s+Board|Board|Partnership|Partners|Arrangements|Executive)\b"
)
_NAME = re.compile(rf"((?:[A-Z][\w'’&-]*\s+){{1,4}}?{_KIND})(?:\s*\(([A-Z]{{2,8}})\))?")
# Words a cover puts before a board's name that are not part of it (a guess).
_LEAD = frozenset(
    [
        "annual",
        "report",
        "review",
        "plan",
        "business",
        "strategic",
        "independent",
        "chair",
        "chair's",
        "chairs",
        "accountability",
        "welcome",
        "foreword",
        "introduction",
        "about",
        "contents",
        "our",
        "this",
        "from",
        "",
    ]
)


def board_key(name: str) -> str:
    """A board name compared without case, spaces, punctuation, a leading "The" or an
    "(ACRONYM)"."""
    name = re.sub(r"\([A-Z]{2,8}\)", "", name)
    name = re.sub(r"^\s*the\s+", "", name, flags=re.I)
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _title_case(line: str) -> str:
    """A line printed in capitals, in title case ("OF", "THE" small; "(BSCB)" kept)."""
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return line
    out = []
    for k, word in enumerate(line.split(" ")):
        bare = word.strip("()")
        if word.startswith("(") and bare.isalpha() and 2 <= len(bare) <= 8:
            out.append(word)  # an acronym in brackets
        elif k and word.lower() in _SMALL:
            out.append(word.lower())
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def board_names(line: str) -> list[tuple[str, str | None]]:
    """(canonical name, acronym or None) of each board named in `line`."""
    out = []
    for m in _NAME.finditer(_title_case(line)):
        words = m.group(1).split()
        while words and (words[0].lower() in _LEAD or words[0].lower() in _SMALL):
            words = words[1:]
        if len(words) >= 3:
            out.append((" ".join(words), m.group(2)))
    return out


def _acronym_of(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def find_board(cover: list[str], body: Iterable[str] = ()) -> tuple[str | None, Reading | None]:
    """The board a document is from: the first board named on its cover (title, first
    blocks, running headers), else the one its body names most often; else, when a
    running header gives only an acronym, the body's board with that acronym."""
    for line in cover:
        found = board_names(line)
        if found:
            name, acronym = found[0]
            cue = f"cover '{_short(line)}'" + (f" ({acronym})" if acronym else "")
            return name, Reading(0.95, cue)
    body = list(body)
    counts: Counter[str] = Counter()
    acronyms: dict[str, str] = {}
    for line in body:
        for name, acronym in board_names(line):
            counts[name] += 1
            acronyms[name] = acronym or acronyms.get(name) or _acronym_of(name)
    if not counts:
        return organisation(cover, body)
    wanted = {w for line in cover for w in re.findall(r"\b[A-Z]{3,8}\b", line)}
    for name, _n in counts.most_common():
        if acronyms[name] in wanted:
            return name, Reading(
                0.8, f"acronym '{acronyms[name]}' in the header, named in the text"
            )
    name, n = counts.most_common(1)[0]
    return name, Reading(0.7, f"named {n} times in the text")


# A run of capitalised words, small words allowed inside ("Vale of Elm Council").
_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w'’&-]*)*")
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")


def _runs(line: str) -> list[str]:
    out = []
    for m in _RUN.finditer(_title_case(line)):
        words = m.group(0).split()
        while words and (words[0].lower() in _LEAD or words[0].lower() in _SMALL):
            words = words[1:]  # "The", "Annual Report of the" before the name
        if words and not any(ch.isdigit() for ch in words[-1]):
            out.append(_title_case(" ".join(words)))  # a run in capitals inside a sentence
    return out


def organisation(cover: list[str], body: list[str]) -> tuple[str | None, Reading | None]:
    """A board whose name has no known keyword ("X Wellbeing Council"): the
    organisation name the cover and the running headers repeat. Candidates are runs of
    capitalised words on the cover; one is taken when its initials are an acronym the
    document prints, or when it is at least three words long and printed as a run of
    its own in at least three lines of cover and body. A name whose initials the
    document prints as an acronym first (a title repeated in every running header is
    printed more often than the board's name), then most lines, then the longer name.
    Guesses: the shapes, the counts; a person's name or a role is two words and has
    no acronym, a section heading is not on the cover."""
    acronyms = {a for line in (*cover, *body) for a in _ACRONYM.findall(line)}
    seen: Counter[str] = Counter()
    for line in (*cover, *body):
        for run in set(_runs(line)):
            seen[run] += 1
    best: tuple[bool, int, int, str] | None = None
    for run in {r for line in cover for r in _runs(line)}:
        words = run.split()
        has_acronym = len(words) >= 2 and _acronym_of(run) in acronyms
        if not has_acronym and (len(words) < 3 or seen[run] < 3):
            continue
        key = (has_acronym, seen[run], len(words), run)
        best = key if best is None or key > best else best
    if best is None:
        return None, None
    cue = f"organisation name repeated on {best[1]} lines" + (
        f" (acronym '{_acronym_of(best[3])}')" if best[0] else ""
    )
    return best[3], Reading(0.6, cue)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def boards_in(findings: Iterable[Findings]) -> dict[str, list[str]]:
    """Board name (as first written) → the files that name it. Documents that name no
    board are left out."""
    names: dict[str, str] = {}
    out: dict[str, list[str]] = {}
    for f in findings:
        board = f.document.board
        if not board or not board_key(board):
            continue
        name = names.setdefault(board_key(board), board)
        out.setdefault(name, []).append(f.document.file)
    return out


def check_one_board(findings: Iterable[Findings], *, hint: str = "") -> None:
    """Raise `MixedBoards` naming each board and its files when there are several."""
    boards = boards_in(findings)
    if len(boards) <= 1:
        return
    listed = "; ".join(f"{name}: {', '.join(files)}" for name, files in boards.items())
    raise MixedBoards(
        f"these documents come from {len(boards)} boards ({listed}); "
        f"put each board's documents in its own folder{hint}"
    )


__all__ = ["board_key", "boards_in", "check_one_board"]
