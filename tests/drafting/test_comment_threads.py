"""Threaded comments in the tracked-changes copy: Harrowfield's 2020/21 draft through
the real pipeline, every pending sentence tracked; the package read back shows
word/commentsExtended.xml registered (content type, relationship from the document),
one w15:commentEx per comment keyed by its last paragraph's w14:paraId, and each
multi-line comment of the review copy written as a thread: its first line the parent,
every further line a reply naming the parent's paraId, on the same anchor."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from drafting.build import build_draft
from drafting.model import Draft
from drafting.writers.docx.write import FinalCopy, write_docx
from tests.drafting.docx_check import open_docx
from tests.drafting.pipeline import board_run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
PKG_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@pytest.fixture(scope="module")
def draft() -> Draft:
    ledger, _docs = board_run("harrowfield")
    return build_draft(ledger, date="2020-07-01")


@pytest.fixture(scope="module")
def tracked(draft: Draft) -> bytes:
    ids = [s.id for sec in draft.sections for p in sec.paragraphs for s in p.sentences]
    ids += [s.id for r in draft.rows for s in r.update]
    return write_docx(draft, tracked=frozenset(i for i in ids if i))


def _xml(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def _comments(data: bytes) -> list[tuple[int, str | None, list[str]]]:
    """(id, last paragraph's paraId, paragraph texts) of every comment, in order."""
    out = []
    for c in _xml(data, "word/comments.xml").iter(f"{{{W}}}comment"):
        paragraphs = c.findall(f"{{{W}}}p")
        texts = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in paragraphs]
        out.append((int(c.get(f"{{{W}}}id")), paragraphs[-1].get(f"{{{W14}}}paraId"), texts))
    return out


def test_comments_extended_is_registered(tracked: bytes) -> None:
    types = _xml(tracked, "[Content_Types].xml")
    overrides = {
        o.get("PartName"): o.get("ContentType") for o in types.iter(f"{{{PKG_CT}}}Override")
    }
    assert overrides["/word/commentsExtended.xml"] == CT
    rels = _xml(tracked, "word/_rels/document.xml.rels").iter(f"{{{PKG_REL}}}Relationship")
    assert [r.get("Target") for r in rels if r.get("Type") == REL] == ["commentsExtended.xml"]
    open_docx(tracked)  # python-docx still opens the package


def test_every_comment_has_one_entry(tracked: bytes) -> None:
    comments = _comments(tracked)
    para_ids = [pid for _id, pid, _t in comments]
    assert all(pid and len(pid) == 8 and int(pid, 16) < 0x80000000 for pid in para_ids)
    assert len(set(para_ids)) == len(para_ids)
    entries = list(_xml(tracked, "word/commentsExtended.xml").iter(f"{{{W15}}}commentEx"))
    assert [e.get(f"{{{W15}}}paraId") for e in entries] == para_ids
    parents = {e.get(f"{{{W15}}}paraIdParent") for e in entries} - {None}
    assert parents and parents <= set(para_ids)


def test_review_comments_become_threads(draft: Draft, tracked: bytes) -> None:
    """Each comment of the review copy (lines as paragraphs) is, in the tracked copy, a
    parent with its first line and one reply per further line, in order."""
    review = [texts for _id, _pid, texts in _comments(write_docx(draft))]
    assert any(len(t) > 1 for t in review)  # else nothing here is threaded
    by_pid = {pid: (cid, texts) for cid, pid, texts in _comments(tracked)}
    parent_of = {
        e.get(f"{{{W15}}}paraId"): e.get(f"{{{W15}}}paraIdParent")
        for e in _xml(tracked, "word/commentsExtended.xml").iter(f"{{{W15}}}commentEx")
    }
    threads: list[list[str]] = []
    for _cid, pid, texts in _comments(tracked):
        assert len(texts) == 1  # one line per comment in a thread
        parent = parent_of[pid]
        if parent is None:
            threads.append(texts)
        else:
            assert by_pid[parent][1][0] == threads[-1][0]  # hangs under the thread just begun
            threads[-1] = threads[-1] + texts
    assert threads == review
    assert any(t[0].startswith("Source: ") and len(t) > 1 for t in threads)


def test_replies_share_their_parents_anchor(tracked: bytes) -> None:
    body = _xml(tracked, "word/document.xml")
    starts = {e.get(f"{{{W}}}id"): e for e in body.iter(f"{{{W}}}commentRangeStart")}
    entries = list(_xml(tracked, "word/commentsExtended.xml").iter(f"{{{W15}}}commentEx"))
    id_of = {pid: str(cid) for cid, pid, _t in _comments(tracked)}
    for e in entries:
        parent = e.get(f"{{{W15}}}paraIdParent")
        if parent is None:
            continue
        reply, first = starts[id_of[e.get(f"{{{W15}}}paraId")]], starts[id_of[parent]]
        assert reply.getparent() is first.getparent()
        siblings = list(first.getparent())
        between = siblings[siblings.index(first) + 1 : siblings.index(reply)]
        assert all(etree.QName(s).localname == "commentRangeStart" for s in between)


def test_review_and_final_copies_are_not_threaded(draft: Draft) -> None:
    for data in (write_docx(draft), write_docx(draft, final=FinalCopy(sources=True))):
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert "word/comments.xml" in names and "word/commentsExtended.xml" not in names
