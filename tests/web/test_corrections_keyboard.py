"""Every correction form on the document page used with the keyboard alone (Tab,
Enter, arrow keys and typing; no clicks), in Debian's Chromium against the real app:
the mis-read plan (`tests.corrections.misread`) corrected form by form, each
correction then shown in the page's history. A page is entered at a form's anchor (as
"Correct this" and the forms' redirects do) and Tab walks from there."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.service.conftest import PASSWORD
from tests.web.conftest import Live
from tests.web.test_corrections_browser import manager, plan_board, read_again

pytestmark = pytest.mark.slow
TABS = 400


class Keys:
    def __init__(self, page: Any, base: str) -> None:
        self.page, self.base = page, base

    def open(self, anchor: str) -> None:
        self.page.goto(f"{self.base}#{anchor}")
        expect(self.page.locator(f"#{anchor}")).to_be_attached()

    def tab_to(self, target: Any) -> None:
        """Tab until `target` has the focus (Shift+Tab never needed: pages are entered
        above the form)."""
        for _ in range(TABS):
            self.page.keyboard.press("Tab")
            if target.evaluate("e => e === document.activeElement"):
                return
        raise AssertionError(f"Tab never reached {target}")

    def press(self, *keys: str) -> None:
        for k in keys:
            self.page.keyboard.press(k)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def submit(self, button: Any, anchor: str, reread: bool = False) -> None:
        self.tab_to(button)
        self.press("Enter")
        self.page.wait_for_url(lambda url: url.endswith(f"#{anchor}"))
        if reread:
            read_again(self.page)

    def history_has(self, words: str) -> None:
        expect(self.page.locator("#history")).to_contain_text(words)


def test_every_correction_form_works_from_the_keyboard(page: Any, live: Live) -> None:
    board, doc = plan_board(live, 11)
    page.goto(f"{live.url}/signin")
    page.get_by_label("Email").fill(manager(11))
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(lambda url: "/signin" not in url)
    k = Keys(page, f"{live.url}/boards/{board.id}/documents/{doc}")

    # the document: kind, period, actions' period, board
    k.open("reading")
    k.tab_to(page.get_by_text("Correct kind, period or board"))
    k.press("Enter")
    kind = page.get_by_label("Document kind")
    k.tab_to(kind)
    before = kind.input_value()
    k.press("ArrowDown")
    chosen = kind.input_value()
    assert chosen != before
    k.submit(page.get_by_role("button", name="Set kind"), "reading")
    k.history_has(f"document kind → {chosen}")
    for label, button, text, words in (
        ("Period", "Set period", "2021/22", "document period → 2021/22"),
        ("Actions are for", "Set actions' period", "2022/23", "document actions period → 2022/23"),
        ("Board", "Set board", "Elmstead Vale", "document board → Elmstead Vale"),
    ):
        k.open("reading")
        k.tab_to(page.get_by_text("Correct kind, period or board"))
        k.press("Enter")
        field = page.get_by_label(label, exact=True)
        k.tab_to(field)
        k.press("Control+A")
        k.type(text)
        k.submit(page.get_by_role("button", name=button, exact=True), "reading")
        k.history_has(words)

    # a progress row: status, number, priority
    row = page.locator("li[id^='it-p']").first
    row_id = row.get_attribute("id")
    for label, button, text, words in (
        ("Status", "Set status", "delayed", "progress status → delayed"),
        ("Number", "Set number", "P9.9", "progress number → P9.9"),
        ("Priority", "Set priority", "2", "progress priority → 2"),
    ):
        k.open(row_id)
        here = page.locator(f"#{row_id}")
        k.tab_to(here.locator("summary"))
        k.press("Enter")
        field = here.get_by_label(label)
        k.tab_to(field)
        if label == "Status":
            k.type(text)  # a closed select takes typed letters
            expect(field).to_have_value(text)
        else:
            k.press("Control+A")
            k.type(text)
        k.submit(here.get_by_role("button", name=button), row_id)
        k.history_has(words)

    # a table's kind, a column's role (the document is read again each time)
    k.open("table-1")
    table_kind = page.get_by_label("Kind of table 2", exact=True)
    k.tab_to(table_kind)
    k.type("plan")
    expect(table_kind).to_have_value("plan")
    k.submit(page.get_by_role("button", name="Set the kind of table 2"), "table-1", reread=True)
    expect(page.locator("#table-1")).to_contain_text("read as plan")
    k.history_has("table kind → plan")
    k.open("table-0")
    role = page.get_by_label("Role of column 5 of table 1", exact=True)
    k.tab_to(role)
    k.type("status")
    k.submit(
        page.get_by_role("button", name="Set the role of column 5 of table 1"),
        "table-0",
        reread=True,
    )
    k.history_has("column role → status")

    # an action: priority, number
    action = page.locator("li[id^='it-a']").first
    action_id = action.get_attribute("id")
    for label, button, text, words in (
        ("Priority", "Set priority", "3", "action priority → 3"),
        ("Number", "Set number", "P7.7", "action number → P7.7"),
    ):
        k.open(action_id)
        here = page.locator(f"#{action_id}")
        k.tab_to(here.locator("summary"))
        k.press("Enter")
        k.tab_to(here.get_by_label(label))
        k.press("Control+A")
        k.type(text)
        k.submit(here.get_by_role("button", name=button), action_id)
        k.history_has(words)

    # rows: a section row, two rows joined, the joined row split
    rows = page.locator("#table-0 ol.items > li")
    for button, words in (
        ("Row 1 of table 1 is a section row", "section row → yes"),
        ("Join row 2 of table 1 with the next row", "join rows"),
        ("Split row 2 of table 1", "split row"),
    ):
        k.open("table-0")
        k.tab_to(page.locator("#table-0 summary"))
        k.press("Enter")
        if button.startswith("Split"):
            expect(rows.nth(1)).to_contain_text("joined with")
        k.submit(page.get_by_role("button", name=button, exact=True), "table-0", reread=True)
        k.history_has(words)

    # people: one removed, one added; a heading marked as a priority
    k.open("people")
    k.submit(
        page.get_by_role("button", name="Hamish Fairweather is not a person named here"), "people"
    )
    k.history_has("remove person")
    k.open("more")
    for label, text in (("Person's name", "Ada Lovelace"), ("role", "Chair")):
        k.tab_to(page.get_by_label(label, exact=True))
        k.type(text)
    k.submit(page.get_by_role("button", name="Add person"), "more")
    k.history_has("add person → Ada Lovelace")
    k.open("more")
    k.tab_to(page.get_by_label("Heading that is a priority"))
    k.press("ArrowDown")
    k.tab_to(page.get_by_label("its number"))
    k.type("9")
    k.tab_to(page.get_by_label("its outcomes, one a line"))
    k.type("Fewer children wait")
    k.submit(page.get_by_role("button", name="Mark as a priority"), "more")
    k.history_has("mark priority → 9")

    # a priority un-marked; a list marked as the priorities, then un-marked
    k.open("reading")
    k.submit(page.get_by_role("button", name="Priority 9 is not a priority"), "reading")
    k.history_has("unmark priority")
    k.open("list-2")
    mark = page.get_by_label("Mark list 2 as", exact=True)
    k.tab_to(mark)
    k.type("priorities")
    k.submit(page.get_by_role("button", name="Mark list 2", exact=True), "list-2")
    k.history_has("mark list → priorities")
    k.history_has("replacing the priorities read")
    k.open("list-2")
    k.submit(page.get_by_role("button", name="List 2 is not priorities"), "list-2")
    k.history_has("unmark list")

    # undo, from the history
    k.open("history")
    k.submit(page.locator("#history").get_by_role("button", name="Undo").first, "history")
    k.history_has("undone")
