"""The body of an edited copy applied, as steps (`service.review.steps`): a section's
heading; a paragraph edited (merged sentence by sentence, `service.review.merge`),
added after the paragraph it follows, removed (its drafted sentences rejected, kept
but not printed; the person's own dropped) or moved to another place (the same
paragraph, its sentences keeping their ids, sources and verdicts, touched up when its
words changed on the way)."""

from __future__ import annotations

from dataclasses import replace

from drafting.build.ids import new_sentence
from drafting.compare import Change
from drafting.model import DraftParagraph
from drafting.textnorm import collapse, key
from service.review import drafts
from service.review.content import DraftContent, Verdict
from service.review.merge import merge
from service.review.steps import NotApplied, Step, find, section_at


def heading(content: DraftContent, number: str, text: str) -> Step:
    at = section_at(drafts.effective(content), number)
    if at is None:
        raise NotApplied(f"the draft has no section {number}")
    section = content.draft.sections[at]
    edited = drafts.with_section(content, at, replace(section, heading=text))
    return Step(edited, "edit_section", f"section {at} heading", section.heading, text)


def paragraph(content: DraftContent, change: Change) -> Step:
    if change.kind == "moved":
        return _moved(content, change)
    at = _at(content, change.section or "")
    if change.kind == "added":
        return _added(content, at, change)
    j = _stored(content, at, change.before or "", change.index)
    if change.kind == "removed":
        return _removed(content, at, j, change)
    return _edited(content, at, j, change.after or "", change)


def _at(content: DraftContent, section: str) -> int:
    at = section_at(drafts.effective(content), section)
    if at is None:
        raise NotApplied(
            f"the draft has no section {section}: its paragraphs are the tool's (an appendix "
            "or page written anew on every copy), or the section's heading was changed"
        )
    return at


def _stored(content: DraftContent, at: int, text: str, near: int | None) -> int:
    """The stored index of the printed paragraph of section `at` the copy's `text` is."""
    printed = _printed(content, at)
    texts = [drafts.effective(content).sections[at].paragraphs[k].text for k in range(len(printed))]
    found = find(texts, text, near)
    if found is None:
        raise NotApplied("the paragraph it changes is no longer in the draft (edited since?)")
    return printed[found]


def _place(content: DraftContent, at: int, anchor: str | None) -> int:
    """Where a paragraph that follows `anchor` in the copy goes in section `at`."""
    if anchor is None:
        return 0
    printed = _printed(content, at)
    texts = [p.text for p in drafts.effective(content).sections[at].paragraphs]
    k = find(texts, anchor, None)
    if k is None:
        raise NotApplied("the paragraph it follows in the copy is not in the draft")
    return printed[k] + 1


def _added(content: DraftContent, at: int, change: Change) -> Step:
    section = content.draft.sections[at]
    place = _place(content, at, change.anchor)
    form = change.form or "plain"
    sentence = new_sentence(content.draft, section, collapse(change.after or ""), set())
    added = DraftParagraph(
        "written", (sentence,), numbered=form == "numbered", bullet=form == "bullet"
    )
    paragraphs = (*section.paragraphs[:place], added, *section.paragraphs[place:])
    return _step(content, at, paragraphs, {}, "add_paragraph", place, change)


def _removed(content: DraftContent, at: int, j: int, change: Change) -> Step:
    section = content.draft.sections[at]
    old = section.paragraphs[j]
    verdicts: dict[str, Verdict] = {s.id: "rejected" for s in old.sentences if s.kind != "written"}
    kept = tuple(s for s in old.sentences if s.kind != "written")
    paragraphs = (
        drafts.put(section.paragraphs, j, replace(old, sentences=kept))
        if kept
        else (*section.paragraphs[:j], *section.paragraphs[j + 1 :])
    )
    return _step(content, at, paragraphs, verdicts, "remove_paragraph", j, change)


def _edited(content: DraftContent, at: int, j: int, text: str, change: Change) -> Step:
    section = content.draft.sections[at]
    taken: set[str] = set()
    merged = merge(
        section.paragraphs[j],
        content.review,
        text,
        lambda w: new_sentence(content.draft, section, w, taken),
    )
    review = {k: v for k, v in content.review.items() if k not in merged.replaced}
    content = replace(content, review=review)
    paragraphs = drafts.put(section.paragraphs, j, merged.paragraph)
    verdicts = dict.fromkeys(merged.rejected, "rejected")
    return _step(content, at, paragraphs, verdicts, "edit_section", j, change)  # type: ignore[arg-type]


def _moved(content: DraftContent, change: Change) -> Step:
    """The paragraph taken out of its place and put where the copy has it now."""
    source = _at(content, change.moved_from or "")
    j = _stored(content, source, change.before or "", change.from_index)
    moving = content.draft.sections[source].paragraphs[j]
    left = content.draft.sections[source].paragraphs
    content = drafts.with_section(
        content,
        source,
        replace(content.draft.sections[source], paragraphs=(*left[:j], *left[j + 1 :])),
    )
    at = _at(content, change.section or "")
    place = _place(content, at, change.anchor)
    section = content.draft.sections[at]
    if moving.sub and not section.number:
        moving = replace(moving, sub=False)
    paragraphs = (*section.paragraphs[:place], moving, *section.paragraphs[place:])
    content = drafts.with_section(content, at, replace(section, paragraphs=paragraphs))
    where = f"section {source} ¶{j} → section {at} ¶{place}"
    if key(change.after or "") != key(change.before or ""):
        touched = _edited(content, at, place, change.after or "", change)
        content = touched.content
    return Step(content, "move_paragraph", where, change.before, change.after)


def _step(
    content: DraftContent,
    at: int,
    paragraphs: tuple[DraftParagraph, ...],
    verdicts: dict[str, Verdict],
    action: str,
    j: int,
    change: Change,
) -> Step:
    section = replace(content.draft.sections[at], paragraphs=paragraphs)
    content = drafts.with_section(content, at, section)
    content = replace(content, review={**content.review, **verdicts})
    return Step(content, action, f"section {at} ¶{j}", change.before, change.after)


def _printed(content: DraftContent, at: int) -> list[int]:
    """The indices (in the stored draft) of section `at`'s paragraphs the copy prints:
    those with a sentence not rejected."""
    rejected = {k for k, v in content.review.items() if v == "rejected"}
    return [
        j
        for j, p in enumerate(content.draft.sections[at].paragraphs)
        if any(s.id not in rejected for s in p.sentences)
    ]
