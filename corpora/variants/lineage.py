"""Actions across years (same, reworded, split, merged, dropped, new) and the progress
rows a report writes about its plan's actions.

`pool` is a content module (content.py for dev, content_heldout.py for held-out): its
verbs, action phrasings, qualifiers, items, leads and update templates.

A pool with `LINEAGE_VARIED` set (dev only: `build.LINEAGE_POOL`) also rewords the way
real boards do from year to year (`content.NEAR_VERBS`, `MERGE_FORMS`,
`SPLIT_AUDIENCES`): a near-synonym verb, the object reordered or shortened, no, one or
two qualifiers, a merge under a framing verb of its own, split parts each naming their
audience. The truth links are the same moves' links, written here."""

from __future__ import annotations

import random
from types import ModuleType

from corpora.variants.model import Action, Priority, Row
from corpora.variants.vocab import Scheme

STATUS_WEIGHTS = {"complete": 35, "in_progress": 30, "delayed": 15, "planned": 10, "unknown": 10}


def objects(theme: tuple) -> list[str]:
    title = theme[0].lower()
    return [*theme[3], f"a multi-agency audit of {title} cases", f"the {title} training offer"]


def phrase(pool: ModuleType, form: str, verb: str, obj: str, qual: str) -> str:
    return form.format(Verb=verb, verb=verb.lower(), obj=obj, qual=qual)


def _form(rng: random.Random, pool: ModuleType) -> str:
    forms = pool.ACTION_FORMS
    return forms[0] if len(forms) == 1 else rng.choice(forms)


def new_action(rng: random.Random, pool: ModuleType, obj: str, year: int, used: set[str]) -> Action:
    verb = rng.choice(list(pool.VERBS))
    text = phrase(pool, _form(rng, pool), verb, obj, rng.choice(pool.QUALIFIERS))
    items: tuple[str, ...] = ()
    if rng.random() < 0.25:
        items = tuple(rng.sample(pool.ITEMS, 2))
        text += ", including:"
    else:
        text += "."
    used.add(obj)
    return Action(
        key="",
        text=text,
        items=items,
        lead=rng.choice(pool.LEADS) if rng.random() < 0.85 else None,
        by=f"{rng.choice(pool.MONTHS[:6])} {year}" if rng.random() < 0.5 else f"March {year + 1}",
        verb=verb,
        obj=obj,
    )


def reword(rng: random.Random, pool: ModuleType, act: Action) -> tuple[str, str]:
    """A different verb and qualifier for the same object: (verb, text)."""
    if varied(pool):
        return reword_varied(rng, pool, act)
    verb = rng.choice([v for v in pool.VERBS if v != act.verb])
    quals = [q for q in pool.QUALIFIERS if q not in act.text]
    return verb, phrase(pool, _form(rng, pool), verb, act.obj, rng.choice(quals)) + "."


def varied(pool: ModuleType) -> bool:
    """The dev-only switch: this pool's boards get the varied lineage moves."""
    return bool(getattr(pool, "LINEAGE_VARIED", False))


def near_verb(pool: ModuleType, verb: str) -> str | None:
    """`verb`'s near-synonym (a near-synonym's is its base verb again)."""
    for base, (near, _past) in pool.NEAR_VERBS.items():
        if verb == base:
            return near
        if verb == near:
            return base
    return None


def past(pool: ModuleType, verb: str) -> str:
    if verb in pool.VERBS:
        return pool.VERBS[verb]
    for near, done in getattr(pool, "NEAR_VERBS", {}).values():
        if near == verb:
            return done
    for _form_text, framing, done in getattr(pool, "MERGE_FORMS", ()):
        if framing == verb:
            return done
    raise KeyError(verb)


_PREPOSITIONS = ("on", "for", "of", "from")


