"""Browser tests: Playwright driving Debian's Chromium against the real app served on
a loopback port (real SQLite file, real corpus files). Screenshots of every page go to
out/screenshots/."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path
from typing import Any

import docx
import pytest
from playwright.sync_api import expect

from tests.service.conftest import HARROWFIELD, PASSWORD, SMALL_SET, upload, wait_done
from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow
EDIT = "Chair's edit: the partnership reported to every Executive Board meeting in 2020/21."
SCRIPT = "<script>alert(1)</script>"
LONG = "Unbroken" * 60  # one long word: the layout must wrap it, not scroll sideways


@pytest.fixture()
def context(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1366, "height": 800}, accept_downloads=True)
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


def loaded_width(image: Any, timeout: float = 120) -> int:
    """The image's natural width once loaded (no script evaluation: the pages' CSP
    forbids it, and so it should)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        handle = image.element_handle()
        if handle.get_property("complete").json_value():
            width: int = handle.get_property("naturalWidth").json_value()
            return width
        time.sleep(0.2)
    return 0


DROP = """([files]) => {
  const dt = new DataTransfer();
  for (const [name, b64] of files) {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    dt.items.add(new File([bytes], name));
  }
  return dt;
}"""


def drop_files(page: Any, target: str, paths: list[Path]) -> None:
    """Drag and drop files onto `target` as a person would (dragenter, dragover, drop)."""
    files = [[p.name, base64.b64encode(p.read_bytes()).decode()] for p in paths]
    data = page.evaluate_handle(DROP, [files])
    for event in ("dragenter", "dragover", "drop"):
        page.dispatch_event(target, event, {"dataTransfer": data})


def no_sideways_scroll(page: Any) -> bool:
    width: int = page.evaluate_handle("document.documentElement.scrollWidth").json_value()
    return width <= page.viewport_size["width"]


def sign_in(page: Any, live: Live, who: str) -> None:
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(f"{who}@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/signin" not in url)


def test_manager_uploads_two_files_and_sees_a_highlighted_page(context: Any, live: Live) -> None:
    page = context.new_page()
    page.goto(f"{live.url}/signin")
    shot(page, "01-signin")
    sign_in(page, live, "manager")
    board = live.board.id
    page.goto(f"{live.url}/boards/{board}/upload")
    drop_files(page, "#drop", [HARROWFIELD / name for name in SMALL_SET])
    results = page.locator("#results tbody tr")
    results.nth(1).wait_for()
    expect(page.locator("#results [data-state=done]")).to_have_count(2, timeout=300_000)
    shot(page, "02-upload")

    page.goto(f"{live.url}/boards/{board}")
    assert page.get_by_role("heading", name="Documents by year").is_visible()
    shot(page, "03-dashboard")

    page.get_by_role("link", name="Independent Chair's Accountability Report 2019/20").click()
    items = page.locator("a.item-link")
    assert items.count() > 3
    items.first.click()
    image = page.locator("img.page-image")
    image.wait_for()
    assert loaded_width(image) > 200, "the page image is shown"
    assert "item=" in (image.get_attribute("src") or "")
    shot(page, "04-document-pdf", full=False)

    page.goto(f"{live.url}/boards/{board}")
    page.get_by_role("link", name="Business Improvement Plan").first.click()
    page.locator("a.item-link").first.click()
    assert page.get_by_text("In the Word document:").is_visible()
    shot(page, "05-document-word")

    page.goto(f"{live.url}/boards/{board}/ledger")
    assert page.locator("section.chain").count() > 0
    shot(page, "06-ledger")


def _draft(live: Live) -> int:
    b = live.board
    response = upload(b, SMALL_SET)
    assert response.status_code == 201
    wait_done(b, [d["id"] for d in response.json()["documents"]], timeout=300)
    draft = b.as_("manager", "POST", f"/api/boards/{b.id}/drafts", json={})
    assert draft.status_code == 201
    draft_id: int = draft.json()["id"]
    return draft_id


