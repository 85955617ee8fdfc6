"""A site admin runs the service from the browser (Playwright driving Debian's
Chromium against the real app): creates a board, adds a person (a mistyped second
password keeps what was typed and says what to correct), puts them on two boards,
changes their role on one, resets their password (typed twice); that person signs in
and sees both boards, and one after the admin takes them off it.
Anyone else is refused."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from service.web.store import people
from tests.service.conftest import PASSWORD
from tests.web.conftest import Live, shot
from tests.web.test_browser import no_sideways_scroll, sign_in

pytestmark = pytest.mark.slow
NEW = "new-chair@example.org"
FIRST = "first password here"
SECOND = "second password here"


@pytest.fixture()
def context(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


def make_admin(live: Live) -> None:
    services = live.client.app.state.services  # type: ignore[attr-defined]
    with services.db.session() as s:
        if people.find_user(s, "site-admin@example.org") is None:
            people.create_user(
                s, "site-admin@example.org", "Site admin", PASSWORD, cost=2**10, site_admin=True
            )


def test_an_admin_manages_boards_people_and_passwords(context: Any, live: Live) -> None:
    make_admin(live)
    page = context.new_page()
    sign_in(page, live, "site-admin")
    page.get_by_role("link", name="Administration").click()
    expect(page.get_by_role("heading", name="Administration")).to_be_visible()

    page.get_by_label("New board's name").fill("Adminfield")
    page.get_by_role("button", name="Create board").click()
    expect(page.locator("#changed")).to_have_text("Board Adminfield created.")

    form = page.locator("#add-user")
    form.get_by_label("Email").fill(NEW)
    form.get_by_label("Name").fill("Nia Chair")
    form.get_by_label("Password", exact=True).fill(FIRST)
    form.get_by_label("Password again").fill(FIRST + "x")
    form.get_by_label("First board").select_option(label="Adminfield")
    form.get_by_label("Role on it").select_option(label="Independent Chair")
    form.get_by_role("button", name="Add person").click()
    problem = page.locator("#add-user #problem")
    expect(problem).to_contain_text("the two passwords are not the same")
    expect(form.get_by_label("Email")).to_have_value(NEW)
    expect(form.get_by_label("Name")).to_have_value("Nia Chair")
    expect(form.get_by_label("First board").locator("option:checked")).to_have_text("Adminfield")
    expect(form.get_by_label("Password", exact=True)).to_have_value("")
    assert "Error 4" not in page.inner_text("main")
    shot(page, "37-admin-problem", full=False)

    form.get_by_label("Password", exact=True).fill(FIRST)
    form.get_by_label("Password again").fill(FIRST)
    form.get_by_role("button", name="Add person").click()
    expect(page.locator("#changed")).to_have_text(
        f"User {NEW} added as Independent Chair of Adminfield."
    )
    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    person.get_by_label("Add to board").select_option(label="Harrowfield")
    person.get_by_label("as", exact=True).select_option(label="Business manager")
    person.get_by_role("button", name="Add to board").click()
    expect(page.locator("#changed")).to_have_text(f"{NEW} is now Business manager of Harrowfield.")
    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    expect(person.locator(".member-board")).to_have_text(["Adminfield", "Harrowfield"])
    person.get_by_label(f"Role of {NEW} on Harrowfield").select_option(label="Independent Chair")
    harrowfield = person.locator("ul.member-boards li", has_text="Harrowfield")
    harrowfield.get_by_role("button", name="Change role").click()
    expect(page.locator("#changed")).to_have_text(f"{NEW} is now Independent Chair of Harrowfield.")
    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    expect(person.get_by_label(f"Role of {NEW} on Harrowfield")).to_have_value("chair")

    person.locator("details.password-reset summary").click()
    person.get_by_label("New password", exact=True).fill(SECOND)
    person.get_by_label("New password again").fill(SECOND[:-1])
    person.get_by_role("button", name="Set new password").click()
    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    expect(person.locator("#problem")).to_contain_text("not the same")
    person.get_by_label("New password", exact=True).fill(SECOND)
    person.get_by_label("New password again").fill(SECOND)
    person.get_by_role("button", name="Set new password").click()
    expect(page.locator("#changed")).to_contain_text(f"New password set for {NEW}")
    shot(page, "38-admin", full=False)
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "39-admin-390", full=False)
    assert no_sideways_scroll(page)

    other = context.browser.new_context(viewport={"width": 1366, "height": 800})
    tab = other.new_page()
    tab.goto(f"{live.url}/signin")
    tab.get_by_label("Email").fill(NEW)
    tab.get_by_label("Password").fill(SECOND)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(re.compile(r"/boards$"))
    expect(tab.locator("ul.cards li")).to_have_count(2)
    expect(tab.get_by_role("link", name="Administration")).to_have_count(0)
    response = tab.goto(f"{live.url}/admin")
    assert response is not None and response.status == 403

    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    person.get_by_role("button", name=f"Remove {NEW} from Adminfield").click()
    expect(page.locator("#changed")).to_have_text(f"{NEW} is no longer a member of Adminfield.")
    person = page.locator("article.admin-user", has=page.get_by_text(NEW, exact=True))
    expect(person.locator(".member-board")).to_have_text(["Harrowfield"])
    tab.goto(f"{live.url}/boards")
    expect(tab.locator("ul.cards li")).to_have_count(1)
    other.close()