def vary_object(rng: random.Random, obj: str) -> str:
    """The object reordered ("training on coercive control" -> "coercive control
        training", "neglect training for health visitors" -> "health visitors' neglect
        training") or shortened (a hyphenated first modifier or a prepositional phrase
    dropped)."""
    words = obj.split()
    det = words[:1] if words[0] in ("the", "a", "an") else []
    body = words[len(det) :]
    moves: list[list[str]] = []
    at = next((i for i, w in enumerate(body) if w in _PREPOSITIONS), None)
    if at is not None:
        head, prep, tail = body[:at], body[at], body[at + 1 :]
        simple = 1 <= len(tail) <= 3 and not {"who", "and", "the", "a"} & set(tail)
        if head and simple and prep == "for":
            last = tail[-1] + ("'" if tail[-1].endswith("s") else "'s")
            moves.append([*tail[:-1], last, *head])
        elif head and simple:
            tail = [w[:-1] if w == "cases" else w for w in tail]
            moves.append([*det, *head[:-1], *tail, head[-1]])
        if prep == "of" and len(head) >= 2:
            moves.append([*det, *head[1:], prep, *tail])
        elif prep != "of" and len(head) >= 2:
            moves.append([*det, *head])
    elif len(body) >= 3 and "-" in body[0]:  # "the multi-agency neglect strategy"
        moves.append([*det, *body[1:]])
    if not moves:
        return obj
    out = rng.choice(moves)
    if out[0] in ("a", "an"):
        out[0] = "an" if out[1][0] in "aeiou" else "a"
    return " ".join(out)


def reword_varied(rng: random.Random, pool: ModuleType, act: Action) -> tuple[str, str]:
    near = near_verb(pool, act.verb)
    if near and rng.random() < 0.6:
        verb = near
    else:
        verb = rng.choice([v for v in pool.VERBS if v != act.verb])
    obj = vary_object(rng, act.obj) if rng.random() < 0.5 else act.obj
    quals = [q for q in pool.QUALIFIERS if q not in act.text]
    chosen = rng.sample(quals, rng.choice((0, 1, 1, 2)))
    return verb, " ".join([verb, obj, *chosen]) + "."


def first_plan(
    rng: random.Random, pool: ModuleType, themes: list[tuple], year: int
) -> list[Priority]:
    out = []
    used: set[str] = set()
    for n, theme in enumerate(themes, start=1):
        objs = objects(theme)
        count = rng.randint(3, 4)
        acts = [new_action(rng, pool, o, year, used) for o in rng.sample(objs, count)]
        out.append(Priority(n, theme[0], "", theme[2], acts))
    return out


def next_plan(
    rng: random.Random, pool: ModuleType, old: list[Priority], themes: list[tuple], year: int
) -> list[Priority]:
    """Next year's priorities: each old action carried same/reworded/split/merged or
    dropped; one or two new actions per priority."""
    used = {a.obj for p in old for a in p.actions}
    out = []
    for pri, theme in zip(old, themes, strict=True):
        acts: list[Action] = []
        pending = list(pri.actions)
        merged_done = False
        while pending:
            act = pending.pop(0)
            roll = rng.random()
            if roll < 0.12 and pending and not merged_done:
                other = pending.pop(0)
                merged_done = True
                text = f"{act.verb} {act.obj} and {other.verb.lower()} {other.obj}."
                verb = act.verb
                if varied(pool):
                    form, verb, _done = rng.choice(pool.MERGE_FORMS)
                    text = form.format(a=act.obj, b=other.obj) + "."
                acts.append(_carry(act, text, "merged", (act.key, other.key), verb=verb))
            elif roll < 0.22 and varied(pool):
                near = near_verb(pool, act.verb)
                others = [v for v in pool.VERBS if v != act.verb]
                verbs = [near or rng.choice(others), rng.choice(others)]
                for verb, audience in zip(verbs, rng.sample(pool.SPLIT_AUDIENCES, 2), strict=True):
                    text = f"{verb} {act.obj} {audience}."
                    acts.append(_carry(act, text, "split", (act.key,), verb))
            elif roll < 0.22:
                verb_a, verb_b = rng.sample([v for v in pool.VERBS if v != act.verb], 2)
                for verb, tail in ((verb_a, "."), (verb_b, f" {rng.choice(pool.QUALIFIERS)}.")):
                    acts.append(_carry(act, f"{verb} {act.obj}{tail}", "split", (act.key,), verb))
            elif roll < 0.37:
                continue  # dropped
            elif roll < 0.62:
                verb, text = reword(rng, pool, act)
                acts.append(_carry(act, text, "reworded", (act.key,), verb, keep_items=False))
            else:
                acts.append(_carry(act, act.text, "same", (act.key,), act.verb, keep_items=True))
        for act in acts:
            if act.by and act.prev:
                month = act.by.split()[0]
                act.by = f"{month} {year + (month in ('January', 'February', 'March'))}"
        spare = [o for o in objects(theme) if o not in used] or [f"the {theme[0].lower()} review"]
        room = max(0, min(len(spare), rng.randint(1, 2), 6 - len(acts)))
        for obj in rng.sample(spare, room):
            acts.append(new_action(rng, pool, obj, year, used))
        reworded = rng.random() >= 0.7
        title = f"{rng.choice(pool.TITLE_LEADS)} {pri.title}" if reworded else pri.title
        out.append(Priority(pri.number, title, "", theme[2], acts))
    return out