def test_chair_edits_a_row_approves_and_downloads(context: Any, live: Live, tmp_path: Path) -> None:
    draft_id = _draft(live)
    page = context.new_page()
    sign_in(page, live, "chair")
    url = f"{live.url}/boards/{live.board.id}/drafts/{draft_id}"
    page.goto(url)
    shot(page, "07-draft")

    row = page.locator("#row-0")
    row.get_by_text("Edit row").click()
    row.get_by_label("Update for action").fill(EDIT)
    row.get_by_label("Status").select_option("complete")
    row.get_by_role("button", name="Save row").click()
    page.wait_for_load_state()
    assert EDIT in page.locator("#row-0").inner_text()
    assert "Complete" in page.locator("#row-0").inner_text()
    assert "edit row" in page.locator("#history").inner_text()

    page.get_by_text("Approve draft…").click()
    panel = page.locator(".approve-panel")
    assert "placeholder" in panel.inner_text()  # says what is still open
    shot(page, "08-draft-approve-confirm", full=False)
    panel.get_by_role("button", name="Approve and freeze").click()
    assert "approved" not in page.locator("h1 + p").inner_text()  # the box is required
    panel.get_by_label("I have read the draft and approve it").check()
    panel.get_by_role("button", name="Approve and freeze").click()
    page.wait_for_load_state()
    assert "approved and frozen" in page.inner_text("main")
    shot(page, "08-draft-approved")

    with page.expect_download() as info:
        page.get_by_role("link", name="Download final copy").click()
    saved = tmp_path / "draft.docx"
    info.value.save_as(saved)
    word = docx.Document(str(saved))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert any(EDIT in c for c in cells), "the downloaded .docx carries the chair's edit"

    for table in word.tables:
        for r in table.rows:
            for c in r.cells:
                if EDIT in c.text:
                    c.paragraphs[0].text = "Changed in Word after approval."
    edited = tmp_path / "edited.docx"
    word.save(str(edited))
    page.goto(url)
    page.set_input_files("#edited", str(edited))
    page.get_by_role("button", name="Compare").click()
    page.wait_for_load_state()
    shown = page.inner_text("main")  # word by word: the changed words are marked apart
    assert all(word in shown for word in ["Changed", "in", "Word", "after", "approval."])
    assert page.locator("#apply").count() == 0  # an approved draft is frozen
    shot(page, "09-compare")


def test_another_boards_user_reaches_nothing(context: Any, live: Live) -> None:
    b = live.board
    docs = b.as_("manager", "GET", f"/api/boards/{b.id}/documents").json()
    drafts = b.as_("manager", "GET", f"/api/boards/{b.id}/drafts").json()
    page = context.new_page()
    sign_in(page, live, "other")
    urls = [f"/boards/{b.id}", f"/boards/{b.id}/upload", f"/boards/{b.id}/ledger"]
    urls += [f"/boards/{b.id}/documents/{d['id']}" for d in docs]
    urls += [f"/api/boards/{b.id}/documents/{d['id']}/file" for d in docs]
    urls += [f"/boards/{b.id}/drafts/{d['id']}" for d in drafts]
    assert docs and drafts
    for url in urls:
        response = page.goto(live.url + url)
        assert response is not None and response.status == 404, url
        body = page.inner_text("body")
        assert "Harrowfield" not in body and "2019/20" not in body, url
        if not url.startswith("/api/"):
            assert "What to do" in body, url
    shot(page, "10-not-found")


def test_script_in_extracted_text_shows_as_text(context: Any, live: Live) -> None:
    doc = docx.Document()
    doc.add_heading(f"Business Plan 2020-21 {SCRIPT}", level=1)
    doc.add_paragraph(f"Priority 1: Keep children safe {SCRIPT}")
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("Strategic Priority", "Outcome", "Actions 2020-21"), strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ("1", "Safer children", f"Audit the plan {SCRIPT} {LONG}"), strict=True
    ):
        cell.text = text
    data = io.BytesIO()
    doc.save(data)
    b = live.board
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, live, "other")

    files = [("files", ("hostile.docx", data.getvalue(), "application/octet-stream"))]
    response = b.as_("other", "POST", f"/api/boards/{b.other_id}/documents", files=files)
    assert response.status_code == 201, response.text
    document = response.json()["documents"][0]["id"]
    page.goto(f"{live.url}/boards/{b.other_id}")  # the dashboard follows the reading live
    status = page.locator(f'tr[data-doc="{document}"] [data-status]')
    expect(status).to_have_text("done", timeout=300_000)
    wait_done(_Other(b), [document], timeout=300)
    page.goto(f"{live.url}/boards/{b.other_id}/documents/{document}")
    assert SCRIPT in page.inner_text("main")
    assert no_sideways_scroll(page)
    if page.locator("a.item-link").count():
        page.locator("a.item-link").first.click()
        assert SCRIPT in page.inner_text("#source")
    page.goto(f"{live.url}/boards/{b.other_id}")
    assert SCRIPT in page.inner_text("main")
    shot(page, "11-xss-dashboard")
    page.goto(f"{live.url}/boards/{b.other_id}/ledger")
    assert LONG in page.inner_text("main") and no_sideways_scroll(page)
    page.goto(f"{live.url}/boards/{b.other_id}/documents/{document}")
    assert dialogs == []
    shot(page, "12-long-text-document")


class _Other:
    """`wait_done` as the other board's manager."""

    def __init__(self, board: Any) -> None:
        self.board, self.id = board, board.other_id

    def as_(self, _who: str, method: str, url: str, **kw: Any) -> Any:
        return self.board.as_("other", method, url, **kw)
