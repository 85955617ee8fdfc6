"""One invented board from a seed, a vocabulary and a content pool: its name, years,
documents (plans and reports with their styles), people and cross-year links.

`special` forces a few draws for cases the corpus must contain (README.md):
`start`/`years`/`multi` (a board's years), `layout` (every plan's layout),
`caption_style` (the period style of the actions' caption, e.g. "Actions 2017–18"
under a 2017-19 cover), `irregular` (the last report covers "1st April Y – 31st
October Y+1", 19 months: the financial years Y/Y+1 and Y+1/Y+2, by nlp/periods.py's
rule of whole years counted from the first month)."""

from __future__ import annotations

import random
from types import ModuleType

from corpora.variants import lineage
from corpora.variants.model import Board, Doc, Person, Priority
from corpora.variants.vocab import Vocab, label, multi_text, number, period_text

# board names that mark an adults' board ("X Safeguarding Adults Board", "X Public
# Protection Committee"); any other name is a children's board
ADULT_BOARDS = ("Adult", "Public Protection")
COLOURS = (("1F4E79", "DDEBF7"), ("385723", "E2EFDA"), ("7030A0", "EADCF4"), ("833C0B", "FBE4D5"))


def make_board(
    place: str,
    part: str,
    seed: int,
    vocab: Vocab,
    pool: ModuleType,
    special: dict | None = None,
) -> Board:
    special = special or {}
    rng = random.Random(seed)
    pattern = rng.choice(vocab.board_styles)
    name = pattern.format(place=place)
    short = "".join(w[0] for w in name.split() if w[0].isupper())
    colour, light = rng.choice(COLOURS)
    slug = place.lower().replace(" ", "-")
    board = Board(slug, part, name, short, place, colour, light, rng.choice(vocab.cover_styles))
    board.seed = seed
    audience = "a" if any(mark in name for mark in ADULT_BOARDS) else "c"
    themes = [t for t in pool.THEMES if t[1] in (audience, "b")]
    chosen = rng.sample(themes, rng.randint(3, 4))
    start, years = rng.randint(2009, 2021), rng.randint(2, 3)
    multi = rng.random() < 0.35
    start, years = special.get("start", start), special.get("years", years)
    multi = special.get("multi", multi)
    people = _cast(rng, pool, place)
    priorities = lineage.first_plan(rng, pool, chosen, start)
    for i in range(years):
        y = start + i
        if i:
            priorities = lineage.next_plan(rng, pool, priorities, chosen, y)
        span = (start, start + years) if multi else None
        plan = _plan_doc(rng, board, vocab, priorities, y, span, special)
        if i:
            _carry_links(board, y - 1, y, priorities)
        board.docs.append(plan)
        irregular = bool(special.get("irregular")) and i == years - 1
        board.docs.append(_report_doc(rng, board, vocab, pool, plan, y, people, irregular))
        plan.people = [people[0]]
        if rng.random() < 0.3:  # someone new each year
            people.insert(2, _person(rng, pool, place))
    return board


def _carry_links(board: Board, old_y: int, new_y: int, priorities: list[Priority]) -> None:
    old_id, new_id = _doc_id(board, old_y, "plan"), _doc_id(board, new_y, "plan")
    for pri in priorities:
        for act in pri.actions:
            for src in act.prev:
                board.links.append((f"{old_id}/{src}", f"{new_id}/{act.key}", act.kind or ""))


def _doc_id(board: Board, year: int, what: str) -> str:
    return f"{board.slug}/{year_key(year)}/{what}"