def _carry(act, text, kind, prev, verb, keep_items=False) -> Action:
    items = act.items if keep_items else ()
    if not keep_items and text.endswith(":"):
        text = text.rstrip(":,") + "."
    return Action("", text, items, act.lead, act.by, prev, kind, verb=verb, obj=act.obj)


def set_keys(priorities: list[Priority], scheme: str, number_of) -> None:
    running = 0
    for pri in priorities:
        for k, act in enumerate(pri.actions, start=1):
            running += 1
            act.key = f"A{pri.number}.{k}"
            act.number = number_of(scheme, pri.number, k, running)


def progress_rows(
    rng: random.Random, pool: ModuleType, priorities: list[Priority], scheme: Scheme, year: int
) -> list[Row]:
    """One row per action (a few gaps, sometimes one row for two actions)."""
    rows: list[Row] = []
    paired = False
    for pri in priorities:
        acts = list(pri.actions)
        while acts:
            act = acts.pop(0)
            if rng.random() < 0.08:
                continue  # a gap: nothing reported on this action
            keys, text, items = (act.key,), _restate(rng, pool, act), ()
            if text == act.text:
                items = act.items
            if not paired and acts and rng.random() < 0.15:
                other = acts.pop(0)
                paired = True
                keys = (act.key, other.key)
                text = f"{act.verb} {act.obj} and {other.verb.lower()} {other.obj}."
                items = ()
            rows.append(_row(rng, pool, act, keys, text, items, scheme, year, pri.number))
    return rows


def _restate(rng: random.Random, pool: ModuleType, act: Action) -> str:
    roll = rng.random()
    if roll < 0.55 or act.text.endswith(":"):
        return act.text
    if roll < 0.8:
        return reword(rng, pool, act)[1]
    return f"{act.verb} {act.obj}."


def _row(rng, pool, act, keys, text, items, scheme: Scheme, year: int, pri: int) -> Row:
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    sentence, statuses = update_text(rng, pool, act, status, year)
    update = [sentence]
    if status in ("complete", "in_progress") and rng.random() < 0.3:
        update.append(pool.FOLLOW_UP.format(month=rng.choice(pool.MONTHS)))
    cell, fill = rng.choice(scheme.cells[status])
    if "%" in cell and status == "delayed" and "in_progress" not in statuses:
        statuses.append("in_progress")
    return Row(
        actions=tuple(keys),
        action=text,
        action_items=tuple(items),
        update=tuple(update),
        statuses=tuple(statuses),
        status_cell=cell,
        fill=fill,
        ref=act.number,
        lead=act.lead,
        timescale=act.by,
        priority=pri,
    )


def update_text(
    rng: random.Random, pool: ModuleType, act: Action, status: str, year: int
) -> tuple[str, list[str]]:
    """An update sentence for `status` and the statuses it means (its template's set;
    a plain-string template means just `status`)."""
    template = rng.choice(pool.UPDATES[status])
    template, statuses = (template, (status,)) if isinstance(template, str) else template
    assert statuses[0] == status, template
    obj = act.obj
    month = rng.choice(pool.MONTHS)  # draws in this order: same seeds, same boards
    printed_year = year if rng.random() < 0.5 else year + 1
    n, m = rng.randint(20, 240), rng.randint(9, 14)
    where = rng.choice(("in every locality", "across the partnership", "by all agencies"))
    text = template.format(
        obj=obj,
        Obj=obj[0].upper() + obj[1:],
        past=past(pool, act.verb),
        verb=act.verb.lower(),
        month=month,
        year=printed_year,
        year2=year + 1,
        n=n,
        m=m,
        k=m // 2,
        where=where,
    )
    return text, list(statuses)