def year_key(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"


def _plan_doc(rng, board: Board, vocab: Vocab, priorities, y: int, multi, special) -> Doc:
    scheme = rng.choice(vocab.number_schemes)
    lineage.set_keys(priorities, scheme, number)
    tmpl = rng.choice(vocab.priority_labels)
    for pri in priorities:
        pri.label = label(tmpl, pri.number)
    layout = special.get("layout") or rng.choice(vocab.plan_layouts)
    single = period_text(rng.choice(vocab.period_styles), y)
    caption = vocab.captions[0] if len(vocab.captions) == 1 else rng.choice(vocab.captions)
    caption_period = (
        period_text(special["caption_style"], y) if "caption_style" in special else single
    )
    if multi:
        period = f"{multi[0]}-{multi[1] % 100:02d}"
        printed = multi_text(rng.choice(vocab.multi_styles), *multi)
        actions_period = f"{y}/{(y + 1) % 100:02d}"
    else:
        period, printed, actions_period = f"{y}/{(y + 1) % 100:02d}", single, None
    title = rng.choice(vocab.plan_titles)
    caption_only = not multi and rng.random() < (0.3 if vocab.part == "heldout" else 0.15)
    style = {
        "numbers": scheme,
        "block": rng.choice(vocab.blocks),
        "caption": caption.format(period=caption_period),
        "headings": vocab.headings,
        "caption_only": caption_only,
        "wrap_title": rng.random() < 0.4,
        "auto_numbers": rng.random() < 0.5,
        "columns": {k: rng.choice(v) for k, v in vocab.plan_columns.items()},
        "status_words": [rng.choice(vocab.schemes).cells["planned"][0][0] or "Not started"],
    }
    for pri in priorities:
        for act in pri.actions:
            act.plan_status = style["status_words"][0] if layout == "rag_plan" else None
    doc = Doc(
        doc_id=_doc_id(board, y, "plan"),
        stem=f"{year_key(y)}_business_plan",
        kind="business_plan",
        title=title if caption_only else f"{title} {printed}",
        title_lines=(title,) if caption_only else (title, printed),
        period=period,
        period_printed=printed,
        actions_period=actions_period,
        layout=layout,
        formats=_formats(rng),
        priorities=priorities,
        style=style,
    )
    doc.features = [layout, f"numbers_{scheme}", f"label:{tmpl}", f"block:{style['block']}"]
    doc.features += ["period_in_caption_only"] if caption_only else [f"period:{printed}"]
    doc.features += ["multi_year"] if multi else []
    if "caption_style" in special:
        doc.features += [f"caption:{style['caption']}"]
    return doc


def _formats(rng) -> tuple[str, ...]:
    return rng.choices((("pdf",), ("docx",), ("docx", "pdf")), weights=(5, 2, 2))[0]


def _report_doc(
    rng, board: Board, vocab: Vocab, pool, plan: Doc, y: int, people, irregular: bool
) -> Doc:
    kind, title = rng.choice(vocab.report_titles)
    scheme = rng.choice(vocab.schemes)
    printed = period_text(rng.choice(vocab.period_styles), y)
    period = f"{y}/{(y + 1) % 100:02d}"
    if irregular:  # 19 months: two financial years counted from April y (nlp/periods.py)
        printed, period = f"1st April {y} – 31st October {y + 1}", f"{y}-{(y + 2) % 100:02d}"
    rows = lineage.progress_rows(rng, pool, plan.priorities, scheme, y)
    action_col, update_col = rng.choice(vocab.progress_headers)
    extras = rng.sample(vocab.extra_columns, rng.randint(0, 2))
    roles = {r for _, r in extras}
    if len(roles) < len(extras):
        extras = extras[:1]
    cols = [(action_col, "action"), (update_col, "update")]
    for lab, role in extras:
        cols.insert(0 if role == "ref" else len(cols), (lab, role))
    if not any(r == "status" for _, r in cols):
        for row in rows:
            row.status_cell, row.fill = None, None
    report_priorities = [Priority(p.number, p.title, p.label, (), []) for p in plan.priorities]
    doc = Doc(
        doc_id=_doc_id(board, y, "report"),
        stem=f"{year_key(y)}_{kind}",
        kind=kind,
        title=f"{title} {printed}",
        title_lines=(title, printed),
        period=period,
        period_printed=printed,
        actions_period=None,
        layout=rng.choice(vocab.report_layouts),
        formats=_formats(rng),
        priorities=report_priorities,
        rows=rows,
        style={
            "columns": cols,
            "scheme": scheme,
            "intro": rng.choice(vocab.report_intros),
            "people_style": (people_style := rng.choice(vocab.people_styles)),
            "people_template": vocab.people_templates.get(people_style),
            "headings": vocab.headings,
            "voices": vocab.report_voices.get(kind, {}),  # drawn by reports.py, not here
            "membership_header": rng.choice(vocab.membership_headers),
            "plan_period": plan.period_printed,
            "wrap_title": rng.random() < 0.4,
        },
    )
    doc.people = [people[0], people[1]]
    doc.membership = people[2:8]
    doc.features = [doc.layout, f"scheme:{scheme.name}", f"columns:{'|'.join(c for c, _ in cols)}"]
    doc.features += [f"people:{doc.style['people_style']}", f"period:{printed}"]
    doc.features += ["irregular_period"] if irregular else []
    return doc


def _cast(rng: random.Random, pool: ModuleType, place: str) -> list[Person]:
    chairs = pool.CHAIR_ROLES
    chair_name = _name(rng, pool)
    chair = Person(chair_name, chairs[0] if len(chairs) == 1 else rng.choice(chairs))
    manager = Person(_name(rng, pool), rng.choice(pool.MANAGER_ROLES))
    return [chair, manager, *(_person(rng, pool, place) for _ in range(6))]


def _person(rng: random.Random, pool: ModuleType, place: str) -> Person:
    role, org = rng.choice(pool.ROLES)
    name = _name(rng, pool)
    initials = "".join(w[0] for w in name.split())
    return Person(name, role, org.format(place=place), initials)


def _name(rng: random.Random, pool: ModuleType) -> str:
    return f"{rng.choice(pool.FIRST)} {rng.choice(pool.LAST)}"
